#!/usr/bin/env node
// The `presales` command, over the same services and database as the app. It runs the CLI built
// into out/cli/ (by `npm install`, or `npm run build:cli`), which loads only what the command needs.
// In a development checkout whose sources are newer than that build, it runs the TypeScript
// sources through tsx instead: slower to start, never out of date.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshCliEntry } from '../scripts/cli-build-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = freshCliEntry(root);
let cli;
if (built) {
  cli = await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/main/cli/main.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
