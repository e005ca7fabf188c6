import type { LongDocument } from '../../../shared/proposals/document';
import { addDestination, Bookmarks } from '../pdf/bookmarks';
import { createPdf } from '../pdf/document';
import { documentOutline } from './outline';
import { placeBody } from './pages';
import { drawContents } from './pdf-contents';
import { drawCover } from './pdf-cover';
import { stampLongPages } from './pdf-furniture';
import { LongLayout } from './pdf-layout';

/**
 * A long document (方案书 proposal, 演示脚本 demo script) as an A4 PDF: cover, table of contents
 * with page numbers and links, numbered chapters and headings (1 / 1.1 / 1.1.1) with bookmarks,
 * paragraphs, lists, tables, images, key figures and callouts; the running header and "第 X 页
 * 共 Y 页" on every page but the cover; the CJK font embedded as a subset; title, author, subject
 * and language in the metadata. Reads only the LongDocument, like the .docx.
 */
export async function renderLongPdf(doc: LongDocument): Promise<Buffer> {
  const outline = documentOutline(doc);
  const { doc: pdf, finish } = createPdf({
    title: doc.title,
    author: doc.company.name,
    subject: doc.subtitle || doc.title,
    keywords: [doc.title, doc.subtitle, ...doc.cover.map((line) => line.value)],
    lang: doc.locale === 'en' ? 'en' : 'zh-CN',
  });
  const bookmarks = new Bookmarks(pdf);
  const layout = new LongLayout(pdf, doc, false, {
    onHeading(entry, y) {
      addDestination(pdf, entry.anchor, y);
      bookmarks.add(entry.level, `${entry.number} ${entry.title}`, entry.anchor);
    },
  });
  drawCover(layout, doc);
  const { contents, contentsPage } = placeBody(layout, doc, outline);
  if (contents) drawContents(layout, contents, contentsPage);
  stampLongPages(layout, doc);
  return finish();
}
