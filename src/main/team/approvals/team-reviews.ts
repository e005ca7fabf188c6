import type { TFunction } from 'i18next';
import type pg from 'pg';
import {
  ContractContent as ContractContentSchema,
  ContractDeal as ContractDealSchema,
} from '../../../shared/api/contract-drafts';
import { AppError } from '../../../shared/result';
import { describeProblems, problemsOf } from '../../services/contracts/contract-store';
import { serverRefusal } from '../server/team-connection';
import type { MemberRow } from '../team-link';

/**
 * Legal's review across machines: the contracts 法务审核中 that legal can see on the server, and
 * the decision (approve, or return for changes) written there as the connected user, bound to the
 * digest of the content under review.
 */

export interface PendingReview {
  uid: string;
  number: string;
  revision: number;
  label: string;
  owner: string;
  ownerName: string;
  customerName: string;
  template: string;
  digest: string;
  submittedAt: string;
}

export async function pendingReviews(client: pg.Client): Promise<PendingReview[]> {
  const rows = (
    await client.query<{
      uid: string;
      label: string;
      owner: string;
      display_name: string | null;
      data: { number: string; revision: number; customerName: string; template: string };
      digest: string;
      updated_at: Date;
    }>(
      `SELECT r.uid, r.label, r.owner, m.display_name, r.data, r.digest, r.updated_at
       FROM presales.records r LEFT JOIN presales.members m ON m.name = r.owner
       WHERE r.kind = 'contract' AND r.state = 'review'
         AND NOT EXISTS (SELECT 1 FROM presales.reviews v WHERE v.record_uid = r.uid AND v.digest = r.digest)
       ORDER BY r.updated_at, r.label`,
    )
  ).rows;
  return rows.map((r) => ({
    uid: r.uid,
    number: r.data.number,
    revision: r.data.revision,
    label: r.label,
    owner: r.owner,
    ownerName: r.display_name || r.owner,
    customerName: r.data.customerName,
    template: r.data.template,
    digest: r.digest,
    submittedAt: r.updated_at.toISOString(),
  }));
}

export interface ReviewInput {
  /** "HT-2026-0001" (its revision under review) or the record's uid. */
  contract: string;
  decision: 'approved' | 'returned';
  comment: string;
  digest?: string;
}

/** What the revision on the server still misses for signing (its blanks and unknown fields). */
function signingProblems(data: unknown) {
  const record = data as { number?: unknown; lang?: unknown; content?: unknown; deal?: unknown };
  const content = ContractContentSchema.safeParse(record.content);
  const deal = ContractDealSchema.safeParse(record.deal);
  if (!content.success || !deal.success) return [];
  const lang = record.lang === 'en' ? 'en' : 'zh-CN';
  return problemsOf(String(record.number ?? ''), content.data, deal.data, lang);
}

export async function decideContract(client: pg.Client, me: MemberRow, input: ReviewInput, t: TFunction) {
  if (me.role !== 'legal') {
    throw new AppError('REFUSED', t('team.err.reviewNotLegal', { user: me.name, role: t(`team.roles.${me.role}`) }));
  }
  const byUid = /^[0-9a-f-]{36}$/.test(input.contract);
  const found = (
    await client.query<{ uid: string; label: string; state: string; digest: string; data: unknown }>(
      byUid
        ? `SELECT uid, label, state, digest, data FROM presales.records WHERE kind = 'contract' AND uid = $1::uuid`
        : `SELECT uid, label, state, digest, data FROM presales.records
           WHERE kind = 'contract' AND (label = $1 OR data->>'number' = $1)
           ORDER BY (state = 'review') DESC, (data->>'revision')::int DESC LIMIT 1`,
      [input.contract],
    )
  ).rows[0];
  if (!found) throw new AppError('NOT_FOUND', t('team.err.reviewNotFound', { number: input.contract }));
  if (found.state !== 'review') {
    throw new AppError(
      'REFUSED',
      t('team.err.reviewNotPending', { number: found.label, state: t(`contracts.states.${found.state}`) }),
    );
  }
  if (input.digest !== undefined && input.digest !== found.digest) {
    throw new AppError('CONFLICT', t('team.err.approveStale', { number: found.label }));
  }
  if (input.decision === 'approved') {
    // The version for signing states every value: a draft with blanks goes back, not forward.
    const problems = signingProblems(found.data);
    if (problems.length > 0) throw new AppError('REFUSED', describeProblems(problems, t));
  }
  try {
    const row = (
      await client.query<{ decided_at: Date }>(
        `INSERT INTO presales.reviews (record_uid, digest, decision, comment) VALUES ($1, $2, $3, $4)
         RETURNING decided_at`,
        [found.uid, found.digest, input.decision, input.comment],
      )
    ).rows[0];
    return {
      uid: found.uid,
      label: found.label,
      decision: input.decision,
      decidedBy: me.display_name || me.name,
      decidedAt: row?.decided_at.toISOString() ?? new Date().toISOString(),
    };
  } catch (error) {
    throw serverRefusal(error, t);
  }
}
