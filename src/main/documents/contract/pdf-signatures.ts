import type { ContractDocument, SignatureBlock } from '../../../shared/contract-drafts/document';
import { textHeight } from '../pdf/blocks';
import { boxWidth, INK, useStyle, type PageFlow, type TextStyle } from '../pdf/layout';

/**
 * The signature and seal blocks of 甲方 and 乙方, side by side: the role ("甲方（盖章）"), the
 * party's name, a dashed circle where the company seal (公章) goes, a line for the signature of
 * the legal or authorised representative, and the signing date (or blanks to fill in by hand).
 * The blocks are laid out once to be measured and once to be drawn, and are kept on one page.
 */

const GAP = 28;
const SEAL_RADIUS = 38;
const ROLE: TextStyle = { bold: true, size: 10.5 };
const NAME: TextStyle = { bold: true, size: 10 };
const LINE: TextStyle = { size: 9 };
/** The shortest signature line written after its label; else the line goes under the label. */
const MIN_LINE = 72;
/** Room above a signature line for the handwriting. */
const SIGN_ROOM = 16;

/** Lays out one block at (x, top) in `width`; draws it when `draw`; returns its height. */
function layoutBlock(
  doc: PDFKit.PDFDocument,
  contract: ContractDocument,
  block: SignatureBlock,
  box: { x: number; top: number; width: number },
  draw: boolean,
): number {
  const { x, top, width } = box;
  const { labels } = contract;
  let y = top;
  const text = (value: string, at: number, style: TextStyle, textWidth: number) => {
    if (draw) {
      useStyle(doc, style);
      doc.text(value, x, at, { width: textWidth });
    }
    return textHeight(doc, value, textWidth, style);
  };
  const nameWidth = width - 2 * SEAL_RADIUS - 12;
  y += text(block.role, y, ROLE, nameWidth) + 6;
  y += text(block.party.name, y, NAME, nameWidth);
  // The seal area, top right.
  const cx = x + width - SEAL_RADIUS - 2;
  const cy = top + SEAL_RADIUS + 2;
  if (draw) {
    doc.circle(cx, cy, SEAL_RADIUS).lineWidth(0.7).dash(3, { space: 3 }).strokeColor(INK.faint).stroke().undash();
  }
  y = Math.max(y + 12, top + 2 * SEAL_RADIUS + 12);

  // Representative: "法定代表人或授权代表（签字）：______", or the line under the label when it is long.
  useStyle(doc, LINE);
  const lineHeight = doc.currentLineHeight(true);
  const baseline = (at: number) => at + (LINE.size ?? 9) * 1.16 + 2;
  const rule = (x0: number, x1: number, at: number) => {
    if (draw) doc.moveTo(x0, at).lineTo(x1, at).lineWidth(0.6).strokeColor(INK.text).stroke();
  };
  const label = labels.signatureRepresentative;
  const labelWidth = doc.widthOfString(label);
  y += SIGN_ROOM;
  if (labelWidth + 4 + MIN_LINE <= width) {
    text(label, y, LINE, width);
    rule(x + labelWidth + 4, x + width, baseline(y));
    y += lineHeight;
  } else {
    y += text(label, y, LINE, width) + SIGN_ROOM;
    rule(x, x + width, baseline(y));
    y += lineHeight;
  }
  y += 12;
  const space = labels.signatureDate.endsWith(':') ? ' ' : '';
  const date = `${labels.signatureDate}${space}${block.date === '' ? labels.blankDate : block.date}`;
  y += text(date, y, LINE, width);
  return y - top;
}

function columns(flow: PageFlow): { width: number; xs: [number, number] } {
  const width = (boxWidth(flow.box) - GAP) / 2;
  return { width, xs: [flow.box.left, flow.box.left + width + GAP] };
}

/** Height of the two blocks side by side. */
export function signaturesHeight(doc: PDFKit.PDFDocument, flow: PageFlow, contract: ContractDocument): number {
  const { width, xs } = columns(flow);
  return Math.max(
    ...contract.signatures.map((block, i) =>
      layoutBlock(doc, contract, block, { x: xs[i] ?? 0, top: 0, width }, false),
    ),
  );
}

/** Draws both blocks from the flow's position, on a new page unless they fit whole on this one. */
export function drawSignatures(doc: PDFKit.PDFDocument, flow: PageFlow, contract: ContractDocument): void {
  const height = signaturesHeight(doc, flow, contract);
  flow.ensure(height);
  const { width, xs } = columns(flow);
  contract.signatures.forEach((block, i) => {
    layoutBlock(doc, contract, block, { x: xs[i] ?? 0, top: flow.y, width }, true);
  });
  flow.advance(height);
}
