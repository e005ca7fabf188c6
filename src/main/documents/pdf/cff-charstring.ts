/**
 * Type 2 charstring flattening (Adobe TN #5177): every `callsubr` / `callgsubr` is replaced by the
 * body of the subroutine it calls, so a font subset needs no subroutines at all.
 *
 * Why: fontkit's CFF subsetter keeps every subroutine slot of the source font (unused ones as a
 * one-byte `return`). Noto Sans SC has ~24,000 of them, which costs ~50 KB per embedded font even
 * for a one-line PDF. Flattened glyphs are a little longer, but a document uses a few hundred
 * glyphs, so the embedded fonts shrink to a few KB. See fonts.ts.
 *
 * The interpreter only tracks what flattening needs: operand counts (for the stem hints that decide
 * how many mask bytes follow `hintmask` / `cntrmask`) and where the last operand started (the
 * subroutine number, which is removed together with the call).
 */

const OP_HSTEM = 1;
const OP_VSTEM = 3;
const OP_CALLSUBR = 10;
const OP_RETURN = 11;
const OP_ESCAPE = 12;
const OP_ENDCHAR = 14;
const OP_HSTEMHM = 18;
const OP_HINTMASK = 19;
const OP_CNTRMASK = 20;
const OP_VSTEMHM = 23;
const OP_SHORTINT = 28;
const OP_CALLGSUBR = 29;

/** The spec's nesting limit is 10; anything deeper is a malformed font. */
const MAX_DEPTH = 16;

export class CharstringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CharstringError';
  }
}

/** The bias added to a subroutine operand (Type 2 spec, section 4.7), from the number of subroutines. */
export function subrBias(count: number): number {
  if (count < 1240) return 107;
  if (count < 33900) return 1131;
  return 32768;
}

export interface SubrSource {
  /** Number of subroutines in the INDEX (for the bias). */
  count: number;
  /** Bytes of subroutine `index` (0-based, bias already applied). */
  get(index: number): Uint8Array;
}

/** A growable byte buffer (a few hundred thousand pushes per document: no number[] boxing). */
export class ByteBuffer {
  private bytes = new Uint8Array(1024);
  length = 0;

  private reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  push(byte: number): void {
    this.reserve(1);
    this.bytes[this.length++] = byte;
  }

  /** Appends `count` bytes of `source` from `from`. */
  append(source: Uint8Array, from = 0, count = source.length - from): void {
    this.reserve(count);
    this.bytes.set(source.subarray(from, from + count), this.length);
    this.length += count;
  }

  /** A copy of the bytes written. */
  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

interface FlattenState {
  out: ByteBuffer;
  /** Operands on the stack since the last operator. */
  stack: number;
  stems: number;
  /** Offset in `out` where the most recent operand began, or -1 after an operator. */
  lastOperandAt: number;
  lastOperand: number;
  ended: boolean;
}

/** The byte at `i`; a charstring that ends in the middle of an operand or mask is malformed. */
function byteAt(bytes: Uint8Array, i: number): number {
  const byte = bytes[i];
  if (byte === undefined) throw new CharstringError('Charstring ends in the middle of an instruction');
  return byte;
}

/** Reads the operand at `bytes[i]`: its value and its length in bytes. */
function readOperand(bytes: Uint8Array, i: number): { value: number; length: number } {
  const b0 = byteAt(bytes, i);
  if (b0 === OP_SHORTINT) {
    const raw = (byteAt(bytes, i + 1) << 8) | byteAt(bytes, i + 2);
    return { value: raw > 0x7fff ? raw - 0x10000 : raw, length: 3 };
  }
  if (b0 >= 32 && b0 <= 246) return { value: b0 - 139, length: 1 };
  if (b0 >= 247 && b0 <= 250) return { value: (b0 - 247) * 256 + byteAt(bytes, i + 1) + 108, length: 2 };
  if (b0 >= 251 && b0 <= 254) return { value: -(b0 - 251) * 256 - byteAt(bytes, i + 1) - 108, length: 2 };
  // 255: 16.16 fixed point.
  const raw =
    ((byteAt(bytes, i + 1) << 24) |
      (byteAt(bytes, i + 2) << 16) |
      (byteAt(bytes, i + 3) << 8) |
      byteAt(bytes, i + 4)) >>
    0;
  return { value: raw / 65536, length: 5 };
}

/** Copies `count` bytes from `bytes[from]` onto the end of `out`. */
function copyBytes(out: ByteBuffer, bytes: Uint8Array, from: number, count: number): void {
  if (from + count > bytes.length) throw new CharstringError('Charstring ends in the middle of an instruction');
  out.append(bytes, from, count);
}

function flattenInto(
  bytes: Uint8Array,
  state: FlattenState,
  local: SubrSource,
  global: SubrSource,
  depth: number,
): void {
  if (depth > MAX_DEPTH) throw new CharstringError('Subroutines nested too deeply');
  let i = 0;
  while (i < bytes.length && !state.ended) {
    const b0 = byteAt(bytes, i);
    if (b0 === OP_SHORTINT || b0 >= 32) {
      const { value, length } = readOperand(bytes, i);
      state.lastOperandAt = state.out.length;
      state.lastOperand = value;
      copyBytes(state.out, bytes, i, length);
      state.stack += 1;
      i += length;
      continue;
    }
    if (b0 === OP_CALLSUBR || b0 === OP_CALLGSUBR) {
      if (state.lastOperandAt < 0) throw new CharstringError('Subroutine number is not a literal operand');
      const source = b0 === OP_CALLSUBR ? local : global;
      const index = state.lastOperand + subrBias(source.count);
      if (!Number.isInteger(index) || index < 0 || index >= source.count) {
        throw new CharstringError(`Subroutine ${index} out of range (0..${source.count - 1})`);
      }
      state.out.length = state.lastOperandAt;
      state.stack -= 1;
      state.lastOperandAt = -1;
      flattenInto(source.get(index), state, local, global, depth + 1);
      i += 1;
      continue;
    }
    if (b0 === OP_RETURN) {
      if (depth === 0) throw new CharstringError('return outside a subroutine');
      return;
    }
    state.lastOperandAt = -1;
    if (b0 === OP_ESCAPE) {
      state.out.push(b0);
      state.out.push(byteAt(bytes, i + 1));
      state.stack = 0;
      i += 2;
      continue;
    }
    state.out.push(b0);
    i += 1;
    if (b0 === OP_HSTEM || b0 === OP_VSTEM || b0 === OP_HSTEMHM || b0 === OP_VSTEMHM) {
      state.stems += Math.floor(state.stack / 2);
    } else if (b0 === OP_HINTMASK || b0 === OP_CNTRMASK) {
      // Operands left before the first hintmask are an implicit vstem.
      state.stems += Math.floor(state.stack / 2);
      const maskBytes = Math.ceil(state.stems / 8);
      copyBytes(state.out, bytes, i, maskBytes);
      i += maskBytes;
    } else if (b0 === OP_ENDCHAR) {
      state.ended = true;
    }
    state.stack = 0;
  }
}

/**
 * The charstring with every subroutine call inlined. Throws CharstringError on a charstring it
 * cannot flatten safely (computed subroutine numbers, bad nesting); callers fall back to
 * fontkit's own subsetting then.
 */
export function flattenCharstring(charstring: Uint8Array, local: SubrSource, global: SubrSource): Uint8Array {
  const state: FlattenState = {
    out: new ByteBuffer(),
    stack: 0,
    stems: 0,
    lastOperandAt: -1,
    lastOperand: 0,
    ended: false,
  };
  flattenInto(charstring, state, local, global, 0);
  return state.out.result();
}
