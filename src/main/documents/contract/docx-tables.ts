import {
  LineRuleType,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import type { DiffPart } from '../../../shared/contract-drafts/clause-diff';
import type { Article, ContractDocument, Deviation } from '../../../shared/contract-drafts/document';
import {
  alignment,
  cell,
  NO_BORDERS,
  TABLE_GRID,
  TABLE_NONE,
  text,
  type Align,
  type RunStyle,
} from '../quote/docx/text';
import { markedRuns } from './docx-blanks';
import { COLOR, CONTENT_WIDTH, FONT, SIZE } from './docx-style';

/**
 * The contract's tables: the key terms on the first page, the schedule of products and the payment
 * milestones inside their articles (header row repeated on every page, rows never split, amounts
 * right-aligned, the total row bold), the two seal blocks side by side, and the appendix's list of
 * non-standard clauses with the change against the standard wording marked as struck-through
 * (deleted, red) and underlined (inserted, blue) text.
 */

const CELL_SPACING = { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO };
const CELL_TEXT: RunStyle = { size: SIZE.table };

/** One paragraph per line of `value`, in a cell's type. */
function cellParagraphs(value: string, align: Align, style: RunStyle = {}): Paragraph[] {
  return value.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: alignment(align),
        spacing: CELL_SPACING,
        children: line === '' ? [] : [text(line, { ...CELL_TEXT, ...style })],
      }),
  );
}

interface Column {
  header: string;
  width: number;
  align: Align;
}

function gridTable(columns: readonly Column[], rows: TableRow[], borders: ITableBordersOptions = TABLE_GRID): Table {
  return new Table({
    rows,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders,
  });
}

/** The shaded header row, repeated at the top of every page the table runs onto. */
function headerRow(columns: readonly Column[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) =>
      cell(cellParagraphs(c.header, 'center', { bold: true }), { width: c.width, fill: COLOR.headFill }),
    ),
  });
}

function bodyRow(columns: readonly Column[], cells: readonly string[]): TableRow {
  return new TableRow({
    cantSplit: true,
    children: columns.map((c, i) => cell(cellParagraphs(cells[i] ?? '', c.align), { width: c.width })),
  });
}

/**
 * The bold total row: its label across the columns before `amountColumn`, the amount there
 * (right-aligned), then `tail` in the columns after it.
 */
function totalRow(
  columns: readonly Column[],
  total: { label: string; amount: string },
  amountColumn: number,
  tail: readonly string[] = [],
): TableRow {
  const bold: RunStyle = { bold: true };
  const labelWidth = columns.slice(0, amountColumn).reduce((sum, c) => sum + c.width, 0);
  const amount = columns[amountColumn];
  if (!amount) throw new Error(`no column ${amountColumn} for the total`);
  return new TableRow({
    cantSplit: true,
    children: [
      cell(cellParagraphs(total.label, 'right', bold), {
        width: labelWidth,
        span: amountColumn,
        fill: COLOR.totalFill,
      }),
      cell(cellParagraphs(total.amount, 'right', bold), { width: amount.width, fill: COLOR.totalFill }),
      ...columns
        .slice(amountColumn + 1)
        .map((c, i) => cell(cellParagraphs(tail[i] ?? '', c.align, bold), { width: c.width, fill: COLOR.totalFill })),
    ],
  });
}

function columnsOf(headers: readonly string[], layout: readonly [number, Align][]): Column[] {
  if (headers.length !== layout.length) throw new Error(`expected ${layout.length} columns, got ${headers.length}`);
  return headers.map((header, i) => {
    const [width, align] = layout[i] ?? [0, 'left'];
    return { header, width, align };
  });
}

/** Widths add up to CONTENT_WIDTH (9,070 twips). */
const SCHEDULE_LAYOUT: [number, Align][] = [
  [560, 'center'],
  [1900, 'left'],
  [2870, 'left'],
  [620, 'center'],
  [700, 'right'],
  [680, 'center'],
  [1740, 'right'],
];

const MILESTONE_LAYOUT: [number, Align][] = [
  [600, 'center'],
  [1300, 'left'],
  [2300, 'left'],
  [700, 'right'],
  [1500, 'right'],
  [2670, 'left'],
];

/** 序号 | 产品/服务名称 | 规格 | 单位 | 数量 | 税率 | 含税金额, and the total. */
export function scheduleTable(doc: ContractDocument): Table {
  const { schedule } = doc;
  const columns = columnsOf(schedule.columns, SCHEDULE_LAYOUT);
  return gridTable(columns, [
    headerRow(columns),
    ...schedule.rows.map((row) => bodyRow(columns, row)),
    totalRow(columns, schedule.total, columns.length - 1),
  ]);
}

/** 期次 | 付款节点 | 付款条件 | 比例 | 金额 | 人民币大写, and the total with its 大写. */
export function milestonesTable(doc: ContractDocument): Table {
  const { milestones } = doc;
  const columns = columnsOf(milestones.columns, MILESTONE_LAYOUT);
  return gridTable(columns, [
    headerRow(columns),
    ...milestones.rows.map((row) => bodyRow(columns, row)),
    totalRow(columns, milestones.total, 4, [doc.deal.totalCapital]),
  ]);
}

const KEY_LABEL = 2300;

/** A list joined with semicolons (the payment milestones) as one line per item, the semicolon kept. */
function listLines(value: string): string {
  return value.replace(/；(?!$)/g, '；\n').replace(/; (?=\S)/g, ';\n');
}

/** Label | value, the labels shaded; kept on the first page with the title. */
export function keyTermsTable(doc: ContractDocument): Table {
  const columns: Column[] = [
    { header: '', width: KEY_LABEL, align: 'left' },
    { header: '', width: CONTENT_WIDTH - KEY_LABEL, align: 'left' },
  ];
  return gridTable(
    columns,
    doc.keyTerms.map(
      (term) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(cellParagraphs(term.label, 'left', { color: COLOR.muted }), {
              width: KEY_LABEL,
              fill: COLOR.labelFill,
            }),
            cell(cellParagraphs(listLines(term.value), 'left'), { width: CONTENT_WIDTH - KEY_LABEL }),
          ],
        }),
    ),
  );
}

/**
 * The seal blocks, one column per party, without borders: role (甲方（盖章）), party, room for the
 * seal, the representative's signature line and the date (or a blank date to fill in by hand).
 */
export function signatureTable(doc: ContractDocument): Table {
  const half = Math.floor(CONTENT_WIDTH / 2);
  const { labels } = doc;
  const line = (value: string, style: RunStyle, before = 0, after = 0): Paragraph =>
    new Paragraph({ spacing: { before, after }, keepNext: true, children: value === '' ? [] : [text(value, style)] });
  const block = (signature: ContractDocument['signatures'][number]): Paragraph[] => [
    line(signature.role, { bold: true, size: SIZE.heading }, 0, 120),
    new Paragraph({ keepNext: true, children: markedRuns(doc, signature.party.name) }),
    line(labels.signatureRepresentative, {}, 1440),
    line('', {}, 0, 360),
    line(`${labels.signatureDate}${signature.date === '' ? labels.blankDate : signature.date}`, {}, 120),
  ];
  return gridTable(
    [
      { header: '', width: half, align: 'left' },
      { header: '', width: CONTENT_WIDTH - half, align: 'left' },
    ],
    [
      new TableRow({
        cantSplit: true,
        children: doc.signatures.map((signature, i) =>
          cell(block(signature), {
            width: i === 0 ? half : CONTENT_WIDTH - half,
            verticalAlign: 'top',
            borders: NO_BORDERS,
          }),
        ),
      }),
    ],
    TABLE_NONE,
  );
}

/** A diff as runs: deletions struck through in red, insertions underlined in blue, newlines as breaks. */
export function diffRuns(parts: readonly DiffPart[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const part of parts) {
    const style: RunStyle =
      part.op === 'delete'
        ? { strike: true, color: COLOR.deleted }
        : part.op === 'insert'
          ? { underline: { type: UnderlineType.SINGLE, color: COLOR.inserted }, color: COLOR.inserted }
          : {};
    part.text.split('\n').forEach((line, i) => {
      if (i > 0) runs.push(new TextRun({ ...CELL_TEXT, ...style, font: FONT, break: 1 }));
      if (line !== '') runs.push(text(line, { ...CELL_TEXT, ...style }));
    });
  }
  return runs;
}

/** The article's text as the standard text is compared: heading, then a line per paragraph. */
function articleText(article: Article): string {
  return [article.heading, ...article.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))].join('\n');
}

/**
 * What changed: an edited clause's diff; an added clause's text, all inserted; a removed clause's
 * heading, struck through.
 */
function changeParts(doc: ContractDocument, deviation: Deviation): DiffPart[] {
  switch (deviation.status) {
    case 'edited':
      return deviation.diff;
    case 'added': {
      const article =
        doc.articles.find((a) => deviation.number !== '' && a.number === deviation.number) ??
        doc.articles.find((a) => a.heading === deviation.heading);
      return [{ op: 'insert', text: article ? articleText(article) : deviation.heading }];
    }
    case 'removed':
      return [{ op: 'delete', text: deviation.heading }];
  }
}

const DEVIATION_LAYOUT: [number, Align][] = [
  [1000, 'center'],
  [1500, 'left'],
  [1100, 'center'],
  [CONTENT_WIDTH - 3600, 'left'],
];

/** 条款 | 标题 | 类型 (and the library clause it came from) | 与标准文本的差异. */
export function deviationsTable(doc: ContractDocument): Table {
  const c = doc.labels.deviationColumns;
  const columns = columnsOf([c.number, c.heading, c.status, c.change], DEVIATION_LAYOUT);
  const width = (i: number): number => columns[i]?.width ?? 0;
  return gridTable(columns, [
    headerRow(columns),
    ...doc.deviations.map(
      (deviation) =>
        new TableRow({
          cantSplit: false,
          children: [
            cell(cellParagraphs(deviation.number, 'center'), { width: width(0), verticalAlign: 'top' }),
            cell(cellParagraphs(deviation.heading, 'left'), { width: width(1), verticalAlign: 'top' }),
            cell(
              [
                ...cellParagraphs(doc.labels.statusText[deviation.status], 'center', { bold: true }),
                ...(deviation.source === ''
                  ? []
                  : cellParagraphs(deviation.source, 'center', { color: COLOR.muted, size: SIZE.small })),
              ],
              { width: width(2), verticalAlign: 'top' },
            ),
            cell([new Paragraph({ spacing: CELL_SPACING, children: diffRuns(changeParts(doc, deviation)) })], {
              width: width(3),
              verticalAlign: 'top',
            }),
          ],
        }),
    ),
  ]);
}
