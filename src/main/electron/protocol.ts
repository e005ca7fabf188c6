import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../app-origin';
import { mimeTypeFor, RENDERER_CSP, rendererFileFor } from '../renderer-files';

/** Everything is bundled into out/main/index.js, so the renderer build sits at out/renderer. */
const RENDERER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');

/**
 * A standard, secure scheme gives the pages a real origin (for fetch, storage and CSP 'self')
 * without file://, which would let a page read any file. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(): void {
  protocol.handle(APP_SCHEME, (request) => respond(request));
}

async function respond(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return notFound();
  const file = rendererFileFor(RENDERER_DIR, url.pathname);
  if (!file) return notFound();
  const body = (await readIfFile(file)) ?? (await readSpaFallback(file));
  if (!body) return notFound();
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body.bytes), {
    status: 200,
    headers: {
      'Content-Type': mimeTypeFor(body.file),
      'Content-Security-Policy': RENDERER_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

async function readIfFile(file: string): Promise<{ file: string; bytes: Buffer } | null> {
  try {
    return { file, bytes: await fs.readFile(file) };
  } catch {
    return null;
  }
}

/** A reload on a client-side route (no file extension) must still get the app, not a blank 404. */
async function readSpaFallback(file: string): Promise<{ file: string; bytes: Buffer } | null> {
  if (path.extname(file) !== '') return null;
  return readIfFile(path.join(RENDERER_DIR, 'index.html'));
}

function notFound(status = 404): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': RENDERER_CSP },
  });
}
