#!/usr/bin/env node
// The `presales` command. It runs the TypeScript sources through tsx, so it works right after
// `npm install` without a build step, over the same services and database as the app.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
