import type { InputOf, Method, OutputOf } from '../../../shared/api';
import type { ErrorData, Result } from '../../../shared/result';

/** What the Electron preload exposes; absent in browser mode. */
interface PresalesBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  /** Desktop only: a native folder picker; null when cancelled. */
  chooseFolder?(defaultPath: string): Promise<string | null>;
  /** Desktop only: opens a folder in the file manager. */
  openFolder?(folder: string): Promise<boolean>;
}
declare global {
  interface Window {
    presales?: PresalesBridge;
  }
}

/** The same header and path the loopback bridge (src/main/bridge/server.ts) expects. */
const BRIDGE_HEADER = 'x-presales-bridge';
const INVOKE_PATH = '/api/invoke';

async function overHttp(method: string, input: unknown): Promise<unknown> {
  const response = await fetch(INVOKE_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [BRIDGE_HEADER]: '1' },
    body: JSON.stringify({ method, input }),
  });
  return response.json();
}

/**
 * Calls a contract method in the main process — over IPC in the app, over HTTP in browser
 * mode — and returns its Result. A transport failure becomes an error Result too.
 */
export async function call<M extends Method>(method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>> {
  try {
    const transport = window.presales ? window.presales.invoke.bind(window.presales) : overHttp;
    return (await transport(method, input)) as Result<OutputOf<M>>;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error), fields: {} },
    };
  }
}

/** An error Result as an exception, for react-query; keeps code and field messages. */
export class CallError extends Error {
  constructor(readonly error: ErrorData) {
    super(error.message);
  }
}

/** Calls a method and returns its data, or throws a CallError. */
export async function request<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new CallError(result.error);
  return result.data;
}
