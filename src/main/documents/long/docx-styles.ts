import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';
import type { LongDocument } from '../../../shared/proposals/document';
import { FONT, runLanguage } from '../quote/docx/text';
import { COLOURS, GAPS, halfPoints, listMarker, listTextIndent, TYPE, twips, type TextSpec } from './geometry';

/**
 * The .docx's styles and numbering: Word's own Heading 1–3 styles carry the chapter and heading
 * numbers (1 / 1.1 / 1.1.1) through a multilevel numbering definition attached to them, so Word
 * and LibreOffice number the headings and build the table of contents from them; TOC 1–3 set the
 * contents as the PDF does; body, list, caption styles hold the type of geometry.ts (exact line
 * heights, so both documents break pages alike). Every style carries the document fonts (Latin
 * Arial, East Asian Microsoft YaHei) and the language (zh-CN for East Asian text).
 */

export const HEADING_NUMBERING = 'long-headings';
export const BULLETS = 'long-bullets';
export const NUMBERS = 'long-numbers';

export const STYLE = {
  body: 'LongBody',
  list: 'LongList',
  tableCaption: 'LongTableCaption',
  imageCaption: 'LongImageCaption',
  image: 'LongImage',
  cell: 'LongCell',
  contentsTitle: 'LongContentsTitle',
} as const;

/** Paragraph spacing and exact line height of a text spec. */
export function spacing(spec: TextSpec): {
  before: number;
  after: number;
  line: number;
  lineRule: typeof LineRuleType.EXACT;
} {
  return { before: twips(spec.before), after: twips(spec.after), line: twips(spec.line), lineRule: LineRuleType.EXACT };
}

function textStyle(
  id: string,
  name: string,
  spec: TextSpec,
  extra: { paragraph?: IParagraphStyleOptions['paragraph']; run?: IParagraphStyleOptions['run'] } = {},
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size: halfPoints(spec.size), bold: spec.bold, ...extra.run },
    paragraph: { spacing: spacing(spec), ...extra.paragraph },
  };
}

export function longStyles(doc: LongDocument): IStylesOptions {
  const zh = doc.locale !== 'en';
  const body = {
    alignment: zh ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
    widowControl: true,
  };
  const heading = (level: 1 | 2 | 3, spec: TextSpec, extra: IParagraphStyleOptions['paragraph'] = {}) =>
    textStyle(`Heading${level}`, `heading ${level}`, spec, {
      run: { color: COLOURS.accent },
      paragraph: {
        keepNext: true,
        keepLines: true,
        outlineLevel: level - 1,
        numbering: { reference: HEADING_NUMBERING, level: level - 1 },
        ...extra,
      },
    });
  return {
    default: {
      document: {
        run: { font: FONT, size: halfPoints(TYPE.body.size), color: COLOURS.text, language: runLanguage(doc.locale) },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      textStyle(STYLE.body, 'Body Text', TYPE.body, {
        paragraph: { ...body, indent: zh ? { firstLine: twips(GAPS.firstLineIndent) } : undefined },
      }),
      textStyle(STYLE.list, 'List Paragraph', TYPE.listItem, { paragraph: body }),
      heading(1, TYPE.chapter, {
        // The rule under the chapter title; its gap comes out of the space after.
        border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOURS.accent, space: 3 } },
        spacing: { ...spacing(TYPE.chapter), after: twips(TYPE.chapter.after - 4) },
      }),
      heading(2, TYPE.section),
      heading(3, TYPE.subsection),
      textStyle('TOC1', 'toc 1', TYPE.toc1),
      textStyle('TOC2', 'toc 2', TYPE.toc2, { paragraph: { indent: { left: twips(GAPS.listIndent) } } }),
      textStyle('TOC3', 'toc 3', TYPE.toc3, { paragraph: { indent: { left: twips(2 * GAPS.listIndent) } } }),
      textStyle(STYLE.contentsTitle, 'TOC Heading', TYPE.tocTitle, {
        run: { color: COLOURS.accent },
        paragraph: { alignment: AlignmentType.CENTER },
      }),
      textStyle(STYLE.tableCaption, 'Table Caption', TYPE.caption, {
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      }),
      textStyle(STYLE.imageCaption, 'Caption', TYPE.imageCaption, {
        run: { color: COLOURS.muted },
        paragraph: { alignment: AlignmentType.CENTER },
      }),
      {
        id: STYLE.image,
        name: 'Picture',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: twips(6), after: 0 } },
      },
      {
        id: STYLE.cell,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { font: FONT, size: halfPoints(9) },
        paragraph: { spacing: { before: 0, after: 0, line: twips(13.5), lineRule: LineRuleType.EXACT } },
      },
    ],
  };
}

/** Where a list level's text starts and how far its marker hangs in front of it, in twips. */
function listIndent(depth: number): { left: number; hanging: number } {
  return { left: twips(listTextIndent(depth)), hanging: twips(GAPS.listHanging) };
}

const LIST_DEPTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/**
 * The numbering definitions: the headings' 1 / 1.1 / 1.1.1, and bullets • ◦ ▪ and numbers 1. (1)
 * 1) by depth, as the PDF draws them (geometry.ts listMarker). `starts` are the first numbers of
 * ordered lists that do not start at 1, each given a definition of its own.
 */
export function longNumbering(starts: readonly number[]): INumberingOptions {
  const markerRun = { font: FONT, color: COLOURS.accent };
  const numbered = (reference: string, start: number) => ({
    reference,
    levels: LIST_DEPTHS.map((depth) => ({
      level: depth,
      format: LevelFormat.DECIMAL,
      text: listMarker(true, depth, 0).replace('0', `%${depth + 1}`),
      start: depth === 0 ? start : 1,
      alignment: AlignmentType.LEFT,
      style: { run: markerRun, paragraph: { indent: listIndent(depth) } },
    })),
  });
  return {
    config: [
      {
        reference: HEADING_NUMBERING,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: ['%1', '%1.%2', '%1.%2.%3'][level] ?? '%1',
          suffix: LevelSuffix.SPACE,
          alignment: AlignmentType.LEFT,
          isLegalNumberingStyle: true,
          style: { paragraph: { indent: { left: 0, hanging: 0 } } },
        })),
      },
      {
        reference: BULLETS,
        levels: LIST_DEPTHS.map((depth) => ({
          level: depth,
          format: LevelFormat.BULLET,
          text: listMarker(false, depth, 0),
          alignment: AlignmentType.LEFT,
          style: { run: markerRun, paragraph: { indent: listIndent(depth) } },
        })),
      },
      numbered(NUMBERS, 1),
      ...starts.map((start) => numbered(`${NUMBERS}-${start}`, start)),
    ],
  };
}
