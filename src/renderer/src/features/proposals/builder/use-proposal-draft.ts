import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../../../shared/contract/library';
import type { ProposalContent } from '../../../../../shared/proposals/proposal';
import { call } from '../../../api/client';
import { localErrors, placeErrors, type ErrorMap } from '../model/proposal-model';

/** Autosave waits for a pause in typing this long. */
export const AUTOSAVE_MS = 700;

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'failed';

export interface ProposalDraft {
  content: ProposalContent;
  status: SaveStatus;
  /** Problems to fix before the content can be saved (found here with the server's schema). */
  held: number;
  /** The message of the last failed save. */
  error: string | null;
  /** Field errors: found here while typing, or sent back by the server. */
  errors: ErrorMap;
  edit(change: (content: ProposalContent) => ProposalContent): void;
  /** Saves what is pending now; false when the save failed (the edits stay on screen). */
  flush(): Promise<boolean>;
}

/**
 * The proposal being built, saved automatically a moment after the last change. Content the
 * server would refuse (an empty requirement, a date typed half-way) is held back with its
 * problems shown on the fields; edits made while a save is on its way are saved after it; a failed
 * save keeps everything on screen. Each save refreshes the proposal in the query cache, so
 * warnings and the export blocker follow the content.
 */
export function useProposalDraft(proposal: Proposal): ProposalDraft {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = proposal.id;
  const [content, setContent] = useState<ProposalContent>(proposal.content);
  const contentRef = useRef(content);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<ErrorMap>({});
  const local = useMemo(() => localErrors(content, t), [content, t]);
  const editSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const sentSeq = editSeq.current;
    const sent = contentRef.current;
    setStatus('saving');
    const result = await call('proposals.save', { id, content: sent });
    if (result.ok) {
      savedSeq.current = sentSeq;
      client.setQueryData(['proposals.get', { id }], result.data);
      void client.invalidateQueries({ queryKey: ['proposals.list'] });
      setError(null);
      setServerErrors({});
      setStatus(editSeq.current === sentSeq ? 'saved' : 'dirty');
      return true;
    }
    setServerErrors(placeErrors(result.error.fields, sent));
    setError(result.error.message);
    setStatus('failed');
    return false;
  }, [client, id]);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (savedSeq.current === editSeq.current) return true;
    const promise = saveOnce();
    inFlight.current = promise;
    try {
      return await promise;
    } finally {
      inFlight.current = null;
    }
  }, [saveOnce]);

  const edit = useCallback(
    (change: (content: ProposalContent) => ProposalContent) => {
      const next = change(contentRef.current);
      if (next === contentRef.current) return;
      contentRef.current = next;
      setContent(next);
      editSeq.current += 1;
      setStatus((previous) => (previous === 'failed' ? 'failed' : 'dirty'));
      window.clearTimeout(timer.current);
      // What the server would refuse is not sent: the save would only fail. "Save now" still tries.
      if (Object.keys(localErrors(next, t)).length === 0) {
        timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
      }
    },
    [flush, t],
  );

  // Leaving the builder (another page, another proposal) saves what is pending.
  useEffect(() => {
    const pending = () => savedSeq.current !== editSeq.current;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (pending()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.clearTimeout(timer.current);
      if (pending()) {
        void call('proposals.save', { id, content: contentRef.current }).then((result) => {
          if (result.ok) client.setQueryData(['proposals.get', { id }], result.data);
          void client.invalidateQueries({ queryKey: ['proposals.list'] });
        });
      }
    };
  }, [client, id]);

  const errors = useMemo(() => ({ ...serverErrors, ...local }), [serverErrors, local]);
  return { content, status, held: Object.keys(local).length, error, errors, edit, flush };
}
