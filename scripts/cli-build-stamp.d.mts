/** Types of cli-build-stamp.mjs, for the tests and benchmarks. */
export interface CliStamp {
  dir: string;
  builtAt: number;
  inputs: string[];
}
export function defaultCliOutDir(root: string): string;
export function readCliStamp(outDir: string): CliStamp | null;
export function freshCliEntry(root: string, outDir?: string): string | null;
export function writeCliStamp(outDir: string, stamp: CliStamp): void;
