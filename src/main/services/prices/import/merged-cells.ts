import { columnIndex } from './sheet-cells';

/**
 * Merged cells. exceljs's streaming reader skips <mergeCell>, yet price lists merge a title
 * across the top and a category down the side. The ranges sit after <sheetData>; the part
 * stream shows every inflated chunk of a sheet to a MergeScanner on its way to exceljs, which
 * keeps only the small <mergeCells> section as text.
 */

/** 0-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const SECTION_START = Buffer.from('mergeCells');
const SECTION_END = 'mergeCells>';
/** Enough for tens of thousands of ranges; a larger section is not a price list's. */
const MAX_SECTION_CHARS = 4 * 1024 * 1024;
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;

export class MergeScanner {
  private tail: Buffer = Buffer.alloc(0);
  private readonly section: Buffer[] = [];
  private collected = 0;
  private done = false;

  /** Sees the sheet part's bytes in order; cheap until the section starts (one indexOf per chunk). */
  push(chunk: Buffer): void {
    if (this.done) return;
    if (this.section.length === 0) {
      const joined = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
      const at = joined.indexOf(SECTION_START);
      if (at < 0) {
        this.tail = joined.subarray(Math.max(0, joined.length - SECTION_START.length));
        return;
      }
      this.section.push(joined.subarray(at));
    } else {
      this.section.push(chunk);
    }
    this.collected += chunk.length;
    if (this.collected > MAX_SECTION_CHARS || chunk.includes(SECTION_END)) this.done = true;
  }

  ranges(): CellRange[] {
    return parseSection(sectionOf(this.section));
  }
}

function sectionOf(chunks: Buffer[]): string {
  if (chunks.length === 0) return '';
  const text = Buffer.concat(chunks).toString('utf8');
  const start = text.indexOf('mergeCells');
  return start < 0 ? '' : text.slice(start, start + MAX_SECTION_CHARS);
}

function parseSection(section: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const match of section.matchAll(MERGE_REF)) {
    const [, left = 'A', top = '1', right = 'A', bottom = '1'] = match;
    ranges.push({
      top: Number(top) - 1,
      left: columnIndex(left),
      bottom: Number(bottom) - 1,
      right: columnIndex(right),
    });
  }
  return ranges;
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
