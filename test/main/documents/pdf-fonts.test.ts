import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { CharstringError, flattenCharstring, type SubrSource } from '../../../src/main/documents/pdf/cff-charstring';
import { CffError, CffFont } from '../../../src/main/documents/pdf/cff-subset';
import { loadPdfFont, PDF_FONT, registerPdfFonts } from '../../../src/main/documents/pdf/fonts';
import type { LayoutRun } from '../../../src/main/documents/pdf/pair-layout';
import { TextBatch } from '../../../src/main/documents/pdf/text-batch';
import { PDF_FONTS } from '../../../src/main/resources';
import { quoteDocumentLabels } from '../../../src/shared/quotes/document-labels';
import { sampleQuoteDocument } from '../../fixtures/quote-document';
import { haveTools, pdfFonts, qpdfCheck } from '../../helpers/document-tools';
import { tempDir } from '../../helpers/temp-dir';

/**
 * The font machinery under the PDFs: our CFF subsets and our piecewise layout must give exactly
 * what fontkit gives (same glyphs, same positions, same pixels), only smaller and faster.
 */

const tools = haveTools('pdftoppm', 'pdffonts', 'qpdf');

/** Type 2 operand bytes for small integers (-107…107). */
const n = (value: number): number => value + 139;
const subrs = (...bodies: number[][]): SubrSource => ({
  count: bodies.length,
  get: (i) => Uint8Array.from(bodies[i] ?? []),
});
const none = subrs();

describe('flattenCharstring', () => {
  it('inlines local and global subroutines and drops the calls with their numbers', () => {
    // Bias 107 for fewer than 1240 subroutines: operand -107 calls subroutine 0.
    const local = subrs([n(10), n(20), 5 /* rlineto */, 11 /* return */]);
    const global = subrs([n(1), n(2), 5, 11], [n(-107), 10 /* callsubr */, 11]);
    const glyph = [n(0), n(0), 21 /* rmoveto */, n(-107), 10, n(-106), 29 /* callgsubr 1 */, 14 /* endchar */];
    expect([...flattenCharstring(Uint8Array.from(glyph), local, global)]).toEqual([
      n(0),
      n(0),
      21,
      n(10),
      n(20),
      5,
      n(10),
      n(20),
      5,
      14,
    ]);
  });

  it('copies hint mask bytes, counting stems across subroutines and implicit vstems', () => {
    // hstemhm with 2 stems in a subroutine, then 3 pairs left on the stack before hintmask
    // (an implicit vstem): 5 stems, 1 mask byte, whose value 0x0b must not be read as "return".
    const local = subrs([n(1), n(2), n(3), n(4), 18 /* hstemhm */, 11]);
    const glyph = [n(-107), 10, n(5), n(6), n(7), n(8), n(9), n(10), 19 /* hintmask */, 0x0b, n(0), 4, 14];
    expect([...flattenCharstring(Uint8Array.from(glyph), local, none)]).toEqual([
      n(1),
      n(2),
      n(3),
      n(4),
      18,
      n(5),
      n(6),
      n(7),
      n(8),
      n(9),
      n(10),
      19,
      0x0b,
      n(0),
      4,
      14,
    ]);
  });

  it('stops at an endchar inside a subroutine', () => {
    const local = subrs([n(0), 4, 14]);
    expect([...flattenCharstring(Uint8Array.from([n(-107), 10, n(5), 4]), local, none)]).toEqual([n(0), 4, 14]);
  });

  it('refuses what it cannot flatten safely', () => {
    expect(() => flattenCharstring(Uint8Array.from([10]), none, none)).toThrow(CharstringError);
    expect(() => flattenCharstring(Uint8Array.from([n(0), 10]), none, none)).toThrow(/out of range/);
    expect(() => flattenCharstring(Uint8Array.from([11]), none, none)).toThrow(/return outside/);
    const recursive = subrs([n(-107), 10, 11]);
    expect(() => flattenCharstring(Uint8Array.from([n(-107), 10]), recursive, none)).toThrow(/nested/);
    expect(() => flattenCharstring(Uint8Array.from([28, 1]), none, none)).toThrow(CharstringError);
  });
});

/** Words as pdfkit lays them out: split after spaces. */
function words(texts: string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.split(/(?<= )/)))];
}

function layoutCorpus(): string[] {
  const texts: string[] = [];
  for (const locale of ['zh-CN', 'en'] as const) {
    const doc = sampleQuoteDocument({ locale });
    const labels = quoteDocumentLabels(locale);
    texts.push(...Object.values(labels).filter((v): v is string => typeof v === 'string'));
    texts.push(...Object.values(labels.columns), labels.pageOf(12, 345), doc.totals.totalCapital, ...doc.terms);
    for (const line of doc.sections.flatMap((s) => s.lines)) {
      texts.push(line.name, line.spec, line.code, labels.money(line.lineAmountFen), labels.discount(line.discountBp));
    }
  }
  // Kerning pairs, ligature starts (f, the em dash), quotes, marks, fractions, wide characters.
  texts.push('AVATAR To Ty Wa LT P- office fi ffl —— “quoted” ‘x’ café e\u0301 ½ 1⁄2 𠀀 Ａ１（）');
  return words(texts);
}

function sameRun(a: LayoutRun, b: LayoutRun): void {
  expect(a.glyphs.map((g) => g.id)).toEqual(b.glyphs.map((g) => g.id));
  expect(a.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset])).toEqual(
    b.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  );
  expect(a.advanceWidth).toBe(b.advanceWidth);
}

describe('pair layout', () => {
  it('lays every word of the quotes out exactly as fontkit shapes it', () => {
    const corpus = layoutCorpus();
    expect(corpus.length).toBeGreaterThan(200);
    for (const file of [PDF_FONTS.regular(), PDF_FONTS.bold()]) {
      const fast = loadPdfFont(file);
      const shaped = loadPdfFont(file, { pairLayout: false });
      for (const word of corpus) sameRun(fast.layout(word), shaped.layout(word));
    }
  });
});

describe('CFF subsets', () => {
  it('refuses a file that is not a CID-keyed CFF font', () => {
    expect(() => new CffFont(Uint8Array.from([0, 1, 0, 0, 0, 0]))).toThrow(CffError);
    expect(() => new CffFont(new Uint8Array(3))).toThrow(CffError);
  });

  it('writes a subset of just the glyphs asked for, glyph 0 first', () => {
    const font = new CffFont(fs.readFileSync(PDF_FONTS.regular()));
    expect(font.glyphCount).toBeGreaterThan(30_000);
    const small = font.subset([0, 34, 25463]);
    expect(small.length).toBeLessThan(2_000);
    expect([...small.subarray(0, 4)]).toEqual([1, 0, 4, 4]);
    expect(() => font.subset([34])).toThrow(CffError);
    expect(() => font.subset([0, font.glyphCount])).toThrow(CffError);
  });

  it.runIf(tools)('draws exactly what fontkit’s own subsets draw, in a fraction of the bytes', async () => {
    const dir = tempDir();
    const text = layoutCorpus().join('');
    const render = async (flatSubsets: boolean): Promise<string> => {
      const doc = new PDFDocument({ size: 'A4', margin: 36 });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      const ended = new Promise((resolve) => doc.on('end', resolve));
      for (const [name, file] of [
        ['r', PDF_FONTS.regular()],
        ['b', PDF_FONTS.bold()],
      ] as const) {
        doc.registerFont(name, loadPdfFont(file, { flatSubsets }) as unknown as Buffer);
        doc.font(name).fontSize(9).text(text);
      }
      doc.end();
      await ended;
      const pdf = path.join(dir, `${flatSubsets ? 'flat' : 'fontkit'}.pdf`);
      fs.writeFileSync(pdf, Buffer.concat(chunks));
      return pdf;
    };
    const ours = await render(true);
    const theirs = await render(false);
    expect(qpdfCheck(ours).ok).toBe(true);
    expect(pdfFonts(ours).every((f) => f.embedded && f.subset)).toBe(true);
    expect(fs.statSync(ours).size).toBeLessThan(fs.statSync(theirs).size * 0.8);
    const pixels = (pdf: string): Buffer =>
      execFileSync('pdftoppm', ['-r', '110', '-gray', pdf], { maxBuffer: 256 * 1024 * 1024 });
    expect(pixels(ours).equals(pixels(theirs))).toBe(true);
  });
});

describe('TextBatch', () => {
  it.runIf(tools)('draws what doc.text() draws, kerning and colours included', async () => {
    const dir = tempDir();
    const lines = [
      '报价单 BJ-2026-0001-A',
      'AVATAR To P- ¥1,234,567.89',
      '15%（8.5折） 第 1 页 共 3 页',
      'office —— “x”',
    ];
    const render = async (batched: boolean): Promise<string> => {
      const doc = new PDFDocument({ size: 'A4', margin: 0 });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      const ended = new Promise((resolve) => doc.on('end', resolve));
      registerPdfFonts(doc);
      const batch = new TextBatch(doc);
      lines.forEach((text, i) => {
        const color = i % 2 ? '#1F3A5F' : '#5F6B7A';
        doc.font(i % 2 ? PDF_FONT.bold : PDF_FONT.regular).fontSize(8 + i * 3);
        if (batched) batch.add(text, 40 + i * 7, 60 + i * 40, color);
        else doc.fillColor(color).text(text, 40 + i * 7, 60 + i * 40, { lineBreak: false });
      });
      batch.flush();
      doc.end();
      await ended;
      const pdf = path.join(dir, `${batched ? 'batch' : 'text'}.pdf`);
      fs.writeFileSync(pdf, Buffer.concat(chunks));
      return pdf;
    };
    const pixels = (pdf: string): Buffer =>
      execFileSync('pdftoppm', ['-r', '150', '-gray', pdf], { maxBuffer: 256 * 1024 * 1024 });
    /** Text objects (BT … ET) in page 1's content, which qpdf --qdf writes out uncompressed. */
    const textObjects = (pdf: string): number => {
      const qdf = `${pdf}.qdf`;
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, qdf]);
      const file = fs.readFileSync(qdf, 'latin1');
      const start = file.indexOf('%% Contents for page 1');
      const content = file.slice(start, file.indexOf('endstream', start));
      return (content.match(/\bBT\b/g) ?? []).length;
    };
    const batched = await render(true);
    const plain = await render(false);
    expect(qpdfCheck(batched).ok).toBe(true);
    expect(textObjects(batched)).toBe(1);
    expect(textObjects(plain)).toBe(lines.length);
    expect(pixels(batched).equals(pixels(plain))).toBe(true);
  });
});
