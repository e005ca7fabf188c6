import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throw-away PostgreSQL cluster for the team-mode tests, from Debian's `postgresql` package:
 * `initdb` into a temporary folder, `pg_ctl start` on a free loopback port, `stop()` removes it.
 * The server runs as the `postgres` user when the tests run as root (PostgreSQL refuses root),
 * and as the current user otherwise. Passwords are required on TCP (scram-sha-256), so the tests
 * log in as each role the way a user's app does.
 */

export interface PgCluster {
  port: number;
  superuser: string;
  superPassword: string;
  /** postgres://postgres:…@127.0.0.1:PORT/DB */
  superUrl(database?: string): string;
  /** postgres://127.0.0.1:PORT/DB, without user or password: what `team connect --url` takes. */
  url(database?: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): void;
}

function binDir(): string {
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const candidates = [
    ...(fs.existsSync('/usr/lib/postgresql')
      ? fs
          .readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
    fromConfig.status === 0 ? fromConfig.stdout.trim() : '',
  ];
  const dir = candidates.find((d) => d !== '' && fs.existsSync(path.join(d, 'initdb')));
  if (!dir) throw new Error('PostgreSQL is not installed: apt-get install postgresql (the .ci/run script does)');
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-pg-'));
  const data = path.join(dir, 'data');
  const superPassword = 'test-superuser-password';
  fs.writeFileSync(path.join(dir, 'pwfile'), `${superPassword}\n`);
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: 'pipe', cwd: dir });
  };
  run(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--pwfile',
    path.join(dir, 'pwfile'),
    '--auth-local=scram-sha-256',
    '--auth-host=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const port = await freePort();
  run(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`,
    'start',
  ]);
  const url = (database = 'postgres') => `postgres://127.0.0.1:${port}/${database}`;
  const superUrl = (database = 'postgres') =>
    `postgres://postgres:${encodeURIComponent(superPassword)}@127.0.0.1:${port}/${database}`;
  return {
    port,
    superuser: 'postgres',
    superPassword,
    url,
    superUrl,
    async createDatabase(name: string) {
      const client = new pg.Client({ connectionString: superUrl() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    stop() {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
