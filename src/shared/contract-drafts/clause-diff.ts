import { diffWords } from 'diff';
import type { ClauseWording, ContractClause, LibraryClause } from './types';

/**
 * Standard, edited or added: how a contract clause relates to the clause library, and for an
 * edited clause the word-level changes against the standard wording it came from. Words are cut
 * with Intl.Segmenter, so Chinese text (no spaces) diffs by word, not by whole sentence.
 */

export type ClauseStatus = 'standard' | 'edited' | 'added' | 'removed';

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The standard text of a clause as one string (heading on the first line). */
export function wordingText(wording: Pick<ClauseWording, 'heading' | 'body'>): string {
  return `${wording.heading.trim()}\n${normalizeBody(wording.body)}`;
}

/** Line ends and spaces at line ends never count as changes. */
export function normalizeBody(body: string): string {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Word-level diff from `before` to `after`, adjacent parts of the same kind merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(before, after, { intlSegmenter: segmenter })) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

/** The library wording a standard clause was drafted from, or null (added, or no longer found). */
export function sourceWording(
  clause: ContractClause,
  versions: ReadonlyMap<string, LibraryClause>,
): ClauseWording | null {
  if (clause.origin !== 'standard' || clause.clauseId === null || clause.clauseVersion === null) return null;
  const library = versions.get(versionKey(clause.clauseId, clause.clauseVersion));
  return library?.wordings.find((w) => w.key === clause.wording) ?? null;
}

/** Map key for a clause at a version. */
export function versionKey(clauseId: number, version: number): string {
  return `${clauseId}@${version}`;
}

export interface ClauseReview {
  status: Exclude<ClauseStatus, 'removed'>;
  /** Empty unless edited. */
  diff: DiffPart[];
}

/** Compares a contract clause with the exact library version and wording it was drafted from. */
export function reviewClause(clause: ContractClause, versions: ReadonlyMap<string, LibraryClause>): ClauseReview {
  if (clause.origin === 'added') return { status: 'added', diff: [] };
  const standard = sourceWording(clause, versions);
  // A standard clause whose library version is gone cannot be shown as unchanged.
  if (!standard) return { status: 'edited', diff: [{ op: 'insert', text: wordingText(clause) }] };
  const before = wordingText(standard);
  const after = wordingText(clause);
  if (before === after) return { status: 'standard', diff: [] };
  return { status: 'edited', diff: wordDiff(before, after) };
}
