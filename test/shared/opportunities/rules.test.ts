import { describe, expect, it } from 'vitest';
import { strongestEvent } from '../../../src/shared/opportunities/compelling-events';
import { CONFIRMATION_QUESTIONS, confirmationProgress } from '../../../src/shared/opportunities/confirmation';
import { checkMove, type GateFacts } from '../../../src/shared/opportunities/gates';
import { audienceRolesOf, guessAudienceRole, peopleWarnings } from '../../../src/shared/opportunities/people';
import { DEFAULT_PROBABILITY_WEIGHTS, winProbability } from '../../../src/shared/opportunities/probability';
import {
  DEFAULT_QUALIFICATION_RULES,
  EMPTY_PROFILE,
  qualify,
  type QualificationProfile,
} from '../../../src/shared/opportunities/qualification';
import { DEFAULT_STAGES } from '../../../src/shared/opportunities/stages';
import { AUDIENCE_ROLES } from '../../../src/shared/demo-script/types';

const profile = (p: Partial<QualificationProfile>): QualificationProfile => ({ ...EMPTY_PROFILE, ...p });

/** A distributor that meets every threshold of the seed. */
const IDEAL = profile({
  headcount: 180,
  salesWan: 35_000,
  grossProfitWan: 2_800,
  itBudgetWan: 100,
  nature: 'private',
  business: 'trading',
  industry: '分销',
  systems: { finance: true, inventory: true, crm: true },
  branches: 3,
  purchasePlan: 'withinQuarter',
});

describe('qualification by the six factors (seed 一(一))', () => {
  it.each([
    // [case, profile, score, verdict]
    ['the ideal distributor', IDEAL, 100, 'focus'],
    ['nothing known yet', EMPTY_PROFILE, 0, 'notRecommended'],
    ['a distributor of 20 people meets the headcount (≥ 20)', profile({ ...IDEAL, headcount: 20 }), 100, 'focus'],
    ['a distributor of 19 does not', profile({ ...IDEAL, headcount: 19 }), 90, 'focus'],
    [
      'a make-to-order firm of 40 does not meet ≥ 50',
      profile({ ...IDEAL, business: 'makeToOrder', headcount: 40 }),
      90,
      'focus',
    ],
    ['sales of 1,999 万 are below 2,000 万', profile({ ...IDEAL, salesWan: 1_999 }), 90, 'focus'],
    ['gross profit of 299 万 is below 300 万', profile({ ...IDEAL, grossProfitWan: 299 }), 90, 'focus'],
    [
      'a small SOE with no plan is only to follow',
      profile({
        ...IDEAL,
        nature: 'soeOther',
        purchasePlan: 'none',
        branches: 0,
        systems: { finance: false, inventory: false, crm: false },
      }),
      53,
      'follow',
    ],
  ] as const)('%s', (_case, p, score, verdict) => {
    const result = qualify(p);
    expect(result.score).toBe(score);
    expect(result.verdict).toBe(verdict);
    expect(result.factors.map((f) => f.factor)).toEqual([
      'scale',
      'nature',
      'business',
      'systems',
      'branches',
      'purchasePlan',
    ]);
    expect(result.factors.reduce((sum, f) => sum + f.max, 0)).toBe(100);
  });

  it('医药 and 服装 are excluded whatever the score (“坚决不要发展”), and it says why', () => {
    for (const industry of ['医药流通', '服装']) {
      const result = qualify({ ...IDEAL, industry });
      expect(result.verdict).toBe('notRecommended');
      expect(result.excludedBy?.key).toBe('industryExcluded');
      expect(result.factors.find((f) => f.factor === 'business')).toMatchObject({ points: 0, status: 'excluded' });
    }
  });

  it('a freshly restructured SOE is excluded unless the company turns the rule off', () => {
    expect(qualify({ ...IDEAL, nature: 'soeRecent' }).verdict).toBe('notRecommended');
    const lenient = { ...DEFAULT_QUALIFICATION_RULES, excludeRecentSoe: false };
    expect(qualify({ ...IDEAL, nature: 'soeRecent' }, lenient)).toMatchObject({
      score: 85,
      verdict: 'focus',
      excludedBy: null,
    });
  });

  it('thresholds are the company’s rules: raising the sales bar changes the factor and its note', () => {
    const strict = { ...DEFAULT_QUALIFICATION_RULES, minSalesWan: 50_000 };
    const scale = qualify(IDEAL, strict).factors[0];
    expect(scale?.points).toBe(20);
    expect(scale?.notes).toContainEqual({ key: 'salesLow', params: { value: 35_000, min: 50_000 } });
  });

  it('explains the IT budget against 3–5 % of profit in exact tenths', () => {
    const notes = qualify({ ...IDEAL, grossProfitWan: 3_000, itBudgetWan: 100 }).factors[0]?.notes ?? [];
    expect(notes).toContainEqual({ key: 'itBudgetInRange', params: { value: 100, percent: '3.3', min: 3, max: 5 } });
    const low = qualify({ ...IDEAL, grossProfitWan: 3_000, itBudgetWan: 30 }).factors[0]?.notes ?? [];
    expect(low).toContainEqual({ key: 'itBudgetOutOfRange', params: { value: 30, percent: '1.0', min: 3, max: 5 } });
  });
});

const NO_DOCUMENTS: GateFacts = {
  proposals: [],
  demoScripts: 0,
  approvedQuotes: 0,
  quotes: [],
  approvedContracts: 0,
  contracts: [],
  confirmationPercent: 0,
  conditionsMet: {},
};
const OPTIONS = { confirmationThreshold: 80 };

describe('stage gates tied to real deliverables', () => {
  it.each([
    // [to, facts, missing keys]
    [2, NO_DOCUMENTS, []],
    [3, NO_DOCUMENTS, ['proposal']],
    [3, { ...NO_DOCUMENTS, proposals: [{ id: 1, deviationRows: 0 }] }, []],
    [4, { ...NO_DOCUMENTS, proposals: [{ id: 1, deviationRows: 0 }] }, ['demoScript']],
    [5, { ...NO_DOCUMENTS, proposals: [{ id: 7, deviationRows: 0 }], demoScripts: 1 }, ['deviationTable']],
    [6, { ...NO_DOCUMENTS, confirmationPercent: 79 }, ['confirmation']],
    [6, { ...NO_DOCUMENTS, confirmationPercent: 80 }, []],
    [7, { ...NO_DOCUMENTS, quotes: [{ revisionId: 3, state: 'draft' }] }, ['approveQuote']],
    [7, NO_DOCUMENTS, ['approvedQuote']],
    [7, { ...NO_DOCUMENTS, approvedQuotes: 1 }, []],
  ] as const)('entering stage %i', (to, facts, keys) => {
    const check = checkMove(DEFAULT_STAGES, to - 1, to, facts, OPTIONS);
    expect(check.missing.map((m) => m.key)).toEqual(keys);
    expect(check.met).toBe(keys.length === 0);
  });

  it('签约成交 needs all six purchase conditions and a contract approved by legal, each named with a link', () => {
    const facts: GateFacts = {
      ...NO_DOCUMENTS,
      contracts: [{ id: 9, state: 'review' }],
      conditionsMet: {
        solutionFits: true,
        noCompetitor: true,
        commercialClear: true,
        timetableConfirmed: true,
        peopleSupport: true,
      },
    };
    const check = checkMove(DEFAULT_STAGES, 7, 8, facts, OPTIONS);
    expect(check.missing.map((m) => [m.key, m.params, m.link])).toEqual([
      ['condition', { condition: 'servicePlanConfirmed' }, { kind: 'section', section: 'conditions' }],
      ['approveContract', { state: 'review' }, { kind: 'openContract', id: 9 }],
    ]);
  });

  it('a missing deliverable links to where it is made', () => {
    const links = checkMove(DEFAULT_STAGES, 2, 5, NO_DOCUMENTS, OPTIONS).missing.map((m) => m.link);
    expect(links).toEqual([{ kind: 'newProposal' }, { kind: 'newDemoScript' }, { kind: 'newProposal' }]);
    const withProposal = checkMove(
      DEFAULT_STAGES,
      4,
      5,
      { ...NO_DOCUMENTS, proposals: [{ id: 4, deviationRows: 0 }] },
      OPTIONS,
    );
    expect(withProposal.missing[0]?.link).toEqual({ kind: 'openProposal', id: 4 });
  });

  it('jumping stages needs every gate on the way; going back needs none', () => {
    expect(checkMove(DEFAULT_STAGES, 1, 4, NO_DOCUMENTS, OPTIONS).missing.map((m) => `${m.stage}:${m.key}`)).toEqual([
      '3:proposal',
      '4:demoScript',
    ]);
    expect(checkMove(DEFAULT_STAGES, 6, 2, NO_DOCUMENTS, OPTIONS)).toMatchObject({ met: true, missing: [] });
  });

  it('gates are company data: a stage without gates lets the deal in', () => {
    const relaxed = DEFAULT_STAGES.map((s) => (s.number === 3 ? { ...s, gates: [] } : s));
    expect(checkMove(relaxed, 2, 3, NO_DOCUMENTS, OPTIONS).met).toBe(true);
  });
});

describe('the explained win probability', () => {
  const base = {
    stage: 4,
    stageProbability: 30,
    status: 'open' as const,
    verdict: 'focus' as const,
    score: 90,
    peopleWarnings: [],
    strongestEvent: 'strong' as const,
    conditionsMet: 2,
    conditionsTotal: 6,
  };

  it('is the stage base plus each factor, every contribution listed', () => {
    const p = winProbability(base);
    expect(p.factors.map((f) => [f.key, f.points])).toEqual([
      ['stage', 30],
      ['qualification', 5],
      ['decisionMaker', 3],
      ['insider', 3],
      ['event', 8],
      ['conditions', 2],
    ]);
    expect(p.percent).toBe(51);
    expect(p.percent).toBe(p.factors.reduce((s, f) => s + f.points, 0));
  });

  it('a missing decision maker and 内线, no compelling event and a poor qualification pull it down', () => {
    const p = winProbability({
      ...base,
      stageProbability: 45,
      verdict: 'notRecommended',
      peopleWarnings: ['noDecisionMaker', 'noInsider', 'opponentWithInfluence'],
      strongestEvent: null,
      conditionsMet: 0,
    });
    expect(p.percent).toBe(45 - 10 - 5 - 5 - 5 - 5);
  });

  it('stays within 1–99 % while open, and says so; closed deals are 100 or 0', () => {
    const low = winProbability({
      ...base,
      stageProbability: 5,
      verdict: 'notRecommended',
      peopleWarnings: ['noDecisionMaker', 'noInsider'],
      strongestEvent: null,
      conditionsMet: 0,
    });
    expect(low.percent).toBe(1);
    expect(low.factors.at(-1)).toMatchObject({ key: 'bounds', points: 21 });
    expect(low.percent).toBe(low.factors.reduce((s, f) => s + f.points, 0));
    expect(winProbability({ ...base, status: 'won' }).percent).toBe(100);
    expect(winProbability({ ...base, status: 'lost' }).percent).toBe(0);
  });

  it('weights are settings', () => {
    const heavy = { ...DEFAULT_PROBABILITY_WEIGHTS, event: { strong: 20, medium: 4, weak: 1 } };
    expect(winProbability(base, heavy).percent).toBe(63);
  });
});

describe('key persons, compelling events, confirmation', () => {
  const person = (role: 'decisionMaker' | 'insider' | 'contact', extra = {}) => ({
    name: 'x',
    role,
    stance: 'unknown' as const,
    influence: 'medium' as const,
    audienceRole: null,
    ...extra,
  });

  it('warns until a decision maker and an 内线 are known', () => {
    expect(peopleWarnings([])).toEqual(['noDecisionMaker', 'noInsider']);
    expect(peopleWarnings([person('decisionMaker')])).toEqual(['noInsider']);
    expect(peopleWarnings([person('decisionMaker'), person('insider')])).toEqual([]);
    expect(
      peopleWarnings([
        person('decisionMaker'),
        person('insider'),
        person('contact', { stance: 'opponent', influence: 'high' }),
      ]),
    ).toEqual(['opponentWithInfluence']);
  });

  it('the demo audience follows the key persons', () => {
    const people = [
      person('contact', { audienceRole: 'cio' }),
      person('decisionMaker', { audienceRole: 'gm' }),
      person('insider', { audienceRole: 'cio' }),
    ];
    expect(audienceRolesOf(people, AUDIENCE_ROLES)).toEqual(['gm', 'cio']);
    expect(['总经理', '信息部经理', '主管会计', '仓库主管', '前台'].map(guessAudienceRole)).toEqual([
      'gm',
      'cio',
      'chiefAccountant',
      'warehouse',
      null,
    ]);
  });

  it('the strongest event is the strongest, then the most recent', () => {
    const events = [
      { id: 'a', strength: 'medium' as const, date: '2026-12-01' },
      { id: 'b', strength: 'strong' as const, date: '2026-10-01' },
      { id: 'c', strength: 'strong' as const, date: '2026-11-01' },
    ];
    expect(strongestEvent(events)?.id).toBe('c');
    expect(strongestEvent([])).toBeNull();
  });

  it('confirmation progress counts the seed’s 13 questions answered', () => {
    const answers = Object.fromEntries(CONFIRMATION_QUESTIONS.slice(0, 11).map((q) => [q, '已确认']));
    expect(confirmationProgress(answers)).toMatchObject({
      answered: 11,
      total: 13,
      percent: 84,
      unanswered: ['budgetGap', 'budgetProcess'],
    });
    expect(confirmationProgress({ needs: '   ' }).answered).toBe(0);
  });
});
