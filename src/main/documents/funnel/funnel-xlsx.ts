import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import type { FunnelReport } from '../../../shared/contract/funnel';
import { formatYuan } from '../../../shared/money';
import { SHEET_FONT, styleHeaderRow, YUAN_FORMAT } from '../../services/xlsx/write-workbook';
import { columnLetter, displayWidth, wrappedLines, yuan } from '../quote/xlsx/cells';
import { pageNumberCode } from '../quote/xlsx/print-setup';
import {
  generatedText,
  monthLabel,
  ownerLabel,
  periodText,
  punctuation,
  type FunnelExportInput,
} from './funnel-labels';

/**
 * The funnel dashboard's tables as an .xlsx for the weekly meeting: one sheet per table (stages,
 * conversion, owners, forecast by month, deals needing attention, won/lost by category,
 * competitor and source), each with a title row (period, generated), a styled frozen header and,
 * where the figure is a sum, a total row of SUM formulas. Every formula carries the app's figure
 * as its cached result, computed from the fen totals (decimal-exact, never float sums of yuan),
 * so a reader that does not recalculate shows the same as one that does.
 */

/** How a column's cells are written and formatted. */
type Kind = 'text' | 'wrap' | 'int' | 'money' | 'percent';

interface Column {
  header: string;
  kind: Kind;
}

/** A formula and the figure the app computed for it. */
interface Formula {
  formula: string;
  result: number | string;
}

type Value = string | number | Formula | null;

/** A money cell: the yuan value of `fen`, exact to the fen. */
interface Money {
  fen: number;
}

type Cell = Value | Money;

function isMoney(cell: Cell): cell is Money {
  return cell !== null && typeof cell === 'object' && 'fen' in cell;
}

const TITLE_ROW = 1;
const SUBTITLE_ROW = 2;
const HEADER_ROW = 3;
const FIRST_ROW = 4;

const FORMATS: Record<Kind, string | undefined> = {
  text: undefined,
  wrap: undefined,
  int: '#,##0',
  money: YUAN_FORMAT,
  percent: '0.0%',
};

const WIDTH = { min: 8, max: 48, wrap: 60 };
const LINE_HEIGHT = 15;

interface SheetWriter {
  sheet: ExcelJS.Worksheet;
  /** Row of the first and last body row (last < first without rows). */
  firstRow: number;
  lastRow: number;
  /** "C" for column 3. */
  letter(column: number): string;
  /** "C7" for column 3 of body row `index` (0-based). */
  at(column: number, index: number): string;
  /** "SUM(C4:C11)", or "0" without rows. */
  sum(column: number): string;
  /** "ROUND(SUM(C4:C11),2)": a money total that stays exact to the fen. */
  moneySum(column: number): string;
}

interface TableSheet {
  name: string;
  title: string;
  columns: Column[];
  /** Body rows; a row may reference cells of its own row through `row(column)`. */
  rows: ((w: SheetWriter, index: number) => Cell[])[];
  total?: (w: SheetWriter) => Cell[];
}

function cellText(cell: Cell, kind: Kind): string {
  if (cell === null) return '';
  if (isMoney(cell)) return formatYuan(cell.fen);
  if (typeof cell === 'object') return kind === 'percent' ? '100.0%' : String(cell.result);
  if (typeof cell === 'number') return kind === 'percent' ? '100.0%' : cell.toLocaleString('en-US');
  return cell;
}

function cellValue(cell: Cell): ExcelJS.CellValue {
  if (isMoney(cell)) return yuan(cell.fen);
  if (cell !== null && typeof cell === 'object') return { formula: cell.formula, result: cell.result };
  return cell;
}

const BORDER_TOP: Partial<ExcelJS.Borders> = { top: { style: 'thin', color: { argb: 'FF8C9BC0' } } };

function writeTableSheet(
  workbook: ExcelJS.Workbook,
  spec: TableSheet,
  subtitle: string,
  locale: FunnelExportInput['locale'],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, showGridLines: true }],
    properties: { defaultRowHeight: 17 },
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  const count = spec.columns.length;
  const lastRow = FIRST_ROW + spec.rows.length - 1;
  const writer: SheetWriter = {
    sheet,
    firstRow: FIRST_ROW,
    lastRow,
    letter: columnLetter,
    at: (column, index) => `${columnLetter(column)}${FIRST_ROW + index}`,
    sum: (column) =>
      spec.rows.length === 0 ? '0' : `SUM(${columnLetter(column)}${FIRST_ROW}:${columnLetter(column)}${lastRow})`,
    moneySum: (column) => `ROUND(${writer.sum(column)},2)`,
  };

  const title = sheet.getRow(TITLE_ROW);
  title.getCell(1).value = spec.title;
  title.getCell(1).font = { name: SHEET_FONT, bold: true, size: 14, color: { argb: 'FF1F3A5F' } };
  title.height = 24;
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, count);
  const sub = sheet.getRow(SUBTITLE_ROW);
  sub.getCell(1).value = subtitle;
  sub.getCell(1).font = { name: SHEET_FONT, size: 9, color: { argb: 'FF5F6B7A' } };
  sheet.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, count);

  const header = sheet.getRow(HEADER_ROW);
  spec.columns.forEach((column, i) => {
    header.getCell(i + 1).value = column.header;
  });
  styleHeaderRow(header);
  spec.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.alignment = {
      vertical: 'middle',
      horizontal: column.kind === 'text' || column.kind === 'wrap' ? 'left' : 'right',
    };
  });
  header.height = 20;

  const widths = spec.columns.map((column) => displayWidth(column.header) + 3);
  const measure = (cells: Cell[]): void => {
    cells.forEach((cell, i) => {
      const column = spec.columns[i];
      if (!column) return;
      const limit = column.kind === 'wrap' ? WIDTH.wrap : WIDTH.max;
      widths[i] = Math.min(limit, Math.max(widths[i] ?? WIDTH.min, displayWidth(cellText(cell, column.kind)) + 2));
    });
  };
  const write = (row: ExcelJS.Row, cells: Cell[], bold: boolean): void => {
    cells.forEach((cell, i) => {
      const column = spec.columns[i];
      if (!column) return;
      const target = row.getCell(i + 1);
      target.value = cellValue(cell);
      target.font = { name: SHEET_FONT, bold };
      const format = FORMATS[column.kind];
      if (format) target.numFmt = format;
      target.alignment = column.kind === 'wrap' ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
    });
  };

  const bodies = spec.rows.map((make, index) => make(writer, index));
  for (const cells of bodies) measure(cells);
  const total = spec.total?.(writer);
  if (total) measure(total);
  sheet.columns = widths.map((width) => ({ width: Math.max(WIDTH.min, width) }));

  bodies.forEach((cells, index) => {
    const row = sheet.getRow(FIRST_ROW + index);
    write(row, cells, false);
    const lines = Math.max(
      1,
      ...cells.map((cell, i) =>
        spec.columns[i]?.kind === 'wrap' ? wrappedLines(cellText(cell, 'wrap'), widths[i] ?? WIDTH.wrap) : 1,
      ),
    );
    if (lines > 1) row.height = lines * LINE_HEIGHT + 2;
  });
  if (total) {
    const row = sheet.getRow(lastRow + 1);
    write(row, total, true);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER_TOP;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F5F9' } };
    });
  }
  if (spec.rows.length > 0) {
    sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: count } };
  }
  const font = `&8&"${SHEET_FONT},Regular"`;
  const escaped = (text: string) => text.replace(/&/g, '&&');
  sheet.headerFooter = {
    oddHeader: `&L${font}${escaped(spec.title)}&R${font}${escaped(subtitle)}`,
    oddFooter: `&C${font}${pageNumberCode(locale)}`,
  };
  return sheet;
}

/** Σ of a column's fen, exactly. */
function sumFen<T>(rows: readonly T[], fen: (row: T) => number): number {
  return rows.reduce((sum, row) => sum.plus(fen(row)), new Decimal(0)).toNumber();
}

function sumCount<T>(rows: readonly T[], count: (row: T) => number): number {
  return rows.reduce((sum, row) => sum + count(row), 0);
}

/** A share as a formula: "" while nothing was counted below it. */
function share(part: string, whole: string, partValue: number, wholeValue: number): Formula {
  return { formula: `IF(${whole}=0,"",${part}/${whole})`, result: wholeValue === 0 ? '' : partValue / wholeValue };
}

type Outcome = FunnelReport['winLoss']['byCategory'][number];

function outcomeSheet(
  name: string,
  title: string,
  keyHeader: string,
  rows: readonly Outcome[],
  c: Columns,
  t: Translate,
): TableSheet {
  return {
    name,
    title,
    columns: [
      { header: keyHeader, kind: 'text' },
      { header: c.won, kind: 'int' },
      { header: c.lost, kind: 'int' },
      { header: c.abandoned, kind: 'int' },
      { header: c.closed, kind: 'int' },
      { header: c.winRate, kind: 'percent' },
      { header: c.wonAmount, kind: 'money' },
      { header: c.lostAmount, kind: 'money' },
    ],
    rows: rows.map((r) => (w, i) => {
      const closed = r.won + r.lost + r.abandoned;
      return [
        r.label,
        r.won,
        r.lost,
        r.abandoned,
        { formula: `${w.at(2, i)}+${w.at(3, i)}+${w.at(4, i)}`, result: closed },
        share(w.at(2, i), w.at(5, i), r.won, closed),
        { fen: r.wonFen },
        { fen: r.lostFen },
      ];
    }),
    total: (w) => {
      const won = sumCount(rows, (r) => r.won);
      const closed = sumCount(rows, (r) => r.won + r.lost + r.abandoned);
      const totalRow = w.lastRow + 1;
      return [
        t('funnel.export.total'),
        { formula: w.sum(2), result: won },
        { formula: w.sum(3), result: sumCount(rows, (r) => r.lost) },
        { formula: w.sum(4), result: sumCount(rows, (r) => r.abandoned) },
        { formula: w.sum(5), result: closed },
        share(`B${totalRow}`, `E${totalRow}`, won, closed),
        { formula: w.moneySum(7), result: yuan(sumFen(rows, (r) => r.wonFen)) },
        { formula: w.moneySum(8), result: yuan(sumFen(rows, (r) => r.lostFen)) },
      ];
    },
  };
}

type Translate = FunnelExportInput['t'];
type Columns = Record<
  | 'stage'
  | 'stageName'
  | 'count'
  | 'amount'
  | 'weighted'
  | 'from'
  | 'to'
  | 'reachedFrom'
  | 'reachedTo'
  | 'percent'
  | 'owner'
  | 'month'
  | 'deal'
  | 'customer'
  | 'reasons'
  | 'category'
  | 'competitor'
  | 'source'
  | 'won'
  | 'lost'
  | 'abandoned'
  | 'closed'
  | 'winRate'
  | 'wonAmount'
  | 'lostAmount',
  string
>;

function columnsOf(t: Translate): Columns {
  const keys: (keyof Columns)[] = [
    'stage',
    'stageName',
    'count',
    'amount',
    'weighted',
    'from',
    'to',
    'reachedFrom',
    'reachedTo',
    'percent',
    'owner',
    'month',
    'deal',
    'customer',
    'reasons',
    'category',
    'competitor',
    'source',
    'won',
    'lost',
    'abandoned',
    'closed',
    'winRate',
    'wonAmount',
    'lostAmount',
  ];
  const money = new Set<keyof Columns>(['amount', 'weighted', 'wonAmount', 'lostAmount']);
  return Object.fromEntries(
    keys.map((key) => {
      const text = t(`funnel.export.columns.${key}`);
      return [key, money.has(key) ? `${text} (¥)` : text];
    }),
  ) as Columns;
}

function sheets({ report, t, locale }: FunnelExportInput): TableSheet[] {
  const c = columnsOf(t);
  const s = (key: string) => t(`funnel.export.sheets.${key}`);
  const title = (key: string) => `${t('funnel.export.title')} · ${s(key)}`;
  const stageNames = new Map(report.stages.map((stage) => [stage.stage, stage.name]));
  const stageText = (n: number) => `${n} ${stageNames.get(n) ?? ''}`.trim();
  const { separator } = punctuation(locale);

  const stages: TableSheet = {
    name: s('stages'),
    title: title('stages'),
    columns: [
      { header: c.stage, kind: 'int' },
      { header: c.stageName, kind: 'text' },
      { header: c.count, kind: 'int' },
      { header: c.amount, kind: 'money' },
      { header: c.weighted, kind: 'money' },
    ],
    rows: report.stages.map((r) => () => [r.stage, r.name, r.count, { fen: r.amountFen }, { fen: r.weightedFen }]),
    // The report's own totals: the rows add up to them exactly (funnel.ts sums the same fen).
    total: (w) => [
      t('funnel.export.total'),
      '',
      { formula: w.sum(3), result: report.totals.count },
      { formula: w.moneySum(4), result: yuan(report.totals.amountFen) },
      { formula: w.moneySum(5), result: yuan(report.totals.weightedFen) },
    ],
  };

  const conversions: TableSheet = {
    name: s('conversions'),
    title: title('conversions'),
    columns: [
      { header: c.from, kind: 'text' },
      { header: c.to, kind: 'text' },
      { header: c.reachedFrom, kind: 'int' },
      { header: c.reachedTo, kind: 'int' },
      { header: c.percent, kind: 'percent' },
    ],
    rows: report.conversions.map((r) => (w, i) => [
      stageText(r.from),
      stageText(r.to),
      r.reachedFrom,
      r.reachedTo,
      share(w.at(4, i), w.at(3, i), r.reachedTo, r.reachedFrom),
    ]),
  };

  const owners: TableSheet = {
    name: s('owners'),
    title: title('owners'),
    columns: [
      { header: c.owner, kind: 'text' },
      { header: c.count, kind: 'int' },
      { header: c.amount, kind: 'money' },
      { header: c.weighted, kind: 'money' },
    ],
    rows: report.owners.map((r) => () => [
      ownerLabel(r.owner, t),
      r.count,
      { fen: r.amountFen },
      { fen: r.weightedFen },
    ]),
    total: (w) => [
      t('funnel.export.total'),
      { formula: w.sum(2), result: sumCount(report.owners, (r) => r.count) },
      { formula: w.moneySum(3), result: yuan(sumFen(report.owners, (r) => r.amountFen)) },
      { formula: w.moneySum(4), result: yuan(sumFen(report.owners, (r) => r.weightedFen)) },
    ],
  };

  const forecast: TableSheet = {
    name: s('forecast'),
    title: title('forecast'),
    columns: [
      { header: c.month, kind: 'text' },
      { header: `${t('funnel.forecast.committed')} (¥)`, kind: 'money' },
      { header: `${t('funnel.forecast.bestCase')} (¥)`, kind: 'money' },
      { header: `${t('funnel.forecast.pipeline')} (¥)`, kind: 'money' },
      { header: c.weighted, kind: 'money' },
    ],
    rows: report.forecast.map((r) => () => [
      monthLabel(r.month, t),
      { fen: r.committedFen },
      { fen: r.bestCaseFen },
      { fen: r.pipelineFen },
      { fen: r.weightedFen },
    ]),
    total: (w) => [
      t('funnel.export.total'),
      { formula: w.moneySum(2), result: yuan(sumFen(report.forecast, (r) => r.committedFen)) },
      { formula: w.moneySum(3), result: yuan(sumFen(report.forecast, (r) => r.bestCaseFen)) },
      { formula: w.moneySum(4), result: yuan(sumFen(report.forecast, (r) => r.pipelineFen)) },
      { formula: w.moneySum(5), result: yuan(sumFen(report.forecast, (r) => r.weightedFen)) },
    ],
  };

  const attention: TableSheet = {
    name: s('attention'),
    title: title('attention'),
    columns: [
      { header: c.deal, kind: 'text' },
      { header: c.customer, kind: 'text' },
      { header: c.owner, kind: 'text' },
      { header: c.stage, kind: 'text' },
      { header: c.reasons, kind: 'wrap' },
    ],
    rows: report.attention.map((r) => () => [
      r.name,
      r.customerName,
      ownerLabel(r.owner, t),
      `${r.stage} ${r.stageName}`,
      r.messages.join(separator),
    ]),
  };

  const wl = report.winLoss;
  return [
    stages,
    conversions,
    owners,
    forecast,
    attention,
    outcomeSheet(s('byCategory'), title('byCategory'), c.category, wl.byCategory, c, t),
    outcomeSheet(s('byCompetitor'), title('byCompetitor'), c.competitor, wl.byCompetitor, c, t),
    outcomeSheet(s('bySource'), title('bySource'), c.source, wl.bySource, c, t),
  ];
}

/** Renders the funnel as an .xlsx file's bytes. */
export async function renderFunnelXlsx(input: FunnelExportInput): Promise<Buffer> {
  const { report, t, locale } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Presales Workbench';
  workbook.title = t('funnel.export.reportTitle');
  workbook.company = input.company;
  workbook.created = new Date(report.generatedAt);
  workbook.modified = workbook.created;
  const subtitle = `${periodText(report, t)}    ${generatedText(report, t)}`;
  for (const spec of sheets(input)) writeTableSheet(workbook, spec, subtitle, locale);
  const bytes = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  return Buffer.from(bytes);
}
