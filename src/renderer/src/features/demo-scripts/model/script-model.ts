import type { TFunction } from 'i18next';
import type { DemoScriptDetail } from '../../../../../shared/api/demo-scripts';
import { AUDIENCE_ROLES, type AudienceRole, type DemoStepKind } from '../../../../../shared/demo-script/types';

export type Step = DemoScriptDetail['script']['steps'][number];
export type PointRole = AudienceRole | 'all';

/** What the editor changes and saves: the title and the steps in running order. */
export interface ScriptContent {
  title: string;
  steps: Step[];
}

/** The limits of the contract (DemoStepSchema), checked while typing so a save is never refused. */
export const LIMITS = {
  title: 200,
  stepTitle: 120,
  minutes: 600,
  purpose: 500,
  point: 1000,
  points: 60,
  checklistItem: 300,
  checklist: 40,
  steps: 80,
} as const;

/** Kinds a presenter can add by hand (the generator's fixed frame — preparation, closing — is not offered). */
export const ADDABLE_KINDS: readonly DemoStepKind[] = ['chain', 'participation', 'story', 'highlights', 'value'];

export function sumMinutes(steps: readonly Step[]): number {
  return steps.reduce((sum, step) => sum + step.minutes, 0);
}

/** Minutes from the start of the demo at which each step begins. */
export function startTimes(steps: readonly Step[]): number[] {
  let at = 0;
  return steps.map((step) => {
    const start = at;
    at += step.minutes;
    return start;
  });
}

/** Minutes from the start as a clock: 0:00, 0:12, 1:46. */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h}:${String(m).padStart(2, '0')}`;
}

export function moveStep(steps: readonly Step[], from: number, to: number): Step[] {
  if (from === to || from < 0 || to < 0 || from >= steps.length || to >= steps.length) return [...steps];
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** A fresh id for a step added by hand: the generator never uses it, so regeneration keeps the step. */
export function handStepId(existing: readonly Step[]): string {
  const ids = new Set(existing.map((s) => s.id));
  let stamp = Date.now();
  while (ids.has(`hand:${stamp}`)) stamp += 1;
  return `hand:${stamp}`;
}

/** Steps added in this editor (or an earlier one) rather than generated. */
export function isHandStep(step: Step): boolean {
  return step.id.startsWith('hand:');
}

/** Same content (field order and absent checklists aside). */
export function sameStep(a: Step | undefined, b: Step): boolean {
  if (!a) return false;
  return (
    a.kind === b.kind &&
    a.title === b.title &&
    a.minutes === b.minutes &&
    a.purpose === b.purpose &&
    JSON.stringify(a.talkingPoints) === JSON.stringify(b.talkingPoints) &&
    JSON.stringify(a.checklist ?? []) === JSON.stringify(b.checklist ?? [])
  );
}

/** The roles to show talking-point groups for: everyone, the audience chosen, and any role already used. */
export function pointRoles(step: Step, audience: readonly AudienceRole[]): PointRole[] {
  const used = new Set<PointRole>(step.talkingPoints.map((p) => p.role));
  return ['all', ...AUDIENCE_ROLES.filter((role) => audience.includes(role) || used.has(role))];
}

/** Adds a talking point for a role after that role's last point (or at the end). */
export function addPoint(step: Step, role: PointRole, text = ''): Step {
  const points = [...step.talkingPoints];
  let at = -1;
  points.forEach((p, i) => {
    if (p.role === role) at = i;
  });
  points.splice(at < 0 ? points.length : at + 1, 0, { role, text });
  return { ...step, talkingPoints: points };
}

export type Problems = Record<string, string>;

/**
 * What the server would refuse, keyed "title", "<stepId>.title", "<stepId>.minutes",
 * "<stepId>.purpose", "<stepId>.points.<index>", "<stepId>.checklist.<index>", "steps". Content
 * with problems is held back from autosave and named on its field.
 */
export function findProblems(content: ScriptContent, t: TFunction): Problems {
  const out: Problems = {};
  const tooLong = (max: number) => t('err.tooLong', { max });
  const title = content.title.trim();
  if (title === '') out.title = t('err.required');
  else if (title.length > LIMITS.title) out.title = tooLong(LIMITS.title);
  if (content.steps.length === 0) out.steps = t('demoScriptUi.problems.noSteps');
  if (content.steps.length > LIMITS.steps) out.steps = t('demoScriptUi.problems.tooManySteps', { max: LIMITS.steps });
  for (const step of content.steps) {
    const at = step.id;
    const stepTitle = step.title.trim();
    if (stepTitle === '') out[`${at}.title`] = t('err.required');
    else if (stepTitle.length > LIMITS.stepTitle) out[`${at}.title`] = tooLong(LIMITS.stepTitle);
    if (!Number.isInteger(step.minutes) || step.minutes < 0 || step.minutes > LIMITS.minutes) {
      out[`${at}.minutes`] = t('err.demoScripts.minutes');
    }
    if (step.purpose.trim().length > LIMITS.purpose) out[`${at}.purpose`] = tooLong(LIMITS.purpose);
    if (step.talkingPoints.length > LIMITS.points) {
      out[`${at}.points`] = t('demoScriptUi.problems.tooManyPoints', { max: LIMITS.points });
    }
    step.talkingPoints.forEach((point, i) => {
      const text = point.text.trim();
      if (text === '') out[`${at}.points.${i}`] = t('demoScriptUi.problems.emptyPoint');
      else if (text.length > LIMITS.point) out[`${at}.points.${i}`] = tooLong(LIMITS.point);
    });
    const checklist = step.checklist ?? [];
    if (checklist.length > LIMITS.checklist) {
      out[`${at}.checklist`] = t('demoScriptUi.problems.tooManyItems', { max: LIMITS.checklist });
    }
    checklist.forEach((item, i) => {
      const text = item.trim();
      if (text === '') out[`${at}.checklist.${i}`] = t('demoScriptUi.problems.emptyItem');
      else if (text.length > LIMITS.checklistItem) out[`${at}.checklist.${i}`] = tooLong(LIMITS.checklistItem);
    });
  }
  return out;
}

/** How many problems a step has. */
export function problemCount(problems: Problems, stepId: string): number {
  const prefix = `${stepId}.`;
  return Object.keys(problems).filter((key) => key.startsWith(prefix)).length;
}

/** The script as the server stores it: trimmed text, an empty checklist left out (as the generator does). */
export function toSaved(content: ScriptContent): { title: string; script: DemoScriptDetail['script'] } {
  const steps = content.steps.map((step) => {
    const checklist = (step.checklist ?? []).map((item) => item.trim());
    const clean: Step = {
      id: step.id,
      kind: step.kind,
      title: step.title.trim(),
      minutes: step.minutes,
      purpose: step.purpose.trim(),
      talkingPoints: step.talkingPoints.map((p) => ({ role: p.role, text: p.text.trim() })),
    };
    if (checklist.length > 0) clean.checklist = checklist;
    return clean;
  });
  return { title: content.title.trim(), script: { steps, totalMinutes: sumMinutes(steps) } };
}
