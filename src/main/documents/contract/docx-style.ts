import {
  AlignmentType,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import type { Locale } from '../../../shared/locale';
import { FONT, runLanguage } from '../quote/docx/text';

/**
 * The contract .docx's typography, page and article numbering. Fonts are the quote's and the long
 * documents' (Latin Arial, East Asian Microsoft YaHei, set on every run), body text is 五号
 * (10.5 pt), and the articles are numbered by one Word multilevel list: 第一条 / 1.1 / （1） in
 * Chinese, Article 1 / 1.1 / (a) in English, so numbers follow when legal inserts or moves a clause.
 */

export { FONT };

/** Sizes in half-points. */
export const SIZE = {
  body: 21,
  table: 18,
  small: 16,
  heading: 22,
  title: 36,
} as const;

/** Hex colours without '#'. */
export const COLOR = {
  text: '1F2328',
  muted: '6B7280',
  accent: '1F4E79',
  rule: 'A9B4C2',
  headFill: 'E3EAF3',
  labelFill: 'F2F5F9',
  totalFill: 'FAFBFC',
  deleted: 'C00000',
  inserted: '1F5FBF',
} as const;

/** A4 in twips with 2.5 cm margins: room for Word's comment balloons beside the text. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1418,
  marginBottom: 1304,
  marginSide: 1418,
  header: 680,
  footer: 624,
} as const;

/** Width between the side margins, in twips. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginSide;

/** Three characters of body text (10.5 pt): where sub-clause text starts; items hang as much again. */
export const INDENT = { sub: 630, item: 630 } as const;

export const ARTICLE_NUMBERING = 'contract-articles';

export function colon(locale: Locale): string {
  return locale === 'en' ? ': ' : '：';
}

/**
 * One abstract numbering, three levels: the article heading (第%1条 in Chinese counting / Article
 * %1), the sub-clause %1.%2 — legal style (isLgl), so it reads 1.1 under 第一条 — and the item
 * （%3） / (%3) in lower-case letters. Each level restarts under the one above (Word's default).
 */
export function articleNumbering(locale: Locale): INumberingOptions {
  const zh = locale !== 'en';
  return {
    config: [
      {
        reference: ARTICLE_NUMBERING,
        levels: [
          {
            level: 0,
            format: zh ? LevelFormat.CHINESE_COUNTING : LevelFormat.DECIMAL,
            text: zh ? '第%1条' : 'Article %1',
            suffix: LevelSuffix.SPACE,
            alignment: AlignmentType.LEFT,
            style: {
              run: { font: FONT, bold: true, size: SIZE.heading },
              paragraph: { indent: { left: 0, hanging: 0 } },
            },
          },
          {
            level: 1,
            format: LevelFormat.DECIMAL,
            text: '%1.%2',
            isLegalNumberingStyle: true,
            suffix: LevelSuffix.TAB,
            alignment: AlignmentType.LEFT,
            style: {
              run: { font: FONT },
              paragraph: { indent: { left: INDENT.sub, hanging: INDENT.sub } },
            },
          },
          {
            level: 2,
            format: zh ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
            text: zh ? '（%3）' : '(%3)',
            suffix: LevelSuffix.TAB,
            alignment: AlignmentType.LEFT,
            style: {
              run: { font: FONT },
              paragraph: { indent: { left: INDENT.sub + INDENT.item, hanging: INDENT.item } },
            },
          },
        ],
      },
    ],
  };
}

/** Document defaults: the fonts, 10.5 pt, the language (East Asian zh-CN), 1.25 line spacing. */
export function contractStyles(locale: Locale): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, color: COLOR.text, language: runLanguage(locale) },
        paragraph: { spacing: { after: 0, line: 300, lineRule: LineRuleType.AUTO } },
      },
    },
  };
}
