import type { SetLine } from '../pdf/inline-text';
import type { TextSpec } from './geometry';
import type { LongLayout } from './pdf-layout';

/**
 * Where the pages break: each block is measured first and says how much of its start must share
 * a page with a heading above it; running text breaks between pages leaving no single line alone
 * at the bottom or the top of a page.
 */

/** A block measured and ready to place: `keep` is what must share a page with a heading above it. */
export interface Prepared {
  keep: number;
  place(): void;
}

export const NOTHING: Prepared = { keep: 0, place: () => undefined };

/** Height of the first lines that must stay together (all of a short paragraph, else two). */
export function keepLines(count: number, spec: TextSpec): number {
  return (count <= 3 ? count : 2) * spec.line;
}

/**
 * Places lines down the pages: whole when they fit; otherwise broken between pages with at
 * least two lines on each side (a paragraph of up to three lines moves whole to the next page).
 */
export function flowLines(
  layout: LongLayout,
  lines: readonly SetLine[],
  x: number,
  spec: TextSpec,
  color: string,
  atFirstLine?: (y: number) => void,
): void {
  const flow = layout.flow;
  const count = lines.length;
  let i = 0;
  while (i < count) {
    const left = count - i;
    const fit = Math.floor((flow.remaining + 0.01) / spec.line);
    let take = Math.max(0, Math.min(fit, left));
    if (take < left) {
      if (left <= 3 || take < 2) take = 0;
      else if (left - take < 2) take = left - 2;
    }
    if (take === 0) {
      if (!flow.atTop) {
        flow.newPage();
        continue;
      }
      take = Math.max(1, Math.min(fit, left));
    }
    if (i === 0) atFirstLine?.(flow.y);
    layout.drawLines(lines.slice(i, i + take), x, flow.y, spec, color);
    flow.advance(take * spec.line);
    i += take;
    if (i < count) flow.newPage();
  }
}
