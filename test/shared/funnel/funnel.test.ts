import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ATTENTION_RULES,
  DEFAULT_FORECAST_RULES,
  attentionReasons,
  byOwner,
  conversions,
  forecastByMonth,
  forecastCategory,
  stageFigures,
  weightedAmount,
  winLoss,
  type ClosedDeal,
  type FunnelDeal,
} from '../../../src/shared/funnel/funnel';

const NOW = '2026-12-06T09:00:00.000Z';

function deal(id: number, change: Partial<FunnelDeal> = {}): FunnelDeal {
  return {
    id,
    stage: 1,
    reachedStage: change.stage ?? 1,
    status: 'open',
    owner: '张伟',
    amountFen: 10_000_000,
    probability: 10,
    expectedClose: '2027-01-20',
    lastActivityAt: '2026-12-01T09:00:00.000Z',
    missingCount: 0,
    stageSince: '2026-12-01T09:00:00.000Z',
    ...change,
  };
}

describe('weighted amount', () => {
  it.each([
    [32_970_000, 99, 32_640_300],
    [10_000_001, 50, 5_000_001], // 5,000,000.5 fen rounds half-up
    [333, 33, 110], // 109.89 → 110
    [1, 50, 1],
    [1, 49, 0],
    [null, 80, 0],
    [99_999_999_999_999, 99, 98_999_999_999_999], // near the 1 万亿 limit, still exact
  ])('%s fen at %s %% is %s fen', (amount, probability, expected) => {
    expect(weightedAmount(amount, probability)).toBe(expected);
  });
});

describe('stage figures', () => {
  it('counts open deals per stage; each weighted row is the sum of its deals, and the rows sum to the total', () => {
    const deals = [
      deal(1, { stage: 7, probability: 99, amountFen: 32_970_000 }),
      deal(2, { stage: 3, probability: 31, amountFen: 1_234_567 }),
      deal(3, { stage: 3, probability: 33, amountFen: 333 }),
      deal(4, { stage: 2, amountFen: null }),
      deal(5, { stage: 8, status: 'won' }),
      deal(6, { stage: 5, status: 'lost' }),
    ];
    const rows = stageFigures(deals, 8);
    expect(rows.map((r) => [r.stage, r.count, r.amountFen, r.weightedFen, r.ids])).toEqual([
      [1, 0, 0, 0, []],
      [2, 1, 0, 0, [4]],
      [3, 2, 1_234_900, 382_716 + 110, [2, 3]],
      [4, 0, 0, 0, []],
      [5, 0, 0, 0, []],
      [6, 0, 0, 0, []],
      [7, 1, 32_970_000, 32_640_300, [1]],
      [8, 0, 0, 0, []],
    ]);
    const total = deals
      .filter((d) => d.status === 'open')
      .reduce((s, d) => s + weightedAmount(d.amountFen, d.probability), 0);
    expect(rows.reduce((s, r) => s + r.weightedFen, 0)).toBe(total);
  });
});

describe('conversions', () => {
  it('of the deals that reached a stage, the share that reached the next; a deal moved back still counts', () => {
    const deals = [
      deal(1, { stage: 1 }),
      deal(2, { stage: 2 }),
      deal(3, { stage: 2, reachedStage: 4 }), // moved back from 4
      deal(4, { stage: 3, status: 'lost' }),
      deal(5, { stage: 8, status: 'won' }),
    ];
    const rows = conversions(deals, 8);
    expect(rows.slice(0, 4).map((r) => [r.from, r.to, r.reachedFrom, r.reachedTo, r.percent])).toEqual([
      [1, 2, 5, 4, 80],
      [2, 3, 4, 3, 75],
      [3, 4, 3, 2, 66.7],
      [4, 5, 2, 1, 50],
    ]);
    expect(rows.at(-1)).toMatchObject({ from: 7, to: 8, reachedFrom: 1, reachedTo: 1, percent: 100 });
    expect(conversions([], 8)[0]?.percent).toBeNull();
  });
});

describe('forecast', () => {
  it.each([
    [{ stage: 7, probability: 60 }, 'committed'],
    [{ stage: 6, probability: 75 }, 'committed'],
    [{ stage: 6, probability: 74 }, 'bestCase'],
    [{ stage: 4, probability: 40 }, 'bestCase'],
    [{ stage: 4, probability: 39 }, 'pipeline'],
    [{ stage: 1, probability: 1 }, 'pipeline'],
  ] as const)('%o is %s', (change, category) => {
    expect(forecastCategory(deal(1, change), DEFAULT_FORECAST_RULES)).toBe(category);
  });

  it('groups open deals by close month, soonest first and undated last; best case includes committed', () => {
    const rows = forecastByMonth(
      [
        deal(1, { expectedClose: '2027-01-20', stage: 7, probability: 99, amountFen: 30_000_000 }),
        deal(2, { expectedClose: '2027-01-05', probability: 50, amountFen: 10_000_000 }),
        deal(3, { expectedClose: '2026-12-30', probability: 10, amountFen: 5_000_000 }),
        deal(4, { expectedClose: '', probability: 20, amountFen: 1_000_000 }),
        deal(5, { expectedClose: '2026-12-30', status: 'won', amountFen: 99_000_000 }),
      ],
      DEFAULT_FORECAST_RULES,
    );
    expect(rows.map((r) => [r.month, r.committedFen, r.bestCaseFen, r.pipelineFen, r.weightedFen])).toEqual([
      ['2026-12', 0, 0, 5_000_000, 500_000],
      ['2027-01', 30_000_000, 40_000_000, 40_000_000, 29_700_000 + 5_000_000],
      ['', 0, 0, 1_000_000, 200_000],
    ]);
    expect(rows[1]?.ids).toEqual({ committed: [1], bestCase: [2], pipeline: [] });
  });
});

describe('by owner', () => {
  it('sums open deals per owner, the largest weighted amount first', () => {
    const rows = byOwner([
      deal(1, { owner: '张伟', probability: 10, amountFen: 1_000_000 }),
      deal(2, { owner: '李娜', probability: 90, amountFen: 1_000_000 }),
      deal(3, { owner: '张伟', probability: 20, amountFen: 2_000_000 }),
      deal(4, { owner: '李娜', status: 'lost' }),
    ]);
    expect(rows.map((r) => [r.owner, r.count, r.amountFen, r.weightedFen, r.ids])).toEqual([
      ['李娜', 1, 1_000_000, 900_000, [2]],
      ['张伟', 2, 3_000_000, 500_000, [1, 3]],
    ]);
  });
});

describe('attention', () => {
  it.each([
    [{}, []],
    [{ lastActivityAt: '2026-11-22T09:00:00.000Z' }, ['stale']], // exactly 14 days
    [{ lastActivityAt: '2026-11-22T09:00:01.000Z' }, []],
    [{ expectedClose: '2026-12-05' }, ['pastClose']],
    [{ expectedClose: '2026-12-06' }, []],
    [{ expectedClose: '' }, []],
    [{ missingCount: 2, stageSince: '2026-11-15T09:00:00.000Z' }, ['stuckAtGate']],
    [{ missingCount: 0, stageSince: '2026-10-01T09:00:00.000Z' }, []],
    [{ missingCount: 1, stageSince: '2026-11-20T09:00:00.000Z' }, []],
    [
      {
        lastActivityAt: '2026-10-01T09:00:00.000Z',
        expectedClose: '2026-11-30',
        missingCount: 1,
        stageSince: '2026-10-01T09:00:00.000Z',
      },
      ['stale', 'pastClose', 'stuckAtGate'],
    ],
    [{ status: 'won', expectedClose: '2026-01-01' }, []],
  ] as const)('%o → %o', (change, reasons) => {
    expect(attentionReasons(deal(1, change), NOW, DEFAULT_ATTENTION_RULES)).toEqual(reasons);
  });
});

describe('won and lost', () => {
  const closed: ClosedDeal[] = [
    {
      id: 1,
      outcome: 'won',
      closedAt: '2026-10-10T08:00:00Z',
      category: 'solution',
      source: 'referral',
      competitors: ['飞腾软件'],
      amountFen: 30_000_000,
    },
    {
      id: 2,
      outcome: 'lost',
      closedAt: '2026-11-02T08:00:00Z',
      category: 'price',
      source: 'event',
      competitors: ['飞腾软件', '智远'],
      amountFen: 20_000_000,
    },
    {
      id: 3,
      outcome: 'lost',
      closedAt: '2026-11-20T08:00:00Z',
      category: 'price',
      source: 'referral',
      competitors: [],
      amountFen: 5_000_000,
    },
    {
      id: 4,
      outcome: 'abandoned',
      closedAt: '2026-12-01T08:00:00Z',
      category: 'noBudget',
      source: 'inbound',
      competitors: [],
      amountFen: null,
    },
    {
      id: 5,
      outcome: 'lost',
      closedAt: '2025-06-01T08:00:00Z',
      category: 'price',
      source: 'event',
      competitors: [],
      amountFen: 1,
    },
  ];

  it('counts outcomes and the win rate over the period, by category, competitor and source', () => {
    const result = winLoss(closed, '2026-10-01', '2026-12-31');
    expect([result.won, result.lost, result.abandoned, result.winRate]).toEqual([1, 2, 1, 25]);
    expect(result.byCategory.map((r) => [r.key, r.won, r.lost, r.abandoned, r.lostFen])).toEqual([
      ['price', 0, 2, 0, 25_000_000],
      ['noBudget', 0, 0, 1, 0],
      ['solution', 1, 0, 0, 0],
    ]);
    expect(result.byCompetitor.map((r) => [r.key, r.won, r.lost, r.ids])).toEqual([
      ['', 0, 1, [3, 4]],
      ['飞腾软件', 1, 1, [1, 2]],
      ['智远', 0, 1, [2]],
    ]);
    expect(result.bySource.map((r) => [r.key, r.ids])).toEqual([
      ['referral', [1, 3]],
      ['event', [2]],
      ['inbound', [4]],
    ]);
  });

  it('a period is inclusive at both ends; an open end takes everything; nothing closed has no win rate', () => {
    expect(winLoss(closed, '2026-11-02', '2026-11-20').lost).toBe(2);
    expect(winLoss(closed, '', '').lost).toBe(3);
    expect(winLoss(closed, '2027-01-01', '').winRate).toBeNull();
  });
});
