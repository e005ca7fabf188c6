import { smallPartText, WORKBOOK_PART, WORKBOOK_RELS_PART } from './xlsx-parts';
import type { ZipEntry } from './zip-directory';

/**
 * Sheet names and tab order, read from the two small parts that hold them (xl/workbook.xml and
 * its relationships), so sheets are listed as Excel shows them, whatever the part numbering.
 */

export interface SheetInfo {
  name: string;
  /** Position of the tab, 0-based. */
  order: number;
}

const ELEMENT = (tag: string) => new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, 'g');
const SHEET = ELEMENT('sheet');
const WORKBOOK_PROPERTIES = ELEMENT('workbookPr');
const RELATIONSHIP = ELEMENT('Relationship');
const ATTRIBUTE = /([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(ENTITY, (_, hex?: string, decimal?: string, named?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal) return String.fromCodePoint(Number(decimal));
    return NAMED_ENTITIES[named ?? ''] ?? '';
  });
}

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    found.set(match[1] ?? '', decodeXml(match[2] ?? match[3] ?? ''));
  }
  return found;
}

/** "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return `xl/${target.replace(/^\.\//, '')}`;
}

/** Worksheet part path → its tab name and position. Throws if the parts are not valid deflate. */
export function sheetsByPart(bytes: Buffer, entries: readonly ZipEntry[]): Map<string, SheetInfo> {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const targets = new Map<string, string>();
  for (const match of smallPartText(bytes, byName.get(WORKBOOK_RELS_PART)).matchAll(RELATIONSHIP)) {
    const attrs = attributes(match[1] ?? '');
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id && target) targets.set(id, partPath(target));
  }
  const sheets = new Map<string, SheetInfo>();
  let order = 0;
  for (const match of smallPartText(bytes, byName.get(WORKBOOK_PART)).matchAll(SHEET)) {
    const attrs = attributes(match[1] ?? '');
    const relationId = [...attrs].find(([key]) => key.endsWith(':id'))?.[1];
    const part = relationId ? targets.get(relationId) : undefined;
    if (part) sheets.set(part, { name: attrs.get('name') ?? part, order: order++ });
  }
  return sheets;
}

/** Whether the workbook counts dates from 1904 (<workbookPr date1904="1"/>, old Mac Excel). */
export function usesDate1904(bytes: Buffer, entries: readonly ZipEntry[]): boolean {
  const workbook = smallPartText(
    bytes,
    entries.find((entry) => entry.name === WORKBOOK_PART),
  );
  for (const match of workbook.matchAll(WORKBOOK_PROPERTIES)) {
    const value = attributes(match[1] ?? '').get('date1904');
    if (value !== undefined) return value === '1' || value.toLowerCase() === 'true';
  }
  return false;
}
