import { z } from 'zod';
import { method } from './common';
import { CLOSE_OUTCOMES, MissingItemSchema, OPPORTUNITY_STATUSES } from './opportunities';
import { RevisionDiffSchema } from './quotes';

/**
 * Team mode (团队模式): this database joined to the team's PostgreSQL server. The local database
 * stays the working store; sync pulls the team's price lists and decisions and pushes this
 * user's work. The password never crosses as stored data: the app keeps it with safeStorage,
 * browser mode and the CLI read PRESALES_TEAM_PASSWORD.
 */

const TeamRole = z.enum(['rep', 'manager', 'legal', 'admin']);

const Address = z.object({
  url: z.string().trim().min(1, 'err.required').max(500, 'err.tooLong'),
  user: z
    .string()
    .trim()
    .min(1, 'err.required')
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'err.team.userName'),
  /** Typed in Settings → 团队; omitted, the stored or environment password is used. */
  password: z.string().max(200).optional(),
});

export const SyncResultSchema = z.object({
  at: z.string(),
  ms: z.number(),
  pushed: z.number().int(),
  pulled: z.number().int(),
  priceVersions: z.number().int(),
  /** Team reference records that changed something here: rules (approval, playbook), library, clauses, templates. */
  rules: z.number().int(),
  decisions: z.number().int(),
  conflicts: z.array(z.string()),
  refused: z.array(z.string()),
});
export type SyncResult = z.infer<typeof SyncResultSchema>;

export const TeamStatusSchema = z.object({
  connected: z.boolean(),
  url: z.string(),
  user: z.string(),
  role: TeamRole.nullable(),
  displayName: z.string(),
  connectedAt: z.string(),
  /** Local changes not on the server yet. */
  pending: z.object({
    quotes: z.number().int(),
    contracts: z.number().int(),
    /** Opportunities, proposals and demo scripts. */
    deals: z.number().int(),
    priceVersions: z.number().int(),
    /** An admin's changed approval rules and playbook. */
    rules: z.number().int(),
    /** An admin's changed solutions, library sections, clauses, contract and quote templates (items). */
    library: z.number().int(),
  }),
  conflicts: z.array(
    z.object({
      uid: z.string(),
      label: z.string(),
      serverBy: z.string(),
      serverAt: z.string(),
      detectedAt: z.string(),
    }),
  ),
  lastSync: z
    .object({
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      ok: z.boolean(),
      pushed: z.number().int(),
      pulled: z.number().int(),
      conflicts: z.number().int(),
      message: z.string(),
    })
    .nullable(),
});
export type TeamStatus = z.infer<typeof TeamStatusSchema>;

export const PendingApprovalSchema = z.object({
  uid: z.string(),
  number: z.string(),
  revision: z.string(),
  label: z.string(),
  title: z.string(),
  owner: z.string(),
  ownerName: z.string(),
  customerName: z.string(),
  totalFen: z.number().int(),
  marginBp: z.number().int().nullable(),
  reasons: z.array(z.string()),
  digest: z.string(),
  submittedAt: z.string(),
  previousRevision: z.string().nullable(),
  diff: RevisionDiffSchema.omit({ from: true, to: true }).nullable(),
});
export type PendingApproval = z.infer<typeof PendingApprovalSchema>;

export const PendingReviewSchema = z.object({
  uid: z.string(),
  number: z.string(),
  revision: z.number().int(),
  label: z.string(),
  owner: z.string(),
  ownerName: z.string(),
  customerName: z.string(),
  template: z.string(),
  digest: z.string(),
  submittedAt: z.string(),
});
export type PendingReview = z.infer<typeof PendingReviewSchema>;

/** A quote or contract named by its number (or label, or server id). */
const DocumentRef = z.string().trim().min(1).max(80);

/** What a decision carries besides its verdict: a comment, and the digest the decider looked at. */
const DecisionFields = {
  comment: z.string().trim().max(500).default(''),
  digest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
};

/** A decision as the server recorded it. */
function decisionOutput<const D extends readonly [string, ...string[]]>(decisions: D) {
  return z.object({
    uid: z.string(),
    label: z.string(),
    decision: z.enum(decisions),
    decidedBy: z.string(),
    decidedAt: z.string(),
  });
}

/**
 * Where a rep's deal stands, as the rep's sync pushes it (presales.records, kind 'opportunity'):
 * what a manager's team view shows without the rep's database.
 */
export const TeamDealSummarySchema = z.object({
  name: z.string(),
  customerName: z.string(),
  /** The owner as written on the deal (销售 field), beside the server user who pushed it. */
  owner: z.string(),
  stage: z.number().int(),
  reachedStage: z.number().int(),
  status: z.enum(OPPORTUNITY_STATUSES),
  archived: z.boolean(),
  amountFen: z.number().int().nullable(),
  probability: z.number().int(),
  expectedClose: z.string(),
  lastActivityAt: z.string(),
  stageSince: z.string(),
  nextStep: z.string(),
  /** What the gate to the next stage still misses (worded in the reader's language). */
  missing: z.array(MissingItemSchema.pick({ stage: true, gate: true, key: true, params: true })),
  closing: z.object({ outcome: z.enum(CLOSE_OUTCOMES), category: z.string(), at: z.string() }).nullable(),
  documents: z.object({
    quotes: z.array(
      z.object({ number: z.string(), revision: z.string(), state: z.string(), totalFen: z.number().int() }),
    ),
    proposals: z.array(z.string()),
    demoScripts: z.number().int(),
    contracts: z.array(z.object({ number: z.string(), state: z.string() })),
  }),
});
export type TeamDealSummary = z.infer<typeof TeamDealSummarySchema>;

const Figures = { count: z.number().int(), amountFen: z.number().int(), weightedFen: z.number().int() };

export const TeamDealsSchema = z.object({
  generatedAt: z.string(),
  deals: z.array(
    TeamDealSummarySchema.omit({ missing: true }).extend({
      uid: z.string(),
      /** The server user who owns the record, and their display name. */
      user: z.string(),
      userName: z.string(),
      stageName: z.string(),
      weightedFen: z.number().int(),
      daysInStage: z.number().int(),
      missing: z.array(z.string()),
      attention: z.array(z.string()),
      syncedAt: z.string(),
    }),
  ),
  stages: z.array(z.object({ stage: z.number().int(), name: z.string(), ...Figures })),
  users: z.array(z.object({ user: z.string(), userName: z.string(), ...Figures })),
  totals: z.object(Figures),
});
export type TeamDeals = z.infer<typeof TeamDealsSchema>;

export const teamMethods = {
  'team.status': method({
    input: z.object({}).default({}),
    output: TeamStatusSchema,
    doc: 'Whether this database is in team mode, as whom, the last sync, pending changes and conflicts (no network).',
  }),
  'team.test': method({
    input: Address,
    output: z.object({ user: z.string(), role: TeamRole, displayName: z.string(), server: z.string() }),
    doc: 'Logs in to the team server and says as whom, changing nothing.',
  }),
  'team.connect': method({
    input: Address,
    output: TeamStatusSchema,
    doc: 'Joins this database to the team server as the user (checked by logging in); single-user data stays.',
  }),
  'team.disconnect': method({
    input: z.object({}).default({}),
    output: TeamStatusSchema,
    doc: 'Leaves team mode: the local data stays, nothing is synced any more.',
  }),
  'team.sync': method({
    input: z.object({}).default({}),
    output: SyncResultSchema,
    doc: 'Pulls the team’s price lists, own work from other machines and decisions, then pushes local changes.',
  }),
  'team.resolve': method({
    input: z.object({ uid: z.string().uuid(), keep: z.enum(['mine', 'theirs']) }),
    output: TeamStatusSchema,
    doc: 'Ends a sync conflict: keep this machine’s version (pushed next) or take the server’s.',
  }),
  'team.approvals': method({
    input: z.object({}).default({}),
    output: z.array(PendingApprovalSchema),
    doc: 'A manager’s quotes waiting for a decision, with reasons, margin and the change from the revision before.',
  }),
  'team.deals': method({
    input: z.object({}).default({}),
    output: TeamDealsSchema,
    doc: 'The open deals the user may see on the team server (a manager: their team’s), where each stands and why.',
  }),
  'team.reviews': method({
    input: z.object({}).default({}),
    output: z.array(PendingReviewSchema),
    doc: 'Legal’s contracts under review (法务审核中) on the team server.',
  }),
  'team.review': method({
    input: z.object({ contract: DocumentRef, decision: z.enum(['approved', 'returned']), ...DecisionFields }),
    output: decisionOutput(['approved', 'returned']),
    doc: 'Legal approves a contract under review, or returns it for changes, on the server, bound to its content.',
  }),
  'team.decide': method({
    input: z.object({ quote: DocumentRef, decision: z.enum(['approved', 'rejected']), ...DecisionFields }),
    output: decisionOutput(['approved', 'rejected']),
    doc: 'A manager approves or rejects a team member’s pending quote on the server, bound to the content shown.',
  }),
};
