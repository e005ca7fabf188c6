import { BorderStyle, LineRuleType, Paragraph, TextRun, type IBorderOptions, type ParagraphChild } from 'docx';
import type { Inline } from '../../../shared/rich-text';
import { FONT } from '../quote/docx/text';
import { halfPoints, twips } from './geometry';

/** Runs of text in the document fonts, and the small paragraphs every block kind shares. */

export interface RunStyle {
  bold?: boolean;
  color?: string;
  size?: number;
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Table borders that draw nothing: callouts and key figures. */
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** A run of text in the document fonts. */
export function textRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    bold: style.bold,
    color: style.color,
    size: style.size === undefined ? undefined : halfPoints(style.size),
  });
}

/** Inline rich text as runs: bold and italic marks, hard breaks. */
export function inlineRuns(content: readonly Inline[] | undefined, style: RunStyle = {}): ParagraphChild[] {
  return (content ?? []).map((node) =>
    node.type === 'hardBreak'
      ? new TextRun({ break: 1, font: FONT })
      : new TextRun({
          text: node.text,
          font: FONT,
          bold: style.bold || node.marks?.some((m) => m.type === 'bold') || undefined,
          italics: node.marks?.some((m) => m.type === 'italic') || undefined,
          color: style.color,
        }),
  );
}

/** An empty paragraph exactly `points` tall: the gap under a table (and between two tables). */
export function gap(points: number): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: twips(points), lineRule: LineRuleType.EXACT } });
}
