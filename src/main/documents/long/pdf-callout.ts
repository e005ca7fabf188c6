import type { Callout } from '../../../shared/proposals/document';
import { COLOURS, CONTENT, GAPS, TYPE } from './geometry';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';
import { flowLines, type Prepared } from './pdf-page-breaks';

/** A callout: its text in a tinted box with a bar on the left (info or warning), kept whole on a page. */
export function prepareCallout(layout: LongLayout, block: Callout): Prepared {
  const spec = TYPE.callout;
  const pad = GAPS.calloutPad;
  const bar = GAPS.calloutBar;
  const inner = CONTENT.width - 2 * pad - bar;
  const lines = layout.set([{ text: block.text }], inner, spec, { justify: layout.zh });
  const height = lines.length * spec.line + 2 * pad;
  const fill = block.tone === 'warning' ? COLOURS.warningFill : COLOURS.infoFill;
  const barColour = block.tone === 'warning' ? COLOURS.warningBar : COLOURS.infoBar;
  return {
    keep: Math.min(height, layout.flow.pageHeight),
    place: () => {
      layout.flow.ensure(spec.before + height);
      layout.flow.spaceBefore(spec.before);
      if (height > layout.flow.remaining) {
        // Taller than a page: the text flows on, without its box.
        flowLines(layout, lines, CONTENT.left + bar + pad, spec, INK.text);
      } else {
        const y = layout.flow.y;
        if (!layout.virtual) {
          layout.flush();
          layout.doc.rect(CONTENT.left, y, CONTENT.width, height).fill(`#${fill}`);
          layout.doc.rect(CONTENT.left, y, bar, height).fill(`#${barColour}`);
        }
        layout.drawLines(lines, CONTENT.left + bar + pad, y + pad, spec, INK.text);
        layout.flow.advance(height);
      }
      layout.flow.advance(spec.after);
    },
  };
}
