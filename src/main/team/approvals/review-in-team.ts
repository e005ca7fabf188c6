import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { ContractAction } from '../../../shared/contract-drafts/types';
import { contractSyncUid } from '../sync/contract-sync';
import { readTeamLink, withTeamSession } from '../team-link';
import { syncNow } from '../team-service';
import { decideContract } from './team-reviews';

/**
 * 审核 of a local contract in team mode: approving or returning a contract under review is legal's
 * decision on the server, as the connected user, so a rep (or a manager) is refused there. The
 * decision then comes back with a sync. Returns false when the action is a local matter.
 */
export async function reviewInTeamMode(
  db: Database,
  contractId: number,
  action: ContractAction,
  comment: string,
  t: TFunction,
): Promise<boolean> {
  if (action !== 'approve' && action !== 'return') return false;
  const link = readTeamLink(db);
  if (!link) return false;
  const state = db
    .prepare('SELECT state FROM contract_revisions WHERE contract_id = ? ORDER BY revision DESC LIMIT 1')
    .pluck()
    .get(contractId);
  if (state !== 'review') return false;
  const number = db.prepare('SELECT number FROM contracts WHERE id = ?').pluck().get(contractId) as string;
  await withTeamSession(link, t, (client, me) =>
    decideContract(
      client,
      me,
      {
        contract: contractSyncUid(db, contractId) ?? number,
        decision: action === 'approve' ? 'approved' : 'returned',
        comment,
      },
      t,
    ),
  );
  await syncNow(db, t);
  return true;
}
