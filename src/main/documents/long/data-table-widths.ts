import type { DataTable } from '../../../shared/proposals/document';
import { CONTENT, TABLE } from './geometry';

/**
 * Column widths of a data table in points: the columns' relative widths over the text width, but
 * never narrower than the words of their title (a "序号" column stays on one line); what the
 * narrow ones need is taken from the others in proportion. Both renderers size columns this way.
 */
export function dataTableWidths(block: DataTable, measureBold: (text: string) => number): number[] {
  const weights = block.columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
  const minimum = block.columns.map(
    (c) => Math.max(0, ...c.title.split(/\s+/).map((word) => measureBold(word))) + 2 * TABLE.padX + 1,
  );
  let fixed = new Set<number>();
  for (;;) {
    const free = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const room = CONTENT.width - [...fixed].reduce((sum, i) => sum + (minimum[i] ?? 0), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? (minimum[i] ?? 0) : (room * w) / free));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (minimum[i] ?? 0));
    if (short === -1 || fixed.size >= weights.length - 1) return widths;
    fixed = new Set([...fixed, short]);
  }
}
