import type { TFunction } from 'i18next';
import { fenToYuanText } from '../../../shared/money';
import type { PriceItem, VersionComparison } from '../../../shared/api/prices';
import { SHEET_FONT, streamingWorkbook, styleBodyRow, styleHeaderRow, YUAN_FORMAT } from '../xlsx/write-workbook';
import { exportFileName } from './export-version';

const yuan = (fen: number | null) => (fen === null ? null : Number(fenToYuanText(fen)));

/** The comparison of two versions as a sheet: one row per added, removed or changed item. */
export async function exportComparison(comparison: VersionComparison, t: TFunction) {
  const { workbook, done } = streamingWorkbook();
  const sheet = workbook.addWorksheet(t('prices.compare.sheet'), {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { key: 'change', width: 10 },
    { key: 'code', width: 18 },
    { key: 'name', width: 28 },
    { key: 'before', width: 16 },
    { key: 'after', width: 16 },
    { key: 'delta', width: 16 },
    { key: 'percent', width: 12 },
    { key: 'fields', width: 36 },
  ];
  const title = sheet.addRow([t('prices.compare.title', { from: comparison.from.label, to: comparison.to.label })]);
  title.getCell(1).font = { name: SHEET_FONT, bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, 8);
  title.commit();
  const header = sheet.addRow([
    t('prices.compare.change'),
    t('prices.columns.code'),
    t('prices.columns.name'),
    t('prices.compare.before'),
    t('prices.compare.after'),
    t('prices.compare.delta'),
    t('prices.compare.percent'),
    t('prices.compare.fields'),
  ]);
  styleHeaderRow(header);
  header.commit();

  const add = (values: (string | number | null)[]) => {
    const row = sheet.addRow(values);
    styleBodyRow(row);
    for (const column of [4, 5, 6]) row.getCell(column).numFmt = YUAN_FORMAT;
    row.commit();
  };
  const line = (kind: string, item: PriceItem, before: number | null, after: number | null) =>
    add([kind, item.code, item.name, yuan(before), yuan(after), null, null, '']);
  for (const item of comparison.added) line(t('prices.compare.added'), item, null, item.priceFen);
  for (const item of comparison.removed) line(t('prices.compare.removed'), item, item.priceFen, null);
  for (const change of comparison.changed) {
    add([
      t('prices.compare.changed'),
      change.code,
      change.name,
      yuan(change.before.priceFen),
      yuan(change.after.priceFen),
      yuan(change.priceDeltaFen),
      change.priceDeltaPercent === null ? null : `${change.priceDeltaPercent}%`,
      change.fields.map((field) => t(`prices.columns.${field}`)).join('、'),
    ]);
  }
  sheet.commit();
  const buffer = await done();
  const base = t('prices.compare.fileName');
  return {
    fileName: exportFileName(base, `${comparison.from.label}-${comparison.to.label}`),
    dataBase64: buffer.toString('base64'),
  };
}
