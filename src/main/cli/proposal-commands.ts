import type { Command } from 'commander';
import { translator } from '../../shared/i18n';
import { invoke } from './invoke';
import type { CliEnv } from './main';
import { parseFormatList, parseLang, writeOutput } from './options';
import { unwrap } from './output';

/** `presales proposal …`: the same services as the proposal builder. */

const PROPOSAL_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
type ProposalFormat = (typeof PROPOSAL_FORMATS)[number];

export function registerProposalCommands(program: Command, { io, openContext }: CliEnv): void {
  const proposal = program.command('proposal').description('proposals (方案书): list and export');

  proposal
    .command('list')
    .description('proposals, most recently changed first')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const list = unwrap(await invoke(ctx, 'proposals.list', {}));
      if (opts.json) return io.out(JSON.stringify(list, null, 2));
      for (const p of list) io.out(`#${p.id}\t${p.title}\t${p.customerName}\t${p.quoteNumber || '—'}`);
    });

  proposal
    .command('export <id>')
    .description('write the proposal as .docx/.pdf (and the deviation table as .xlsx) into a folder')
    .option('--format <list>', 'docx,pdf,xlsx (comma-separated)', 'docx,pdf')
    .requiredOption('--out <dir>', 'folder (created if missing)')
    .option('--lang <lang>', 'zh or en (default: the app language)')
    .action(async (id: string, opts: { format: string; out: string; lang?: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const formats = parseFormatList<ProposalFormat>(opts.format, PROPOSAL_FORMATS, t);
      const locale = parseLang(opts.lang, ctx.locale(), t);
      for (const format of formats) {
        writeOutput(opts.out, unwrap(await invoke(ctx, 'proposals.export', { id: Number(id), format, locale })), io);
      }
    });
}

export function registerDemoScriptCommands(program: Command, { io, openContext }: CliEnv): void {
  const script = program.command('demo-script').description('demo scripts (演示脚本): list and export');

  script
    .command('list')
    .description('demo scripts, most recently changed first')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const list = unwrap(await invoke(ctx, 'demoScripts.list', {}));
      if (opts.json) return io.out(JSON.stringify(list, null, 2));
      for (const s of list) io.out(`#${s.id}\t${s.title}\t${s.customerName}\t${s.totalMinutes} min`);
    });

  script
    .command('export <id>')
    .description('write the demo script as .docx/.pdf into a folder')
    .option('--format <list>', 'docx,pdf (comma-separated)', 'docx,pdf')
    .requiredOption('--out <dir>', 'folder (created if missing)')
    .option('--lang <lang>', 'zh or en (default: the app language)')
    .action(async (id: string, opts: { format: string; out: string; lang?: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const formats = parseFormatList(opts.format, ['docx', 'pdf'] as const, t);
      const locale = parseLang(opts.lang, ctx.locale(), t);
      for (const format of formats) {
        writeOutput(opts.out, unwrap(await invoke(ctx, 'demoScripts.export', { id: Number(id), format, locale })), io);
      }
    });
}
