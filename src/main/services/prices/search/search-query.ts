/**
 * What the user typed, split on spaces into terms that must all match, each with the forms the
 * different keys are compared in — and the SQL that tests one term against one row of
 * price_items (alias `i`).
 *
 * Codes and pinyin initials are compared NFKC-normalised (full-width ＥＲＰ = ERP), since their
 * keys are stored normalised. Names and specifications are stored as entered, usually with
 * full-width Chinese punctuation (实施服务（高级顾问）): a term matches them as typed or in its
 * NFKC form, so both 服务（高级 and ＥＲＰ find what they should.
 */
import { codeKey } from './search-index';

export interface SearchTerm {
  /** As typed and NFKC-normalised (one entry when equal): what name and specification may contain. */
  forms: string[];
  /** The forms lower-cased, for comparing with lower-cased names in JavaScript. */
  lowerForms: string[];
  /** NFKC form, lower-cased: compared with pinyin initials. */
  lower: string;
  /** NFKC form, upper-cased: compared with code_key. */
  upper: string;
  /** In characters, not UTF-16 units, of the shortest form: the trigram index needs 3 or more. */
  length: number;
  /** Only ASCII-only terms are compared with codes (ERP-SD-001) and pinyin initials. */
  ascii: boolean;
  /** Pinyin initials hold only a–z and 0–9, so a term with anything else cannot match them. */
  pinyin: boolean;
}

export interface SearchQuery {
  /** The whole query as a code key, for the exact-code match (a code may contain spaces). */
  key: string;
  terms: SearchTerm[];
}

/** The trigram tokenizer matches substrings of at least this many characters. */
export const FTS_MIN_LENGTH = 3;

export function parseQuery(text: string): SearchQuery {
  // JavaScript's \s includes the ideographic space U+3000 that Chinese input methods type.
  const terms = text
    .trim()
    .split(/\s+/u)
    .filter((typed) => typed.length > 0)
    .map((typed): SearchTerm => {
      const normalized = typed.normalize('NFKC');
      const forms = normalized === typed ? [typed] : [typed, normalized];
      const lower = normalized.toLowerCase();
      return {
        forms,
        lowerForms: forms.map((form) => form.toLowerCase()),
        lower,
        upper: normalized.toUpperCase(),
        length: Math.min(...forms.map((form) => [...form].length)),
        ascii: /^[\x20-\x7e]+$/.test(normalized),
        pinyin: /^[a-z0-9]+$/.test(lower),
      };
    });
  return { key: codeKey(text), terms };
}

/** An SQL fragment with its positional parameters. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

// Sorts after every string that starts with the prefix (SQLite compares UTF-8 bytes).
const AFTER_PREFIX = '\u{10FFFF}';

/** Rows whose code_key starts with the term — a range, so the (version_id, code_key) index serves it. */
export function codePrefix(term: SearchTerm): SqlCondition {
  return { sql: '(i.code_key >= ? AND i.code_key < ?)', params: [term.upper, term.upper + AFTER_PREFIX] };
}

export function pinyinPrefix(term: SearchTerm): SqlCondition {
  return {
    sql: '(i.pinyin_initials >= ? AND i.pinyin_initials < ?)',
    params: [term.lower, term.lower + AFTER_PREFIX],
  };
}

export function pinyinContains(term: SearchTerm): SqlCondition {
  return { sql: 'instr(i.pinyin_initials, ?) > 0', params: [term.lower] };
}

/** LIKE is case-insensitive for ASCII letters; % and _ typed by the user are taken literally. */
export function likeContaining(form: string): string {
  return `%${form.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Name or specification containing the term (LIKE measured as fast as instr() here, and folds ASCII case). */
export function columnContains(column: 'name' | 'spec', term: SearchTerm): SqlCondition {
  return anyOf(term.forms.map((form) => ({ sql: `i.${column} LIKE ? ESCAPE '\\'`, params: [likeContaining(form)] })));
}

/** The term as an FTS5 expression: quoted phrases, so AND, OR, NEAR, * and ^ are plain text. */
export function ftsPhrase(term: SearchTerm): string {
  const phrases = term.forms.map((form) => `"${form.replace(/"/g, '""')}"`);
  return phrases.length === 1 ? (phrases[0] ?? '') : `(${phrases.join(' OR ')})`;
}

/**
 * One term against one row: code prefix (ASCII terms), name or specification containing it,
 * pinyin initials containing it. `containment` chooses how name/spec are tested for long terms:
 * through the FTS index (a whole list is being filtered) or with LIKE (a few rows are being
 * checked, where a LIKE per row is cheaper than collecting every FTS hit).
 */
export function termCondition(term: SearchTerm, containment: 'fts' | 'like'): SqlCondition {
  const parts: SqlCondition[] = [];
  if (term.ascii) parts.push(codePrefix(term));
  if (containment === 'fts' && term.length >= FTS_MIN_LENGTH) {
    parts.push({
      sql: 'i.id IN (SELECT rowid FROM price_items_fts WHERE price_items_fts MATCH ?)',
      params: [ftsPhrase(term)],
    });
  } else {
    parts.push(columnContains('name', term), columnContains('spec', term));
  }
  if (term.pinyin) parts.push(pinyinContains(term));
  return anyOf(parts);
}

export function anyOf(parts: SqlCondition[]): SqlCondition {
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
}

export function allOf(parts: SqlCondition[]): SqlCondition {
  if (parts.length === 0) return { sql: '1', params: [] };
  return { sql: `(${parts.map((p) => p.sql).join(' AND ')})`, params: parts.flatMap((p) => p.params) };
}
