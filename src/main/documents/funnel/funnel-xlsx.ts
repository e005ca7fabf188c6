import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import type { FunnelReport } from '../../../shared/api/funnel';
import {
  generatedText,
  monthLabel,
  ownerLabel,
  periodText,
  punctuation,
  type FunnelExportInput,
} from './funnel-labels';
import { yuan } from '../quote/xlsx/cells';
import { writeTableSheet, type Formula, type TableSheet } from './funnel-table-sheet';

/**
 * The funnel dashboard's tables as an .xlsx for the weekly meeting: one sheet per table (stages,
 * conversion, owners, forecast by month, deals needing attention, won/lost by category,
 * competitor and source), each with a title row (period, generated), a styled frozen header and,
 * where the figure is a sum, a total row of SUM formulas. Every formula carries the app's figure
 * as its cached result, computed from the fen totals (decimal-exact, never float sums of yuan),
 * so a reader that does not recalculate shows the same as one that does.
 */

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
