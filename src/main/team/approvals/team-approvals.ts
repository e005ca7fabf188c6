import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type pg from 'pg';
import { approvalReasons, reasonText } from '../../../shared/quotes/approval';
import { priceQuote } from '../../../shared/quotes/pricing';
import { toPricingInput } from '../../../shared/quotes/quote';
import { diffRevisions, type RevisionDiff } from '../../../shared/quotes/revision-diff';
import { AppError } from '../../../shared/result';
import { approvalRulesOf, readQuoteSettings } from '../../services/quotes/quote-settings';
import { serverRefusal } from '../server/team-connection';
import type { MemberRow } from '../team-link';
import type { QuoteRecordData } from '../sync/quote-records';

/**
 * Approvals across machines, on the manager's side: the quotes of the team waiting for a
 * decision, read from the server with their reasons (computed here again from the content, not
 * taken from the rep's word), margin and the change from the revision before; and the decision,
 * written on the server as the connected user, bound to the digest the manager looked at.
 */

export interface PendingApproval {
  uid: string;
  number: string;
  revision: string;
  label: string;
  title: string;
  owner: string;
  ownerName: string;
  customerName: string;
  totalFen: number;
  marginBp: number | null;
  reasons: string[];
  digest: string;
  submittedAt: string;
  /** What changed since the revision before, when there is one on the server. */
  diff: RevisionDiff | null;
  previousRevision: string | null;
}

interface PendingRow {
  uid: string;
  label: string;
  owner: string;
  display_name: string | null;
  data: QuoteRecordData;
  digest: string;
  updated_at: Date;
}

function priced(data: QuoteRecordData) {
  return priceQuote(toPricingInput(data.content));
}

export async function pendingApprovals(db: Database, client: pg.Client, t: TFunction): Promise<PendingApproval[]> {
  const rows = (
    await client.query<PendingRow>(
      `SELECT r.uid, r.label, r.owner, m.display_name, r.data, r.digest, r.updated_at
       FROM presales.records r LEFT JOIN presales.members m ON m.name = r.owner
       WHERE r.kind = 'quote' AND r.state = 'pending' AND r.owner <> current_user
         AND NOT EXISTS (SELECT 1 FROM presales.approvals a WHERE a.record_uid = r.uid AND a.digest = r.digest)
       ORDER BY r.updated_at, r.label`,
    )
  ).rows;
  const rules = approvalRulesOf(readQuoteSettings(db));
  const result: PendingApproval[] = [];
  for (const row of rows) {
    const figures = priced(row.data);
    const reasons = approvalReasons(row.data.content, figures, rules).map((r) => reasonText(r, t));
    // The revision before, of the same quote by the same rep, if the server has it.
    const previous = (
      await client.query<{ data: QuoteRecordData }>(
        `SELECT data FROM presales.records
         WHERE kind = 'quote' AND owner = $1 AND data->>'number' = $2
           AND (length(data->>'revision'), data->>'revision') < (length($3), $3)
         ORDER BY length(data->>'revision') DESC, data->>'revision' DESC LIMIT 1`,
        [row.owner, row.data.number, row.data.revision],
      )
    ).rows[0];
    result.push({
      uid: row.uid,
      number: row.data.number,
      revision: row.data.revision,
      label: row.label,
      title: row.data.title,
      owner: row.owner,
      ownerName: row.display_name || row.owner,
      customerName: row.data.customer?.name ?? '',
      totalFen: figures.totalFen,
      marginBp: figures.marginBp,
      reasons: reasons.length > 0 ? reasons : row.data.reasons.map((r) => reasonText(r, t)),
      digest: row.digest,
      submittedAt: row.updated_at.toISOString(),
      diff: previous
        ? diffRevisions(
            { content: previous.data.content, priced: priced(previous.data) },
            { content: row.data.content, priced: figures },
          )
        : null,
      previousRevision: previous?.data.revision ?? null,
    });
  }
  return result;
}

export interface DecisionInput {
  /** A quote number ("BJ-2026-0001", the latest revision waiting) or "BJ-2026-0001-B", or the record's uid. */
  quote: string;
  decision: 'approved' | 'rejected';
  comment: string;
  /** The digest the manager looked at; when given, a quote changed since is refused. */
  digest?: string;
}

export interface DecisionResult {
  uid: string;
  label: string;
  decision: 'approved' | 'rejected';
  decidedBy: string;
  decidedAt: string;
}

interface QuoteOnServer {
  uid: string;
  label: string;
  owner: string;
  state: string;
  digest: string;
}

/** Finds the quote a manager means, among those they can see on the server. */
async function findQuote(client: pg.Client, quote: string, t: TFunction): Promise<QuoteOnServer> {
  const byUid = /^[0-9a-f-]{36}$/.test(quote);
  const rows = (
    await client.query<QuoteOnServer>(
      byUid
        ? `SELECT uid, label, owner, state, digest FROM presales.records WHERE kind = 'quote' AND uid = $1::uuid`
        : `SELECT uid, label, owner, state, digest FROM presales.records
           WHERE kind = 'quote' AND (label = $1 OR data->>'number' = $1)
           ORDER BY (state = 'pending') DESC, length(data->>'revision') DESC, data->>'revision' DESC`,
      [quote],
    )
  ).rows;
  const found = rows[0];
  if (!found) throw new AppError('NOT_FOUND', t('team.err.approveNotFound', { number: quote }));
  return found;
}

export async function decideQuote(
  client: pg.Client,
  me: MemberRow,
  input: DecisionInput,
  t: TFunction,
): Promise<DecisionResult> {
  // Said plainly first; the server enforces the same rules whatever the app says.
  if (me.role !== 'manager') {
    throw new AppError('REFUSED', t('team.err.approveNotManager', { user: me.name, role: t(`team.roles.${me.role}`) }));
  }
  const quote = await findQuote(client, input.quote, t);
  if (quote.owner === me.name) throw new AppError('REFUSED', t('team.err.approveOwn', { number: quote.label }));
  if (quote.state !== 'pending') {
    throw new AppError(
      'REFUSED',
      t('team.err.approveNotPending', { number: quote.label, state: t(`quotes.states.${quote.state}`) }),
    );
  }
  if (input.digest !== undefined && input.digest !== quote.digest) {
    throw new AppError('CONFLICT', t('team.err.approveStale', { number: quote.label }));
  }
  try {
    const row = (
      await client.query<{ decided_at: Date }>(
        `INSERT INTO presales.approvals (record_uid, digest, decision, comment) VALUES ($1, $2, $3, $4)
         RETURNING decided_at`,
        [quote.uid, quote.digest, input.decision, input.comment],
      )
    ).rows[0];
    return {
      uid: quote.uid,
      label: quote.label,
      decision: input.decision,
      decidedBy: me.display_name || me.name,
      decidedAt: row?.decided_at.toISOString() ?? new Date().toISOString(),
    };
  } catch (error) {
    throw serverRefusal(error, t);
  }
}
