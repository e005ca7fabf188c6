import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoScriptDetail } from '../../../../../shared/contract/demo-scripts';
import { call } from '../../../api/client';
import { findProblems, sameStep, toSaved, type Problems, type ScriptContent } from '../model/script-model';

/** Autosave waits for a pause in typing this long. */
export const AUTOSAVE_MS = 700;

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'failed';

export interface ScriptDraft {
  content: ScriptContent;
  status: SaveStatus;
  /** Problems to fix before the script can be saved. */
  problems: Problems;
  /** The message of the last failed save. */
  error: string | null;
  /** Steps whose content differs from what was last saved. */
  unsaved: Set<string>;
  edit(change: (content: ScriptContent) => ScriptContent): void;
  /** Saves what is pending now; false when it cannot be saved (problems) or the save failed. */
  flush(): Promise<boolean>;
}

function contentOf(detail: DemoScriptDetail): ScriptContent {
  return { title: detail.settings.title, steps: detail.script.steps };
}

/**
 * The demo script being edited, saved automatically a moment after the last change. Content the
 * server would refuse (an empty talking point, a step without a title) is held back with its
 * problems shown on the fields; edits made while a save is on its way are saved after it; a failed
 * save keeps everything on screen. Each save refreshes the script in the query cache, so the
 * steps marked as edited by hand follow the server.
 */
export function useScriptDraft(detail: DemoScriptDetail): ScriptDraft {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = detail.id;
  const [content, setContent] = useState<ScriptContent>(() => contentOf(detail));
  const contentRef = useRef(content);
  // What the server has: the baseline for "changed here, not saved yet".
  const [saved, setSaved] = useState<ScriptContent>(() => contentOf(detail));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const problems = useMemo(() => findProblems(content, t), [content, t]);
  const editSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const sentSeq = editSeq.current;
    const sent = contentRef.current;
    setStatus('saving');
    const result = await call('demoScripts.save', { id, ...toSaved(sent) });
    if (result.ok) {
      savedSeq.current = sentSeq;
      setSaved(sent);
      client.setQueryData(['demoScripts.get', { id }], result.data);
      void client.invalidateQueries({ queryKey: ['demoScripts.list'] });
      setError(null);
      setStatus(editSeq.current === sentSeq ? 'saved' : 'dirty');
      return true;
    }
    setError(result.error.message);
    setStatus('failed');
    return false;
  }, [client, id]);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (savedSeq.current === editSeq.current) return true;
    if (Object.keys(findProblems(contentRef.current, t)).length > 0) return false;
    const promise = saveOnce();
    inFlight.current = promise;
    try {
      return await promise;
    } finally {
      inFlight.current = null;
    }
  }, [saveOnce, t]);

  const edit = useCallback(
    (change: (content: ScriptContent) => ScriptContent) => {
      const next = change(contentRef.current);
      if (next === contentRef.current) return;
      contentRef.current = next;
      setContent(next);
      editSeq.current += 1;
      setStatus((previous) => (previous === 'failed' ? 'failed' : 'dirty'));
      window.clearTimeout(timer.current);
      // What the server would refuse is not sent: the save would only fail.
      if (Object.keys(findProblems(next, t)).length === 0) {
        timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
      }
    },
    [flush, t],
  );

  // Leaving the editor (another page, another script) saves what is pending and can be saved.
  useEffect(() => {
    const pending = () => savedSeq.current !== editSeq.current;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (pending()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.clearTimeout(timer.current);
      if (pending() && Object.keys(findProblems(contentRef.current, t)).length === 0) {
        void call('demoScripts.save', { id, ...toSaved(contentRef.current) }).then((result) => {
          if (result.ok) client.setQueryData(['demoScripts.get', { id }], result.data);
          void client.invalidateQueries({ queryKey: ['demoScripts.list'] });
        });
      }
    };
  }, [client, id, t]);

  const unsaved = useMemo(() => {
    const before = new Map(saved.steps.map((s) => [s.id, s]));
    return new Set(content.steps.filter((s) => !sameStep(before.get(s.id), s)).map((s) => s.id));
  }, [content, saved]);

  return { content, status, problems, error, unsaved, edit, flush };
}
