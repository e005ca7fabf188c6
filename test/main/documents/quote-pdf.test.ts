import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderQuotePdf } from '../../../src/main/documents/quote/quote-pdf';
import type { QuoteDocument } from '../../../src/shared/quotes/document';
import { quoteDocumentLabels, quoteReference } from '../../../src/shared/quotes/document-labels';
import { largeQuoteContent, sampleQuoteContent, sampleQuoteDocument } from '../../fixtures/quote-document';
import { haveTools, pdfFonts, pdfPageCount, pdfText, qpdfCheck } from '../../helpers/document-tools';
import { tempDir } from '../../helpers/temp-dir';

/**
 * The quote as PDF, checked the way customers' software reads it (poppler's pdftotext, pdffonts,
 * pdfinfo, and qpdf): the figures finance checks are printed, every page says "page X of Y", the
 * table header is repeated where the table continues and no subtotal or total stands alone at the
 * top of a page, fonts are embedded subsets, the metadata is set, the draft carries its watermark
 * and the approved quote does not, English gets English words; and it is small and fast.
 */

const tools = haveTools('pdftotext', 'pdffonts', 'pdfinfo', 'qpdf');

interface Rendered {
  doc: QuoteDocument;
  file: string;
  bytes: Buffer;
}

let dir = '';
const out: Record<'large' | 'draft' | 'approved' | 'en', Rendered> = {} as never;

async function render(name: keyof typeof out, doc: QuoteDocument): Promise<void> {
  const bytes = await renderQuotePdf(doc);
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  out[name] = { doc, file, bytes };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-quote-pdf-'));
  await render('large', sampleQuoteDocument({ content: largeQuoteContent(1000) }));
  await render('draft', sampleQuoteDocument({ approved: false }));
  await render('approved', sampleQuoteDocument({ approved: true }));
  await render('en', sampleQuoteDocument({ locale: 'en', approved: false }));
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The text of each page (pdftotext -layout separates pages with form feeds). */
function pages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1);
}

/** The text of page `page` alone, as `pdftotext -f k -l k` gives it. */
function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
}

function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

/** pdftotext -layout spaces words out; compare with runs of whitespace collapsed. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) info[match[1]] = match[2] ?? '';
  }
  return info;
}

/** An object of the PDF as qpdf prints it ("trailer", or an object number). */
function pdfObject(file: string, ref: string): string {
  return execFileSync('qpdf', [`--show-object=${ref}`, file], { encoding: 'utf8' });
}

/** The document catalog and its viewer preferences, as qpdf prints them. */
function catalog(file: string): { root: string; viewer: string } {
  const root = pdfObject(file, /\/Root (\d+) 0 R/.exec(pdfObject(file, 'trailer'))?.[1] ?? 'missing');
  const viewer = /\/ViewerPreferences (\d+) 0 R/.exec(root)?.[1];
  return { root, viewer: viewer ? pdfObject(file, viewer) : root };
}

/**
 * Per page, the words set taller than 50 pt (the watermark), left to right. The watermark is
 * diagonal, so pdftotext's reading order scatters it; its word boxes do not.
 */
function largeWordsByPage(file: string): string[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .filter((m) => Number(m[3]) - Number(m[2]) > 50)
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((m) => m[4])
        .join(''),
    );
}

/** Text with all whitespace removed (pdftotext breaks wrapped lines where the PDF did). */
function bare(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A row of the line table as pdftotext prints it: running number, then an item code. */
const LINE_ROW = /^\s*\d+\s+[A-Z]+-[A-Z0-9-]+\s/m;

describe('renderQuotePdf', () => {
  it.runIf(tools)('prints the figures finance checks: totals, subtotals, milestones, 大写', () => {
    const { doc, file } = out.draft;
    const labels = quoteDocumentLabels('zh-CN');
    const text = squeeze(pdfText(file));
    expect(text).toContain(`${labels.total} ${labels.money(doc.totals.totalFen)}`);
    expect(text).toContain(labels.money(doc.totals.listTotalFen));
    expect(text).toContain(labels.money(doc.totals.netFen));
    expect(text).toContain(labels.money(doc.totals.taxFen));
    expect(text).toContain(labels.money(-doc.totals.wholeDiscountFen));
    expect(text).toContain(`${labels.totalCapital}：${doc.totals.totalCapital}`);
    for (const section of doc.sections) {
      expect(text).toContain(`${section.title} ${labels.sectionSubtotal} ${labels.money(section.subtotalFen)}`);
    }
    for (const milestone of doc.milestones) {
      expect(text).toContain(
        `${milestone.label} ${labels.rate(milestone.percentBp)} ${labels.money(milestone.amountFen)}`,
      );
    }
    for (const row of doc.vatSummary) expect(text).toContain(labels.money(row.grossFen));
    // Optional and custom lines are marked; terms are numbered; both sides can sign and seal.
    expect(text).toContain(labels.optionalMark);
    expect(text).toContain(labels.customMark);
    expect(text).toContain(labels.optionalNote);
    doc.terms.forEach((term, i) => expect(bare(text)).toContain(bare(`${i + 1}.${term}`)));
    expect(bare(text)).toContain(bare(doc.notes));
    for (const word of [labels.signature.supplierSide, labels.signature.customerSide, labels.signature.seal]) {
      expect(text).toContain(word);
    }
    expect(text).toContain(`${labels.validUntil}：${doc.quote.validUntil}`);
  });

  it.runIf(tools)('says "第 X 页 共 Y 页" on every page, Y being the page count', () => {
    for (const { file } of Object.values(out)) {
      const count = pdfPageCount(file);
      expect(count).toBeGreaterThan(1);
      const labels = quoteDocumentLabels(file.endsWith('en.pdf') ? 'en' : 'zh-CN');
      // pdftotext drops the narrow spaces around digits between Chinese characters ("第1页共2页").
      expect(bare(pageText(file, 1))).toContain(bare(labels.pageOf(1, count)));
      pages(file).forEach((text, i) => expect(bare(text)).toContain(bare(labels.pageOf(i + 1, count))));
    }
  });

  it.runIf(tools)('repeats the table header on every page the table continues on, under the quote reference', () => {
    const { doc, file } = out.large;
    const labels = quoteDocumentLabels('zh-CN');
    const c = labels.columns;
    const header = new RegExp([c.no, c.code, c.name, c.unit, c.quantity, c.unitPrice, c.discount, c.amount].join('.*'));
    const all = pages(file);
    const tablePages = all.map((text, i) => ({ text, page: i + 1 })).filter((p) => LINE_ROW.test(p.text));
    expect(tablePages.length).toBeGreaterThan(40);
    const middle = Math.floor(all.length / 2);
    const [running, columns] = nonEmptyLines(pageText(file, middle));
    expect(running).toContain(`${labels.title} ${quoteReference(doc)}`);
    expect(columns).toMatch(header);
    for (const { text, page } of tablePages.filter((p) => p.page > 1)) {
      const lines = nonEmptyLines(text);
      expect(lines[0], `page ${page}`).toContain(quoteReference(doc));
      expect(lines[1], `page ${page}`).toMatch(header);
    }
  });

  it.runIf(tools)('never starts a page with a subtotal or total row', () => {
    const { doc, file } = out.large;
    const labels = quoteDocumentLabels('zh-CN');
    const totalLabels = [labels.sectionSubtotal, labels.listTotal, labels.linesTotal, labels.wholeDiscount];
    let checked = 0;
    pages(file).forEach((text, i) => {
      if (i === 0) return;
      const lines = nonEmptyLines(text);
      const headerAt = lines.findIndex((l) => l.includes(labels.columns.no) && l.includes(labels.columns.vatRate));
      if (headerAt < 0) return;
      const firstRow = lines[headerAt + 1] ?? '';
      checked += 1;
      for (const label of [...totalLabels, labels.totalNet, labels.totalTax, labels.total]) {
        expect(firstRow, `page ${i + 1}`).not.toContain(label);
      }
    });
    expect(checked).toBeGreaterThan(40);
    // And every line is printed once, in order.
    const numbers = pages(file)
      .flatMap(nonEmptyLines)
      .map((l) => /^\s*(\d+)\s+[A-Z]+-/.exec(l)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    expect(numbers).toEqual(doc.sections.flatMap((s) => s.lines.map((l) => Number(l.no))));
  });

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

  it.runIf(tools)('sets title, author, subject, keywords, date, language and shows the title', () => {
    const { doc, file } = out.approved;
    const info = pdfInfo(file);
    expect(info.Title).toContain(`报价单 ${quoteReference(doc)}`);
    expect(info.Title).toContain(doc.quote.title);
    expect(info.Author).toBe(doc.company.name);
    expect(info.Subject).toContain(doc.customer.name);
    expect(info.Keywords).toContain(doc.quote.number);
    expect(info.CreationDate).toMatch(/\d{4}/);
    expect(info['Page size']).toContain('595.28 x 841.89 pts (A4)');
    const { root, viewer } = catalog(file);
    expect(root).toContain('/Lang (zh-CN)');
    expect(catalog(out.en.file).root).toContain('/Lang (en)');
    expect(viewer).toContain('/DisplayDocTitle true');
  });

  it.runIf(tools)('carries the 草稿 / DRAFT watermark on every page of a draft only', () => {
    const draft = largeWordsByPage(out.draft.file);
    expect(draft).toHaveLength(pdfPageCount(out.draft.file));
    for (const words of draft) expect(words).toBe('草稿');
    for (const words of largeWordsByPage(out.en.file)) expect(words).toBe('DRAFT');
    expect(largeWordsByPage(out.approved.file).join('')).toBe('');
    expect(pdfText(out.approved.file)).not.toMatch(/草|稿/);
  });

  it.runIf(tools)('uses English words in an English quote', () => {
    const { doc, file } = out.en;
    const labels = quoteDocumentLabels('en');
    const text = squeeze(pdfText(file));
    for (const word of [
      labels.title,
      labels.columns.unitPrice,
      labels.sectionSubtotal,
      labels.milestones,
      labels.terms,
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toContain(`${labels.total} ${labels.money(doc.totals.totalFen)}`);
    expect(text).toContain(`${labels.totalCapital}: ${doc.totals.totalCapital}`);
    expect(text).toContain(labels.pageOf(1, pdfPageCount(file)));
    for (const zhLabel of ['报价单', '小计', '第 1 页', '付款方式', '商务条款']) expect(text).not.toContain(zhLabel);
  });

  it.runIf(tools)('renders a bare quote: no logo, terms, notes or milestones, prices without VAT', async () => {
    const content = sampleQuoteContent();
    const long = '甲乙丙丁'.repeat(30);
    content.vatMode = 'exclusive';
    content.discount = { kind: 'none' };
    content.lines = content.lines.map((l, i) => (i === 0 ? { ...l, name: long } : l));
    const base = sampleQuoteDocument({ content });
    const doc: QuoteDocument = {
      ...base,
      company: { ...base.company, logo: null, website: '', email: '' },
      terms: [],
      notes: '',
      milestones: [],
    };
    const file = path.join(tempDir(), 'bare.pdf');
    fs.writeFileSync(file, await renderQuotePdf(doc));
    expect(qpdfCheck(file).ok).toBe(true);
    const labels = quoteDocumentLabels('zh-CN');
    const text = squeeze(pdfText(file));
    expect(text).toContain(labels.vatModeExclusive);
    expect(text).toContain(`${labels.total} ${labels.money(doc.totals.totalFen)}`);
    // No whole-quote discount: one amount column, no "成交金额", no discount row.
    expect(text).not.toContain(labels.columns.finalAmount);
    expect(text).not.toContain(labels.wholeDiscount);
    expect(text).not.toContain(labels.milestones);
    // The long name wraps over many lines of its cell, all printed (pdftotext interleaves the
    // first line with the row's other cells, so count characters rather than match the string).
    expect(text.match(/甲/g)).toHaveLength(30);
  });

  it.runIf(tools)('keeps everything on the paper: long notes and terms flow on, an endless spec is cut', async () => {
    const content = sampleQuoteContent();
    const note = Array.from(
      { length: 120 },
      (_, i) => `第 ${i + 1} 条备注：交付、验收与售后服务安排以双方确认的实施计划为准。`,
    ).join('');
    content.notes = note;
    content.terms = `${content.terms}\n5. ${'付款以银行转账方式进行，开票信息以客户书面提供为准；'.repeat(40)}`;
    content.lines = content.lines.map((l, i) => (i === 1 ? { ...l, spec: '规格说明'.repeat(1500) } : l));
    const file = path.join(tempDir(), 'long.pdf');
    fs.writeFileSync(file, await renderQuotePdf(sampleQuoteDocument({ content })));
    expect(qpdfCheck(file).ok).toBe(true);
    // The note runs over a page break: take the footer and running header out between.
    const text = bare(pdfText(file)).replace(/第\d+页共\d+页上海云帆软件有限公司报价单BJ-2026-0001-A/g, '');
    expect(text).toContain(bare(note));
    expect(text).toContain(bare(content.terms.split('\n').at(-1) ?? 'missing'));
    // The spec is cut to what fits on one page, the cut marked.
    expect(text).toMatch(/规格…/);
    expect((text.match(/规格说明/g) ?? []).length).toBeLessThan(1500);
    // Every word inside the page (A4: 595 × 842 pt), none under the footer rule.
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const boxes = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)];
    expect(boxes.length).toBeGreaterThan(300);
    for (const [, x0, y0, x1, y1, word] of boxes) {
      expect(Number(x0), word).toBeGreaterThanOrEqual(0);
      expect(Number(y0), word).toBeGreaterThanOrEqual(0);
      expect(Number(x1), word).toBeLessThanOrEqual(595.3);
      expect(Number(y1), word).toBeLessThanOrEqual(842);
    }
  });

  it('is small: a short quote under 100 KB, 1,000 lines under 500 KB', () => {
    expect(out.approved.bytes.length).toBeLessThan(100 * 1024);
    expect(out.draft.bytes.length).toBeLessThan(100 * 1024);
    expect(out.large.bytes.length).toBeLessThanOrEqual(500 * 1024);
  });

  // The fonts are subset by our own code (src/main/documents/pdf/cff-subset.ts): besides poppler,
  // two independent PDF engines must draw every page without a complaint, and MuPDF's text (read
  // through the subset font's tables) must carry the figures. (Ghostscript's text output ignores
  // ToUnicode for CID fonts, also for pdfkit's own subsets, so it only renders here.)
  it.runIf(haveTools('gs', 'mutool'))('renders cleanly in Ghostscript and MuPDF too', () => {
    for (const file of [out.draft.file, out.large.file]) {
      const gs = spawnSync(
        'gs',
        ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=png16m', '-r30', '-sOutputFile=/dev/null', file],
        {
          encoding: 'utf8',
        },
      );
      expect(gs.status).toBe(0);
      expect(`${gs.stdout}${gs.stderr}`).not.toMatch(/error|invalid|font/i);
    }
    const mu = execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', out.draft.file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(bare(mu)).toContain(out.draft.doc.totals.totalCapital);
    expect(bare(mu)).toContain('¥380,000.00');
    expect(bare(mu)).toContain('报价单');
  });
});
