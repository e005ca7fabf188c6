/**
 * The text a cell shows, as the importer compares and parses it, from the values a worksheet
 * stores: numbers as Excel displays them, dates as YYYY-MM-DD, strings without the file's
 * escapes. Every function returns null for a cell that shows nothing.
 */

/**
 * 15 significant digits, as Excel shows them: a formula's 1288.4999999999998 reads 1288.5, so
 * the exact money parser sees what the user sees.
 */
export function numberText(value: number): string {
  const plain = String(value);
  // Up to 15 characters there are at most 15 digits: already what toPrecision(15) would give.
  return plain.length <= 15 ? plain : String(Number(value.toPrecision(15)));
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Serial day 25569 is 1970-01-01 in the 1900 date system; the 1904 system counts 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;

/** A date cell's serial number (days, the fraction is the time of day) as YYYY-MM-DD. */
export function serialDateText(serial: number, date1904: boolean): string | null {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * DAY_MS));
  if (Number.isNaN(date.getTime())) return null;
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${date.getUTCFullYear()}-${month}-${day}`;
}

/** A cell of type "d" holds an ISO 8601 date (2026-01-15T00:00:00): its date part. */
export function isoDateText(text: string): string | null {
  const date = /^\s*(\d{4}-\d{2}-\d{2})/.exec(text);
  return date?.[1] ?? textOrNull(text);
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * A string as the cell shows it, or null when empty. Excel writes characters XML cannot hold as
 * _xHHHH_ (a line break's carriage return: _x000D_; a literal "_x" itself: _x005F_x).
 */
export function textOrNull(text: string): string | null {
  if (text === '') return null;
  const unescaped = text.includes('_x')
    ? text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
  return detached(unescaped);
}

/**
 * A copy of a longer string that does not keep the parser's chunk alive. V8 makes a substring
 * of 13 or more characters a view into its parent, and cell strings are substrings of 256 KB
 * chunks of sheet XML: kept in 100,000 rows they would hold the whole part in memory.
 * Concatenating and slicing again leaves a view into a new, one-character-longer string instead.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
