import { ByteBuffer } from './cff-charstring';
import type { DictEntry } from './cff-read';

/** Writing CFF structures for the subset: numbers, DICT operands and operators, INDEXes. */

/** Writes big-endian numbers and byte strings. */
export class Writer {
  private readonly out = new ByteBuffer();

  get length(): number {
    return this.out.length;
  }

  byte(...values: number[]): void {
    for (const v of values) this.out.push(v & 0xff);
  }

  u16(value: number): void {
    this.byte(value >> 8, value);
  }

  bytes(data: Uint8Array): void {
    this.out.append(data);
  }

  uint(value: number, size: number): void {
    for (let i = size - 1; i >= 0; i--) this.out.push(Math.floor(value / 256 ** i) & 0xff);
  }

  result(): Uint8Array {
    return this.out.result();
  }
}

/** A DICT integer operand in the fixed 5-byte form, so the size of a DICT is known before offsets are. */
export function int32(value: number): number[] {
  return [29, (value >> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** A DICT integer operand in its shortest form. */
export function intOperandBytes(value: number): number[] {
  if (value >= -107 && value <= 107) return [value + 139];
  if (value >= 108 && value <= 1131) return [((value - 108) >> 8) + 247, (value - 108) & 0xff];
  if (value >= -1131 && value <= -108) return [((-value - 108) >> 8) + 251, (-value - 108) & 0xff];
  if (value >= -32768 && value <= 32767) return [28, (value >> 8) & 0xff, value & 0xff];
  return int32(value);
}

export function opBytes(op: number): number[] {
  return op >= 1200 ? [12, op - 1200] : [op];
}

export function writeIndex(writer: Writer, items: Uint8Array[]): void {
  writer.u16(items.length);
  if (items.length === 0) return;
  const total = items.reduce((sum, item) => sum + item.length, 0) + 1;
  const offSize = total <= 0xff ? 1 : total <= 0xffff ? 2 : total <= 0xffffff ? 3 : 4;
  writer.byte(offSize);
  let offset = 1;
  writer.uint(offset, offSize);
  for (const item of items) {
    offset += item.length;
    writer.uint(offset, offSize);
  }
  for (const item of items) writer.bytes(item);
}

export function indexSize(items: Uint8Array[]): number {
  const w = new Writer();
  writeIndex(w, items);
  return w.length;
}

/** Copies DICT entries (operands as they were) except the operators in `dropped`. */
export function copyDict(entries: DictEntry[], dropped: (op: number) => boolean): number[] {
  const out: number[] = [];
  for (const entry of entries) {
    if (dropped(entry.op)) continue;
    out.push(...entry.raw, ...opBytes(entry.op));
  }
  return out;
}
