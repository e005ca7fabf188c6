import type { Locale } from '../locale';

/**
 * Contract drafts (合同草稿). A contract is an ordered list of clauses taken from the clause
 * library (条款库) through a template, filled with the parties and figures of an approved quote.
 * Money is integer fen, rates basis points, dates ISO (YYYY-MM-DD).
 *
 * A clause's body is plain text, one paragraph per line, so it can be edited in a text box and
 * compared word by word:
 *   - a line is a numbered sub-clause (1.1, 1.2 …) — unless it is the clause's only line, then it
 *     is an unnumbered paragraph;
 *   - a line starting with "- " is an item ((1), (2) …) under the sub-clause above it;
 *   - a line starting with "> " is an unnumbered paragraph (e.g. a lead-in sentence);
 *   - a line that is only {{table.schedule}} or {{table.milestones}} places that table there.
 * Merge fields ({{customer.name}}, {{price.totalCapital}} …) are filled from the contract.
 */

export const CLAUSE_CATEGORIES = [
  'parties',
  'definitions',
  'scope',
  'price',
  'delivery',
  'acceptance',
  'warranty',
  'licence',
  'confidentiality',
  'liability',
  'breach',
  'forceMajeure',
  'disputes',
  'notices',
  'effect',
  'signatures',
  'trial',
  'other',
] as const;
export type ClauseCategory = (typeof CLAUSE_CATEGORIES)[number];

/** Categories rendered outside the numbered articles: the parties head the contract, signatures end it. */
export const UNNUMBERED_CATEGORIES: readonly ClauseCategory[] = ['parties', 'signatures'];

/** One wording of a clause. Most clauses have one; some offer a choice (arbitration or court…). */
export interface ClauseWording {
  /** Stable within the clause: "default", "arbitration", "court", "milestone", "final". */
  key: string;
  /** What the choice is, shown in the picker ("仲裁" / "诉讼"). */
  label: string;
  heading: string;
  body: string;
}

/** A clause of the library at one version. */
export interface LibraryClause {
  id: number;
  /** Stable slug, unique per language ("disputes"); templates refer to clauses by id. */
  key: string;
  lang: Locale;
  category: ClauseCategory;
  mandatory: boolean;
  version: number;
  /** The first is the default. */
  wordings: ClauseWording[];
}

export const CONTRACT_KINDS = ['licence', 'trial'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const CONTRACT_STATES = ['draft', 'review', 'approved', 'signed'] as const;
export type ContractState = (typeof CONTRACT_STATES)[number];

export const CONTRACT_ACTIONS = ['submit', 'approve', 'return', 'sign', 'reopen'] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

/** What the contract says besides the quote's figures; shown in the key-terms table. */
export interface ContractTerms {
  /** 签订地点 */
  signingPlace: string;
  /** 签订日期; '' until known (the signature blocks then leave the date to be written by hand). */
  signingDate: string;
  /** 实施周期: working days from signing to go-live. */
  implementationDays: number;
  /** 付款期限: days to pay after each trigger. */
  paymentDays: number;
  /** 免费维护期 in months after acceptance. */
  warrantyMonths: number;
  /** 年度维护费 as basis points of the licence amount (1500 = 15%). */
  maintenanceRateBp: number;
  /** 违约责任上限 as basis points of the contract price (10000 = 100%). */
  liabilityCapBp: number;
  /** 争议解决机构: "上海仲裁委员会" or "乙方所在地人民法院". */
  disputeBody: string;
  /** 试用期 in days (trial agreements). */
  trialDays: number;
  /** 合同份数 */
  copies: number;
}

export type ClauseOrigin = 'standard' | 'added';

/** One clause of a contract as drafted (and perhaps edited). */
export interface ContractClause {
  /** Stable within the contract. */
  id: string;
  origin: ClauseOrigin;
  /** For standard clauses: the library clause, the version used and the wording chosen. */
  clauseId: number | null;
  clauseVersion: number | null;
  wording: string | null;
  category: ClauseCategory;
  mandatory: boolean;
  heading: string;
  body: string;
}

/** A standard clause the drafter took out (only optional clauses can go). */
export interface RemovedClause {
  clauseId: number;
  clauseVersion: number;
  wording: string;
  heading: string;
}

/** The editable content of one contract revision. */
export interface ContractContent {
  title: string;
  terms: ContractTerms;
  clauses: ContractClause[];
  removed: RemovedClause[];
}

export interface ContractParty {
  name: string;
  address: string;
  taxId: string;
  bankName: string;
  bankAccount: string;
  representative: string;
  contact: string;
  phone: string;
}

export type MilestoneTrigger = 'signing' | 'goLive' | 'acceptance' | 'final' | 'other';

export interface DealMilestone {
  label: string;
  trigger: MilestoneTrigger;
  percentBp: number;
  amountFen: number;
  capital: string;
}

export interface DealLine {
  no: string;
  code: string;
  name: string;
  spec: string;
  unit: string;
  quantity: string;
  vatRateBp: number;
  /** Tax-inclusive amount of the line, after every discount. */
  grossFen: number;
  netFen: number;
  taxFen: number;
  /** A software licence line (counted for the annual maintenance fee). */
  licence: boolean;
}

/**
 * The quote's figures and parties, frozen when the contract is created: changing the quote, the
 * price list, the customer or the company later never changes an existing contract.
 */
export interface ContractDeal {
  quoteId: number;
  quoteRevisionId: number;
  /** "BJ-2026-0001-A" */
  quoteNumber: string;
  /** 甲方: the customer. */
  customer: ContractParty;
  /** 乙方: our company. */
  company: ContractParty;
  lines: DealLine[];
  vatSummary: { vatRateBp: number; netFen: number; taxFen: number; grossFen: number }[];
  netFen: number;
  taxFen: number;
  totalFen: number;
  totalCapital: string;
  /** Sum of the licence lines (base of the annual maintenance fee). */
  licenceFen: number;
  milestones: DealMilestone[];
}
