import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuoteDetail } from '../../../../../shared/contract/quotes';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import { call } from '../../../api/client';
import { orderedLines } from '../model/content-ops';
import { NO_ERRORS, placeErrors, withoutLineError, withoutOtherError, type FieldErrors } from '../model/field-errors';

/** Autosave waits for a pause in typing this long. */
export const AUTOSAVE_MS = 600;

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'failed';

/** What an edit fixes: the error shown on that line cell or field goes away at once. */
export interface EditFix {
  lines?: { id: string; field: string }[];
  other?: string;
}

export interface QuoteDraft {
  content: QuoteContent;
  status: SaveStatus;
  /** Why autosave is waiting (a problem the user is still fixing, e.g. payment shares ≠ 100 %). */
  held: string | null;
  /** The message of the last failed save. */
  error: string | null;
  errors: FieldErrors;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
  /** Saves what is pending now; false when the save failed (the edits stay on screen). */
  flush(): Promise<boolean>;
}

/**
 * The content being edited, saved automatically ~600 ms after the last change. Edits made while a
 * save is on its way are saved after it; a failed save keeps every edit on screen, places the
 * server's field errors next to the lines and fields they are about, and is retried on the next
 * edit (or with flush()). The detail in the query cache follows each save (state, reasons…).
 */
export function useQuoteDraft(
  detail: QuoteDetail,
  /** A reason not to autosave this content yet (the server would refuse it); null = save. */
  holdReason: (content: QuoteContent) => string | null = () => null,
): QuoteDraft {
  const client = useQueryClient();
  const revisionId = detail.revisionId;
  const editable = detail.editable;
  const [content, setContent] = useState<QuoteContent>(() => ({
    ...detail.content,
    lines: orderedLines(detail.content),
  }));
  const contentRef = useRef(content);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [held, setHeld] = useState<string | null>(null);
  const holdRef = useRef(holdReason);
  useEffect(() => {
    holdRef.current = holdReason;
  });
  const editSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const sentSeq = editSeq.current;
    const sent = contentRef.current;
    setStatus('saving');
    const result = await call('quotes.save', { revisionId, content: sent });
    if (result.ok) {
      savedSeq.current = sentSeq;
      client.setQueryData(['quotes.get', { revisionId }], result.data);
      void client.invalidateQueries({ queryKey: ['quotes.list'] });
      setError(null);
      if (editSeq.current === sentSeq) setErrors(NO_ERRORS);
      setStatus(editSeq.current === sentSeq ? 'saved' : 'dirty');
      return true;
    }
    setErrors(placeErrors(result.error.fields, sent));
    setError(result.error.message);
    setStatus('failed');
    return false;
  }, [client, revisionId]);

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
    (change: (content: QuoteContent) => QuoteContent, fix?: EditFix) => {
      if (!editable) return;
      const next = change(contentRef.current);
      if (next === contentRef.current) return;
      contentRef.current = next;
      setContent(next);
      editSeq.current += 1;
      setStatus((previous) => (previous === 'failed' ? 'failed' : 'dirty'));
      const fixedLines = fix?.lines ?? [];
      if (fixedLines.length > 0) {
        setErrors((previous) => fixedLines.reduce((e, { id, field }) => withoutLineError(e, id, field), previous));
      }
      if (fix?.other) {
        const key = fix.other;
        setErrors((previous) => withoutOtherError(previous, key));
      }
      window.clearTimeout(timer.current);
      const reason = holdRef.current(next);
      setHeld(reason);
      // A problem still being fixed is not sent: the save would only fail. Save now still tries.
      if (reason === null) timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [editable, flush],
  );

  // Leaving the editor (another page, another revision) saves what is pending.
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
        void call('quotes.save', { revisionId, content: contentRef.current }).then((result) => {
          if (result.ok) client.setQueryData(['quotes.get', { revisionId }], result.data);
          void client.invalidateQueries({ queryKey: ['quotes.list'] });
        });
      }
    };
  }, [client, revisionId]);

  return { content, status, held, error, errors, edit, flush };
}
