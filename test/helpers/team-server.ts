import type pg from 'pg';
import { translator } from '../../src/shared/i18n';
import { addTeamUser, initTeamServer, type TeamRole } from '../../src/main/team/server/server-admin';
import { connectTeam, parseTeamUrl } from '../../src/main/team/server/team-connection';
import { startPgCluster, type PgCluster } from './pg-cluster';

/**
 * A team server for tests: a throw-away cluster with one initialised database and a team —
 * an admin, two managers (mgr_b, mgr_c), a rep in each team (rep_a under mgr_b, rep_d under
 * mgr_c) and legal. Every user's password is `${name}-password`.
 */

export const TEAM_USERS: { name: string; role: TeamRole; manager: string | null }[] = [
  { name: 'admin1', role: 'admin', manager: null },
  { name: 'mgr_b', role: 'manager', manager: null },
  { name: 'mgr_c', role: 'manager', manager: null },
  { name: 'rep_a', role: 'rep', manager: 'mgr_b' },
  { name: 'rep_e', role: 'rep', manager: 'mgr_b' },
  { name: 'rep_d', role: 'rep', manager: 'mgr_c' },
  { name: 'legal1', role: 'legal', manager: null },
];

export const passwordOf = (user: string) => `${user}-password`;

export interface TeamServer {
  cluster: PgCluster;
  database: string;
  /** postgres://127.0.0.1:PORT/DB (no credentials), as `team connect --url` takes it. */
  url: string;
  /** The superuser's URL, as `team init` and `team add-user` take it. */
  superUrl: string;
  as(user: string): Promise<pg.Client>;
  stop(): void;
}

const t = translator('en');

export async function startTeamServer(database = 'team'): Promise<TeamServer> {
  const cluster = await startPgCluster();
  try {
    await cluster.createDatabase(database);
    const superUrl = cluster.superUrl(database);
    await initTeamServer(superUrl, t);
    for (const user of TEAM_USERS) {
      await addTeamUser(superUrl, { ...user, password: passwordOf(user.name), displayName: user.name }, t);
    }
  } catch (error) {
    cluster.stop();
    throw error;
  }
  const url = cluster.url(database);
  const clients: pg.Client[] = [];
  return {
    cluster,
    database,
    url,
    superUrl: cluster.superUrl(database),
    async as(user: string) {
      const client = await connectTeam(parseTeamUrl(url, t), user, passwordOf(user), t);
      clients.push(client);
      return client;
    },
    stop() {
      for (const client of clients) void client.end().catch(() => undefined);
      cluster.stop();
    },
  };
}
