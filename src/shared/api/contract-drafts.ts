import { z } from 'zod';
import {
  CLAUSE_CATEGORIES,
  CONTRACT_ACTIONS,
  CONTRACT_KINDS,
  CONTRACT_STATES,
  type ContractContent as ContractContentType,
  type LibraryClause as LibraryClauseType,
} from '../contract-drafts/types';
import { LOCALES } from '../locale';
import { method, NoInput, OpportunityRef, text } from './common';
import { FileOutput } from './prices';

/**
 * Contract drafts (合同草稿): the clause library (clauses.*), templates (contractTemplates.*) and
 * contracts drafted from approved quotes (contracts.*).
 */

const Id = z.number().int().positive();
const Locale = z.enum(LOCALES, 'err.invalidChoice');
const Category = z.enum(CLAUSE_CATEGORIES, 'err.invalidChoice');
const Bp = z.number().int().min(0, 'err.contracts.percent').max(10_000, 'err.contracts.percent');
const Days = z.number().int().min(0, 'err.contracts.days').max(3650, 'err.contracts.days');
const IsoDateOrBlank = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'err.contracts.date')]);

export const ClauseWording = z.object({
  key: z
    .string()
    .trim()
    .min(1, 'err.required')
    .max(40, 'err.tooLong')
    .regex(/^[a-z][a-z0-9-]*$/, 'err.contracts.key'),
  label: z.string().trim().min(1, 'err.required').max(40, 'err.tooLong'),
  heading: z.string().trim().min(1, 'err.required').max(80, 'err.tooLong'),
  body: z.string().trim().min(1, 'err.required').max(20_000, 'err.tooLong'),
});

export const LibraryClause = z.object({
  id: Id,
  key: z.string(),
  lang: Locale,
  category: Category,
  mandatory: z.boolean(),
  version: z.number().int().positive(),
  wordings: z.array(ClauseWording).min(1),
}) satisfies z.ZodType<LibraryClauseType>;
export type LibraryClause = z.infer<typeof LibraryClause>;

export const ClauseSummary = LibraryClause.extend({
  versions: z.number().int(),
  updatedAt: z.string(),
  /** How many contracts use any version of it. */
  usedBy: z.number().int(),
});
export type ClauseSummary = z.infer<typeof ClauseSummary>;

export const ClauseInput = z.object({
  id: Id.optional(),
  key: z
    .string()
    .trim()
    .min(1, 'err.required')
    .max(60, 'err.tooLong')
    .regex(/^[a-z][a-z0-9-]*$/, 'err.contracts.key'),
  lang: Locale,
  category: Category,
  mandatory: z.boolean(),
  wordings: z
    .array(ClauseWording)
    .min(1, 'err.contracts.noWording')
    .max(6)
    .refine((ws) => new Set(ws.map((w) => w.key)).size === ws.length, 'err.contracts.duplicateWording'),
  note: text(200).default(''),
  by: text(40).default(''),
});
export type ClauseInput = z.input<typeof ClauseInput>;

export const ContractTerms = z.object({
  signingPlace: text(60),
  signingDate: IsoDateOrBlank,
  implementationDays: Days,
  paymentDays: Days,
  warrantyMonths: z.number().int().min(0, 'err.contracts.months').max(120, 'err.contracts.months'),
  maintenanceRateBp: Bp,
  liabilityCapBp: Bp,
  disputeBody: text(80),
  trialDays: Days,
  copies: z.number().int().min(2, 'err.contracts.copies').max(10, 'err.contracts.copies'),
});

export const ContractClause = z.object({
  id: z.string().min(1).max(80),
  origin: z.enum(['standard', 'added']),
  clauseId: Id.nullable(),
  clauseVersion: z.number().int().positive().nullable(),
  wording: z.string().max(40).nullable(),
  category: Category,
  mandatory: z.boolean(),
  heading: z.string().trim().min(1, 'err.contracts.heading').max(80, 'err.tooLong'),
  body: z.string().trim().min(1, 'err.contracts.body').max(20_000, 'err.tooLong'),
});

export const ContractContent = z.object({
  title: z.string().trim().min(1, 'err.required').max(120, 'err.tooLong'),
  terms: ContractTerms,
  clauses: z
    .array(ContractClause)
    .min(1)
    .max(200)
    .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'err.contracts.duplicateClause'),
  removed: z.array(
    z.object({
      clauseId: Id,
      clauseVersion: z.number().int().positive(),
      wording: z.string(),
      heading: z.string(),
    }),
  ),
}) satisfies z.ZodType<ContractContentType>;
export type ContractContent = z.infer<typeof ContractContent>;

const Party = z.object({
  name: z.string(),
  address: z.string(),
  taxId: z.string(),
  bankName: z.string(),
  bankAccount: z.string(),
  representative: z.string(),
  contact: z.string(),
  phone: z.string(),
});

export const ContractDeal = z.object({
  quoteId: Id,
  quoteRevisionId: Id,
  quoteNumber: z.string(),
  customer: Party,
  company: Party,
  lines: z.array(
    z.object({
      no: z.string(),
      code: z.string(),
      name: z.string(),
      spec: z.string(),
      unit: z.string(),
      quantity: z.string(),
      vatRateBp: z.number().int(),
      grossFen: z.number().int(),
      netFen: z.number().int(),
      taxFen: z.number().int(),
      licence: z.boolean(),
    }),
  ),
  vatSummary: z.array(
    z.object({
      vatRateBp: z.number().int(),
      netFen: z.number().int(),
      taxFen: z.number().int(),
      grossFen: z.number().int(),
    }),
  ),
  netFen: z.number().int(),
  taxFen: z.number().int(),
  totalFen: z.number().int(),
  totalCapital: z.string(),
  licenceFen: z.number().int(),
  milestones: z.array(
    z.object({
      label: z.string(),
      trigger: z.enum(['signing', 'goLive', 'acceptance', 'final', 'other']),
      percentBp: z.number().int(),
      amountFen: z.number().int(),
      capital: z.string(),
    }),
  ),
});

const DiffPart = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

export const ContractTemplate = z.object({
  id: Id,
  key: z.string(),
  name: z.string(),
  lang: Locale,
  kind: z.enum(CONTRACT_KINDS),
  description: z.string(),
  clauses: z.array(
    z.object({
      clauseId: Id,
      key: z.string(),
      heading: z.string(),
      category: Category,
      mandatory: z.boolean(),
      wording: z.string(),
    }),
  ),
  terms: ContractTerms,
});
export type ContractTemplate = z.infer<typeof ContractTemplate>;

const State = z.enum(CONTRACT_STATES);

export const ContractDetail = z.object({
  id: Id,
  opportunity: OpportunityRef,
  number: z.string(),
  revision: z.number().int(),
  state: State,
  /** Only the latest revision in draft can be edited. */
  editable: z.boolean(),
  allowedActions: z.array(z.enum(CONTRACT_ACTIONS)),
  template: z.object({ id: Id, key: z.string(), name: z.string(), kind: z.enum(CONTRACT_KINDS) }),
  lang: Locale,
  quote: z.object({ id: Id, revisionId: Id, number: z.string() }),
  deal: ContractDeal,
  content: ContractContent,
  /** Each clause as standard / edited (with its word diff) / added, with its article number. */
  clauses: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      heading: z.string(),
      status: z.enum(['standard', 'edited', 'added']),
      diff: z.array(DiffPart),
    }),
  ),
  /** 非标条款清单: edited, added and removed clauses, in contract order. */
  nonStandard: z.array(
    z.object({
      id: z.string().nullable(),
      number: z.string(),
      heading: z.string(),
      status: z.enum(['edited', 'added', 'removed']),
      diff: z.array(DiffPart),
      clauseId: Id.nullable(),
      clauseVersion: z.number().int().nullable(),
    }),
  ),
  /** Merge fields that do not resolve; the contract cannot go to legal or be exported until fixed. */
  problems: z.array(
    z.object({ field: z.string(), problem: z.enum(['unknown', 'empty']), clauseId: z.string(), heading: z.string() }),
  ),
  /** The library clause versions the standard clauses came from (for wording choices and resets). */
  library: z.array(LibraryClause),
  /** Optional library clauses of the contract's language not in the contract (to add back). */
  available: z.array(LibraryClause),
  revisions: z.array(z.object({ revision: z.number().int(), state: State, createdAt: z.string() })),
  events: z.array(
    z.object({
      at: z.string(),
      kind: z.string(),
      actor: z.string(),
      comment: z.string(),
      fromState: State.nullable(),
      toState: State.nullable(),
      revision: z.number().int(),
    }),
  ),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContractDetail = z.infer<typeof ContractDetail>;

export const ContractSummary = z.object({
  id: Id,
  number: z.string(),
  title: z.string(),
  customerName: z.string(),
  quoteNumber: z.string(),
  templateName: z.string(),
  state: State,
  revision: z.number().int(),
  totalFen: z.number().int(),
  nonStandard: z.number().int(),
  updatedAt: z.string(),
});
export type ContractSummary = z.infer<typeof ContractSummary>;

const Ref = z.object({ id: Id, revision: z.number().int().positive().optional() });

export const contractDraftMethods = {
  'clauses.list': method({
    input: z.object({ lang: Locale.optional() }),
    output: z.array(ClauseSummary),
    doc: 'The clause library at its current versions, by language and category.',
  }),
  'clauses.get': method({
    input: z.object({ id: Id }),
    output: z.object({
      clause: ClauseSummary,
      history: z.array(
        z.object({
          version: z.number().int(),
          mandatory: z.boolean(),
          wordings: z.array(ClauseWording),
          note: z.string(),
          createdBy: z.string(),
          createdAt: z.string(),
        }),
      ),
    }),
    doc: 'One clause with every version, newest first.',
  }),
  'clauses.save': method({
    input: ClauseInput,
    output: ClauseSummary,
    doc: 'Creates a clause, or saves an edit as a new version; earlier versions stay as they were for the contracts that use them.',
  }),
  'contractTemplates.list': method({
    input: NoInput,
    output: z.array(ContractTemplate),
    doc: 'Contract templates: ordered clauses (current versions) and starting key terms.',
  }),
  'contracts.list': method({
    input: NoInput,
    output: z.array(ContractSummary),
    doc: 'Contracts, most recently changed first.',
  }),
  'contracts.get': method({
    input: Ref,
    output: ContractDetail,
    doc: 'One contract (latest revision unless asked) with each clause reviewed against the library.',
  }),
  'contracts.create': method({
    input: z.object({
      /** "BJ-2026-0001" (latest revision) or "BJ-2026-0001-B". */
      quoteNumber: z.string().trim().min(1, 'err.required').max(40),
      /** A template id or key; defaults to the licence template in the quote's language. */
      template: z.union([Id, z.string().trim().min(1).max(40)]).optional(),
      /** Who drafts it (recorded in the history); defaults to the quote's preparer. */
      by: text(40).optional(),
    }),
    output: ContractDetail,
    doc: 'Drafts a contract from an approved quote: parties, schedule, total, 大写 and milestones equal to the quote; an unapproved quote is refused with the reason.',
  }),
  'contracts.save': method({
    input: z.object({ id: Id, content: ContractContent }),
    output: ContractDetail,
    doc: 'Stores the draft as edited (clauses, key terms); mandatory standard clauses cannot be removed.',
  }),
  'contracts.act': method({
    input: z.object({
      id: Id,
      action: z.enum(CONTRACT_ACTIONS),
      by: z.string().trim().min(1, 'err.required').max(40, 'err.tooLong'),
      comment: text(500).default(''),
    }),
    output: ContractDetail,
    doc: 'Moves the contract on: submit to legal review, approve, return for changes (new revision), sign, reopen (new revision); records who and when.',
  }),
  'contracts.delete': method({
    input: z.object({ id: Id }),
    output: z.object({ deleted: Id }),
    doc: 'Deletes a contract that has never left draft.',
  }),
  'contracts.export': method({
    input: z.object({
      id: Id,
      revision: z.number().int().positive().optional(),
      format: z.enum(['docx', 'pdf']),
      locale: Locale,
    }),
    output: FileOutput,
    doc: '.docx for legal (Word numbering, key terms, non-standard clause appendix) or .pdf for signing (seal blocks); refused while a merge field is unresolved.',
  }),
};
