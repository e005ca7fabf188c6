import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoScriptDetail } from '../../../../../shared/api/demo-scripts';
import { call } from '../../../api/client';
import { useAutosaveDraft, type SaveStatus } from '../../../components/use-autosave-draft';
import { findProblems, sameStep, toSaved, type Problems, type ScriptContent } from '../model/script-model';

/** Autosave waits for a pause in typing this long. */
export const AUTOSAVE_MS = 700;

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
 * problems shown on the fields, and is not sent by "save now" either; a failed save keeps
 * everything on screen. Each save refreshes the script in the query cache, so the steps marked as
 * edited by hand follow the server.
 */
export function useScriptDraft(detail: DemoScriptDetail): ScriptDraft {
  const { t } = useTranslation();
  const id = detail.id;
  // What the server has: the baseline for "changed here, not saved yet".
  const [saved, setSaved] = useState<ScriptContent>(() => contentOf(detail));
  const draft = useAutosaveDraft<ScriptContent>({
    initial: () => contentOf(detail),
    editable: true,
    debounceMs: AUTOSAVE_MS,
    holdReason: (content) => Object.values(findProblems(content, t))[0] ?? null,
    saveHeld: false,
    save: (content) => call('demoScripts.save', { id, ...toSaved(content) }),
    detailKey: ['demoScripts.get', { id }],
    listKey: ['demoScripts.list'],
    onSaved: (sent) => setSaved(sent),
  });
  const { content, status, error, edit, flush } = draft;
  const problems = useMemo(() => findProblems(content, t), [content, t]);

  const unsaved = useMemo(() => {
    const before = new Map(saved.steps.map((s) => [s.id, s]));
    return new Set(content.steps.filter((s) => !sameStep(before.get(s.id), s)).map((s) => s.id));
  }, [content, saved]);

  return { content, status, problems, error, unsaved, edit, flush };
}
