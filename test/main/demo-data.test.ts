import { describe, it, expect } from 'vitest';
import {
  demoCategories,
  demoCompany,
  demoCustomer,
  demoItems,
  demoPriceList,
  demoSolutions,
  type ItemType,
} from '../../src/main/services/demo/demo-data';
import { taxIdProblem } from '../../src/shared/tax-id';

const ALL_TYPES: readonly ItemType[] = [
  'module',
  'user_licence',
  'implementation',
  'training',
  'maintenance',
  'hardware',
  'third_party',
];
const SERVICE_TYPES: readonly ItemType[] = ['implementation', 'training', 'maintenance'];

describe('demo price list', () => {
  it('has at least 40 items covering every item type', () => {
    expect(demoItems.length).toBeGreaterThanOrEqual(40);
    const types = new Set(demoItems.map((item) => item.type));
    for (const type of ALL_TYPES) expect(types.has(type), type).toBe(true);
  });

  it('mixes 13 % and 6 % VAT: services at 6 %, goods at 13 %', () => {
    const rates = new Set(demoItems.map((item) => item.vatRateBp));
    expect(rates.has(1300)).toBe(true);
    expect(rates.has(600)).toBe(true);
    for (const item of demoItems) {
      const expected = SERVICE_TYPES.includes(item.type) ? 600 : 1300;
      expect(item.vatRateBp, item.code).toBe(expected);
    }
  });

  it('has unique codes', () => {
    const codes = demoItems.map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('stores prices and costs as non-negative integer fen', () => {
    for (const item of demoItems) {
      expect(Number.isSafeInteger(item.priceFen) && item.priceFen >= 0, item.code).toBe(true);
      if (item.costFen !== null) {
        expect(Number.isSafeInteger(item.costFen) && item.costFen >= 0, item.code).toBe(true);
      }
    }
    expect(demoItems.some((item) => item.costFen === null)).toBe(true);
  });

  it('keeps floor discounts within 0..10000 basis points', () => {
    for (const item of demoItems) {
      expect(Number.isInteger(item.floorDiscountBp), item.code).toBe(true);
      expect(item.floorDiscountBp, item.code).toBeGreaterThanOrEqual(0);
      expect(item.floorDiscountBp, item.code).toBeLessThanOrEqual(10000);
    }
  });

  it('puts every item in a known category', () => {
    for (const item of demoItems) expect(demoCategories, item.code).toContain(item.category);
  });

  it('has an ISO effective date', () => {
    expect(demoPriceList.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('demo solutions', () => {
  it('has two solutions whose modules refer to module items', () => {
    expect(demoSolutions).toHaveLength(2);
    const moduleCodes = new Set(demoItems.filter((item) => item.type === 'module').map((item) => item.code));
    for (const solution of demoSolutions) {
      expect(solution.modules.length).toBeGreaterThanOrEqual(4);
      expect(solution.modules.length).toBeLessThanOrEqual(6);
      for (const mod of solution.modules) {
        expect(moduleCodes.has(mod.itemCode), `${solution.code}/${mod.itemCode}`).toBe(true);
        expect(mod.features.length).toBeGreaterThanOrEqual(3);
        expect(mod.features.length).toBeLessThanOrEqual(5);
      }
    }
  });
});

describe('demo company and customer', () => {
  it('have valid unified social credit codes', () => {
    expect(taxIdProblem(demoCompany.taxId)).toBeNull();
    expect(taxIdProblem(demoCustomer.taxId)).toBeNull();
  });
});
