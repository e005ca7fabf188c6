import type { QuoteContent } from '../../../../../shared/quotes/quote';

/**
 * Server field errors on a saved quote, placed where the user can fix them. Keys come as the
 * contract reports them: "content.lines.3.quantity" (validation) or "lines[3].quantity" (pricing);
 * line indexes are turned into line ids using the content that was sent.
 */

/** The grid's name for each QuoteLine property an error can be about. */
const LINE_FIELD: Record<string, string> = {
  unitPriceFen: 'unitPrice',
  unitPriceOverrideFen: 'override',
  discountBp: 'discount',
  vatRateBp: 'vat',
  quantity: 'quantity',
  name: 'name',
  spec: 'name',
  unit: 'unit',
  code: 'code',
  customReason: 'name',
  costFen: 'unitPrice',
  floorDiscountBp: 'discount',
};

export interface FieldErrors {
  /** Line id → grid column → message. */
  lines: Record<string, Record<string, string>>;
  /** Other places: "title", "validUntil", "customerId", "discount", "milestones", "milestones.<id>.label", "sections.<id>", "terms"… */
  other: Record<string, string>;
}

export const NO_ERRORS: FieldErrors = { lines: {}, other: {} };

export function errorPath(key: string): string[] {
  return key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .filter((part, index) => !(index === 0 && part === 'content'));
}

export function placeErrors(fields: Record<string, string>, sent: QuoteContent): FieldErrors {
  const result: FieldErrors = { lines: {}, other: {} };
  for (const [key, message] of Object.entries(fields)) {
    const [head, index, ...rest] = errorPath(key);
    const n = Number(index);
    if (head === 'lines' && Number.isInteger(n) && sent.lines[n]) {
      const lineId = sent.lines[n].id;
      const field = LINE_FIELD[rest[0] ?? ''] ?? 'name';
      const forLine = (result.lines[lineId] ??= {});
      forLine[field] ??= message;
    } else if (head === 'sections' && Number.isInteger(n) && sent.sections[n]) {
      result.other[`sections.${sent.sections[n].id}`] ??= message;
    } else if (head === 'milestones' && Number.isInteger(n) && sent.milestones[n]) {
      result.other[`milestones.${sent.milestones[n].id}.${rest[0] ?? 'label'}`] ??= message;
    } else {
      result.other[[head, index, ...rest].filter((p) => p !== undefined).join('.') || '_'] ??= message;
    }
  }
  return result;
}

/** The errors without the one the user just fixed. */
export function withoutLineError(errors: FieldErrors, lineId: string, field: string): FieldErrors {
  const forLine = errors.lines[lineId];
  if (!forLine || !(field in forLine)) return errors;
  const rest = Object.fromEntries(Object.entries(forLine).filter(([key]) => key !== field));
  const lines = Object.fromEntries(Object.entries(errors.lines).filter(([id]) => id !== lineId));
  if (Object.keys(rest).length > 0) lines[lineId] = rest;
  return { ...errors, lines };
}

export function withoutOtherError(errors: FieldErrors, prefix: string): FieldErrors {
  const matches = (k: string) => k === prefix || k.startsWith(`${prefix}.`);
  if (!Object.keys(errors.other).some(matches)) return errors;
  return { ...errors, other: Object.fromEntries(Object.entries(errors.other).filter(([k]) => !matches(k))) };
}

export function errorCount(errors: FieldErrors): number {
  return (
    Object.values(errors.lines).reduce((sum, fields) => sum + Object.keys(fields).length, 0) +
    Object.keys(errors.other).length
  );
}
