import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { FunnelReport } from '../../shared/api/funnel';
import { translator } from '../../shared/i18n';
import { formatYuan } from '../../shared/money';
import { invoke } from './invoke';
import type { CliEnv } from './main';
import { unwrap } from './output';

/** `presales funnel`: the manager's dashboard as text or JSON, from the same service. */

function describe(r: FunnelReport, t: ReturnType<typeof translator>): string[] {
  const lines: string[] = [];
  for (const s of r.stages)
    lines.push(`${s.stage} ${s.name}\t${s.count}\t${formatYuan(s.amountFen)}\t${formatYuan(s.weightedFen)}`);
  lines.push(`Σ\t${r.totals.count}\t${formatYuan(r.totals.amountFen)}\t${formatYuan(r.totals.weightedFen)}`);
  lines.push('');
  for (const m of r.forecast)
    lines.push(
      `${m.month || t('funnel.noMonth')}\t${t('funnel.forecast.committed')} ${formatYuan(m.committedFen)}\t` +
        `${t('funnel.forecast.bestCase')} ${formatYuan(m.bestCaseFen)}\t${t('funnel.forecast.pipeline')} ${formatYuan(m.pipelineFen)}`,
    );
  if (r.attention.length > 0) lines.push('');
  for (const a of r.attention) lines.push(`#${a.id} ${a.name}\t${a.owner}\t${a.messages.join('；')}`);
  const wl = r.winLoss;
  lines.push('', `${wl.won} / ${wl.lost} / ${wl.abandoned}\t${wl.winRate === null ? '—' : `${wl.winRate}%`}`);
  return lines;
}

export function registerFunnelCommands(program: Command, { io, openContext }: CliEnv): void {
  program
    .command('funnel')
    .description('the sales funnel: stages, weighted amounts, forecast, deals needing attention, won/lost')
    .option('--from <date>', 'won/lost period from (YYYY-MM-DD)')
    .option('--to <date>', 'won/lost period to (YYYY-MM-DD)')
    .option('--json', 'machine-readable output')
    .option('--out <file>', 'write the funnel as .xlsx (tables with SUM formulas) or .pdf (one-page report)')
    .action(async (opts: { from?: string; to?: string; json?: boolean; out?: string }) => {
      const ctx = await openContext();
      if (opts.out !== undefined) {
        const format = path.extname(opts.out).toLowerCase() === '.pdf' ? 'pdf' : 'xlsx';
        const file = unwrap(await invoke(ctx, 'funnel.export', { format, from: opts.from ?? '', to: opts.to ?? '' }));
        const target = path.extname(opts.out) === '' ? `${opts.out}.${format}` : opts.out;
        fs.writeFileSync(target, Buffer.from(file.dataBase64, 'base64'));
        return io.out(path.resolve(target));
      }
      const report = unwrap(await invoke(ctx, 'funnel.get', { from: opts.from ?? '', to: opts.to ?? '' }));
      if (opts.json) return io.out(JSON.stringify(report, null, 2));
      for (const line of describe(report, translator(ctx.locale()))) io.out(line);
    });
}
