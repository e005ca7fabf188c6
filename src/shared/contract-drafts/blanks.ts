import { contractsEn } from '../i18n/contracts.en';
import { contractsZhCN } from '../i18n/contracts.zh-CN';
import type { Locale } from '../locale';
import type { MissingDetail } from './document';
import { contractLabels, type PartyField } from './labels';
import type { MergeProblem } from './merge';

/**
 * A draft's marked blanks. Before legal has approved a contract (草稿, 法务审核中) a value nobody
 * has yet — the customer's bank, account, legal representative… — does not stop the document:
 * it is printed as a visible blank, "【待补充：甲方开户银行】" / "[To be completed: Party A bank]",
 * and listed on the first page. The renderers find the blanks in the text by their exact wording
 * (splitBlanks) and mark them (highlighted in .docx, a coloured underlined run in .pdf).
 */

const PARTY_FIELDS: readonly PartyField[] = [
  'name',
  'address',
  'taxId',
  'bankName',
  'bankAccount',
  'representative',
  'contact',
  'phone',
];

function isPartyField(name: string): name is PartyField {
  return (PARTY_FIELDS as readonly string[]).includes(name);
}

/** What a field is called in the document's language: "甲方开户银行", "Place of signing". */
export function fieldLabel(problem: Pick<MergeProblem, 'field' | 'problem'>, locale: Locale): string {
  const labels = contractLabels(locale);
  if (problem.problem === 'unknown') return labels.unknownField(problem.field);
  const [group = '', name = ''] = problem.field.split('.');
  if ((group === 'customer' || group === 'company') && isPartyField(name)) return labels.partyField(group, name);
  const fields: Record<string, Record<string, string> | undefined> =
    locale === 'zh-CN' ? contractsZhCN.fields : contractsEn.fields;
  return fields[group]?.[name] ?? problem.field;
}

/**
 * The missing values, one per field in reading order, each with its blank and the places it is
 * missing from (`placeOf` names a problem's clause, e.g. "第五条 合同价款及支付").
 */
export function missingDetails(
  problems: readonly MergeProblem[],
  locale: Locale,
  placeOf: (problem: MergeProblem) => string,
): MissingDetail[] {
  const labels = contractLabels(locale);
  const details: MissingDetail[] = [];
  for (const problem of problems) {
    const place = placeOf(problem);
    const known = details.find((d) => d.field === problem.field);
    if (known) {
      if (!known.places.includes(place)) known.places.push(place);
      continue;
    }
    const label = fieldLabel(problem, locale);
    details.push({ field: problem.field, label, blank: labels.blank(label), places: [place] });
  }
  return details;
}

/** The first page's line for one missing value: "甲方开户银行（合同双方、第五条 合同价款及支付）". */
export function missingLine(detail: MissingDetail, locale: Locale): { label: string; where: string } {
  const labels = contractLabels(locale);
  const places = detail.places.filter((p) => p !== '');
  return {
    label: detail.label,
    where: places.length === 0 ? '' : labels.missingWhere.replace('{places}', places.join(labels.placesSeparator)),
  };
}

export interface TextPiece {
  text: string;
  /** True for a marked blank. */
  blank: boolean;
}

/** [from, to) of every blank in `text`, in order, never overlapping. */
export function blankRanges(text: string, blanks: readonly string[]): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  const wanted = blanks.filter((b) => b !== '');
  let at = 0;
  while (wanted.length > 0 && at < text.length) {
    let next: { from: number; to: number } | null = null;
    for (const blank of wanted) {
      const from = text.indexOf(blank, at);
      if (from >= 0 && (next === null || from < next.from)) next = { from, to: from + blank.length };
    }
    if (next === null) break;
    ranges.push(next);
    at = next.to;
  }
  return ranges;
}

/** `text` cut into its blanks and the text between them (no empty pieces). */
export function splitBlanks(text: string, blanks: readonly string[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const range of blankRanges(text, blanks)) {
    if (range.from > at) pieces.push({ text: text.slice(at, range.from), blank: false });
    pieces.push({ text: text.slice(range.from, range.to), blank: true });
    at = range.to;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), blank: false });
  return pieces;
}

/**
 * The pieces of each line a paragraph was broken into, a blank split over a line break marked on
 * both lines. `lines` are consecutive parts of `text` in order (the spaces a break swallowed may
 * be missing), as the PDF's line breaking returns them.
 */
export function splitLinesByBlanks(text: string, lines: readonly string[], blanks: readonly string[]): TextPiece[][] {
  const ranges = blankRanges(text, blanks);
  let cursor = 0;
  return lines.map((line) => {
    const found = text.indexOf(line, cursor);
    const start = found >= 0 ? found : cursor;
    cursor = start + line.length;
    const pieces: TextPiece[] = [];
    let at = 0;
    for (const range of ranges) {
      const from = Math.max(range.from - start, 0);
      const to = Math.min(range.to - start, line.length);
      if (to <= from || to <= 0 || from >= line.length) continue;
      if (from > at) pieces.push({ text: line.slice(at, from), blank: false });
      pieces.push({ text: line.slice(from, to), blank: true });
      at = to;
    }
    if (at < line.length) pieces.push({ text: line.slice(at), blank: false });
    return pieces;
  });
}
