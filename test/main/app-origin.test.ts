import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../src/main/app-origin';
import { mimeTypeFor, RENDERER_CSP, rendererFileFor } from '../../src/main/renderer-files';

const dev = 'http://localhost:5173/';

describe('only the app’s own pages may talk to the main process', () => {
  it('trusts the built app and, in development, the dev server', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://renderer/assets/index.js')).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
  });

  it('refuses every other page, including look-alikes', () => {
    for (const url of [
      'app://evil/index.html',
      'https://example.com/',
      'file:///etc/passwd',
      'http://localhost:5173/',
      'http://localhost:5173.evil.com/',
      'http://localhost:5174/',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, url === 'http://localhost:5173/' ? undefined : dev), url).toBe(false);
    }
  });
});

describe('app:// serves the renderer build and nothing else', () => {
  const root = path.resolve('/srv/out/renderer');

  it('maps URL paths to files inside the renderer folder', () => {
    expect(rendererFileFor(root, '/')).toBe(path.join(root, 'index.html'));
    expect(rendererFileFor(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(rendererFileFor(root, '/assets/%E4%B8%AD.png')).toBe(path.join(root, 'assets', '中.png'));
  });

  it('refuses paths that climb out of the renderer folder', () => {
    for (const attempt of [
      '/../main/index.js',
      '/%2e%2e/main/index.js',
      '/..%2F..%2Fetc%2Fpasswd',
      '/..',
      '/%E0%A4%A',
      '/a%00.js',
    ]) {
      expect(rendererFileFor(root, attempt), attempt).toBeNull();
    }
  });

  it('labels scripts and styles so Chromium runs them, with a CSP that allows no inline script', () => {
    expect(mimeTypeFor('a/index.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a/index.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a/unknown.xyz')).toBe('application/octet-stream');
    expect(RENDERER_CSP).toContain("script-src 'self';");
    expect(RENDERER_CSP).toContain("frame-ancestors 'none'");
  });
});
