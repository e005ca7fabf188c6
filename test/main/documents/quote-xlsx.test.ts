import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderQuoteXlsx } from '../../../src/main/documents/quote/quote-xlsx';
import { SHEET_FONT, YUAN_FORMAT } from '../../../src/main/services/xlsx/write-workbook';
import { formatYuan } from '../../../src/shared/money';
import { buildQuoteDocument, type QuoteDocument } from '../../../src/shared/quotes/document';
import { quoteDocumentLabels, type QuoteDocumentLabels } from '../../../src/shared/quotes/document-labels';
import type { QuoteContent, QuoteLine } from '../../../src/shared/quotes/quote';
import {
  largeQuoteContent,
  sampleCompany,
  sampleCustomer,
  sampleQuoteContent,
  sampleQuoteDocument,
} from '../../fixtures/quote-document';
import { CSV_AS_SHOWN, haveTools, libreOfficeConvert } from '../../helpers/document-tools';
import { must } from '../../helpers/must';
import { tempDir } from '../../helpers/temp-dir';

/**
 * The quote as .xlsx, checked the way a customer's finance staff would: re-read with exceljs, the
 * figures (the formulas' cached results) are the app's to the fen; recalculated by LibreOffice,
 * the formulas give the same figures, also on amounts that land on half a fen.
 */

async function loadSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

async function readSheet(doc: QuoteDocument): Promise<ExcelJS.Worksheet> {
  return loadSheet(await renderQuoteXlsx(doc));
}

/**
 * A cell's figure as integer fen: the cached result of a formula, or the value. exceljs's reader
 * drops a cached result of 0 (the file holds <v>0</v>), so a formula without one reads as 0.
 */
function fenOf(cell: ExcelJS.Cell): number {
  const value = cell.value;
  const isFormula = value !== null && typeof value === 'object' && 'formula' in value;
  const number = isFormula ? (value.result ?? 0) : value;
  if (typeof number !== 'number') throw new Error(`${cell.address} holds no number: ${JSON.stringify(value)}`);
  return Math.round(number * 100);
}

function formulaOf(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value !== null && typeof value === 'object' && 'formula' in value && value.formula) return value.formula;
  throw new Error(`${cell.address} holds no formula`);
}

function textOf(cell: ExcelJS.Cell): string {
  return typeof cell.value === 'string' ? cell.value : '';
}

function allRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  return rows;
}

function allFormulas(sheet: ExcelJS.Worksheet): string[] {
  const formulas: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value;
      if (value !== null && typeof value === 'object' && 'formula' in value && value.formula)
        formulas.push(value.formula);
    }),
  );
  return formulas;
}

function allTexts(sheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(textOf(cell))));
  return texts.filter((text) => text !== '');
}

/** The first row with a cell whose text satisfies `match`, searching from row `after` + 1. */
function rowWith(sheet: ExcelJS.Worksheet, match: (text: string) => boolean, after = 0): ExcelJS.Row {
  const found = allRows(sheet).find((row) => {
    if (row.number <= after) return false;
    let hit = false;
    row.eachCell((cell) => {
      hit ||= match(textOf(cell));
    });
    return hit;
  });
  if (!found) throw new Error('row not found');
  return found;
}

/** The line table's header row and each column's number by its heading. */
function table(sheet: ExcelJS.Worksheet, labels: QuoteDocumentLabels): { header: ExcelJS.Row; col(h: string): number } {
  const header = rowWith(sheet, (text) => text === labels.columns.no);
  const headings = new Map<string, number>();
  header.eachCell((cell, column) => headings.set(textOf(cell), column));
  return {
    header,
    col(heading) {
      const column = headings.get(heading);
      if (column === undefined) throw new Error(`no column ${heading}`);
      return column;
    },
  };
}

/** The row of line `no` in the table. */
function lineRow(sheet: ExcelJS.Worksheet, headerRow: number, no: string): ExcelJS.Row {
  const row = allRows(sheet).find((r) => r.number > headerRow && r.getCell(1).value === Number(no));
  if (!row) throw new Error(`line ${no} not found`);
  return row;
}

/** The figure on a totals row (its only number, right of the label). */
function figureIn(row: ExcelJS.Row): number {
  let found = 0;
  row.eachCell((cell) => {
    if (!found && (typeof cell.value === 'number' || (cell.value !== null && typeof cell.value === 'object'))) {
      found = fenOf(cell);
    }
  });
  return found;
}

/** No "####": every amount, in its cell's font size and weight, fits its column (in characters). */
function expectMoneyFits(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.numFmt !== YUAN_FORMAT || cell.isMerged) return;
      const scale = ((cell.font?.size ?? 10) / 10) * (cell.font?.bold ? 1.1 : 1);
      const needed = Math.ceil(formatYuan(fenOf(cell)).length * scale) + 1;
      expect(needed, `${cell.address} fits`).toBeLessThanOrEqual(sheet.getColumn(cell.col).width ?? 8);
    }),
  );
}

function catalogue(id: string, extra: Partial<QuoteLine>): QuoteLine {
  return {
    id,
    sectionId: 'a',
    kind: 'catalogue',
    code: `T-${id}`,
    name: `测试项 ${id}`,
    spec: '规格',
    unit: '套',
    priceVersionId: 1,
    priceVersionLabel: '2026 标准价',
    unitPriceFen: 100,
    costFen: null,
    vatRateBp: 1300,
    floorDiscountBp: 0,
    quantity: '1',
    discountBp: 0,
    unitPriceOverrideFen: null,
    optional: false,
    customReason: '',
    ...extra,
  };
}

/** Prices, quantities and discounts whose exact products end on half a fen (and trip binary floats). */
function halfFenContent(vatMode: 'inclusive' | 'exclusive'): QuoteContent {
  return {
    ...sampleQuoteContent(),
    title: '舍入测试',
    vatMode,
    sections: [
      { id: 'a', title: '软件' },
      { id: 'b', title: '服务' },
    ],
    lines: [
      catalogue('1', { unitPriceFen: 1_234_567, quantity: '3', discountBp: 1500 }),
      catalogue('2', { unitPriceFen: 1_234_567, quantity: '0.5' }),
      catalogue('3', { unitPriceFen: 67, quantity: '1.5' }),
      catalogue('4', { unitPriceFen: 1999, discountBp: 5000 }),
      catalogue('5', { unitPriceFen: 4_800_000, quantity: '0.33', unitPriceOverrideFen: 3_333_333 }),
      catalogue('6', { unitPriceFen: 101, quantity: '0.5', optional: true }),
      catalogue('7', { sectionId: 'b', unitPriceFen: 12_345, quantity: '3', discountBp: 1000, vatRateBp: 600 }),
      catalogue('8', { sectionId: 'b', unitPriceFen: 333, quantity: '2.5', vatRateBp: 600 }),
      catalogue('9', { sectionId: 'b', unitPriceFen: 25, vatRateBp: 600 }),
      catalogue('10', { sectionId: 'b', unitPriceFen: 50 }),
      {
        ...catalogue('11', { sectionId: 'b', unitPriceFen: 1_280_005, quantity: '0.7', vatRateBp: 600 }),
        kind: 'custom',
      },
    ],
    discount: vatMode === 'inclusive' ? { kind: 'percent', bp: 333 } : { kind: 'none' },
    milestones: [
      { id: 'm1', label: '预付款', percentBp: 3333 },
      { id: 'm2', label: '到货款', percentBp: 3333 },
      { id: 'm3', label: '验收款', percentBp: 3334 },
    ],
  };
}

function documentOf(content: QuoteContent, options: { locale?: 'zh-CN' | 'en'; approved?: boolean } = {}) {
  return buildQuoteDocument({
    locale: options.locale ?? 'zh-CN',
    approved: options.approved ?? true,
    company: sampleCompany(),
    customer: sampleCustomer(),
    number: 'BJ-2026-0099',
    revision: 'B',
    issueDate: '2026-11-27',
    preparedBy: '王晓峰',
    content,
  });
}

/** Every figure of `doc` in the sheet is the app's: lines, subtotals, totals, VAT summary, milestones. */
async function expectAppFigures(doc: QuoteDocument): Promise<void> {
  const labels = quoteDocumentLabels(doc.locale);
  const sheet = await readSheet(doc);
  const t = table(sheet, labels);
  const inclusive = doc.quote.vatMode === 'inclusive';
  const hasWhole = doc.totals.wholeDiscountFen !== 0;
  const finalCol = t.col(hasWhole ? labels.columns.finalAmount : labels.columns.amount);
  const optionalRows: number[] = [];

  for (const line of doc.sections.flatMap((s) => s.lines)) {
    const row = lineRow(sheet, t.header.number, line.no);
    if (line.optional) optionalRows.push(row.number);
    const amount = row.getCell(t.col(labels.columns.amount));
    expect(fenOf(amount), `line ${line.no} amount`).toBe(line.lineAmountFen);
    expect(formulaOf(amount)).toMatch(
      line.unitPriceOverrideFen === null ? /^ROUND\(G\d+\*F\d+\*\(1-H\d+\),2\)$/ : /^ROUND\(G\d+\*F\d+,2\)$/,
    );
    expect(fenOf(row.getCell(finalCol)), `line ${line.no} final`).toBe(line.finalAmountFen);
    if (hasWhole) expect(fenOf(row.getCell(t.col(labels.columns.wholeDiscount)))).toBe(line.allocatedDiscountFen);
    if (inclusive) expect(fenOf(row.getCell(t.col(labels.columns.net)))).toBe(line.netFen);
    expect(fenOf(row.getCell(t.col(labels.columns.tax))), `line ${line.no} tax`).toBe(line.taxFen);
    if (!inclusive) expect(fenOf(row.getCell(t.col(labels.vatColumns.gross)))).toBe(line.grossFen);
  }

  for (const section of doc.sections) {
    const row = rowWith(sheet, (text) => text === `${section.title} ${labels.sectionSubtotal}`);
    const subtotal = row.getCell(finalCol);
    expect(fenOf(subtotal), `subtotal ${section.title}`).toBe(section.subtotalFen);
    for (const optional of optionalRows) expect(formulaOf(subtotal)).not.toMatch(new RegExp(`[A-Z]${optional}\\b`));
  }

  const afterTable = rowWith(sheet, (text) => text === labels.listTotal).number - 1;
  const total = (label: string): number => figureIn(rowWith(sheet, (text) => text === label, afterTable));
  expect(total(labels.listTotal)).toBe(doc.totals.listTotalFen);
  expect(total(labels.totalNet)).toBe(doc.totals.netFen);
  expect(total(labels.totalTax)).toBe(doc.totals.taxFen);
  expect(total(labels.total)).toBe(doc.totals.totalFen);
  if (hasWhole) {
    expect(total(labels.linesTotal)).toBe(doc.totals.linesTotalFen);
    expect(figureIn(rowWith(sheet, (text) => text.startsWith(labels.wholeDiscount), afterTable))).toBe(
      -doc.totals.wholeDiscountFen,
    );
  }
  expect(allTexts(sheet)).toContain(doc.totals.totalCapital);

  const vatHeading = rowWith(sheet, (text) => text === labels.vatSummary, afterTable).number;
  const rateCol = t.col(labels.columns.vatRate);
  doc.vatSummary.forEach((summary, i) => {
    const row = sheet.getRow(vatHeading + 1 + i);
    expect(row.getCell(rateCol).value).toBe(summary.vatRateBp / 10_000);
    expect(fenOf(row.getCell(inclusive ? t.col(labels.columns.net) : finalCol))).toBe(summary.netFen);
    expect(fenOf(row.getCell(t.col(labels.columns.tax)))).toBe(summary.taxFen);
    expect(fenOf(row.getCell(inclusive ? finalCol : t.col(labels.vatColumns.gross)))).toBe(summary.grossFen);
    expect(formulaOf(row.getCell(t.col(labels.columns.tax)))).toContain('SUMIF(');
  });

  const milestoneHeader = rowWith(sheet, (text) => text === labels.milestoneColumns.label, vatHeading).number;
  doc.milestones.forEach((milestone, i) => {
    const amount = sheet.getRow(milestoneHeader + 1 + i).getCell(finalCol);
    expect(fenOf(amount), `milestone ${milestone.label}`).toBe(milestone.amountFen);
    expect(formulaOf(amount)).toMatch(
      i === doc.milestones.length - 1 ? /-SUM\(/ : /^(MIN\()?ROUND\(\$[A-Z]+\$\d+\*[A-Z]+\d+,2\)/,
    );
  });
}

describe('renderQuoteXlsx', () => {
  it('carries the app figures to the fen: lines, subtotals, totals, VAT summary, 大写, milestones', async () => {
    await expectAppFigures(sampleQuoteDocument());
  });

  it('keeps the figures on half-fen amounts, in both VAT modes', async () => {
    const inclusive = documentOf(halfFenContent('inclusive'));
    // The fixture really lands on halves: 12345.67 × 0.5 = 6172.835, 0.67 × 1.5 = 1.005, 19.99 × 50 % = 9.995.
    const amounts = inclusive.sections.flatMap((s) => s.lines).map((l) => l.lineAmountFen);
    expect(amounts.slice(1, 4)).toEqual([617_284, 101, 1000]);
    await expectAppFigures(inclusive);
    const exclusive = documentOf(halfFenContent('exclusive'), { locale: 'en' });
    // 0.25 × 6 % = 0.015 and 0.50 × 13 % = 0.065 round up.
    expect(exclusive.sections[1]?.lines.slice(2, 4).map((l) => l.taxFen)).toEqual([2, 7]);
    await expectAppFigures(exclusive);
  });

  it('handles a tax-exclusive quote with a whole-quote discount', async () => {
    await expectAppFigures(
      documentOf({ ...sampleQuoteContent(), vatMode: 'exclusive', discount: { kind: 'percent', bp: 350 } }),
    );
  });

  it('caps a milestone at what is left, as the app does on a total of a few fen', async () => {
    const doc = documentOf({
      ...halfFenContent('exclusive'),
      sections: [{ id: 'a', title: '软件' }],
      lines: [catalogue('1', { unitPriceFen: 5, vatRateBp: 0 })],
      milestones: [
        { id: 'm1', label: '预付款', percentBp: 5000 },
        { id: 'm2', label: '到货款', percentBp: 5000 },
        { id: 'm3', label: '验收款', percentBp: 0 },
      ],
    });
    expect(doc.milestones.map((m) => m.amountFen)).toEqual([3, 2, 0]);
    await expectAppFigures(doc);
    const sheet = await readSheet(doc);
    expect(allFormulas(sheet).some((f) => f.startsWith('MIN(ROUND('))).toBe(true);
  });

  it('shows optional lines, marked, outside every total; custom lines marked', async () => {
    const doc = sampleQuoteDocument();
    const labels = quoteDocumentLabels('zh-CN');
    const sheet = await readSheet(doc);
    const lines = doc.sections.flatMap((s) => s.lines);
    const optional = must(
      lines.find((l) => l.optional),
      'an optional line',
    );
    const custom = must(
      lines.find((l) => l.custom),
      'a custom line',
    );
    const texts = allTexts(sheet);
    expect(texts).toContain(`${optional.name}${labels.optionalMark}`);
    expect(texts).toContain(`${custom.name}${labels.customMark}`);
    expect(texts).toContain(`* ${labels.optionalNote}`);
    const counted = doc.sections.flatMap((s) => s.lines).filter((l) => !l.optional);
    expect(counted.reduce((sum, l) => sum + l.grossFen, 0)).toBe(doc.totals.totalFen);
    expect(optional.grossFen).toBeGreaterThan(0);
  });

  it('writes the headers and words in the document language', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const labels = quoteDocumentLabels(locale);
      const sheet = await readSheet(sampleQuoteDocument({ locale }));
      const header = table(sheet, labels).header;
      const headings: string[] = [];
      header.eachCell((cell) => headings.push(textOf(cell)));
      expect(headings.slice(0, 9)).toEqual([
        labels.columns.no,
        labels.columns.code,
        labels.columns.name,
        labels.columns.spec,
        labels.columns.unit,
        labels.columns.quantity,
        labels.columns.unitPrice,
        labels.columns.discount,
        labels.columns.amount,
      ]);
      const texts = allTexts(sheet);
      expect(texts).toContain(labels.title);
      expect(texts).toContain(labels.total);
      expect(sheet.name).toBe(labels.title);
    }
    expect(allTexts(await readSheet(sampleQuoteDocument({ locale: 'en' })))).toContain('Quotation');
  });

  it('marks a draft in a banner and in the printed header, and an approved quote nowhere', async () => {
    const draft = await readSheet(sampleQuoteDocument({ approved: false }));
    expect(textOf(draft.getCell('A1'))).toBe('草稿 — 未审批，仅供内部参考');
    expect(draft.getCell('A1').font.color?.argb).toBe('FFC00000');
    expect(draft.headerFooter.oddHeader).toContain('草稿');
    const draftEn = await readSheet(sampleQuoteDocument({ locale: 'en', approved: false }));
    expect(textOf(draftEn.getCell('A1'))).toMatch(/^DRAFT — not approved/);
    expect(draftEn.headerFooter.oddHeader).toContain('DRAFT');

    const approved = await readSheet(sampleQuoteDocument({ approved: true }));
    expect(allTexts(approved).some((text) => text.includes('草稿'))).toBe(false);
    expect(approved.headerFooter.oddHeader).not.toContain('草稿');
  });

  it('prints on A4, one page wide, the table header repeated, page numbers in the footer', async () => {
    const labels = quoteDocumentLabels('zh-CN');
    const sheet = await readSheet(sampleQuoteDocument());
    const headerRow = table(sheet, labels).header.number;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    });
    expect(sheet.pageSetup.margins?.left).toBeGreaterThan(0);
    expect(sheet.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
    const en = await readSheet(sampleQuoteDocument({ locale: 'en' }));
    expect(en.headerFooter.oddFooter).toContain('Page &P of &N');
  });

  it('styles for every reader: CJK font, ¥ formats, percentages, widths that fit, wrapped names', async () => {
    const doc = sampleQuoteDocument();
    const labels = quoteDocumentLabels('zh-CN');
    const sheet = await readSheet(doc);
    const t = table(sheet, labels);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.font?.name, cell.address).toBe(SHEET_FONT)));
    expectMoneyFits(sheet);
    const first = lineRow(sheet, t.header.number, '1');
    expect(first.getCell(t.col(labels.columns.discount)).value).toBe(0.15);
    expect(first.getCell(t.col(labels.columns.discount)).numFmt).toBe('0.00%');
    expect(first.getCell(t.col(labels.columns.amount)).numFmt).toBe(YUAN_FORMAT);
    expect(first.getCell(t.col(labels.columns.name)).alignment.wrapText).toBe(true);
    expect(first.getCell(t.col(labels.columns.spec)).alignment.wrapText).toBe(true);
    expect(sheet.getImages()).toHaveLength(1);
    const noLogo = await readSheet({ ...doc, company: { ...doc.company, logo: null } });
    expect(noLogo.getImages()).toHaveLength(0);
  });

  it('renders every line of a 1,000-line quote (timing is in npm run bench)', async () => {
    const doc = sampleQuoteDocument({ content: largeQuoteContent(1000) });
    const buffer = await renderQuoteXlsx(doc);
    const sheet = await loadSheet(buffer);
    const labels = quoteDocumentLabels('zh-CN');
    const t = table(sheet, labels);
    const last = must(doc.sections.flatMap((s) => s.lines).at(-1), 'the last line');
    expect(last.no).toBe('1000');
    expect(fenOf(lineRow(sheet, t.header.number, '1000').getCell(t.col(labels.columns.finalAmount)))).toBe(
      last.finalAmountFen,
    );
    expect(figureIn(rowWith(sheet, (text) => text === labels.total))).toBe(doc.totals.totalFen);
    expectMoneyFits(sheet);
  });
});

/** LibreOffice's CSV export of the sheet as shown on screen (UTF-8, formatted figures). */

describe.runIf(haveTools('soffice'))('renderQuoteXlsx, recalculated by LibreOffice', () => {
  const cases: [string, () => QuoteDocument][] = [
    [
      'the sample quote (tax-inclusive, 抹零 target total, optional, typed price)',
      () => sampleQuoteDocument({ approved: false }),
    ],
    ['half-fen amounts, tax-inclusive, percent discount', () => documentOf(halfFenContent('inclusive'))],
    ['half-fen amounts, tax-exclusive, English', () => documentOf(halfFenContent('exclusive'), { locale: 'en' })],
  ];

  it.each(cases)(
    'formulas recompute to the figures written: %s',
    async (_name, make) => {
      const doc = make();
      const file = path.join(tempDir(), 'quote.xlsx');
      fs.writeFileSync(file, await renderQuoteXlsx(doc));
      const cached = fs.readFileSync(libreOfficeConvert(file, CSV_AS_SHOWN), 'utf8');
      const recalculated = fs.readFileSync(libreOfficeConvert(file, CSV_AS_SHOWN, { recalculate: true }), 'utf8');
      expect(recalculated).toBe(cached);
      expect(recalculated).toContain(formatYuan(doc.totals.totalFen));
      for (const milestone of doc.milestones) expect(recalculated).toContain(formatYuan(milestone.amountFen));
      expect(recalculated).toContain(doc.totals.totalCapital);
    },
    60_000,
  );
});
