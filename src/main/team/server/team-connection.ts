import type { TFunction } from 'i18next';
import type pg from 'pg';
import { AppError } from '../../../shared/result';

/**
 * Connecting to the team's PostgreSQL server as one user. The address is a postgres:// URL
 * (host, port, database; a user and password in it are taken but never stored). TLS is on unless
 * the server is this machine (127.0.0.1, ::1, localhost), where traffic never leaves it; the URL's
 * `sslmode` (disable, require, verify-full) overrides that either way. Failures become messages
 * that say what to check.
 */

export type TlsMode = 'off' | 'require' | 'verify';

export interface TeamAddress {
  host: string;
  port: number;
  database: string;
  /** A user named in the URL, if any. */
  user: string;
  /** A password in the URL, if any (discouraged: use the environment). */
  password: string;
  tls: TlsMode;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

export function parseTeamUrl(url: string, t: TFunction): TeamAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('INVALID_INPUT', t('team.err.badUrl', { url }), { url: t('team.err.badUrl', { url }) });
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new AppError('INVALID_INPUT', t('team.err.badUrl', { url }), { url: t('team.err.badUrl', { url }) });
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres';
  const sslmode = parsed.searchParams.get('sslmode');
  const host = parsed.hostname;
  const tls: TlsMode =
    sslmode === 'disable'
      ? 'off'
      : sslmode === 'require' || sslmode === 'prefer' || sslmode === 'allow'
        ? 'require'
        : sslmode === 'verify-full' || sslmode === 'verify-ca'
          ? 'verify'
          : LOOPBACK.has(host)
            ? 'off'
            : 'verify';
  return {
    host,
    port: parsed.port === '' ? 5432 : Number(parsed.port),
    database,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    tls,
  };
}

/** The address without credentials, as stored and shown: postgres://host:port/db[?sslmode=…]. */
export function displayUrl(address: TeamAddress): string {
  const host = address.host.includes(':') && !address.host.startsWith('[') ? `[${address.host}]` : address.host;
  const mode = address.tls === 'off' ? 'disable' : address.tls === 'require' ? 'require' : 'verify-full';
  return `postgres://${host}:${address.port}/${encodeURIComponent(address.database)}?sslmode=${mode}`;
}

export async function connectTeam(
  address: TeamAddress,
  user: string,
  password: string | undefined,
  t: TFunction,
): Promise<pg.Client> {
  // pg is loaded on the first connection, not when the app or CLI starts.
  const { Client } = (await import('pg')).default;
  const client = new Client({
    host: address.host.replace(/^\[|\]$/g, ''),
    port: address.port,
    database: address.database,
    user,
    password,
    ssl: address.tls === 'off' ? false : { rejectUnauthorized: address.tls === 'verify' },
    connectionTimeoutMillis: 8_000,
    application_name: 'presales-workbench',
  });
  // A dropped connection must not crash the process; the next query reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw connectionError(error, address, user, t);
  }
  return client;
}

function connectionError(error: unknown, address: TeamAddress, user: string, t: TFunction): AppError {
  const code = (error as { code?: string }).code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  const where = `${address.host}:${address.port}/${address.database}`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'ETIMEDOUT') {
    return new AppError('OFFLINE', t('team.err.unreachable', { where, detail }));
  }
  if (code === '28P01' || code === '28000' || /password/i.test(detail)) {
    return new AppError('UNAUTHORIZED', t('team.err.auth', { user, where }));
  }
  if (code === '3D000') return new AppError('REFUSED', t('team.err.noDatabase', { where }));
  if (/SSL|TLS|certificate/i.test(detail)) return new AppError('OFFLINE', t('team.err.tls', { where, detail }));
  if (/timeout/i.test(detail)) return new AppError('OFFLINE', t('team.err.unreachable', { where, detail }));
  return new AppError('OFFLINE', t('team.err.unreachable', { where, detail }));
}

/** A server refusal (row-level security, grants, the guard triggers) as a message for the user. */
export function serverRefusal(error: unknown, t: TFunction): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === '42501') {
    return new AppError('REFUSED', t('team.err.refused', { detail: detail.replace(/^presales: /, '') }));
  }
  if (code === '40001') return new AppError('CONFLICT', t('team.err.conflict', { detail }));
  if (code === '42P01' || code === '3F000') return new AppError('REFUSED', t('team.err.notInitialised'));
  if (code === 'ECONNRESET' || code === 'ECONNREFUSED' || /Connection terminated/i.test(detail)) {
    return new AppError('OFFLINE', t('team.err.lost', { detail }));
  }
  return new AppError('INTERNAL', t('team.err.server', { detail }));
}
