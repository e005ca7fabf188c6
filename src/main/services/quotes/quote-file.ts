import type { Database } from 'better-sqlite3';
import Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { TaxId } from '../../../shared/api/company';
import { QuoteFileSchema, type QuoteFile } from '../../../shared/api/quote-file';
import { parseYuan } from '../../../shared/money';
import { lineFromItem } from '../../../shared/quotes/catalogue-line';
import type { QuoteContent, QuoteLine, VatMode } from '../../../shared/quotes/quote';
import { AppError } from '../../../shared/result';
import { findCustomerByName, saveCustomer } from '../customers/customer-repository';
import { ITEM_SELECT, toItem, type ItemRow } from '../prices/item-repository';
import { currentVersionId, standardVatMode } from '../prices/price-list-repository';
import { codeKey } from '../prices/search/search-index';
import { blankContent } from './quote-create';

/**
 * Turns a quote file (docs/quote.schema.json) into quote content: catalogue codes are looked up in
 * the price-list version in effect today, the customer is found by name or created. Every problem
 * is collected and reported with its place in the file ("sections[0].lines[2].code"), and nothing
 * is written unless the whole file is good.
 */

function fileError(t: TFunction, fields: Record<string, string>): AppError {
  return new AppError('INVALID_INPUT', t('err.quotes.fileInvalid', { count: Object.keys(fields).length }), fields);
}

/** "sections.0.lines.2.code" → "sections[0].lines[2].code" */
function pathText(path: readonly PropertyKey[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(file)'
  );
}

export function parseQuoteFileText(json: string, t: TFunction): QuoteFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new AppError('INVALID_INPUT', t('err.quotes.fileNotJson', { detail: (error as Error).message }));
  }
  const parsed = QuoteFileSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[pathText(issue.path)] ??= issue.message;
    throw fileError(t, fields);
  }
  return parsed.data;
}

function percentToBp(text: string): number {
  return new Decimal(text).times(100).toNumber();
}

function yuanToFen(text: string): number {
  const parsed = parseYuan(text);
  if (!parsed.ok) throw new Error(`Not money: ${text}`);
  return parsed.fen;
}

export function contentFromFile(db: Database, file: QuoteFile, t: TFunction, now = new Date()): QuoteContent {
  const fields: Record<string, string> = {};
  const versionId = currentVersionId(db);
  if (versionId === null) throw new AppError('REFUSED', t('err.quotes.noCurrentPriceList'));
  const versionLabel = db
    .prepare('SELECT label FROM price_list_versions WHERE id = ?')
    .pluck()
    .get(versionId) as string;
  const listVatMode: VatMode = standardVatMode(db);
  const vatMode: VatMode = file.vatMode ?? listVatMode;
  const findItem = db.prepare(`${ITEM_SELECT} WHERE i.version_id = ? AND i.code_key = ?`);

  const base = blankContent(db, { customerId: null, title: file.title ?? '', vatMode, sectionTitle: '' }, now);
  const sections = file.sections.map((s, i) => ({ id: `s${i + 1}`, title: s.title }));
  const lines: QuoteLine[] = [];
  file.sections.forEach((section, si) => {
    section.lines.forEach((entry, li) => {
      const at = `sections[${si}].lines[${li}]`;
      const id = `l${si + 1}-${li + 1}`;
      const sectionId = `s${si + 1}`;
      const discountBp = entry.discount === undefined ? 0 : percentToBp(entry.discount);
      if (discountBp > 10_000) fields[`${at}.discount`] = t('err.quotes.percent');
      if ('code' in entry) {
        const row = findItem.get(versionId, codeKey(entry.code)) as ItemRow | undefined;
        if (!row) {
          fields[`${at}.code`] = t('err.quotes.unknownCode', { code: entry.code, version: versionLabel });
          return;
        }
        const item = toItem(row);
        if (!item.active) {
          fields[`${at}.code`] = t('err.quotes.inactiveCode', { code: entry.code });
          return;
        }
        lines.push({
          ...lineFromItem(item, {
            id,
            sectionId,
            versionLabel,
            quantity: entry.quantity,
            listVatMode,
            quoteVatMode: vatMode,
          }),
          discountBp: entry.unitPrice === undefined ? discountBp : 0,
          unitPriceOverrideFen: entry.unitPrice === undefined ? null : yuanToFen(entry.unitPrice),
          optional: entry.optional ?? false,
        });
      } else {
        const c = entry.custom;
        lines.push({
          id,
          sectionId,
          kind: 'custom',
          code: '',
          name: c.name,
          spec: c.spec ?? '',
          unit: c.unit,
          priceVersionId: null,
          priceVersionLabel: '',
          unitPriceFen: yuanToFen(c.unitPrice),
          costFen: c.cost === undefined ? null : yuanToFen(c.cost),
          vatRateBp: Number(c.vatRate) * 100,
          floorDiscountBp: 0,
          quantity: entry.quantity,
          discountBp,
          unitPriceOverrideFen: null,
          optional: entry.optional ?? false,
          customReason: c.reason,
        });
      }
    });
  });

  let discount: QuoteContent['discount'] = { kind: 'none' };
  if (file.wholeDiscount && 'percent' in file.wholeDiscount) {
    discount = { kind: 'percent', bp: percentToBp(file.wholeDiscount.percent) };
    if (discount.bp > 10_000) fields['wholeDiscount.percent'] = t('err.quotes.percent');
  } else if (file.wholeDiscount) {
    if (vatMode !== 'inclusive') fields['wholeDiscount.targetTotal'] = t('err.quotes.targetInclusiveOnly');
    discount = { kind: 'targetTotal', totalFen: yuanToFen(file.wholeDiscount.targetTotal) };
  }
  const milestones = file.milestones
    ? file.milestones.map((m, i) => ({ id: `m${i + 1}`, label: m.label, percentBp: percentToBp(m.percent) }))
    : base.milestones;
  if (milestones.length > 0 && milestones.reduce((sum, m) => sum + m.percentBp, 0) !== 10_000) {
    fields.milestones = t('err.quotes.milestoneSum');
  }
  if (Object.keys(fields).length > 0) throw fileError(t, fields);
  return {
    ...base,
    validUntil: file.validUntil ?? base.validUntil,
    sections,
    lines,
    discount,
    milestones,
    terms: (file.terms ?? []).map((clause, i) => `${i + 1}. ${clause}`).join('\n'),
    notes: file.notes ?? '',
  };
}

/** The customer named in the file: the existing one with that exact name, or a new one. */
export function customerFromFile(db: Database, file: QuoteFile, t: TFunction): number {
  const existing = findCustomerByName(db, file.customer.name);
  if (existing) return existing.id;
  const taxId = TaxId.safeParse(file.customer.taxId ?? '');
  if (!taxId.success) {
    throw fileError(t, { 'customer.taxId': t(taxId.error.issues[0]?.message ?? 'err.format', { length: '?' }) });
  }
  return saveCustomer(
    db,
    {
      name: file.customer.name.trim(),
      shortName: '',
      industry: '',
      contact: file.customer.contact ?? '',
      phone: file.customer.phone ?? '',
      email: file.customer.email ?? '',
      address: file.customer.address ?? '',
      taxId: taxId.data,
      bankName: '',
      bankAccount: '',
      representative: '',
      notes: '',
    },
    t,
  ).id;
}
