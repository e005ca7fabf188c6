import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorData, Result } from '../../../shared/result';

/** Where the content on screen stands against what the server has. */
export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'failed';

export interface AutosaveOptions<C> {
  /** The content as loaded; read on the first render only (the editors are keyed by what they edit). */
  initial: C | (() => C);
  /** Edits to a draft that cannot be changed (sent for approval, an old revision) are ignored. */
  editable: boolean;
  /** Autosave waits for a pause in typing this long. */
  debounceMs: number;
  /** Why this content must not be autosaved yet (the server would refuse it); null = save it. */
  holdReason(content: C): string | null;
  /**
   * Whether "save now" (flush) and leaving the editor still send held content, so that the server
   * says what is wrong; when false they keep it back like autosave does.
   */
  saveHeld: boolean;
  /** Sends the content to the server. */
  save(content: C): Promise<Result<unknown>>;
  /** Where the server's reply to a save goes in the query cache. */
  detailKey: QueryKey;
  /** The list to refresh after each save. */
  listKey: QueryKey;
  /**
   * A save made while editing came back ok (the reply is already in the cache); `current` is false
   * when there were edits after `sent`.
   */
  onSaved?(sent: C, current: boolean): void;
  /** A save made while editing failed; the edits stay on screen. */
  onFailed?(error: ErrorData, sent: C): void;
}

export interface AutosaveDraft<C> {
  content: C;
  status: SaveStatus;
  /** Why autosave is waiting, as of the last edit; null when it is not. */
  held: string | null;
  /** The message of the last failed save. */
  error: string | null;
  /** Applies a change; false when it was ignored (the draft is not editable, or nothing changed). */
  edit(change: (content: C) => C): boolean;
  /** Saves what is pending now; false when it cannot be saved or the save failed. */
  flush(): Promise<boolean>;
}

/**
 * Content edited on screen and saved automatically a moment after the last change. Content the
 * server would refuse is held back (see holdReason); edits made while a save is on its way are saved
 * after it; a failed save keeps everything on screen with the server's message. Each save puts the
 * server's reply in the query cache and refreshes the list. Leaving the editor (another page,
 * another document) saves what is pending, and closing the window with pending edits asks first.
 */
export function useAutosaveDraft<C>(options: AutosaveOptions<C>): AutosaveDraft<C> {
  const client = useQueryClient();
  // The options change with every render (closures over ids, t…); the callbacks read the latest.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [content, setContent] = useState<C>(options.initial);
  const contentRef = useRef(content);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const [held, setHeld] = useState<string | null>(null);
  const editSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const { save, detailKey, listKey, onSaved, onFailed } = latest.current;
    const sentSeq = editSeq.current;
    const sent = contentRef.current;
    setStatus('saving');
    const result = await save(sent);
    if (result.ok) {
      savedSeq.current = sentSeq;
      client.setQueryData(detailKey, result.data);
      void client.invalidateQueries({ queryKey: listKey });
      onSaved?.(sent, editSeq.current === sentSeq);
      setError(null);
      setStatus(editSeq.current === sentSeq ? 'saved' : 'dirty');
      return true;
    }
    onFailed?.(result.error, sent);
    setError(result.error.message);
    setStatus('failed');
    return false;
  }, [client]);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (savedSeq.current === editSeq.current) return true;
    const { saveHeld, holdReason } = latest.current;
    if (!saveHeld && holdReason(contentRef.current) !== null) return false;
    const promise = saveOnce();
    inFlight.current = promise;
    try {
      return await promise;
    } finally {
      inFlight.current = null;
    }
  }, [saveOnce]);

  const edit = useCallback(
    (change: (content: C) => C): boolean => {
      if (!latest.current.editable) return false;
      const next = change(contentRef.current);
      if (next === contentRef.current) return false;
      contentRef.current = next;
      setContent(next);
      editSeq.current += 1;
      setStatus((previous) => (previous === 'failed' ? 'failed' : 'dirty'));
      window.clearTimeout(timer.current);
      const reason = latest.current.holdReason(next);
      setHeld(reason);
      // What the server would refuse is not sent: the save would only fail.
      if (reason === null) timer.current = window.setTimeout(() => void flush(), latest.current.debounceMs);
      return true;
    },
    [flush],
  );

  // Leaving the editor saves what is pending (and, unless saveHeld, can be saved).
  useEffect(() => {
    const pending = () => savedSeq.current !== editSeq.current;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (pending()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.clearTimeout(timer.current);
      const { saveHeld, holdReason, save, detailKey, listKey } = latest.current;
      if (pending() && (saveHeld || holdReason(contentRef.current) === null)) {
        void save(contentRef.current).then((result) => {
          if (result.ok) client.setQueryData(detailKey, result.data);
          void client.invalidateQueries({ queryKey: listKey });
        });
      }
    };
  }, [client]);

  return { content, status, held, error, edit, flush };
}
