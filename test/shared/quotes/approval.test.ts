import { describe, expect, it } from 'vitest';
import { approvalReasons, type ApprovalRules } from '../../../src/shared/quotes/approval';
import { priceQuote } from '../../../src/shared/quotes/pricing';
import { toPricingInput, type QuoteContent } from '../../../src/shared/quotes/quote';
import { sampleQuoteContent } from '../../fixtures/quote-document';
import { must } from '../../helpers/must';

const NO_RULES: ApprovalRules = { minMarginBp: null, maxWholeDiscountBp: null };

function reasons(content: QuoteContent, rules = NO_RULES) {
  return approvalReasons(content, priceQuote(toPricingInput(content)), rules);
}

function oneLine(discountBp: number, extra: Partial<QuoteContent> = {}): QuoteContent {
  const base = sampleQuoteContent();
  const line = { ...base.lines[0], discountBp, floorDiscountBp: 2500 } as QuoteContent['lines'][number];
  return { ...base, lines: [line], discount: { kind: 'none' }, ...extra };
}

describe('approval rules', () => {
  it('a line discount up to the floor needs no approval; one bp more does', () => {
    expect(reasons(oneLine(2500))).toEqual([]);
    expect(reasons(oneLine(2501))).toEqual([
      expect.objectContaining({ kind: 'belowFloor', code: 'ERP-SD-001', discountBp: 2501, floorBp: 2500 }),
    ]);
  });

  it('a whole-quote discount counts towards each line’s floor (the price the customer really gets)', () => {
    // 20 % on the line + 10 % off the whole quote = 28 % off the list price, beyond a 25 % floor.
    const content = oneLine(2000, { discount: { kind: 'percent', bp: 1000 } });
    expect(reasons(content)).toEqual([expect.objectContaining({ kind: 'belowFloor', discountBp: 2800 })]);
  });

  it('a typed price below the floor is caught like a discount', () => {
    const content = oneLine(0);
    content.lines[0] = { ...must(content.lines[0]), unitPriceOverrideFen: 4_000_000 }; // ¥40,000 of ¥68,000
    expect(reasons(content)[0]).toMatchObject({ kind: 'belowFloor', discountBp: 4118 });
  });

  it('optional and custom lines have no floor', () => {
    const content = sampleQuoteContent();
    const custom = must(content.lines.find((l) => l.kind === 'custom'));
    custom.discountBp = 5000;
    const optional = must(content.lines.find((l) => l.optional));
    optional.discountBp = 9000;
    content.lines = [custom, optional];
    content.discount = { kind: 'none' };
    expect(reasons(content)).toEqual([]);
  });

  it('margin under the minimum and whole-quote discount over the limit', () => {
    const content = oneLine(0, { discount: { kind: 'percent', bp: 800 } });
    const found = reasons(content, { minMarginBp: 9500, maxWholeDiscountBp: 500 });
    expect(found).toEqual([
      expect.objectContaining({ kind: 'marginTooLow', minMarginBp: 9500 }),
      { kind: 'wholeDiscountTooLarge', discountBp: 800, maxBp: 500 },
    ]);
    expect(reasons(content, { minMarginBp: 5000, maxWholeDiscountBp: 800 })).toEqual([]);
  });
});
