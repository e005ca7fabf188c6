import type { Image } from '../../../shared/rich-text';
import { CONTENT, TYPE } from './geometry';
import { placeDataUrl } from './images';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';
import { NOTHING, type Prepared } from './pdf-page-breaks';

/** An image centred at its placed size (images.ts), its alt text as a caption kept under it. */
export function prepareImage(layout: LongLayout, block: Image): Prepared {
  const placed = placeDataUrl(block.attrs.src);
  if (!placed) return NOTHING;
  const alt = (block.attrs.alt ?? '').trim();
  const spec = TYPE.imageCaption;
  const captionLines = alt ? layout.set([{ text: alt }], CONTENT.width, spec) : [];
  const gapAbove = 6;
  const captionHeight = alt ? spec.before + captionLines.length * spec.line + spec.after : spec.after;
  const height = gapAbove + placed.height + captionHeight;
  return {
    keep: height,
    place: () => {
      layout.flow.ensure(height);
      layout.flow.spaceBefore(gapAbove);
      if (!layout.virtual) {
        layout.flush();
        const x = CONTENT.left + (CONTENT.width - placed.width) / 2;
        layout.doc.image(block.attrs.src, x, layout.flow.y, { width: placed.width, height: placed.height });
      }
      layout.flow.advance(placed.height + (alt ? spec.before : 0));
      captionLines.forEach((line, i) => {
        const x = CONTENT.left + (CONTENT.width - line.width) / 2;
        layout.drawLines([line], x, layout.flow.y + i * spec.line, spec, INK.muted);
      });
      layout.flow.advance(captionLines.length * spec.line);
      // Under a caption, space after a paragraph; under a bare image, an empty paragraph.
      if (alt) layout.flow.spaceAfter(spec.after);
      else layout.flow.advance(spec.after);
    },
  };
}
