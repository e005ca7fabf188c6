import type { BulletList, OrderedList } from '../../../shared/rich-text';
import type { SetLine } from '../pdf/inline-text';
import { CONTENT, GAPS, listMarker, listTextIndent, TYPE } from './geometry';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';
import { flowLines, keepLines, type Prepared } from './pdf-page-breaks';
import { spansOf } from './pdf-paragraphs';

/**
 * A bulleted or numbered list, nested lists indented one level further: each item's paragraphs
 * flow like body text, the marker hanging in front of its first line.
 */
export function prepareList(layout: LongLayout, list: BulletList | OrderedList, depth: number): Prepared {
  const ordered = list.type === 'orderedList';
  const start = list.type === 'orderedList' ? (list.attrs?.start ?? 1) : 1;
  const spec = TYPE.listItem;
  const indent = listTextIndent(depth);
  const pieces: Prepared[] = [];
  list.content.forEach((item, k) => {
    let marked = false;
    for (const child of item.content) {
      if (child.type !== 'paragraph') {
        pieces.push(prepareList(layout, child, depth + 1));
        continue;
      }
      const marker = marked ? null : listMarker(ordered, depth, start + k);
      marked = true;
      const lines = layout.set(spansOf(child.content), CONTENT.width - indent, spec, { justify: layout.zh });
      pieces.push({
        keep: keepLines(lines.length, spec),
        place: () => {
          const atFirstLine = (y: number) => {
            if (marker === null || layout.virtual) return;
            const markerLine: SetLine = {
              pieces: [{ text: marker, bold: false, italic: false, x: 0, width: 0 }],
              width: 0,
            };
            layout.drawLines([markerLine], CONTENT.left + indent - GAPS.listHanging, y, spec, INK.accent);
          };
          flowLines(layout, lines, CONTENT.left + indent, spec, INK.text, atFirstLine);
          layout.flow.spaceAfter(spec.after);
        },
      });
    }
  });
  return {
    keep: pieces[0]?.keep ?? 0,
    place: () => {
      for (const piece of pieces) piece.place();
      if (depth === 0) layout.flow.advance(GAPS.afterList);
    },
  };
}
