import type { Command } from 'commander';
import type { SyncResult, TeamStatus } from '../../shared/api/team';
import { translator } from '../../shared/i18n';
import { DEFAULT_LOCALE } from '../../shared/locale';
import { formatPercentBp, formatYuan } from '../../shared/money';
import { AppError } from '../../shared/result';
import { invoke } from './invoke';
import { addTeamUser, initTeamServer, TEAM_ROLES, type TeamRole } from '../team/server/server-admin';
import type { CliEnv } from './main';
import { CliFailure, unwrap } from './output';

/**
 * `presales team …`: setting up the team server (init, add-user, with a URL naming a user allowed
 * to create roles) and joining this database to it (connect, sync, status, approvals). Passwords
 * come from PRESALES_TEAM_PASSWORD, never from an argument.
 */

const t0 = translator(DEFAULT_LOCALE);

function fail(error: unknown): never {
  if (error instanceof AppError) throw new CliFailure(error.message);
  throw error;
}

function statusLines(s: TeamStatus, t: ReturnType<typeof translator>): string[] {
  if (!s.connected) return [t('cli.team.single')];
  const lines = [
    t('cli.team.connected', { url: s.url, user: s.user, role: s.role ? t(`team.roles.${s.role}`) : '' }),
    t('cli.team.pending', {
      deals: s.pending.deals,
      quotes: s.pending.quotes,
      contracts: s.pending.contracts,
      versions: s.pending.priceVersions,
    }),
  ];
  if (s.lastSync) {
    lines.push(
      t(s.lastSync.ok ? 'cli.team.lastSync' : 'cli.team.lastSyncFailed', {
        at: s.lastSync.startedAt,
        pushed: s.lastSync.pushed,
        pulled: s.lastSync.pulled,
        message: s.lastSync.message,
      }),
    );
  }
  for (const c of s.conflicts)
    lines.push(t('cli.team.conflict', { label: c.label, by: c.serverBy, at: c.serverAt, uid: c.uid }));
  return lines;
}

function syncLines(r: SyncResult, t: ReturnType<typeof translator>): string[] {
  return [
    t('cli.team.synced', {
      pushed: r.pushed,
      pulled: r.pulled,
      versions: r.priceVersions,
      rules: r.rules,
      decisions: r.decisions,
      ms: r.ms,
    }),
    ...r.conflicts.map((label) => t('cli.team.conflictShort', { label })),
    ...r.refused,
  ];
}

export function registerTeamCommands(program: Command, { io, openContext }: CliEnv): void {
  const team = program
    .command('team')
    .description(
      'team mode on PostgreSQL: set up the server, join it, sync, approvals (password: PRESALES_TEAM_PASSWORD)',
    );

  team
    .command('init')
    .description('create the team schema, roles and policies on the server (again: a no-op)')
    .requiredOption('--url <url>', 'postgres://SUPERUSER@HOST:PORT/DB')
    .option('--json', 'machine-readable output')
    .action(async (opts: { url: string; json?: boolean }) => {
      const result = await initTeamServer(opts.url, t0).catch(fail);
      if (opts.json) return io.out(JSON.stringify(result, null, 2));
      io.out(
        result.applied.length === 0
          ? t0('cli.team.initNothing', { version: result.schemaVersion })
          : t0('cli.team.initDone', {
              applied: result.applied.map((m) => `${m.version} ${m.name}`).join(', '),
              version: result.schemaVersion,
            }),
      );
    });

  team
    .command('add-user <name>')
    .description('create (or update) a login of the team, with the password in PRESALES_TEAM_PASSWORD')
    .requiredOption('--role <role>', `one of ${TEAM_ROLES.join(', ')}`)
    .requiredOption('--url <url>', 'postgres://SUPERUSER@HOST:PORT/DB')
    .option('--manager <name>', 'the manager whose team a rep is in')
    .option('--display-name <name>', 'the name shown on documents and approvals (e.g. 张经理)')
    .option('--json', 'machine-readable output')
    .action(
      async (
        name: string,
        opts: { role: string; url: string; manager?: string; displayName?: string; json?: boolean },
      ) => {
        if (!(TEAM_ROLES as readonly string[]).includes(opts.role)) {
          throw new CliFailure(t0('cli.team.badRole', { role: opts.role, roles: TEAM_ROLES.join(', ') }));
        }
        const password = process.env.PRESALES_TEAM_PASSWORD ?? '';
        if (password === '') throw new CliFailure(t0('team.err.noPassword'));
        const result = await addTeamUser(
          opts.url,
          {
            name,
            role: opts.role as TeamRole,
            password,
            manager: opts.manager ?? null,
            displayName: opts.displayName ?? name,
          },
          t0,
        ).catch(fail);
        if (opts.json) return io.out(JSON.stringify(result, null, 2));
        io.out(
          t0(result.created ? 'cli.team.userAdded' : 'cli.team.userUpdated', {
            name: result.name,
            role: t0(`team.roles.${result.role}`),
          }),
        );
      },
    );

  team
    .command('connect')
    .description('join this database to the team server as a user (password: PRESALES_TEAM_PASSWORD)')
    .requiredOption('--url <url>', 'postgres://HOST:PORT/DB (TLS unless the host is this machine; ?sslmode= overrides)')
    .requiredOption('--user <name>', 'your user on the team server')
    .option('--json', 'machine-readable output')
    .action(async (opts: { url: string; user: string; json?: boolean }) => {
      const ctx = await openContext();
      const status = unwrap(await invoke(ctx, 'team.connect', { url: opts.url, user: opts.user }));
      if (opts.json) return io.out(JSON.stringify(status, null, 2));
      for (const line of statusLines(status, translator(ctx.locale()))) io.out(line);
    });

  team
    .command('disconnect')
    .description('leave team mode (the local data stays)')
    .action(async () => {
      const ctx = await openContext();
      const status = unwrap(await invoke(ctx, 'team.disconnect', {}));
      for (const line of statusLines(status, translator(ctx.locale()))) io.out(line);
    });

  team
    .command('sync')
    .description('pull the team’s price lists and decisions, push local changes')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const result = unwrap(await invoke(ctx, 'team.sync', {}));
      if (opts.json) return io.out(JSON.stringify(result, null, 2));
      for (const line of syncLines(result, translator(ctx.locale()))) io.out(line);
    });

  team
    .command('status')
    .description('team mode, last sync, pending changes and conflicts (no network)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const status = unwrap(await invoke(ctx, 'team.status', {}));
      if (opts.json) return io.out(JSON.stringify(status, null, 2));
      for (const line of statusLines(status, translator(ctx.locale()))) io.out(line);
    });

  team
    .command('resolve <uid>')
    .description('end a sync conflict: keep this machine’s version or take the server’s')
    .requiredOption('--keep <side>', 'mine or theirs')
    .action(async (uid: string, opts: { keep: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      if (opts.keep !== 'mine' && opts.keep !== 'theirs') throw new CliFailure(t('cli.team.badKeep'));
      const status = unwrap(await invoke(ctx, 'team.resolve', { uid, keep: opts.keep }));
      for (const line of statusLines(status, t)) io.out(line);
    });

  team
    .command('reviews')
    .description('(legal) the team’s contracts under review (法务审核中)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const pending = unwrap(await invoke(ctx, 'team.reviews', {}));
      if (opts.json) return io.out(JSON.stringify(pending, null, 2));
      if (pending.length === 0) return io.out(t('cli.team.noReviews'));
      for (const p of pending) io.out(`${p.label}\t${p.ownerName}\t${p.customerName}\t${p.template}`);
    });

  team
    .command('review <contract>')
    .description('(legal) approve a contract under review, or return it for changes, on the server')
    .option('--approve', 'approve it')
    .option('--return', 'return it for changes')
    .option('--comment <text>', 'for the rep', '')
    .action(async (contract: string, opts: { approve?: boolean; return?: boolean; comment: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      if (opts.approve === opts.return) throw new CliFailure(t('cli.team.approveOrReturn'));
      const decided = unwrap(
        await invoke(ctx, 'team.review', {
          contract,
          decision: opts.approve ? 'approved' : 'returned',
          comment: opts.comment,
        }),
      );
      io.out(
        t(decided.decision === 'approved' ? 'cli.team.reviewed' : 'cli.team.returned', {
          label: decided.label,
          by: decided.decidedBy,
          at: decided.decidedAt,
        }),
      );
    });

  team
    .command('approvals')
    .description('(manager) the team’s quotes waiting for your decision, with reasons and margin')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const pending = unwrap(await invoke(ctx, 'team.approvals', {}));
      if (opts.json) return io.out(JSON.stringify(pending, null, 2));
      if (pending.length === 0) return io.out(t('cli.team.noApprovals'));
      for (const p of pending) {
        io.out(
          `${p.label}\t${p.ownerName}\t${p.customerName}\t${formatYuan(p.totalFen)}\t` +
            `${p.marginBp === null ? '—' : formatPercentBp(p.marginBp)}`,
        );
        for (const reason of p.reasons) io.out(`  · ${reason}`);
      }
    });

  team
    .command('deals')
    .description('the open deals you may see on the server (a manager: the team’s), where each stands and why')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const report = unwrap(await invoke(ctx, 'team.deals', {}));
      if (opts.json) return io.out(JSON.stringify(report, null, 2));
      if (report.deals.length === 0) return io.out(t('cli.team.noDeals'));
      for (const d of report.deals) {
        io.out(
          `${d.userName}\t${d.customerName}\t${d.name}\t${d.stage} ${d.stageName}\t` +
            `${d.amountFen === null ? '—' : formatYuan(d.amountFen)}\t${d.probability}%`,
        );
        for (const item of d.missing) io.out(`  · ${item}`);
        for (const item of d.attention) io.out(`  ! ${item}`);
      }
      io.out(t('cli.team.dealsTotal', { count: report.totals.count, amount: formatYuan(report.totals.weightedFen) }));
    });
}
