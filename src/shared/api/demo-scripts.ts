import { z } from 'zod';
import { AUDIENCE_ROLES, DEMO_STEP_FIELDS, DEMO_STEP_KINDS } from '../demo-script/types';
import { LOCALES } from '../locale';
import { method, NoInput, OpportunityRef, text } from './common';
import { FileOutput } from './prices';

const Id = z.number().int().positive();
export const AudienceRole = z.enum(AUDIENCE_ROLES, 'err.invalidChoice');

export const DemoStepSchema = z.object({
  id: z.string().min(1).max(80),
  kind: z.enum(DEMO_STEP_KINDS),
  title: z.string().trim().min(1, 'err.required').max(120, 'err.tooLong'),
  minutes: z.number().int().min(0, 'err.demoScripts.minutes').max(600, 'err.demoScripts.minutes'),
  purpose: text(500),
  talkingPoints: z
    .array(z.object({ role: z.union([AudienceRole, z.literal('all')]), text: z.string().trim().min(1).max(1000) }))
    .max(60),
  checklist: z.array(z.string().trim().min(1).max(300)).max(40).optional(),
});
export const DemoScriptSchema = z
  .object({ steps: z.array(DemoStepSchema).min(1).max(80), totalMinutes: z.number().int().min(0) })
  .transform((script) => ({ ...script, totalMinutes: script.steps.reduce((sum, s) => sum + s.minutes, 0) }));

/** What the generator is asked for; kept so regenerating uses the same choices unless changed. */
export const DemoScriptSettings = z.object({
  title: z.string().trim().min(1, 'err.required').max(200, 'err.tooLong'),
  customerId: Id.nullable(),
  solutionId: Id.nullable(),
  moduleIds: z.array(Id).min(1, 'err.demoScripts.noModules').max(60),
  roles: z.array(AudienceRole).min(1, 'err.demoScripts.noRoles'),
  totalMinutes: z.number().int().min(10, 'err.demoScripts.total').max(600, 'err.demoScripts.total').nullable(),
  similarCustomers: z.array(z.string().trim().min(1).max(100)).max(10),
  locale: z.enum(LOCALES),
});
export type DemoScriptSettings = z.infer<typeof DemoScriptSettings>;

export const DemoScriptDetail = z.object({
  id: Id,
  opportunity: OpportunityRef,
  settings: DemoScriptSettings,
  script: DemoScriptSchema,
  /** Steps or fields the presenter changed by hand since the last generation. */
  editedSteps: z.array(z.string()),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type DemoScriptDetail = z.infer<typeof DemoScriptDetail>;

export const demoScriptMethods = {
  'demoScripts.list': method({
    input: NoInput,
    output: z.array(
      z.object({
        id: Id,
        title: z.string(),
        customerName: z.string(),
        totalMinutes: z.number().int(),
        steps: z.number().int(),
        updatedAt: z.string(),
      }),
    ),
    doc: 'Demo scripts, most recently changed first.',
  }),
  'demoScripts.get': method({
    input: z.object({ id: Id }),
    output: DemoScriptDetail,
    doc: 'One demo script with the steps edited by hand marked.',
  }),
  'demoScripts.create': method({
    /** With `opportunityId`, the script belongs to that opportunity (商机) and takes its customer. */
    input: DemoScriptSettings.extend({ opportunityId: Id.nullable().default(null) }),
    output: DemoScriptDetail,
    doc: 'Generates a script from the chosen modules and audience roles, following the standard demo flow.',
  }),
  'demoScripts.save': method({
    input: z.object({ id: Id, title: z.string().trim().min(1, 'err.required').max(200), script: DemoScriptSchema }),
    output: DemoScriptDetail,
    doc: 'Stores hand edits (steps, minutes, talking points); the total follows the steps.',
  }),
  'demoScripts.regenerate': method({
    input: z.object({ id: Id, settings: DemoScriptSettings }),
    output: z.object({
      detail: DemoScriptDetail,
      conflicts: z.array(
        z.object({ stepId: z.string(), field: z.enum(DEMO_STEP_FIELDS), reason: z.literal('editedByHand') }),
      ),
      removedEditedSteps: z.array(z.string()),
    }),
    doc: 'Generates again with new choices; hand edits are kept, never silently overwritten, and reported.',
  }),
  'demoScripts.delete': method({
    input: z.object({ id: Id }),
    output: z.object({ deleted: Id }),
    doc: 'Deletes a demo script.',
  }),
  'demoScripts.export': method({
    input: z.object({ id: Id, format: z.enum(['docx', 'pdf']), locale: z.enum(LOCALES) }),
    output: FileOutput,
    doc: 'The script as .docx or .pdf: timetable, then each step with purpose, checklist and talking points per role.',
  }),
};
