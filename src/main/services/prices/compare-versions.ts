import type { Database } from 'better-sqlite3';
import Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import type { PriceItem, VersionComparison } from '../../../shared/api/prices';
import { getVersion } from './price-list-repository';
import { ITEM_SELECT, toItem, type ItemRow } from './item-repository';

/** The fields a comparison looks at, in the order a reader expects them. */
const COMPARED: { field: string; of: (item: PriceItem) => unknown }[] = [
  { field: 'price', of: (i) => i.priceFen },
  { field: 'name', of: (i) => i.name },
  { field: 'spec', of: (i) => i.spec },
  { field: 'unit', of: (i) => i.unit },
  { field: 'type', of: (i) => i.type },
  { field: 'category', of: (i) => i.category },
  { field: 'cost', of: (i) => i.costFen },
  { field: 'vatRate', of: (i) => i.vatRateBp },
  { field: 'floorDiscount', of: (i) => i.floorDiscountBp },
  { field: 'active', of: (i) => i.active },
  { field: 'notes', of: (i) => i.notes },
];

function itemsByCode(db: Database, versionId: number): Map<string, PriceItem> {
  const rows = db.prepare(`${ITEM_SELECT} WHERE i.version_id = ? ORDER BY i.code_key`).all(versionId) as ItemRow[];
  return new Map(rows.map((row) => [row.code.toUpperCase(), toItem(row)]));
}

/** "5.00" for +5 %, "-12.50" for −12.5 %; half-up to two decimals; null when the old price is 0. */
export function percentChange(beforeFen: number, afterFen: number): string | null {
  if (beforeFen === 0) return null;
  return new Decimal(afterFen - beforeFen)
    .dividedBy(beforeFen)
    .times(100)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2);
}

/** What changed between two versions, matched by item code (case-insensitive). */
export function compareVersions(db: Database, fromId: number, toId: number, t: TFunction): VersionComparison {
  const from = getVersion(db, fromId, t);
  const to = getVersion(db, toId, t);
  const before = itemsByCode(db, fromId);
  const after = itemsByCode(db, toId);
  const added: PriceItem[] = [];
  const removed: PriceItem[] = [];
  const changed: VersionComparison['changed'] = [];
  for (const [code, item] of after) if (!before.has(code)) added.push(item);
  for (const [code, old] of before) {
    const now = after.get(code);
    if (!now) {
      removed.push(old);
      continue;
    }
    const fields = COMPARED.filter(({ of }) => of(old) !== of(now)).map(({ field }) => field);
    if (fields.length === 0) continue;
    changed.push({
      code: now.code,
      name: now.name,
      before: old,
      after: now,
      priceDeltaFen: now.priceFen - old.priceFen,
      priceDeltaPercent: percentChange(old.priceFen, now.priceFen),
      fields,
    });
  }
  return { from, to, added, removed, changed };
}
