import type { Locale } from '../locale';
import { articleNumber } from './clause-text';
import { reviewClause, type ClauseStatus, type DiffPart } from './clause-diff';
import { UNNUMBERED_CATEGORIES, type ContractContent, type LibraryClause } from './types';

/**
 * The non-standard clause list (非标条款清单) for legal: every clause that was edited (with its
 * word diff), added, or — for optional standard clauses — removed, in contract order.
 */

export interface ReviewedClause {
  id: string;
  /** "第五条" / "Article 5"; '' for the parties and signatures clauses. */
  number: string;
  heading: string;
  status: Exclude<ClauseStatus, 'removed'>;
  diff: DiffPart[];
}

export interface NonStandardClause {
  /** The contract clause id; null for a removed clause. */
  id: string | null;
  number: string;
  heading: string;
  status: Exclude<ClauseStatus, 'standard'>;
  diff: DiffPart[];
  /** Library clause id and version it came from (null for added clauses). */
  clauseId: number | null;
  clauseVersion: number | null;
}

/** Article numbers by clause id: the parties and signatures clauses are not numbered. */
export function articleNumbers(content: ContractContent, locale: Locale): Map<string, string> {
  let index = 0;
  return new Map(
    content.clauses.map((clause) => {
      if (UNNUMBERED_CATEGORIES.includes(clause.category)) return [clause.id, ''];
      index += 1;
      return [clause.id, articleNumber(index, locale)];
    }),
  );
}

export function reviewContract(
  content: ContractContent,
  versions: ReadonlyMap<string, LibraryClause>,
  locale: Locale,
): { clauses: ReviewedClause[]; nonStandard: NonStandardClause[] } {
  const numbers = articleNumbers(content, locale);
  const clauses = content.clauses.map((clause) => ({
    id: clause.id,
    number: numbers.get(clause.id) ?? '',
    heading: clause.heading,
    ...reviewClause(clause, versions),
  }));
  const nonStandard: NonStandardClause[] = [];
  for (const [i, reviewed] of clauses.entries()) {
    const clause = content.clauses[i];
    if (!clause || reviewed.status === 'standard') continue;
    nonStandard.push({
      id: reviewed.id,
      number: reviewed.number,
      heading: reviewed.heading,
      status: reviewed.status,
      diff: reviewed.diff,
      clauseId: clause.clauseId,
      clauseVersion: clause.clauseVersion,
    });
  }
  for (const removed of content.removed) {
    nonStandard.push({
      id: null,
      number: '',
      heading: removed.heading,
      status: 'removed',
      diff: [],
      clauseId: removed.clauseId,
      clauseVersion: removed.clauseVersion,
    });
  }
  return { clauses, nonStandard };
}
