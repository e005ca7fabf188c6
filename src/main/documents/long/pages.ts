import PDFDocument from 'pdfkit';
import type { LongDocument } from '../../../shared/proposals/document';
import { registerPdfFonts } from '../pdf/fonts';
import type { DocumentOutline } from './outline';
import { layoutContents, type ContentsLayout } from './pdf-contents';
import { placeChapters } from './pdf-chapters';
import { LongLayout, type LayoutHooks } from './pdf-layout';

/**
 * The run of a long document over its pages, the same for the PDF and for the .docx's page
 * estimate: the cover on page 1, the contents' pages reserved after it (their number depends only
 * on the entries), then the chapters.
 */

export interface PlacedDocument {
  layout: LongLayout;
  contents: ContentsLayout | null;
  /** Physical number of the contents' first page. */
  contentsPage: number;
}

/** Reserves the contents' pages and places the chapters (the cover is page 1, drawn beforehand). */
export function placeBody(layout: LongLayout, source: LongDocument, outline: DocumentOutline): PlacedDocument {
  const contents = source.tableOfContents ? layoutContents(layout, source.labels.contents, outline.entries) : null;
  const contentsPage = layout.flow.page + 1;
  for (let i = 0; i < (contents?.pages.length ?? 0); i++) layout.flow.newPage();
  placeChapters(layout, outline);
  return { layout, contents, contentsPage };
}

/** A PDF document only measured with (fonts registered, never written). */
export function measuringDocument(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ autoFirstPage: false, size: 'A4', margin: 0 });
  registerPdfFonts(doc);
  return doc;
}

/**
 * Where every heading falls when the document is laid out as the PDF lays it out, and how many
 * pages it has — without drawing anything.
 */
export function estimateLongPages(source: LongDocument, outline: DocumentOutline, hooks: LayoutHooks = {}): LongLayout {
  const layout = new LongLayout(measuringDocument(), source, true, hooks);
  placeBody(layout, source, outline);
  return layout;
}
