import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TextRun,
  type IXmlableObject,
  type PageNumberEstimator,
} from 'docx';
import type { LongDocument } from '../../../shared/proposals/document';
import { FONT } from '../quote/docx/text';
import { COLOURS, halfPoints, TYPE } from './geometry';
import type { OutlineEntry } from './outline';
import type { Placement } from './pdf-layout';

/**
 * What surrounds the .docx's pages: the running header (the document's header text over a thin
 * rule) and the footer "第 X 页 共 Y 页" whose numbers are Word PAGE / NUMPAGES fields, on every
 * page but the cover (the section has a title page with an empty header and footer); and the page
 * numbers written into the table of contents before Word updates it.
 */

const STYLE = { size: halfPoints(TYPE.header.size), color: COLOURS.muted, font: FONT };

export function longHeader(doc: LongDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 3 } },
        children: [new TextRun({ ...STYLE, text: doc.headerText })],
      }),
    ],
  });
}

/** Two numbers no label could contain, to find where pageOf() puts the page and the count. */
const PAGE_MARK = 987_654_321;
const TOTAL_MARK = 123_456_789;

export function longFooter(doc: LongDocument): Footer {
  const template = doc.labels.pageOf(PAGE_MARK, TOTAL_MARK);
  const runs: TextRun[] = [];
  for (const part of template.split(new RegExp(`(${PAGE_MARK}|${TOTAL_MARK})`))) {
    if (part === String(PAGE_MARK)) runs.push(new TextRun({ ...STYLE, children: [PageNumber.CURRENT] }));
    else if (part === String(TOTAL_MARK)) runs.push(new TextRun({ ...STYLE, children: [PageNumber.TOTAL_PAGES] }));
    else if (part !== '') runs.push(new TextRun({ ...STYLE, text: part }));
  }
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs })] });
}

/** The cover's header and footer: nothing. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({})] });
}

export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({})] });
}

type Loose = Record<string, unknown>;

/** The bookmark names of the body's heading paragraphs (Heading1–3), in document order. */
export function headingBookmarks(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) headingBookmarks(child, out);
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node as Loose)) {
    if (key === 'w:p' && Array.isArray(value)) {
      const props = value.find((c): c is Loose => !!c && typeof c === 'object' && 'w:pPr' in c)?.['w:pPr'];
      const style = Array.isArray(props)
        ? props.find((c): c is Loose => !!c && typeof c === 'object' && 'w:pStyle' in c)
        : undefined;
      const styleName = ((style?.['w:pStyle'] as Loose | undefined)?._attr as Loose | undefined)?.['w:val'];
      if (typeof styleName === 'string' && /^Heading[123]$/.test(styleName)) {
        const mark = value.find((c): c is Loose => !!c && typeof c === 'object' && 'w:bookmarkStart' in c);
        const name = ((mark?.['w:bookmarkStart'] as Loose | undefined)?._attr as Loose | undefined)?.['w:name'];
        if (typeof name === 'string') out.push(name);
      }
    } else if (typeof value === 'object') {
      headingBookmarks(value, out);
    }
  }
  return out;
}

/**
 * Page numbers for the table of contents from the PDF's layout of the same document (same page,
 * same type), and the heading numbers its entries start with. docx asks for them once it has
 * bookmarked the headings (in document order, as `entries` are). When the headings found do not
 * match the entries, nothing is given and Word fills the numbers in when it updates the field.
 */
export function contentsPageNumbers(
  entries: readonly OutlineEntry[],
  placed: ReadonlyMap<string, Placement>,
  pageCount: number,
): PageNumberEstimator {
  // docx asks several times about the same body; it is walked once.
  const walked = new WeakMap<IXmlableObject, [string, OutlineEntry][]>();
  const matched = (body: IXmlableObject): [string, OutlineEntry][] => {
    let found = walked.get(body);
    if (!found) {
      const names = headingBookmarks(body);
      found = names.length === entries.length ? names.map((name, i) => [name, entries[i] as OutlineEntry]) : [];
      walked.set(body, found);
    }
    return found;
  };
  const estimate = (body: IXmlableObject) => ({
    bookmarks: new Map(
      matched(body).flatMap(([name, entry]) => {
        const page = placed.get(entry.anchor)?.page;
        return page === undefined ? [] : [[name, String(page)] as const];
      }),
    ),
    pageCount,
  });
  return Object.assign(estimate, {
    listNumbers: (body: IXmlableObject) =>
      new Map(
        matched(body).map(([name, entry]) => [
          name,
          { text: entry.number, separator: 'space' as const, width: entry.number.length * 130 },
        ]),
      ),
  });
}
