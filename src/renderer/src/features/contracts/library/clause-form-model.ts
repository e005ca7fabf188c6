import type { TFunction } from 'i18next';
import type { ClauseCategory, ClauseWording } from '../../../../../shared/contract-drafts/types';
import { ClauseInput, type ClauseSummary } from '../../../../../shared/api/contract-drafts';
import type { Locale } from '../../../../../shared/locale';

/** The clause being edited in the library: what clauses.save takes, before parsing. */
export interface ClauseFormState {
  id: number | undefined;
  key: string;
  lang: Locale;
  category: ClauseCategory;
  mandatory: boolean;
  wordings: ClauseWording[];
  note: string;
  by: string;
}

export function formFromClause(clause: ClauseSummary, by: string): ClauseFormState {
  return {
    id: clause.id,
    key: clause.key,
    lang: clause.lang,
    category: clause.category,
    mandatory: clause.mandatory,
    wordings: clause.wordings.map((w) => ({ ...w })),
    note: '',
    by,
  };
}

export function emptyForm(lang: Locale, by: string): ClauseFormState {
  return {
    id: undefined,
    key: '',
    lang,
    category: 'other',
    mandatory: false,
    wordings: [{ key: 'default', label: lang === 'zh-CN' ? '标准' : 'Standard', heading: '', body: '' }],
    note: '',
    by,
  };
}

/** A wording key not used yet in the clause ("option-2", "option-3" …). */
export function freshWordingKey(wordings: readonly ClauseWording[]): string {
  const taken = new Set(wordings.map((w) => w.key));
  for (let n = wordings.length + 1; ; n += 1) {
    if (!taken.has(`option-${n}`)) return `option-${n}`;
  }
}

/** Whether the wordings, category or mandatory flag differ from the saved clause (a save makes a new version). */
export function changedFrom(form: ClauseFormState, clause: ClauseSummary | null): boolean {
  if (!clause) return true;
  return (
    form.category !== clause.category ||
    form.mandatory !== clause.mandatory ||
    JSON.stringify(form.wordings.map((w) => [w.key.trim(), w.label.trim(), w.heading.trim(), w.body.trim()])) !==
      JSON.stringify(clause.wordings.map((w) => [w.key, w.label, w.heading, w.body]))
  );
}

/** Field problems the server would report, found here with its schema ("wordings.1.body" → message). */
export function formErrors(form: ClauseFormState, t: TFunction): Record<string, string> {
  const parsed = ClauseInput.safeParse(form);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message.startsWith('err.') ? t(issue.message) : t('err.format');
  }
  return out;
}
