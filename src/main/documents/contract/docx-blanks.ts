import { BorderStyle, HighlightColor, Paragraph, Table, TableRow, TextRun, WidthType, type IBorderOptions } from 'docx';
import { missingLine, splitBlanks } from '../../../shared/contract-drafts/blanks';
import type { ContractDocument } from '../../../shared/contract-drafts/document';
import { cell, text, TABLE_NONE, type RunStyle } from '../quote/docx/text';
import { COLOR, CONTENT_WIDTH, SIZE } from './docx-style';

/**
 * A draft's marked blanks in the .docx: each "【待补充：甲方开户银行】" highlighted yellow in dark
 * amber bold, so legal cannot miss it, and the first page's box "待补充信息" listing every value
 * still to complete with where it is missing.
 */

/** The look of a blank: Word's yellow highlight (LibreOffice shows it too), dark amber, bold. */
export const BLANK_STYLE: RunStyle = { highlight: HighlightColor.YELLOW, color: '7A4100', bold: true };

/** `value` as runs in `style`, its blanks marked. */
export function markedRuns(doc: ContractDocument, value: string, style: RunStyle = {}): TextRun[] {
  if (doc.missing.length === 0) return value === '' ? [] : [text(value, style)];
  const blanks = doc.missing.map((m) => m.blank);
  return splitBlanks(value, blanks).map((piece) =>
    text(piece.text, piece.blank ? { ...style, ...BLANK_STYLE } : style),
  );
}

const BOX_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: 'D4A017' };
const BOX_FILL = 'FFF8E1';

/**
 * "待补充信息": a shaded, amber-bordered box on the first page, its title, a sentence on what the
 * blanks are, and one numbered line per missing value ("1. 甲方开户银行（合同双方）"). None for a
 * document without blanks.
 */
export function missingBox(doc: ContractDocument): Table | null {
  if (doc.missing.length === 0) return null;
  const { labels } = doc;
  const spacing = { before: 0, after: 40 };
  const items = doc.missing.map((detail, i) => {
    const line = missingLine(detail, doc.locale);
    return new Paragraph({
      spacing,
      indent: { left: 360, hanging: 360 },
      children: [
        text(`${i + 1}. `, { size: SIZE.table }),
        text(line.label, { ...BLANK_STYLE, size: SIZE.table }),
        ...(line.where === '' ? [] : [text(line.where, { size: SIZE.table, color: COLOR.muted })]),
      ],
    });
  });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    borders: TABLE_NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              new Paragraph({
                spacing: { before: 40, after: 60 },
                keepNext: true,
                children: [text(labels.missingTitle, { bold: true, size: SIZE.heading, color: '7A4100' })],
              }),
              new Paragraph({
                spacing: { before: 0, after: 80 },
                keepNext: true,
                children: [text(labels.missingIntro, { size: SIZE.table, color: COLOR.muted })],
              }),
              ...items,
            ],
            {
              width: CONTENT_WIDTH,
              fill: BOX_FILL,
              verticalAlign: 'top',
              borders: { top: BOX_BORDER, bottom: BOX_BORDER, left: BOX_BORDER, right: BOX_BORDER },
            },
          ),
        ],
      }),
    ],
  });
}
