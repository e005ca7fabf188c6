import { isMergeField, MERGE_FIELD, type MergeValues } from './merge-fields';

/**
 * A document's title as the reader sees it — in lists, the CLI, the window title and file
 * names. Titles are stored as written ("{{customer.shortName}} 分销行业解决方案建议书") and shown
 * filled in ("四海商贸 分销行业解决方案建议书"):
 *
 * - a field with a value is replaced by it;
 * - an unknown field (a typo) stays as written, so the mistake can be seen and fixed;
 * - a known field without a value disappears, and the spaces around it are tidied
 *   ("{{customer.shortName}} 建议书" without a customer → "建议书");
 * - `{{proposal.title}}` inside the title itself has no value to give and stays as written.
 *
 * The export is stricter: it refuses a document with an unknown or empty field (mergeText).
 */
export function resolveTitle(template: string, values: MergeValues): string {
  // Where a field was removed, this mark holds its place until the spaces around it are tidied.
  const REMOVED = '\u{E000}';
  let removedAny = false;
  const filled = template.replace(MERGE_FIELD, (written: string, field: string) => {
    if (!isMergeField(field) || field === 'proposal.title') return written;
    const value = values[field];
    if (value !== undefined && value.trim() !== '') return value;
    removedAny = true;
    return REMOVED;
  });
  if (!removedAny) return filled;
  // A removed field with spaces on either side leaves one space; squeezed between two words, none.
  return filled.replace(/\s*\u{E000}[\s\u{E000}]*/gu, (run) => (/\s/u.test(run) ? ' ' : '')).trim();
}

const MAX_FILE_NAME = 80;
/** Names Windows keeps for devices: "CON.pdf" cannot be created there. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name from a (resolved) title that every file system accepts: characters Windows, macOS
 * or Linux refuse (\ / : * ? " < > | and control characters) become "_"; runs of spaces, tabs
 * and line breaks become one space; leading and trailing dots and spaces go (Windows drops them,
 * a leading dot hides the file); at most 80 characters (whole characters, never half a surrogate
 * pair); never a reserved device name; `fallback` when nothing is left.
 */
export function documentFileName(title: string, extension: string, fallback: string): string {
  const tidy = (text: string) =>
    [...text.replace(/\s+/gu, ' ')]
      .map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? '_' : ch))
      .join('')
      .replace(/^[ .]+|[ .]+$/gu, '');
  let base = tidy([...tidy(title)].slice(0, MAX_FILE_NAME).join(''));
  if (base === '') base = tidy(fallback) || 'document';
  if (RESERVED.test(base)) base = `_${base}`;
  return `${base}.${extension}`;
}
