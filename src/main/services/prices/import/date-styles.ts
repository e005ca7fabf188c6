/**
 * Only a cell's number format tells a date from a number: a cell refers to a cell format (xf) of
 * the styles part by index, and that names a number format, built in or written in the part.
 * The reader asks once per workbook which cell formats show a date, then one array look-up per
 * number cell.
 */

const CELL_FORMATS = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/;
const CELL_FORMAT = /<(?:\w+:)?xf\b([^>]*)>/g;
const NUMBER_FORMAT = /<(?:\w+:)?numFmt\b([^>]*)>/g;
const FORMAT_ID = /\bnumFmtId\s*=\s*["'](\d+)["']/;
const FORMAT_CODE = /\bformatCode\s*=\s*"([^"]*)"|\bformatCode\s*=\s*'([^']*)'/;
/** Excel's built-in date and time formats, including the Chinese ones (27–36, 50–58). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
]);
for (let id = 50; id <= 58; id++) BUILT_IN_DATES.add(id);
/** Quoted text, [colour]/[$-804] sections and escaped characters do not make a format a date. */
const NOT_FORMAT_LETTERS = /"[^"]*"|\[[^\]]*\]|\\./g;
const DATE_LETTERS = /[yd]/i;

function isDateFormat(code: string): boolean {
  return DATE_LETTERS.test(code.replace(NOT_FORMAT_LETTERS, ''));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Which cell formats (by index, as cells refer to them) show a date. */
export function dateCellFormats(stylesXml: string): boolean[] {
  const customDates = new Set<number>();
  for (const match of stylesXml.matchAll(NUMBER_FORMAT)) {
    const attributes = match[1] ?? '';
    const id = Number(FORMAT_ID.exec(attributes)?.[1]);
    const code = FORMAT_CODE.exec(attributes);
    if (code && isDateFormat(decodeEntities(code[1] ?? code[2] ?? ''))) customDates.add(id);
  }
  const section = CELL_FORMATS.exec(stylesXml)?.[1] ?? '';
  return [...section.matchAll(CELL_FORMAT)].map((match) => {
    const id = Number(FORMAT_ID.exec(match[1] ?? '')?.[1] ?? 0);
    return BUILT_IN_DATES.has(id) || customDates.has(id);
  });
}
