import type { Locale } from '../locale';

/**
 * Who sits in the demo. The seed asks the presenter to find out each attendee's role before the
 * demo (询问听取演示之客户人员之身份) so every step speaks to what that person cares about.
 */
export const AUDIENCE_ROLES = ['gm', 'cio', 'salesManager', 'chiefAccountant', 'management', 'warehouse'] as const;
/** 总经理, CIO/网管, 销售经理, 主管会计, 企管部, 仓库主管. */
export type AudienceRole = (typeof AUDIENCE_ROLES)[number];

export interface DemoFeatureInput {
  name: string;
  description: string;
}

/** A module chosen from the solution library (e.g. 销售管理, ERP-SD-001) with its features. */
export interface DemoModuleInput {
  id: string;
  name: string;
  /** Price-list code; its middle segment (SD, IV, PU, AR, AP, GL …) places the module on the chain. */
  itemCode: string;
  description: string;
  features: DemoFeatureInput[];
}

/** A benefit already estimated for this customer (算账), e.g. 库存资金占用 / 每年约减少 ¥36 万. */
export interface ValueHighlight {
  label: string;
  annualBenefitText: string;
}

export interface DemoScriptInput {
  locale: Locale;
  customerName: string;
  industry: string;
  modules: DemoModuleInput[];
  roles: AudienceRole[];
  /** Whole demo length in minutes (a non-negative integer); by default it follows the module count. */
  totalMinutes?: number;
  /** Reference customers of the same trade, one story slot each. */
  similarCustomers?: string[];
  valueHighlights?: ValueHighlight[];
}

export const DEMO_STEP_KINDS = [
  'preparation',
  'architecture',
  'chain',
  'participation',
  'story',
  'highlights',
  'value',
  'closing',
] as const;
export type DemoStepKind = (typeof DEMO_STEP_KINDS)[number];

export interface TalkingPoint {
  /** 'all' is for the presenter whoever attends; a role is said with that person in mind. */
  role: AudienceRole | 'all';
  text: string;
}

export interface DemoStep {
  /**
   * Stable across regenerations, derived from the kind and module: 'prep', 'architecture',
   * 'chain:ERP-SD-001', 'participate', 'story:1', 'highlights', 'value', 'close'. Steps added by
   * hand carry any other unique id.
   */
  id: string;
  kind: DemoStepKind;
  title: string;
  /** Whole minutes. */
  minutes: number;
  /** One line: why this step is in the demo. */
  purpose: string;
  talkingPoints: TalkingPoint[];
  /** What to have ready (preparation: hardware, demo data, who attends). */
  checklist?: string[];
}

export interface DemoScript {
  steps: DemoStep[];
  /** The sum of the steps' minutes. */
  totalMinutes: number;
}

/** The parts of a step a presenter edits by hand; regeneration merges each one separately. */
export const DEMO_STEP_FIELDS = ['title', 'minutes', 'purpose', 'talkingPoints', 'checklist'] as const;
export type DemoStepField = (typeof DEMO_STEP_FIELDS)[number];

export interface RegenerateConflict {
  stepId: string;
  field: DemoStepField;
  reason: 'editedByHand';
}

export interface RegenerateResult {
  script: DemoScript;
  /** Fields where the hand edit was kept although the generator now says something else. */
  conflicts: RegenerateConflict[];
  /** Steps the generator no longer produces, kept because they were edited by hand. */
  removedEditedSteps: string[];
}
