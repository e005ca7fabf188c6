import { missingLine } from '../../../shared/contract-drafts/blanks';
import type { ContractDocument } from '../../../shared/contract-drafts/document';
import { drawHeading, textHeight } from '../pdf/blocks';
import { boxWidth, INK, useStyle, type PageFlow, type TextStyle } from '../pdf/layout';
import { BLANK_INK, blanksOf, drawMarkedText, markedTextHeight } from './pdf-blanks';

/**
 * The head of the contract: the title with the contract number under it, a draft's box of values
 * still to complete, the key-terms table (label | value, the labels on a light fill) and the two
 * parties side by side (a missing detail shown as its marked blank).
 */

/** "：" in Chinese, ": " in English. */
export function colon(contract: ContractDocument): string {
  return contract.locale === 'en' ? ': ' : '：';
}

export function drawTitle(doc: PDFKit.PDFDocument, flow: PageFlow, contract: ContractDocument): void {
  const width = boxWidth(flow.box);
  const title: TextStyle = { bold: true, size: 20 };
  flow.advance(6);
  useStyle(doc, title);
  doc.text(contract.title, flow.box.left, flow.y, { width, align: 'center' });
  flow.advance(textHeight(doc, contract.title, width, title) + 4);
  // The key terms label the number ("合同编号"); use their words when they do.
  const label = contract.keyTerms.find((term) => term.value === contract.number)?.label;
  const number = label ? `${label}${colon(contract)}${contract.number}` : contract.number;
  const style: TextStyle = { size: 10, color: INK.muted };
  useStyle(doc, style);
  doc.text(number, flow.box.left, flow.y, { width, align: 'center' });
  flow.advance(textHeight(doc, number, width, style) + 16);
}

const TERM_SIZE = 9;
const PAD_X = 6;
const PAD_TOP = 3;
const PAD_BOTTOM = 4;

/** The key terms as a two-column grid; each row is kept whole, the grid may continue on the next page. */
export function drawKeyTerms(doc: PDFKit.PDFDocument, flow: PageFlow, contract: ContractDocument): void {
  const { keyTerms } = contract;
  if (keyTerms.length === 0) return;
  const width = boxWidth(flow.box);
  const labelStyle: TextStyle = { size: TERM_SIZE, color: INK.muted };
  const valueStyle: TextStyle = { size: TERM_SIZE };
  useStyle(doc, labelStyle);
  const widest = Math.max(...keyTerms.map((term) => doc.widthOfString(term.label)));
  const labelWidth = Math.min(Math.ceil(widest + 2 * PAD_X + 1), Math.round(width * 0.3));
  const valueWidth = width - labelWidth;
  const rows = keyTerms.map((term) => ({
    ...term,
    height:
      Math.max(
        textHeight(doc, term.label, labelWidth - 2 * PAD_X, labelStyle),
        textHeight(doc, term.value, valueWidth - 2 * PAD_X, valueStyle),
      ) +
      PAD_TOP +
      PAD_BOTTOM,
  }));
  // A short grid is kept whole under its heading; a long one keeps at least its first rows with it.
  const whole = rows.reduce((sum, r) => sum + r.height, 0);
  const lead = rows.slice(0, 3).reduce((sum, r) => sum + r.height, 0);
  drawHeading(doc, flow, contract.labels.keyTermsTitle, whole <= flow.pageHeight / 2 ? whole : lead);
  const left = flow.box.left;
  let top = true;
  for (const row of rows) {
    if (flow.y + row.height > flow.box.bottom) {
      flow.newPage();
      top = true;
    }
    const y = flow.y;
    doc.rect(left, y, labelWidth, row.height).fill(INK.sectionFill);
    useStyle(doc, labelStyle);
    doc.text(row.label, left + PAD_X, y + PAD_TOP, { width: labelWidth - 2 * PAD_X });
    useStyle(doc, valueStyle);
    doc.text(row.value, left + labelWidth + PAD_X, y + PAD_TOP, { width: valueWidth - 2 * PAD_X });
    if (top) doc.moveTo(left, y).lineTo(left + width, y);
    doc.moveTo(left, y + row.height).lineTo(left + width, y + row.height);
    for (const x of [left, left + labelWidth, left + width]) doc.moveTo(x, y).lineTo(x, y + row.height);
    doc.lineWidth(0.5).strokeColor(INK.grid).stroke();
    top = false;
    flow.advance(row.height);
  }
  flow.advance(14);
}

interface PartyField {
  label: string;
  value: string;
  strong: boolean;
}

interface PartyFieldsLayout {
  x: number;
  width: number;
  labelWidth: number;
  size: number;
}

function partyFieldHeight(
  doc: PDFKit.PDFDocument,
  contract: ContractDocument,
  field: PartyField,
  layout: PartyFieldsLayout,
): number {
  const valueStyle: TextStyle = { size: layout.size, bold: field.strong };
  const value = markedTextHeight(doc, field.value, layout.width - layout.labelWidth, valueStyle, blanksOf(contract));
  return Math.max(value, textHeight(doc, field.label, layout.labelWidth - 4, { size: layout.size })) + 2;
}

/** "开户银行  【待补充：甲方开户银行】": a party's label/value lines at (layout.x, y). */
function drawPartyFields(
  doc: PDFKit.PDFDocument,
  contract: ContractDocument,
  fields: readonly PartyField[],
  layout: PartyFieldsLayout,
  y: number,
): void {
  let at = y;
  for (const field of fields) {
    useStyle(doc, { size: layout.size, color: INK.muted });
    doc.text(field.label, layout.x, at, { width: layout.labelWidth - 4 });
    const box = { x: layout.x + layout.labelWidth, y: at, width: layout.width - layout.labelWidth };
    drawMarkedText(doc, field.value, box, { size: layout.size, bold: field.strong }, blanksOf(contract));
    at += partyFieldHeight(doc, contract, field, layout);
  }
}

/** 甲方 and 乙方 side by side, each on a light panel: role, then name, address, tax ID, bank… */
export function drawParties(doc: PDFKit.PDFDocument, flow: PageFlow, contract: ContractDocument): void {
  const gap = 14;
  const pad = 8;
  const width = (boxWidth(flow.box) - gap) / 2;
  const role: TextStyle = { bold: true, size: 10, color: INK.accent };
  const labelStyle: TextStyle = { size: 8.5 };
  useStyle(doc, labelStyle);
  const widest = Math.max(0, ...contract.partyLines.flatMap((p) => p.lines.map((l) => doc.widthOfString(l.label))));
  const labelWidth = Math.min(Math.ceil(widest + 8), Math.round((width - 2 * pad) * 0.5));
  const panels = contract.partyLines.slice(0, 2).map((party, i) => {
    const fields: PartyField[] = party.lines.map((line, k) => ({ ...line, strong: k === 0 }));
    const layout = { x: flow.box.left + i * (width + gap) + pad, width: width - 2 * pad, labelWidth, size: 8.5 };
    const roleHeight = textHeight(doc, party.role, layout.width, role) + 3;
    const fieldsHeight = fields.reduce((sum, f) => sum + partyFieldHeight(doc, contract, f, layout), 0);
    return { party, fields, layout, roleHeight, height: roleHeight + fieldsHeight };
  });
  if (panels.length === 0) return;
  const height = Math.max(...panels.map((p) => p.height)) + 2 * pad;
  flow.ensure(height);
  for (const panel of panels) {
    const x = panel.layout.x - pad;
    doc.rect(x, flow.y, width, height).fill(INK.sectionFill);
    useStyle(doc, role);
    doc.text(panel.party.role, panel.layout.x, flow.y + pad, { width: panel.layout.width });
    drawPartyFields(doc, contract, panel.fields, panel.layout, flow.y + pad + panel.roleHeight);
  }
  flow.advance(height + 14);
}

const MISSING_BORDER = '#D4A017';
const MISSING_FILL = '#FFF8E1';

/**
 * "待补充信息" on the first page of a draft with blanks: an amber-bordered box with its title, a
 * sentence on what the blanks are, and one numbered line per missing value, its label marked as
 * in the text ("1. 甲方开户银行（合同双方）", the label on the blanks' yellow band). Nothing for a document without blanks.
 */
export function drawMissing(doc: PDFKit.PDFDocument, flow: PageFlow, contract: ContractDocument): void {
  if (contract.missing.length === 0) return;
  const pad = 8;
  const numberWidth = 14;
  const x = flow.box.left + pad;
  const width = boxWidth(flow.box) - 2 * pad;
  const title: TextStyle = { bold: true, size: 10, color: BLANK_INK.text };
  const intro: TextStyle = { size: 8.5, color: INK.muted };
  const item: TextStyle = { size: 9 };
  const items = contract.missing.map((detail) => {
    const line = missingLine(detail, contract.locale);
    const text = `${line.label}${line.where}`;
    return { text, label: line.label, height: markedTextHeight(doc, text, width - numberWidth, item, [line.label]) };
  });
  const titleHeight = textHeight(doc, contract.labels.missingTitle, width, title) + 3;
  const introHeight = textHeight(doc, contract.labels.missingIntro, width, intro) + 4;
  const height = 2 * pad + titleHeight + introHeight + items.reduce((sum, i) => sum + i.height + 1.5, 0);
  flow.ensure(height);
  const top = flow.y;
  doc.rect(flow.box.left, top, boxWidth(flow.box), height).fill(MISSING_FILL);
  doc.rect(flow.box.left, top, boxWidth(flow.box), height).lineWidth(1).strokeColor(MISSING_BORDER).stroke();
  let y = top + pad;
  useStyle(doc, title);
  doc.text(contract.labels.missingTitle, x, y, { width });
  y += titleHeight;
  useStyle(doc, intro);
  doc.text(contract.labels.missingIntro, x, y, { width });
  y += introHeight;
  items.forEach((entry, i) => {
    useStyle(doc, item);
    doc.text(`${i + 1}.`, x, y, { lineBreak: false });
    drawMarkedText(doc, entry.text, { x: x + numberWidth, y, width: width - numberWidth }, item, [entry.label]);
    y += entry.height + 1.5;
  });
  flow.advance(height + 12);
}
