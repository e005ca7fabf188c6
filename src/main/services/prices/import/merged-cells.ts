import { columnIndex } from './sheet-cells';

/**
 * Merged cells: price lists merge a title across the top and a category down the side. A
 * worksheet lists the ranges after its rows (<mergeCell ref="A1:H1"/>); the reader collects them
 * and fills each range with its top-left value once the sheet is read.
 */

/** 0-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const RANGE = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/;

/** "A1:H1" → rows 0–0, columns 0–7; a single cell "B2" is a range too. Null when unreadable. */
export function parseCellRange(reference: string): CellRange | null {
  const match = RANGE.exec(reference.trim());
  if (!match) return null;
  const [, left = 'A', top = '1', right = left, bottom = top] = match;
  return {
    top: Number(top) - 1,
    left: columnIndex(left.toUpperCase()),
    bottom: Number(bottom) - 1,
    right: columnIndex(right.toUpperCase()),
  };
}

/**
 * Gives every cell of a merged range its top-left value, as the user sees it in Excel. Rows
 * that are blank apart from the merge stay blank (an empty spacer row inside a merged category
 * is not an item), and a merge never reaches past the last row or column that holds data.
 */
export function fillMergedCells(rows: (string | null)[][], ranges: readonly CellRange[]): void {
  const hasData = rows.map((row) => row.some((cell) => cell !== null));
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  for (const range of ranges) {
    const value = rows[range.top]?.[range.left] ?? null;
    if (value === null) continue;
    const bottom = Math.min(range.bottom, rows.length - 1);
    const right = Math.min(range.right, width - 1);
    for (let r = range.top; r <= bottom; r++) {
      const row = rows[r];
      if (!row || (r !== range.top && !hasData[r])) continue;
      while (row.length <= right) row.push(null);
      for (let c = range.left; c <= right; c++) row[c] = value;
    }
  }
}
