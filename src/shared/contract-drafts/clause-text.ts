import type { Locale } from '../locale';
import type { ArticleBlock } from './document';

/**
 * A clause body (plain text, one paragraph per line — see types.ts) → numbered blocks. The
 * numbering here is the typed form used by the PDF and the screen; the .docx gets the same
 * structure as real Word numbering.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九 (articles never reach 100). */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`article number out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tenText = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return `${tenText}${ones === 0 ? '' : DIGITS[ones]}`;
}

/** "第一条" / "Article 1" */
export function articleNumber(index: number, locale: Locale): string {
  return locale === 'zh-CN' ? `第${chineseCount(index)}条` : `Article ${index}`;
}

/** (1), (2) … in Chinese; (a), (b) … in English. */
export function itemNumber(index: number, locale: Locale): string {
  if (locale === 'zh-CN') return `（${index}）`;
  return `(${String.fromCharCode(96 + ((index - 1) % 26) + 1)})`;
}

export const TABLE_FIELDS = { '{{table.schedule}}': 'schedule', '{{table.milestones}}': 'milestones' } as const;

export type BodyLine =
  | { kind: 'sub'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'plain'; text: string }
  | { kind: 'table'; table: 'schedule' | 'milestones' };

/** Splits a body into its lines, by kind; blank lines are dropped. */
export function bodyLines(body: string): BodyLine[] {
  return body
    .split(/\r?\n/)
    .map((raw) => raw.trim())
    .filter((line) => line !== '')
    .map((line): BodyLine => {
      const table = (TABLE_FIELDS as Record<string, 'schedule' | 'milestones'>)[line.replace(/\s+/g, '')];
      if (table) return { kind: 'table', table };
      if (line.startsWith('- ') || line.startsWith('-\t')) return { kind: 'item', text: line.slice(2).trim() };
      if (line.startsWith('> ')) return { kind: 'plain', text: line.slice(2).trim() };
      return { kind: 'sub', text: line };
    });
}

/** The numbered blocks of article `articleIndex` (1-based). */
export function articleBlocks(body: string, articleIndex: number, locale: Locale): ArticleBlock[] {
  const lines = bodyLines(body);
  const numberSubs = lines.filter((line) => line.kind === 'sub').length > 1;
  let sub = 0;
  let item = 0;
  return lines.map((line): ArticleBlock => {
    switch (line.kind) {
      case 'table':
        return { kind: 'table', table: line.table };
      case 'plain':
        return { kind: 'paragraph', level: 0, number: '', text: line.text };
      case 'item':
        item += 1;
        return { kind: 'paragraph', level: 2, number: itemNumber(item, locale), text: line.text };
      case 'sub':
        item = 0;
        if (!numberSubs) return { kind: 'paragraph', level: 0, number: '', text: line.text };
        sub += 1;
        return { kind: 'paragraph', level: 1, number: `${articleIndex}.${sub}`, text: line.text };
    }
  });
}
