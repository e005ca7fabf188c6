import { describe, expect, it } from 'vitest';
import { priceQuote } from '../../../src/shared/quotes/pricing';
import { toPricingInput, type QuoteContent } from '../../../src/shared/quotes/quote';
import { diffRevisions } from '../../../src/shared/quotes/revision-diff';
import { sampleQuoteContent } from '../../fixtures/quote-document';
import { must } from '../../helpers/must';

const priced = (content: QuoteContent) => ({ content, priced: priceQuote(toPricingInput(content)) });

describe('revision diff', () => {
  it('an identical copy is unchanged', () => {
    const a = sampleQuoteContent();
    const diff = diffRevisions(priced(a), priced(structuredClone(a)));
    expect(diff.unchanged).toBe(true);
    expect(diff.changed).toEqual([]);
  });

  it('reports lines added, removed and changed, discount, totals, milestones, validity and terms', () => {
    const a = sampleQuoteContent();
    const b = structuredClone(a);
    const first = must(b.lines[0]);
    first.quantity = '2';
    b.lines = b.lines.filter((l) => l.code !== 'TRN-001');
    b.lines.push({ ...first, id: 'new-line', code: 'ERP-XX', quantity: '1' });
    b.discount = { kind: 'percent', bp: 500 };
    b.milestones = [
      { id: 'm1', label: '合同签订后', percentBp: 5000 },
      { id: 'm2', label: '项目验收后', percentBp: 5000 },
    ];
    b.validUntil = '2027-01-31';
    b.terms += '\n5. 新条款';
    const diff = diffRevisions(priced(a), priced(b));
    expect(diff.added.map((l) => l.code)).toEqual(['ERP-XX']);
    expect(diff.removed.map((l) => l.code)).toEqual(['TRN-001']);
    const sd = must(diff.changed.find((c) => c.before.code === 'ERP-SD-001'));
    expect(sd.fields).toContain('quantity');
    expect(sd.before.quantity).toBe('1');
    expect(sd.after.quantity).toBe('2');
    expect(diff.discount).toEqual({ before: a.discount, after: b.discount });
    expect(diff.totals.total.before).toBe(38_000_000);
    expect(diff.totals.total.after).not.toBe(38_000_000);
    expect(diff.milestones.map((m) => [m.beforePercentBp, m.afterPercentBp])).toEqual([
      [3000, 5000],
      [6000, 5000],
      [1000, null],
    ]);
    expect(diff.validUntil).toEqual({ before: '2026-12-27', after: '2027-01-31' });
    expect(diff.termsChanged).toBe(true);
    expect(diff.unchanged).toBe(false);
  });

  it('a quantity written differently ("2" vs "2.00") is not a change', () => {
    const a = sampleQuoteContent();
    const b = structuredClone(a);
    must(b.lines[7]).quantity = '12.00';
    expect(diffRevisions(priced(a), priced(b)).unchanged).toBe(true);
  });
});
