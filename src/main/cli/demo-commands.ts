import type { Command } from 'commander';
import { translator } from '../../shared/i18n';
import { invoke } from './invoke';
import type { CliEnv } from './main';
import { unwrap } from './output';

export function registerDemoCommands(program: Command, { io, openContext }: CliEnv): void {
  const demo = program.command('demo').description('demo company, catalogue, solutions and customer');
  demo
    .command('load')
    .description('add the demo data (keeps an existing company profile)')
    .action(async () => {
      const ctx = await openContext();
      const status = unwrap(await invoke(ctx, 'demo.load', {}));
      io.out(translator(ctx.locale())('cli.demoLoaded', status));
    });
  demo
    .command('clear')
    .description('delete everything marked as demo; your own data stays')
    .action(async () => {
      const ctx = await openContext();
      unwrap(await invoke(ctx, 'demo.clear', {}));
      io.out(translator(ctx.locale())('cli.demoCleared'));
    });
}
