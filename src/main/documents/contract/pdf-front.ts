import type { ContractDocument } from '../../../shared/contract-drafts/document';
import { drawFields, drawHeading, measureFields, textHeight, type Field } from '../pdf/blocks';
import { boxWidth, INK, useStyle, type PageFlow, type TextStyle } from '../pdf/layout';

/**
 * The head of the contract: the title with the contract number under it, the key-terms table
 * (label | value, the labels on a light fill) and the two parties side by side.
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
    const fields: Field[] = party.lines.map((line, k) => ({ ...line, strong: k === 0 }));
    const layout = { x: flow.box.left + i * (width + gap) + pad, width: width - 2 * pad, labelWidth, size: 8.5 };
    const roleHeight = textHeight(doc, party.role, layout.width, role) + 3;
    return { party, fields, layout, roleHeight, height: roleHeight + measureFields(doc, fields, layout) };
  });
  if (panels.length === 0) return;
  const height = Math.max(...panels.map((p) => p.height)) + 2 * pad;
  flow.ensure(height);
  for (const panel of panels) {
    const x = panel.layout.x - pad;
    doc.rect(x, flow.y, width, height).fill(INK.sectionFill);
    useStyle(doc, role);
    doc.text(panel.party.role, panel.layout.x, flow.y + pad, { width: panel.layout.width });
    drawFields(doc, panel.fields, panel.layout, flow.y + pad + panel.roleHeight);
  }
  flow.advance(height + 14);
}
