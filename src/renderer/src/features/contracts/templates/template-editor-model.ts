import { articleNumber } from '../../../../../shared/contract-drafts/clause-text';
import { insertIndex, moveItem } from '../../../../../shared/contract-drafts/template-rules';
import { UNNUMBERED_CATEGORIES, type LibraryClause } from '../../../../../shared/contract-drafts/types';
import type { ContractTemplate } from '../../../../../shared/api/contract-drafts';
import type { TemplateClauseInput, TemplateSaveInput } from '../../../../../shared/api/contract-templates';
import type { Locale } from '../../../../../shared/locale';

/**
 * The template editor's state as plain data: the name, the description and the rows (one per
 * clause, in order). Every change is a pure function; saving sends the rows as they are.
 */

export interface EditorRow {
  /** Stable while editing (the list's key): "c12" for library clause 12, "copy-3" for a copy. */
  id: string;
  clauseId: number;
  wording: string;
  /** A copy of `clauseId` the save creates as a new library clause. */
  copy?: { key: string; heading: string };
}

export interface EditorState {
  name: string;
  description: string;
  rows: EditorRow[];
}

export function stateOf(template: ContractTemplate): EditorState {
  return {
    name: template.name,
    description: template.description,
    rows: template.clauses.map((c) => ({ id: `c${c.clauseId}`, clauseId: c.clauseId, wording: c.wording })),
  };
}

export function saveInput(id: number, state: EditorState): TemplateSaveInput {
  return {
    id,
    name: state.name,
    description: state.description,
    clauses: state.rows.map((r): TemplateClauseInput => ({ clauseId: r.clauseId, wording: r.wording, copy: r.copy })),
  };
}

export function isDirty(state: EditorState, saved: EditorState): boolean {
  return JSON.stringify(state) !== JSON.stringify(saved);
}

/** What a row shows: heading, key, category and wording choices, from the library (a copy: its new heading and key). */
export interface RowView {
  heading: string;
  key: string;
  category: LibraryClause['category'];
  mandatory: boolean;
  wordings: LibraryClause['wordings'];
  /** "第三条" / "Article 3"; '' for the parties and signatures. */
  number: string;
}

export function rowViews(rows: readonly EditorRow[], library: readonly LibraryClause[], lang: Locale): RowView[] {
  const byId = new Map(library.map((c) => [c.id, c]));
  let article = 0;
  return rows.map((row) => {
    const clause = byId.get(row.clauseId);
    const category = clause?.category ?? 'other';
    const numbered = !UNNUMBERED_CATEGORIES.includes(category);
    if (numbered) article += 1;
    const wording = clause?.wordings.find((w) => w.key === row.wording) ?? clause?.wordings[0];
    return {
      heading: row.copy?.heading ?? wording?.heading ?? `#${row.clauseId}`,
      key: row.copy?.key ?? clause?.key ?? '',
      category,
      mandatory: clause?.mandatory ?? false,
      wordings: clause?.wordings ?? [],
      number: numbered ? articleNumber(article, lang) : '',
    };
  });
}

export function moveRow(state: EditorState, from: number, to: number): EditorState {
  return { ...state, rows: moveItem(state.rows, from, to) };
}

export function removeRow(state: EditorState, id: string): EditorState {
  return { ...state, rows: state.rows.filter((r) => r.id !== id) };
}

export function setWording(state: EditorState, id: string, wording: string): EditorState {
  return { ...state, rows: state.rows.map((r) => (r.id === id ? { ...r, wording } : r)) };
}

/**
 * Adds a library clause after the row `afterId` (null: before the signatures). Returns the new
 * row's id so the screen can show it.
 */
export function addRow(
  state: EditorState,
  clause: LibraryClause,
  wording: string,
  afterId: string | null,
  library: readonly LibraryClause[],
): { state: EditorState; id: string } {
  const categories = rowViews(state.rows, library, clause.lang).map((v) => v.category);
  const after = afterId === null ? null : state.rows.findIndex((r) => r.id === afterId);
  const at = insertIndex(categories, after);
  const id = `c${clause.id}`;
  const rows = [...state.rows.slice(0, at), { id, clauseId: clause.id, wording }, ...state.rows.slice(at)];
  return { state: { ...state, rows }, id };
}

/** Replaces a row by a copy of its clause under a new key and heading (created when the template is saved). */
export function copyRow(state: EditorState, id: string, copy: { key: string; heading: string }): EditorState {
  const taken = new Set(state.rows.map((r) => r.id));
  let n = 1;
  while (taken.has(`copy-${n}`)) n += 1;
  return {
    ...state,
    rows: state.rows.map((r) => (r.id === id ? { ...r, id: `copy-${n}`, copy: { ...copy } } : r)),
  };
}

/** The field errors of one row ("clauses.3", "clauses.3.wording", "clauses.3.copy.key"). */
export function rowErrors(fields: Record<string, string>, index: number): string[] {
  const prefix = `clauses.${index}`;
  return Object.entries(fields)
    .filter(([field]) => field === prefix || field.startsWith(`${prefix}.`))
    .map(([, message]) => message);
}
