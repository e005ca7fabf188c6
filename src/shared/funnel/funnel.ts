/**
 * The sales funnel (销售漏斗) as pure figures: where the open deals stand, what they are worth
 * weighted by their explained probability, how many deals that reached one stage went on to the
 * next, and which deals need the manager's attention. Money is integer fen throughout; a
 * weighted amount is rounded half-up to the fen once per deal, and every total is a plain sum of
 * those, so a table of the rows adds up to its total exactly.
 */

export interface FunnelDeal {
  id: number;
  stage: number;
  /** The highest stage the deal ever reached (a deal moved back still counts as having got there). */
  reachedStage: number;
  status: 'open' | 'won' | 'lost' | 'abandoned';
  owner: string;
  amountFen: number | null;
  /** 0–100, the explained win probability. */
  probability: number;
  /** ISO date, or '' when not set. */
  expectedClose: string;
  /** ISO timestamp of the newest timeline entry. */
  lastActivityAt: string;
  /** Items missing before the next stage (0 when none, or closed). */
  missingCount: number;
  /** ISO timestamp the deal entered its current stage. */
  stageSince: string;
}

export interface StageFigures {
  stage: number;
  count: number;
  amountFen: number;
  weightedFen: number;
  ids: number[];
}

export interface Conversion {
  from: number;
  to: number;
  reachedFrom: number;
  reachedTo: number;
  /** Percent with one decimal, or null when no deal reached `from`. */
  percent: number | null;
}

/** amount × probability %, to the fen (half-up). */
export function weightedAmount(amountFen: number | null, probability: number): number {
  if (amountFen === null) return 0;
  // Exact integer arithmetic (BigInt): amount × whole percent, then ÷ 100 rounding half up.
  const product = BigInt(amountFen) * BigInt(Math.round(probability));
  return Number((product + 50n) / 100n);
}

/** Count, amount and weighted amount of the open deals in each of the `stages` stages. */
export function stageFigures(deals: readonly FunnelDeal[], stages: number): StageFigures[] {
  const rows: StageFigures[] = Array.from({ length: stages }, (_, i) => ({
    stage: i + 1,
    count: 0,
    amountFen: 0,
    weightedFen: 0,
    ids: [],
  }));
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    const row = rows[deal.stage - 1];
    if (!row) continue;
    row.count += 1;
    row.amountFen += deal.amountFen ?? 0;
    row.weightedFen += weightedAmount(deal.amountFen, deal.probability);
    row.ids.push(deal.id);
  }
  return rows;
}

/**
 * Stage-to-stage conversion over every deal (open or closed): of the deals that reached stage n,
 * the share that reached n + 1. A won deal has reached the last stage.
 */
export function conversions(deals: readonly FunnelDeal[], stages: number): Conversion[] {
  const reached = (n: number) => deals.filter((d) => (d.status === 'won' ? stages : d.reachedStage) >= n).length;
  const result: Conversion[] = [];
  for (let from = 1; from < stages; from += 1) {
    const reachedFrom = reached(from);
    const reachedTo = reached(from + 1);
    result.push({
      from,
      to: from + 1,
      reachedFrom,
      reachedTo,
      percent: reachedFrom === 0 ? null : Math.round((reachedTo / reachedFrom) * 1000) / 10,
    });
  }
  return result;
}

export type ForecastCategory = 'committed' | 'bestCase' | 'pipeline';

export interface ForecastRules {
  /** From this stage on, or at this probability, a deal is committed (default 商务谈判, 75 %). */
  committedStage: number;
  committedProbability: number;
  /** At this probability a deal is in the best case (default 40 %). */
  bestCaseProbability: number;
}

export const DEFAULT_FORECAST_RULES: ForecastRules = {
  committedStage: 7,
  committedProbability: 75,
  bestCaseProbability: 40,
};

/** Which forecast column an open deal falls in: committed ⊂ best case ⊂ pipeline. */
export function forecastCategory(deal: FunnelDeal, rules: ForecastRules): ForecastCategory {
  if (deal.stage >= rules.committedStage || deal.probability >= rules.committedProbability) return 'committed';
  if (deal.probability >= rules.bestCaseProbability) return 'bestCase';
  return 'pipeline';
}

export interface ForecastMonth {
  /** 'YYYY-MM', or '' for deals without an expected close date. */
  month: string;
  /** Amounts: committed only; committed + best case; every open deal. */
  committedFen: number;
  bestCaseFen: number;
  pipelineFen: number;
  weightedFen: number;
  ids: Record<ForecastCategory, number[]>;
}

/** Open deals by expected close month, soonest first; undated last. */
export function forecastByMonth(deals: readonly FunnelDeal[], rules: ForecastRules): ForecastMonth[] {
  const months = new Map<string, ForecastMonth>();
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    const month = deal.expectedClose.slice(0, 7);
    let row = months.get(month);
    if (!row) {
      row = {
        month,
        committedFen: 0,
        bestCaseFen: 0,
        pipelineFen: 0,
        weightedFen: 0,
        ids: { committed: [], bestCase: [], pipeline: [] },
      };
      months.set(month, row);
    }
    const amount = deal.amountFen ?? 0;
    const category = forecastCategory(deal, rules);
    if (category === 'committed') row.committedFen += amount;
    if (category !== 'pipeline') row.bestCaseFen += amount;
    row.pipelineFen += amount;
    row.weightedFen += weightedAmount(deal.amountFen, deal.probability);
    row.ids[category].push(deal.id);
  }
  return [...months.values()].sort((a, b) => (a.month || '9999').localeCompare(b.month || '9999'));
}

export interface OwnerFigures {
  owner: string;
  count: number;
  amountFen: number;
  weightedFen: number;
  ids: number[];
}

/** Open deals per owner, the largest weighted amount first. */
export function byOwner(deals: readonly FunnelDeal[]): OwnerFigures[] {
  const owners = new Map<string, OwnerFigures>();
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    const row = owners.get(deal.owner) ?? { owner: deal.owner, count: 0, amountFen: 0, weightedFen: 0, ids: [] };
    row.count += 1;
    row.amountFen += deal.amountFen ?? 0;
    row.weightedFen += weightedAmount(deal.amountFen, deal.probability);
    row.ids.push(deal.id);
    owners.set(deal.owner, row);
  }
  return [...owners.values()].sort((a, b) => b.weightedFen - a.weightedFen || a.owner.localeCompare(b.owner, 'zh-CN'));
}

export type AttentionReason = 'stale' | 'pastClose' | 'stuckAtGate';

export interface AttentionRules {
  /** No timeline entry for this many days: stale (a setting, default 14). */
  staleDays: number;
  /** In the same stage with something missing for this many days: stuck at its gate (default 21). */
  stuckDays: number;
}

export const DEFAULT_ATTENTION_RULES: AttentionRules = { staleDays: 14, stuckDays: 21 };

const DAY_MS = 86_400_000;

/** Why an open deal needs attention today (`today` is 'YYYY-MM-DD', `now` an ISO timestamp). */
export function attentionReasons(deal: FunnelDeal, now: string, rules: AttentionRules): AttentionReason[] {
  if (deal.status !== 'open') return [];
  const nowMs = Date.parse(now);
  const reasons: AttentionReason[] = [];
  if (nowMs - Date.parse(deal.lastActivityAt) >= rules.staleDays * DAY_MS) reasons.push('stale');
  if (deal.expectedClose !== '' && deal.expectedClose < now.slice(0, 10)) reasons.push('pastClose');
  if (deal.missingCount > 0 && nowMs - Date.parse(deal.stageSince) >= rules.stuckDays * DAY_MS)
    reasons.push('stuckAtGate');
  return reasons;
}

export interface ClosedDeal {
  id: number;
  outcome: 'won' | 'lost' | 'abandoned';
  /** ISO timestamp of closing. */
  closedAt: string;
  /** The closing category (价格, 功能, 关系, …), as stored. */
  category: string;
  source: string;
  /** Competitors still in the race when the deal closed. */
  competitors: readonly string[];
  amountFen: number | null;
}

export interface OutcomeCounts {
  key: string;
  won: number;
  lost: number;
  abandoned: number;
  wonFen: number;
  lostFen: number;
  ids: number[];
}

export interface WinLoss {
  won: number;
  lost: number;
  abandoned: number;
  /** won / (won + lost + abandoned), percent with one decimal; null without closed deals. */
  winRate: number | null;
  byCategory: OutcomeCounts[];
  byCompetitor: OutcomeCounts[];
  bySource: OutcomeCounts[];
}

/** Deals closed on a day in [from, to] ('YYYY-MM-DD', either may be ''), grouped three ways. */
export function winLoss(deals: readonly ClosedDeal[], from: string, to: string): WinLoss {
  const inPeriod = deals.filter((d) => {
    const day = d.closedAt.slice(0, 10);
    return (from === '' || day >= from) && (to === '' || day <= to);
  });
  const group = (keysOf: (d: ClosedDeal) => readonly string[]): OutcomeCounts[] => {
    const rows = new Map<string, OutcomeCounts>();
    for (const d of inPeriod) {
      for (const key of keysOf(d)) {
        const row = rows.get(key) ?? { key, won: 0, lost: 0, abandoned: 0, wonFen: 0, lostFen: 0, ids: [] };
        row[d.outcome] += 1;
        if (d.outcome === 'won') row.wonFen += d.amountFen ?? 0;
        else row.lostFen += d.amountFen ?? 0;
        row.ids.push(d.id);
        rows.set(key, row);
      }
    }
    return [...rows.values()].sort((a, b) => b.ids.length - a.ids.length || a.key.localeCompare(b.key, 'zh-CN'));
  };
  const count = (outcome: ClosedDeal['outcome']) => inPeriod.filter((d) => d.outcome === outcome).length;
  const won = count('won');
  return {
    won,
    lost: count('lost'),
    abandoned: count('abandoned'),
    winRate: inPeriod.length === 0 ? null : Math.round((won / inPeriod.length) * 1000) / 10,
    // A won deal's category is why it was won; the losses are what the manager studies.
    byCategory: group((d) => [d.category]),
    byCompetitor: group((d) => (d.competitors.length > 0 ? d.competitors : [''])),
    bySource: group((d) => [d.source]),
  };
}
