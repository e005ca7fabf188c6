import type { UseFormReturnType } from '@mantine/form';
import type { OpportunitySettings } from '../../../../../shared/api/opportunities';

/** The form holds the settings as the contract has them; a cleared number input holds ''. */
export type SettingsForm = UseFormReturnType<OpportunitySettings>;

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, prefix: string, out: Leaf[]): Leaf[] {
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null)) {
    value.forEach((v, i) => leaves(v, prefix ? `${prefix}.${i}` : String(i), out));
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.push({ path: prefix, value });
  }
  return out;
}

/** Every field path the panel has an input for ("stages.3.probability", "qualification.excludedIndustries"). */
export function fieldPaths(settings: OpportunitySettings): Set<string> {
  return new Set(leaves(settings, '', []).map((l) => l.path));
}

/**
 * Number inputs left empty (or holding something that is not a number, like a lone "-"):
 * the paths, so they can be named before anything is sent.
 */
export function blankNumbers(values: OpportunitySettings, reference: OpportunitySettings): string[] {
  const numeric = new Set(
    leaves(reference, '', [])
      .filter((l) => typeof l.value === 'number')
      .map((l) => l.path),
  );
  return leaves(values, '', [])
    .filter((l) => numeric.has(l.path) && (typeof l.value !== 'number' || !Number.isFinite(l.value)))
    .map((l) => l.path);
}

/**
 * The contract's field errors keyed as the form's inputs: an error on one gate or one excluded
 * industry ("stages.2.gates.0") shows on the list's input. Errors no input shows (the stage list
 * as a whole) come back under `general`.
 */
export function formErrors(
  fields: Record<string, string>,
  known: Set<string>,
): { errors: Record<string, string>; general: string[] } {
  const errors: Record<string, string> = {};
  const general: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const key = path.replace(/\.(gates|excludedIndustries)\.\d+$/, '.$1');
    if (known.has(key)) errors[key] ??= message;
    else general.push(message);
  }
  return { errors, general };
}

/** Stage numbers (1–8) that have an error on one of their fields. */
export function stagesWithErrors(errors: Record<string, unknown>): number[] {
  const stages = new Set<number>();
  for (const [key, value] of Object.entries(errors)) {
    const match = /^stages\.(\d+)\./.exec(key);
    if (match && value) stages.add(Number(match[1]) + 1);
  }
  return [...stages].sort((a, b) => a - b);
}
