import { CharstringError, flattenCharstring, type SubrSource } from './cff-charstring';
import { CffError, CffIndex, intOperand, OP, operands, parseDict, Reader, type DictEntry } from './cff-read';
import { copyDict, indexSize, int32, intOperandBytes, opBytes, Writer, writeIndex } from './cff-write';

export { CffError };

/**
 * A subsetter for CID-keyed CFF fonts (the .otf Noto Sans SC): reads the font's CFF table straight
 * from the file bytes, only the parts a subset needs, and writes a CID-keyed CFF holding just the
 * glyphs a document uses, their charstrings flattened (cff-charstring.ts) and no subroutines.
 *
 * Why not fontkit's subsetter (which pdfkit uses): it decodes the whole CFF table first (~250 ms
 * for two 8 MB fonts), parses every subset glyph's outline to find the subroutines it uses, and
 * then keeps a slot for every subroutine of the source (~24,000 here), which costs ~50 KB per font
 * in every PDF. This one reads a few hundred bytes of tables, and the subset of a one-page quote is
 * a few KB per font.
 *
 * Specification: Adobe Technical Note #5176 (The Compact Font Format), #5177 (Type 2 charstrings).
 */

/** Top DICT operators not copied into the subset: strings (SIDs), offsets, identifiers. */
const TOP_DROPPED = new Set([
  0, // version
  1, // Notice
  2, // FullName
  3, // FamilyName
  4, // Weight
  13, // UniqueID
  14, // XUID
  OP.charset,
  OP.encoding,
  OP.charStrings,
  OP.private,
  1200, // Copyright
  1221, // PostScript
  1222, // BaseFontName
  OP.ros,
  1231, // CIDFontVersion
  1232, // CIDFontRevision
  1233, // CIDFontType
  OP.cidCount,
  1235, // UIDBase
  OP.fdArray,
  OP.fdSelect,
  OP.fontName,
]);

interface FontDict {
  entries: DictEntry[];
  privateEntries: DictEntry[];
  local: SubrSource;
}

/** A CID-keyed CFF font inside an OpenType file, read lazily. */
export class CffFont {
  private readonly reader: Reader;
  private readonly name: Uint8Array;
  private readonly top: DictEntry[];
  private readonly charStrings: CffIndex;
  private readonly global: SubrSource;
  private readonly fdArray: CffIndex;
  private readonly fdSelectAt: number;
  private readonly fontDicts = new Map<number, FontDict>();

  /** Throws CffError unless `otf` is an OpenType font with a CID-keyed CFF table. */
  constructor(otf: Uint8Array) {
    const file = new Reader(otf);
    const tables = file.u16(4);
    let cffAt = -1;
    for (let t = 0; t < tables; t++) {
      const record = 12 + 16 * t;
      const tag = String.fromCharCode(file.u8(record), file.u8(record + 1), file.u8(record + 2), file.u8(record + 3));
      if (tag === 'CFF ') cffAt = file.u32(record + 8);
    }
    if (cffAt < 0) throw new CffError('No CFF table');
    this.reader = new Reader(otf.subarray(cffAt));
    const r = this.reader;
    if (r.u8(0) !== 1) throw new CffError(`CFF version ${r.u8(0)} is not supported`);
    const names = new CffIndex(r, r.u8(2));
    const topDicts = new CffIndex(r, names.end);
    const strings = new CffIndex(r, topDicts.end);
    const globals = new CffIndex(r, strings.end);
    this.name = names.get(0);
    this.top = parseDict(topDicts.get(0));
    if (!operands(this.top, OP.ros)) throw new CffError('Not a CID-keyed font');
    this.charStrings = new CffIndex(r, intOperand(this.top, OP.charStrings));
    this.fdArray = new CffIndex(r, intOperand(this.top, OP.fdArray));
    this.fdSelectAt = intOperand(this.top, OP.fdSelect);
    this.global = subrSource(globals);
  }

  get glyphCount(): number {
    return this.charStrings.count;
  }

  /** The Font DICT index of glyph `gid` (FDSelect formats 0 and 3). */
  fdOf(gid: number): number {
    const r = this.reader;
    const at = this.fdSelectAt;
    const format = r.u8(at);
    if (format === 0) return r.u8(at + 1 + gid);
    if (format !== 3) throw new CffError(`FDSelect format ${format} is not supported`);
    // Ranges of 3 bytes (first glyph u16, fd u8), then a sentinel: binary search.
    let low = 0;
    let high = r.u16(at + 1) - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const range = at + 3 + mid * 3;
      if (gid < r.u16(range)) high = mid - 1;
      else if (gid >= r.u16(range + 3)) low = mid + 1;
      else return r.u8(range + 2);
    }
    throw new CffError(`Glyph ${gid} is in no FDSelect range`);
  }

  private fontDict(fd: number): FontDict {
    let dict = this.fontDicts.get(fd);
    if (!dict) {
      const entries = parseDict(this.fdArray.get(fd));
      const size = intOperand(entries, OP.private, 0);
      const offset = intOperand(entries, OP.private, 1);
      const privateEntries = parseDict(this.reader.slice(offset, offset + size));
      const subrs = operands(privateEntries, OP.subrs)?.[0];
      const local = subrs === undefined ? subrSource(null) : subrSource(new CffIndex(this.reader, offset + subrs));
      dict = { entries, privateEntries, local };
      this.fontDicts.set(fd, dict);
    }
    return dict;
  }

  /**
   * A CID-keyed CFF with glyphs `gids` (glyph 0 first) as CIDs 0…n−1: the charstrings flattened,
   * only the Font DICTs those glyphs use, no subroutines, no strings but the ROS.
   */
  subset(gids: readonly number[]): Uint8Array {
    if (gids[0] !== 0) throw new CffError('A subset starts with glyph 0');
    const usedFds: number[] = [];
    const fdIndex = new Map<number, number>();
    const select: number[] = [];
    const charstrings = gids.map((gid) => {
      if (gid < 0 || gid >= this.glyphCount) throw new CffError(`No glyph ${gid}`);
      const fd = this.fdOf(gid);
      let index = fdIndex.get(fd);
      if (index === undefined) {
        index = usedFds.length;
        usedFds.push(fd);
        fdIndex.set(fd, index);
      }
      select.push(index);
      try {
        return flattenCharstring(this.charStrings.get(gid), this.fontDict(fd).local, this.global);
      } catch (error) {
        if (error instanceof CharstringError) throw new CffError(`Glyph ${gid}: ${error.message}`);
        throw error;
      }
    });

    // Private DICTs without Subrs; Font DICTs without FontName, pointing at them.
    const privates = usedFds.map((fd) =>
      Uint8Array.from(copyDict(this.fontDict(fd).privateEntries, (op) => op === OP.subrs)),
    );
    const fontDictBody = usedFds.map((fd) =>
      copyDict(this.fontDict(fd).entries, (op) => op === OP.fontName || op === OP.private),
    );
    // Font DICTs end with "size offset Private" in fixed-size operands: 11 bytes each.
    const fontDictSizes = fontDictBody.map((body) => new Uint8Array(body.length + 11));

    const strings = [new TextEncoder().encode('Adobe'), new TextEncoder().encode('Identity')];
    const STANDARD_STRINGS = 391;
    const topCopied = copyDict(this.top, (op) => TOP_DROPPED.has(op));
    const topSize =
      [...intOperandBytes(STANDARD_STRINGS), ...intOperandBytes(STANDARD_STRINGS + 1), ...intOperandBytes(0)].length +
      2 + // ROS operator
      topCopied.length +
      intOperandBytes(gids.length).length +
      2 + // CIDCount
      4 * 5 + // charset, FDSelect, CharStrings, FDArray offsets
      1 +
      2 +
      1 +
      2;

    const header = 4;
    const nameIndex = indexSize([this.name]);
    const topIndex = indexSize([new Uint8Array(topSize)]);
    const stringIndex = indexSize(strings);
    const globalIndex = 2;
    const charsetAt = header + nameIndex + topIndex + stringIndex + globalIndex;
    const charsetSize = gids.length > 1 ? 5 : 1;
    const fdSelectAt = charsetAt + charsetSize;
    const charStringsAt = fdSelectAt + 1 + gids.length;
    const fdArrayAt = charStringsAt + indexSize(charstrings);
    let privateAt = fdArrayAt + indexSize(fontDictSizes);

    const top = [
      ...intOperandBytes(STANDARD_STRINGS),
      ...intOperandBytes(STANDARD_STRINGS + 1),
      ...intOperandBytes(0),
      ...opBytes(OP.ros),
      ...topCopied,
      ...intOperandBytes(gids.length),
      ...opBytes(OP.cidCount),
      ...int32(charsetAt),
      ...opBytes(OP.charset),
      ...int32(fdSelectAt),
      ...opBytes(OP.fdSelect),
      ...int32(charStringsAt),
      ...opBytes(OP.charStrings),
      ...int32(fdArrayAt),
      ...opBytes(OP.fdArray),
    ];
    if (top.length !== topSize) throw new CffError('Top DICT size mismatch');
    const fontDicts = fontDictBody.map((body, i) => {
      const privateSize = privates[i]?.length ?? 0;
      const dict = Uint8Array.from([...body, ...int32(privateSize), ...int32(privateAt), ...opBytes(OP.private)]);
      privateAt += privateSize;
      return dict;
    });

    const w = new Writer();
    w.byte(1, 0, header, 4);
    writeIndex(w, [this.name]);
    writeIndex(w, [Uint8Array.from(top)]);
    writeIndex(w, strings);
    writeIndex(w, []);
    if (w.length !== charsetAt) throw new CffError('Layout mismatch before charset');
    // charset: CIDs 1…n−1 for glyphs 1…n−1 (format 2, one range), or none.
    if (gids.length > 1) {
      w.byte(2);
      w.u16(1);
      w.u16(gids.length - 2);
    } else {
      w.byte(0);
    }
    w.byte(0, ...select);
    writeIndex(w, charstrings);
    writeIndex(w, fontDicts);
    for (const p of privates) w.bytes(p);
    return w.result();
  }
}

function subrSource(index: CffIndex | null): SubrSource {
  return { count: index?.count ?? 0, get: (i) => (index ? index.get(i) : new Uint8Array()) };
}
