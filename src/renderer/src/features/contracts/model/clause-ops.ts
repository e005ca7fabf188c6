import type { LibraryClause } from '../../../../../shared/contract-drafts/types';
import type { ContractContent } from '../../../../../shared/api/contract-drafts';
import { libraryOf, type Clause } from './contract-model';

/**
 * What the drafter does to the clauses, as pure changes of the content: edit, choose a wording,
 * go back to the standard text, take out, add from the library or write a new one.
 */

type Versions = Map<string, LibraryClause>;

export function updateClause(content: ContractContent, id: string, patch: Partial<Clause>): ContractContent {
  return { ...content, clauses: content.clauses.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

/** The standard text of the wording the clause was drafted from (its edits undone). */
export function restoreStandard(content: ContractContent, id: string, versions: Versions): ContractContent {
  const clause = content.clauses.find((c) => c.id === id);
  const library = clause ? libraryOf(clause, versions) : null;
  const wording = library?.wordings.find((w) => w.key === clause?.wording);
  if (!wording) return content;
  return updateClause(content, id, { heading: wording.heading, body: wording.body });
}

/** Another wording of the same library clause (仲裁 → 诉讼): its heading and body replace the text. */
export function chooseWording(content: ContractContent, id: string, key: string, versions: Versions): ContractContent {
  const clause = content.clauses.find((c) => c.id === id);
  const library = clause ? libraryOf(clause, versions) : null;
  const wording = library?.wordings.find((w) => w.key === key);
  if (!wording) return content;
  return updateClause(content, id, { wording: wording.key, heading: wording.heading, body: wording.body });
}

/** Takes a clause out; a standard one is remembered in `removed` so legal sees it went. */
export function removeClause(content: ContractContent, id: string): ContractContent {
  const clause = content.clauses.find((c) => c.id === id);
  if (!clause || clause.mandatory) return content;
  const clauses = content.clauses.filter((c) => c.id !== id);
  if (clause.origin !== 'standard' || clause.clauseId === null || clause.clauseVersion === null) {
    return { ...content, clauses };
  }
  const { clauseId, clauseVersion } = clause;
  const removed = [
    ...content.removed.filter((r) => r.clauseId !== clauseId),
    { clauseId, clauseVersion, wording: clause.wording ?? '', heading: clause.heading },
  ];
  return { ...content, clauses, removed };
}

/** Where a new clause goes: after `afterId`, or before the signatures clause (else at the end). */
function insertAt(content: ContractContent, afterId: string | null): number {
  if (afterId !== null) {
    const at = content.clauses.findIndex((c) => c.id === afterId);
    if (at >= 0) return at + 1;
  }
  const signatures = content.clauses.findIndex((c) => c.category === 'signatures');
  return signatures >= 0 ? signatures : content.clauses.length;
}

function freshId(content: ContractContent, base: string): string {
  const taken = new Set(content.clauses.map((c) => c.id));
  for (let n = content.clauses.length + 1; ; n += 1) {
    const id = (base === 'added' ? `added-${n}` : `c${n}-${base}`).slice(0, 80);
    if (!taken.has(id)) return id;
  }
}

function insert(content: ContractContent, clause: Clause, afterId: string | null): ContractContent {
  const at = insertAt(content, afterId);
  return { ...content, clauses: [...content.clauses.slice(0, at), clause, ...content.clauses.slice(at)] };
}

/** An optional clause of the library, at the version and wording given (default: its first). */
export function addFromLibrary(
  content: ContractContent,
  library: LibraryClause,
  afterId: string | null,
  wordingKey?: string,
): { content: ContractContent; id: string } {
  const wording = library.wordings.find((w) => w.key === wordingKey) ?? library.wordings[0];
  if (!wording) return { content, id: '' };
  const id = freshId(content, library.key);
  const clause: Clause = {
    id,
    origin: 'standard',
    clauseId: library.id,
    clauseVersion: library.version,
    wording: wording.key,
    category: library.category,
    mandatory: library.mandatory,
    heading: wording.heading,
    body: wording.body,
  };
  const next = insert(content, clause, afterId);
  return { content: { ...next, removed: next.removed.filter((r) => r.clauseId !== library.id) }, id };
}

/** A clause written for this contract only (新增): legal sees all of it as non-standard. */
export function addCustom(
  content: ContractContent,
  heading: string,
  body: string,
  afterId: string | null,
): { content: ContractContent; id: string } {
  const id = freshId(content, 'added');
  const clause: Clause = {
    id,
    origin: 'added',
    clauseId: null,
    clauseVersion: null,
    wording: null,
    category: 'other',
    mandatory: false,
    heading: heading.trim(),
    body: body.trim(),
  };
  return { content: insert(content, clause, afterId), id };
}

/** Puts a removed standard clause back, in the version and wording it had. */
export function restoreRemoved(
  content: ContractContent,
  clauseId: number,
  versions: Versions,
): { content: ContractContent; id: string } {
  const removed = content.removed.find((r) => r.clauseId === clauseId);
  const library = removed ? libraryOf(removed, versions) : null;
  if (!removed || !library) return { content, id: '' };
  return addFromLibrary(content, library, null, removed.wording);
}
