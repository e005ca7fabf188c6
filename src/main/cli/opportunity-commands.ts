import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import type { OpportunityDetail } from '../../shared/api/opportunities';
import { translator } from '../../shared/i18n';
import { formatYuan, parseYuan } from '../../shared/money';
import { invoke } from './invoke';
import type { CliEnv } from './main';
import { CliFailure, unwrap } from './output';

/** `presales opportunity …`: the same services as the opportunity screens, every command with --json. */

function parseId(text: string, t: TFunction): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new CliFailure(t('err.opportunities.cliId', { value: text }));
  return Number(text);
}

function describe(d: OpportunityDetail, t: TFunction): string {
  const stage = d.stages.find((s) => s.number === d.stage);
  const lines = [
    `#${d.id} ${d.record.name} — ${d.customer.name}`,
    `${t(`opportunities.statuses.${d.archived ? 'archived' : d.status}`)} · ${d.stage}/8 ${stage?.name ?? ''}`,
    `  ${stage?.milestone ?? ''}`,
    `${d.probability.percent}%`,
    ...d.probability.factors.map((f) => `  ${f.points >= 0 ? '+' : ''}${f.points}  ${f.label}`),
    `${t('opportunities.qualificationTitle')}: ${d.qualification.score}/100 ${t(`opportunities.verdicts.${d.qualification.verdict}`)}`,
  ];
  if (d.record.amountFen !== null) lines.push(formatYuan(d.record.amountFen));
  if (d.strongestEvent)
    lines.push(`${d.strongestEvent.label} (${t(`opportunities.strengths.${d.strongestEvent.strength}`)})`);
  for (const w of d.peopleWarnings) lines.push(`! ${w.message}`);
  if (d.nextGate) {
    const next = d.stages.find((s) => s.number === d.nextGate?.to);
    lines.push(`→ ${d.nextGate.to} ${next?.name ?? ''}${d.nextGate.met ? `: ${t('opportunities.gateMet')}` : ''}`);
    for (const m of d.nextGate.missing) lines.push(`  · ${m.message}`);
  }
  const docs = d.documents;
  for (const q of docs.quotes)
    lines.push(`  ${q.number}-${q.revision}\t${t(`quotes.states.${q.state}`)}\t${formatYuan(q.totalFen)}`);
  for (const p of docs.proposals) lines.push(`  proposal #${p.id}\t${p.title}`);
  for (const s of docs.demoScripts) lines.push(`  demo-script #${s.id}\t${s.title}`);
  for (const c of docs.contracts)
    lines.push(`  ${c.number}\t${t(`contracts.states.${c.state}`)}\t${formatYuan(c.totalFen)}`);
  for (const e of d.timeline)
    lines.push(`  ${e.at.slice(0, 16).replace('T', ' ')}\t${e.actor}\t${e.summary}${e.text ? ` — ${e.text}` : ''}`);
  return lines.join('\n');
}

export function registerOpportunityCommands(program: Command, { io, openContext }: CliEnv): void {
  const opportunity = program
    .command('opportunity')
    .description('opportunities (商机): list, create, show, advance, close');

  opportunity
    .command('list')
    .description('open opportunities, most recently changed first')
    .option('--stage <n>', 'only stage 1–8')
    .option('--owner <name>', 'only this owner')
    .option('--month <yyyy-mm>', 'expected to close in this month')
    .option('--status <status>', 'open | won | lost | abandoned | closed | archived | all', 'open')
    .option('--json', 'machine-readable output')
    .action(async (opts: { stage?: string; owner?: string; month?: string; status: string; json?: boolean }) => {
      const ctx = await openContext();
      const result = unwrap(
        await invoke(ctx, 'opportunities.list', {
          stage: opts.stage === undefined ? null : Number(opts.stage),
          owner: opts.owner ?? '',
          closeMonth: opts.month ?? '',
          status: opts.status as 'open',
        }),
      );
      if (opts.json) return io.out(JSON.stringify(result.rows, null, 2));
      for (const o of result.rows) {
        const amount = o.amountFen === null ? '—' : formatYuan(o.amountFen);
        io.out(`#${o.id}\t${o.stage} ${o.stageName}\t${o.probability}%\t${amount}\t${o.name}\t${o.customerName}`);
      }
    });

  opportunity
    .command('create')
    .description('a new opportunity at stage 1; prints its id')
    .requiredOption('--customer <name|id>', 'customer name or id')
    .requiredOption('--name <text>', 'what the deal is called')
    .option('--amount <yuan>', 'estimated amount in yuan')
    .option('--owner <name>', 'who owns it')
    .option('--close <date>', 'expected close date (2027-03-31)')
    .option('--json', 'print the whole opportunity as JSON')
    .action(
      async (opts: {
        customer: string;
        name: string;
        amount?: string;
        owner?: string;
        close?: string;
        json?: boolean;
      }) => {
        const ctx = await openContext();
        const t = translator(ctx.locale());
        const customers = unwrap(await invoke(ctx, 'customers.list', {}));
        const customer = /^\d+$/.test(opts.customer)
          ? customers.find((c) => c.id === Number(opts.customer))
          : customers.find((c) => c.name === opts.customer.trim() || c.shortName === opts.customer.trim());
        if (!customer) throw new CliFailure(t('err.opportunities.cliCustomer', { value: opts.customer }));
        let amountFen: number | null = null;
        if (opts.amount !== undefined) {
          const parsed = parseYuan(opts.amount.replace(/[¥,\s]/g, ''));
          if (!parsed.ok) throw new CliFailure(t('err.opportunities.cliAmount', { value: opts.amount }));
          amountFen = parsed.fen;
        }
        const created = unwrap(
          await invoke(ctx, 'opportunities.create', {
            customerId: customer.id,
            name: opts.name,
            owner: opts.owner ?? '',
            amountFen,
            expectedClose: opts.close ?? '',
          }),
        );
        io.out(opts.json ? JSON.stringify(created, null, 2) : String(created.id));
      },
    );

  opportunity
    .command('show <id>')
    .description('stage, probability with its factors, the gate to the next stage, documents and timeline')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const detail = unwrap(await invoke(ctx, 'opportunities.get', { id: parseId(id, t) }));
      io.out(opts.json ? JSON.stringify(detail, null, 2) : describe(detail, t));
    });

  opportunity
    .command('advance <id>')
    .description('move to stage N; an unmet gate is refused with what is missing unless --override gives a reason')
    .requiredOption('--to <n>', 'stage 1–8')
    .option('--override <reason>', 'pass an unmet gate (logged as an override)')
    .option('--by <name>', 'who does it')
    .option('--json', 'print the opportunity as JSON')
    .action(async (id: string, opts: { to: string; override?: string; by?: string; json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const detail = unwrap(
        await invoke(ctx, 'opportunities.advance', {
          id: parseId(id, t),
          to: Number(opts.to),
          ...(opts.override === undefined ? {} : { override: opts.override }),
          ...(opts.by === undefined ? {} : { by: opts.by }),
        }),
      );
      const stage = detail.stages.find((s) => s.number === detail.stage);
      io.out(
        opts.json
          ? JSON.stringify(detail, null, 2)
          : `#${detail.id}\t${detail.stage} ${stage?.name ?? ''}\t${detail.probability.percent}%`,
      );
    });

  opportunity
    .command('close <id>')
    .description('close as won (the 签约成交 gate must be met, or --override), lost or abandoned, with a reason')
    .option('--won', 'won')
    .option('--lost', 'lost')
    .option('--abandoned', 'abandoned')
    .requiredOption('--reason <text>', 'why')
    .option(
      '--category <category>',
      'price | product | competitor | relationship | budget | timing | noDecision | solution | service | other',
      'other',
    )
    .option('--override <reason>', 'close as won past an unmet gate (logged)')
    .option('--by <name>', 'who does it')
    .option('--json', 'print the opportunity as JSON')
    .action(
      async (
        id: string,
        opts: {
          won?: boolean;
          lost?: boolean;
          abandoned?: boolean;
          reason: string;
          category: string;
          override?: string;
          by?: string;
          json?: boolean;
        },
      ) => {
        const ctx = await openContext();
        const t = translator(ctx.locale());
        const outcomes = (['won', 'lost', 'abandoned'] as const).filter((o) => opts[o]);
        const [outcome] = outcomes;
        if (outcomes.length !== 1 || outcome === undefined) throw new CliFailure(t('err.opportunities.cliOutcome'));
        const detail = unwrap(
          await invoke(ctx, 'opportunities.close', {
            id: parseId(id, t),
            outcome,
            category: opts.category as 'other',
            reason: opts.reason,
            ...(opts.override === undefined ? {} : { override: opts.override }),
            ...(opts.by === undefined ? {} : { by: opts.by }),
          }),
        );
        io.out(
          opts.json
            ? JSON.stringify(detail, null, 2)
            : `#${detail.id}\t${t(`opportunities.statuses.${detail.status}`)}`,
        );
      },
    );

  opportunity
    .command('export-package <id>')
    .description('write the opportunity with its customer, timeline and every document as a .presales package')
    .requiredOption('--out <file>', 'the package file to write (.presales)')
    .option('--by <name>', 'who exports it (shown to whoever imports it)', '')
    .action(async (id: string, opts: { out: string; by: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const file = unwrap(
        await invoke(ctx, 'opportunities.exportPackage', { id: parseId(id, t), exportedBy: opts.by }),
      );
      const target = path.extname(opts.out) === '' ? `${opts.out}.presales` : opts.out;
      fs.writeFileSync(target, Buffer.from(file.dataBase64, 'base64'));
      io.out(path.resolve(target));
    });

  opportunity
    .command('import-package <file>')
    .description('import a .presales package (all or nothing); --dry-run shows what would come in and writes nothing')
    .option('--dry-run', 'check the file and show the preview only')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const input = { fileName: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') };
      const result = unwrap(
        await invoke(ctx, opts.dryRun ? 'opportunities.previewPackage' : 'opportunities.importPackage', input),
      );
      if (opts.json) return io.out(JSON.stringify(result, null, 2));
      const customer =
        result.customer.action === 'new'
          ? t('packages.ui.customerNew', { name: result.customer.name })
          : t(result.customer.matchedBy === 'taxId' ? 'packages.ui.customerTaxId' : 'packages.ui.customerName', {
              name: result.customer.name,
            });
      io.out(
        `${result.opportunityId === null ? '—' : `#${result.opportunityId}`}\t${result.opportunity.name}\t` +
          `${result.opportunity.stage} ${result.opportunity.stageName}`,
      );
      io.out(customer);
      io.out(t('packages.ui.counts', result.counts));
      for (const r of result.renumbered)
        io.out(t('packages.ui.renumbered', { ...r, kind: t(`packages.ui.${r.kind}`) }));
      if (result.missingItems.length > 0) {
        io.out(t('packages.ui.missingItems'));
        for (const m of result.missingItems) io.out(`  ${m.code}\t${m.name}\t${m.quote}`);
      }
      for (const c of result.conflicts) io.out(`! ${c}`);
    });
}
