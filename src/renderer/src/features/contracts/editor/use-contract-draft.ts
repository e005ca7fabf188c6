import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractContent, ContractDetail } from '../../../../../shared/contract/contract-drafts';
import { call } from '../../../api/client';
import { localErrors, placeErrors, type ErrorMap } from '../model/contract-model';

/** Autosave waits for a pause in typing this long. */
export const AUTOSAVE_MS = 700;

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'failed';

export interface ContractDraft {
  content: ContractContent;
  status: SaveStatus;
  /** Problems to fix before the content can be saved (found here with the server's schema). */
  held: number;
  /** The message of the last failed save (the server's, translated). */
  error: string | null;
  errors: ErrorMap;
  edit(change: (content: ContractContent) => ContractContent): void;
  /** Saves what is pending now; false when it cannot be saved or the save failed. */
  flush(): Promise<boolean>;
}

/**
 * The contract being drafted, saved automatically a moment after the last change (as the proposal
 * builder does). Content the server would refuse (an empty clause, a date typed half-way) is held
 * back with its problems on the fields; edits made while a save is on its way are saved after it;
 * a failed save keeps everything on screen with the server's message. Each save puts the
 * returned contract in the query cache, so statuses, diff and 非标条款清单 follow the server.
 */
export function useContractDraft(detail: ContractDetail): ContractDraft {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = detail.id;
  const editable = detail.editable;
  const [content, setContent] = useState<ContractContent>(detail.content);
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
    const result = await call('contracts.save', { id, content: sent });
    if (result.ok) {
      savedSeq.current = sentSeq;
      client.setQueryData(['contracts.get', { id }], result.data);
      void client.invalidateQueries({ queryKey: ['contracts.list'] });
      // "Used by N contracts" in the clause library follows clauses added and removed here.
      void client.invalidateQueries({ queryKey: ['clauses.list'], refetchType: 'none' });
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
    if (Object.keys(localErrors(contentRef.current, t)).length > 0) return false;
    const promise = saveOnce();
    inFlight.current = promise;
    try {
      return await promise;
    } finally {
      inFlight.current = null;
    }
  }, [saveOnce, t]);

  const edit = useCallback(
    (change: (content: ContractContent) => ContractContent) => {
      if (!editable) return;
      const next = change(contentRef.current);
      if (next === contentRef.current) return;
      contentRef.current = next;
      setContent(next);
      editSeq.current += 1;
      setStatus((previous) => (previous === 'failed' ? 'failed' : 'dirty'));
      window.clearTimeout(timer.current);
      // What the server would refuse is not sent: the save would only fail.
      if (Object.keys(localErrors(next, t)).length === 0) {
        timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
      }
    },
    [editable, flush, t],
  );

  // Leaving the editor (another page, another contract) saves what is pending and can be saved.
  useEffect(() => {
    const pending = () => savedSeq.current !== editSeq.current;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (pending()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.clearTimeout(timer.current);
      if (pending() && Object.keys(localErrors(contentRef.current, t)).length === 0) {
        void call('contracts.save', { id, content: contentRef.current }).then((result) => {
          if (result.ok) client.setQueryData(['contracts.get', { id }], result.data);
          void client.invalidateQueries({ queryKey: ['contracts.list'] });
        });
      }
    };
  }, [client, id, t]);

  const errors = useMemo(() => ({ ...serverErrors, ...local }), [serverErrors, local]);
  return { content, status, held: Object.keys(local).length, error, errors, edit, flush };
}
