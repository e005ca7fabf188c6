import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type pg from 'pg';
import { AppError } from '../../shared/result';
import type { TeamRole } from './server/server-admin';
import { connectTeam, parseTeamUrl, serverRefusal } from './server/team-connection';

/**
 * Which team server this database has joined, as which user, and how to open a session there.
 * The password is never stored in the database: see TeamPasswordStore.
 */

export interface TeamLink {
  url: string;
  user: string;
  role: TeamRole;
  displayName: string;
  connectedAt: string;
}

export function readTeamLink(db: Database): TeamLink | null {
  const row = db
    .prepare(
      'SELECT url, user, role, display_name AS displayName, connected_at AS connectedAt FROM team_link WHERE id = 1',
    )
    .get() as TeamLink | undefined;
  return row ?? null;
}

export function requireTeamLink(db: Database, t: TFunction): TeamLink {
  const link = readTeamLink(db);
  if (!link) throw new AppError('REFUSED', t('team.err.notConnected'));
  return link;
}

export function writeTeamLink(db: Database, link: TeamLink): void {
  db.prepare(
    `INSERT INTO team_link (id, url, user, role, display_name, connected_at) VALUES (1, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET url = excluded.url, user = excluded.user, role = excluded.role,
       display_name = excluded.display_name, connected_at = excluded.connected_at`,
  ).run(link.url, link.user, link.role, link.displayName, link.connectedAt);
}

/**
 * Where team passwords are kept between syncs. The default keeps them in this process's memory
 * only (browser mode, CLI, tests); the Electron app replaces it with one backed by safeStorage
 * (src/main/electron/team-password-store.ts). Nothing here ever writes a password to SQLite.
 */
export interface TeamPasswordStore {
  get(user: string): string | undefined;
  set(user: string, password: string): void;
  forget(user: string): void;
}

const inMemory = new Map<string, string>();
let store: TeamPasswordStore = {
  get: (user) => inMemory.get(user),
  set: (user, password) => void inMemory.set(user, password),
  forget: (user) => void inMemory.delete(user),
};

export function setTeamPasswordStore(next: TeamPasswordStore): void {
  store = next;
}

export function teamPasswordStore(): TeamPasswordStore {
  return store;
}

/** The password for `user`: the one kept after it was typed, else PRESALES_TEAM_PASSWORD. */
export function teamPassword(user: string, t: TFunction): string {
  const password = store.get(user) ?? process.env.PRESALES_TEAM_PASSWORD;
  if (password === undefined || password === '') throw new AppError('UNAUTHORIZED', t('team.err.noPassword'));
  return password;
}

export interface MemberRow {
  name: string;
  role: TeamRole;
  manager: string | null;
  display_name: string;
}

/** Opens a session on the team server as the linked user, runs `work`, and always disconnects. */
export async function withTeamSession<T>(
  link: Pick<TeamLink, 'url' | 'user'>,
  t: TFunction,
  work: (client: pg.Client, me: MemberRow) => Promise<T>,
  password = teamPassword(link.user, t),
): Promise<T> {
  const client = await connectTeam(parseTeamUrl(link.url, t), link.user, password, t);
  try {
    let me: MemberRow | undefined;
    try {
      me = (
        await client.query<MemberRow>(
          'SELECT name, role, manager, display_name FROM presales.members WHERE name = $1',
          [link.user],
        )
      ).rows[0];
    } catch (error) {
      throw serverRefusal(error, t);
    }
    if (!me) throw new AppError('REFUSED', t('team.err.notMember', { user: link.user }));
    return await work(client, me);
  } finally {
    await client.end().catch(() => undefined);
  }
}
