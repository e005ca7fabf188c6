/** The resolve hook of record-modules.mjs (runs on Node's loader thread): one line per resolved module. */
import fs from 'node:fs';

let file = '';

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  fs.appendFileSync(file, `${result.url}\n`);
  return result;
}
