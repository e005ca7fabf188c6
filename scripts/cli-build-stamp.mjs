/**
 * The stamp of the built CLI: out/cli/build.json names the folder of the newest build, when it
 * was made and every file it was made from (our sources, package.json, npm's record of the
 * installed packages). bin/presales.mjs uses the build only while none of those files is newer
 * than the build: one stat per input, no walk of the tree.
 *
 * Plain JavaScript importing only Node's modules: the `presales` command reads it before anything else.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where `npm install` (prepare) and `npm run build:cli` put the CLI, under the project root. */
export function defaultCliOutDir(root) {
  return path.join(root, 'out', 'cli');
}

/** Reads <outDir>/build.json; null when there is none or it cannot be read. */
export function readCliStamp(outDir) {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(outDir, 'build.json'), 'utf8'));
    if (typeof stamp.dir !== 'string' || typeof stamp.builtAt !== 'number' || !Array.isArray(stamp.inputs)) return null;
    return stamp;
  } catch {
    return null;
  }
}

/**
 * The built entry (<outDir>/<build>/main.js) when the build is current, else null: no build
 * yet, or an input (a path relative to `root`) changed or vanished after the build started.
 */
export function freshCliEntry(root, outDir = defaultCliOutDir(root)) {
  const stamp = readCliStamp(outDir);
  if (stamp === null) return null;
  for (const input of stamp.inputs) {
    const stat = fs.statSync(path.join(root, input), { throwIfNoEntry: false });
    if (stat === undefined || stat.mtimeMs > stamp.builtAt) return null;
  }
  const entry = path.join(outDir, stamp.dir, 'main.js');
  return fs.existsSync(entry) ? entry : null;
}

/** Writes <outDir>/build.json atomically (write, then rename): a reader never sees half of it. */
export function writeCliStamp(outDir, stamp) {
  const file = path.join(outDir, 'build.json');
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(stamp, null, 2)}\n`);
  fs.renameSync(partial, file);
}
