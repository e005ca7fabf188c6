import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetail, OpportunityRecord } from '../../../../../shared/api/opportunities';
import type { ErrorData } from '../../../../../shared/result';
import { call } from '../../../api/client';
import { useAutosaveDraft, type AutosaveDraft } from '../../../components/use-autosave-draft';

export const AUTOSAVE_MS = 700;

/** What the server would refuse, said before sending: a person or competitor without a name, no name. */
function holdReason(record: OpportunityRecord, t: (key: string) => string): string | null {
  if (record.name.trim() === '') return t('err.required');
  if (record.people.some((p) => p.name.trim() === '')) return t('opportunityUi.people.name');
  if (record.competitors.some((c) => c.name.trim() === '')) return t('opportunityUi.overview.competitor');
  return null;
}

export interface OpportunityDraft extends AutosaveDraft<OpportunityRecord> {
  /** The server's field messages of the last failed save ("record.people.0.name" → "必填"). */
  fieldErrors: Record<string, string>;
}

/** The opportunity's record as edited, saved automatically a moment after the last change. */
export function useOpportunityDraft(detail: OpportunityDetail): OpportunityDraft {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const id = detail.id;
  const draft = useAutosaveDraft<OpportunityRecord>({
    initial: () => detail.record,
    editable: true,
    debounceMs: AUTOSAVE_MS,
    holdReason: (record) => holdReason(record, t),
    saveHeld: true,
    save: (record) => call('opportunities.save', { id, record }),
    detailKey: ['opportunities.get', { id }],
    listKey: ['opportunities.list'],
    onSaved: () => setFieldErrors({}),
    onFailed: (error: ErrorData) => setFieldErrors(error.fields),
  });
  return { ...draft, fieldErrors };
}

/** A new id for a list entry, unique within the list. */
export function nextId(prefix: string, items: readonly { id: string }[]): string {
  let n = items.length + 1;
  while (items.some((item) => item.id === `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
