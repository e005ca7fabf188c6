/** Types of build-cli.mjs, for the tests and benchmarks that build the CLI. */
export function buildCli(options?: {
  root?: string;
  outDir?: string;
}): Promise<{ entry: string; dir: string; inputs: number }>;
