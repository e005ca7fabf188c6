import { AlignmentType, Document, LineRuleType, Packer, Paragraph, type FileChild, type IParagraphOptions } from 'docx';
import type { ArticleBlock, ContractDocument } from '../../../shared/contract-drafts/document';
import { text, type RunStyle } from '../quote/docx/text';
import { markedRuns, missingBox } from './docx-blanks';
import { contractFooter, contractHeader } from './docx-frame';
import { ARTICLE_NUMBERING, articleNumbering, colon, COLOR, contractStyles, INDENT, PAGE, SIZE } from './docx-style';
import { deviationsTable, keyTermsTable, milestonesTable, scheduleTable, signatureTable } from './docx-tables';

/**
 * The contract draft as a Word document (.docx) for legal review, A4:
 *
 * - header "合同草稿 · 供法务审核 HT-…", footer "第 X 页 共 Y 页" (PAGE / NUMPAGES fields);
 * - title, contract number, a draft's box of values still to complete (待补充信息), the key-terms
 *   table, the parties, the preamble; a draft's missing values are highlighted marked blanks;
 * - the articles numbered by one Word multilevel list (第一条 / 1.1 / （1）, or Article 1 / 1.1 /
 *   (a)), not typed numbers, so numbering follows legal's edits; the schedule and milestones
 *   tables where their clauses place them;
 * - the closing words and the two seal blocks;
 * - on a new page, the appendix of non-standard clauses with each change marked;
 * - track changes on, so legal's edits show as revisions; never protected.
 *
 * Reads only the ContractDocument, like the PDF; the typed numbers in it are the PDF's.
 */

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text'>;

function para(value: string, options: ParagraphOptions = {}, style: RunStyle = {}): Paragraph {
  return new Paragraph({ ...options, children: value === '' ? [] : [text(value, style)] });
}

/** A paragraph of contract text, a draft's blanks in it marked. */
function marked(doc: ContractDocument, value: string, options: ParagraphOptions = {}, style: RunStyle = {}): Paragraph {
  return new Paragraph({ ...options, children: markedRuns(doc, value, style) });
}

function bodyAlignment(doc: ContractDocument): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return doc.locale === 'en' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED;
}

/** Chinese paragraphs open with a two-character indent; English ones do not. */
function firstLine(doc: ContractDocument): ParagraphOptions['indent'] {
  return doc.locale === 'en' ? undefined : { firstLine: 2 * SIZE.body * 10 };
}

function titleBlock(doc: ContractDocument): Paragraph[] {
  const numberLabel = doc.keyTerms[0]?.label ?? '';
  return [
    para(
      doc.title,
      { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 160 } },
      {
        bold: true,
        size: SIZE.title,
      },
    ),
    para(`${numberLabel}${colon(doc.locale)}${doc.number}`, {
      alignment: AlignmentType.RIGHT,
      spacing: { after: 200 },
    }),
  ];
}

function keyTerms(doc: ContractDocument): FileChild[] {
  const missing = missingBox(doc);
  return [
    ...(missing ? [missing, para('', { spacing: { after: 120 } })] : []),
    para(doc.labels.keyTermsTitle, { keepNext: true, spacing: { after: 80 } }, { bold: true, color: COLOR.accent }),
    keyTermsTable(doc),
  ];
}

function parties(doc: ContractDocument): Paragraph[] {
  const c = colon(doc.locale);
  return doc.partyLines.flatMap((party, i) => [
    para(party.role, { keepNext: true, spacing: { before: i === 0 ? 320 : 200, after: 40 } }, { bold: true }),
    ...party.lines.map(
      (line, j) =>
        new Paragraph({
          keepNext: j < party.lines.length - 1,
          indent: { left: INDENT.sub },
          spacing: { line: 264, lineRule: LineRuleType.AUTO },
          children: [text(`${line.label}${c}`), ...markedRuns(doc, line.value)],
        }),
    ),
  ]);
}

function preamble(doc: ContractDocument): Paragraph[] {
  return doc.preamble.map((line, i) =>
    marked(doc, line, {
      alignment: bodyAlignment(doc),
      indent: firstLine(doc),
      spacing: { before: i === 0 ? 240 : 0 },
    }),
  );
}

function articleBlock(
  doc: ContractDocument,
  block: ArticleBlock,
  afterTable: boolean,
  beforeTable: boolean,
): FileChild {
  if (block.kind === 'table') return block.table === 'schedule' ? scheduleTable(doc) : milestonesTable(doc);
  const options: ParagraphOptions = {
    alignment: bodyAlignment(doc),
    keepNext: beforeTable,
    spacing: { before: afterTable ? 120 : 0, after: beforeTable ? 80 : 40 },
  };
  if (block.level === 0) return marked(doc, block.text, { ...options, indent: { left: INDENT.sub } });
  return marked(doc, block.text, { ...options, numbering: { reference: ARTICLE_NUMBERING, level: block.level } });
}

function articles(doc: ContractDocument): FileChild[] {
  return doc.articles.flatMap((article) => [
    marked(
      doc,
      article.heading,
      {
        numbering: { reference: ARTICLE_NUMBERING, level: 0 },
        keepNext: true,
        keepLines: true,
        spacing: { before: 240, after: 80 },
      },
      { bold: true, size: SIZE.heading },
    ),
    ...article.blocks.map((block, i) =>
      articleBlock(doc, block, article.blocks[i - 1]?.kind === 'table', article.blocks[i + 1]?.kind === 'table'),
    ),
  ]);
}

/** The closing words, kept on the page of the seal blocks below them. */
function signatures(doc: ContractDocument): FileChild[] {
  return [
    ...doc.closing.map((line, i) =>
      marked(doc, line, {
        alignment: bodyAlignment(doc),
        indent: firstLine(doc),
        keepNext: true,
        spacing: { before: i === 0 ? 360 : 0, after: i === doc.closing.length - 1 ? 360 : 0 },
      }),
    ),
    signatureTable(doc),
  ];
}

function appendix(doc: ContractDocument): FileChild[] {
  const { labels } = doc;
  return [
    para(
      labels.deviationsTitle,
      { pageBreakBefore: true, keepNext: true, alignment: AlignmentType.CENTER, spacing: { after: 200 } },
      { bold: true, size: 28 },
    ),
    para(
      labels.deviationsIntro,
      { alignment: bodyAlignment(doc), keepNext: true, spacing: { after: 160 } },
      {
        color: COLOR.muted,
      },
    ),
    doc.deviations.length === 0 ? para(labels.noDeviations) : deviationsTable(doc),
  ];
}

function contractDocx(doc: ContractDocument): Document {
  return new Document({
    creator: doc.partyB.name,
    title: `${doc.title} ${doc.number}`,
    subject: doc.labels.headerNote,
    description: `${doc.partyA.name} / ${doc.partyB.name}`,
    revision: doc.revision,
    // Legal's edits in Word or WPS show as revisions against this draft.
    features: { trackRevisions: true },
    styles: contractStyles(doc.locale),
    numbering: articleNumbering(doc.locale),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginSide,
              right: PAGE.marginSide,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: { default: contractHeader(doc) },
        footers: { default: contractFooter(doc) },
        children: [
          ...titleBlock(doc),
          ...keyTerms(doc),
          ...parties(doc),
          ...preamble(doc),
          ...articles(doc),
          ...signatures(doc),
          ...appendix(doc),
          // A document ends with a paragraph, not a table.
          para(''),
        ],
      },
    ],
  });
}

/** Renders the contract draft to .docx bytes. */
export async function renderContractDocx(doc: ContractDocument): Promise<Buffer> {
  return await Packer.toBuffer(contractDocx(doc));
}
