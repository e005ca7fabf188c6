import { z } from 'zod';
import { method } from './common';
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
  /** Team rules taken down (approval rules, the opportunity playbook). */
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
    priceVersions: z.number().int(),
    rules: z.number().int(),
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
