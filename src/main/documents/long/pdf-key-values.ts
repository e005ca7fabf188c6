import type { KeyValues } from '../../../shared/proposals/document';
import { CONTENT, GAPS, TYPE } from './geometry';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';
import type { Prepared } from './pdf-page-breaks';

/** Key figures as label/value rows: bold muted labels in a column as wide as the widest (at most 40 %). */
export function prepareKeyValues(layout: LongLayout, block: KeyValues): Prepared {
  const spec = TYPE.keyValue;
  const widest = Math.max(0, ...block.items.map((item) => layout.measure(item.label, true, spec.size)));
  const labelWidth = Math.min(CONTENT.width * 0.4, widest + 18);
  const rows = block.items.map((item) => {
    const label = layout.set([{ text: item.label, bold: true }], labelWidth - 10, spec);
    const value = layout.set([{ text: item.value }], CONTENT.width - labelWidth, spec);
    return { label, value, height: Math.max(label.length, value.length) * spec.line + 2 };
  });
  return {
    keep: rows[0]?.height ?? 0,
    place: () => {
      for (const row of rows) {
        layout.flow.ensure(row.height);
        layout.drawLines(row.label, CONTENT.left, layout.flow.y, spec, INK.muted, true);
        layout.drawLines(row.value, CONTENT.left + labelWidth, layout.flow.y, spec, INK.text);
        layout.flow.advance(row.height);
      }
      layout.flow.advance(GAPS.afterKeyValues);
    },
  };
}
