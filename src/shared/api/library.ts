import { z } from 'zod';
import { LOCALES } from '../locale';
import { ProposalContentSchema } from '../proposals/proposal';
import { RichDocSchema } from '../rich-text';
import { method, NoInput, OpportunityRef, text } from './common';
import { FileOutput } from './prices';

const Id = z.number().int().positive();
const Tags = z.array(z.string().trim().min(1).max(20)).max(20);

export const LIBRARY_KINDS = ['company', 'architecture', 'method', 'service', 'case', 'other'] as const;
export const LibraryKind = z.enum(LIBRARY_KINDS, 'err.invalidChoice');

export const LibrarySection = z.object({
  id: Id,
  kind: LibraryKind,
  title: z.string(),
  tags: z.array(z.string()),
  body: RichDocSchema,
  archived: z.boolean(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type LibrarySection = z.infer<typeof LibrarySection>;

export const LibrarySectionInput = z.object({
  id: Id.optional(),
  kind: LibraryKind,
  title: z.string().trim().min(1, 'err.required').max(100, 'err.tooLong'),
  tags: Tags,
  body: RichDocSchema,
});

export const SolutionFeature = z.object({
  name: z.string().trim().min(1, 'err.required').max(60, 'err.tooLong'),
  description: text(500),
});
export const SolutionModule = z.object({
  id: Id.optional(),
  name: z.string().trim().min(1, 'err.required').max(60, 'err.tooLong'),
  /** The catalogue item this module is sold as, so a proposal's scope and its quote agree. */
  itemCode: text(60),
  description: text(1000),
  features: z.array(SolutionFeature).max(100),
});
export const Solution = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  industry: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  archived: z.boolean(),
  isDemo: z.boolean(),
  modules: z.array(SolutionModule.extend({ id: Id })),
  updatedAt: z.string(),
});
export type Solution = z.infer<typeof Solution>;
export const SolutionInput = z.object({
  id: Id.optional(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,29}$/, 'err.library.code'),
  name: z.string().trim().min(1, 'err.required').max(100, 'err.tooLong'),
  industry: text(40),
  summary: text(2000),
  tags: Tags,
  modules: z.array(SolutionModule).max(60),
});

export const ProposalSummary = z.object({
  id: Id,
  /** The title as the customer reads it: merge fields filled in ("四海商贸 分销行业解决方案建议书"). */
  title: z.string(),
  /** The title as written, with its merge fields ("{{customer.shortName}} 分销行业解决方案建议书"). */
  titleTemplate: z.string(),
  customerName: z.string(),
  solutionName: z.string(),
  quoteNumber: z.string(),
  updatedAt: z.string(),
});
export type ProposalSummary = z.infer<typeof ProposalSummary>;
export const Proposal = z.object({
  id: Id,
  /** content.title with its merge fields filled in, as lists and the window title show it. */
  title: z.string(),
  opportunity: OpportunityRef,
  content: ProposalContentSchema,
  /** Problems to fix before exporting: unknown merge fields, person-days that differ from the quote. */
  warnings: z.array(z.string()),
  /** The export would fail with this message (an unknown merge field…); null when it can export. */
  blocker: z.string().nullable(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type Proposal = z.infer<typeof Proposal>;

export const DOCUMENT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;

export const libraryMethods = {
  'library.sections': method({
    input: z
      .object({ query: z.string().trim().max(100).default(''), includeArchived: z.boolean().default(false) })
      .default({ query: '', includeArchived: false }),
    output: z.array(LibrarySection),
    doc: 'Reusable sections; a query matches title, tags and text (Chinese included).',
  }),
  'library.saveSection': method({
    input: LibrarySectionInput,
    output: LibrarySection,
    doc: 'Adds or changes a section; its content is structured rich text.',
  }),
  'library.duplicateSection': method({
    input: z.object({ id: Id }),
    output: LibrarySection,
    doc: 'A copy named “… (副本)” to adapt without touching the original.',
  }),
  'library.archiveSection': method({
    input: z.object({ id: Id, archived: z.boolean() }),
    output: LibrarySection,
    doc: 'Hides a section from pickers (proposals that use it keep working) or brings it back.',
  }),
  'library.solutions': method({
    input: z
      .object({ query: z.string().trim().max(100).default(''), includeArchived: z.boolean().default(false) })
      .default({ query: '', includeArchived: false }),
    output: z.array(Solution),
    doc: 'Industry solutions with their modules (each linked to a catalogue item) and features.',
  }),
  'library.saveSolution': method({
    input: SolutionInput,
    output: Solution,
    doc: 'Adds or changes a solution with all its modules and features; codes are unique.',
  }),
  'library.duplicateSolution': method({
    input: z.object({ id: Id }),
    output: Solution,
    doc: 'A copy with code “…-COPY” and all modules and features.',
  }),
  'library.archiveSolution': method({
    input: z.object({ id: Id, archived: z.boolean() }),
    output: Solution,
    doc: 'Hides a solution from new proposals, or brings it back.',
  }),
  'library.export': method({
    input: NoInput,
    output: FileOutput,
    doc: 'The whole library (solutions, modules, features, sections) as one .json file to share with a team.',
  }),
  'library.import': method({
    input: z.object({ json: z.string().max(50_000_000) }),
    output: z.object({ solutions: z.number().int(), sections: z.number().int() }),
    doc: 'Adds a shared library file; existing solution codes and section titles are updated, nothing else changes. All or nothing.',
  }),
  'proposals.list': method({
    input: NoInput,
    output: z.array(ProposalSummary),
    doc: 'Proposals, most recently changed first.',
  }),
  'proposals.get': method({
    input: z.object({ id: Id }),
    output: Proposal,
    doc: 'One proposal with its warnings (merge fields, person-days against the quote).',
  }),
  'proposals.create': method({
    input: z.object({
      customerId: Id.nullable(),
      solutionId: Id.nullable(),
      quoteRevisionId: Id.nullable(),
      title: text(200).default(''),
      /** The opportunity (商机) it is for: its customer, needs, pain points and compelling events fill the situation chapter. */
      opportunityId: Id.nullable().default(null),
    }),
    output: Proposal,
    doc: 'A proposal with the built-in sections in the usual order, the solution’s modules chosen and its library sections attached.',
  }),
  'proposals.save': method({
    input: z.object({ id: Id, content: ProposalContentSchema }),
    output: Proposal,
    doc: 'Replaces a proposal’s content (sections in the new order).',
  }),
  'proposals.delete': method({
    input: z.object({ id: Id }),
    output: z.object({ deleted: Id }),
    doc: 'Deletes a proposal.',
  }),
  'proposals.export': method({
    input: z.object({ id: Id, format: z.enum(DOCUMENT_FORMATS), locale: z.enum(LOCALES) }),
    output: FileOutput,
    doc: 'The proposal as .docx or .pdf, or its deviation table as .xlsx; refused with the field named when a merge field is unknown.',
  }),
};
