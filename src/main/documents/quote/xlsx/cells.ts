import type ExcelJS from 'exceljs';
import { fenToYuanText } from '../../../../shared/money';

/**
 * Small helpers for the quote sheet's cells: yuan values from fen, A1 references, and the SUM
 * formulas over the counted lines. Money is stored as yuan numbers built from the exact decimal
 * text (6800000 fen → 68000), never by dividing floats.
 */

/** Integer fen → the yuan number a spreadsheet stores (decimal-safe: "12345.67" → 12345.67). */
export function yuan(fen: number): number {
  return Number(fenToYuanText(fen));
}

/** Basis points → the fraction a percentage cell stores (1500 → 0.15), decimal-safe. */
export function fraction(bp: number): number {
  return Number((bp / 10_000).toFixed(4));
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "K12" for column 11, row 12. */
export function ref(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "$K$12": a reference that stays put when a formula is copied. */
export function absoluteRef(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** A formula cell with the figure the app computed as its cached result. */
export function formula(cell: ExcelJS.Cell, text: string, resultFen: number): void {
  cell.value = { formula: text, result: yuan(resultFen) };
}

/** Rows → the fewest "K3:K7" / "K9" references covering them (rows need not be sorted). */
export function rowRanges(column: number, rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  let end = start;
  const flush = (): void => {
    if (start === undefined || end === undefined) return;
    ranges.push(start === end ? ref(column, start) : `${ref(column, start)}:${ref(column, end)}`);
  };
  for (const row of sorted.slice(1)) {
    if (end !== undefined && row === end + 1) {
      end = row;
    } else {
      flush();
      start = row;
      end = row;
    }
  }
  flush();
  return ranges;
}

/** Excel's SUM takes at most 255 arguments: longer lists are summed in nested chunks. */
const MAX_ARGUMENTS = 255;

/** "SUM(K3:K7,K9)" for the given references; "0" when there are none. */
export function sumOf(references: readonly string[]): string {
  if (references.length === 0) return '0';
  if (references.length <= MAX_ARGUMENTS) return `SUM(${references.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < references.length; i += MAX_ARGUMENTS) {
    chunks.push(sumOf(references.slice(i, i + MAX_ARGUMENTS)));
  }
  return sumOf(chunks);
}

/** "ROUND(SUM(K3:K7,K9),2)" over `rows` of `column`: a money total that stays exact to the fen. */
export function roundedSum(column: number, rows: readonly number[]): string {
  return `ROUND(${sumOf(rowRanges(column, rows))},2)`;
}

/** Width in Excel character units: CJK and full-width characters count twice. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}

/** How many lines `text` wraps to in a column `width` characters wide (at least 1). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split('\n')
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(displayWidth(paragraph) / usable)), 0);
}
