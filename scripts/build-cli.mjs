#!/usr/bin/env node
/**
 * Builds the `presales` command into out/cli/<build>/: one ES-module bundle of src/main/cli/main.ts
 * (esbuild), split at every dynamic import, so the document renderers (exceljs, docx, pdfkit and
 * the font subsetter), the import pipeline and pg stay in chunks that load when a command first
 * needs them. A few small pure-JavaScript packages are bundled in (fewer files to find and read at
 * start); every other package — the native better-sqlite3, the large document libraries — stays
 * in node_modules, loaded as usual. out/cli/build.json (scripts/cli-build-stamp.mjs) names the
 * build and its inputs; each build gets its own folder, so a command already running from the
 * previous one keeps finding its chunks.
 *
 * Run by `npm install` (the "prepare" script) and by `npm run build:cli`.
 *   node scripts/build-cli.mjs          build; a failure exits non-zero
 *   node scripts/build-cli.mjs --soft   build; a failure only warns (the CLI then runs from the sources)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCliOutDir, readCliStamp, writeCliStamp } from './cli-build-stamp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Packages bundled into the CLI: small, pure JavaScript, needed by most commands. */
const BUNDLED_PACKAGES = new Set(['commander', 'zod', 'i18next', 'decimal.js', 'diff']);

/** 'zod/v4' → 'zod', '@scope/name/x' → '@scope/name'. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Leaves every package outside BUNDLED_PACKAGES (and every node: built-in) to be imported at run time. */
const keepPackagesExternal = {
  name: 'keep-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (args.path.startsWith('node:')) return { external: true };
      return BUNDLED_PACKAGES.has(packageName(args.path)) ? undefined : { external: true };
    });
  },
};

/**
 * zod's 64 message locales (a third of its code) are never used — our messages come from
 * src/shared/i18n — yet `z.locales` keeps them all in the bundle; an empty module stands in.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`)
        ? { path: 'zod-locales', namespace: 'empty' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * Builds the CLI of the project at `root` into a new folder of `outDir` (which must lie inside
 * the project, so the bundle finds node_modules) and writes the stamp; returns the entry file.
 */
export async function buildCli({ root = ROOT, outDir = defaultCliOutDir(root) } = {}) {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  const dir = `build-${builtAt.toString(36)}-${process.pid}`;
  const outdir = path.join(outDir, dir);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main/cli/main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CommonJS packages (commander) call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __presalesRequire } from 'node:module';\nconst require = __presalesRequire(import.meta.url);",
    },
    plugins: [withoutZodLocales, keepPackagesExternal],
    metafile: true,
    logLevel: 'warning',
  });
  // Inputs whose change makes the build stale: our files, this script, and npm's record of the
  // installed packages (files extracted from a package keep its old mtimes; the record is rewritten).
  // (A plugin's stand-in module is listed as `namespace:path`: it is no file.)
  const inputs = Object.keys(result.metafile.inputs).filter(
    (file) => !file.startsWith('node_modules/') && !/^[a-z-]+:/.test(file),
  );
  inputs.push('scripts/build-cli.mjs', 'scripts/cli-build-stamp.mjs');
  if (fs.existsSync(path.join(root, 'node_modules', '.package-lock.json')))
    inputs.push('node_modules/.package-lock.json');

  const previous = readCliStamp(outDir);
  writeCliStamp(outDir, { dir, builtAt, inputs: [...new Set(inputs)].sort() });
  removeOldBuilds(outDir, [dir, previous?.dir]);
  return { entry: path.join(outdir, 'main.js'), dir, inputs: inputs.length };
}

/** Keeps the new build and the one before it (a command may still be running from it). */
function removeOldBuilds(outDir, keep) {
  for (const name of fs.readdirSync(outDir)) {
    if (name.startsWith('build-') && !keep.includes(name)) {
      fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const soft = process.argv.includes('--soft');
  try {
    const started = Date.now();
    const built = await buildCli();
    console.log(
      `presales CLI built → ${path.relative(ROOT, built.entry)} (${built.inputs} inputs, ${Date.now() - started} ms)`,
    );
  } catch (error) {
    console.error(`presales CLI not built: ${error instanceof Error ? error.message : String(error)}`);
    if (soft) console.error('The `presales` command will run from the TypeScript sources (slower to start).');
    process.exitCode = soft ? 0 : 1;
  }
}
