import type { TFunction } from 'i18next';
import { versionKey } from '../../../../../shared/contract-drafts/clause-diff';
import { contractMergeValues, mergeProblems, type MergeProblem } from '../../../../../shared/contract-drafts/merge';
import {
  reviewContract,
  type NonStandardClause,
  type ReviewedClause,
} from '../../../../../shared/contract-drafts/review';
import {
  UNNUMBERED_CATEGORIES,
  type ContractState,
  type LibraryClause,
} from '../../../../../shared/contract-drafts/types';
import {
  ContractContent as ContractContentSchema,
  type ContractContent,
  type ContractDetail,
} from '../../../../../shared/api/contract-drafts';

export type Clause = ContractContent['clauses'][number];
export type ClauseStatus = ReviewedClause['status'] | NonStandardClause['status'];

/** Badge colour of each state: grey while drafting, yellow with legal, teal approved, green signed. */
export const STATE_COLOR: Record<ContractState, string> = {
  draft: 'gray',
  review: 'yellow',
  approved: 'teal',
  signed: 'green',
};

/** 标准 grey, 已修改 orange, 新增 blue, 已删除 red. */
export const STATUS_COLOR: Record<ClauseStatus, string> = {
  standard: 'gray',
  edited: 'orange',
  added: 'blue',
  removed: 'red',
};

/** Quotes in these states can become a contract (the server says why the others cannot). */
export const CONTRACTABLE_QUOTE_STATES: readonly string[] = ['approved', 'sent', 'accepted'];

/** Every library clause version the editor may need: those in use, and the ones that can be added. */
export function libraryVersions(detail: ContractDetail): Map<string, LibraryClause> {
  return new Map([...detail.library, ...detail.available].map((c) => [versionKey(c.id, c.version), c]));
}

export function libraryOf(clause: Pick<Clause, 'clauseId' | 'clauseVersion'>, versions: Map<string, LibraryClause>) {
  return clause.clauseId !== null && clause.clauseVersion !== null
    ? (versions.get(versionKey(clause.clauseId, clause.clauseVersion)) ?? null)
    : null;
}

export interface LiveReview {
  clauses: ReviewedClause[];
  nonStandard: NonStandardClause[];
  problems: MergeProblem[];
}

/**
 * Status, word diff, 非标条款清单 and unresolved merge fields of the content on screen, with the
 * same shared functions the server uses, so they follow each keystroke rather than each save.
 */
export function liveReview(detail: ContractDetail, content: ContractContent, versions: Map<string, LibraryClause>) {
  const review = reviewContract(content, versions, detail.lang);
  const values = contractMergeValues({
    locale: detail.lang,
    number: detail.number,
    title: content.title,
    terms: content.terms,
    deal: detail.deal,
  });
  return { ...review, problems: mergeProblems(content.clauses, values) } satisfies LiveReview;
}

/** 1-based article index of each numbered clause (parties and signatures are not numbered). */
export function articleIndexes(clauses: readonly Clause[]): Map<string, number> {
  let index = 0;
  const out = new Map<string, number>();
  for (const clause of clauses) {
    if (UNNUMBERED_CATEGORIES.includes(clause.category)) continue;
    index += 1;
    out.set(clause.id, index);
  }
  return out;
}

// ——— Field errors, found with the server's schema ———

export type ErrorMap = Record<string, string>;

/** "clauses.3.heading" → "clauses.<clause id>.heading", so an error stays on its clause. */
function placeError(path: readonly PropertyKey[], content: ContractContent): string {
  const parts = path.map(String);
  if (parts[0] === 'content') parts.shift();
  if (parts[0] === 'clauses' && parts[1] !== undefined) {
    const clause = content.clauses[Number(parts[1])];
    if (clause) return ['clauses', clause.id, ...parts.slice(2)].join('.');
  }
  return parts.join('.') || '_';
}

/** What the server would refuse, found here first: autosave waits until it is fixed. */
export function localErrors(content: ContractContent, t: TFunction): ErrorMap {
  const parsed = ContractContentSchema.safeParse(content);
  if (parsed.success) return {};
  const out: ErrorMap = {};
  for (const issue of parsed.error.issues) {
    const message = issue.message.startsWith('err.')
      ? t(issue.message)
      : issue.code === 'too_small'
        ? t('err.required')
        : t('err.format');
    out[placeError(issue.path, content)] ??= message;
  }
  return out;
}

export function placeErrors(fields: Record<string, string>, sent: ContractContent): ErrorMap {
  const out: ErrorMap = {};
  for (const [key, message] of Object.entries(fields)) {
    out[placeError(key.replace(/\[(\d+)\]/g, '.$1').split('.'), sent)] ??= message;
  }
  return out;
}

export function errorsUnder(errors: ErrorMap, key: string): string[] {
  return Object.entries(errors)
    .filter(([k]) => k === key || k.startsWith(`${key}.`))
    .map(([, message]) => message);
}
