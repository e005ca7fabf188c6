import type { PriceItem, PriceItemInput } from '../../../../../shared/api/prices';
import { fenToYuanText, parseYuan } from '../../../../../shared/money';
import { ITEM_TYPES, type ItemType } from '../../../../../shared/prices/catalogue';
import { itemMarginBp } from '../price-format';

/** What the editor edits: the contract's input, money and percentages as typed text. */
export type EditorValues = Required<Omit<PriceItemInput, 'id'>>;

const EMPTY: EditorValues = {
  code: '',
  name: '',
  spec: '',
  type: 'module',
  unit: '套',
  category: '',
  price: '',
  cost: '',
  vatRateBp: 1300,
  floorDiscount: '',
  active: true,
  notes: '',
};

export function toValues(item: PriceItem | null): EditorValues {
  if (!item) return EMPTY;
  return {
    code: item.code,
    name: item.name,
    spec: item.spec,
    type: item.type,
    unit: item.unit,
    category: item.category,
    price: fenToYuanText(item.priceFen),
    cost: item.costFen === null ? '' : fenToYuanText(item.costFen),
    vatRateBp: item.vatRateBp,
    floorDiscount: item.floorDiscountBp === 0 ? '' : String(item.floorDiscountBp / 100),
    active: item.active,
    notes: item.notes,
  };
}

export function isItemType(value: string | null): value is ItemType {
  return (ITEM_TYPES as readonly (string | null)[]).includes(value);
}

/** Field errors from the contract ("item.price" from validation, "price" from the service) as form fields. */
export function formErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    const field = (parts[0] === 'item' ? parts[1] : parts[0]) ?? path;
    errors[field] ??= message;
  }
  return errors;
}

const cleanMoney = (text: string) => text.replace(/[¥,，\s]/g, '');

/** The margin the typed price and cost would give, or null while either is not a number yet. */
export function liveMargin(values: EditorValues): number | null {
  const price = parseYuan(cleanMoney(values.price));
  if (!price.ok || values.cost.trim() === '') return null;
  const cost = parseYuan(cleanMoney(values.cost));
  if (!cost.ok) return null;
  return itemMarginBp({ priceFen: price.fen, costFen: cost.fen, vatRateBp: values.vatRateBp });
}

/** Percent off as typed ("20", "12.5 %") in basis points; null when it is not a valid percentage. */
export function floorDiscountBp(text: string): number | null {
  const cleaned = text.replace(/[%％\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const bp = Math.round(Number(cleaned) * 100);
  return bp <= 10000 ? bp : null;
}
