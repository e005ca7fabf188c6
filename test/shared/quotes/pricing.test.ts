import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PricingError,
  priceQuote,
  type MilestoneInput,
  type QuoteDiscount,
  type QuoteInput,
  type QuoteLineInput,
} from '../../../src/shared/quotes/pricing';

const SECTIONS = [
  { id: 's-soft', title: '软件' },
  { id: 's-svc', title: '服务' },
];

function line(partial: Partial<QuoteLineInput> & { id: string }): QuoteLineInput {
  return {
    sectionId: 's-soft',
    unitPriceFen: 0,
    quantity: '1',
    discountBp: 0,
    unitPriceOverrideFen: null,
    vatRateBp: 1300,
    costFen: null,
    optional: false,
    ...partial,
  };
}

function quote(partial: Partial<QuoteInput>): QuoteInput {
  return {
    vatMode: 'inclusive',
    sections: SECTIONS,
    lines: [],
    discount: { kind: 'none' },
    milestones: [],
    ...partial,
  };
}

/** 销售管理 ¥68,000 × 1 at 15 % off (13 %), 实施 ¥2,400 × 12.5 人天 (6 %). */
const CRM = line({ id: 'crm', unitPriceFen: 6_800_000, discountBp: 1500, costFen: 1_000_000 });
const IMPL = line({
  id: 'impl',
  sectionId: 's-svc',
  unitPriceFen: 240_000,
  quantity: '12.5',
  vatRateBp: 600,
  costFen: 80_000,
});

describe('priceQuote — hand-computed business examples', () => {
  it('销售管理 ¥68,000 × 1 at 15 % off = ¥57,800.00, VAT 13 % inclusive → net ¥51,150.44, tax ¥6,649.56', () => {
    const priced = priceQuote(quote({ lines: [CRM] }));
    expect(priced.lines[0]).toMatchObject({
      listAmountFen: 6_800_000,
      lineAmountFen: 5_780_000,
      impliedDiscountBp: 1500,
      allocatedDiscountFen: 0,
      finalAmountFen: 5_780_000,
      netFen: 5_115_044,
      taxFen: 664_956,
      grossFen: 5_780_000,
      costFen: 1_000_000,
    });
    expect(priced).toMatchObject({
      listTotalFen: 6_800_000,
      discountTotalFen: 1_020_000,
      totalNetFen: 5_115_044,
      totalTaxFen: 664_956,
      totalFen: 5_780_000,
      marginBp: 8045, // (5,115,044 − 1,000,000) / 5,115,044 = 80.4498 %
    });
  });

  it('tax-exclusive ¥51,150.44 at 13 % → tax ¥6,649.56 (6,649.5572 rounded), gross ¥57,800.00', () => {
    const priced = priceQuote(quote({ vatMode: 'exclusive', lines: [line({ id: 'x', unitPriceFen: 5_115_044 })] }));
    expect(priced.lines[0]).toMatchObject({ netFen: 5_115_044, taxFen: 664_956, grossFen: 5_780_000 });
    expect(priced.totalFen).toBe(5_780_000);
  });

  it('实施 ¥2,400 × 12.5 人天 = ¥30,000.00; 6 % inclusive → net ¥28,301.89', () => {
    const priced = priceQuote(quote({ lines: [IMPL] }));
    expect(priced.lines[0]).toMatchObject({
      listAmountFen: 3_000_000,
      lineAmountFen: 3_000_000,
      netFen: 2_830_189,
      taxFen: 169_811,
      costFen: 1_000_000,
    });
  });

  it('rounds half-up to the fen: ¥3.33 × 0.5 = ¥1.665 → ¥1.67', () => {
    const priced = priceQuote(quote({ lines: [line({ id: 'a', unitPriceFen: 333, quantity: '0.5' })] }));
    expect(priced.lines[0]?.lineAmountFen).toBe(167);
  });

  it('a typed unit price reports the implied discount: ¥55,000 instead of ¥68,000 = 19.12 % off', () => {
    const priced = priceQuote(
      quote({
        lines: [
          line({ id: 'o', unitPriceFen: 6_800_000, unitPriceOverrideFen: 5_500_000, quantity: '2', discountBp: 500 }),
        ],
      }),
    );
    expect(priced.lines[0]).toMatchObject({
      listAmountFen: 13_600_000,
      lineAmountFen: 11_000_000,
      impliedDiscountBp: 1912,
    });
  });

  it('抹零 ¥87,800 to ¥87,000: ¥800 spread 526.65 / 273.35 by largest remainder, sections and VAT add up', () => {
    const priced = priceQuote(quote({ lines: [CRM, IMPL], discount: { kind: 'targetTotal', totalFen: 8_700_000 } }));
    // exact shares 52,665.148… and 27,334.851…: the spare fen goes to the larger remainder
    expect(priced.lines.map((l) => l.allocatedDiscountFen)).toEqual([52_665, 27_335]);
    expect(priced.lines.map((l) => l.finalAmountFen)).toEqual([5_727_335, 2_972_665]);
    expect(priced.lines.map((l) => l.netFen)).toEqual([5_068_438, 2_804_401]);
    expect(priced.sections.map((s) => s.subtotalFen)).toEqual([5_727_335, 2_972_665]);
    expect(priced.totalFen).toBe(8_700_000);
    expect(priced.listTotalFen).toBe(9_800_000);
    expect(priced.discountTotalFen).toBe(1_100_000);
    expect(priced.vatSummary).toEqual([
      { vatRateBp: 1300, netFen: 5_068_438, taxFen: 658_897, grossFen: 5_727_335 },
      { vatRateBp: 600, netFen: 2_804_401, taxFen: 168_264, grossFen: 2_972_665 },
    ]);
  });

  it('a 5 % whole-quote discount is taken proportionally', () => {
    const priced = priceQuote(quote({ lines: [CRM, IMPL], discount: { kind: 'percent', bp: 500 } }));
    expect(priced.lines.map((l) => l.allocatedDiscountFen)).toEqual([289_000, 150_000]);
    expect(priced.totalFen).toBe(8_341_000);
  });

  it('breaks equal remainders by line order: 50 % of three ¥0.01 lines = 2 fen → 1, 1, 0', () => {
    const lines = ['a', 'b', 'c'].map((id) => line({ id, unitPriceFen: 1 }));
    const priced = priceQuote(quote({ lines, discount: { kind: 'percent', bp: 5000 } }));
    expect(priced.lines.map((l) => l.allocatedDiscountFen)).toEqual([1, 1, 0]);
    expect(priced.totalFen).toBe(1);
  });

  it('milestones 30 / 60 / 10 of ¥980,000', () => {
    const priced = priceQuote(
      quote({
        lines: [line({ id: 'a', unitPriceFen: 98_000_000 })],
        milestones: [
          { id: 'm1', label: '签约', percentBp: 3000 },
          { id: 'm2', label: '上线', percentBp: 6000 },
          { id: 'm3', label: '验收', percentBp: 1000 },
        ],
      }),
    );
    expect(priced.milestones.map((m) => m.amountFen)).toEqual([29_400_000, 58_800_000, 9_800_000]);
  });

  it('milestones 30 / 60 / 10 of ¥3.33: 99.9 → 100, 199.8 → 200, the last takes the remaining 33', () => {
    const priced = priceQuote(
      quote({
        lines: [line({ id: 'a', unitPriceFen: 333 })],
        milestones: [
          { id: 'm1', label: '签约', percentBp: 3000 },
          { id: 'm2', label: '上线', percentBp: 6000 },
          { id: 'm3', label: '验收', percentBp: 1000 },
        ],
      }),
    );
    expect(priced.milestones.map((m) => m.amountFen)).toEqual([100, 200, 33]);
  });

  it('optional lines are priced and shown but left out of totals and of the whole-quote discount', () => {
    const extra = line({ id: 'opt', unitPriceFen: 1_000_000, optional: true });
    const priced = priceQuote(quote({ lines: [CRM, extra], discount: { kind: 'targetTotal', totalFen: 5_700_000 } }));
    expect(priced.lines[1]).toMatchObject({ allocatedDiscountFen: 0, finalAmountFen: 1_000_000 });
    expect(priced.totalFen).toBe(5_700_000);
    expect(priced.sections[0]?.subtotalFen).toBe(5_700_000);
  });

  it('margin is null when a counted line has no cost, and ignores optional lines without cost', () => {
    const noCost = line({ id: 'n', unitPriceFen: 100 });
    expect(priceQuote(quote({ lines: [CRM, noCost] })).marginBp).toBeNull();
    expect(priceQuote(quote({ lines: [CRM, { ...noCost, optional: true }] })).marginBp).toBe(8045);
  });
});

describe('priceQuote — rejected input', () => {
  function fieldOf(input: QuoteInput): string {
    try {
      priceQuote(input);
    } catch (error) {
      if (error instanceof PricingError) return error.field;
      throw error;
    }
    throw new Error('no PricingError');
  }

  it.each(['1.234', '0', '0.00', '-1', 'abc', '', '1e3'])('quantity "%s"', (quantity) => {
    expect(fieldOf(quote({ lines: [line({ id: 'a', unitPriceFen: 100, quantity })] }))).toBe('lines[0].quantity');
  });

  it.each<QuoteDiscount>([
    { kind: 'percent', bp: 10_001 },
    { kind: 'percent', bp: -1 },
    { kind: 'targetTotal', totalFen: 5_780_001 },
    { kind: 'targetTotal', totalFen: -1 },
  ])('whole-quote discount %o', (discount) => {
    expect(fieldOf(quote({ lines: [CRM], discount }))).toBe('discount');
  });

  it('a line discount out of range', () => {
    expect(fieldOf(quote({ lines: [line({ id: 'a', discountBp: 10_001 })] }))).toBe('lines[0].discountBp');
  });

  it('a target total in exclusive mode (not supported)', () => {
    const input = quote({ vatMode: 'exclusive', lines: [CRM], discount: { kind: 'targetTotal', totalFen: 100 } });
    expect(fieldOf(input)).toBe('discount');
  });

  it('milestones that do not sum to 100 %', () => {
    const milestones = [
      { id: 'm1', label: '签约', percentBp: 3000 },
      { id: 'm2', label: '验收', percentBp: 6000 },
    ];
    expect(fieldOf(quote({ lines: [CRM], milestones }))).toBe('milestones');
  });

  it('an unknown section', () => {
    expect(fieldOf(quote({ lines: [CRM, line({ id: 'b', sectionId: 'nope' })] }))).toBe('lines[1].sectionId');
  });

  it('PricingError carries a field and a message', () => {
    const error = new PricingError('discount', 'bad');
    expect(error).toBeInstanceOf(Error);
    expect(error.field).toBe('discount');
    expect(error.message).toBe('bad');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const RUNS = { numRuns: 300 };
const SECTION_IDS = ['s1', 's2', 's3'];

const lineArb: fc.Arbitrary<Omit<QuoteLineInput, 'id'>> = fc.record({
  sectionId: fc.constantFrom(...SECTION_IDS),
  unitPriceFen: fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 50_000_000 })),
  quantity: fc
    .integer({ min: 1, max: 100_000 })
    .map((hundredths) => (hundredths % 100 === 0 ? String(hundredths / 100) : (hundredths / 100).toFixed(2))),
  discountBp: fc.oneof(fc.constantFrom(0, 1500, 10_000), fc.integer({ min: 0, max: 10_000 })),
  unitPriceOverrideFen: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { freq: 4 }),
  vatRateBp: fc.constantFrom(1300, 600, 900, 300, 0),
  costFen: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { freq: 5 }),
  optional: fc.boolean(),
});

/** 1–5 milestones with positive percentages summing to 10000 bp. */
const milestonesArb: fc.Arbitrary<MilestoneInput[]> = fc
  .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 })
  .map((weights) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    let given = 0;
    return weights.map((weight, index) => {
      const percentBp =
        index === weights.length - 1 ? 10_000 - given : Math.max(1, Math.floor((weight * 10_000) / sum));
      given += percentBp;
      return { id: `m${index}`, label: `阶段${index}`, percentBp };
    });
  })
  .filter((milestones) => milestones.every((m) => m.percentBp > 0));

/** A discount 'shape': the target is a fraction (bp) of the undiscounted total, fixed after pricing. */
type DiscountShape = { kind: 'none' } | { kind: 'percent'; bp: number } | { kind: 'target'; keepBp: number };
const discountShapeArb: fc.Arbitrary<DiscountShape> = fc.oneof(
  fc.constant<DiscountShape>({ kind: 'none' }),
  fc.integer({ min: 0, max: 10_000 }).map((bp): DiscountShape => ({ kind: 'percent', bp })),
  fc.integer({ min: 0, max: 10_000 }).map((keepBp): DiscountShape => ({ kind: 'target', keepBp })),
);

interface Case {
  input: QuoteInput;
  /** The whole-quote discount the input asks for, in fen. */
  requestedFen: number;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    vatMode: fc.constantFrom<'inclusive' | 'exclusive'>('inclusive', 'exclusive'),
    lines: fc.array(lineArb, { minLength: 1, maxLength: 30 }),
    shape: discountShapeArb,
    milestones: milestonesArb,
  })
  .map(({ vatMode, lines, shape, milestones }): Case => {
    const input: QuoteInput = {
      vatMode,
      sections: SECTION_IDS.map((id) => ({ id, title: `章节 ${id}` })),
      lines: lines.map((l, index) => ({ ...l, id: `l${index}` })),
      discount: { kind: 'none' },
      milestones,
    };
    const base = priceQuote(input).lines.reduce((sum, l) => sum + (l.optional ? 0 : l.lineAmountFen), 0);
    if (shape.kind === 'none') return { input, requestedFen: 0 };
    if (shape.kind === 'percent') {
      // round half-up of base × bp / 10000, in exact integers
      const requestedFen = Number((BigInt(base) * BigInt(shape.bp) + 5_000n) / 10_000n);
      return { input: { ...input, discount: { kind: 'percent', bp: shape.bp } }, requestedFen };
    }
    // targets are supported in inclusive mode only (exclusive throws, tested above)
    const target = Number((BigInt(base) * BigInt(shape.keepBp)) / 10_000n);
    return {
      input: { ...input, vatMode: 'inclusive', discount: { kind: 'targetTotal', totalFen: target } },
      requestedFen: base - target,
    };
  });

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('priceQuote — properties', () => {
  it('lines add up to section subtotals, and subtotals to the total', () => {
    fc.assert(
      fc.property(caseArb, ({ input }) => {
        const priced = priceQuote(input);
        const counted = priced.lines.filter((l) => !l.optional);
        for (const section of priced.sections) {
          expect(section.subtotalFen).toBe(
            sum(counted.filter((l) => l.sectionId === section.id).map((l) => l.finalAmountFen)),
          );
        }
        const subtotals = sum(priced.sections.map((s) => s.subtotalFen));
        expect(subtotals).toBe(input.vatMode === 'inclusive' ? priced.totalFen : priced.totalNetFen);
        expect(priced.totalNetFen).toBe(sum(counted.map((l) => l.netFen)));
        expect(priced.totalTaxFen).toBe(sum(counted.map((l) => l.taxFen)));
        expect(priced.totalGrossFen).toBe(sum(counted.map((l) => l.grossFen)));
        expect(priced.totalFen).toBe(priced.totalGrossFen);
        expect(priced.discountTotalFen).toBe(priced.listTotalFen - sum(counted.map((l) => l.finalAmountFen)));
      }),
      RUNS,
    );
  });

  it('net + tax = gross on every line, in total and in every VAT row; VAT rows sum to the totals', () => {
    fc.assert(
      fc.property(caseArb, ({ input }) => {
        const priced = priceQuote(input);
        for (const l of priced.lines) expect(l.netFen + l.taxFen).toBe(l.grossFen);
        expect(priced.totalNetFen + priced.totalTaxFen).toBe(priced.totalGrossFen);
        for (const row of priced.vatSummary) expect(row.netFen + row.taxFen).toBe(row.grossFen);
        expect(sum(priced.vatSummary.map((r) => r.netFen))).toBe(priced.totalNetFen);
        expect(sum(priced.vatSummary.map((r) => r.taxFen))).toBe(priced.totalTaxFen);
        expect(sum(priced.vatSummary.map((r) => r.grossFen))).toBe(priced.totalGrossFen);
        const rates = priced.vatSummary.map((r) => r.vatRateBp);
        expect(rates).toEqual([...rates].sort((a, b) => b - a));
        expect(new Set(rates).size).toBe(rates.length);
      }),
      RUNS,
    );
  });

  it('milestones add up to the total exactly', () => {
    fc.assert(
      fc.property(caseArb, ({ input }) => {
        const priced = priceQuote(input);
        expect(sum(priced.milestones.map((m) => m.amountFen))).toBe(priced.totalFen);
        expect(priced.milestones.map((m) => m.percentBp)).toEqual(input.milestones.map((m) => m.percentBp));
      }),
      RUNS,
    );
  });

  it('allocations add up to the requested discount, stay within a fen of the exact share, no line < 0', () => {
    fc.assert(
      fc.property(caseArb, ({ input, requestedFen }) => {
        const priced = priceQuote(input);
        const counted = priced.lines.filter((l) => !l.optional);
        const base = sum(counted.map((l) => l.lineAmountFen));
        expect(sum(counted.map((l) => l.allocatedDiscountFen))).toBe(requestedFen);
        for (const l of priced.lines) {
          expect(l.allocatedDiscountFen).toBeGreaterThanOrEqual(0);
          expect(l.finalAmountFen).toBeGreaterThanOrEqual(0);
          expect(l.finalAmountFen).toBe(l.lineAmountFen - l.allocatedDiscountFen);
          if (l.optional) expect(l.allocatedDiscountFen).toBe(0);
          else if (base > 0) {
            // |allocated × base − requested × amount| < base  ⇔  within one fen of the exact share
            const gap = BigInt(l.allocatedDiscountFen) * BigInt(base) - BigInt(requestedFen) * BigInt(l.lineAmountFen);
            expect(gap < BigInt(base) && -gap < BigInt(base)).toBe(true);
          }
        }
        if (input.discount.kind === 'targetTotal') expect(priced.totalFen).toBe(input.discount.totalFen);
      }),
      RUNS,
    );
  });

  it('optional lines never change totals', () => {
    fc.assert(
      fc.property(caseArb, ({ input }) => {
        const withOptional = priceQuote(input);
        const without = priceQuote({ ...input, lines: input.lines.filter((l) => !l.optional) });
        const { lines: linesA, ...totalsA } = withOptional;
        const { lines: linesB, ...totalsB } = without;
        expect(totalsA).toEqual(totalsB);
        expect(linesA.filter((l) => !l.optional)).toEqual(linesB);
      }),
      RUNS,
    );
  });

  it('recomputing gives identical output, also after a JSON round-trip of the input', () => {
    fc.assert(
      fc.property(caseArb, ({ input }) => {
        const first = priceQuote(input);
        expect(priceQuote(input)).toEqual(first);
        expect(priceQuote(JSON.parse(JSON.stringify(input)) as QuoteInput)).toEqual(first);
      }),
      RUNS,
    );
  });
});

describe('priceQuote — agrees with a decimal.js reference', () => {
  // The engine computes in exact integers (BigInt); this re-derives every line with decimal.js
  // straight from DOMAIN.md's formulas, so a slip in the integer arithmetic cannot hide.
  // 60 significant digits: with decimal.js's default 20, a quotient just under a half fen can be
  // rounded up to exactly half before half-up rounding, and the reference itself would be wrong.
  const Exact = Decimal.clone({ precision: 60 });
  // `+ 0` turns decimal.js's -0 (an override a hair above the list price: −0.1 bp rounds to −0)
  // into 0; without it toBe's Object.is comparison failed now and then on a correct engine.
  const half = (value: Decimal) => value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() + 0;
  it('line amounts and implied discounts', () => {
    fc.assert(
      fc.property(lineArb, fc.constantFrom<'inclusive' | 'exclusive'>('inclusive', 'exclusive'), (line, vatMode) => {
        const input = quote({ vatMode, sections: [{ id: line.sectionId, title: 'x' }], lines: [{ ...line, id: 'l' }] });
        const [priced] = priceQuote(input).lines;
        const unit = new Exact(line.unitPriceFen);
        const qty = new Exact(line.quantity);
        const amount =
          line.unitPriceOverrideFen === null
            ? half(
                unit
                  .times(qty)
                  .times(10_000 - line.discountBp)
                  .dividedBy(10_000),
              )
            : half(new Exact(line.unitPriceOverrideFen).times(qty));
        expect(priced?.lineAmountFen).toBe(amount);
        expect(priced?.listAmountFen).toBe(half(unit.times(qty)));
        if (line.unitPriceOverrideFen !== null && line.unitPriceFen > 0) {
          expect(priced?.impliedDiscountBp).toBe(
            half(unit.minus(line.unitPriceOverrideFen).times(10_000).dividedBy(unit)),
          );
        }
      }),
      { numRuns: 1000, endOnFailure: true },
    );
  });
});

describe('a typed price a hair above the list price', () => {
  it('implies a discount of exactly 0 bp (the case that once failed the decimal.js property as −0)', () => {
    const [priced] = priceQuote(
      quote({
        lines: [line({ id: 'l', unitPriceFen: 100_000, unitPriceOverrideFen: 100_001 })],
      }),
    ).lines;
    expect(Object.is(priced?.impliedDiscountBp, 0)).toBe(true);
    expect(priced?.lineAmountFen).toBe(100_001);
  });
});

describe('milestones on a tiny total', () => {
  it('never go negative: 2 fen in four quarters is 1, 1, 0, 0', () => {
    const priced = priceQuote({
      vatMode: 'inclusive',
      sections: [{ id: 's', title: '软件' }],
      lines: [
        {
          id: 'l',
          sectionId: 's',
          unitPriceFen: 2,
          quantity: '1',
          discountBp: 0,
          unitPriceOverrideFen: null,
          vatRateBp: 1300,
          costFen: null,
          optional: false,
        },
      ],
      discount: { kind: 'none' },
      milestones: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id, percentBp: 2500 })),
    });
    expect(priced.milestones.map((m) => m.amountFen)).toEqual([1, 1, 0, 0]);
  });
});
