import type { LongDocument } from '../../../shared/proposals/document';
import { CONTENT, PAGE, TYPE } from './geometry';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';

/**
 * The final pass over the pages: on every page but the cover, the running header (the
 * document's header text, right-aligned over a thin rule) and the footer "第 X 页 共 Y 页",
 * counted over all the pages so X is the page a reader's software shows.
 */
export function stampLongPages(layout: LongLayout, source: LongDocument): void {
  const { doc } = layout;
  layout.flush();
  const { start, count } = doc.bufferedPageRange();
  const spec = TYPE.header;
  const header = layout.set([{ text: source.headerText }], CONTENT.width, spec);
  for (let i = 1; i < count; i++) {
    doc.switchToPage(start + i);
    const headerTop = PAGE.header;
    header.forEach((line, k) => {
      layout.drawLines([line], CONTENT.right - line.width, headerTop + k * spec.line, spec, INK.muted);
    });
    const ruleY = headerTop + header.length * spec.line + 3;
    doc.moveTo(CONTENT.left, ruleY).lineTo(CONTENT.right, ruleY).lineWidth(0.5).strokeColor(INK.rule).stroke();
    const footer = layout.set([{ text: source.labels.pageOf(i + 1, count) }], CONTENT.width, spec);
    const footerTop = PAGE.height - PAGE.footer - spec.line;
    footer.forEach((line, k) => {
      layout.drawLines(
        [line],
        CONTENT.left + (CONTENT.width - line.width) / 2,
        footerTop + k * spec.line,
        spec,
        INK.muted,
      );
    });
    layout.flush();
  }
}
