import type { EventStrength } from './compelling-events';
import type { Verdict } from './qualification';
import type { PeopleWarning } from './people';

/**
 * The explained win probability: the stage's base, adjusted by qualification, key-person
 * coverage, compelling events and the purchase conditions met. Always returned with each
 * factor's contribution; the weights are settings (defaults below, documented in the README).
 */
export interface ProbabilityWeights {
  qualification: Record<Verdict, number>;
  decisionMakerKnown: number;
  decisionMakerMissing: number;
  insiderKnown: number;
  insiderMissing: number;
  opponentWithInfluence: number;
  event: Record<EventStrength, number>;
  noEvent: number;
  perCondition: number;
  /** Bounds for an open deal: never a certainty either way until it is closed. */
  min: number;
  max: number;
}

export const DEFAULT_PROBABILITY_WEIGHTS: ProbabilityWeights = {
  qualification: { focus: 5, follow: 0, notRecommended: -10 },
  decisionMakerKnown: 3,
  decisionMakerMissing: -5,
  insiderKnown: 3,
  insiderMissing: -5,
  opponentWithInfluence: -5,
  event: { strong: 8, medium: 4, weak: 1 },
  noEvent: -5,
  perCondition: 1,
  min: 1,
  max: 99,
};

export type ProbabilityFactorKey =
  'stage' | 'qualification' | 'decisionMaker' | 'insider' | 'opponent' | 'event' | 'conditions' | 'bounds' | 'closed';

export interface ProbabilityFactor {
  key: ProbabilityFactorKey;
  /** Percentage points this factor adds (negative: takes away). */
  points: number;
  params: Record<string, string | number>;
}

export interface ProbabilityInput {
  stage: number;
  stageProbability: number;
  status: 'open' | 'won' | 'lost' | 'abandoned';
  verdict: Verdict;
  score: number;
  peopleWarnings: readonly PeopleWarning[];
  strongestEvent: EventStrength | null;
  conditionsMet: number;
  conditionsTotal: number;
}

export interface Probability {
  percent: number;
  factors: ProbabilityFactor[];
}

export function winProbability(
  input: ProbabilityInput,
  w: ProbabilityWeights = DEFAULT_PROBABILITY_WEIGHTS,
): Probability {
  if (input.status !== 'open') {
    const percent = input.status === 'won' ? 100 : 0;
    return { percent, factors: [{ key: 'closed', points: percent, params: { status: input.status } }] };
  }
  const factors: ProbabilityFactor[] = [
    { key: 'stage', points: input.stageProbability, params: { stage: input.stage } },
    {
      key: 'qualification',
      points: w.qualification[input.verdict],
      params: { verdict: input.verdict, score: input.score },
    },
  ];
  const noDm = input.peopleWarnings.includes('noDecisionMaker');
  factors.push({
    key: 'decisionMaker',
    points: noDm ? w.decisionMakerMissing : w.decisionMakerKnown,
    params: { known: noDm ? 0 : 1 },
  });
  const noInsider = input.peopleWarnings.includes('noInsider');
  factors.push({
    key: 'insider',
    points: noInsider ? w.insiderMissing : w.insiderKnown,
    params: { known: noInsider ? 0 : 1 },
  });
  if (input.peopleWarnings.includes('opponentWithInfluence')) {
    factors.push({ key: 'opponent', points: w.opponentWithInfluence, params: {} });
  }
  factors.push({
    key: 'event',
    points: input.strongestEvent === null ? w.noEvent : w.event[input.strongestEvent],
    params: { strength: input.strongestEvent ?? 'none' },
  });
  factors.push({
    key: 'conditions',
    points: input.conditionsMet * w.perCondition,
    params: { met: input.conditionsMet, total: input.conditionsTotal },
  });
  const sum = factors.reduce((total, f) => total + f.points, 0);
  const percent = Math.min(w.max, Math.max(w.min, sum));
  if (percent !== sum) factors.push({ key: 'bounds', points: percent - sum, params: { min: w.min, max: w.max } });
  return { percent, factors };
}
