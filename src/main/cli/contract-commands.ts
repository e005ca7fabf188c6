import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import { fieldLabel } from '../../shared/contract-drafts/blanks';
import { isForSigning } from '../../shared/contract-drafts/lifecycle';
import type { ContractDetail } from '../../shared/api/contract-drafts';
import { translator } from '../../shared/i18n';
import { fenToYuanText, formatPercentBp, formatYuan } from '../../shared/money';
import type { AppContext } from '../app-context';
import { invoke } from './invoke';
import { registerContractTemplateCommands } from './contract-template-commands';
import type { CliEnv } from './main';
import { parseFormatList, parseLang, writeOutput } from './options';
import { CliFailure, unwrap } from './output';

/** `presales contract …`: contract drafts from approved quotes, the same services as the screens. */

/** The figures legal and scripts check: total, 大写, milestones and the non-standard clauses. */
export function contractFigures(c: ContractDetail) {
  return {
    id: c.id,
    number: c.number,
    revision: c.revision,
    state: c.state,
    title: c.content.title,
    template: c.template.key,
    quote: c.quote.number,
    customer: c.deal.customer.name,
    supplier: c.deal.company.name,
    total: fenToYuanText(c.deal.totalFen),
    totalFen: c.deal.totalFen,
    totalCapital: c.deal.totalCapital,
    net: fenToYuanText(c.deal.netFen),
    tax: fenToYuanText(c.deal.taxFen),
    schedule: c.deal.lines.map((l) => ({
      no: l.no,
      name: l.name,
      unit: l.unit,
      quantity: l.quantity,
      vatRatePercent: formatPercentBp(l.vatRateBp),
      amount: fenToYuanText(l.grossFen),
    })),
    milestones: c.deal.milestones.map((m) => ({
      label: m.label,
      trigger: m.trigger,
      percent: formatPercentBp(m.percentBp),
      amount: fenToYuanText(m.amountFen),
      amountFen: m.amountFen,
      capital: m.capital,
    })),
    nonStandard: c.nonStandard.map((n) => ({
      number: n.number,
      heading: n.heading,
      status: n.status,
      diff: n.diff,
    })),
    problems: c.problems,
    events: c.events,
  };
}

async function resolveId(ctx: AppContext, ref: string, t: TFunction): Promise<number> {
  const list = unwrap(await invoke(ctx, 'contracts.list', {}));
  const found = list.find((c) => c.number === ref.trim() || String(c.id) === ref.trim());
  if (!found) throw new CliFailure(t('err.contracts.notFound', { id: ref }));
  return found.id;
}

function printContract(c: ContractDetail, io: CliEnv['io'], t: TFunction): void {
  io.out(`${c.number} (${c.revision})\t${t(`contracts.states.${c.state}`)}\t${c.content.title}`);
  io.out(`${c.deal.customer.name} ← ${c.deal.company.name}\t${c.quote.number}`);
  io.out(`${formatYuan(c.deal.totalFen)}\t${c.deal.totalCapital}`);
  for (const m of c.deal.milestones) {
    io.out(`  ${m.label}\t${formatPercentBp(m.percentBp)}\t${formatYuan(m.amountFen)}\t${m.capital}`);
  }
  for (const n of c.nonStandard) io.out(`! ${n.number || '—'} ${n.heading}\t${t(`contracts.status.${n.status}`)}`);
  for (const p of c.problems) io.out(`? {{${p.field}}}\t${p.heading}`);
}

export function registerContractCommands(program: Command, env: CliEnv): void {
  const { io, openContext } = env;
  const contract = program.command('contract').description('contract drafts (合同草稿): create, show, act, export');
  registerContractTemplateCommands(contract, env);

  contract
    .command('create')
    .description('draft a contract from an approved quote; prints its number')
    .requiredOption('--from-quote <number>', 'quote number (BJ-2026-0001, or BJ-2026-0001-B for a revision)')
    .option('--template <id>', 'template id or key (licence-zh, trial-zh, licence-en)')
    .option('--json', 'print the contract figures as JSON')
    .action(async (opts: { fromQuote: string; template?: string; json?: boolean }) => {
      const ctx = await openContext();
      const template =
        opts.template === undefined ? undefined : /^\d+$/.test(opts.template) ? Number(opts.template) : opts.template;
      const created = unwrap(await invoke(ctx, 'contracts.create', { quoteNumber: opts.fromQuote, template }));
      if (opts.json) return io.out(JSON.stringify(contractFigures(created), null, 2));
      io.out(created.number);
    });

  contract
    .command('list')
    .description('contracts, most recently changed first')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const list = unwrap(await invoke(ctx, 'contracts.list', {}));
      if (opts.json) return io.out(JSON.stringify(list, null, 2));
      for (const c of list) {
        io.out(`${c.number}\t${t(`contracts.states.${c.state}`)}\t${c.customerName}\t${formatYuan(c.totalFen)}`);
      }
    });

  contract
    .command('show <id>')
    .description('a contract: total, 大写, milestones, non-standard clauses (ID or HT-2026-0001)')
    .option('--json', 'machine-readable output')
    .option('--revision <n>', 'an earlier revision')
    .action(async (ref: string, opts: { json?: boolean; revision?: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const id = await resolveId(ctx, ref, t);
      const revision = opts.revision === undefined ? undefined : Number(opts.revision);
      const detail = unwrap(await invoke(ctx, 'contracts.get', { id, revision }));
      if (opts.json) return io.out(JSON.stringify(contractFigures(detail), null, 2));
      printContract(detail, io, t);
    });

  contract
    .command('act <id> <action>')
    .description('submit | approve | return | sign | reopen, recorded with who and when')
    .requiredOption('--by <name>', 'who does it')
    .option('--comment <text>', 'a comment for the record', '')
    .action(async (ref: string, action: string, opts: { by: string; comment: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const id = await resolveId(ctx, ref, t);
      const detail = unwrap(
        await invoke(ctx, 'contracts.act', {
          id,
          action: action as 'submit',
          by: opts.by,
          comment: opts.comment,
        }),
      );
      io.out(`${detail.number} (${detail.revision})\t${t(`contracts.states.${detail.state}`)}`);
    });

  contract
    .command('export <id>')
    .description(
      'write the contract as .docx (for legal) and/or .pdf (for signing) into a folder; a draft marks missing values as blanks',
    )
    .option('--format <list>', 'docx,pdf (comma-separated)', 'docx,pdf')
    .requiredOption('--out <dir>', 'folder (created if missing)')
    .option('--lang <lang>', "zh or en (default: the contract's language)")
    .action(async (ref: string, opts: { format: string; out: string; lang?: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const id = await resolveId(ctx, ref, t);
      const formats = parseFormatList(opts.format, ['docx', 'pdf'] as const, t);
      const detail = unwrap(await invoke(ctx, 'contracts.get', { id }));
      const locale = parseLang(opts.lang, detail.lang, t);
      for (const format of formats) {
        writeOutput(opts.out, unwrap(await invoke(ctx, 'contracts.export', { id, format, locale })), io);
      }
      // A draft goes out with its missing values as marked blanks: say which, on stderr.
      if (!isForSigning(detail.state) && detail.problems.length > 0) {
        const labels = [...new Set(detail.problems.map((p) => fieldLabel(p, ctx.locale())))];
        io.err(
          t('contracts.exportedWithBlanks', {
            number: detail.number,
            n: labels.length,
            list: labels.join(ctx.locale() === 'zh-CN' ? '、' : ', '),
          }),
        );
      }
    });
}
