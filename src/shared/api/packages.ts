import { z } from 'zod';
import { method } from './common';
import { FileOutput } from './prices';

const Id = z.number().int().positive();

/**
 * The opportunity package (.presales): one deal with its customer, timeline and every document,
 * handed to a colleague as one file. Exported from the opportunity page or the CLI; imported
 * after a preview that is a dry run of the import itself.
 */

/** A package file as the caller read it: its name and bytes (base64), at most 100 MB. */
const PackageFileInput = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    dataBase64: z.string().max(140_000_000),
  })
  .strict();

export const PackageImportResultSchema = z.object({
  /** The new opportunity; null for a preview (nothing was written). */
  opportunityId: z.number().int().nullable(),
  packageId: z.string(),
  fileName: z.string(),
  exportedBy: z.string(),
  exportedAt: z.string(),
  appVersion: z.string(),
  opportunity: z.object({
    name: z.string(),
    owner: z.string(),
    stage: z.number().int(),
    stageName: z.string(),
    status: z.enum(['open', 'won', 'lost', 'abandoned']),
    amountFen: z.number().int().nullable(),
  }),
  /** New, or matched to an existing customer by 统一社会信用代码 or exact name. */
  customer: z.object({
    action: z.enum(['new', 'match']),
    matchedBy: z.enum(['taxId', 'name']).nullable(),
    id: z.number().int().nullable(),
    name: z.string(),
    taxId: z.string(),
  }),
  counts: z.object({
    timeline: z.number().int(),
    quotes: z.number().int(),
    quoteRevisions: z.number().int(),
    proposals: z.number().int(),
    demoScripts: z.number().int(),
    contracts: z.number().int(),
  }),
  /** Numbers already taken here: the document gets a new one and keeps the package's as its original. */
  renumbered: z.array(z.object({ kind: z.enum(['quote', 'contract']), number: z.string(), newNumber: z.string() })),
  /** Catalogue items the quotes use that this database's price lists lack (reported, never created). */
  missingItems: z.array(z.object({ code: z.string(), name: z.string(), quote: z.string() })),
  /** Everything else worth knowing before importing, one sentence each. */
  conflicts: z.array(z.string()),
});
export type PackageImportResult = z.infer<typeof PackageImportResultSchema>;

export const packageMethods = {
  'opportunities.exportPackage': method({
    input: z.object({ id: Id, exportedBy: z.string().trim().max(100).default('') }).strict(),
    output: FileOutput,
    doc: 'The opportunity as a .presales package (zip): manifest with checksums, the data of the deal and all its documents, and rendered PDFs as a courtesy copy.',
  }),
  'opportunities.previewPackage': method({
    input: PackageFileInput,
    output: PackageImportResultSchema,
    doc: 'What importing the package would do (a dry run that writes nothing): customer new or matched, counts, renumbered documents, missing catalogue items, conflicts. Refuses a hostile or broken file with the reason.',
  }),
  'opportunities.importPackage': method({
    input: PackageFileInput,
    output: PackageImportResultSchema,
    doc: 'Imports the package in one transaction; refused (nothing written) for a broken, tampered, newer-format or already imported package.',
  }),
};
