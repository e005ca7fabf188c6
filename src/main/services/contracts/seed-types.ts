import type { ClauseCategory, ClauseWording, ContractKind, ContractTerms } from '../../../shared/contract-drafts/types';
import type { Locale } from '../../../shared/locale';

/**
 * The starter clause library and templates written into a new database (standard-clauses.*.ts,
 * standard-templates.ts). They are the company's to edit: editing a clause makes a new version.
 */

export interface StandardClauseSeed {
  /** Unique per language; templates refer to clauses by it. */
  key: string;
  lang: Locale;
  category: ClauseCategory;
  mandatory: boolean;
  /** The first wording is the default; alternatives are real choices (仲裁/诉讼, 分阶段验收/终验). */
  wordings: ClauseWording[];
}

export interface TemplateSeed {
  /** Stable id used by the CLI (`--template licence-zh`). */
  key: string;
  name: string;
  lang: Locale;
  kind: ContractKind;
  description: string;
  /** Clause keys (same language) in contract order, with the wording to start from. */
  clauses: { key: string; wording?: string }[];
  /** Key terms a new contract from this template starts with. */
  terms: ContractTerms;
}

/** A clause with one wording, the default one, labelled 标准 / Standard: its body one paragraph per argument. */
export function oneWording(label: string, heading: string, ...body: string[]): ClauseWording[] {
  return [{ key: 'default', label, heading, body: body.join('\n') }];
}
