import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { SyncResult, TeamStatus } from '../../shared/api/team';
import { AppError } from '../../shared/result';
import { connectTeam, displayUrl, parseTeamUrl, serverRefusal } from './server/team-connection';
import { pendingContractChanges, pullReviews, pushContracts } from './sync/contract-sync';
import { pendingDealChanges, pushDeals } from './sync/deal-sync';
import { pendingLibrary } from './sync/library-reference';
import { unpushedVersions, pullVersions, pushVersion } from './sync/price-sync';
import { pendingReference, pullReference, pushReference } from './sync/reference-sync';
import { emptyReport, pendingQuoteChanges, pullDecisions, pullQuotes, pushQuotes } from './sync/quote-sync';
import {
  readTeamLink,
  requireTeamLink,
  teamPassword,
  teamPasswordStore,
  withTeamSession,
  writeTeamLink,
  type MemberRow,
} from './team-link';

/**
 * Team mode as the app, the browser bridge and the CLI use it: join, status, sync. A sync pulls
 * first (the team's price lists, this user's revisions from other machines, managers'
 * decisions), then pushes what changed here, so a decision pulled is pushed back as the quote's
 * new state in the same sync. Each step is idempotent; a sync stopped at any point is simply run
 * again.
 */

export interface AddressInput {
  url: string;
  user: string;
  password?: string;
}

async function whoAmI(input: AddressInput, t: TFunction): Promise<{ me: MemberRow; server: string; url: string }> {
  const address = parseTeamUrl(input.url, t);
  const client = await connectTeam(address, input.user, input.password ?? teamPassword(input.user, t), t);
  try {
    let me: MemberRow | undefined;
    let server = '';
    try {
      me = (
        await client.query<MemberRow>(
          'SELECT name, role, manager, display_name FROM presales.members WHERE name = $1',
          [input.user],
        )
      ).rows[0];
      server = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '';
    } catch (error) {
      throw serverRefusal(error, t);
    }
    if (!me) throw new AppError('REFUSED', t('team.err.notMember', { user: input.user }));
    return { me, server, url: displayUrl(address) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function testTeamConnection(input: AddressInput, t: TFunction) {
  const { me, server } = await whoAmI(input, t);
  return { user: me.name, role: me.role, displayName: me.display_name, server };
}

export async function connectDatabase(db: Database, input: AddressInput, t: TFunction): Promise<TeamStatus> {
  const { me, url } = await whoAmI(input, t);
  // A password typed in Settings → 团队 is kept (safeStorage in the app, memory elsewhere).
  if (input.password !== undefined && input.password !== '') teamPasswordStore().set(me.name, input.password);
  const previous = readTeamLink(db);
  db.transaction(() => {
    // Another server (or user) means another team: what was in step with the old one is not.
    if (previous && (previous.url !== url || previous.user !== me.name)) {
      db.exec('DELETE FROM team_records; DELETE FROM team_cursors; DELETE FROM team_conflicts;');
    }
    writeTeamLink(db, {
      url,
      user: me.name,
      role: me.role,
      displayName: me.display_name,
      connectedAt: new Date().toISOString(),
    });
  })();
  return teamStatus(db);
}

export function disconnectDatabase(db: Database): TeamStatus {
  const link = readTeamLink(db);
  if (link) teamPasswordStore().forget(link.user);
  db.prepare('DELETE FROM team_link').run();
  return teamStatus(db);
}

export function teamStatus(db: Database): TeamStatus {
  const link = readTeamLink(db);
  const last = db
    .prepare(
      `SELECT started_at AS startedAt, finished_at AS finishedAt, ok, pushed, pulled, conflicts, message
       FROM team_syncs ORDER BY id DESC LIMIT 1`,
    )
    .get() as (Omit<NonNullable<TeamStatus['lastSync']>, 'ok'> & { ok: number }) | undefined;
  const conflicts = db
    .prepare(
      `SELECT uid, label, server_by AS serverBy, server_at AS serverAt, detected_at AS detectedAt
       FROM team_conflicts ORDER BY detected_at`,
    )
    .all() as TeamStatus['conflicts'];
  return {
    connected: link !== null,
    url: link?.url ?? '',
    user: link?.user ?? '',
    role: link?.role ?? null,
    displayName: link?.displayName ?? '',
    connectedAt: link?.connectedAt ?? '',
    pending: {
      quotes: link ? pendingQuoteChanges(db) : 0,
      contracts: link ? pendingContractChanges(db) : 0,
      deals: link ? pendingDealChanges(db) : 0,
      priceVersions: link?.role === 'admin' ? unpushedVersions(db).length : 0,
      rules: link?.role === 'admin' ? pendingReference(db) : 0,
      library: link?.role === 'admin' ? pendingLibrary(db) : 0,
    },
    conflicts,
    lastSync: last ? { ...last, ok: last.ok === 1 } : null,
  };
}

const running = new WeakMap<Database, Promise<SyncResult>>();

/** One sync at a time per database: a second request waits for the running one. */
export function syncNow(db: Database, t: TFunction): Promise<SyncResult> {
  let sync = running.get(db);
  if (!sync) {
    sync = runSync(db, t).finally(() => running.delete(db));
    running.set(db, sync);
  }
  return sync;
}

async function runSync(db: Database, t: TFunction): Promise<SyncResult> {
  const link = requireTeamLink(db, t);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const syncId = Number(db.prepare('INSERT INTO team_syncs (started_at) VALUES (?)').run(startedAt).lastInsertRowid);
  // The log is for "last sync" and troubleshooting: the newest 200 are plenty.
  db.prepare('DELETE FROM team_syncs WHERE id <= ?').run(syncId - 200);
  const report = emptyReport();
  let priceVersions = 0;
  let rules = 0;
  try {
    await withTeamSession(link, t, async (client, me) => {
      priceVersions = await pullVersions(db, client);
      rules = await pullReference(db, client, me.role === 'admin');
      await pullQuotes(db, client, t, report);
      await pullDecisions(db, client, report);
      await pullReviews(db, client, t, report);
      if (me.role === 'admin') {
        report.pushed += await pushReference(db, client);
        for (const version of unpushedVersions(db)) {
          try {
            await pushVersion(db, client, version);
            report.pushed += 1;
          } catch (error) {
            const refusal = serverRefusal(error, t);
            if (refusal.code !== 'REFUSED') throw refusal;
            report.refused.push(t('team.err.pushPrices', { label: version.label }));
          }
        }
      }
      await pushDeals(db, client, t, report);
      await pushQuotes(db, client, t, report);
      await pushContracts(db, client, t, report);
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    db.prepare('UPDATE team_syncs SET finished_at = ?, ok = 0, message = ? WHERE id = ?').run(
      new Date().toISOString(),
      message,
      syncId,
    );
    // A dropped connection or a server error becomes a message that says so (AppErrors pass as they are).
    throw serverRefusal(error, t);
  }
  db.prepare(
    'UPDATE team_syncs SET finished_at = ?, ok = 1, pushed = ?, pulled = ?, conflicts = ?, message = ? WHERE id = ?',
  ).run(
    new Date().toISOString(),
    report.pushed,
    report.pulled + priceVersions + rules + report.decisions,
    report.conflicts.length,
    report.refused.join('\n'),
    syncId,
  );
  return {
    at: startedAt,
    ms: Math.round(performance.now() - started),
    pushed: report.pushed,
    pulled: report.pulled,
    priceVersions,
    rules,
    decisions: report.decisions,
    conflicts: report.conflicts,
    refused: report.refused,
  };
}
