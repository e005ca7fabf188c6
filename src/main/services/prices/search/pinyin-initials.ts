/**
 * Pinyin initials for search: '销售管理' → 'xsgl', 'CRM 客户管理' → 'crmkhgl'.
 *
 * pinyin-pro converts a whole string in ~1 µs per character (~13 µs per item name, 1.3 s for a
 * 100,000-row import), so it is asked about each character once and the answer is kept in a
 * table indexed by UTF-16 code unit; a name then costs one table read per character.
 *
 * Polyphonic characters whose readings start with different letters (行 xíng/háng, 会 huì/kuài,
 * 调 tiáo/diào, 重 zhòng/chóng…) are not looked up alone: their reading depends on the word they
 * are in (银行 yh, 会计 kj, 调拨 db, 重庆 cq). For those, pinyin-pro reads the character together
 * with its neighbouring Han characters (its word dictionary picks the reading) and the answer is
 * memoised per such three-character window — a catalogue repeats its words, so only a few hundred
 * windows are ever converted. Polyphones whose readings share the initial (数 shù/shuò) need no
 * context. Only one reading is indexed: typing the initials of the other reading (yx for 银行)
 * does not match.
 */
import { createRequire } from 'node:module';

// pinyin-pro (its dictionary takes 0.1–0.2 s to load) is required on the first lookup, not at
// start: a process that only reads — `presales quote show`, `prices search` — never loads it.
const requireFromHere = createRequire(import.meta.url);
let loaded: typeof import('pinyin-pro') | null = null;
function pinyinPro(): typeof import('pinyin-pro') {
  loaded ??= requireFromHere('pinyin-pro') as typeof import('pinyin-pro');
  return loaded;
}

const FIRST_LETTER = { pattern: 'first', toneType: 'none', type: 'array' } as const;
const FIRST_LETTERS_OF_ALL_READINGS = { ...FIRST_LETTER, multiple: true } as const;

// Per-code-unit table: 0 = not looked up yet, NONE = no initial (not Han, or unknown to
// pinyin-pro), otherwise the initial's char code, with CONTEXTUAL set when the readings disagree.
const NONE = 1;
const CONTEXTUAL = 0x80;
const initials = new Uint8Array(0x10000);

/** Windows around contextual characters → the character's initial in that window. */
const contextual = new Map<string, string>();
// Bounded so that a long-running app converting arbitrary text cannot grow it without limit.
const MAX_CONTEXT_WINDOWS = 50_000;

export function pinyinInitials(text: string): string {
  const normalized = text.normalize('NFKC');
  let out = '';
  for (let k = 0; k < normalized.length; k++) {
    const unit = normalized.charCodeAt(k);
    if (unit < 0x80) {
      out += asciiKept(unit);
      continue;
    }
    const entry = entryOf(unit);
    if (entry === NONE) continue;
    out += entry & CONTEXTUAL ? initialInContext(normalized, k, entry) : String.fromCharCode(entry);
  }
  return out;
}

/** Letters lower-cased, digits kept, everything else (spaces, punctuation) dropped. */
function asciiKept(unit: number): string {
  if (unit >= 0x61 && unit <= 0x7a) return String.fromCharCode(unit);
  if (unit >= 0x41 && unit <= 0x5a) return String.fromCharCode(unit + 0x20);
  if (unit >= 0x30 && unit <= 0x39) return String.fromCharCode(unit);
  return '';
}

function entryOf(unit: number): number {
  let entry = initials[unit] ?? NONE;
  if (entry === 0) {
    entry = lookUp(unit);
    initials[unit] = entry;
  }
  return entry;
}

function isHan(unit: number): boolean {
  return (
    (unit >= 0x4e00 && unit <= 0x9fff) || // CJK Unified Ideographs
    (unit >= 0x3400 && unit <= 0x4dbf) || // Extension A
    (unit >= 0xf900 && unit <= 0xfaff) || // Compatibility Ideographs (NFKC maps most away)
    unit === 0x3007 // 〇 líng
  );
}

function lookUp(unit: number): number {
  // Surrogate halves land here too: pinyin-pro knows no character outside the BMP.
  if (!isHan(unit)) return NONE;
  const readings = pinyinPro().pinyin(String.fromCharCode(unit), FIRST_LETTERS_OF_ALL_READINGS);
  // pinyin-pro lists the most common reading first; an unknown character comes back as itself.
  const first = readings[0] ?? '';
  if (!/^[a-z]$/.test(first)) return NONE;
  const ambiguous = readings.some((reading) => reading !== first);
  return first.charCodeAt(0) | (ambiguous ? CONTEXTUAL : 0);
}

/** The initial of text[k] read with its Han neighbours, e.g. 行 in 银行对 → 'h'. */
function initialInContext(text: string, k: number, entry: number): string {
  const hasBefore = k > 0 && isKnownHan(text.charCodeAt(k - 1));
  const hasAfter = k + 1 < text.length && isKnownHan(text.charCodeAt(k + 1));
  const fallback = String.fromCharCode(entry & ~CONTEXTUAL);
  if (!hasBefore && !hasAfter) return fallback;
  const window = text.slice(hasBefore ? k - 1 : k, hasAfter ? k + 2 : k + 1);
  const key = hasBefore ? `1${window}` : `0${window}`;
  let initial = contextual.get(key);
  if (initial === undefined) {
    // Every character of the window is a known Han character, so pinyin-pro returns one entry each.
    const read = pinyinPro().pinyin(window, FIRST_LETTER)[hasBefore ? 1 : 0] ?? '';
    initial = /^[a-z]$/.test(read) ? read : fallback;
    if (contextual.size >= MAX_CONTEXT_WINDOWS) contextual.clear();
    contextual.set(key, initial);
  }
  return initial;
}

function isKnownHan(unit: number): boolean {
  return unit >= 0x80 && entryOf(unit) !== NONE;
}
