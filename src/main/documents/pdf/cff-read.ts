/**
 * Reading CFF structures in place from the font file's bytes: numbers, INDEXes and DICTs
 * (Adobe Technical Note #5176, The Compact Font Format). Used by the subsetter (cff-subset.ts).
 */

export class CffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CffError';
  }
}

/** A DICT entry: the operator (escaped operators as 1200 + second byte) and its operands. */
export interface DictEntry {
  op: number;
  /** The operand bytes exactly as in the source, to copy without re-encoding. */
  raw: Uint8Array;
  /** Integer operands (reals are NaN: never needed as numbers here). */
  values: number[];
}

export const OP = {
  charset: 15,
  encoding: 16,
  charStrings: 17,
  private: 18,
  subrs: 19,
  ros: 1230,
  cidCount: 1234,
  fdArray: 1236,
  fdSelect: 1237,
  fontName: 1238,
} as const;

/** Reads big-endian numbers and CFF structures from the font file. */
export class Reader {
  constructor(readonly bytes: Uint8Array) {}

  u8(at: number): number {
    const byte = this.bytes[at];
    if (byte === undefined) throw new CffError(`Read past the end of the font at ${at}`);
    return byte;
  }

  u16(at: number): number {
    return (this.u8(at) << 8) | this.u8(at + 1);
  }

  u32(at: number): number {
    return this.u16(at) * 0x10000 + this.u16(at + 2);
  }

  /** An unsigned number of `size` bytes (INDEX offsets). */
  uint(at: number, size: number): number {
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + this.u8(at + i);
    return value;
  }

  slice(start: number, end: number): Uint8Array {
    if (end > this.bytes.length || start > end) throw new CffError('Structure runs past the end of the font');
    return this.bytes.subarray(start, end);
  }
}

/** A CFF INDEX read in place: entries are located on demand. */
export class CffIndex {
  readonly count: number;
  /** Offset of the byte after the INDEX. */
  readonly end: number;
  private readonly offSize: number;
  private readonly offsetsAt: number;
  private readonly dataBase: number;

  constructor(
    private readonly reader: Reader,
    at: number,
  ) {
    this.count = reader.u16(at);
    if (this.count === 0) {
      this.offSize = 0;
      this.offsetsAt = 0;
      this.dataBase = 0;
      this.end = at + 2;
      return;
    }
    this.offSize = reader.u8(at + 2);
    if (this.offSize < 1 || this.offSize > 4) throw new CffError(`Bad INDEX offset size ${this.offSize}`);
    this.offsetsAt = at + 3;
    // Offsets count from the byte before the data.
    this.dataBase = this.offsetsAt + (this.count + 1) * this.offSize - 1;
    this.end = this.dataBase + reader.uint(this.offsetsAt + this.count * this.offSize, this.offSize);
  }

  get(i: number): Uint8Array {
    if (i < 0 || i >= this.count) throw new CffError(`INDEX entry ${i} out of range`);
    const start = this.reader.uint(this.offsetsAt + i * this.offSize, this.offSize);
    const end = this.reader.uint(this.offsetsAt + (i + 1) * this.offSize, this.offSize);
    return this.reader.slice(this.dataBase + start, this.dataBase + end);
  }
}

/** Parses DICT data into entries, keeping each entry's operand bytes. */
export function parseDict(data: Uint8Array): DictEntry[] {
  const entries: DictEntry[] = [];
  let start = 0;
  let values: number[] = [];
  let i = 0;
  const at = (k: number): number => {
    const byte = data[k];
    if (byte === undefined) throw new CffError('DICT ends in the middle of an operand');
    return byte;
  };
  while (i < data.length) {
    const b0 = at(i);
    if (b0 <= 21) {
      const op = b0 === 12 ? 1200 + at(i + 1) : b0;
      entries.push({ op, raw: data.subarray(start, i), values });
      i += b0 === 12 ? 2 : 1;
      start = i;
      values = [];
    } else if (b0 === 28) {
      const raw = (at(i + 1) << 8) | at(i + 2);
      values.push(raw > 0x7fff ? raw - 0x10000 : raw);
      i += 3;
    } else if (b0 === 29) {
      values.push((at(i + 1) << 24) | (at(i + 2) << 16) | (at(i + 3) << 8) | at(i + 4));
      i += 5;
    } else if (b0 === 30) {
      // A real: nibbles up to and including the one that is 0xf.
      i += 1;
      while ((at(i) & 0x0f) !== 0x0f && at(i) >> 4 !== 0x0f) i += 1;
      i += 1;
      values.push(NaN);
    } else if (b0 >= 32 && b0 <= 246) {
      values.push(b0 - 139);
      i += 1;
    } else if (b0 >= 247 && b0 <= 250) {
      values.push((b0 - 247) * 256 + at(i + 1) + 108);
      i += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      values.push(-(b0 - 251) * 256 - at(i + 1) - 108);
      i += 2;
    } else {
      throw new CffError(`Bad DICT byte ${b0}`);
    }
  }
  return entries;
}

export function operands(entries: DictEntry[], op: number): number[] | undefined {
  return entries.find((e) => e.op === op)?.values;
}

export function intOperand(entries: DictEntry[], op: number, index = 0): number {
  const value = operands(entries, op)?.[index];
  if (value === undefined || !Number.isInteger(value)) throw new CffError(`DICT operator ${op} missing`);
  return value;
}
