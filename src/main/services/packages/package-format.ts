import { z } from 'zod';

/**
 * The .presales opportunity package: a zip holding
 *   manifest.json          format, format version, app version, package id, who exported it
 *                          when, and the SHA-256 and size of every other entry;
 *   data/opportunity.json  the opportunity with its customer, timeline, and every quote revision,
 *                          proposal, demo script and contract revision as stored rows, frozen
 *                          figures and texts exactly as they are (JSON columns kept as text);
 *   documents/…            the rendered documents (PDF) as a courtesy copy for a reader
 *                          without the app; an import never reads them back.
 * Ids in the data are the exporting database's: they only link rows within the package, and
 * an import gives every row a new id.
 */

export const PACKAGE_FORMAT = 'presales-opportunity';
export const PACKAGE_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const DATA_ENTRY = 'data/opportunity.json';

/** What an untrusted package may hold before it is refused unread. */
export const PACKAGE_LIMITS = {
  /** The file itself. */
  fileBytes: 100 * 1024 * 1024,
  entries: 500,
  /** All entries together, uncompressed. */
  totalBytes: 400 * 1024 * 1024,
  /** Uncompressed size over compressed size, per entry and for the whole package (a zip bomb is thousands). */
  ratio: 200,
} as const;

const Text = z.string().max(50_000_000);
const Int = z.number().int();
const Flag = z.union([z.literal(0), z.literal(1)]);
const Iso = z.string().max(40);

/** A column holding JSON as text: it must at least read as JSON. */
const JsonText = Text.refine((value) => {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}, 'not JSON');

export const ManifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: Int.min(1),
  appVersion: z.string().max(40),
  packageId: z.string().regex(/^[0-9a-f-]{36}$/),
  exportedBy: z.string().max(200),
  exportedAt: Iso,
  opportunity: z.object({ name: z.string().max(200), customer: z.string().max(200) }),
  entries: z
    .array(
      z.object({
        path: z.string().max(300),
        size: Int.min(0),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(PACKAGE_LIMITS.entries),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const CustomerRowSchema = z.object({
  id: Int,
  name: z.string().min(1).max(200),
  short_name: Text,
  industry: Text,
  contact: Text,
  phone: Text,
  email: Text,
  address: Text,
  tax_id: Text,
  notes: Text,
  bank_name: Text,
  bank_account: Text,
  representative: Text,
  created_at: Iso,
  updated_at: Iso,
});

export const OpportunityRowSchema = z.object({
  id: Int,
  name: z.string().min(1).max(200),
  owner: Text,
  stage: Int.min(1).max(8),
  status: z.enum(['open', 'won', 'lost', 'abandoned']),
  archived: Flag,
  amount_fen: Int.min(0).nullable(),
  expected_close: Text,
  record_json: JsonText,
  closing_json: JsonText.nullable(),
  created_at: Iso,
  updated_at: Iso,
});

export const TimelineRowSchema = z.object({
  at: Iso,
  kind: z.string().max(40),
  actor: Text,
  from_stage: Int.nullable(),
  to_stage: Int.nullable(),
  text: Text,
  data_json: JsonText,
});

export const QuoteRevisionRowSchema = z.object({
  id: Int,
  revision: z.string().max(10),
  state: z.enum(['draft', 'pending', 'approved', 'sent', 'accepted', 'lost', 'expired']),
  content_json: JsonText,
  title: Text,
  total_fen: Int,
  valid_until: Text,
  prepared_by: Text,
  issue_date: Text,
  approved_by: Text.nullable(),
  approved_at: Text.nullable(),
  approval_comment: Text.nullable(),
  parties_json: JsonText.nullable(),
  created_at: Iso,
  updated_at: Iso,
  events: z.array(
    z.object({
      at: Iso,
      kind: z.string().max(40),
      actor: Text,
      comment: Text,
      from_state: Text.nullable(),
      to_state: Text.nullable(),
    }),
  ),
});

export const QuoteRowSchema = z.object({
  id: Int,
  number: z.string().min(1).max(60),
  original_number: z.string().max(60).nullable(),
  created_at: Iso,
  revisions: z.array(QuoteRevisionRowSchema).min(1).max(100),
});

export const ProposalRowSchema = z.object({
  id: Int,
  title: Text,
  content_json: JsonText,
  created_at: Iso,
  updated_at: Iso,
});

export const DemoScriptRowSchema = z.object({
  id: Int,
  title: Text,
  input_json: JsonText,
  generated_json: JsonText,
  script_json: JsonText,
  created_at: Iso,
  updated_at: Iso,
});

export const ContractRowSchema = z.object({
  id: Int,
  number: z.string().min(1).max(60),
  original_number: z.string().max(60).nullable(),
  quote_id: Int,
  quote_revision_id: Int,
  template_key: z.string().max(100),
  lang: z.enum(['zh-CN', 'en']),
  deal_json: JsonText,
  created_at: Iso,
  updated_at: Iso,
  revisions: z
    .array(
      z.object({
        revision: Int.min(1),
        state: z.enum(['draft', 'review', 'approved', 'signed']),
        content_json: JsonText,
        created_at: Iso,
        updated_at: Iso,
      }),
    )
    .min(1)
    .max(100),
  events: z.array(
    z.object({
      revision: Int,
      kind: z.string().max(40),
      from_state: Text.nullable(),
      to_state: Text.nullable(),
      actor: Text,
      comment: Text,
      at: Iso,
    }),
  ),
});

export const PackageDataSchema = z.object({
  customer: CustomerRowSchema,
  opportunity: OpportunityRowSchema,
  timeline: z.array(TimelineRowSchema).max(100_000),
  quotes: z.array(QuoteRowSchema).max(1_000),
  proposals: z.array(ProposalRowSchema).max(1_000),
  demoScripts: z.array(DemoScriptRowSchema).max(1_000),
  contracts: z.array(ContractRowSchema).max(1_000),
  /** The library clauses the contracts name, so an import can find the same clause (by language and key). */
  clauses: z.array(z.object({ id: Int, lang: z.enum(['zh-CN', 'en']), key: z.string().max(100) })).max(10_000),
  /** The solution-library parts the proposals and demo scripts name, found again by code, name and title. */
  library: z.object({
    solutions: z.array(z.object({ id: Int, code: z.string().max(100) })).max(1_000),
    modules: z.array(z.object({ id: Int, solution_id: Int, name: z.string().max(200) })).max(10_000),
    sections: z.array(z.object({ id: Int, kind: z.string().max(40), title: z.string().max(500) })).max(10_000),
  }),
});
export type PackageData = z.infer<typeof PackageDataSchema>;
