import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { KeyValues } from '../../../shared/proposals/document';
import { gap, NO_BORDERS, textRun, type RunStyle } from './docx-runs';
import { spacing } from './docx-styles';
import type { Measure } from './docx-tables';
import { COLOURS, CONTENT, GAPS, TYPE, twips } from './geometry';

/** Key figures as a borderless two-column table: bold muted labels sized to the widest, then values. */
export function keyValuesBlock(block: KeyValues, measure: Measure): FileChild[] {
  const spec = TYPE.keyValue;
  const widest = Math.max(0, ...block.items.map((item) => measure(item.label, true, spec.size)));
  const labelWidth = Math.min(CONTENT.width * 0.4, widest + 18);
  const line = (text: string, style: RunStyle) =>
    new Paragraph({ spacing: spacing(spec), children: [textRun(text, style)] });
  const cell = (paragraph: Paragraph, width: number) =>
    new TableCell({
      width: { size: twips(width), type: WidthType.DXA },
      margins: { top: 0, bottom: twips(2), left: 0, right: 0 },
      children: [paragraph],
    });
  const table = new Table({
    width: { size: twips(CONTENT.width), type: WidthType.DXA },
    columnWidths: [twips(labelWidth), twips(CONTENT.width - labelWidth)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: block.items.map(
      (item) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(line(item.label, { bold: true, color: COLOURS.muted }), labelWidth),
            cell(line(item.value, {}), CONTENT.width - labelWidth),
          ],
        }),
    ),
  });
  return [table, gap(GAPS.afterKeyValues)];
}
