/**
 * Line breaking for mixed Chinese and Latin text in narrow table cells: a pure function of the
 * text, the width, and a way to measure a piece of text, so the same lines are measured and drawn,
 * and the rules are tested without a PDF.
 *
 * Rules (the common 避头尾 practice of Chinese typesetting, simplified):
 * - a line may break between two CJK characters, at a space, and between CJK and Latin text;
 * - a Latin word or number ("ERP-SD-001", "1,280.00") is not broken, unless it alone is wider
 *   than the line;
 * - closing punctuation （，。、；：？！）》」 …) never starts a line (the piece before it moves
 *   down with it), opening punctuation（（《「 …) never ends one, and a short bracketed group
 *   ("（87.5折）") is not broken — each as long as what moves down still fits on a line;
 * - spaces at a break disappear; "\n" always breaks.
 */

/** Never at the start of a line. */
const NO_START = new Set([...'，。、；：？！）】》」』〕〉”’…‥·％‰,.;:?!)]}%']);
/** Never at the end of a line. */
const NO_END = new Set([...'（【《「『〔〈“‘([{¥$']);
/** Brackets whose short groups ("（87.5折）") are kept on one line. */
const OPENING = new Set([...'（【《「『〔〈“‘([{']);
const CLOSING = new Set([...'）】》」』〕〉”’)]}']);
/** How many pieces back an open bracket is looked for (longer groups may be broken). */
const GROUP = 6;

/** The first character of `text` ('' for ''). */
function firstChar(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last character of `text` ('' for ''). */
function lastChar(text: string): string {
  return Array.from(text).at(-1) ?? '';
}

function isCjk(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // radicals, punctuation, kana, unified ideographs
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // compatibility forms
    (code >= 0xff00 && code <= 0xffef) || // full-width forms
    code >= 0x20000 // supplementary ideographs
  );
}

/**
 * Pieces that are never split: one CJK character, a run of other non-space characters (a Latin
 * word with its punctuation), or a run of spaces.
 */
export function lineBreakTokens(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  let spaces = '';
  const flush = () => {
    if (word) tokens.push(word);
    if (spaces) tokens.push(spaces);
    word = '';
    spaces = '';
  };
  for (const char of text) {
    if (char === ' ') {
      if (word) flush();
      spaces += char;
    } else if (isCjk(char)) {
      flush();
      tokens.push(char);
    } else {
      if (spaces) flush();
      word += char;
    }
  }
  flush();
  return tokens;
}

/** Index of an opening bracket among the line's last GROUP pieces that the line does not close; -1 if none. */
function unclosedBracket(line: string[]): number {
  for (let i = line.length - 1; i >= Math.max(0, line.length - GROUP); i--) {
    const piece = line[i] ?? '';
    if (CLOSING.has(lastChar(piece))) return -1;
    if (OPENING.has(firstChar(piece))) return i;
  }
  return -1;
}

/** Splits a token wider than the line into pieces that fit (at least one character each). */
function splitWide(token: string, maxWidth: number, width: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of token) {
    if (piece !== '' && width(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function breakParagraph(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const tokens = lineBreakTokens(text).flatMap((t) =>
    t.trim() !== '' && width(t) > maxWidth ? splitWide(t, maxWidth, width) : [t],
  );
  const lines: string[][] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const token of tokens) {
    const isSpace = token.trim() === '';
    if (isSpace && line.length === 0) continue;
    const tokenWidth = width(token);
    if (isSpace || lineWidth + tokenWidth <= maxWidth || line.length === 0) {
      line.push(token);
      lineWidth += tokenWidth;
      continue;
    }
    // Break before `token`. Carry down what must not be separated from it, if it still fits.
    while (line.length > 0 && (line.at(-1) ?? '').trim() === '') line.pop();
    const carried: string[] = [];
    const carry = (from: number) => {
      const moved = line.slice(from);
      if (from > 0 && [...moved, ...carried, token].reduce((sum, t) => sum + width(t), 0) <= maxWidth) {
        carried.unshift(...line.splice(from));
      }
    };
    if (NO_START.has(firstChar(token))) carry(line.length - 1);
    carry(unclosedBracket(line));
    while (line.length > 1 && NO_END.has(lastChar(line.at(-1) ?? '')) && carried.length < GROUP) {
      const before = line.length;
      carry(line.length - 1);
      if (line.length === before) break;
    }
    lines.push(line);
    line = [...carried, token];
    lineWidth = line.reduce((sum, t) => sum + width(t), 0);
  }
  while (line.length > 0 && (line.at(-1) ?? '').trim() === '') line.pop();
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((l) => l.join(''));
}

/**
 * The lines `text` is set in, none wider than `maxWidth` (unless a single character is).
 * `width` measures a string in the font and size the text is set in.
 */
export function breakLines(text: string, maxWidth: number, width: (s: string) => number): string[] {
  return text.split('\n').flatMap((paragraph) => breakParagraph(paragraph, maxWidth, width));
}
