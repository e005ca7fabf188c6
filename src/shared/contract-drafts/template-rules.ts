import type { Locale } from '../locale';
import type { ClauseCategory, LibraryClause } from './types';

/**
 * The rules of a contract template (合同模板) being edited: which library clauses it lists, in
 * which order and wording. A template names clauses by id and never holds their text, so editing
 * one changes only the contracts drafted from it afterwards: a contract copies the clause text
 * and version when it is drafted.
 */

/** One row of a template being saved: a library clause, or (with `copy`) a new clause copied from it. */
export interface TemplateClauseDraft {
  clauseId: number;
  wording: string;
  /** Makes a new library clause from `clauseId` (all its wordings, under this key and heading). */
  copy?: { key: string; heading: string } | undefined;
}

export interface TemplateDraft {
  name: string;
  clauses: readonly TemplateClauseDraft[];
}

export const TEMPLATE_PROBLEMS = [
  'nameRequired',
  'nameTaken',
  'noClause',
  'unknownClause',
  'duplicateClause',
  'unknownWording',
  'copyKeyTaken',
] as const;
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEMS)[number];

/** What is wrong, on which field ("name", "clauses", "clauses.3.wording"), with the message's values. */
export interface TemplateProblem {
  field: string;
  problem: TemplateProblemCode;
  params: Record<string, string | number>;
}

export interface TemplateCheckContext {
  /** The library's clauses in the template's language, at their current versions. */
  library: readonly LibraryClause[];
  /** The names of the other templates: a name is used once. */
  otherNames: readonly string[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Every problem of a template draft, in reading order: a name (unique), at least one clause, each
 * clause in the library of the template's language, none twice, a wording the clause has, and a
 * copy's key not yet used. Rows are counted from 1 in the messages.
 */
export function checkTemplate(draft: TemplateDraft, context: TemplateCheckContext): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const name = draft.name.trim();
  if (name === '') problems.push({ field: 'name', problem: 'nameRequired', params: {} });
  else if (context.otherNames.some((other) => sameName(other, name))) {
    problems.push({ field: 'name', problem: 'nameTaken', params: { name } });
  }
  if (draft.clauses.length === 0) problems.push({ field: 'clauses', problem: 'noClause', params: {} });

  const library = new Map(context.library.map((c) => [c.id, c]));
  const takenKeys = new Set(context.library.map((c) => c.key));
  const firstRow = new Map<number, number>();
  draft.clauses.forEach((row, index) => {
    const at = `clauses.${index}`;
    const rowNo = index + 1;
    const clause = library.get(row.clauseId);
    if (!clause) {
      problems.push({ field: at, problem: 'unknownClause', params: { row: rowNo, id: row.clauseId } });
      return;
    }
    const heading =
      row.copy?.heading ??
      (clause.wordings.find((w) => w.key === row.wording) ?? clause.wordings[0])?.heading ??
      clause.key;
    if (!clause.wordings.some((w) => w.key === row.wording)) {
      problems.push({
        field: `${at}.wording`,
        problem: 'unknownWording',
        params: { row: rowNo, heading, wording: row.wording, choices: clause.wordings.map((w) => w.key).join(', ') },
      });
    }
    if (row.copy) {
      const key = row.copy.key.trim();
      if (takenKeys.has(key)) {
        problems.push({ field: `${at}.copy.key`, problem: 'copyKeyTaken', params: { row: rowNo, key } });
      }
      takenKeys.add(key);
      return;
    }
    const first = firstRow.get(row.clauseId);
    if (first !== undefined) {
      problems.push({ field: at, problem: 'duplicateClause', params: { row: rowNo, heading, first } });
    } else firstRow.set(row.clauseId, rowNo);
  });
  return problems;
}

// ——— Editing ———

/** The list with the item at `from` moved to `to` (indexes in the list before the move). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Where a clause added to a template goes: right after `afterIndex` when given, else before the
 * signatures clause (which ends every contract), else at the end.
 */
export function insertIndex(categories: readonly ClauseCategory[], afterIndex: number | null): number {
  if (afterIndex !== null && afterIndex >= 0 && afterIndex < categories.length) return afterIndex + 1;
  const signatures = categories.lastIndexOf('signatures');
  return signatures >= 0 ? signatures : categories.length;
}

const NAME_MAX = 80;
const TEMPLATE_KEY_MAX = 40;
const CLAUSE_KEY_MAX = 60;

/**
 * "软件许可及实施服务合同（副本）", then "（副本 2）" … — a name no other template has (a copy of a copy
 * counts on from the original's name).
 */
export function copyName(name: string, taken: readonly string[], locale: Locale): string {
  const base = name.trim().replace(/(（副本( \d+)?）| \(copy( \d+)?\))$/, '');
  for (let n = 1; ; n += 1) {
    const suffix = locale === 'zh-CN' ? (n === 1 ? '（副本）' : `（副本 ${n}）`) : n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${base.slice(0, NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.some((other) => sameName(other, candidate))) return candidate;
  }
}

/** "licence-zh-copy", then "licence-zh-copy-2" … — a key no other template has. */
export function copyKey(key: string, taken: readonly string[]): string {
  const base = key.replace(/-copy(-\d+)?$/, '');
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${base.slice(0, TEMPLATE_KEY_MAX - suffix.length)}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** The key offered for a copy of a clause: "warranty-2", "warranty-3" … not yet in the library. */
export function copyClauseKey(key: string, taken: readonly string[]): string {
  const base = key.replace(/-\d+$/, '');
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, CLAUSE_KEY_MAX - suffix.length)}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
