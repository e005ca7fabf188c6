import { BorderStyle, Footer, Header, PageNumber, TabStopType, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { QuoteDocument } from '../../../../shared/quotes/document';
import { quoteReference, type QuoteDocumentLabels } from '../../../../shared/quotes/document-labels';
import { alignment, COLOR, CONTENT_WIDTH, FONT, paragraph, SIZE, text } from './text';

/**
 * What repeats on every page: the header (company, quote reference, and the 草稿 / DRAFT
 * watermark while the quote is not approved) and the footer's "第 X 页 共 Y 页", whose numbers
 * are Word PAGE / NUMPAGES fields, so they stay right however the reader's software paginates.
 */

/**
 * The diagonal WordArt watermark Word's own Design › Watermark writes: a VML shape in the header,
 * behind the text, centred on every page. CJK glyphs are square, so "草稿" gets a 2:1 box.
 */
function draftWatermark(doc: QuoteDocument, labels: QuoteDocumentLabels): TextWatermark {
  const zh = doc.locale !== 'en';
  return new TextWatermark({
    text: labels.draftWatermark,
    font: zh ? FONT.eastAsia : FONT.ascii,
    bold: true,
    color: COLOR.watermark,
    opacity: 0.5,
    layout: 'diagonal',
    ...(zh ? { width: 380, height: 190 } : { width: 460 }),
  });
}

export function pageHeader(doc: QuoteDocument, labels: QuoteDocumentLabels): Header {
  const style = { size: SIZE.header, color: COLOR.muted };
  return new Header({
    children: [
      paragraph(
        [
          text(doc.company.name, style),
          text(`\t${labels.title}  ${quoteReference(doc)}`, style),
          ...(doc.draft ? [draftWatermark(doc, labels)] : []),
        ],
        {
          tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        },
      ),
    ],
  });
}

/** Two numbers no label could contain, to find where pageOf() puts the page and the count. */
const PAGE_MARK = 987_654_321;
const TOTAL_MARK = 123_456_789;

/** pageOf()'s words around two fields: "第 " PAGE " 页 共 " NUMPAGES " 页". */
function pageOfRuns(labels: QuoteDocumentLabels): TextRun[] {
  const template = labels.pageOf(PAGE_MARK, TOTAL_MARK);
  const style = { size: SIZE.header, color: COLOR.muted, font: FONT };
  const runs: TextRun[] = [];
  for (const part of template.split(new RegExp(`(${PAGE_MARK}|${TOTAL_MARK})`))) {
    if (part === String(PAGE_MARK)) runs.push(new TextRun({ ...style, children: [PageNumber.CURRENT] }));
    else if (part === String(TOTAL_MARK)) runs.push(new TextRun({ ...style, children: [PageNumber.TOTAL_PAGES] }));
    else if (part !== '') runs.push(new TextRun({ ...style, text: part }));
  }
  return runs;
}

export function pageFooter(labels: QuoteDocumentLabels): Footer {
  return new Footer({ children: [paragraph(pageOfRuns(labels), { alignment: alignment('center') })] });
}
