import { z } from 'zod';
import { ContractTemplate, LibraryClause } from './contract-drafts';
import { method, text } from './common';

/**
 * Editing contract templates (合同模板): which library clauses a new contract starts with, in which
 * order and wording, and the template's name. Contracts already drafted keep their own copy of
 * the clauses, so editing a template never changes them.
 */

const Id = z.number().int().positive();

export const TemplateClauseInput = z.object({
  /** The library clause (for a copy: the clause it is copied from). */
  clauseId: Id,
  wording: z.string().trim().min(1, 'err.required').max(40, 'err.tooLong'),
  /** Saves a new library clause copied from `clauseId` (every wording) and lists it here instead. */
  copy: z
    .object({
      key: z
        .string()
        .trim()
        .min(1, 'err.required')
        .max(60, 'err.tooLong')
        .regex(/^[a-z][a-z0-9-]*$/, 'err.contracts.key'),
      heading: z.string().trim().min(1, 'err.contracts.heading').max(80, 'err.tooLong'),
    })
    .optional(),
});
export type TemplateClauseInput = z.input<typeof TemplateClauseInput>;

export const TemplateSaveInput = z.object({
  id: Id,
  name: z.string().trim().min(1, 'err.contractTemplates.nameRequired').max(80, 'err.tooLong'),
  description: text(400).default(''),
  clauses: z
    .array(TemplateClauseInput)
    .min(1, 'err.contractTemplates.noClause')
    .max(100, 'err.contractTemplates.tooManyClauses'),
});
export type TemplateSaveInput = z.input<typeof TemplateSaveInput>;

/** A template as its editor needs it: the template, how many contracts were drafted from it, the library. */
export const ContractTemplateDetail = z.object({
  template: ContractTemplate,
  /** Contracts drafted from it (they keep their clauses whatever the template becomes). */
  usedBy: z.number().int(),
  /** The library's clauses in the template's language (current versions), to add from. */
  library: z.array(LibraryClause),
});
export type ContractTemplateDetail = z.infer<typeof ContractTemplateDetail>;

export const contractTemplateMethods = {
  'contractTemplates.get': method({
    input: z.object({ id: Id }),
    output: ContractTemplateDetail,
    doc: 'One template with the number of contracts drafted from it and the clause library of its language.',
  }),
  'contractTemplates.save': method({
    input: TemplateSaveInput,
    output: ContractTemplateDetail,
    doc: 'Renames a template and sets its clauses (added, removed, reordered, copied as new library clauses); a name and at least one clause are required. Contracts drafted from it do not change.',
  }),
  'contractTemplates.copy': method({
    input: z.object({
      id: Id,
      /** Default: the name with （副本） / (copy). */
      name: z.string().trim().min(1, 'err.contractTemplates.nameRequired').max(80, 'err.tooLong').optional(),
    }),
    output: ContractTemplateDetail,
    doc: 'Copies a template (clauses, wordings, starting key terms) under a new name and key.',
  }),
  'contractTemplates.delete': method({
    input: z.object({ id: Id }),
    output: z.object({ deleted: Id }),
    doc: 'Deletes a template no contract was drafted from; the last template of a language stays.',
  }),
};
