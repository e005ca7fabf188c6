import type { LongDocument } from '../../../shared/proposals/document';
import type { SetLine } from '../pdf/inline-text';
import { CONTENT, PAGE, type TextSpec } from './geometry';
import { placeImage } from './images';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';

/**
 * The cover (page 1, without running header or page number): the company logo, the title and
 * subtitle in the upper third, the cover lines (customer, supplier, date, quote…) as a centred
 * label/value list, and the company's name and contacts at the foot of the page.
 */

export const COVER_TITLE: TextSpec = { size: 24, line: 36, before: 0, after: 0, bold: true };
const TITLE = COVER_TITLE;
const SUBTITLE: TextSpec = { size: 14, line: 22, before: 0, after: 0 };
const LINE: TextSpec = { size: 12, line: 26, before: 0, after: 0 };
const COMPANY: TextSpec = { size: 12, line: 20, before: 0, after: 0, bold: true };
export const CONTACT: TextSpec = { size: 9, line: 15, before: 0, after: 0 };
const SEPARATOR = '  ·  ';

/**
 * The company's address, phone and website on as few lines as they fit, broken between items
 * only, so no line ends with a separator.
 */
export function contactLines(layout: LongLayout, company: LongDocument['company']): string[] {
  const items = [company.address, company.phone, company.website].filter((s) => s !== '');
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.at(-1);
    const joined = last === undefined ? item : `${last}${SEPARATOR}${item}`;
    if (last !== undefined && layout.measure(joined, false, CONTACT.size) <= CONTENT.width)
      lines[lines.length - 1] = joined;
    else lines.push(item);
  }
  return lines;
}

/** Lines as even as they can be: the narrowest width that needs no more lines (no lone last character). */
export function balanced(layout: LongLayout, text: string, spec: TextSpec): SetLine[] {
  const full = layout.set([{ text }], CONTENT.width, spec);
  if (full.length < 2) return full;
  let low = CONTENT.width / full.length;
  let high = CONTENT.width;
  while (high - low > 2) {
    const mid = (low + high) / 2;
    if (layout.set([{ text }], mid, spec).length > full.length) low = mid;
    else high = mid;
  }
  return layout.set([{ text }], high, spec);
}

function centred(layout: LongLayout, lines: readonly SetLine[], y: number, spec: TextSpec, color: string): number {
  lines.forEach((line, i) => {
    layout.drawLines([line], CONTENT.left + (CONTENT.width - line.width) / 2, y + i * spec.line, spec, color);
  });
  return y + lines.length * spec.line;
}

export function drawCover(layout: LongLayout, source: LongDocument): void {
  const { doc } = layout;
  const logo = source.company.logo ? placeImage(source.company.logo.mime, source.company.logo.bytes, 160, 54) : null;
  if (logo && source.company.logo) {
    doc.image(Buffer.from(source.company.logo.bytes), CONTENT.left, 64, { width: logo.width, height: logo.height });
  }
  // Title block in the upper third, an accent bar above it.
  let y = 250;
  doc.rect(CONTENT.left + CONTENT.width / 2 - 30, y - 26, 60, 4).fill(INK.accent);
  y = centred(layout, balanced(layout, source.title, TITLE), y, TITLE, INK.accent);
  if (source.subtitle) {
    y += 12;
    centred(layout, layout.set([{ text: source.subtitle }], CONTENT.width, SUBTITLE), y, SUBTITLE, INK.muted);
  }
  // Cover lines: labels right-aligned against a centre line, values left.
  const colon = source.locale === 'en' ? ':' : '：';
  const lines = source.cover.filter((line) => line.value !== '');
  const labelWidth = Math.max(0, ...lines.map((l) => layout.measure(`${l.label}${colon}`, false, LINE.size)));
  const valueWidth = Math.min(
    CONTENT.width - labelWidth,
    Math.max(0, ...lines.map((l) => layout.measure(l.value, true, LINE.size))),
  );
  const left = CONTENT.left + (CONTENT.width - labelWidth - valueWidth) / 2;
  y = 500;
  for (const line of lines) {
    const label = layout.set([{ text: `${line.label}${colon}` }], labelWidth + 1, LINE);
    const value = layout.set([{ text: line.value, bold: true }], valueWidth + 1, LINE);
    layout.drawLines(label, left + labelWidth - (label[0]?.width ?? 0), y, LINE, INK.muted);
    layout.drawLines(value, left + labelWidth, y, LINE, INK.text);
    y += Math.max(label.length, value.length) * LINE.line;
  }
  // The company at the foot of the page.
  const { company } = source;
  const foot = PAGE.height - 118;
  doc
    .moveTo(CONTENT.left, foot - 12)
    .lineTo(CONTENT.right, foot - 12)
    .lineWidth(0.6)
    .strokeColor(INK.rule)
    .stroke();
  const next = centred(layout, layout.set([{ text: company.name }], CONTENT.width, COMPANY), foot, COMPANY, INK.text);
  const contacts = contactLines(layout, company).flatMap((line) =>
    layout.set([{ text: line }], CONTENT.width, CONTACT),
  );
  centred(layout, contacts, next, CONTACT, INK.muted);
  layout.flush();
}
