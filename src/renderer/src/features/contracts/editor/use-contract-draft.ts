import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractContent, ContractDetail } from '../../../../../shared/api/contract-drafts';
import { call } from '../../../api/client';
import { useAutosaveDraft, type SaveStatus } from '../../../components/use-autosave-draft';
import { localErrors, placeErrors, type ErrorMap } from '../model/contract-model';

/** Autosave waits for a pause in typing this long. */
export const AUTOSAVE_MS = 700;

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
 * back with its problems on the fields, and is not sent by "save now" either; a failed save keeps
 * everything on screen with the server's message. Each save puts the returned contract in the
 * query cache, so statuses, diff and 非标条款清单 follow the server.
 */
export function useContractDraft(detail: ContractDetail): ContractDraft {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = detail.id;
  const [serverErrors, setServerErrors] = useState<ErrorMap>({});
  const draft = useAutosaveDraft<ContractContent>({
    initial: detail.content,
    editable: detail.editable,
    debounceMs: AUTOSAVE_MS,
    holdReason: (content) => Object.values(localErrors(content, t))[0] ?? null,
    saveHeld: false,
    save: (content) => call('contracts.save', { id, content }),
    detailKey: ['contracts.get', { id }],
    listKey: ['contracts.list'],
    onSaved: () => {
      // "Used by N contracts" in the clause library follows clauses added and removed here.
      void client.invalidateQueries({ queryKey: ['clauses.list'], refetchType: 'none' });
      setServerErrors({});
    },
    onFailed: (error, sent) => setServerErrors(placeErrors(error.fields, sent)),
  });
  const { content, status, error, edit, flush } = draft;
  const local = useMemo(() => localErrors(content, t), [content, t]);
  const errors = useMemo(() => ({ ...serverErrors, ...local }), [serverErrors, local]);
  return { content, status, held: Object.keys(local).length, error, errors, edit, flush };
}
