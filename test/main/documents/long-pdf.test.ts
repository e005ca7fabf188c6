import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLongPdf } from '../../../src/main/documents/long/long-pdf';
import { documentOutline, type OutlineEntry } from '../../../src/main/documents/long/outline';
import { setInline, type InlineSpan } from '../../../src/main/documents/pdf/inline-text';
import type { DataTable, LongDocument } from '../../../src/shared/proposals/document';
import { largeLongDocument, sampleLongDocument, SAMPLE_FIGURES } from '../../fixtures/long-document';
import { haveTools, pdfFonts, pdfPageCount, pdfText, qpdfCheck } from '../../helpers/document-tools';
import { must } from '../../helpers/must';

/**
 * The long document (方案书) as PDF, checked the way readers' software reads it (poppler, qpdf):
 * every chapter, heading and figure printed; a table of contents whose page numbers are the pages
 * the chapters and headings really start on, each entry a link; bookmarks nested by chapter going
 * to the same pages; "第 X 页 共 Y 页" and the running header on every page but the cover; table
 * headers repeated where a table continues; no heading left at the foot of a page; fonts embedded
 * subsets; metadata; a ~100-page document with all its tables and images. And the line setting of
 * running text (Chinese line-breaking rules, justification) as a pure function.
 */

const tools = haveTools('pdftotext', 'pdffonts', 'qpdf', 'pdfinfo');

interface Rendered {
  doc: LongDocument;
  file: string;
  bytes: Buffer;
}

let dir = '';
const out: Record<'zh' | 'en' | 'large', Rendered> = {} as never;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-long-pdf-'));
  const docs = { zh: sampleLongDocument('zh-CN'), en: sampleLongDocument('en'), large: largeLongDocument() };
  for (const [name, doc] of Object.entries(docs) as [keyof typeof out, LongDocument][]) {
    const bytes = await renderLongPdf(doc);
    const file = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(file, bytes);
    out[name] = { doc, file, bytes };
  }
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The text of page `page` alone. */
function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
}

/** The text of each page. */
function pages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1);
}

/** Text without whitespace (pdftotext spaces words out and breaks lines where the PDF did). */
function bare(text: string): string {
  return text.replace(/\s+/g, '');
}

function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) info[match[1]] = match[2] ?? '';
  }
  return info;
}

/** "1.2 主要需求 …… 3" lines of the contents pages: entry number → page. */
function contentsPages(file: string, contentsLength: number): Map<string, { title: string; page: number }> {
  const entries = new Map<string, { title: string; page: number }>();
  for (let page = 2; page < 2 + contentsLength; page++) {
    for (const line of pageText(file, page).split('\n')) {
      const match = /^\s*(\d+(?:\.\d+)*)\s+(.*?)\s+(\d+)\s*$/.exec(line);
      if (match?.[1] && match[2] && match[3]) entries.set(match[1], { title: match[2], page: Number(match[3]) });
    }
  }
  return entries;
}

interface Bookmark {
  title: string;
  page: number;
  kids: Bookmark[];
}

/** The outline (bookmarks) as qpdf reads it, destinations resolved to pages. */
function bookmarks(file: string): Bookmark[] {
  type Raw = { title: string; destpageposfrom1: number; kids: Raw[] };
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
    outlines: Raw[];
  };
  const convert = (raw: Raw): Bookmark => ({
    title: raw.title,
    page: raw.destpageposfrom1,
    kids: raw.kids.map(convert),
  });
  return json.outlines.map(convert);
}

/** How many pages the contents take: up to the page before chapter 1. */
function contentsLength(file: string, doc: LongDocument): number {
  const first = must(doc.chapters[0]).title;
  const texts = pages(file);
  const chapterPage = texts.findIndex((text, i) => i > 1 && bare(text).includes(bare(`1${first}`)));
  return chapterPage - 1;
}

function entryLabel(entry: OutlineEntry): string {
  return `${entry.number} ${entry.title}`;
}

describe('renderLongPdf', () => {
  it.runIf(tools)('is a well-formed PDF with every font an embedded subset', () => {
    for (const { file } of Object.values(out)) {
      const check = qpdfCheck(file);
      expect(check.ok, check.output).toBe(true);
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font, font.name).toMatchObject({ embedded: true, subset: true });
        expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansHans-/);
      }
    }
  });

  it.runIf(tools)('prints the cover, every chapter and heading numbered, and the figures', () => {
    const { doc, file } = out.zh;
    const text = bare(pdfText(file));
    const cover = bare(pageText(file, 1));
    expect(cover).toContain(bare(doc.title));
    expect(cover).toContain(bare(doc.subtitle));
    for (const line of doc.cover) expect(cover).toContain(bare(line.value));
    for (const entry of documentOutline(doc).entries) expect(text).toContain(bare(entryLabel(entry)));
    for (const figure of [
      SAMPLE_FIGURES.total,
      SAMPLE_FIGURES.net,
      SAMPLE_FIGURES.tax,
      SAMPLE_FIGURES.capital,
      SAMPLE_FIGURES.annualBenefit,
    ]) {
      expect(text).toContain(figure);
    }
    for (const word of ['满足', '部分满足', '不满足', '表2-1需求响应偏离表', '图3-1云帆ERP总体架构', '合计（含税）']) {
      expect(text).toContain(word);
    }
    // Bullets, numbers and nested numbers of the lists.
    expect(text).toContain('•数据分散');
    expect(text).toContain('◦6家子公司4套系统');
    expect(text).toContain('1.统一集团的客户');
    expect(text).toContain('(2)特价申请须经销售总监审批');
  });

  it.runIf(tools)('lists every chapter and heading in the contents with the page it really starts on', () => {
    for (const { doc, file } of [out.zh, out.en, out.large]) {
      const length = contentsLength(file, doc);
      expect(length).toBeGreaterThan(0);
      const listed = contentsPages(file, length);
      const entries = documentOutline(doc).entries;
      expect(listed.size).toBe(entries.length);
      for (const entry of entries) {
        const item = must(listed.get(entry.number), entry.number);
        expect(bare(item.title)).toBe(bare(entry.title));
        // The heading is on that page, and (a chapter) not on the page before, unless that lists contents.
        expect(bare(pageText(file, item.page)), entryLabel(entry)).toContain(bare(entryLabel(entry)));
        if (entry.level === 1 && item.page - 1 > 1 + length) {
          expect(bare(pageText(file, item.page - 1))).not.toContain(bare(entryLabel(entry)));
        }
      }
    }
  });

  it.runIf(tools)('links each contents entry to its heading', () => {
    const { doc, bytes } = out.zh;
    const entries = documentOutline(doc).entries;
    const raw = bytes.toString('latin1');
    expect(raw.match(/\/S \/GoTo/g)).toHaveLength(entries.length);
    for (const entry of entries) expect(raw).toContain(`(${entry.anchor})`);
  });

  it.runIf(tools)('has bookmarks: chapters, and their headings nested under them, going to their pages', () => {
    for (const { doc, file } of [out.zh, out.large]) {
      const outline = documentOutline(doc);
      const listed = contentsPages(file, contentsLength(file, doc));
      const marks = bookmarks(file);
      expect(marks.map((m) => m.title)).toEqual(outline.chapters.map((c) => entryLabel(c.entry)));
      const flat: Bookmark[] = [];
      const walk = (list: Bookmark[]) => {
        for (const mark of list) {
          flat.push(mark);
          walk(mark.kids);
        }
      };
      walk(marks);
      expect(flat.map((m) => m.title)).toEqual(outline.entries.map(entryLabel));
      for (const [i, entry] of outline.entries.entries()) {
        expect(must(flat[i]).page, entry.number).toBe(must(listed.get(entry.number)).page);
      }
    }
    // 3.2.1 sits under 3.2, under 3.
    const solution = must(bookmarks(out.zh.file)[2]);
    expect(solution.kids.map((k) => k.title)).toEqual(['3.1 总体架构', '3.2 功能模块']);
    expect(must(solution.kids[1]).kids.map((k) => k.title)).toEqual([
      '3.2.1 销售管理',
      '3.2.2 采购与库存管理',
      '3.2.3 财务管理',
    ]);
  });

  it.runIf(tools)('says "第 X 页 共 Y 页" under the running header on every page but the cover', () => {
    for (const { doc, file } of [out.zh, out.large, out.en]) {
      const texts = pages(file);
      const count = pdfPageCount(file);
      expect(texts).toHaveLength(count);
      expect(bare(must(texts[0]))).not.toContain(bare(doc.labels.pageOf(1, count)));
      expect(bare(must(texts[0]))).not.toContain(bare(doc.headerText));
      texts.slice(1).forEach((text, i) => {
        expect(bare(text)).toContain(bare(doc.labels.pageOf(i + 2, count)));
        expect(bare(text)).toContain(bare(doc.headerText));
      });
    }
  });

  it.runIf(tools)('never leaves a heading at the foot of a page', () => {
    for (const { doc, file } of [out.zh, out.large]) {
      const labels = documentOutline(doc).entries.map((e) => bare(entryLabel(e)));
      const length = contentsLength(file, doc);
      pages(file).forEach((text, i) => {
        if (i < 1 + length) return;
        const lines = text.split('\n').filter((l) => l.trim() !== '');
        // The last line is the footer; the one above it is content.
        const last = bare(must(lines.at(-2)));
        expect(labels, `page ${i + 1} ends with "${last}"`).not.toContain(last);
      });
    }
  });

  it.runIf(tools)('repeats a table header on every page a table continues on', () => {
    const { doc, file } = out.large;
    const texts = pages(file);
    // Rows of the large document's tables: "<chapter>事项 n".
    const titles = doc.chapters.map((c) => c.title);
    let continued = 0;
    for (const text of texts) {
      const rows = titles.filter((t) => new RegExp(`${t}事项 \\d+`).test(text));
      if (rows.length === 0) continue;
      const firstRow = text.search(/\S+事项 \d+/);
      const header = text.search(/序号\s+事项\s+说明\s+人天/);
      expect(header, text.slice(0, 400)).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(firstRow);
      if (!/表 \d+/.test(text.slice(0, header))) continued += 1;
    }
    expect(continued).toBeGreaterThan(0);
  });

  it.runIf(tools)('sets title, author, subject and language', () => {
    const { doc, file } = out.zh;
    const info = pdfInfo(file);
    expect(info.Title).toBe(doc.title);
    expect(info.Author).toBe(doc.company.name);
    expect(info.Subject).toBe(doc.subtitle);
    expect(info['Page size']).toContain('595.28 x 841.89 pts (A4)');
    expect(out.zh.bytes.toString('latin1')).toContain('/Lang (zh-CN)');
    expect(out.en.bytes.toString('latin1')).toContain('/Lang (en)');
    expect(pdfInfo(out.en.file).Title).toBe(out.en.doc.title);
  });

  it.runIf(tools)('uses only the given words in English: contents, page X of Y', () => {
    const { doc, file } = out.en;
    const text = pdfText(file);
    expect(text).toContain('Contents');
    expect(text).toContain(`Page 2 of ${pdfPageCount(file)}`);
    expect(bare(text)).toContain(bare(`In Chinese capitals: ${SAMPLE_FIGURES.capital}`));
    expect(text).not.toMatch(/第 \d+ 页/);
    for (const chapter of doc.chapters) expect(bare(text)).toContain(bare(chapter.title));
  });

  it.runIf(haveTools('gs', 'mutool'))('renders cleanly in Ghostscript and MuPDF too', () => {
    for (const { file } of [out.zh, out.large]) {
      const gs = spawnSync(
        'gs',
        ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=png16m', '-r30', '-sOutputFile=/dev/null', file],
        { encoding: 'utf8' },
      );
      expect(gs.status).toBe(0);
      expect(`${gs.stdout}${gs.stderr}`).not.toMatch(/error|invalid|font/i);
    }
    const mu = execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', out.zh.file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(bare(mu)).toContain(bare(out.zh.doc.title));
    expect(bare(mu)).toContain(SAMPLE_FIGURES.capital);
    expect(bare(mu)).toContain('3.2.1销售管理');
  });

  it.runIf(tools && haveTools('pdfimages'))('renders the ~100-page document with all its tables and images', () => {
    const { doc, file } = out.large;
    expect(pdfPageCount(file)).toBeGreaterThanOrEqual(80);
    const text = bare(pdfText(file));
    const tables = doc.chapters.flatMap((c) => c.blocks.filter((b): b is DataTable => b.type === 'dataTable'));
    expect(tables).toHaveLength(30);
    for (const table of tables) expect(text).toContain(bare(must(table.caption)));
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line));
    // The cover logo, and the ten figures of the chapters, each scaled into the text width.
    expect(images.filter((line) => !/^\s*1\s/.test(line))).toHaveLength(10);
    for (let n = 1; n <= 10; n++) expect(text).toContain(`图${n}`);
  });
});

describe('setInline (line setting of running text)', () => {
  /** Every character 10 wide, a space 3. */
  const measure = (text: string) => [...text].reduce((sum, ch) => sum + (ch === ' ' ? 3 : 10), 0);
  const lineTexts = (spans: InlineSpan[], width: number, firstIndent = 0) =>
    setInline(spans, { width, measure, firstIndent }).map((line) => line.pieces.map((p) => p.text).join(''));

  it('never starts a line with closing punctuation, nor ends one with an opening mark', () => {
    // Five characters a line: the comma would start line 2; "甲乙丙丁" moves down with it.
    expect(lineTexts([{ text: '甲乙丙丁戊，己庚' }], 50)).toEqual(['甲乙丙丁', '戊，己庚']);
    expect(lineTexts([{ text: '甲乙丙丁（戊己）' }], 50)).toEqual(['甲乙丙丁', '（戊己）']);
    expect(lineTexts([{ text: '甲乙丙丁“戊己”' }], 50)).toEqual(['甲乙丙丁', '“戊己”']);
  });

  it('lets a full-width closing mark end a line with its empty half in the margin', () => {
    // "，" is 10 wide; at 55, half of it fits after 甲乙丙丁戊 (50).
    expect(lineTexts([{ text: '甲乙丙丁戊，己庚' }], 55)).toEqual(['甲乙丙丁戊，', '己庚']);
    const [line] = setInline([{ text: '甲乙丙丁戊，己庚' }], { width: 55, measure, justify: true });
    expect(must(line).width).toBeCloseTo(60);
    expect(must(must(line).pieces.at(-1)).x).toBeCloseTo(50);
  });

  it('keeps Latin words and numbers whole, also across a change of style', () => {
    expect(lineTexts([{ text: '甲乙丙 ERP-SD 丁' }], 60)).toEqual(['甲乙丙', 'ERP-SD', '丁']);
    expect(lineTexts([{ text: '甲乙丙丁' }, { text: 'AB', bold: true }, { text: 'CD' }], 50)).toEqual([
      '甲乙丙丁',
      'ABCD',
    ]);
  });

  it('breaks at hard breaks and indents the first line', () => {
    expect(lineTexts([{ text: '甲乙\n丙' }], 100)).toEqual(['甲乙', '丙']);
    expect(lineTexts([{ text: '甲乙丙丁戊己' }], 50, 20)).toEqual(['甲乙丙', '丁戊己']);
  });

  it('justifies every line but the last of a paragraph and the one before a hard break', () => {
    const lines = setInline([{ text: '甲乙丙丁戊己庚\n辛壬癸子丑寅卯辰巳' }], { width: 55, measure, justify: true });
    const widths = lines.map((line) => line.width);
    // 甲乙丙丁戊 | 己庚 (before the break) | 辛壬癸子丑 | 寅卯辰巳
    expect(lines.map((line) => line.pieces.length)).toEqual([5, 2, 5, 4]);
    expect(widths[0]).toBeCloseTo(55);
    expect(widths[1]).toBeCloseTo(20);
    expect(widths[2]).toBeCloseTo(55);
    expect(widths[3]).toBeCloseTo(40);
  });

  it('sets Chinese and Latin text a quarter em apart without a typed space', () => {
    const [line] = setInline([{ text: '云帆ERP系统' }], { width: 500, measure });
    const pieces = must(line).pieces;
    expect(pieces.map((p) => p.text)).toEqual(['云', '帆', 'ERP', '系', '统']);
    expect(must(pieces[2]).x - must(pieces[1]).x).toBeCloseTo(10 + 2.5);
    expect(must(pieces[3]).x - must(pieces[2]).x).toBeCloseTo(30 + 2.5);
  });
});
