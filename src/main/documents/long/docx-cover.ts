import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IBorderOptions,
} from 'docx';
import type { LongDocument } from '../../../shared/proposals/document';
import { FONT } from '../quote/docx/text';
import { textRun } from './docx-blocks';
import { COLOURS, CONTENT, PAGE, twips } from './geometry';
import { placeImage } from './images';

/**
 * The .docx's cover page, laid out as the PDF's (pdf-cover.ts): the logo top left, the title
 * block in the upper third under a short accent bar, the cover lines as a centred borderless
 * table, the company's name and contacts at the foot. Positions come from exact line heights and
 * spacer paragraphs; `titleLines` is how many lines the title takes (measured like the PDF).
 */

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function exact(points: number): { before: number; after: number; line: number; lineRule: typeof LineRuleType.EXACT } {
  return { before: 0, after: 0, line: twips(points), lineRule: LineRuleType.EXACT };
}

/** An empty paragraph `points` tall. */
function spacer(points: number): Paragraph {
  return new Paragraph({ spacing: exact(Math.max(1, points)) });
}

export interface CoverMeasures {
  /** The title's lines, balanced as the PDF sets them; written with line breaks between them. */
  titleLines: string[];
  /** The company's contacts, in lines as the PDF sets them. */
  contactLines: string[];
  labelWidth: number;
  valueWidth: number;
}

export function docxCover(doc: LongDocument, layout: CoverMeasures): FileChild[] {
  const out: FileChild[] = [];
  let y: number = CONTENT.top;
  const logo = doc.company.logo ? placeImage(doc.company.logo.mime, doc.company.logo.bytes, 160, 54) : null;
  if (logo) {
    out.push(
      new Paragraph({
        spacing: { before: 0, after: 0 },
        children: [
          new ImageRun({
            type: logo.mime === 'image/png' ? 'png' : 'jpg',
            data: logo.bytes,
            transformation: { width: logo.pixelWidth, height: logo.pixelHeight },
            altText: { name: 'logo', description: doc.company.name, title: doc.company.name },
          }),
        ],
      }),
    );
    y += logo.height + 6;
  }
  // The accent bar: a short rule, 26 pt above the title.
  const barTop = 250 - 26;
  out.push(spacer(barTop - y));
  const side = twips((CONTENT.width - 60) / 2);
  out.push(
    new Paragraph({
      spacing: exact(1),
      indent: { left: side, right: side },
      border: { bottom: { style: BorderStyle.SINGLE, size: 32, color: COLOURS.accent, space: 0 } },
    }),
  );
  out.push(spacer(26 - 6));
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(36),
      children: layout.titleLines.map(
        (line, i) =>
          new TextRun({
            text: line,
            font: FONT,
            bold: true,
            size: 48,
            color: COLOURS.accent,
            ...(i > 0 ? { break: 1 } : {}),
          }),
      ),
    }),
  );
  y = 250 + layout.titleLines.length * 36;
  if (doc.subtitle) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...exact(22), before: twips(12) },
        children: [textRun(doc.subtitle, { size: 14, color: COLOURS.muted })],
      }),
    );
    y += 12 + 22;
  }
  const colon = doc.locale === 'en' ? ':' : '：';
  const lines = doc.cover.filter((line) => line.value !== '');
  if (lines.length > 0) {
    out.push(spacer(500 - y));
    y = 500;
    const labelWidth = Math.ceil(layout.labelWidth) + 4;
    const valueWidth = Math.min(CONTENT.width - labelWidth, Math.ceil(layout.valueWidth) + 8);
    const cell = (paragraph: Paragraph, width: number) =>
      new TableCell({
        width: { size: twips(width), type: WidthType.DXA },
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        children: [paragraph],
      });
    out.push(
      new Table({
        alignment: AlignmentType.CENTER,
        width: { size: twips(labelWidth + valueWidth), type: WidthType.DXA },
        columnWidths: [twips(labelWidth), twips(valueWidth)],
        layout: TableLayoutType.FIXED,
        borders: NO_BORDERS,
        rows: lines.map(
          (line) =>
            new TableRow({
              children: [
                cell(
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    spacing: exact(26),
                    children: [textRun(`${line.label}${colon}`, { size: 12, color: COLOURS.muted })],
                  }),
                  labelWidth,
                ),
                cell(
                  new Paragraph({ spacing: exact(26), children: [textRun(line.value, { size: 12, bold: true })] }),
                  valueWidth,
                ),
              ],
            }),
        ),
      }),
    );
    y += lines.length * 26;
  }
  // The company at the foot of the page (a little above where the PDF has it, never on page 2).
  const foot = PAGE.height - 118 - 24;
  out.push(spacer(Math.max(12, foot - 12 - y)));
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...exact(20), before: twips(12) },
      border: { top: { style: BorderStyle.SINGLE, size: 5, color: COLOURS.rule, space: 8 } },
      children: [textRun(doc.company.name, { size: 12, bold: true })],
    }),
  );
  if (layout.contactLines.length > 0) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exact(15),
        children: layout.contactLines.map(
          (line, i) =>
            new TextRun({
              text: line,
              font: FONT,
              size: 18,
              color: COLOURS.muted,
              ...(i > 0 ? { break: 1 } : {}),
            }),
        ),
      }),
    );
  }
  return out;
}
