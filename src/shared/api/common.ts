import { z } from 'zod';

/** The opportunity (商机) a document belongs to, as its editor shows it; null when it belongs to none. */
export const OpportunityRef = z
  .object({ id: z.number().int().positive(), name: z.string(), stage: z.number().int() })
  .nullable();

/** Input of a method that takes nothing. */
export const NoInput = z.object({}).strict();

/** A single-line text field: trimmed, at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max, 'err.tooLong');

/** One method of the contract: what goes in, what comes out, and what it promises. */
export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** A sentence on what the method does and the invariant it keeps. */
  doc: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
