import type { Locale } from '../locale';
import { formatPercentBp, formatYuan } from '../money';
import { missingDetails } from './blanks';
import { articleBlocks } from './clause-text';
import { sourceWording, versionKey, wordDiff, wordingText } from './clause-diff';
import type { Article, ContractDocument, Deviation, MissingDetail } from './document';
import { contractLabels, type PartyField } from './labels';
import { isForSigning } from './lifecycle';
import {
  contractMergeValues,
  fillFields,
  fillFieldsOrBlank,
  fillKnownFields,
  formatContractDate,
  mergeProblems,
  shareOf,
  type MergeProblem,
} from './merge';
import { reviewContract } from './review';
import {
  UNNUMBERED_CATEGORIES,
  type ContractContent,
  type ContractDeal,
  type ContractParty,
  type ContractState,
  type LibraryClause,
} from './types';

/** The version for signing cannot be laid out while merge fields are unresolved; names each one. */
export class UnresolvedFieldsError extends Error {
  constructor(readonly problems: MergeProblem[]) {
    super(`Unresolved merge fields: ${problems.map((p) => `{{${p.field}}} in ${p.heading}`).join(', ')}`);
    this.name = 'UnresolvedFieldsError';
  }
}

export interface ContractDocumentSource {
  /** The language of the words around the clauses (the clauses keep their template's language). */
  locale: Locale;
  number: string;
  revision: number;
  state: ContractState;
  content: ContractContent;
  deal: ContractDeal;
  /** Library clause versions the contract's standard clauses refer to. */
  versions: ReadonlyMap<string, LibraryClause>;
}

/** The party as printed: a missing detail a draft lacks is its marked blank. */
function printedParty(
  party: ContractParty,
  side: 'customer' | 'company',
  missing: readonly MissingDetail[],
): ContractParty {
  const printed = { ...party };
  for (const detail of missing) {
    const [prefix, field] = detail.field.split('.') as [string, PartyField];
    if (prefix === side && field in printed && printed[field].trim() === '') printed[field] = detail.blank;
  }
  return printed;
}

function partyLines(party: ContractParty, locale: Locale): { label: string; value: string }[] {
  const l = contractLabels(locale).party;
  return (
    [
      [l.name, party.name],
      [l.address, party.address],
      [l.taxId, party.taxId],
      [l.representative, party.representative],
      [l.bankName, party.bankName],
      [l.bankAccount, party.bankAccount],
      [l.contact, [party.contact, party.phone].filter((v) => v !== '').join('  ')],
    ] as const
  )
    .filter(([, value]) => value !== '')
    .map(([label, value]) => ({ label, value }));
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^>\s/, '').trim())
    .filter((line) => line !== '');
}

/**
 * Lays the contract out for the renderers. A draft (草稿, 法务审核中) with values missing prints a
 * marked blank for each and lists them (`missing`); the version for signing (已审核, 已签署)
 * throws UnresolvedFieldsError while any field is missing.
 */
export function buildContractDocument(source: ContractDocumentSource): ContractDocument {
  const { content, deal, locale } = source;
  const labels = contractLabels(locale);
  const values = contractMergeValues({
    locale,
    number: source.number,
    title: content.title,
    terms: content.terms,
    deal,
  });
  const problems = mergeProblems(content.clauses, values);
  if (problems.length > 0 && isForSigning(source.state)) throw new UnresolvedFieldsError(problems);
  const review = reviewContract(content, source.versions, locale);
  // Where a value is missing: its article ("第五条 合同价款及支付"), or the party's block for the
  // details the parties clause prints ("甲方（需方）").
  const placeOf = (problem: MergeProblem) => {
    const clause = content.clauses.find((c) => c.id === problem.clauseId);
    const side = problem.field.split('.')[0];
    if (clause?.category === 'parties' && (side === 'customer' || side === 'company')) {
      return side === 'customer' ? labels.partyA : labels.partyB;
    }
    const number = review.clauses.find((c) => c.id === problem.clauseId)?.number ?? '';
    return `${number} ${problem.heading}`.trim();
  };
  const missing = missingDetails(problems, locale, placeOf);
  const blankOf = (field: string) => missing.find((m) => m.field === field)?.blank ?? labels.blank(field);
  const fill = (text: string) =>
    missing.length === 0 ? fillFields(text, values) : fillFieldsOrBlank(text, values, blankOf);
  const customer = printedParty(deal.customer, 'customer', missing);
  const company = printedParty(deal.company, 'company', missing);

  const articles: Article[] = [];
  const preamble: string[] = [];
  const closing: string[] = [];
  for (const clause of content.clauses) {
    if (clause.category === 'parties') preamble.push(...lines(fill(clause.body)));
    else if (clause.category === 'signatures') closing.push(...lines(fill(clause.body)));
    if (UNNUMBERED_CATEGORIES.includes(clause.category)) continue;
    const index = articles.length + 1;
    const blocks = articleBlocks(fill(clause.body), index, locale);
    articles.push({
      index,
      number: review.clauses.find((c) => c.id === clause.id)?.number ?? '',
      heading: fill(clause.heading),
      blocks,
    });
  }

  // Legal reads the differences with the figures filled in ("12 → 二十四 个月"), not as field names.
  const filledDiff = (clauseId: string | null, fallback: Deviation['diff']): Deviation['diff'] => {
    const clause = content.clauses.find((c) => c.id === clauseId);
    const standard = clause ? sourceWording(clause, source.versions) : null;
    if (!clause || !standard) return fallback;
    return wordDiff(fillKnownFields(wordingText(standard), values), fillKnownFields(wordingText(clause), values));
  };
  const deviations: Deviation[] = review.nonStandard.map((item) => {
    const library = item.clauseId === null ? undefined : findClause(source.versions, item.clauseId, item.clauseVersion);
    return {
      number: item.number,
      heading: item.heading,
      status: item.status,
      diff: item.status === 'edited' ? filledDiff(item.id, item.diff) : item.diff,
      source: library ? `${library.key} v${library.version}` : '',
    };
  });

  const { terms } = content;
  const totalText = formatYuan(deal.totalFen);
  const keyTerms = [
    { label: labels.keyTerms.number, value: source.number },
    { label: labels.partyA, value: customer.name },
    { label: labels.partyB, value: company.name },
    { label: labels.keyTerms.quote, value: deal.quoteNumber },
    { label: labels.keyTerms.total, value: totalText },
    { label: labels.keyTerms.capital, value: deal.totalCapital },
    {
      label: labels.keyTerms.payment,
      value: deal.milestones
        .map((m) => `${m.label} ${formatPercentBp(m.percentBp)} ${formatYuan(m.amountFen)}`)
        .join(locale === 'zh-CN' ? '；' : '; '),
    },
    { label: labels.keyTerms.implementation, value: labels.days(terms.implementationDays) },
    { label: labels.keyTerms.warranty, value: labels.months(terms.warrantyMonths) },
    {
      label: labels.keyTerms.maintenance,
      value: labels.maintenanceValue(
        formatPercentBp(terms.maintenanceRateBp),
        formatYuan(shareOf(deal.licenceFen, terms.maintenanceRateBp)),
      ),
    },
    {
      label: labels.keyTerms.liability,
      value: labels.liabilityValue(
        formatPercentBp(terms.liabilityCapBp),
        formatYuan(shareOf(deal.totalFen, terms.liabilityCapBp)),
      ),
    },
    { label: labels.keyTerms.disputes, value: terms.disputeBody },
    {
      label: labels.keyTerms.signing,
      value: [terms.signingPlace, formatContractDate(terms.signingDate, locale)].filter((v) => v !== '').join(' '),
    },
  ].filter((row) => row.value !== '');

  return {
    locale,
    draft: !isForSigning(source.state),
    state: source.state,
    title: content.title,
    number: source.number,
    revision: source.revision,
    partyA: deal.customer,
    partyB: deal.company,
    partyLines: [
      { role: labels.partyA, lines: partyLines(customer, locale) },
      { role: labels.partyB, lines: partyLines(company, locale) },
    ],
    preamble,
    keyTerms,
    articles,
    schedule: {
      columns: labels.scheduleColumns,
      rows: deal.lines.map((line) => [
        line.no,
        line.name,
        line.spec,
        line.unit,
        line.quantity,
        formatPercentBp(line.vatRateBp),
        formatYuan(line.grossFen, { symbol: false }),
      ]),
      total: { label: labels.scheduleTotal, amount: formatYuan(deal.totalFen, { symbol: false }) },
    },
    milestones: {
      columns: labels.milestoneColumns,
      rows: deal.milestones.map((m, i) => [
        String(i + 1),
        m.label,
        labels.trigger(m.trigger, m.label, terms.paymentDays),
        formatPercentBp(m.percentBp),
        formatYuan(m.amountFen, { symbol: false }),
        m.capital,
      ]),
      total: { label: labels.milestoneTotal, amount: formatYuan(deal.totalFen, { symbol: false }) },
    },
    closing,
    signatures: [
      { role: labels.sealA, party: customer, date: formatContractDate(terms.signingDate, locale) },
      { role: labels.sealB, party: company, date: formatContractDate(terms.signingDate, locale) },
    ],
    deviations,
    missing,
    deal,
    milestoneList: deal.milestones,
    labels,
  };
}

function findClause(
  versions: ReadonlyMap<string, LibraryClause>,
  clauseId: number,
  version: number | null,
): LibraryClause | undefined {
  return version === null ? undefined : versions.get(versionKey(clauseId, version));
}
