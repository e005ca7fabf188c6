import type { z } from 'zod';
import { contract, isMethod, type InputOf, type Method, type OutputOf } from '../shared/api';
import { translator } from '../shared/i18n';
import { AppError, type Result } from '../shared/result';
import type { AppContext } from './app-context';
import { messageOf } from './db/errors';
import type { Handler } from './handler';
import { handlers } from './handlers';
import { describeIssues } from './validation-messages';

/**
 * The one way into the services, shared by Electron IPC, the browser bridge, the CLI and tests:
 * validate the input against the contract, call the handler, validate its output, and return a
 * Result. Nothing throws across the boundary; an error keeps its code and field messages.
 */
export async function dispatch(ctx: AppContext, method: string, rawInput: unknown): Promise<Result<unknown>> {
  const t = translator(safeLocale(ctx));
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: t('err.unknownMethod', { method }), fields: {} } };
  }
  const spec = contract[method];
  const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: t('err.invalidInput'), fields: describeIssues(parsed.error.issues, t) },
    };
  }
  try {
    const handler = handlers[method] as Handler<Method>;
    const output = await handler(parsed.data as never, ctx);
    const checked = (spec.output as z.ZodType).safeParse(output);
    if (!checked.success) {
      throw new Error(`${method} returned data that breaks its contract: ${checked.error.message}`);
    }
    return { ok: true, data: checked.data };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, fields: error.fields } };
    }
    return {
      ok: false,
      error: { code: 'INTERNAL', message: t('err.internal', { detail: messageOf(error) }), fields: {} },
    };
  }
}

function safeLocale(ctx: AppContext) {
  try {
    return ctx.locale();
  } catch {
    return 'zh-CN' as const;
  }
}

/** `dispatch` with the method's types, for in-process callers (CLI, tests). The data was validated. */
export function invoke<M extends Method>(ctx: AppContext, method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>> {
  return dispatch(ctx, method, input) as Promise<Result<OutputOf<M>>>;
}
