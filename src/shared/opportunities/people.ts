import type { AudienceRole } from '../demo-script/types';

/**
 * Key persons (业务关键人, seed 一(三)) and their part in the decision (seed 三: 发起人、参与者、决策者、
 * 联络人, 发展内线和支持者). Stance says whether they support us; the warnings are what the seed asks
 * a rep to find before going further: a decision maker and an insider (内线).
 */
export const DECISION_ROLES = ['initiator', 'decisionMaker', 'participant', 'contact', 'insider'] as const;
export type DecisionRole = (typeof DECISION_ROLES)[number];
export const STANCES = ['supporter', 'neutral', 'opponent', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];
export const INFLUENCES = ['high', 'medium', 'low'] as const;
export type Influence = (typeof INFLUENCES)[number];

export interface PersonFacts {
  name: string;
  role: DecisionRole;
  stance: Stance;
  influence: Influence;
  audienceRole: AudienceRole | null;
}

export type PeopleWarning = 'noDecisionMaker' | 'noInsider' | 'opponentWithInfluence';

export function peopleWarnings(people: readonly Pick<PersonFacts, 'role' | 'stance' | 'influence'>[]): PeopleWarning[] {
  const warnings: PeopleWarning[] = [];
  if (!people.some((p) => p.role === 'decisionMaker')) warnings.push('noDecisionMaker');
  if (!people.some((p) => p.role === 'insider')) warnings.push('noInsider');
  if (people.some((p) => p.stance === 'opponent' && p.influence === 'high')) warnings.push('opponentWithInfluence');
  return warnings;
}

/** The demo audience this opportunity's people make (for the demo-script generator), in a stable order. */
export function audienceRolesOf(people: readonly PersonFacts[], order: readonly AudienceRole[]): AudienceRole[] {
  const roles = new Set(people.flatMap((p) => (p.audienceRole ? [p.audienceRole] : [])));
  return order.filter((r) => roles.has(r));
}

/** A first guess of the demo audience role from a job title (总经理 → gm …); the user can change it. */
export function guessAudienceRole(title: string): AudienceRole | null {
  const t = title.toLowerCase();
  if (/总经理|副总|董事|老板|ceo|general manager|president/.test(t)) return 'gm';
  if (/cio|信息|网管|it|技术/.test(t)) return 'cio';
  if (/销售|sales/.test(t)) return 'salesManager';
  if (/会计|财务|accountant|finance|cfo/.test(t)) return 'chiefAccountant';
  if (/企划|企管|管理部|management/.test(t)) return 'management';
  if (/仓|库管|warehouse/.test(t)) return 'warehouse';
  return null;
}
