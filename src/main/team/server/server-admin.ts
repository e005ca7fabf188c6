import type { TFunction } from 'i18next';
import type pg from 'pg';
import { AppError } from '../../../shared/result';
import { SERVER_MIGRATIONS } from './server-migrations';
import { connectTeam, parseTeamUrl, serverRefusal } from './team-connection';

/**
 * Setting up the team server: `presales team init` (schema, roles, policies) and
 * `presales team add-user` (a login in one of the groups). Both connect with a URL naming a
 * user allowed to create roles (the cluster's superuser at first); its password comes from the
 * URL, else PGPASSWORD, else (init only) PRESALES_TEAM_PASSWORD.
 */

export const TEAM_ROLES = ['rep', 'manager', 'legal', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** A user name: a PostgreSQL role, lower-case so it never needs quoting. */
export const USER_NAME = /^[a-z][a-z0-9_]{0,39}$/;

async function adminClient(url: string, t: TFunction, fallbackPassword?: string): Promise<pg.Client> {
  const address = parseTeamUrl(url, t);
  const user = address.user || process.env.PGUSER || 'postgres';
  const password = address.password || process.env.PGPASSWORD || fallbackPassword;
  return connectTeam(address, user, password, t);
}

export interface InitResult {
  applied: { version: number; name: string }[];
  schemaVersion: number;
}

export async function initTeamServer(url: string, t: TFunction): Promise<InitResult> {
  const client = await adminClient(url, t, process.env.PRESALES_TEAM_PASSWORD);
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS public.presales_schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    // One initialiser at a time: a second `team init` waits, then finds everything applied.
    await client.query('SELECT pg_advisory_lock(7301)');
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM public.presales_schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    const applied: InitResult['applied'] = [];
    for (const migration of SERVER_MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO public.presales_schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw serverRefusal(error, t);
      }
      applied.push({ version: migration.version, name: migration.name });
    }
    const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]?.db ?? '';
    await client.query(
      `GRANT CONNECT ON DATABASE "${database.replace(/"/g, '""')}" TO presales_rep, presales_manager, presales_legal, presales_admin`,
    );
    await client.query('SELECT pg_advisory_unlock(7301)');
    return { applied, schemaVersion: Math.max(0, ...SERVER_MIGRATIONS.map((m) => m.version)) };
  } finally {
    await client.end();
  }
}

export interface AddUserInput {
  name: string;
  role: TeamRole;
  password: string;
  /** The manager whose team a rep is in (reps only). */
  manager: string | null;
  displayName: string;
}

export interface AddUserResult {
  name: string;
  role: TeamRole;
  manager: string | null;
  created: boolean;
}

export async function addTeamUser(url: string, input: AddUserInput, t: TFunction): Promise<AddUserResult> {
  if (!USER_NAME.test(input.name)) {
    throw new AppError('INVALID_INPUT', t('team.err.userName', { name: input.name }), {
      name: t('team.err.userName', { name: input.name }),
    });
  }
  if (input.password.length < 8) {
    throw new AppError('INVALID_INPUT', t('team.err.shortPassword'), { password: t('team.err.shortPassword') });
  }
  const client = await adminClient(url, t);
  try {
    await client.query('BEGIN');
    try {
      if (input.manager !== null) {
        const manager = await client.query<{ role: string }>('SELECT role FROM presales.members WHERE name = $1', [
          input.manager,
        ]);
        if (manager.rows[0]?.role !== 'manager') {
          throw new AppError('INVALID_INPUT', t('team.err.noManager', { name: input.manager }), {
            manager: t('team.err.noManager', { name: input.manager }),
          });
        }
      }
      const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [input.name])).rowCount === 1;
      const name = client.escapeIdentifier(input.name);
      const password = client.escapeLiteral(input.password);
      if (exists) await client.query(`ALTER ROLE ${name} LOGIN PASSWORD ${password}`);
      else await client.query(`CREATE ROLE ${name} LOGIN PASSWORD ${password}`);
      for (const role of TEAM_ROLES) {
        const group = `presales_${role}`;
        await client.query(role === input.role ? `GRANT ${group} TO ${name}` : `REVOKE ${group} FROM ${name}`);
      }
      await client.query(
        `INSERT INTO presales.members (name, role, manager, display_name) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO UPDATE SET role = excluded.role, manager = excluded.manager,
           display_name = excluded.display_name`,
        [input.name, input.role, input.manager, input.displayName],
      );
      await client.query('COMMIT');
      return { name: input.name, role: input.role, manager: input.manager, created: !exists };
    } catch (error) {
      await client.query('ROLLBACK');
      throw serverRefusal(error, t);
    }
  } finally {
    await client.end();
  }
}
