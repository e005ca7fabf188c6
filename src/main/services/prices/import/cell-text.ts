import type { CellValue } from 'exceljs';

/**
 * The text a cell shows, as the importer compares and parses it: every kind of exceljs value
 * becomes a string, or null when the cell is empty.
 */
export function cellText(value: CellValue): string | null {
  switch (typeof value) {
    case 'string':
      return value === '' ? null : detached(value);
    case 'number':
      return numberText(value);
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    case 'object':
      return value === null ? null : objectText(value);
    default:
      return null;
  }
}

/**
 * A copy of a longer string that does not keep the parser's whole chunk alive. V8 makes a
 * substring of 13 or more characters a view into its parent, and exceljs's inline strings are
 * substrings of 16 KB pieces of sheet XML: kept in 100,000 rows they held ~90 MB of XML
 * (measured). Concatenating and slicing again leaves a view into a new, one-character-longer
 * string instead.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * 15 significant digits, as Excel shows them: a formula's 1288.4999999999998 reads 1288.5, so
 * the exact money parser sees what the user sees. NaN is a formula whose cached result was an
 * error value (the streaming reader does not keep which one).
 */
function numberText(value: number): string {
  if (Number.isNaN(value)) return FORMULA_ERROR;
  const plain = String(value);
  // Up to 15 characters there are at most 15 digits: already what toPrecision(15) would give.
  return plain.length <= 15 ? plain : String(Number(value.toPrecision(15)));
}

/** Shown for a formula that evaluated to an error (#N/A, #REF!…). */
export const FORMULA_ERROR = '#ERROR!';

function objectText(value: Exclude<CellValue, null | undefined | string | number | boolean>): string | null {
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return emptyToNull(value.richText.map((run) => run.text ?? '').join(''));
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? null : cellText(value.result);
  }
  if ('hyperlink' in value) return hyperlinkText(value.text);
  return null;
}

/** A hyperlink's text may itself be rich text. */
function hyperlinkText(text: unknown): string | null {
  if (typeof text === 'string') return emptyToNull(text);
  if (text && typeof text === 'object' && 'richText' in text && Array.isArray(text.richText)) {
    return emptyToNull(text.richText.map((run: { text?: string }) => run.text ?? '').join(''));
  }
  return null;
}

function emptyToNull(text: string): string | null {
  return text === '' ? null : text;
}

/** Dates as YYYY-MM-DD; exceljs gives Excel's serial dates as UTC midnight. */
function dateText(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${date.getUTCFullYear()}-${month}-${day}`;
}
