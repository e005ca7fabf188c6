import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderQuoteDocx } from '../../../src/main/documents/quote/quote-docx';
import type { QuoteDocument } from '../../../src/shared/quotes/document';
import {
  quoteDocumentLabels,
  quoteReference,
  type QuoteDocumentLabels,
} from '../../../src/shared/quotes/document-labels';
import { largeQuoteContent, sampleQuoteContent, sampleQuoteDocument } from '../../fixtures/quote-document';
import { haveTools, libreOfficeConvert, pdfText } from '../../helpers/document-tools';
import { tempDir } from '../../helpers/temp-dir';

/**
 * The quote as .docx, checked the way the customer's software reads it: the package unzipped,
 * the figures a buyer checks found in the text (formatted as printed) and adding up row by row,
 * the layout rules Word obeys (repeated header row, rows that don't split, page fields, fonts and
 * language, the draft watermark); and LibreOffice opening it and laying it out to PDF.
 */

interface Package {
  document: string;
  styles: string;
  header: string;
  footer: string;
  files: string[];
}

async function unpack(bytes: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing`);
    return file.async('string');
  };
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    header: await read('word/header1.xml'),
    footer: await read('word/footer1.xml'),
    files: Object.keys(zip.files),
  };
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of an XML fragment: its w:t contents, joined. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

/** The rows of the first table whose header row is marked to repeat, as cell texts. */
function lineTableRows(document: string): string[][] {
  const start = document.lastIndexOf('<w:tr>', document.indexOf('<w:tblHeader/>'));
  const table = document.slice(start, document.indexOf('</w:tbl>', start));
  return table
    .split('<w:tr>')
    .filter((row) => row !== '')
    .map((row) => [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => textOf(m[1] ?? '')));
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

/** "¥1,234.56" / "-¥8,263.29" → fen. */
function fen(printed: string | undefined): number {
  const match = /^(-?)¥([\d,]+)\.(\d\d)$/.exec((printed ?? '').trim());
  if (!match) throw new Error(`not an amount: "${printed}"`);
  const [, sign, yuan = '', cents = ''] = match;
  const value = Number(yuan.replace(/,/g, '')) * 100 + Number(cents);
  return sign === '-' ? -value : value;
}

/**
 * Walks the printed line table: at each subtotal row, the printed quote-discount shares and
 * final amounts of the section's counted (non-optional) lines must add up to the printed figures.
 */
function checkSubtotals(rows: string[][], labels: QuoteDocumentLabels): { subtotals: number[]; linesPrinted: number } {
  const columns = must(rows[0]);
  const c = labels.columns;
  const amount = columns.indexOf(c.finalAmount);
  const share = columns.indexOf(c.wholeDiscount);
  let lines = 0;
  let shares = 0;
  let linesPrinted = 0;
  const subtotals: number[] = [];
  for (const cells of rows.slice(1)) {
    if (cells.length === columns.length) {
      linesPrinted += 1;
      if (cells[2]?.includes(labels.optionalMark)) continue;
      lines += fen(cells[amount]);
      shares += fen(cells[share]);
    } else if (cells[0] === labels.sectionSubtotal) {
      // label | share | amount | rate
      expect(fen(cells[1])).toBe(shares);
      expect(fen(cells[2])).toBe(lines);
      subtotals.push(lines);
      lines = 0;
      shares = 0;
    }
  }
  return { subtotals, linesPrinted };
}

describe('renderQuoteDocx', () => {
  const zh = sampleQuoteDocument();
  const zhLabels = quoteDocumentLabels('zh-CN');
  let zhBytes: Buffer;
  let zhPackage: Package;

  beforeAll(async () => {
    zhBytes = await renderQuoteDocx(zh);
    zhPackage = await unpack(zhBytes);
  });

  it('shows the total, each section subtotal, each milestone amount and the total in 大写', () => {
    const text = textOf(zhPackage.document);
    expect(text).toContain(zhLabels.title);
    expect(text).toContain('¥380,000.00');
    expect(text).toContain(zhLabels.money(zh.totals.totalFen));
    expect(text).toContain(zh.totals.totalCapital);
    expect(text).toContain('人民币叁拾捌万元整');
    for (const section of zh.sections) {
      expect(text).toContain(section.title);
      expect(text).toContain(zhLabels.money(section.subtotalFen));
    }
    for (const milestone of zh.milestones) {
      expect(text).toContain(milestone.label);
      expect(text).toContain(zhLabels.money(milestone.amountFen));
    }
    for (const row of zh.vatSummary) expect(text).toContain(zhLabels.money(row.taxFen));
    expect(text).toContain(zhLabels.money(zh.totals.listTotalFen));
    expect(text).toContain(zhLabels.money(-zh.totals.wholeDiscountFen));
    expect(text).toContain(zhLabels.money(zh.totals.netFen));
    expect(text).toContain(zhLabels.money(zh.totals.taxFen));
  });

  it('prints line amounts that add up to each section subtotal, and subtotals that add up to the total', () => {
    const rows = lineTableRows(zhPackage.document);
    const columns = must(rows[0]);
    expect(columns).toEqual([
      '序号',
      '编码',
      '名称 / 规格型号',
      '单位',
      '数量',
      '单价',
      '折扣',
      '整单优惠',
      '成交金额',
      '税率',
    ]);
    const { subtotals, linesPrinted } = checkSubtotals(rows, zhLabels);
    expect(linesPrinted).toBe(zh.sections.reduce((sum, s) => sum + s.lines.length, 0));
    expect(subtotals).toEqual(zh.sections.map((s) => s.subtotalFen));
    // Prices include VAT here, so the subtotals make up what the customer pays.
    expect(subtotals.reduce((a, b) => a + b, 0)).toBe(zh.totals.totalFen);
  });

  it('adds up in a VAT-exclusive quote too: subtotals make the total excl. VAT, plus VAT the total', async () => {
    const doc = sampleQuoteDocument({
      content: { ...sampleQuoteContent(), vatMode: 'exclusive', discount: { kind: 'percent', bp: 350 } },
    });
    const { document } = await unpack(await renderQuoteDocx(doc));
    const { subtotals } = checkSubtotals(lineTableRows(document), zhLabels);
    expect(subtotals.reduce((a, b) => a + b, 0)).toBe(doc.totals.netFen);
    const text = textOf(document);
    expect(text).toContain(zhLabels.vatModeExclusive);
    expect(text).toContain(`${zhLabels.wholeDiscount}（3.5%）${zhLabels.money(-doc.totals.wholeDiscountFen)}`);
    expect(text).toContain(`${zhLabels.totalNet}${zhLabels.money(doc.totals.netFen)}`);
    expect(text).toContain(`${zhLabels.totalTax}${zhLabels.money(doc.totals.taxFen)}`);
    expect(text).toContain(`${zhLabels.total}${zhLabels.money(doc.totals.totalFen)}`);
    expect(doc.totals.netFen + doc.totals.taxFen).toBe(doc.totals.totalFen);
  });

  it('marks optional and custom lines, and says optional lines are not counted', () => {
    const rows = lineTableRows(zhPackage.document);
    const optional = rows.filter((cells) => cells[2]?.includes(zhLabels.optionalMark));
    expect(optional.map((cells) => cells[1])).toEqual(['ERP-BI-001']);
    expect(rows.some((cells) => cells[2]?.startsWith(`数据迁移（旧系统 5 年历史单据）${zhLabels.customMark}`))).toBe(
      true,
    );
    expect(textOf(zhPackage.document)).toContain(zhLabels.optionalNote);
    // The typed price shows as 议价 with the agreed unit price.
    expect(must(rows.find((cells) => cells[1] === 'ERP-GL-001'))[6]).toBe(`${zhLabels.overrideNote}¥33,333.33`);
  });

  it('repeats the line table header row on every page and never splits a row', () => {
    const { document } = zhPackage;
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(3); // line table, VAT summary, milestones
    const headerRow = document.slice(document.lastIndexOf('<w:tr>', document.indexOf('<w:tblHeader/>')));
    expect(textOf(headerRow.slice(0, headerRow.indexOf('</w:tr>')))).toContain('序号');
    const table = document.slice(
      document.indexOf('<w:tblHeader/>'),
      document.indexOf('</w:tbl>', document.indexOf('<w:tblHeader/>')),
    );
    const rows = table.split('<w:tr>').slice(1);
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('is A4 with page numbers as PAGE and NUMPAGES fields, and the company and reference in the header', () => {
    expect(zhPackage.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const { footer, header } = zhPackage;
    expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(textOf(footer)).toBe('第  页 共  页');
    expect(textOf(header)).toContain(zh.company.name);
    expect(textOf(header)).toContain(quoteReference(zh));
  });

  it('sets the East Asian font on every run and zh-CN as the East Asian language', () => {
    const { styles, document, header, footer } = zhPackage;
    const defaults = styles.slice(styles.indexOf('<w:docDefaults>'), styles.indexOf('</w:docDefaults>'));
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
    expect(defaults).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    for (const part of [document, header, footer]) {
      const textRuns = [...part.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
        .map((m) => m[1] ?? '')
        .filter((run) => run.includes('<w:t'));
      expect(textRuns.length).toBeGreaterThan(0);
      for (const run of textRuns) expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
    }
  });

  it('embeds the company logo', () => {
    expect(zhPackage.files.some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect(zhPackage.document).toContain('<wp:inline');
  });

  it('leaves the logo out when the company has none', async () => {
    const doc: QuoteDocument = { ...zh, company: { ...zh.company, logo: null } };
    const { files, document } = await unpack(await renderQuoteDocx(doc));
    expect(files.some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(textOf(document)).toContain(zh.company.name);
  });

  it('carries a 草稿 watermark on every page while the quote is not approved, and none once approved', async () => {
    const draft = await unpack(await renderQuoteDocx(sampleQuoteDocument({ approved: false })));
    // The watermark lives in the (only) page header, so it is on every page.
    expect(draft.files.filter((name) => /^word\/header\d+\.xml$/.test(name))).toEqual(['word/header1.xml']);
    expect(draft.header).toMatch(/<v:textpath [^>]*string="草稿"/);
    expect(draft.header).toContain('PowerPlusWaterMarkObject');
    expect(zhPackage.header).not.toContain('v:textpath');
    expect(zhPackage.header).not.toContain('草稿');
  });

  it('writes an English quote in English (Chinese stays Chinese: eastAsia zh-CN)', async () => {
    const en = sampleQuoteDocument({ locale: 'en', approved: false });
    const labels = quoteDocumentLabels('en');
    const pkg = await unpack(await renderQuoteDocx(en));
    const text = textOf(pkg.document);
    for (const word of ['Quotation', 'Quote no.', 'Valid until', 'Subtotal', 'Total (VAT included)', 'VAT summary']) {
      expect(text).toContain(word);
    }
    expect(text).toContain(labels.money(en.totals.totalFen));
    expect(text).toContain(en.totals.totalCapital);
    expect(text).not.toContain('报价单');
    expect(text).not.toContain('小计');
    expect(textOf(pkg.footer)).toBe('Page  of ');
    expect(pkg.header).toMatch(/<v:textpath [^>]*string="DRAFT"/);
    expect(pkg.styles).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    expect(lineTableRows(pkg.document)[0]).toContain('Net of discounts');
  });

  it('keeps markup characters in names as text, and drops characters XML cannot hold', async () => {
    const base = sampleQuoteDocument();
    const [first, ...rest] = base.sections;
    const [line, ...others] = must(first).lines;
    const odd = { ...must(line), name: 'A&B <C> "D" \'E\'\u0007', spec: '</w:t></w:r>' };
    const doc: QuoteDocument = { ...base, sections: [{ ...must(first), lines: [odd, ...others] }, ...rest] };
    const rows = lineTableRows((await unpack(await renderQuoteDocx(doc))).document);
    expect(rows.find((cells) => cells[1] === odd.code)?.[2]).toBe('A&B <C> "D" \'E\'</w:t></w:r>');
  });

  it('has no quote-discount column when the quote has no whole-quote discount', async () => {
    const base = sampleQuoteDocument();
    const doc = sampleQuoteDocument({
      content: { ...largeQuoteContent(12), discount: { kind: 'none' } },
    });
    expect(doc.totals.wholeDiscountFen).toBe(0);
    const rows = lineTableRows((await unpack(await renderQuoteDocx(doc))).document);
    expect(rows[0]).not.toContain(quoteDocumentLabels('zh-CN').columns.wholeDiscount);
    expect(rows[0]).toContain('金额');
    expect(base.totals.wholeDiscountFen).toBeGreaterThan(0);
  });

  it('writes every line of a 1,000-line quote into the table (timing is in npm run bench)', async () => {
    const bytes = await renderQuoteDocx(sampleQuoteDocument({ content: largeQuoteContent(1000) }));
    const rows = lineTableRows((await unpack(bytes)).document);
    const columns = must(rows[0]).length;
    expect(rows.filter((cells) => cells.length === columns).length).toBe(1001); // header + lines
  });

  describe.runIf(haveTools('soffice', 'pdftotext'))('opened by LibreOffice', () => {
    it('lays the draft out with the total, the 大写, and page numbers from the fields', async () => {
      const dir = tempDir();
      const file = path.join(dir, 'quote-zh.docx');
      fs.writeFileSync(file, await renderQuoteDocx(sampleQuoteDocument({ approved: false })));
      const pages = pdfText(libreOfficeConvert(file, 'pdf')).split('\f');
      const text = pages.join('\n');
      expect(text).toContain('¥380,000.00');
      expect(text).toContain('人民币叁拾捌万元整');
      // pdftotext -layout drops the narrow spaces between Chinese and digits: compare without spaces.
      const compact = text.replace(/\s+/g, '');
      const count = pages.filter((page) => page.trim() !== '').length;
      expect(count).toBeGreaterThan(1);
      expect(compact).toContain(`第1页共${count}页`);
      expect(compact).toContain(`第${count}页共${count}页`);
      // The line table runs onto page 2, where its header row is repeated.
      expect(pages[1]).toMatch(/序号\s+编码\s+名称 \/ 规格型号/);
    });

    it('lays the English quote out with "Page X of Y"', async () => {
      const dir = tempDir();
      const file = path.join(dir, 'quote-en.docx');
      fs.writeFileSync(file, await renderQuoteDocx(sampleQuoteDocument({ locale: 'en' })));
      const text = pdfText(libreOfficeConvert(file, 'pdf'));
      expect(text).toMatch(/Page 1 of \d/);
      expect(text).toContain('¥380,000.00');
      expect(text).toContain('Total (VAT included)');
    });
  });
});
