import { Command, CommanderError } from 'commander';
import type { AppContext } from '../app-context';
import { APP_VERSION } from '../app-version';
import { resolveDbPath } from '../paths';
import { registerCompanyCommands } from './company-commands';
import { registerContractCommands } from './contract-commands';
import { registerDatabaseCommands } from './database-commands';
import { registerDemoCommands } from './demo-commands';
import { registerFunnelCommands } from './funnel-commands';
import { registerOpportunityCommands } from './opportunity-commands';
import { registerPriceCommands } from './prices-commands';
import { registerDemoScriptCommands, registerProposalCommands } from './proposal-commands';
import { registerQuoteCommands } from './quote-commands';
import { registerTeamCommands } from './team-commands';
import { CliFailure, processIo, type CliIo } from './output';

export interface CliEnv {
  io: CliIo;
  /** Opens the database named by --db / PRESALES_DB / the default, once per command. */
  openContext(): Promise<AppContext>;
}

export function buildProgram(io: CliIo, contexts: AppContext[]): Command {
  const program = new Command('presales')
    .description('售前工作台 Presales Workbench — command line over the same database as the app')
    .version(APP_VERSION)
    .option('--db <path>', 'database file (default: PRESALES_DB, else the app’s data folder)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  const env: CliEnv = {
    io,
    async openContext() {
      const dbPath = resolveDbPath(program.opts<{ db?: string }>().db);
      // Loaded here, not at start: `presales --version` and `--help` never open SQLite.
      const { AppContext } = await import('../app-context');
      const ctx = await AppContext.open({ dbPath, seedDemoOnCreate: false });
      contexts.push(ctx);
      return ctx;
    },
  };
  registerDatabaseCommands(program, env);
  registerDemoCommands(program, env);
  registerCompanyCommands(program, env);
  registerPriceCommands(program, env);
  registerQuoteCommands(program, env);
  registerProposalCommands(program, env);
  registerDemoScriptCommands(program, env);
  registerContractCommands(program, env);
  registerOpportunityCommands(program, env);
  registerFunnelCommands(program, env);
  registerTeamCommands(program, env);
  return program;
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const contexts: AppContext[] = [];
  try {
    await buildProgram(io, contexts).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliFailure) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    for (const ctx of contexts) ctx.close();
  }
}
