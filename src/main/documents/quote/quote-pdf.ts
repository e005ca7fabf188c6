import type { QuoteDocument, QuoteDocumentLine, QuoteDocumentParty } from '../../../shared/quotes/document';
import { quoteDocumentLabels, quoteReference, type QuoteDocumentLabels } from '../../../shared/quotes/document-labels';
import {
  drawFields,
  drawHeading,
  drawNumberedClauses,
  drawParagraph,
  drawSignatureBlock,
  headingHeight,
  clauseHeight,
  measureFields,
  type Field,
} from '../pdf/blocks';
import { A4, createPdf } from '../pdf/document';
import { boxWidth, INK, PageFlow, useStyle, type PageBox } from '../pdf/layout';
import { stampPages, drawWatermark } from '../pdf/page-furniture';
import {
  drawFlowingTable,
  drawTableAt,
  fitColumnWidth,
  measureTable,
  type TableColumn,
  type TableRow,
  type TableSpec,
} from '../pdf/table';

/**
 * The quote (报价单) as an A4 PDF: letterhead, quote and customer details, the priced lines by
 * section with subtotals, totals with the amount in 大写, VAT summary, payment milestones,
 * validity, terms, notes and a signature-and-seal block for both sides; "page X of Y" on every
 * page, the quote reference on every page after the first, a 草稿 / DRAFT watermark on every page
 * of a quote that is not approved. Reads only the QuoteDocument, like the .xlsx and .docx.
 */

const BOX: PageBox = { left: 40, right: A4.width - 40, top: 36, continuationTop: 72, bottom: A4.height - 48 };

/** "：" in Chinese, ": " in English. */
function colon(doc: QuoteDocument): string {
  return doc.locale === 'en' ? ': ' : '：';
}

function letterhead(pdf: PDFKit.PDFDocument, flow: PageFlow, doc: QuoteDocument, labels: QuoteDocumentLabels): void {
  const { company } = doc;
  const top = flow.y;
  let textX = BOX.left;
  if (company.logo) {
    pdf.image(Buffer.from(company.logo.bytes), BOX.left, top, { fit: [108, 36], valign: 'center' });
    textX += 120;
  }
  const titleWidth = 150;
  const textWidth = BOX.right - titleWidth - textX;
  useStyle(pdf, { bold: true, size: 13 });
  pdf.text(company.name, textX, top, { width: textWidth });
  let y = top + pdf.heightOfString(company.name, { width: textWidth }) + 1;
  const sep = '  ·  ';
  const contactLines = [
    company.address,
    [company.phone && `${labels.phone} ${company.phone}`, company.email].filter(Boolean).join(sep),
    company.website,
  ].filter((line) => line !== '');
  useStyle(pdf, { size: 8, color: INK.muted });
  for (const line of contactLines) {
    pdf.text(line, textX, y, { width: textWidth });
    y += pdf.heightOfString(line, { width: textWidth });
  }
  // Title and reference, right-aligned.
  useStyle(pdf, { bold: true, size: 20, color: INK.accent });
  pdf.text(labels.title, BOX.right - titleWidth, top - 2, { width: titleWidth, align: 'right' });
  const titleBottom = top - 2 + pdf.currentLineHeight(true);
  useStyle(pdf, { bold: true, size: 9, color: INK.muted });
  pdf.text(quoteReference(doc), BOX.right - titleWidth, titleBottom, { width: titleWidth, align: 'right' });
  const bottom = Math.max(y, top + 36, titleBottom + pdf.currentLineHeight(true)) + 6;
  pdf.moveTo(BOX.left, bottom).lineTo(BOX.right, bottom).lineWidth(1.2).strokeColor(INK.accent).stroke();
  flow.y = bottom + 10;
}

function quoteTitle(pdf: PDFKit.PDFDocument, flow: PageFlow, doc: QuoteDocument): void {
  if (doc.quote.title === '') return;
  useStyle(pdf, { bold: true, size: 12.5 });
  const width = boxWidth(BOX);
  pdf.text(doc.quote.title, BOX.left, flow.y, { width, align: 'center' });
  flow.advance(pdf.heightOfString(doc.quote.title, { width }) + 8);
}

function partyFields(party: QuoteDocumentParty, nameLabel: string, labels: QuoteDocumentLabels): Field[] {
  return [
    { label: nameLabel, value: party.name, strong: true },
    { label: labels.contact, value: party.contact },
    { label: labels.phone, value: party.phone },
    { label: labels.email, value: party.email },
    { label: labels.address, value: party.address },
    { label: labels.taxId, value: party.taxId },
  ];
}

function quoteFields(doc: QuoteDocument, labels: QuoteDocumentLabels): Field[] {
  const { quote } = doc;
  return [
    { label: labels.quoteNumber, value: quote.number, strong: true },
    { label: labels.revision, value: quote.revision },
    { label: labels.issueDate, value: quote.issueDate },
    { label: labels.validUntil, value: quote.validUntil, strong: true },
    { label: labels.priceVersion, value: quote.priceVersions.join(doc.locale === 'en' ? ', ' : '、') },
    { label: labels.vatMode, value: quote.vatMode === 'inclusive' ? labels.vatModeInclusive : labels.vatModeExclusive },
    { label: labels.preparedBy, value: quote.preparedBy },
    ...(quote.approvedBy === '' ? [] : [{ label: labels.approvedBy, value: quote.approvedBy }]),
  ];
}

/** Customer on the left, the quote's particulars on the right, each on a light panel. */
function infoPanels(pdf: PDFKit.PDFDocument, flow: PageFlow, doc: QuoteDocument, labels: QuoteDocumentLabels): void {
  const gap = 14;
  const pad = 7;
  const width = (boxWidth(BOX) - gap) / 2;
  const labelWidth = doc.locale === 'en' ? 64 : 74;
  const panels = [
    { x: BOX.left, fields: partyFields(doc.customer, labels.customer, labels) },
    { x: BOX.left + width + gap, fields: quoteFields(doc, labels) },
  ].map((panel) => ({
    ...panel,
    layout: { x: panel.x + pad, width: width - 2 * pad, labelWidth },
  }));
  const height = Math.max(...panels.map((p) => measureFields(pdf, p.fields, p.layout))) + 2 * pad;
  for (const panel of panels) {
    pdf.rect(panel.x, flow.y, width, height).fill(INK.sectionFill);
    drawFields(pdf, panel.fields, panel.layout, flow.y + pad);
  }
  flow.advance(height + 12);
}

interface LineColumns {
  spec: TableColumn[];
  /** Index of the column subtotals and totals are written in. */
  money: number;
  showFinal: boolean;
}

/**
 * The line table's columns, sized to their content: codes, quantities, prices, discounts, amounts
 * and rates never wrap; the name and specification take the rest. "Amount" is what the line's own
 * price and discount give; when a whole-quote discount is shared out over the lines, a second
 * column shows each line's amount after its share, which is what the section subtotals add up.
 */
function lineColumns(pdf: PDFKit.PDFDocument, doc: QuoteDocument, labels: QuoteDocumentLabels): LineColumns {
  const c = labels.columns;
  const showFinal = doc.totals.wholeDiscountFen !== 0;
  const lines = doc.sections.flatMap((s) => s.lines);
  const money = (fens: number[]) => fens.map((fen) => labels.money(fen));
  const { totals } = doc;
  // The money column also carries subtotals and totals (the grand total in bold, a size up).
  const sums = money([...doc.sections.map((s) => s.subtotalFen), totals.listTotalFen, totals.linesTotalFen]);
  const fit = (header: string, texts: string[], min: number, max: number) =>
    fitColumnWidth(pdf, header, texts, { min, max });
  const totalWidth = fitColumnWidth(pdf, '', [labels.money(totals.totalFen)], {
    min: 0,
    max: 90,
    style: { bold: true, size: 9 },
  });
  const amountTexts = money(lines.map((l) => l.lineAmountFen));
  const finalTexts = money(lines.map((l) => l.finalAmountFen));
  const fixed: TableColumn[] = [
    {
      header: c.unit,
      width: fit(
        c.unit,
        lines.map((l) => l.unit),
        22,
        44,
      ),
      align: 'center',
    },
    {
      header: c.quantity,
      width: fit(
        c.quantity,
        lines.map((l) => l.quantity),
        24,
        48,
      ),
      align: 'right',
    },
    {
      header: c.unitPrice,
      width: fit(c.unitPrice, money(lines.map((l) => l.unitPriceOverrideFen ?? l.unitPriceFen)), 44, 76),
      align: 'right',
    },
    {
      header: c.discount,
      width: fit(
        c.discount,
        lines.map((l) => labels.discount(l.discountBp)),
        30,
        76,
      ),
      align: 'right',
    },
    {
      header: c.amount,
      width: Math.max(
        fit(c.amount, showFinal ? amountTexts : [...amountTexts, ...sums], 48, 84),
        showFinal ? 0 : totalWidth,
      ),
      align: 'right',
    },
    ...(showFinal
      ? [
          {
            header: c.finalAmount,
            width: Math.max(fit(c.finalAmount, [...finalTexts, ...sums], 48, 84), totalWidth),
            align: 'right' as const,
          },
        ]
      : []),
    {
      header: c.vatRate,
      width: fit(
        c.vatRate,
        lines.map((l) => labels.rate(l.vatRateBp)),
        24,
        40,
      ),
      align: 'center',
    },
  ];
  const no: TableColumn = {
    header: c.no,
    width: fit(
      c.no,
      lines.map((l) => l.no),
      20,
      36,
    ),
    align: 'center',
  };
  const code: TableColumn = {
    header: c.code,
    width: fit(
      c.code,
      lines.map((l) => l.code),
      30,
      86,
    ),
  };
  const used = [no, code, ...fixed].reduce((sum, col) => sum + col.width, 0);
  const name: TableColumn = { header: `${c.name} / ${c.spec}`, width: boxWidth(BOX) - used };
  const spec = [no, code, name, ...fixed];
  return { spec, money: spec.length - 2, showFinal };
}

function lineRow(line: QuoteDocumentLine, columns: LineColumns, labels: QuoteDocumentLabels): TableRow {
  const muted = line.optional ? INK.faint : undefined;
  const name = `${line.name}${line.custom ? labels.customMark : ''}${line.optional ? labels.optionalMark : ''}`;
  const override = line.unitPriceOverrideFen;
  const unitPrice =
    override === null
      ? [{ text: labels.money(line.unitPriceFen) }]
      : [
          { text: labels.money(override) },
          { text: labels.money(line.unitPriceFen), size: 6.5, color: INK.faint, strike: true },
        ];
  const discount =
    override === null
      ? [{ text: labels.discount(line.discountBp) }]
      : [
          { text: line.discountBp > 0 ? labels.discount(line.discountBp) : '' },
          { text: labels.overrideNote, size: 6.5, color: INK.muted },
        ];
  return {
    style: { color: muted },
    cells: [
      line.no,
      line.code,
      { parts: [{ text: name }, { text: line.spec, size: 7, color: INK.muted }] },
      line.unit,
      line.quantity,
      { parts: unitPrice },
      { parts: discount },
      labels.money(line.lineAmountFen),
      ...(columns.showFinal ? [labels.money(line.finalAmountFen)] : []),
      labels.rate(line.vatRateBp),
    ],
  };
}

/** A label across the columns before the money column, the amount in it, the last column empty. */
function amountRow(columns: LineColumns, label: string, amount: string, extra: Partial<TableRow> = {}): TableRow {
  return {
    keepWithPrevious: true,
    style: { bold: true },
    ...extra,
    cells: [{ parts: [{ text: label }], span: columns.money, align: 'right' }, { parts: [{ text: amount }] }, ''],
  };
}

function totalsRows(doc: QuoteDocument, columns: LineColumns, labels: QuoteDocumentLabels): TableRow[] {
  const { totals } = doc;
  const plain = { style: { bold: false } };
  const rows: TableRow[] = [amountRow(columns, labels.listTotal, labels.money(totals.listTotalFen), plain)];
  if (totals.linesTotalFen !== totals.listTotalFen) {
    rows.push(amountRow(columns, labels.linesTotal, labels.money(totals.linesTotalFen), plain));
  }
  if (totals.wholeDiscountFen !== 0) {
    const discount = totals.wholeDiscount;
    const label =
      discount.kind === 'percent'
        ? `${labels.wholeDiscount}${doc.locale === 'en' ? ` (${labels.rate(discount.bp)})` : `（${labels.rate(discount.bp)}）`}`
        : labels.wholeDiscount;
    rows.push(amountRow(columns, label, labels.money(-totals.wholeDiscountFen), plain));
  }
  rows.push(
    amountRow(columns, labels.totalNet, labels.money(totals.netFen), plain),
    amountRow(columns, labels.totalTax, labels.money(totals.taxFen), plain),
    amountRow(columns, labels.total, labels.money(totals.totalFen), {
      fill: INK.headerFill,
      style: { bold: true, size: 9 },
    }),
    {
      keepWithPrevious: true,
      style: { bold: true, size: 9 },
      cells: [
        {
          parts: [{ text: `${labels.totalCapital}${colon(doc)}${totals.totalCapital}` }],
          span: columns.spec.length,
          align: 'right',
        },
      ],
    },
  );
  return rows;
}

function lineTable(pdf: PDFKit.PDFDocument, doc: QuoteDocument, labels: QuoteDocumentLabels): TableSpec {
  const columns = lineColumns(pdf, doc, labels);
  const rows: TableRow[] = [];
  for (const section of doc.sections) {
    rows.push({
      keepWithNext: true,
      fill: INK.sectionFill,
      style: { bold: true, size: 8.5 },
      cells: [{ parts: [{ text: section.title }], span: columns.spec.length, align: 'left' }],
    });
    for (const line of section.lines) rows.push(lineRow(line, columns, labels));
    rows.push(amountRow(columns, `${section.title} ${labels.sectionSubtotal}`, labels.money(section.subtotalFen)));
  }
  rows.push(...totalsRows(doc, columns, labels));
  return { columns: columns.spec, rows };
}

/** VAT summary and payment milestones, side by side, with their headings; kept on one page. */
function vatAndMilestones(
  pdf: PDFKit.PDFDocument,
  flow: PageFlow,
  doc: QuoteDocument,
  labels: QuoteDocumentLabels,
): void {
  const gap = 14;
  const width = (boxWidth(BOX) - gap) / 2;
  const money = 76;
  const vat: TableSpec = {
    columns: [
      { header: labels.vatColumns.rate, width: width - 3 * money, align: 'center' },
      { header: labels.vatColumns.net, width: money, align: 'right' },
      { header: labels.vatColumns.tax, width: money, align: 'right' },
      { header: labels.vatColumns.gross, width: money, align: 'right' },
    ],
    rows: doc.vatSummary.map((row) => ({
      cells: [
        labels.rate(row.vatRateBp),
        labels.money(row.netFen),
        labels.money(row.taxFen),
        labels.money(row.grossFen),
      ],
    })),
  };
  const m = labels.milestoneColumns;
  const milestones: TableSpec = {
    columns: [
      { header: m.no, width: 30, align: 'center' },
      { header: m.label, width: width - 30 - 40 - money },
      { header: m.percent, width: 40, align: 'right' },
      { header: m.amount, width: money, align: 'right' },
    ],
    rows: doc.milestones.map((milestone, i) => ({
      cells: [String(i + 1), milestone.label, labels.rate(milestone.percentBp), labels.money(milestone.amountFen)],
    })),
  };
  const blocks = [
    { title: labels.vatSummary, table: vat, x: BOX.left },
    { title: labels.milestones, table: milestones, x: BOX.left + width + gap },
  ].filter((block) => block.table.rows.length > 0);
  if (blocks.length === 0) return;
  const title = headingHeight(pdf, labels.vatSummary);
  const height = title + Math.max(...blocks.map((b) => measureTable(pdf, b.table)));
  flow.ensure(height);
  for (const block of blocks) {
    useStyle(pdf, { bold: true, size: 10.5, color: INK.accent });
    pdf.text(block.title, block.x, flow.y, { lineBreak: false });
    drawTableAt(pdf, block.table, block.x, flow.y + title);
  }
  flow.advance(height + 12);
}

function termsAndNotes(pdf: PDFKit.PDFDocument, flow: PageFlow, doc: QuoteDocument, labels: QuoteDocumentLabels): void {
  const body = { size: 8.5 };
  const validity = `${labels.validUntil}${colon(doc)}${doc.quote.validUntil}`;
  const firstTerm = doc.terms[0];
  drawHeading(pdf, flow, labels.terms, 16 + (firstTerm ? clauseHeight(pdf, flow, firstTerm, body) : 0));
  drawParagraph(pdf, flow, validity, { ...body, bold: true }, { gapAfter: 4 });
  drawNumberedClauses(pdf, flow, doc.terms, body);
  flow.advance(8);
  if (doc.notes.trim() !== '') {
    drawHeading(pdf, flow, labels.notes, 24);
    drawParagraph(pdf, flow, doc.notes.trim(), body, { gapAfter: 10 });
  }
}

function signatures(pdf: PDFKit.PDFDocument, flow: PageFlow, doc: QuoteDocument, labels: QuoteDocumentLabels): void {
  const c = colon(doc);
  const detail = (label: string, value: string): string[] => (value === '' ? [] : [`${label}${c}${value}`]);
  flow.advance(4);
  drawSignatureBlock(
    pdf,
    flow,
    [
      {
        heading: labels.signature.supplierSide,
        name: doc.company.name,
        details: [
          ...detail(labels.taxId, doc.company.taxId),
          ...detail(labels.bank, doc.company.bankName),
          ...detail(labels.bankAccount, doc.company.bankAccount),
        ],
      },
      {
        heading: labels.signature.customerSide,
        name: doc.customer.name,
        details: detail(labels.taxId, doc.customer.taxId),
      },
    ],
    {
      signatory: `${labels.signature.signatory}${c}`,
      date: `${labels.signature.date}${c}`,
      seal: labels.signature.seal,
    },
  );
}

/** The labels with amounts formatted once each (a 1,000-line quote formats ~6,000 of them, twice). */
function withMoneyCache(labels: QuoteDocumentLabels): QuoteDocumentLabels {
  const formatted = new Map<number, string>();
  const money = (fen: number): string => {
    let text = formatted.get(fen);
    if (text === undefined) {
      text = labels.money(fen);
      formatted.set(fen, text);
    }
    return text;
  };
  return { ...labels, money };
}

/** Renders the quote as a PDF file's bytes. */
export async function renderQuotePdf(doc: QuoteDocument): Promise<Buffer> {
  const labels = withMoneyCache(quoteDocumentLabels(doc.locale));
  const reference = quoteReference(doc);
  const { doc: pdf, finish } = createPdf(
    {
      title: `${labels.title} ${reference} ${doc.quote.title}`.trim(),
      author: doc.company.name,
      subject: `${labels.title} ${reference} — ${doc.customer.name}`,
      keywords: [labels.title, doc.quote.number, reference, doc.customer.name, doc.company.name],
      lang: doc.locale === 'en' ? 'en' : 'zh-CN',
    },
    { onPageAdded: doc.draft ? (page) => drawWatermark(page, labels.draftWatermark) : undefined },
  );
  const flow = new PageFlow(pdf, BOX);
  letterhead(pdf, flow, doc, labels);
  quoteTitle(pdf, flow, doc);
  infoPanels(pdf, flow, doc, labels);
  drawFlowingTable(pdf, flow, lineTable(pdf, doc, labels), BOX.left);
  if (doc.sections.some((s) => s.lines.some((l) => l.optional))) {
    flow.advance(3);
    drawParagraph(pdf, flow, labels.optionalNote, { size: 7.5, color: INK.muted });
  }
  flow.advance(12);
  vatAndMilestones(pdf, flow, doc, labels);
  termsAndNotes(pdf, flow, doc, labels);
  signatures(pdf, flow, doc, labels);
  stampPages(pdf, {
    box: BOX,
    pageOf: labels.pageOf,
    runningHeader: { left: doc.company.name, right: `${labels.title} ${reference}` },
  });
  return finish();
}
