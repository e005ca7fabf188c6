import path from 'node:path';
import { afterEach } from 'vitest';
import { AppContext } from '../../src/main/app-context';
import { dispatch } from '../../src/main/dispatch';
import type { InputOf, Method, OutputOf } from '../../src/shared/api';
import type { ErrorData } from '../../src/shared/result';
import { tempDir } from './temp-dir';

const open: AppContext[] = [];

export interface TestApp {
  ctx: AppContext;
  dbPath: string;
  /** Calls a method through the real dispatcher and returns its data, or throws with the error. */
  call<M extends Method>(method: M, input?: InputOf<M>): Promise<OutputOf<M>>;
  /** Calls a method that must fail and returns its error. */
  fail<M extends Method>(method: M, input?: unknown): Promise<ErrorData>;
}

/** A real AppContext on a fresh database file (real migrations), closed after the test. */
export async function openTestApp(options: { seedDemo?: boolean; dbPath?: string } = {}): Promise<TestApp> {
  const dbPath = options.dbPath ?? path.join(tempDir(), 'presales.db');
  const ctx = await AppContext.open({ dbPath, seedDemoOnCreate: options.seedDemo ?? false });
  open.push(ctx);
  return {
    ctx,
    dbPath,
    async call(method, input) {
      const result = await dispatch(ctx, method, input ?? {});
      if (!result.ok)
        throw new Error(
          `${method} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields)}`,
        );
      return result.data as never;
    },
    async fail(method, input) {
      const result = await dispatch(ctx, method, input ?? {});
      if (result.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(result.data)}`);
      return result.error;
    },
  };
}

afterEach(() => {
  for (const ctx of open.splice(0)) ctx.close();
});
