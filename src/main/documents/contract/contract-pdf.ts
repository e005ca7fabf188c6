import type { Article, ArticleBlock, ContractDocument } from '../../../shared/contract-drafts/document';
import { addDestination, Bookmarks } from '../pdf/bookmarks';
import { A4, createPdf } from '../pdf/document';
import { boxWidth, INK, PageFlow, useFont, useStyle, type PageBox, type TextStyle } from '../pdf/layout';
import { drawWatermark, stampPages } from '../pdf/page-furniture';
import { drawFlowingTable, measureTable, type TableSpec } from '../pdf/table';
import { blanksOf, drawMarkedLine } from './pdf-blanks';
import { drawKeyTerms, drawMissing, drawParties, drawTitle } from './pdf-front';
import { drawSetParagraph, paragraphHeight, paragraphLead, setParagraph, type SetParagraph } from './pdf-paragraphs';
import { drawSignatures, signaturesHeight } from './pdf-signatures';
import { milestoneTable, scheduleTable, tableLead } from './pdf-tables';

/**
 * The contract (合同) as the A4 PDF the customer signs: title and number, a draft's box of values
 * still to complete (待补充信息, each missing value marked as a blank in the text), the key-terms table, the
 * parties, the preamble, the numbered articles (第一条 …, sub-clauses 1.1 and items （1） with
 * hanging numbers) with the schedule and payment-milestone tables where the clauses place them,
 * the closing words and the signature and seal blocks of both parties, kept on one page. Every
 * page carries the contract number in its header and "第 X 页 共 Y 页" in its footer; a contract
 * legal has not approved carries the 草稿 / DRAFT watermark on every page. The non-standard clause
 * appendix is for legal's .docx and is not printed here. Reads only the ContractDocument.
 */

const MARGIN = 56;
const BOX: PageBox = {
  left: MARGIN,
  right: A4.width - MARGIN,
  top: 70,
  continuationTop: 70,
  bottom: A4.height - 56,
};

const BODY: TextStyle = { size: 10 };
const ARTICLE: TextStyle = { bold: true, size: 10.5 };
const PARAGRAPH_GAP = 3;
/** Tables up to this share of a page are kept whole on one page. */
const KEEP_TABLE_WHOLE = 1 / 3;

/** Where the paragraphs of each level start, from the widest typed number of the level. */
interface Indents {
  /** Text of sub-clauses (1.1) and plain paragraphs. */
  text: number;
  /** Text of items ((1)), whose number starts at `text`. */
  item: number;
}

function indents(doc: PDFKit.PDFDocument, contract: ContractDocument): Indents {
  const paragraphs = contract.articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'paragraph');
  useFont(doc, BODY);
  const widest = (level: 1 | 2) =>
    Math.max(0, ...paragraphs.filter((p) => p.level === level).map((p) => doc.widthOfString(p.number)));
  const em = BODY.size ?? 10;
  const text = Math.max(2 * em, Math.ceil(widest(1) + 0.6 * em));
  return { text, item: text + Math.max(2 * em, Math.ceil(widest(2) + 0.3 * em)) };
}

/** A block measured and ready to place. */
interface Placed {
  /** What must share a page with what comes before it (a heading, a lead-in paragraph). */
  lead: number;
  place(keepAfter: number): void;
}

class ContractLayout {
  readonly flow: PageFlow;
  private readonly indents: Indents;
  private readonly tables: Record<'schedule' | 'milestones', TableSpec>;
  private readonly bookmarks: Bookmarks;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly contract: ContractDocument,
  ) {
    this.flow = new PageFlow(doc, BOX);
    this.indents = indents(doc, contract);
    const width = boxWidth(BOX);
    this.tables = { schedule: scheduleTable(doc, contract, width), milestones: milestoneTable(doc, contract, width) };
    this.bookmarks = new Bookmarks(doc);
  }

  private set(text: string, level: 0 | 1 | 2, number: string): SetParagraph {
    const left = BOX.left;
    const x = level === 2 ? left + this.indents.item : left + this.indents.text;
    const numberX = level === 2 ? left + this.indents.text : left;
    return setParagraph(
      this.doc,
      text,
      {
        x,
        width: BOX.right - x,
        number: number === '' ? undefined : { text: number, x: numberX },
        gapAfter: PARAGRAPH_GAP,
      },
      BODY,
      blanksOf(this.contract),
    );
  }

  private block(block: ArticleBlock): Placed {
    if (block.kind === 'table') {
      const spec = this.tables[block.table];
      // A short table (the milestones) is kept whole on one page; a long one keeps its header
      // and first row together, and continues on the next pages under its header.
      const whole = measureTable(this.doc, spec);
      const keepWhole = whole <= this.flow.pageHeight * KEEP_TABLE_WHOLE;
      const lead = keepWhole ? whole : tableLead(this.doc, spec);
      return {
        lead,
        place: () => {
          this.flow.advance(2);
          this.flow.ensure(lead);
          drawFlowingTable(this.doc, this.flow, spec, BOX.left);
          this.flow.advance(8);
        },
      };
    }
    const set = this.set(block.text, block.level, block.number);
    return {
      lead: paragraphLead(set, this.flow.pageHeight),
      place: (keepAfter) => drawSetParagraph(this.doc, this.flow, set, keepAfter),
    };
  }

  /** Full-width paragraphs (preamble, closing). */
  private plain(text: string): SetParagraph {
    return setParagraph(
      this.doc,
      text,
      { x: BOX.left, width: boxWidth(BOX), gapAfter: PARAGRAPH_GAP },
      BODY,
      blanksOf(this.contract),
    );
  }

  preamble(): void {
    for (const text of this.contract.preamble) drawSetParagraph(this.doc, this.flow, this.plain(text));
    this.flow.advance(8);
  }

  article(article: Article): void {
    const blocks = article.blocks.map((b) => this.block(b));
    // A paragraph that introduces a table keeps the table's header and first row with it.
    const keepAfter = blocks.map((_, i) =>
      article.blocks[i]?.kind === 'paragraph' && article.blocks[i + 1]?.kind === 'table'
        ? (blocks[i + 1]?.lead ?? 0)
        : 0,
    );
    const heading = `${article.number} ${article.heading}`.trim();
    useFont(this.doc, ARTICLE);
    const headingHeight = this.doc.currentLineHeight(true) + 4;
    this.flow.advance(6);
    this.flow.ensure(headingHeight + (blocks[0]?.lead ?? 0) + (keepAfter[0] ?? 0));
    const destination = `article-${article.index}`;
    addDestination(this.doc, destination, this.flow.y);
    this.bookmarks.add(1, heading, destination);
    drawMarkedLine(this.doc, this.contract, heading, BOX.left, this.flow.y, ARTICLE);
    this.flow.advance(headingHeight);
    blocks.forEach((block, i) => block.place(keepAfter[i] ?? 0));
  }

  /** The closing words, kept on the page of the signatures when they are short. */
  closing(): void {
    const paragraphs = this.contract.closing.map((text) => this.plain(text));
    const words = paragraphs.reduce((sum, p) => sum + paragraphHeight(p), 0);
    const signatures = signaturesHeight(this.doc, this.flow, this.contract);
    const gap = 28;
    this.flow.advance(10);
    if (words + gap + signatures <= this.flow.pageHeight) this.flow.ensure(words + gap + signatures);
    for (const p of paragraphs) drawSetParagraph(this.doc, this.flow, p);
    this.flow.advance(gap);
    drawSignatures(this.doc, this.flow, this.contract);
  }
}

/**
 * On every page: the contract number (right) and title (left) over a thin rule at the top, and the
 * draft watermark when there is one. The watermark is laid over the content, light enough to read
 * through, so the key-terms and party fills cannot hide it.
 */
function drawHeaders(doc: PDFKit.PDFDocument, contract: ContractDocument, watermark: string | null): void {
  const { start, count } = doc.bufferedPageRange();
  const y = BOX.continuationTop - 26;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    if (watermark !== null) drawWatermark(doc, watermark);
    useStyle(doc, { bold: true, size: 8 });
    const numberWidth = doc.widthOfString(contract.number);
    doc.text(contract.number, BOX.right - numberWidth, y, { lineBreak: false });
    useStyle(doc, { size: 8, color: INK.muted });
    const room = boxWidth(BOX) - numberWidth - 16;
    if (doc.widthOfString(contract.title) <= room) doc.text(contract.title, BOX.left, y, { lineBreak: false });
    doc
      .moveTo(BOX.left, y + 14)
      .lineTo(BOX.right, y + 14)
      .lineWidth(0.5)
      .strokeColor(INK.rule)
      .stroke();
  }
}

/** "第 {page} 页 共 {pages} 页" filled in. */
function pageOf(template: string): (page: number, pages: number) => string {
  return (page, pages) => template.replaceAll('{pages}', String(pages)).replaceAll('{page}', String(page));
}

/** Renders the contract as a PDF file's bytes. */
export async function renderContractPdf(doc: ContractDocument): Promise<Buffer> {
  const { labels } = doc;
  const { doc: pdf, finish } = createPdf({
    title: `${doc.title} ${doc.number}`.trim(),
    author: doc.partyB.name,
    subject: [doc.title, doc.partyA.name, doc.partyB.name].filter((s) => s !== '').join(' — '),
    keywords: [doc.number, doc.deal.quoteNumber, doc.partyA.name, doc.partyB.name],
    lang: doc.locale === 'en' ? 'en' : 'zh-CN',
  });
  const layout = new ContractLayout(pdf, doc);
  drawTitle(pdf, layout.flow, doc);
  drawMissing(pdf, layout.flow, doc);
  drawKeyTerms(pdf, layout.flow, doc);
  drawParties(pdf, layout.flow, doc);
  layout.preamble();
  for (const article of doc.articles) layout.article(article);
  layout.closing();
  drawHeaders(pdf, doc, doc.draft ? labels.draftWatermark : null);
  stampPages(pdf, { box: BOX, pageOf: pageOf(labels.pageOf) });
  return finish();
}
