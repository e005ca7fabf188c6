import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { fenToYuanText } from '../../../shared/money';
import type { PriceListVersion } from '../../../shared/api/prices';
import {
  PERCENT_FORMAT,
  SHEET_FONT,
  streamingWorkbook,
  styleBodyRow,
  styleHeaderRow,
  YUAN_FORMAT,
} from '../xlsx/write-workbook';
import { ITEM_SELECT, toItem, type ItemRow } from './item-repository';
import { getVersion } from './price-list-repository';

/** Export columns: header names the importer maps back to the same fields (see header-synonyms). */
export const EXPORT_COLUMNS = [
  { key: 'code', width: 18 },
  { key: 'name', width: 28 },
  { key: 'spec', width: 36 },
  { key: 'type', width: 12 },
  { key: 'unit', width: 8 },
  { key: 'category', width: 14 },
  { key: 'price', width: 16 },
  { key: 'cost', width: 16 },
  { key: 'vatRate', width: 9 },
  { key: 'floorDiscount', width: 11 },
  { key: 'active', width: 8 },
  { key: 'notes', width: 30 },
] as const;

export function exportFileName(base: string, label: string): string {
  return `${base}-${label}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/**
 * A version as a clean sheet: a title row, a header row (bold, frozen, filtered) and one row per
 * item with ¥ and % formats. Money cells hold the exact yuan value (two decimals), so importing
 * the file back gives the same fen.
 */
export async function exportVersion(db: Database, versionId: number, t: TFunction) {
  const version: PriceListVersion = getVersion(db, versionId, t);
  const { workbook, done } = streamingWorkbook();
  const sheet = workbook.addWorksheet(t('prices.export.sheet'), {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = EXPORT_COLUMNS.map(({ key, width }) => ({ key, width }));
  const title = sheet.addRow([
    t('prices.export.title', { label: version.label, date: version.effectiveDate ?? t('prices.status.draft') }),
  ]);
  title.getCell(1).font = { name: SHEET_FONT, bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, EXPORT_COLUMNS.length);
  title.commit();
  // The floor is written as the lowest price ratio (75% = 7.5折), so its header says 折扣率.
  const header = sheet.addRow(
    EXPORT_COLUMNS.map(({ key }) =>
      key === 'floorDiscount' ? t('prices.export.floorHeader') : t(`prices.columns.${key}`),
    ),
  );
  styleHeaderRow(header);
  header.commit();
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: EXPORT_COLUMNS.length } };

  const rows = db.prepare(`${ITEM_SELECT} WHERE i.version_id = ? ORDER BY i.sort_order, i.code_key`).iterate(versionId);
  for (const raw of rows) {
    const item = toItem(raw as ItemRow);
    const row = sheet.addRow([
      item.code,
      item.name,
      item.spec,
      t(`prices.types.${item.type}`),
      item.unit,
      item.category,
      Number(fenToYuanText(item.priceFen)),
      item.costFen === null ? null : Number(fenToYuanText(item.costFen)),
      item.vatRateBp / 10000,
      (10000 - item.floorDiscountBp) / 10000,
      item.active ? t('common.yes') : t('common.no'),
      item.notes,
    ]);
    styleBodyRow(row);
    row.getCell(7).numFmt = YUAN_FORMAT;
    row.getCell(8).numFmt = YUAN_FORMAT;
    row.getCell(9).numFmt = '0%';
    row.getCell(10).numFmt = PERCENT_FORMAT;
    row.commit();
  }
  sheet.commit();
  const buffer = await done();
  return { fileName: exportFileName(t('prices.title'), version.label), dataBase64: buffer.toString('base64') };
}
