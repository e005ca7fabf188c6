/**
 * Where a table's rows break across pages: a pure function of row heights and page space, so the
 * page-break rules are tested without drawing or parsing a PDF.
 *
 * The rules:
 * - every page the table is on starts with the header row (its height is taken from each page);
 * - a row is never split: it goes whole onto the page or whole onto the next;
 * - a row marked `keepWithPrevious` (a subtotal, the totals) never starts a page: the break moves
 *   back so that at least the row before it comes along;
 * - a row marked `keepWithNext` (a section title) never ends a page;
 * - on the first page the break may move back to before the first row (the table then starts on
 *   the next page, under the content that precedes it); on later pages a page always takes at least
 *   one row, so a chain of kept-together rows taller than a page breaks where it must.
 */

export interface PaginationRow {
  height: number;
  /** Never the first row of a page: subtotal and total rows. */
  keepWithPrevious?: boolean;
  /** Never the last row of a page: section titles. */
  keepWithNext?: boolean;
}

export interface PaginationFrame {
  /** Height left for the table on its first page (header row included). */
  firstPage: number;
  /** Height for the table on each following page (header row included). */
  nextPages: number;
  /** The header row, repeated at the top of every page. */
  headerHeight: number;
}

/** Rows `start` (inclusive) to `end` (exclusive) on one page; the first page's slice may be empty. */
export interface PageSlice {
  start: number;
  end: number;
}

/** A break before row `index` is allowed by the keep rules. */
function breakAllowed(rows: readonly PaginationRow[], index: number): boolean {
  return !rows[index]?.keepWithPrevious && !rows[index - 1]?.keepWithNext;
}

/**
 * Splits `rows` into pages. Returns one slice per page, in order, covering every row once. A row
 * taller than a whole page is put alone on a page (it will overflow; keep rows shorter than that).
 */
export function paginateRows(rows: readonly PaginationRow[], frame: PaginationFrame): PageSlice[] {
  const pages: PageSlice[] = [];
  let start = 0;
  let space = frame.firstPage;
  while (start < rows.length) {
    const first = pages.length === 0;
    // The natural break: as many whole rows as fit under the header.
    let used = frame.headerHeight;
    let end = start;
    for (let row = rows[end]; row && used + row.height <= space; row = rows[end]) {
      used += row.height;
      end += 1;
    }
    if (end < rows.length) {
      // Move the break back until the keep rules allow it.
      const lowest = first ? start : start + 1;
      let candidate = end;
      while (candidate >= lowest && !breakAllowed(rows, candidate)) candidate -= 1;
      if (candidate >= lowest) end = candidate;
      // Nothing allowed, or nothing fitted, on a later page: take at least one row.
      if (!first && end === start) end = start + 1;
    }
    pages.push({ start, end });
    start = end;
    space = frame.nextPages;
  }
  return pages.length > 0 ? pages : [{ start: 0, end: 0 }];
}
