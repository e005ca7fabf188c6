import type { Locale } from '../locale';
import type { ClauseStatus, DiffPart } from './clause-diff';
import type { ContractDeal, ContractParty, ContractState, DealMilestone } from './types';

/**
 * Everything a contract document shows, computed once by buildContractDocument: the .docx (for
 * legal) and the .pdf (for signing) renderers read only this, so they cannot disagree. Every merge
 * field is already filled — in a draft, a field without a value is its marked blank (see
 * `missing`); every number and 大写 is already formatted.
 */

/** A paragraph of an article. Level 1 is a sub-clause (1.1), level 2 an item ((1)), 0 plain text. */
export interface ArticleParagraph {
  kind: 'paragraph';
  level: 0 | 1 | 2;
  /** "1.1", "(1)" or "" — for renderers that type numbers (PDF); the .docx uses Word numbering. */
  number: string;
  text: string;
}

export interface ArticleTable {
  kind: 'table';
  table: 'schedule' | 'milestones';
}

export type ArticleBlock = ArticleParagraph | ArticleTable;

export interface Article {
  /** 1-based article number. */
  index: number;
  /** "第一条" / "Article 1" — typed numbers for the PDF. */
  number: string;
  heading: string;
  blocks: ArticleBlock[];
}

export interface Deviation {
  /** "第五条" / "Article 5", or '' for removed clauses and unnumbered ones. */
  number: string;
  heading: string;
  status: Exclude<ClauseStatus, 'standard'>;
  /** Word-level changes against the standard wording (edited clauses only). */
  diff: DiffPart[];
  /** The clause library reference, e.g. "disputes v2 (仲裁)"; '' for added clauses. */
  source: string;
}

export interface SignatureBlock {
  /** "甲方（盖章）" */
  role: string;
  party: ContractParty;
  /** The signing date if known, else '' (the block then shows "____年__月__日"). */
  date: string;
}

/** A value a draft does not have yet: printed as a marked blank where it belongs, and listed on page 1. */
export interface MissingDetail {
  /** The merge field ("customer.bankName"), or the name written for a field that does not exist. */
  field: string;
  /** "甲方开户银行" / "Party A bank" */
  label: string;
  /** What is printed in its place: "【待补充：甲方开户银行】" / "[To be completed: Party A bank]". */
  blank: string;
  /** Where it is missing, in reading order: "合同双方", "第五条 合同价款及支付". */
  places: string[];
}

export interface ContractDocument {
  locale: Locale;
  /** Not yet approved by legal: the PDF carries a 草稿 / DRAFT watermark. */
  draft: boolean;
  state: ContractState;
  title: string;
  /** "HT-2026-0001" */
  number: string;
  revision: number;
  /** 甲方 = customer, 乙方 = our company. */
  partyA: ContractParty;
  partyB: ContractParty;
  /** Lines shown under the title: 甲方：… 乙方：… with address, tax ID, bank, representative. */
  partyLines: { role: string; lines: { label: string; value: string }[] }[];
  /** The parties clause's text, shown before the first article ("甲乙双方经友好协商…"). */
  preamble: string[];
  /** The first page's table: contract number, parties, total, 大写, periods, fees. */
  keyTerms: { label: string; value: string }[];
  articles: Article[];
  schedule: {
    columns: string[];
    rows: string[][];
    /** The total row: label and the formatted amount. */
    total: { label: string; amount: string };
  };
  milestones: { columns: string[]; rows: string[][]; total: { label: string; amount: string } };
  /** The signatures clause's text, shown above the seal blocks. */
  closing: string[];
  signatures: [SignatureBlock, SignatureBlock];
  deviations: Deviation[];
  /**
   * The values still to complete (a draft only; the version for signing has none): each is printed
   * as its `blank` wherever it is used, and the list is shown on the first page.
   */
  missing: MissingDetail[];
  deal: ContractDeal;
  milestoneList: DealMilestone[];
  labels: ContractDocumentLabels;
}

export interface ContractDocumentLabels {
  draftWatermark: string;
  keyTermsTitle: string;
  deviationsTitle: string;
  deviationsIntro: string;
  noDeviations: string;
  deviationColumns: { number: string; heading: string; status: string; change: string };
  statusText: Record<Exclude<ClauseStatus, 'standard'>, string>;
  signatureRepresentative: string;
  signatureDate: string;
  blankDate: string;
  /** "第 {{page}} 页 共 {{pages}} 页" with {page} and {pages} placeholders. */
  pageOf: string;
  headerNote: string;
  /** "合同" / "Contract": the first word of exported file names. */
  fileTitle: string;
  /** The first page's box of values still to complete: "待补充信息" / "Details to complete". */
  missingTitle: string;
  missingIntro: string;
  /** The places after a missing value's label: "（{places}）", the headings joined by placesSeparator. */
  missingWhere: string;
  placesSeparator: string;
}
