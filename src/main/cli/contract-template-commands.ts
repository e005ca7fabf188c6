import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import type { ContractTemplate } from '../../shared/api/contract-drafts';
import type { ContractTemplateDetail, TemplateClauseInput } from '../../shared/api/contract-templates';
import { translator } from '../../shared/i18n';
import type { AppContext } from '../app-context';
import { invoke } from './invoke';
import type { CliEnv } from './main';
import { CliFailure, unwrap } from './output';

/**
 * `presales contract templates` and `presales contract template …`: list, show, copy, rename,
 * set the clauses (in order, with their wording) and delete contract templates — the same
 * service as the 合同模板 screen, with the same checks.
 */

async function resolveTemplate(ctx: AppContext, ref: string, t: TFunction): Promise<ContractTemplate> {
  const list = unwrap(await invoke(ctx, 'contractTemplates.list', {}));
  const found = list.find((x) => x.key === ref.trim() || String(x.id) === ref.trim());
  if (!found) {
    const keys = list.map((x) => x.key).join(', ');
    throw new CliFailure(t('err.contracts.templateNotFound', { template: ref, keys }));
  }
  return found;
}

function printTemplate(detail: ContractTemplateDetail, io: CliEnv['io'], t: TFunction): void {
  const { template } = detail;
  io.out(
    `${template.key}\t${template.name}\t${t(`language.${template.lang}`)}\t${t(`contracts.kinds.${template.kind}`)}`,
  );
  io.out(t('contractTemplateUi.usedBy', { n: detail.usedBy }));
  template.clauses.forEach((c, i) => {
    const mandatory = c.mandatory ? ` (${t('contractTemplateUi.editor.mandatory')})` : '';
    io.out(`${String(i + 1).padStart(2)}  ${c.key}:${c.wording}\t${c.heading}${mandatory}`);
  });
}

/**
 * "parties,scope,disputes:court,signatures": clause keys of the template's language in order, a
 * wording after a colon (default: the one the template has, else the clause's first).
 */
function parseClauseList(list: string, detail: ContractTemplateDetail, t: TFunction): TemplateClauseInput[] {
  const byKey = new Map(detail.library.map((c) => [c.key, c]));
  const current = new Map(detail.template.clauses.map((c) => [c.key, c.wording]));
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [key = '', wording] = part.split(':').map((s) => s.trim());
      const clause = byKey.get(key);
      if (!clause) {
        const keys = detail.library.map((c) => c.key).join(', ');
        throw new CliFailure(t('err.contractTemplates.unknownClauseKey', { key, keys }));
      }
      return { clauseId: clause.id, wording: wording ?? current.get(key) ?? clause.wordings[0]?.key ?? 'default' };
    });
}

export function registerContractTemplateCommands(contract: Command, { io, openContext }: CliEnv): void {
  contract
    .command('templates')
    .description('contract templates: key, name, language, kind, clauses')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const list = unwrap(await invoke(ctx, 'contractTemplates.list', {}));
      if (opts.json) return io.out(JSON.stringify(list, null, 2));
      for (const x of list) {
        io.out(
          `${x.key}\t${x.name}\t${t(`language.${x.lang}`)}\t${t('contractUi.templates.clauses', { n: x.clauses.length })}`,
        );
      }
    });

  const template = contract
    .command('template')
    .description('show, copy, rename, set the clauses of, delete a template');

  template
    .command('show <key>')
    .description('a template: its clauses in order with their wording, and how many contracts use it')
    .option('--json', 'machine-readable output')
    .action(async (ref: string, opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const found = await resolveTemplate(ctx, ref, t);
      const detail = unwrap(await invoke(ctx, 'contractTemplates.get', { id: found.id }));
      if (opts.json) return io.out(JSON.stringify({ ...detail.template, usedBy: detail.usedBy }, null, 2));
      printTemplate(detail, io, t);
    });

  template
    .command('copy <key>')
    .description('copy a template (default name: … （副本）); prints the new key')
    .option('--name <name>', 'name of the copy')
    .action(async (ref: string, opts: { name?: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const found = await resolveTemplate(ctx, ref, t);
      const copy = unwrap(await invoke(ctx, 'contractTemplates.copy', { id: found.id, name: opts.name }));
      io.out(`${copy.template.key}\t${copy.template.name}`);
    });

  template
    .command('rename <key>')
    .description('rename a template (its key stays); contracts drafted from it do not change')
    .requiredOption('--name <name>', 'the new name')
    .option('--description <text>', 'the new description')
    .action(async (ref: string, opts: { name: string; description?: string }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const found = await resolveTemplate(ctx, ref, t);
      const saved = unwrap(
        await invoke(ctx, 'contractTemplates.save', {
          id: found.id,
          name: opts.name,
          description: opts.description ?? found.description,
          clauses: found.clauses.map((c) => ({ clauseId: c.clauseId, wording: c.wording })),
        }),
      );
      io.out(`${saved.template.key}\t${saved.template.name}`);
    });

  template
    .command('clauses <key> <list>')
    .description('set the clauses in order: comma-separated clause keys, a wording after a colon (disputes:court)')
    .action(async (ref: string, list: string) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const found = await resolveTemplate(ctx, ref, t);
      const detail = unwrap(await invoke(ctx, 'contractTemplates.get', { id: found.id }));
      const saved = unwrap(
        await invoke(ctx, 'contractTemplates.save', {
          id: found.id,
          name: found.name,
          description: found.description,
          clauses: parseClauseList(list, detail, t),
        }),
      );
      printTemplate(saved, io, t);
    });

  template
    .command('delete <key>')
    .description('delete a template no contract was drafted from')
    .action(async (ref: string) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const found = await resolveTemplate(ctx, ref, t);
      unwrap(await invoke(ctx, 'contractTemplates.delete', { id: found.id }));
      io.out(found.key);
    });
}
