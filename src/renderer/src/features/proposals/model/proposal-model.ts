import type { TFunction } from 'i18next';
import type { CompanyProfile } from '../../../../../shared/api/company';
import type { Customer } from '../../../../../shared/api/customers';
import type { LibrarySection, Solution } from '../../../../../shared/api/library';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { mergeValues } from '../../../../../shared/proposals/assemble';
import { mergeProblems, type MergeFieldError, type MergeValues } from '../../../../../shared/proposals/merge-fields';
import {
  ProposalContentSchema,
  type ProposalContent,
  type ProposalSection,
} from '../../../../../shared/proposals/proposal';
import { plainText } from '../../../../../shared/rich-text';

/** A fresh id for a section or a row (unique enough within one proposal, ≤ 40 characters). */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** The sections with one moved from `from` to position `to` (indexes in the list before the move). */
export function moveSection<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** The local date as YYYY-MM-DD (what {{today}} becomes). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(iso: string, days: number): string {
  const [y = 2000, m = 1, d = 1] = iso.split('-').map(Number);
  return todayIso(new Date(y, m - 1, d + days));
}

// ——— Field errors ———

/**
 * Error paths as the contract reports them ("content.sections.3.rows.2.requirement") turned into
 * stable keys the editors look up ("sections.<sectionId>.rows.<rowId>.requirement"): indexes of
 * sections and of rows, phases and team members become their ids, so an error stays on its field
 * while the engineer reorders.
 */
export function placeError(path: readonly (string | number)[], sent: ProposalContent): string {
  const parts = path.map(String).filter((p) => p !== '');
  if (parts[0] === 'content') parts.shift();
  if (parts[0] !== 'sections') return parts.join('.') || '_';
  const section = sent.sections[Number(parts[1])];
  if (!section) return parts.join('.');
  const out = ['sections', section.id];
  const [field, index, ...rest] = parts.slice(2);
  if (field === undefined) return out.join('.');
  const rows =
    field === 'rows' && 'rows' in section
      ? (section.rows as { id: string }[])
      : field === 'phases' && section.kind === 'plan'
        ? section.phases
        : field === 'team' && section.kind === 'plan'
          ? section.team
          : null;
  const row = rows && index !== undefined ? rows[Number(index)] : undefined;
  if (row) return [...out, field, row.id, ...rest].join('.');
  return [...out, field, ...(index === undefined ? [] : [index]), ...rest].join('.');
}

export type ErrorMap = Record<string, string>;

export function placeErrors(fields: Record<string, string>, sent: ProposalContent): ErrorMap {
  const out: ErrorMap = {};
  for (const [key, message] of Object.entries(fields)) {
    const path = key.replace(/\[(\d+)\]/g, '.$1').split('.');
    out[placeError(path, sent)] ??= message;
  }
  return out;
}

/** The first error at or under a key ("sections.s1" matches "sections.s1.rows.r2.note"). */
export function errorAt(errors: ErrorMap, key: string): string | undefined {
  if (errors[key] !== undefined) return errors[key];
  const found = Object.keys(errors).find((k) => k.startsWith(`${key}.`));
  return found === undefined ? undefined : errors[found];
}

export function countUnder(errors: ErrorMap, key: string): number {
  return Object.keys(errors).filter((k) => k === key || k.startsWith(`${key}.`)).length;
}

/**
 * What the server would refuse, found here first with the same schema: autosave waits until it
 * is fixed instead of failing, and each problem is shown on its field at once.
 */
export function localErrors(content: ProposalContent, t: TFunction): ErrorMap {
  const parsed = ProposalContentSchema.safeParse(content);
  if (parsed.success) return {};
  const out: ErrorMap = {};
  for (const issue of parsed.error.issues) {
    const params: Record<string, unknown> = {};
    if ('maximum' in issue) params.max = String(issue.maximum);
    if ('minimum' in issue) params.min = String(issue.minimum);
    const message = issue.message.startsWith('err.')
      ? t(issue.message, params)
      : issue.code === 'too_small'
        ? t('err.required')
        : t('err.format');
    out[placeError(issue.path as (string | number)[], content)] ??= message;
  }
  return out;
}

// ——— Merge fields, checked live ———

export interface MergeContext {
  customer: Customer | null;
  company: CompanyProfile | null;
  quote: QuoteDetail | null;
  solution: Solution | null;
}

/** The values the server fills fields with, from what the screen has loaded (same rules: assemble.ts). */
export function liveMergeValues(content: ProposalContent, context: MergeContext): MergeValues {
  const { customer, company, quote, solution } = context;
  return mergeValues({
    locale: 'zh-CN',
    content,
    today: todayIso(),
    company: {
      name: company?.name ?? '',
      shortName: company?.shortName ?? '',
      address: company?.address ?? '',
      phone: company?.phone ?? '',
      website: company?.website ?? '',
      logo: null,
    },
    customer: customer
      ? {
          name: customer.name,
          shortName: customer.shortName,
          contact: customer.contact,
          industry: customer.industry,
          address: customer.address,
        }
      : null,
    solution: solution ? { name: solution.name, summary: solution.summary, modules: [] } : null,
    quote: quote
      ? {
          number: quote.number,
          revision: quote.revision,
          validUntil: quote.content.validUntil,
          sections: [],
          vatSummary: [],
          totalNetFen: quote.priced.totalNetFen,
          totalTaxFen: quote.priced.totalTaxFen,
          totalFen: quote.priced.totalFen,
          totalCapital: quote.totalCapital,
          personDays: '',
        }
      : null,
    library: new Map(),
  });
}

export interface MergeProblem {
  field: string;
  problem: MergeFieldError['problem'];
  /** The chapter title (or the document title) it is written in. */
  where: string;
  /** The section to open to fix it; null for the document title. */
  sectionId: string | null;
}

interface TextSources {
  library: Map<number, LibrarySection>;
  solution: Solution | null;
  moduleIds: number[];
}

function sectionTexts(section: ProposalSection, sources: TextSources): string[] {
  const texts = [section.title];
  switch (section.kind) {
    case 'solution':
      if (sources.solution) {
        texts.push(sources.solution.summary);
        for (const module of sources.solution.modules) {
          if (!sources.moduleIds.includes(module.id)) continue;
          texts.push(module.description, ...module.features.map((f) => f.description));
        }
      }
      break;
    case 'situation':
      texts.push(plainText(section.body), ...section.needs, ...section.painPoints);
      break;
    case 'requirements':
      for (const row of section.rows) texts.push(row.requirement, row.note);
      break;
    case 'plan':
      texts.push(section.lead);
      for (const phase of section.phases) texts.push(phase.name, phase.milestone);
      for (const member of section.team) texts.push(member.role, member.name);
      break;
    case 'risks':
      for (const row of section.rows) texts.push(row.risk, row.mitigation);
      break;
    case 'library': {
      const source = sources.library.get(section.librarySectionId);
      if (source) texts.push(plainText(source.body));
      break;
    }
    case 'custom':
      texts.push(plainText(section.body));
      break;
    default:
      break;
  }
  return texts;
}

/** Every unknown or empty merge field in the proposal, with the chapter it is in. */
export function liveMergeProblems(
  content: ProposalContent,
  values: MergeValues,
  library: Map<number, LibrarySection>,
  solution: Solution | null,
): MergeProblem[] {
  const problems: MergeProblem[] = [];
  const seen = new Set<string>();
  const add = (errors: MergeFieldError[], sectionId: string | null) => {
    for (const error of errors) {
      const key = `${sectionId}|${error.field}|${error.problem}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ field: error.field, problem: error.problem, where: error.where, sectionId });
    }
  };
  add(mergeProblems(content.title, values, ''), null);
  for (const section of content.sections) {
    const sources = { library, solution, moduleIds: content.moduleIds };
    for (const text of sectionTexts(section, sources)) add(mergeProblems(text, values, section.title), section.id);
  }
  return problems;
}

/** Why a section prints no chapter of its own (null = it prints one), by the assembler's rules. */
export type NotPrinted = 'cover' | 'toc' | 'noSolution' | 'noQuote' | 'missingLibrary';
export function notPrinted(
  section: ProposalSection,
  has: { solution: boolean; quote: boolean; library: (id: number) => boolean },
): NotPrinted | null {
  if (section.kind === 'cover') return 'cover';
  if (section.kind === 'toc') return 'toc';
  if (section.kind === 'solution' && !has.solution) return 'noSolution';
  if (section.kind === 'budget' && !has.quote) return 'noQuote';
  if (section.kind === 'library' && !has.library(section.librarySectionId)) return 'missingLibrary';
  return null;
}
