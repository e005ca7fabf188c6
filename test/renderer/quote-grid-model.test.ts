import { describe, expect, it } from 'vitest';
import {
  clipboardColumn,
  parseDiscount,
  parseMoney,
  parseQuantity,
  parseVatRate,
} from '../../src/renderer/src/features/quotes/model/cell-parse';
import {
  moveLineBy,
  orderedLines,
  pasteQuantities,
  removeLine,
  restoreLine,
} from '../../src/renderer/src/features/quotes/model/content-ops';
import { placeErrors } from '../../src/renderer/src/features/quotes/model/field-errors';
import { sampleQuoteContent } from '../fixtures/quote-document';

/** The quote grid's pure parts: what people type and paste, and how lines move. */
describe('quote grid: reading what people type', () => {
  it.each([
    ['2', '2'],
    ['1,200', '1200'],
    ['０.５', '0.5'],
    ['45.50', '45.5'],
  ])('quantity %s → %s', (text, value) => expect(parseQuantity(text)).toEqual({ ok: true, value }));

  it.each(['0', '-1', '1.234', 'abc', ''])('refuses quantity %s', (text) => expect(parseQuantity(text).ok).toBe(false));

  it.each([
    ['15', 1500],
    ['15%', 1500],
    ['12.34', 1234],
    ['8.5折', 1500],
    ['85折', 1500],
    ['87.5折', 1250],
    ['7折', 3000],
    ['10折', 0],
    ['', 0],
  ])('discount %s → %i bp', (text, value) => expect(parseDiscount(text)).toEqual({ ok: true, value }));

  it.each(['101', '12.345', '0折', '11折.5', '87.55折', 'abc'])('refuses discount %s', (text) =>
    expect(parseDiscount(text).ok).toBe(false),
  );

  it('money and VAT rates are exact and limited to the real rates', () => {
    expect(parseMoney('¥68,000.50')).toEqual({ ok: true, value: 6_800_050 });
    expect(parseMoney('1.005').ok).toBe(false);
    expect(parseVatRate('6%')).toEqual({ ok: true, value: 600 });
    expect(parseVatRate('7').ok).toBe(false);
  });

  it('a column copied from Excel: one value per row, the trailing empty row dropped', () => {
    expect(clipboardColumn('1\r\n4\t备注\r\n5\r\n')).toEqual(['1', '4', '5']);
  });
});

describe('quote grid: editing lines', () => {
  it('pasted quantities fill the line and the ones below it, in display order', () => {
    const content = sampleQuoteContent();
    const [first, second, third] = orderedLines(content);
    const { content: pasted, filled } = pasteQuantities(content, second?.id ?? '', ['3', null, '7']);
    const after = orderedLines(pasted);
    expect(filled).toHaveLength(2);
    expect(after[0]?.quantity).toBe(first?.quantity);
    expect(after[1]?.quantity).toBe('3');
    expect(after[2]?.quantity).toBe(third?.quantity);
    expect(after[3]?.quantity).toBe('7');
  });

  it('a line moves down and back, and a removed line comes back where it was', () => {
    const content = sampleQuoteContent();
    const ids = orderedLines(content).map((l) => l.id);
    const moved = moveLineBy(content, ids[0] ?? '', 1);
    expect(
      orderedLines(moved)
        .map((l) => l.id)
        .slice(0, 2),
    ).toEqual([ids[1], ids[0]]);
    expect(orderedLines(moveLineBy(moved, ids[0] ?? '', -1)).map((l) => l.id)).toEqual(ids);
    const { content: without, removed } = removeLine(content, ids[2] ?? '');
    expect(orderedLines(without)).toHaveLength(ids.length - 1);
    expect(removed && orderedLines(restoreLine(without, removed)).map((l) => l.id)).toEqual(ids);
  });

  it('server field errors land on the line they name, by id', () => {
    const content = sampleQuoteContent();
    const errors = placeErrors(
      { 'content.lines.2.quantity': '数量应大于 0', 'content.milestones': '付款比例合计必须等于 100%' },
      content,
    );
    expect(errors.lines[content.lines[2]?.id ?? '']).toEqual({ quantity: '数量应大于 0' });
    expect(Object.values(errors.other)).toEqual(['付款比例合计必须等于 100%']);
  });
});
