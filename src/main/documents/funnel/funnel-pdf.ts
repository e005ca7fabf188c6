import type { FunnelReport } from '../../../shared/api/funnel';
import { formatYuan } from '../../../shared/money';
import { A4, createPdf } from '../pdf/document';
import { INK, useFont, useStyle, type PageBox } from '../pdf/layout';
import { stampPages } from '../pdf/page-furniture';
import { drawTableAt, type TableColumn, type TableRow } from '../pdf/table';
import {
  generatedText,
  monthLabel,
  ownerLabel,
  periodText,
  punctuation,
  type FunnelExportInput,
} from './funnel-labels';

/**
 * The funnel as one landscape A4 page for the weekly meeting: the key figures, the stage funnel
 * and the forecast by month drawn as vector bars with their exact amounts beside them, then the
 * owners, the deals needing attention and won/lost. Lists longer than the page holds end with
 * "还有 N 个"; every amount printed is the report's own figure to the fen.
 */

const PAGE = { width: A4.height, height: A4.width };
const BOX: PageBox = { left: 32, right: PAGE.width - 32, top: 30, continuationTop: 30, bottom: PAGE.height - 34 };
const GAP = 18;

const BAR = {
  amount: '#C5D3E8',
  weighted: INK.accent,
  committed: INK.accent,
  bestCase: '#6F8DB8',
  pipeline: '#C5D3E8',
};

type Doc = PDFKit.PDFDocument;
type Translate = FunnelExportInput['t'];

/** `text` cut with "…" to fit `width` in the current font. */
function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 0 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function write(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  style: Parameters<typeof useStyle>[1] = {},
) {
  useStyle(doc, style);
  doc.text(fit(doc, text, width), x, y, { lineBreak: false });
}

function writeRight(doc: Doc, text: string, right: number, y: number, style: Parameters<typeof useStyle>[1] = {}) {
  useStyle(doc, style);
  doc.text(text, right - doc.widthOfString(text), y, { lineBreak: false });
}

function panelTitle(doc: Doc, text: string, x: number, y: number, width: number): number {
  write(doc, text, x, y, width, { bold: true, size: 10.5, color: INK.accent });
  doc
    .moveTo(x, y + 15)
    .lineTo(x + width, y + 15)
    .lineWidth(0.6)
    .strokeColor(INK.accent)
    .stroke();
  return y + 21;
}

function header(doc: Doc, { report, t, company }: FunnelExportInput): number {
  const { left, right, top } = BOX;
  write(doc, t('funnel.export.reportTitle'), left, top, 300, { bold: true, size: 17, color: INK.accent });
  if (company !== '') writeRight(doc, company, right, top, { bold: true, size: 9 });
  writeRight(doc, periodText(report, t), right, top + 12, { size: 8, color: INK.muted });
  writeRight(doc, generatedText(report, t), right, top + 22, { size: 8, color: INK.muted });
  return top + 40;
}

function keyFigures(doc: Doc, { report, t }: FunnelExportInput, y: number): number {
  const wl = report.winLoss;
  const figures: [string, string, string][] = [
    [t('funnel.export.pdf.openDeals'), String(report.totals.count), ''],
    [t('funnel.export.pdf.amount'), formatYuan(report.totals.amountFen), ''],
    [t('funnel.export.pdf.weighted'), formatYuan(report.totals.weightedFen), ''],
    [
      t('funnel.export.pdf.winRate'),
      wl.winRate === null ? '—' : `${wl.winRate.toFixed(1)}%`,
      t('funnel.export.pdf.closedCounts', { won: wl.won, lost: wl.lost, abandoned: wl.abandoned }),
    ],
  ];
  const width = (BOX.right - BOX.left - 3 * 10) / 4;
  figures.forEach(([label, value, note], i) => {
    const x = BOX.left + i * (width + 10);
    doc.rect(x, y, width, 40).fillColor(INK.sectionFill).fill();
    write(doc, label, x + 8, y + 5, width - 16, { size: 8, color: INK.muted });
    write(doc, value, x + 8, y + 17, width - 16, { bold: true, size: 14 });
    if (note !== '') writeRight(doc, note, x + width - 8, y + 6, { size: 7.5, color: INK.muted });
  });
  return y + 40 + GAP - 4;
}

/** Horizontal bars per stage: amount (light) with the weighted part (dark) inside, figures to the right. */
function stageChart(doc: Doc, { report, t }: FunnelExportInput, x: number, y: number, width: number): number {
  let at = panelTitle(doc, t('funnel.export.pdf.stagesChart'), x, y, width);
  const labelWidth = 118;
  const figuresWidth = 150;
  const barMax = width - labelWidth - figuresWidth - 8;
  const max = Math.max(1, ...report.stages.map((s) => s.amountFen));
  const row = 19;
  for (const stage of report.stages) {
    write(doc, `${stage.stage} ${stage.name}`, x, at + 3, labelWidth - 4, { size: 8 });
    const amountWidth = (stage.amountFen / max) * barMax;
    const weightedWidth = (stage.weightedFen / max) * barMax;
    doc
      .rect(x + labelWidth, at + 2, Math.max(amountWidth, stage.count > 0 ? 1 : 0), row - 6)
      .fillColor(BAR.amount)
      .fill();
    if (weightedWidth > 0)
      doc
        .rect(x + labelWidth, at + 2, weightedWidth, row - 6)
        .fillColor(BAR.weighted)
        .fill();
    const figures = `${t('funnel.export.pdf.deals', { count: stage.count })}  ${formatYuan(stage.amountFen)}`;
    writeRight(doc, figures, x + width, at + 1, { size: 7.5 });
    writeRight(doc, formatYuan(stage.weightedFen), x + width, at + 9.5, { size: 6.5, color: INK.muted });
    at += row;
  }
  // The conversion between stages, one line under the bars.
  const conversions = report.conversions
    .map((c) => `${c.from}→${c.to} ${c.percent === null ? '—' : `${c.percent.toFixed(1)}%`}`)
    .join('  ');
  at += 3;
  write(doc, `${t('funnel.export.pdf.conversion')}  ${conversions}`, x, at, width, { size: 7, color: INK.muted });
  legend(doc, x, at + 12, [
    [BAR.amount, t('funnel.export.columns.amount')],
    [BAR.weighted, t('funnel.export.columns.weighted')],
  ]);
  return at + 24;
}

function legend(doc: Doc, x: number, y: number, items: [string, string][]): void {
  let at = x;
  for (const [colour, label] of items) {
    doc
      .rect(at, y + 1.5, 8, 6)
      .fillColor(colour)
      .fill();
    useStyle(doc, { size: 7, color: INK.muted });
    doc.text(label, at + 11, y, { lineBreak: false });
    at += 11 + doc.widthOfString(label) + 12;
  }
}

const FORECAST_MONTHS = 6;

/** The months shown: the first six, and the rest summed into "其后 N 个月". */
function forecastColumns(report: FunnelReport, t: Translate) {
  const shown = report.forecast.slice(0, FORECAST_MONTHS).map((m) => ({
    label: monthLabel(m.month, t),
    committed: m.committedFen,
    bestCase: m.bestCaseFen,
    pipeline: m.pipelineFen,
  }));
  const rest = report.forecast.slice(FORECAST_MONTHS);
  if (rest.length > 0)
    shown.push({
      label: t('funnel.export.pdf.laterMonths', { count: rest.length }),
      committed: rest.reduce((s, m) => s + m.committedFen, 0),
      bestCase: rest.reduce((s, m) => s + m.bestCaseFen, 0),
      pipeline: rest.reduce((s, m) => s + m.pipelineFen, 0),
    });
  return shown;
}

/** Vertical bars per close month (pipeline ⊃ best case ⊃ committed), then the exact figures as a table. */
function forecastChart(doc: Doc, input: FunnelExportInput, x: number, y: number, width: number): number {
  const { report, t } = input;
  let at = panelTitle(doc, t('funnel.export.pdf.forecastChart'), x, y, width);
  const columns = forecastColumns(report, t);
  const labelWidth = 58;
  if (columns.length === 0) {
    write(doc, t('funnel.export.pdf.noOpen'), x, at + 4, width, { size: 8, color: INK.muted });
    return at + 20;
  }
  const chartHeight = 78;
  const slot = (width - labelWidth) / columns.length;
  const barWidth = Math.min(34, slot * 0.6);
  const max = Math.max(1, ...columns.map((c) => c.pipeline));
  const base = at + chartHeight;
  doc
    .moveTo(x + labelWidth, base)
    .lineTo(x + width, base)
    .lineWidth(0.5)
    .strokeColor(INK.rule)
    .stroke();
  columns.forEach((c, i) => {
    const bx = x + labelWidth + i * slot + (slot - barWidth) / 2;
    for (const [value, colour] of [
      [c.pipeline, BAR.pipeline],
      [c.bestCase, BAR.bestCase],
      [c.committed, BAR.committed],
    ] as const) {
      const h = (value / max) * (chartHeight - 4);
      if (h > 0)
        doc
          .rect(bx, base - h, barWidth, h)
          .fillColor(colour)
          .fill();
    }
  });
  at = base + 3;
  const tableColumns: TableColumn[] = [
    { header: '', width: labelWidth, align: 'left' },
    ...columns.map((c) => ({ header: c.label, width: slot, align: 'right' as const })),
  ];
  const line = (key: 'committed' | 'bestCase' | 'pipeline'): TableRow => ({
    cells: [t(`funnel.forecast.${key}`), ...columns.map((c) => formatYuan(c[key], { symbol: false }))],
  });
  at += drawTableAt(
    doc,
    { columns: tableColumns, rows: [line('committed'), line('bestCase'), line('pipeline')], style: { fontSize: 6.5 } },
    x,
    at,
  );
  legend(doc, x, at + 4, [
    [BAR.committed, t('funnel.forecast.committed')],
    [BAR.bestCase, t('funnel.forecast.bestCase')],
    [BAR.pipeline, t('funnel.forecast.pipeline')],
  ]);
  return at + 16;
}

/** A small table with at most `limit` rows; the rest summed up in a last line. */
function listTable(
  doc: Doc,
  x: number,
  y: number,
  columns: TableColumn[],
  rows: TableRow[],
  limit: number,
  more: (count: number) => string,
  empty: string,
): number {
  if (rows.length === 0) {
    write(
      doc,
      empty,
      x,
      y + 2,
      columns.reduce((s, c) => s + c.width, 0),
      { size: 8, color: INK.muted },
    );
    return y + 16;
  }
  const shown = rows.slice(0, limit);
  let at = y + drawTableAt(doc, { columns, rows: shown, style: { fontSize: 7 } }, x, y);
  if (rows.length > limit) {
    write(doc, more(rows.length - limit), x, at + 2, 200, { size: 7, color: INK.muted });
    at += 12;
  }
  return at;
}

function ownersPanel(doc: Doc, { report, t }: FunnelExportInput, x: number, y: number, width: number): number {
  const at = panelTitle(doc, t('funnel.export.pdf.owners'), x, y, width);
  const money = 78;
  const count = 34;
  const columns: TableColumn[] = [
    { header: t('funnel.export.columns.owner'), width: width - 2 * money - count, align: 'left' },
    { header: t('funnel.export.columns.count'), width: count, align: 'right' },
    { header: t('funnel.export.columns.amount'), width: money, align: 'right' },
    { header: t('funnel.export.columns.weighted'), width: money, align: 'right' },
  ];
  const rows = report.owners.map((o) => ({
    cells: [ownerLabel(o.owner, t), String(o.count), formatYuan(o.amountFen), formatYuan(o.weightedFen)],
  }));
  return listTable(
    doc,
    x,
    at,
    columns,
    rows,
    9,
    (n) => t('funnel.export.pdf.moreOwners', { count: n }),
    t('funnel.export.pdf.noOpen'),
  );
}

function attentionPanel(
  doc: Doc,
  { report, t, locale }: FunnelExportInput,
  x: number,
  y: number,
  width: number,
): number {
  const at = panelTitle(doc, t('funnel.export.pdf.attention'), x, y, width);
  const dealWidth = 96;
  const columns: TableColumn[] = [
    { header: t('funnel.export.columns.deal'), width: dealWidth, align: 'left' },
    { header: t('funnel.export.columns.owner'), width: 40, align: 'left' },
    { header: t('funnel.export.columns.reasons'), width: width - dealWidth - 40, align: 'left' },
  ];
  useFont(doc, { size: 7 });
  const { separator } = punctuation(locale);
  const rows = report.attention.map((a) => ({
    cells: [
      fit(doc, a.name, dealWidth - 6),
      fit(doc, ownerLabel(a.owner, t), 34),
      fit(doc, a.messages.join(separator), width - dealWidth - 46),
    ],
  }));
  return listTable(
    doc,
    x,
    at,
    columns,
    rows,
    9,
    (n) => t('funnel.export.pdf.more', { count: n }),
    t('funnel.export.pdf.noAttention'),
  );
}

function winLossPanel(doc: Doc, { report, t }: FunnelExportInput, x: number, y: number, width: number): number {
  let at = panelTitle(doc, t('funnel.export.pdf.winLoss'), x, y, width);
  const wl = report.winLoss;
  if (wl.won + wl.lost + wl.abandoned === 0) {
    write(doc, t('funnel.export.pdf.noClosed'), x, at + 2, width, { size: 8, color: INK.muted });
    return at + 16;
  }
  const count = 30;
  const money = 78;
  const table = (title: string, rows: FunnelReport['winLoss']['byCategory']) => {
    const columns: TableColumn[] = [
      { header: title, width: width - 2 * count - money, align: 'left' },
      { header: t('funnel.export.columns.won'), width: count, align: 'right' },
      { header: t('funnel.export.columns.lost'), width: count, align: 'right' },
      { header: t('funnel.export.columns.lostAmount'), width: money, align: 'right' },
    ];
    const body = rows.map((r) => ({
      cells: [r.label, String(r.won), String(r.lost + r.abandoned), formatYuan(r.lostFen)],
    }));
    at = listTable(doc, x, at, columns, body, 4, (n) => t('funnel.export.pdf.more', { count: n }), '') + 6;
  };
  table(t('funnel.export.pdf.topLosses'), wl.byCategory);
  table(t('funnel.export.pdf.topCompetitors'), wl.byCompetitor);
  return at;
}

/** Renders the one-page funnel report as PDF bytes. */
export async function renderFunnelPdf(input: FunnelExportInput): Promise<Buffer> {
  const { t, locale, company } = input;
  const title = t('funnel.export.reportTitle');
  const { doc, finish } = createPdf(
    {
      title,
      author: company,
      subject: `${title} — ${periodText(input.report, t)}`,
      keywords: [title, company],
      lang: locale === 'en' ? 'en' : 'zh-CN',
    },
    { landscape: true },
  );
  let y = header(doc, input);
  y = keyFigures(doc, input, y);
  const half = (BOX.right - BOX.left - GAP) / 2;
  const third = (BOX.right - BOX.left - 2 * GAP) / 3;
  const chartsEnd = Math.max(
    stageChart(doc, input, BOX.left, y, half),
    forecastChart(doc, input, BOX.left + half + GAP, y, half),
  );
  y = chartsEnd + 6;
  ownersPanel(doc, input, BOX.left, y, third);
  attentionPanel(doc, input, BOX.left + third + GAP, y, third);
  winLossPanel(doc, input, BOX.left + 2 * (third + GAP), y, third);
  stampPages(doc, { box: BOX, pageOf: (page, total) => t('funnel.export.pdf.pageOf', { page, total }) });
  return finish();
}
