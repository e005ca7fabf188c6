import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { revisionRow } from '../../services/quotes/quote-store';
import { QUOTE_KIND } from '../sync/quote-records';
import { teamRecordByLocal } from '../sync/sync-cursor';
import { readTeamLink, withTeamSession } from '../team-link';
import { syncNow } from '../team-service';
import { decideQuote } from './team-approvals';

/**
 * 审批 of a local quote in team mode. A quote that needs approval (待审批) is approved on the
 * server as the connected user, where the role and authorship rules apply: a rep is refused, and
 * so is a manager for their own quote. The decision then comes back with a sync. Returns false
 * when the approval is a local matter: single-user mode, or a quote that needs nobody's approval.
 */
export async function approveInTeamMode(
  db: Database,
  revisionId: number,
  comment: string,
  t: TFunction,
): Promise<boolean> {
  const link = readTeamLink(db);
  if (!link) return false;
  const row = revisionRow(db, revisionId, t);
  if (row.state !== 'pending') return false;
  const uid = teamRecordByLocal(db, QUOTE_KIND, revisionId)?.uid;
  await withTeamSession(link, t, (client, me) =>
    decideQuote(client, me, { quote: uid ?? `${row.number}-${row.revision}`, decision: 'approved', comment }, t),
  );
  await syncNow(db, t);
  return true;
}
