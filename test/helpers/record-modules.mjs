/**
 * `node --import ./test/helpers/record-modules.mjs …` with RECORD_MODULES_TO=FILE: appends to FILE
 * every module the process loads, one URL or path a line — ES modules as they are resolved (a
 * resolve hook, which sees tsx's and the bundle's imports alike) and, at exit, the CommonJS modules
 * in require.cache (what CommonJS packages require among themselves). Lets a test name the
 * packages a command loaded.
 */
import fs from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.RECORD_MODULES_TO;
if (file) {
  register('./record-modules-hooks.mjs', import.meta.url, { data: { file } });
  process.on('exit', () => {
    const cache = createRequire(import.meta.url).cache;
    fs.appendFileSync(file, `${Object.keys(cache).join('\n')}\n`);
  });
}
