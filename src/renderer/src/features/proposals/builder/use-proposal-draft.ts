import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../../../shared/api/library';
import type { ProposalContent } from '../../../../../shared/proposals/proposal';
import { call } from '../../../api/client';
import { useAutosaveDraft, type SaveStatus } from '../../../components/use-autosave-draft';
import { localErrors, placeErrors, type ErrorMap } from '../model/proposal-model';

/** Autosave waits for a pause in typing this long. */
export const AUTOSAVE_MS = 700;

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
 * problems shown on the fields ("save now" still tries); a failed save keeps everything on screen.
 * Each save refreshes the proposal in the query cache, so warnings and the export blocker follow
 * the content.
 */
export function useProposalDraft(proposal: Proposal): ProposalDraft {
  const { t } = useTranslation();
  const id = proposal.id;
  const [serverErrors, setServerErrors] = useState<ErrorMap>({});
  const draft = useAutosaveDraft<ProposalContent>({
    initial: proposal.content,
    editable: true,
    debounceMs: AUTOSAVE_MS,
    holdReason: (content) => Object.values(localErrors(content, t))[0] ?? null,
    saveHeld: true,
    save: (content) => call('proposals.save', { id, content }),
    detailKey: ['proposals.get', { id }],
    listKey: ['proposals.list'],
    onSaved: () => setServerErrors({}),
    onFailed: (error, sent) => setServerErrors(placeErrors(error.fields, sent)),
  });
  const { content, status, error, edit, flush } = draft;
  const local = useMemo(() => localErrors(content, t), [content, t]);
  const errors = useMemo(() => ({ ...serverErrors, ...local }), [serverErrors, local]);
  return { content, status, held: Object.keys(local).length, error, errors, edit, flush };
}
