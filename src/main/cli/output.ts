import type { Result } from '../../shared/result';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Raised to end a command with a message and a non-zero exit code. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Unwraps a dispatcher Result: the data, or a CliFailure whose message lists every field error. */
export function unwrap<T>(result: Result<T>, fieldLabel: (field: string) => string = (f) => f): T {
  if (result.ok) return result.data;
  const lines = [result.error.message];
  for (const [field, message] of Object.entries(result.error.fields)) lines.push(`  ${fieldLabel(field)}: ${message}`);
  throw new CliFailure(lines.join('\n'));
}
