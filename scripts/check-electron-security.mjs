#!/usr/bin/env node
/**
 * `npm run security` (part of `npm test`): runs Electronegativity (@doyensec/electronegativity)
 * over src/ and fails on any finding that is not in security/electronegativity-reviewed.json
 * with a reason — and on a reviewed entry that no longer matches anything, or a file it could not
 * parse (an unscanned file is an unchecked one).
 *
 *   node scripts/check-electron-security.mjs [--input DIR] [--reviewed FILE]
 *
 * Works offline: Electronegativity's runner would fetch its translations and the Electron release
 * list from the internet on every run; here it gets its bundled English texts instead, and the
 * release check (AvailableSecurityFixesGlobalCheck, which needs that list) is left out — which
 * Electron version we ship is decided in package.json, not by this check.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { entryFor, reviewFindings } from './security-review.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    input: { type: 'string', default: path.join(root, 'src') },
    reviewed: { type: 'string', default: path.join(root, 'security', 'electronegativity-reviewed.json') },
  },
});
const NEEDS_NETWORK = ['AvailableSecurityFixesGlobalCheck'];

process.exitCode = await main();

async function main() {
  const input = path.resolve(options.input);
  const electronVersion = readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version;
  const scan = await runElectronegativity(input, electronVersion);
  const reviewed = readJson(options.reviewed).reviewed ?? [];
  const review = reviewFindings(scan.findings, reviewed);
  const listName = path.relative(root, options.reviewed);

  console.log(
    `Electronegativity: ${scan.atomicChecks} atomic + ${scan.globalChecks} global checks over ${path.relative(root, input) || '.'}/ (Electron ${electronVersion})`,
  );
  for (const { finding } of review.accepted) console.log(`  reviewed  ${where(finding)}  ${finding.check}`);
  for (const finding of review.unreviewed) {
    console.log(`  NEW       ${where(finding)}  ${finding.check}: ${finding.description} (${finding.url})`);
  }
  for (const entry of review.withoutReason) console.log(`  NO REASON ${entry.file}  ${entry.check}`);
  for (const entry of review.stale)
    console.log(`  STALE     ${entry.file}  ${entry.check}: matches no finding any more`);
  for (const error of scan.parseErrors) console.log(`  UNPARSED  ${error.file}: ${error.message}`);

  if (review.ok && scan.parseErrors.length === 0) {
    console.log(`No unreviewed findings (${review.accepted.length} reviewed in ${listName}).`);
    return 0;
  }
  if (review.unreviewed.length > 0) {
    console.log(
      `\n${review.unreviewed.length} finding(s) not reviewed. Fix them in the code (preferred), or — once you have` +
        ` checked that one is safe — add it to ${listName} with the reason:`,
    );
    console.log(JSON.stringify(review.unreviewed.map(entryFor), null, 2));
  }
  if (review.stale.length > 0) console.log(`\nRemove the stale entries from ${listName}.`);
  if (scan.parseErrors.length > 0) console.log('\nElectronegativity could not parse the files marked UNPARSED.');
  return 1;
}

function where(finding) {
  return `${finding.file}:${finding.line}`;
}

/** A path as the reviewed list writes it: from the repository root, with forward slashes. */
function fromRoot(file) {
  return path.relative(root, file).split(path.sep).join('/');
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Runs Electronegativity's own runner, with its texts loaded from the package instead of the network. */
async function runElectronegativity(input, electronVersion) {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@doyensec/electronegativity'));
  const fromPackage = createRequire(path.join(dist, 'runner.js'));
  const i18n = fromPackage('i18n');
  const translationsModule = fromPackage.resolve('./locales/i18n.js');
  fromPackage(translationsModule);
  // The runner awaits this module's export before scanning; ours sets up the same texts offline.
  fromPackage.cache[translationsModule].exports = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.join(dist, 'locales'),
      updateFiles: false,
      objectNotation: true,
      register: global,
    });
    i18n.setLocale('en-US');
  };
  const run = fromPackage('./runner.js');
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: NEEDS_NETWORK,
  });
  return {
    atomicChecks: result.atomicChecks,
    globalChecks: result.globalChecks,
    parseErrors: result.errors
      .filter((error) => !error.tolerable)
      .map((error) => ({ file: fromRoot(error.file), message: error.message })),
    findings: result.issues.map((issue) => ({
      check: issue.id,
      file: fromRoot(path.join(input, issue.file)),
      line: issue.location?.line ?? 0,
      sample: issue.sample ?? '',
      description: issue.description,
      url: issue.shortenedURL,
    })),
  };
}
