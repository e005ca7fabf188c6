import { Document, Packer, Paragraph, TableOfContents, type FileChild } from 'docx';
import type { LongDocument } from '../../../shared/proposals/document';
import { DocxChapters, spliceTableRows, textRun } from './docx-blocks';
import { docxCover } from './docx-cover';
import { contentsPageNumbers, emptyFooter, emptyHeader, longFooter, longHeader } from './docx-frame';
import { longNumbering, longStyles, STYLE } from './docx-styles';
import { PAGE, twips } from './geometry';
import { documentOutline } from './outline';
import { estimateLongPages } from './pages';
import { balanced, contactLines, COVER_TITLE } from './pdf-cover';

/**
 * A long document (方案书 proposal, 演示脚本 demo script) as a Word document (.docx), A4:
 *
 * - a cover page (logo, title, subtitle, cover lines, company) without header or footer (the
 *   section's title page);
 * - a table of contents that is a real TOC field (`TOC \o "1-3" \h`) over the Heading 1–3
 *   styles, its entries written in (numbers, titles, page numbers as the PDF lays the same pages
 *   out) so it is not empty before it is updated, and `updateFields` set so Word refreshes it
 *   when the document is opened;
 * - chapters and headings numbered 1 / 1.1 / 1.1.1 by Word numbering attached to the heading
 *   styles (not typed numbers), paragraphs, lists, tables, images, key figures and callouts;
 * - the running header and "第 X 页 共 Y 页" (PAGE / NUMPAGES fields) on every other page;
 * - East Asian font on every run, East Asian language zh-CN.
 *
 * Reads only the LongDocument, like the PDF.
 */
export async function renderLongDocx(doc: LongDocument): Promise<Buffer> {
  const outline = documentOutline(doc);
  const estimate = estimateLongPages(doc, outline);
  const measure = (text: string, bold: boolean, size: number) => estimate.measure(text, bold, size);
  const chapters = new DocxChapters(doc, measure);
  const body: FileChild[] = outline.chapters.flatMap((chapter, i) => chapters.chapter(chapter, i === 0));
  const colon = doc.locale === 'en' ? ':' : '：';
  const coverLines = doc.cover.filter((line) => line.value !== '');
  const cover = docxCover(doc, {
    titleLines: balanced(estimate, doc.title, COVER_TITLE).map((line) => line.pieces.map((p) => p.text).join('')),
    contactLines: contactLines(estimate, doc.company),
    labelWidth: Math.max(0, ...coverLines.map((l) => measure(`${l.label}${colon}`, false, 12))),
    valueWidth: Math.max(0, ...coverLines.map((l) => measure(l.value, true, 12))),
  });
  const contents: FileChild[] = doc.tableOfContents
    ? [
        new Paragraph({ style: STYLE.contentsTitle, pageBreakBefore: true, children: [textRun(doc.labels.contents)] }),
        new TableOfContents(doc.labels.contents, { hyperlink: true, headingStyleRange: '1-3' }),
      ]
    : [];
  const document = new Document({
    creator: doc.company.name,
    title: doc.title,
    subject: doc.subtitle,
    description: doc.cover.map((line) => `${line.label}${colon}${line.value}`).join('; '),
    features: { updateFields: true },
    pageNumbers: contentsPageNumbers(outline.entries, estimate.anchors, estimate.flow.page),
    styles: longStyles(doc),
    numbering: longNumbering([...chapters.starts]),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            margin: {
              top: twips(PAGE.marginTop),
              bottom: twips(PAGE.marginBottom),
              left: twips(PAGE.marginSide),
              right: twips(PAGE.marginSide),
              header: twips(PAGE.header),
              footer: twips(PAGE.footer),
            },
          },
        },
        headers: { default: longHeader(doc), first: emptyHeader() },
        footers: { default: longFooter(doc), first: emptyFooter() },
        children: [...cover, ...contents, ...body],
      },
    ],
  });
  return spliceTableRows(await Packer.toBuffer(document), chapters.spliced);
}
