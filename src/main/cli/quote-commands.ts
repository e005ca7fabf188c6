import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import type { ExportFormat, QuoteDetail } from '../../shared/api/quotes';
import { translator } from '../../shared/i18n';
import { reasonText } from '../../shared/quotes/approval';
import { fenToYuanText, formatYuan } from '../../shared/money';
import { invoke } from './invoke';
import type { CliEnv } from './main';
import { parseFormatList, parseLang } from './options';
import { CliFailure, unwrap } from './output';

/**
 * `presales quote …` and `presales customers …`: the same services as the quote screen. Money in
 * --json output is decimal yuan text ("12345.60"), exact; percentages are "15.00".
 */

const money = (fen: number) => fenToYuanText(fen);
const percent = (bp: number) => (bp / 100).toFixed(2);

/** Every computed figure of a revision, for `quote show --json`. */
export function quoteFigures(q: QuoteDetail) {
  const pricedById = new Map(q.priced.lines.map((l) => [l.id, l]));
  return {
    number: q.number,
    revision: q.revision,
    state: q.state,
    title: q.content.title,
    customer: q.customer?.name ?? null,
    vatMode: q.content.vatMode,
    validUntil: q.content.validUntil,
    sections: q.priced.sections.map((section) => ({
      title: section.title,
      subtotal: money(section.subtotalFen),
      lines: q.content.lines
        .filter((line) => line.sectionId === section.id)
        .flatMap((line) => {
          const p = pricedById.get(line.id);
          if (!p) return [];
          return {
            code: line.code,
            name: line.name,
            kind: line.kind,
            unit: line.unit,
            quantity: line.quantity,
            unitPrice: money(line.unitPriceFen),
            unitPriceOverride: line.unitPriceOverrideFen === null ? null : money(line.unitPriceOverrideFen),
            discountPercent: percent(p.impliedDiscountBp),
            lineAmount: money(p.lineAmountFen),
            wholeDiscountShare: money(p.allocatedDiscountFen),
            amount: money(p.finalAmountFen),
            vatRatePercent: percent(line.vatRateBp),
            net: money(p.netFen),
            tax: money(p.taxFen),
            gross: money(p.grossFen),
            optional: line.optional,
          };
        }),
    })),
    vatSummary: q.priced.vatSummary.map((row) => ({
      vatRatePercent: percent(row.vatRateBp),
      net: money(row.netFen),
      tax: money(row.taxFen),
      gross: money(row.grossFen),
    })),
    listTotal: money(q.priced.listTotalFen),
    discountTotal: money(q.priced.discountTotalFen),
    totalNet: money(q.priced.totalNetFen),
    totalTax: money(q.priced.totalTaxFen),
    total: money(q.priced.totalFen),
    totalCapital: q.totalCapital,
    milestones: q.priced.milestones.map((m) => ({
      label: m.label,
      percent: percent(m.percentBp),
      amount: money(m.amountFen),
    })),
    marginPercent: q.priced.marginBp === null ? null : percent(q.priced.marginBp),
    approvalReasons: q.approvalReasons,
    approval: q.approval,
  };
}

function printSummary(q: QuoteDetail, io: CliEnv['io'], t: TFunction): void {
  io.out(
    `${q.number}-${q.revision}\t${t(`quotes.states.${q.state}`)}\t${formatYuan(q.priced.totalFen)}\t${q.totalCapital}`,
  );
  for (const reason of q.approvalReasons) io.out(`  ! ${reasonText(reason, t)}`);
}

export function registerQuoteCommands(program: Command, { io, openContext }: CliEnv): void {
  const quote = program.command('quote').description('quotes (报价单): create, show, approve, revise, export');

  quote
    .command('create')
    .description('create a quote from a quote file (docs/quote.schema.json); prints its number')
    .requiredOption('--from <file>', 'quote file (.json)')
    .option('--json', 'print every computed figure as JSON')
    .action(async (opts: { from: string; json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      if (!fs.existsSync(opts.from)) throw new CliFailure(t('cli.fileNotFound', { file: opts.from }));
      const created = unwrap(await invoke(ctx, 'quotes.importFile', { json: fs.readFileSync(opts.from, 'utf8') }));
      if (opts.json) return io.out(JSON.stringify(quoteFigures(created), null, 2));
      io.out(created.number);
    });

  quote
    .command('show <number>')
    .description('a quote with every computed figure (NUMBER or NUMBER-B for a revision)')
    .option('--json', 'machine-readable output')
    .action(async (number: string, opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const q = unwrap(await invoke(ctx, 'quotes.byNumber', { number }));
      if (opts.json) return io.out(JSON.stringify(quoteFigures(q), null, 2));
      printSummary(q, io, t);
      for (const section of quoteFigures(q).sections) {
        io.out(`[${section.title}]\t${section.subtotal}`);
        for (const l of section.lines) io.out(`  ${l.code || '—'}\t${l.name}\t${l.quantity} ${l.unit}\t${l.amount}`);
      }
    });

  quote
    .command('list')
    .description('quotes, newest first (latest revision of each)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const quotes = unwrap(await invoke(ctx, 'quotes.list', {}));
      if (opts.json) return io.out(JSON.stringify(quotes, null, 2));
      for (const q of quotes) {
        io.out(
          `${q.number}-${q.revision}\t${t(`quotes.states.${q.state}`)}\t${q.customerName}\t${formatYuan(q.totalFen)}`,
        );
      }
    });

  quote
    .command('approve <number>')
    .description(
      'record the approval of a quote; in team mode a quote waiting for approval is approved on the server as you',
    )
    .option('--by <name>', 'who approves (single-user mode)')
    .option('--comment <text>', 'the approver’s comment', '')
    .action(async (number: string, opts: { by?: string; comment: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const status = unwrap(await invoke(ctx, 'team.status', {}));
      const local = await invoke(ctx, 'quotes.byNumber', { number });
      // A manager decides on a team member's quote that is on the server, not in this database.
      if (status.connected && (!local.ok || local.data.state === 'pending')) {
        const decided = unwrap(
          await invoke(ctx, 'team.decide', { quote: number, decision: 'approved', comment: opts.comment }),
        );
        return io.out(t('cli.team.decided', { label: decided.label, by: decided.decidedBy, at: decided.decidedAt }));
      }
      const q = unwrap(local);
      const by = opts.by ?? (status.connected ? status.displayName || status.user : undefined);
      if (by === undefined) throw new CliFailure(t('cli.team.byRequired'));
      printSummary(
        unwrap(await invoke(ctx, 'quotes.approve', { revisionId: q.revisionId, by, comment: opts.comment })),
        io,
        t,
      );
    });

  quote
    .command('reject <number>')
    .description('(team mode, manager) reject a team member’s quote waiting for approval, with a comment')
    .requiredOption('--comment <text>', 'why, for the rep')
    .action(async (number: string, opts: { comment: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const decided = unwrap(
        await invoke(ctx, 'team.decide', { quote: number, decision: 'rejected', comment: opts.comment }),
      );
      io.out(t('cli.team.rejected', { label: decided.label, by: decided.decidedBy, at: decided.decidedAt }));
    });

  quote
    .command('send <number>')
    .description('mark an approved quote as sent to the customer (locks it)')
    .action(async (number: string) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const q = unwrap(await invoke(ctx, 'quotes.byNumber', { number }));
      printSummary(unwrap(await invoke(ctx, 'quotes.act', { revisionId: q.revisionId, action: 'send' })), io, t);
    });

  quote
    .command('revise <number>')
    .description('make the next revision (A → B) of a sent quote; prints NUMBER-REVISION')
    .action(async (number: string) => {
      const ctx = await openContext();
      const q = unwrap(await invoke(ctx, 'quotes.byNumber', { number }));
      const next = unwrap(await invoke(ctx, 'quotes.revise', { revisionId: q.revisionId }));
      io.out(`${next.number}-${next.revision}`);
    });

  quote
    .command('export <number>')
    .description('write the quote’s documents into a folder')
    .option('--format <list>', 'xlsx,docx,pdf (comma-separated)', 'xlsx,docx,pdf')
    .requiredOption('--out <dir>', 'folder (created if missing)')
    .option('--lang <lang>', 'zh or en (default: the app language)')
    .action(async (number: string, opts: { format: string; out: string; lang?: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const { EXPORT_FORMATS } = await import('../../shared/api/quotes');
      const formats = parseFormatList<ExportFormat>(opts.format, EXPORT_FORMATS, t);
      const locale = parseLang(opts.lang, ctx.locale(), t);
      const q = unwrap(await invoke(ctx, 'quotes.byNumber', { number }));
      for (const format of formats) {
        const written = unwrap(
          await invoke(ctx, 'quotes.exportToFolder', {
            revisionId: q.revisionId,
            format,
            locale,
            folder: path.resolve(opts.out),
          }),
        );
        io.out(written.path);
      }
    });

  const customers = program.command('customers').description('customers (客户)');
  customers
    .command('list')
    .description('customers, most recently changed first')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const list = unwrap(await invoke(ctx, 'customers.list', {}));
      if (opts.json) return io.out(JSON.stringify(list, null, 2));
      for (const c of list) io.out(`#${c.id}\t${c.name}\t${c.contact}\t${c.phone}\t${c.taxId}`);
    });
}
