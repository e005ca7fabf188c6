import { ipcMain } from 'electron';
import type { Result } from '../../shared/result';
import type { AppContext } from '../app-context';
import { isAppUrl } from '../app-origin';
import { dispatch } from '../dispatch';
import { uiTranslator } from './ui-locale';

/** The one channel the preload script uses (src/preload/index.ts). */
export const INVOKE_CHANNEL = 'presales:invoke';

/**
 * Answers `window.presales.invoke(method, input)`. Only the app's own pages may call in; the
 * input is validated by `dispatch` against the shared contract. Failures come back as data.
 */
export function handleInvokeRequests(ctx: AppContext, devServerUrl?: string): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!event.senderFrame || !isAppUrl(frameUrl, devServerUrl)) {
      return refused(uiTranslator(ctx)('err.untrustedSender', { url: frameUrl || '?' }));
    }
    if (typeof method !== 'string') {
      return refused(uiTranslator(ctx)('err.unknownMethod', { method: typeof method }));
    }
    return dispatch(ctx, method, input);
  });
}

function refused(message: string): Result<unknown> {
  return { ok: false, error: { code: 'REFUSED', message, fields: {} } };
}
