import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
  type IBorderOptions,
} from 'docx';
import type { Callout } from '../../../shared/proposals/document';
import { gap, NO_BORDERS, textRun } from './docx-runs';
import { spacing } from './docx-styles';
import { COLOURS, CONTENT, GAPS, TYPE, twips } from './geometry';

/** A callout as a shaded one-cell box with a coloured bar on the left; Chinese text justified. */
export function calloutBlock(block: Callout, zh: boolean): FileChild[] {
  const warning = block.tone === 'warning';
  const pad = twips(GAPS.calloutPad);
  const bar: IBorderOptions = {
    style: BorderStyle.SINGLE,
    size: GAPS.calloutBar * 8,
    color: warning ? COLOURS.warningBar : COLOURS.infoBar,
  };
  const box = new Table({
    width: { size: twips(CONTENT.width), type: WidthType.DXA },
    columnWidths: [twips(CONTENT.width)],
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, left: bar },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: twips(CONTENT.width), type: WidthType.DXA },
            margins: { top: pad, bottom: pad, left: pad, right: pad },
            shading: {
              fill: warning ? COLOURS.warningFill : COLOURS.infoFill,
              color: 'auto',
              type: ShadingType.CLEAR,
            },
            children: block.text.split('\n').map(
              (line) =>
                new Paragraph({
                  alignment: zh ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
                  spacing: { ...spacing(TYPE.callout), before: 0, after: 0 },
                  children: [textRun(line, { size: TYPE.callout.size })],
                }),
            ),
          }),
        ],
      }),
    ],
  });
  return [box, gap(TYPE.callout.after)];
}
