import { describe, expect, it } from 'vitest';
import {
  floorDiscountBp,
  formErrors,
  liveMargin,
  toValues,
  type EditorValues,
} from '../../src/renderer/src/features/prices/item-editor/item-values';

const typed = (values: Partial<EditorValues>): EditorValues => ({ ...toValues(null), ...values });

/** The price item editor's pure parts: what people type for money and percentages, and where errors go. */
describe('price item editor: reading what people type', () => {
  it('reads a floor discount typed as a percentage, with or without the sign', () => {
    expect(floorDiscountBp('20')).toBe(2000);
    expect(floorDiscountBp('12.5 %')).toBe(1250);
    expect(floorDiscountBp('12.5％')).toBe(1250);
    expect(floorDiscountBp('100')).toBe(10000);
  });

  it('refuses a floor discount over 100 % or with more than two decimals', () => {
    expect(floorDiscountBp('100.01')).toBeNull();
    expect(floorDiscountBp('8折')).toBeNull();
    expect(floorDiscountBp('1.234')).toBeNull();
  });

  it('shows the margin only once price and cost are both numbers, reading ¥ and thousands separators', () => {
    expect(liveMargin(typed({ price: '¥11,300', cost: '' }))).toBeNull();
    expect(liveMargin(typed({ price: '11,300', cost: 'abc' }))).toBeNull();
    // ¥11,300 with 13 % VAT is ¥10,000 net; a cost of ¥6,000 leaves 40 %.
    expect(liveMargin(typed({ price: '¥11,300', cost: '6,000', vatRateBp: 1300 }))).toBe(4000);
  });

  it('puts errors from validation ("item.price") and from the service ("price") on the same field, first one wins', () => {
    expect(formErrors({ 'item.price': '价格必须大于 0', price: '价格重复', code: '编码已存在' })).toEqual({
      price: '价格必须大于 0',
      code: '编码已存在',
    });
  });

  it('starts an item from its stored values: money as yuan text, no floor discount as blank', () => {
    const values = toValues({
      id: 'i1',
      versionId: 'v1',
      code: 'ERP-FIN',
      name: '财务模块',
      spec: '',
      type: 'module',
      unit: '套',
      category: '财务',
      priceFen: 1_234_500,
      costFen: null,
      vatRateBp: 600,
      floorDiscountBp: 0,
      active: true,
      notes: '',
    } as Parameters<typeof toValues>[0] & object);
    expect(values).toMatchObject({ price: '12345.00', cost: '', floorDiscount: '', vatRateBp: 600 });
  });
});
