import { z } from 'zod';
import { LOCALES } from '../locale';
import { method, NoInput } from './common';

/**
 * Contract documents written into a folder on this computer, the folder remembered for the next
 * export (as quotes do): the desktop app's folder dialog opens there.
 */

export const contractExportFolderMethods = {
  'contracts.exportToFolder': method({
    input: z.object({
      id: z.number().int().positive(),
      revision: z.number().int().positive().optional(),
      format: z.enum(['docx', 'pdf']),
      locale: z.enum(LOCALES),
      folder: z.string().trim().min(1, 'err.required').max(1000, 'err.tooLong'),
    }),
    output: z.object({ path: z.string(), bytes: z.number().int() }),
    doc: 'Writes one contract document into a folder (created if missing) and remembers the folder for contract exports.',
  }),
  'contracts.exportDefaults': method({
    input: NoInput,
    output: z.object({ folder: z.string() }),
    doc: 'The folder contracts were last exported to (else the last quote export folder, else one under Documents).',
  }),
};
