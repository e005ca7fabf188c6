import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  paginateRows,
  type PageSlice,
  type PaginationFrame,
  type PaginationRow,
} from '../../../src/main/documents/pdf/pagination';

/**
 * The page-break rules of the PDF tables, on row heights alone: the header row is repeated (its
 * height is taken from every page), rows are never split, a subtotal or the totals never stand
 * alone at the top of a page, a section title never stands alone at the bottom.
 */

const line = (height = 20): PaginationRow => ({ height });
const title = (height = 16): PaginationRow => ({ height, keepWithNext: true });
const subtotal = (height = 16): PaginationRow => ({ height, keepWithPrevious: true });

const frame: PaginationFrame = { firstPage: 200, nextPages: 300, headerHeight: 20 };

/** Height used on each page: the header plus its rows. */
function pageHeights(rows: PaginationRow[], pages: PageSlice[], f: PaginationFrame): number[] {
  return pages.map((p) =>
    p.start === p.end ? 0 : rows.slice(p.start, p.end).reduce((sum, r) => sum + r.height, f.headerHeight),
  );
}

describe('paginateRows', () => {
  it('keeps a table that fits on one page', () => {
    const rows = [title(), line(), line(), subtotal()];
    expect(paginateRows(rows, frame)).toEqual([{ start: 0, end: 4 }]);
  });

  it('takes the repeated header row from every page', () => {
    // First page: (200 − 20) / 20 = 9 rows; then (300 − 20) / 20 = 14 a page.
    const rows = Array.from({ length: 40 }, () => line());
    const pages = paginateRows(rows, frame);
    expect(pages.map((p) => p.end - p.start)).toEqual([9, 14, 14, 3]);
    expect(pageHeights(rows, pages, frame)).toEqual([200, 300, 300, 80]);
  });

  it('never splits a row: a row that does not fit whole goes to the next page', () => {
    const rows = [line(100), line(70), line(30)];
    // 20 + 100 + 70 = 190 fits in 200; the 30-high row would make 220.
    expect(paginateRows(rows, frame)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('moves the last line down with a subtotal that would stand alone at the top of a page', () => {
    // Header 20 + 9 lines = 200: the page is full exactly where the subtotal comes.
    const rows = [...Array.from({ length: 9 }, () => line()), subtotal(), line()];
    const pages = paginateRows(rows, frame);
    expect(pages[0]).toEqual({ start: 0, end: 8 });
    expect(pages[1]?.start).toBe(8);
    expect(rows[8]?.keepWithPrevious).toBeFalsy();
    expect(rows[9]?.keepWithPrevious).toBe(true);
  });

  it('keeps the totals block together and takes the last line with it', () => {
    const totals = Array.from({ length: 6 }, () => subtotal(15));
    const rows = [title(), ...Array.from({ length: 8 }, () => line()), subtotal(), ...totals];
    // Natural break: 20 + 16 + 8×20 = 196; the section subtotal does not fit.
    const pages = paginateRows(rows, frame);
    expect(pages).toEqual([
      { start: 0, end: 8 },
      { start: 8, end: rows.length },
    ]);
  });

  it('never leaves a section title as the last row of a page', () => {
    // 20 + 8 lines = 180; the title (16) would fit, its first line would not.
    const rows = [...Array.from({ length: 8 }, () => line()), title(), line(), line()];
    const pages = paginateRows(rows, frame);
    expect(pages[0]).toEqual({ start: 0, end: 8 });
    expect(pages[1]?.start).toBe(8);
  });

  it('starts the table on the next page when nothing useful fits on the first', () => {
    const rows = [title(), line(), subtotal()];
    const pages = paginateRows(rows, { ...frame, firstPage: 50 });
    // Header 20 + title 16 fits in 50, but a title alone would be stranded.
    expect(pages).toEqual([
      { start: 0, end: 0 },
      { start: 0, end: 3 },
    ]);
  });

  it('puts a row taller than a page alone on its page instead of looping', () => {
    const rows = [line(), line(500), line()];
    const pages = paginateRows(rows, frame);
    expect(pages).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('returns one empty page for an empty table', () => {
    expect(paginateRows([], frame)).toEqual([{ start: 0, end: 0 }]);
  });

  it('holds the rules for any quote-like table (property)', () => {
    // Sections: a title, 1–12 lines of 1–4 text lines, a subtotal; then a totals block.
    const section = fc
      .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 12 })
      .map((lines) => [title(), ...lines.map((n) => line(6 + 11 * n)), subtotal()]);
    const table = fc
      .tuple(fc.array(section, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 7 }))
      .map(([sections, totals]) => [...sections.flat(), ...Array.from({ length: totals }, () => subtotal(15))]);
    const frames = fc.record({
      firstPage: fc.integer({ min: 40, max: 700 }),
      nextPages: fc.integer({ min: 250, max: 720 }),
      headerHeight: fc.integer({ min: 14, max: 30 }),
    });
    fc.assert(
      fc.property(table, frames, (rows, f) => {
        const pages = paginateRows(rows, f);
        // Every row on exactly one page, in order.
        expect(pages[0]?.start).toBe(0);
        expect(pages.at(-1)?.end).toBe(rows.length);
        pages.forEach((p, i) => {
          expect(p.end).toBeGreaterThanOrEqual(p.start);
          if (i > 0) {
            expect(p.start).toBe(pages[i - 1]?.end);
            expect(p.end).toBeGreaterThan(p.start);
          }
        });
        // Header plus rows fit on each page (no row split, nothing below the bottom).
        pageHeights(rows, pages, f).forEach((height, i) => {
          expect(height).toBeLessThanOrEqual(i === 0 ? f.firstPage : f.nextPages);
        });
        // No subtotal/total first on a page, no title last on a page.
        for (const p of pages.slice(1)) expect(rows[p.start]?.keepWithPrevious).toBeFalsy();
        for (const p of pages.slice(0, -1)) {
          if (p.end > p.start) expect(rows[p.end - 1]?.keepWithNext).toBeFalsy();
        }
      }),
      { numRuns: 300 },
    );
  });
});
