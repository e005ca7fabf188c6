import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { request } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../components/notify';
import { ACTOR_KEY } from '../../contracts/editor/ActionModal';
import { quoteRef } from '../model/quote-format';

interface QuoteActionsOptions {
  detail: QuoteDetail;
  onOpen(revisionId: number): void;
  onBack(): void;
}

export interface QuoteActions {
  /** Puts a changed revision (approved, sent…) in the query cache and refreshes the list. */
  afterChange(next: QuoteDetail): void;
  /** Starts the next revision and opens it. */
  revise(): Promise<void>;
  /** Drafts a contract from this quote and opens it. */
  draftContract(): Promise<void>;
  /** Deletes the quote and goes back to the list. */
  deleteQuote(): Promise<void>;
}

/** What the editor does to the quote as a whole on the server: revise, draft a contract, delete. */
export function useQuoteActions({ detail, onOpen, onBack }: QuoteActionsOptions): QuoteActions {
  const { t } = useTranslation();
  const client = useQueryClient();

  const afterChange = (next: QuoteDetail) => {
    client.setQueryData(['quotes.get', { revisionId: next.revisionId }], next);
    void client.invalidateQueries({ queryKey: ['quotes.list'] });
  };

  const revise = async () => {
    try {
      const next = await request('quotes.revise', { revisionId: detail.revisionId });
      await client.invalidateQueries({ queryKey: ['quotes.get'] });
      afterChange(next);
      notifySuccess(t('quoteUi.editor.revised', { ref: quoteRef(next) }));
      onOpen(next.revisionId);
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const draftContract = async () => {
    try {
      const by = window.localStorage.getItem(ACTOR_KEY) ?? '';
      const created = await request('contracts.create', { quoteNumber: quoteRef(detail), by });
      client.setQueryData(['contracts.get', { id: created.id }], created);
      void client.invalidateQueries({ queryKey: ['contracts.list'] });
      notifySuccess(t('quoteUi.editor.contractDrafted', { number: created.number, quote: quoteRef(detail) }));
      window.location.hash = `#/contracts/${created.id}`;
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const deleteQuote = async () => {
    try {
      await request('quotes.delete', { quoteId: detail.quoteId });
      void client.invalidateQueries({ queryKey: ['quotes.list'] });
      notifySuccess(t('quoteUi.editor.deleted', { ref: quoteRef(detail) }));
      onBack();
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  return { afterChange, revise, draftContract, deleteQuote };
}
