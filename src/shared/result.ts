/** How a failure crosses the boundary between main and renderer (or CLI): as data. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'REFUSED',
  /** A stage gate of an opportunity is not met; the message lists what is missing. */
  'GATE_NOT_MET',
  'DB_UNAVAILABLE',
  /** The team server cannot be reached (team mode): local work goes on, sync waits. */
  'OFFLINE',
  /** The team server did not accept the user name or password. */
  'UNAUTHORIZED',
  'UNKNOWN_METHOD',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorData {
  code: ErrorCode;
  /** A sentence for a person, in the user's language. */
  message: string;
  /** Field path (e.g. "taxId" or "logo.dataBase64") → what is wrong with that field. */
  fields: Record<string, string>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorData };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
