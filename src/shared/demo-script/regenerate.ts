import {
  DEMO_STEP_FIELDS,
  type DemoScript,
  type DemoStep,
  type DemoStepField,
  type RegenerateConflict,
  type RegenerateResult,
} from './types';

/**
 * Brings a hand-edited script up to date with a freshly generated one without ever losing a hand
 * edit: a three-way merge by step id, field by field.
 *
 * - `previousGenerated` is what the generator produced last time (the common ancestor), `current`
 *   is the script as the presenter edited it, `fresh` is what the generator produces now.
 * - A field the presenter left alone takes the fresh value. A field the presenter changed keeps
 *   the presenter's value, and is reported as a conflict when the generator now says something
 *   new (different from both its previous output and the presenter's text).
 * - Steps added by hand (ids the generator did not produce) stay where they are.
 * - A generated step the presenter deleted stays deleted.
 * - A step the generator no longer produces is dropped if it was never edited; otherwise it is
 *   kept and listed in `removedEditedSteps`.
 * - New generated steps are inserted in generated order, after the generated step they follow.
 *
 * After accepting the result, store `fresh` as the next `previousGenerated`: merging the same
 * fresh script again then changes nothing and reports nothing.
 */
export function regenerateDemoScript(
  previousGenerated: DemoScript,
  current: DemoScript,
  fresh: DemoScript,
): RegenerateResult {
  const before = byId(previousGenerated.steps);
  const now = byId(fresh.steps);
  const inCurrent = new Set(current.steps.map((step) => step.id));
  const conflicts: RegenerateConflict[] = [];
  const removedEditedSteps: string[] = [];
  const steps: DemoStep[] = [];

  for (const step of current.steps) {
    const base = before.get(step.id);
    const next = now.get(step.id);
    if (!next) {
      if (base && !editedFields(base, step).length) continue;
      if (base) removedEditedSteps.push(step.id);
      steps.push(step);
    } else if (!base) {
      // Added by hand under an id the generator has since started to use: the hand's step wins.
      for (const field of DEMO_STEP_FIELDS) {
        if (!sameValue(step[field], next[field])) conflicts.push({ stepId: step.id, field, reason: 'editedByHand' });
      }
      steps.push(step);
    } else {
      steps.push(mergeStep(base, step, next, conflicts));
    }
  }

  fresh.steps.forEach((step, index) => {
    if (before.has(step.id) || inCurrent.has(step.id)) return;
    steps.splice(insertionIndex(steps, fresh.steps.slice(0, index), now), 0, step);
  });

  return {
    script: { steps, totalMinutes: steps.reduce((sum, step) => sum + step.minutes, 0) },
    conflicts,
    removedEditedSteps,
  };
}

function mergeStep(base: DemoStep, edited: DemoStep, next: DemoStep, conflicts: RegenerateConflict[]): DemoStep {
  const merged: DemoStep = { ...edited };
  for (const field of DEMO_STEP_FIELDS) {
    if (sameValue(edited[field], base[field])) {
      setField(merged, field, next);
    } else if (!sameValue(next[field], base[field]) && !sameValue(next[field], edited[field])) {
      conflicts.push({ stepId: edited.id, field, reason: 'editedByHand' });
    }
  }
  return merged;
}

function setField(target: DemoStep, field: DemoStepField, source: DemoStep): void {
  switch (field) {
    case 'title':
    case 'purpose':
      target[field] = source[field];
      break;
    case 'minutes':
      target.minutes = source.minutes;
      break;
    case 'talkingPoints':
      target.talkingPoints = source.talkingPoints;
      break;
    case 'checklist':
      if (source.checklist === undefined) delete target.checklist;
      else target.checklist = source.checklist;
      break;
  }
}

function editedFields(base: DemoStep, edited: DemoStep): DemoStepField[] {
  return DEMO_STEP_FIELDS.filter((field) => !sameValue(base[field], edited[field]));
}

/**
 * Right after the nearest earlier generated step that is in the script, past any steps that
 * follow it and are not generated (hand-added or kept after removal), so those stay with the step
 * they were written after. With no earlier generated step, at the start.
 */
function insertionIndex(
  steps: readonly DemoStep[],
  earlier: readonly DemoStep[],
  generated: ReadonlyMap<string, DemoStep>,
) {
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const anchorId = earlier[i]?.id;
    const at = steps.findIndex((step) => step.id === anchorId);
    if (at < 0) continue;
    let index = at + 1;
    while (index < steps.length && !generated.has(steps[index]?.id ?? '')) index += 1;
    return index;
  }
  return 0;
}

function byId(steps: readonly DemoStep[]): Map<string, DemoStep> {
  const map = new Map<string, DemoStep>();
  for (const step of steps) if (!map.has(step.id)) map.set(step.id, step);
  return map;
}

/** Structural equality of JSON-like values (steps hold strings, numbers, arrays and plain objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
