import type { Block, Inline, ListItem, RichDoc, TableCell, TableRow } from '../rich-text';

/**
 * Merge fields: `{{customer.name}}` in any text of a proposal, demo script or library section is
 * replaced by its value. An unknown field is an error that names the field and where it was
 * written — never a silent blank. A field whose value is empty is an error too (a proposal that
 * says "致 ：" is worse than one that refuses to export).
 */

export const MERGE_FIELD = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g;

/** The fields a document can use, with a sentence each (shown in the editor's field menu). */
export const MERGE_FIELD_NAMES = [
  'customer.name',
  'customer.shortName',
  'customer.contact',
  'customer.industry',
  'customer.address',
  'company.name',
  'company.shortName',
  'company.phone',
  'company.website',
  'company.address',
  'quote.number',
  'quote.total',
  'quote.totalCapital',
  'quote.validUntil',
  'proposal.title',
  'solution.name',
  'today',
] as const;
export type MergeFieldName = (typeof MERGE_FIELD_NAMES)[number];
export type MergeValues = Partial<Record<MergeFieldName, string>>;

export class MergeFieldError extends Error {
  constructor(
    readonly field: string,
    readonly where: string,
    readonly problem: 'unknown' | 'empty',
  ) {
    super(`${problem === 'unknown' ? 'Unknown' : 'Empty'} merge field {{${field}}} in ${where}`);
    this.name = 'MergeFieldError';
  }
}

/** The fields used in a text, in order of appearance. */
export function fieldsIn(text: string): string[] {
  return [...text.matchAll(MERGE_FIELD)].map((m) => m[1] ?? '');
}

/** Whether a name is one of the merge fields (an unknown one is a typo the user must see). */
export function isMergeField(field: string): field is MergeFieldName {
  return (MERGE_FIELD_NAMES as readonly string[]).includes(field);
}

/** Replaces every field; throws MergeFieldError on the first unknown or empty one. */
export function mergeText(text: string, values: MergeValues, where: string): string {
  return text.replace(MERGE_FIELD, (_whole, field: string) => {
    if (!isMergeField(field)) throw new MergeFieldError(field, where, 'unknown');
    const value = values[field];
    if (value === undefined || value.trim() === '') throw new MergeFieldError(field, where, 'empty');
    return value;
  });
}

/** Every problem in a text (for the editor's live check), without throwing. */
export function mergeProblems(text: string, values: MergeValues, where: string): MergeFieldError[] {
  return fieldsIn(text).flatMap((field) => {
    if (!isMergeField(field)) return [new MergeFieldError(field, where, 'unknown')];
    const value = values[field];
    return value === undefined || value.trim() === '' ? [new MergeFieldError(field, where, 'empty')] : [];
  });
}

type Node = RichDoc | Block | ListItem | TableRow | TableCell | Inline;

function mergeNode<T extends Node>(node: T, values: MergeValues, where: string): T {
  if (node.type === 'text') return { ...node, text: mergeText(node.text, values, where) };
  if (node.type === 'image') {
    const alt = node.attrs.alt ? mergeText(node.attrs.alt, values, where) : node.attrs.alt;
    return { ...node, attrs: { ...node.attrs, alt } };
  }
  if ('content' in node && Array.isArray(node.content)) {
    return { ...node, content: (node.content as Node[]).map((child) => mergeNode(child, values, where)) };
  }
  return node;
}

/** A rich-text document with every field filled (throws MergeFieldError naming the field). */
export function mergeRichDoc(doc: RichDoc, values: MergeValues, where: string): RichDoc {
  return mergeNode(doc, values, where);
}
