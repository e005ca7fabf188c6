import { z } from 'zod';
import { method, NoInput } from './common';

export const DemoStatus = z.object({
  loaded: z.boolean(),
  companyIsDemo: z.boolean(),
  items: z.number().int(),
  solutions: z.number().int(),
  customers: z.number().int(),
});
export type DemoStatus = z.infer<typeof DemoStatus>;

export const demoMethods = {
  'demo.status': method({ input: NoInput, output: DemoStatus, doc: 'What demo data is in the database.' }),
  'demo.load': method({
    input: NoInput,
    output: DemoStatus,
    doc: 'Adds the demo company (only if no profile exists), catalogue, solutions and customer; idempotent.',
  }),
  'demo.clear': method({
    input: NoInput,
    output: DemoStatus,
    doc: 'Deletes every row marked as demo in one transaction; what the user entered or edited stays.',
  }),
};
