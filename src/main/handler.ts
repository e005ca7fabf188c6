import type { Method, OutputOf, ParsedInputOf } from '../shared/api';
import type { AppContext } from './app-context';

/** A service entry point: gets already-validated input, returns the method's output or throws AppError. */
export type Handler<M extends Method> = (
  input: ParsedInputOf<M>,
  ctx: AppContext,
) => OutputOf<M> | Promise<OutputOf<M>>;

export type HandlersFor<K extends Method> = { [M in K]: Handler<M> };
