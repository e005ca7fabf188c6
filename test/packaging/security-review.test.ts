import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewFindings, type Finding } from '../../scripts/security-review.mjs';
import { tempDir } from '../helpers/temp-dir';

const preload: Finding = {
  check: 'PRELOAD_JS_CHECK',
  file: 'src/main/electron/window.ts',
  line: 27,
  sample: 'preload: PRELOAD,',
  description: 'Review the use of preload scripts',
  url: 'https://git.io/JeuMu',
};

describe('reviewFindings', () => {
  it('accepts a finding reviewed with a reason, wherever its line moved', () => {
    const review = reviewFindings(
      [{ ...preload, line: 40 }],
      [
        {
          check: 'PRELOAD_JS_CHECK',
          file: 'src/main/electron/window.ts',
          sample: 'preload: PRELOAD,',
          reason: 'narrow bridge',
        },
      ],
    );
    expect(review.ok).toBe(true);
    expect(review.accepted.map((a) => a.reason)).toEqual(['narrow bridge']);
  });

  it('fails on a finding in another file, on changed code, on a missing reason and on a stale entry', () => {
    const entry = {
      check: 'PRELOAD_JS_CHECK',
      file: 'src/main/electron/window.ts',
      sample: 'preload: PRELOAD,',
      reason: 'ok',
    };
    expect(reviewFindings([{ ...preload, file: 'src/main/electron/other.ts' }], [entry])).toMatchObject({
      ok: false,
      unreviewed: [{ file: 'src/main/electron/other.ts' }],
      stale: [entry],
    });
    expect(reviewFindings([{ ...preload, sample: 'preload: OTHER,' }], [entry]).unreviewed).toHaveLength(1);
    const noReason = { ...entry, reason: ' ' };
    expect(reviewFindings([preload], [noReason])).toMatchObject({ ok: false, withoutReason: [noReason] });
    expect(reviewFindings([], [entry])).toMatchObject({ ok: false, stale: [entry] });
  });
});

/** Runs the checker as `npm run security` does, on the given sources and reviewed list. */
function check(input: string, reviewed: unknown) {
  const list = path.join(tempDir('presales-security-list-'), 'reviewed.json');
  fs.writeFileSync(list, JSON.stringify(reviewed));
  const result = spawnSync(
    process.execPath,
    ['scripts/check-electron-security.mjs', '--input', input, '--reviewed', list],
    { encoding: 'utf8' },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('scripts/check-electron-security.mjs', () => {
  it('fails on an unreviewed finding in Electron code and names it, offline', () => {
    const src = tempDir('presales-security-src-');
    fs.writeFileSync(
      path.join(src, 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        "win.loadURL('http://example.com/');",
        '',
      ].join('\n'),
    );
    const { status, output } = check(src, { reviewed: [] });
    expect(status).toBe(1);
    expect(output).toMatch(/NEW .*main\.js:2 +NODE_INTEGRATION_JS_CHECK/);
    expect(output).toMatch(/NEW .*CONTEXT_ISOLATION_JS_CHECK/);
    expect(output).toContain('not reviewed');
    expect(output).not.toContain('Could not retrieve updated translations');
  });
});
