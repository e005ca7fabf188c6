import type { InputOf, Method, OutputOf } from '../../shared/api';
import type { Result } from '../../shared/result';
import type { AppContext } from '../app-context';

/**
 * `invoke` of ../dispatch for the commands. The dispatcher — the contract's schemas and every
 * service behind it — is loaded by the first call, so `presales --version` and `--help` never
 * load it; the document libraries load later still, inside the export that needs them.
 */
export async function invoke<M extends Method>(
  ctx: AppContext,
  method: M,
  input: InputOf<M>,
): Promise<Result<OutputOf<M>>> {
  const dispatcher = await import('../dispatch');
  return dispatcher.invoke(ctx, method, input);
}
