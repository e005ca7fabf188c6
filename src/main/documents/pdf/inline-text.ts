import { lineBreakTokens } from './line-break';

/**
 * Line setting for running text with bold and italic spans (paragraphs, list items, callouts of
 * long documents): a pure function of the spans, the width and a way to measure a piece of text,
 * like line-break.ts is for single-style table cells, and following the same rules:
 *
 * - a line may break between two CJK characters, at a space, and between CJK and Latin text; a
 *   Latin word or number is not broken (unless it alone is wider than the line), also where it
 *   changes style in the middle ("**ERP**-SD");
 * - closing punctuation （，。、；：？！）》 …) never starts a line and opening punctuation
 *   （（《“ …) never ends one: the piece before (or the opening mark) moves down with it — unless
 *   a full-width mark fits by half, its empty half in the margin (行末标点挤压);
 * - spaces at a break disappear; "\n" (a hard break) always breaks.
 *
 * Lines may be justified (Chinese text is set flush on both sides, 两端对齐): the room left on a
 * line is shared out between its pieces, except on the last line of a paragraph and before a hard
 * break.
 */

/** Never at the start of a line (as line-break.ts). */
const NO_START = new Set([...'，。、；：？！）】》」』〕〉”’…‥·％‰,.;:?!)]}%']);
/** Never at the end of a line. */
const NO_END = new Set([...'（【《「『〔〈“‘([{¥$']);
/**
 * Full-width closing punctuation: its mark sits in the left half of its square, so at the end of
 * a line the empty half may stand in the margin (行末标点挤压, as Word and LibreOffice do) rather
 * than the mark and the character before it moving down.
 */
const SQUEEZABLE = new Set([...'，。、；：？！）】》」』〕〉”’']);

export interface InlineSpan {
  /** "\n" is a hard line break. */
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface SetPiece {
  text: string;
  bold: boolean;
  italic: boolean;
  /** From the start of the line (indent included). */
  x: number;
  width: number;
}

export interface SetLine {
  pieces: SetPiece[];
  /** Where the last piece ends. */
  width: number;
}

export interface InlineSetting {
  width: number;
  /** Indent of the first line (首行缩进). */
  firstIndent?: number;
  justify?: boolean;
  /** Width of `text` in the regular or the bold font, at the size the text is set in. */
  measure: (text: string, bold: boolean) => number;
}

interface Token {
  text: string;
  bold: boolean;
  italic: boolean;
  width: number;
  space: boolean;
  /** No break allowed between this token and the one before. */
  glued: boolean;
  /** Space before the token unless it starts a line (between Chinese and Latin text). */
  lead: number;
  /** A hard break follows the token's line end (set on a break marker token). */
  hardBreak?: boolean;
}

function firstChar(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function lastChar(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  // A low surrogate ends a character of two code units.
  return last >= 0xdc00 && last <= 0xdfff ? text.slice(-2) : text.slice(-1);
}

function isCjk(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code >= 0x20000
  );
}

/** A Chinese character or kana (not punctuation). */
function isIdeograph(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code >= 0x20000
  );
}

/**
 * A Chinese character next to a Latin letter or digit: set a quarter em apart, as Word and
 * LibreOffice do by default (autoSpaceDE / autoSpaceDN), without a typed space.
 */
function mixedScripts(before: string, after: string): boolean {
  const latin = /^[A-Za-z0-9]$/;
  return (isIdeograph(before) && latin.test(after)) || (latin.test(before) && isIdeograph(after));
}

/** Part of a word: not a space and not a CJK character. */
function wordChar(char: string): boolean {
  return char !== '' && char !== ' ' && !isCjk(char);
}

/** The spans as tokens, each hard break as a marker token with `hardBreak`. */
function tokenize(spans: readonly InlineSpan[], setting: InlineSetting): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  for (const span of spans) {
    const bold = span.bold ?? false;
    const italic = span.italic ?? false;
    span.text.split('\n').forEach((segment, index) => {
      if (index > 0) {
        tokens.push({ text: '', bold, italic, width: 0, space: false, glued: false, lead: 0, hardBreak: true });
        previous = undefined;
      }
      for (const raw of lineBreakTokens(segment)) {
        const space = raw.trim() === '';
        const glued = !space && previous !== undefined && wordChar(lastChar(previous.text)) && wordChar(firstChar(raw));
        // Pieces of an overlong word fit the (indented) first line too.
        const room = setting.width - (setting.firstIndent ?? 0);
        const pieces = space ? [raw] : splitWide(raw, room, (s) => setting.measure(s, bold));
        const lead =
          !space && previous && !previous.space && mixedScripts(lastChar(previous.text), firstChar(raw))
            ? setting.measure('\u4e2d', false) / 4
            : 0;
        pieces.forEach((text, i) => {
          const token: Token = {
            text,
            bold,
            italic,
            width: setting.measure(text, bold),
            space,
            glued: glued || i > 0,
            lead: i === 0 ? lead : 0,
          };
          tokens.push(token);
          previous = token;
        });
      }
    });
  }
  return tokens;
}

/** A word wider than the line, in pieces that fit (at least one character each). */
function splitWide(token: string, maxWidth: number, width: (s: string) => number): string[] {
  if (width(token) <= maxWidth) return [token];
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

interface RawLine {
  tokens: Token[];
  /** Ends a paragraph or comes before a hard break: not justified. */
  last: boolean;
}

/** Width of tokens set on one line (the first one's lead dropped). */
function sum(tokens: readonly Token[]): number {
  return tokens.reduce((total, t, i) => total + t.width + (i > 0 ? t.lead : 0), 0);
}

function trimEnd(tokens: Token[]): void {
  while (tokens.length > 0 && tokens.at(-1)?.space) tokens.pop();
}

/** How many tokens at the end of `line` must move down with `next` so that no rule is broken. */
function carryCount(line: readonly Token[], next: Token): number {
  let count = 0;
  let follower = next;
  for (;;) {
    const index = line.length - 1 - count;
    const before = line[index];
    if (!before || index === 0) return count;
    const mustCarry = follower.glued || NO_START.has(firstChar(follower.text)) || NO_END.has(lastChar(before.text));
    if (!mustCarry) return count;
    count += 1;
    follower = before;
  }
}

function breakTokens(tokens: readonly Token[], setting: InlineSetting): RawLine[] {
  const lines: RawLine[] = [];
  let line: Token[] = [];
  let used = setting.firstIndent ?? 0;
  const push = (last: boolean) => {
    trimEnd(line);
    lines.push({ tokens: line, last });
    line = [];
    used = 0;
  };
  for (const token of tokens) {
    if (token.hardBreak) {
      push(true);
      continue;
    }
    if (token.space && line.length === 0) continue;
    const lead = line.length > 0 ? token.lead : 0;
    const fits = used + lead + token.width <= setting.width + 0.001;
    const squeezed =
      !fits && line.length > 0 && SQUEEZABLE.has(token.text) && used + lead + token.width / 2 <= setting.width + 0.001;
    if (token.space || line.length === 0 || fits || squeezed) {
      line.push(token);
      used += lead + token.width;
      continue;
    }
    // Break before `token`; carry down what must not be parted from it, if it then fits.
    trimEnd(line);
    const count = carryCount(line, token);
    let carried: Token[] = [];
    if (count > 0 && sum([...line.slice(-count), token]) <= setting.width) carried = line.splice(-count);
    push(false);
    line = [...carried, token];
    used = sum(line);
  }
  // The last line; an empty one for an empty paragraph or after a final hard break.
  if (line.length > 0 || lines.length === 0 || lines.at(-1)?.last) push(true);
  return lines;
}

/** Sets `spans` in lines no wider than `setting.width`. */
export function setInline(spans: readonly InlineSpan[], setting: InlineSetting): SetLine[] {
  const raw = breakTokens(tokenize(spans, setting), setting);
  return raw.map((line, index) => {
    const indent = index === 0 ? (setting.firstIndent ?? 0) : 0;
    const natural = sum(line.tokens);
    const gaps = line.tokens.length - 1;
    let extra = 0;
    if (setting.justify && !line.last && gaps > 0) {
      let room = setting.width - indent - natural;
      // A line ending in squeezed punctuation: its empty half goes into the margin.
      const last = line.tokens.at(-1);
      if (room < 0 && last && SQUEEZABLE.has(last.text)) room += last.width / 2;
      // Share out the room unless that would open wide holes (a line cut short by a long word).
      const perGap = room / gaps;
      if (room > 0 && perGap <= setting.measure('中', false) * 0.6) extra = perGap;
    }
    let x = indent;
    const pieces = line.tokens.map((token, i): SetPiece => {
      if (i > 0) x += token.lead + extra;
      const piece = { text: token.text, bold: token.bold, italic: token.italic, x, width: token.width };
      x += token.width;
      return piece;
    });
    return { pieces, width: x };
  });
}
