import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AppContext } from '../app-context';
import { dispatch } from '../dispatch';
import { mimeTypeFor, RENDERER_CSP, rendererFileFor } from '../renderer-files';

/** Header every call must carry: a page from another site cannot add it without a CORS preflight we never grant. */
export const BRIDGE_HEADER = 'x-presales-bridge';
export const INVOKE_PATH = '/api/invoke';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface BridgeOptions {
  ctx: AppContext;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningBridge {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': RENDERER_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: serves the built renderer and the contract over HTTP on 127.0.0.1 only, so the
 * real UI runs in a browser against the real services and database. Requests must come from
 * loopback with our own Host (no DNS rebinding) and carry the bridge header (no cross-site forms).
 */
export function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const root = path.resolve(options.staticDir);
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer((req, res) => {
    void (async () => {
      const remote = req.socket.remoteAddress ?? '';
      if (!['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(remote) || !allowedHosts.has(req.headers.host ?? '')) {
        return sendJson(res, 403, { ok: false, error: { code: 'REFUSED', message: 'loopback only', fields: {} } });
      }
      const url = req.url ?? '/';
      if (url === INVOKE_PATH) {
        if (req.method !== 'POST' || req.headers[BRIDGE_HEADER] !== '1') {
          return sendJson(res, 403, { ok: false, error: { code: 'REFUSED', message: 'bad request', fields: {} } });
        }
        let payload: unknown;
        try {
          payload = JSON.parse(await readBody(req));
        } catch {
          return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'not JSON', fields: {} } });
        }
        const { method, input } = (payload ?? {}) as { method?: unknown; input?: unknown };
        const result = await dispatch(options.ctx, typeof method === 'string' ? method : '', input);
        return sendJson(res, 200, result);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain');
      const file = rendererFileFor(root, new URL(url, 'http://127.0.0.1').pathname);
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile())
        return send(res, 404, 'not found', 'text/plain');
      return send(res, 200, fs.readFileSync(file), mimeTypeFor(file));
    })().catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(error), fields: {} } });
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
