import { formatPercentBp, formatYuan } from '../money';
import type { Locale } from '../locale';
import { rmbCapital } from '../rmb-capital';
import { MERGE_FIELD } from '../proposals/merge-fields';
import { TABLE_FIELDS } from './clause-text';
import type { ContractClause, ContractDeal, ContractParty, ContractTerms } from './types';

/**
 * Contract merge fields: {{customer.name}}, {{price.totalCapital}}, {{terms.warrantyMonths}} …
 * Every field either resolves to a non-empty value or is reported as a problem that names the
 * field and the clause — a contract never goes out with a silent blank.
 */

const PARTY_FIELDS = [
  'name',
  'address',
  'taxId',
  'bankName',
  'bankAccount',
  'representative',
  'contact',
  'phone',
] as const;

export const CONTRACT_MERGE_FIELDS = [
  ...PARTY_FIELDS.map((f) => `customer.${f}` as const),
  ...PARTY_FIELDS.map((f) => `company.${f}` as const),
  'contract.number',
  'contract.title',
  'contract.signingPlace',
  'contract.signingDate',
  'quote.number',
  'price.total',
  'price.totalCapital',
  'price.net',
  'price.tax',
  'price.licence',
  'terms.implementationDays',
  'terms.paymentDays',
  'terms.warrantyMonths',
  'terms.maintenanceRate',
  'terms.maintenanceFee',
  'terms.maintenanceFeeCapital',
  'terms.liabilityCap',
  'terms.liabilityCapAmount',
  'terms.disputeBody',
  'terms.trialDays',
  'terms.copies',
  'milestones.summary',
] as const;
export type ContractMergeField = (typeof CONTRACT_MERGE_FIELDS)[number];
export type ContractMergeValues = Record<ContractMergeField, string>;

export interface MergeProblem {
  field: string;
  problem: 'unknown' | 'empty';
  /** The clause it was found in. */
  clauseId: string;
  heading: string;
}

/** round half-up(amount × bp / 10000), exactly. */
export function shareOf(amountFen: number, bp: number): number {
  const scaled = BigInt(amountFen) * BigInt(bp);
  return Number((scaled * 2n + 10_000n) / 20_000n);
}

/** "2026-11-27" → "2026年11月27日" / "27 November 2026"; '' stays ''. */
export function formatContractDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const [, y, m, d] = match;
  if (locale === 'zh-CN') return `${y}年${Number(m)}月${Number(d)}日`;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${Number(d)} ${month} ${y}`;
}

export interface MergeSource {
  locale: Locale;
  number: string;
  title: string;
  terms: ContractTerms;
  deal: ContractDeal;
}

function partyValues(prefix: 'customer' | 'company', party: ContractParty): Partial<ContractMergeValues> {
  return Object.fromEntries(PARTY_FIELDS.map((f) => [`${prefix}.${f}`, party[f]]));
}

export function contractMergeValues(source: MergeSource): ContractMergeValues {
  const { deal, terms, locale } = source;
  const maintenanceFen = shareOf(deal.licenceFen, terms.maintenanceRateBp);
  const zh = locale === 'zh-CN';
  return {
    ...(partyValues('customer', deal.customer) as Record<string, string>),
    ...(partyValues('company', deal.company) as Record<string, string>),
    'contract.number': source.number,
    'contract.title': source.title,
    'contract.signingPlace': terms.signingPlace,
    'contract.signingDate': formatContractDate(terms.signingDate, locale),
    'quote.number': deal.quoteNumber,
    'price.total': formatYuan(deal.totalFen),
    'price.totalCapital': rmbCapital(deal.totalFen),
    'price.net': formatYuan(deal.netFen),
    'price.tax': formatYuan(deal.taxFen),
    'price.licence': formatYuan(deal.licenceFen),
    'terms.implementationDays': String(terms.implementationDays),
    'terms.paymentDays': String(terms.paymentDays),
    'terms.warrantyMonths': String(terms.warrantyMonths),
    'terms.maintenanceRate': formatPercentBp(terms.maintenanceRateBp),
    'terms.maintenanceFee': formatYuan(maintenanceFen),
    'terms.maintenanceFeeCapital': rmbCapital(maintenanceFen),
    'terms.liabilityCap': formatPercentBp(terms.liabilityCapBp),
    'terms.liabilityCapAmount': formatYuan(shareOf(deal.totalFen, terms.liabilityCapBp)),
    'terms.disputeBody': terms.disputeBody,
    'terms.trialDays': String(terms.trialDays),
    'terms.copies': zh ? chineseCopies(terms.copies) : String(terms.copies),
    'milestones.summary': deal.milestones
      .map((m) => `${m.label} ${formatPercentBp(m.percentBp)}`)
      .join(zh ? '、' : ', '),
  } as ContractMergeValues;
}

function chineseCopies(n: number): string {
  const words = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾'];
  return words[n] ?? String(n);
}

function isKnown(field: string): field is ContractMergeField {
  return (CONTRACT_MERGE_FIELDS as readonly string[]).includes(field);
}

/** Fields used in a text (table placeholders excluded). */
function fieldsOf(text: string): string[] {
  const withoutTables = Object.keys(TABLE_FIELDS).reduce((t, table) => t.split(table).join(''), text);
  return [...withoutTables.matchAll(MERGE_FIELD)].map((m) => m[1] ?? '');
}

/**
 * The party details every contract prints above its preamble (the parties clause uses them even
 * though its text does not name them): a blank one is a problem like any other field.
 */
export const REQUIRED_PARTY_FIELDS: readonly ContractMergeField[] = (['customer', 'company'] as const).flatMap((side) =>
  (['name', 'address', 'taxId', 'representative', 'bankName', 'bankAccount'] as const).map(
    (f) => `${side}.${f}` as const,
  ),
);

/** Every unknown or empty field in the clauses, in reading order. */
export function mergeProblems(clauses: readonly ContractClause[], values: ContractMergeValues): MergeProblem[] {
  const problems: MergeProblem[] = [];
  for (const clause of clauses) {
    const implicit = clause.category === 'parties' ? REQUIRED_PARTY_FIELDS : [];
    for (const field of [...implicit, ...fieldsOf(`${clause.heading}\n${clause.body}`)]) {
      const problem = !isKnown(field) ? 'unknown' : values[field].trim() === '' ? 'empty' : null;
      if (problem && !problems.some((p) => p.field === field && p.clauseId === clause.id)) {
        problems.push({ field, problem, clauseId: clause.id, heading: clause.heading });
      }
    }
  }
  return problems;
}

/** Fills the fields of one text; call only once mergeProblems is empty (an unresolved field throws). */
export function fillFields(text: string, values: ContractMergeValues): string {
  return text.replace(MERGE_FIELD, (whole, field: string) => {
    if (whole.replace(/\s+/g, '') in TABLE_FIELDS) return whole;
    if (!isKnown(field) || values[field].trim() === '') throw new Error(`unresolved merge field {{${field}}}`);
    return values[field];
  });
}

/**
 * Fills the fields of one text, a field without a value (empty or unknown) becoming `blank(field)`:
 * a draft's marked blank, "【待补充：甲方开户银行】".
 */
export function fillFieldsOrBlank(text: string, values: ContractMergeValues, blank: (field: string) => string): string {
  return text.replace(MERGE_FIELD, (whole, field: string) => {
    if (whole.replace(/\s+/g, '') in TABLE_FIELDS) return whole;
    return isKnown(field) && values[field].trim() !== '' ? values[field] : blank(field);
  });
}

/** Fills what can be filled and leaves any other field as written (for showing differences). */
export function fillKnownFields(text: string, values: ContractMergeValues): string {
  return text.replace(MERGE_FIELD, (whole, field: string) =>
    isKnown(field) && values[field].trim() !== '' ? values[field] : whole,
  );
}
