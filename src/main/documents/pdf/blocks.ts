import { boxWidth, INK, useFont, useStyle, type PageFlow, type TextStyle } from './layout';
import { breakLines } from './line-break';

/**
 * Building blocks of business documents that are not tables: headings, paragraphs, numbered
 * clauses, label/value lists and the signature-and-seal block. Each block that flows asks the
 * PageFlow for its whole height first, so none is cut in two by a page break.
 */

/** Height of `text` wrapped in `width` in `style`. */
export function textHeight(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle = {}): number {
  if (text === '') return 0;
  useFont(doc, style);
  return doc.heightOfString(text, { width });
}

const HEADING: TextStyle = { bold: true, size: 10.5, color: INK.accent };
const HEADING_GAP = 4;

/** Height a heading takes, its rule and gap included. */
export function headingHeight(doc: PDFKit.PDFDocument, text: string): number {
  return textHeight(doc, text, 10_000, HEADING) + HEADING_GAP + 2;
}

/**
 * A section heading with a thin rule under it. `keepWith` is the height of what must stay on the
 * same page as the heading (e.g. the first clause under it).
 */
export function drawHeading(doc: PDFKit.PDFDocument, flow: PageFlow, text: string, keepWith = 0): void {
  const height = headingHeight(doc, text);
  flow.ensure(height + keepWith);
  useStyle(doc, HEADING);
  doc.text(text, flow.box.left, flow.y, { lineBreak: false });
  const ruleY = flow.y + height - HEADING_GAP;
  doc.moveTo(flow.box.left, ruleY).lineTo(flow.box.right, ruleY).lineWidth(0.6).strokeColor(INK.accent).stroke();
  flow.advance(height + 2);
}

/** Text up to this share of a page is kept whole on one page; longer text flows line by line. */
const KEEP_WHOLE = 1 / 3;

/**
 * Draws `text` at `x` in `width` from the flow's position: on this page if it fits, else whole on
 * the next page if it is short, else line by line over as many pages as it takes (a long note
 * pasted by a user). `atStart` is called on the page and at the y of the first line, before it is
 * drawn (for a clause number).
 */
function flowText(
  doc: PDFKit.PDFDocument,
  flow: PageFlow,
  text: string,
  place: { x: number; width: number; atStart?: (y: number) => void },
  style: TextStyle,
): void {
  const { x, width } = place;
  const height = textHeight(doc, text, width, style);
  if (height <= flow.remaining || height <= flow.pageHeight * KEEP_WHOLE) {
    flow.ensure(height);
    place.atStart?.(flow.y);
    useStyle(doc, style);
    doc.text(text, x, flow.y, { width });
    flow.advance(height);
    return;
  }
  useStyle(doc, style);
  const lineHeight = doc.currentLineHeight(true);
  const lines = breakLines(text, width, (s) => doc.widthOfString(s));
  lines.forEach((line, i) => {
    flow.ensure(lineHeight);
    if (i === 0) place.atStart?.(flow.y);
    useStyle(doc, style);
    doc.text(line, x, flow.y, { lineBreak: false });
    flow.advance(lineHeight);
  });
}

/** A paragraph across the content width (kept whole on one page unless it is long). */
export function drawParagraph(
  doc: PDFKit.PDFDocument,
  flow: PageFlow,
  text: string,
  style: TextStyle = {},
  options: { indent?: number; gapAfter?: number } = {},
): void {
  const indent = options.indent ?? 0;
  flowText(doc, flow, text, { x: flow.box.left + indent, width: boxWidth(flow.box) - indent }, style);
  flow.advance(options.gapAfter ?? 2);
}

const CLAUSE_INDENT = 18;

/** Height of one numbered clause ("3." hanging in the margin, text indented). */
export function clauseHeight(doc: PDFKit.PDFDocument, flow: PageFlow, text: string, style: TextStyle = {}): number {
  return textHeight(doc, text, boxWidth(flow.box) - CLAUSE_INDENT, style) + 3;
}

/** Numbered clauses "1. …", "2. …" with a hanging number; each clause kept whole unless it is long. */
export function drawNumberedClauses(
  doc: PDFKit.PDFDocument,
  flow: PageFlow,
  clauses: string[],
  style: TextStyle = {},
): void {
  const width = boxWidth(flow.box) - CLAUSE_INDENT;
  clauses.forEach((clause, i) => {
    const atStart = (y: number) => {
      useStyle(doc, style);
      doc.text(`${i + 1}.`, flow.box.left + 2, y, { lineBreak: false });
    };
    flowText(doc, flow, clause, { x: flow.box.left + CLAUSE_INDENT, width, atStart }, style);
    flow.advance(3);
  });
}

export interface Field {
  label: string;
  value: string;
  /** Value in bold (names, the document number). */
  strong?: boolean;
}

export interface FieldListLayout {
  x: number;
  width: number;
  labelWidth: number;
  size?: number;
}

function fieldHeight(doc: PDFKit.PDFDocument, field: Field, layout: FieldListLayout): number {
  const size = layout.size ?? 8.5;
  const valueHeight = textHeight(doc, field.value || ' ', layout.width - layout.labelWidth, {
    size,
    bold: field.strong,
  });
  return Math.max(valueHeight, textHeight(doc, field.label, layout.labelWidth - 4, { size })) + 2;
}

/** Height of a label/value list; empty values are left out. */
export function measureFields(doc: PDFKit.PDFDocument, fields: Field[], layout: FieldListLayout): number {
  return fields.filter((f) => f.value !== '').reduce((sum, f) => sum + fieldHeight(doc, f, layout), 0);
}

/** A label/value list ("电话  021-…") at (layout.x, y); empty values are left out. Returns its height. */
export function drawFields(doc: PDFKit.PDFDocument, fields: Field[], layout: FieldListLayout, y: number): number {
  const size = layout.size ?? 8.5;
  let at = y;
  for (const field of fields.filter((f) => f.value !== '')) {
    const height = fieldHeight(doc, field, layout);
    useStyle(doc, { size, color: INK.muted });
    doc.text(field.label, layout.x, at, { width: layout.labelWidth - 4 });
    useStyle(doc, { size, bold: field.strong });
    doc.text(field.value, layout.x + layout.labelWidth, at, { width: layout.width - layout.labelWidth });
    at += height;
  }
  return at - y;
}

export interface SignatureParty {
  /** "供方（盖章）" */
  heading: string;
  /** The party's name, then details (tax ID, bank…), one a line. */
  name: string;
  details: string[];
}

/** The caller's words, colon included ("授权代表签字：", "Date:"). */
export interface SignatureLabels {
  /** "授权代表签字：" */
  signatory: string;
  /** "日期：" */
  date: string;
  /** "盖章处": printed inside the dashed circle where the company seal goes. */
  seal: string;
}

const SEAL_RADIUS = 34;

/** Height of the signature block for these parties. */
export function signatureBlockHeight(doc: PDFKit.PDFDocument, flow: PageFlow, parties: SignatureParty[]): number {
  const gap = 14;
  const width = (boxWidth(flow.box) - gap * (parties.length - 1)) / parties.length;
  const inner = width - 16;
  const heights = parties.map(
    (p) =>
      8 +
      textHeight(doc, p.heading, inner, { bold: true, size: 9.5 }) +
      4 +
      textHeight(doc, p.name, inner - 2 * SEAL_RADIUS, { bold: true, size: 9 }) +
      p.details.reduce((sum, d) => sum + textHeight(doc, d, inner - 2 * SEAL_RADIUS - 6, { size: 8 }), 0),
  );
  return Math.max(...heights, 14 + 2 * SEAL_RADIUS) + 50;
}

/**
 * Side-by-side boxes, one per party: heading, name and details, a line for the authorised
 * signature and the date, and a dashed circle marking where the seal (公章) goes. Kept whole.
 */
export function drawSignatureBlock(
  doc: PDFKit.PDFDocument,
  flow: PageFlow,
  parties: SignatureParty[],
  labels: SignatureLabels,
): void {
  const gap = 14;
  const width = (boxWidth(flow.box) - gap * (parties.length - 1)) / parties.length;
  const height = signatureBlockHeight(doc, flow, parties);
  flow.ensure(height);
  const top = flow.y;
  parties.forEach((party, i) => {
    const x = flow.box.left + i * (width + gap);
    const inner = width - 16;
    doc.rect(x, top, width, height).lineWidth(0.6).strokeColor(INK.rule).stroke();
    let y = top + 8;
    useStyle(doc, { bold: true, size: 9.5, color: INK.accent });
    doc.text(party.heading, x + 8, y, { width: inner });
    y += textHeight(doc, party.heading, inner, { bold: true, size: 9.5 }) + 4;
    useStyle(doc, { bold: true, size: 9 });
    doc.text(party.name, x + 8, y, { width: inner - 2 * SEAL_RADIUS });
    y += textHeight(doc, party.name, inner - 2 * SEAL_RADIUS, { bold: true, size: 9 });
    for (const detail of party.details) {
      useStyle(doc, { size: 8, color: INK.muted });
      doc.text(detail, x + 8, y, { width: inner - 2 * SEAL_RADIUS - 6 });
      y += textHeight(doc, detail, inner - 2 * SEAL_RADIUS - 6, { size: 8 });
    }
    // The seal area, top right of the box.
    const cx = x + width - 8 - SEAL_RADIUS;
    const cy = top + 10 + SEAL_RADIUS;
    doc.circle(cx, cy, SEAL_RADIUS).lineWidth(0.6).dash(3, { space: 3 }).strokeColor(INK.faint).stroke().undash();
    useStyle(doc, { size: 8, color: INK.faint });
    doc.text(labels.seal, cx - doc.widthOfString(labels.seal) / 2, cy - doc.currentLineHeight() / 2, {
      lineBreak: false,
    });
    // Signature and date lines at the bottom.
    const lineY = top + height - 40;
    for (const [j, label] of [labels.signatory, labels.date].entries()) {
      const rowY = lineY + j * 19;
      useStyle(doc, { size: 8.5, color: INK.text });
      doc.text(label, x + 8, rowY, { lineBreak: false });
      const start = x + 8 + doc.widthOfString(label) + 2;
      doc
        .moveTo(start, rowY + 11)
        .lineTo(x + width - 10, rowY + 11)
        .lineWidth(0.5)
        .strokeColor(INK.text)
        .stroke();
    }
  });
  flow.advance(height);
}
