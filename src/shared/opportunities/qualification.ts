/**
 * Customer qualification by the playbook's six factors (目标客户定位六要素, seed 一(一)): a score out
 * of 100 and a verdict that explains itself factor by factor. Thresholds and exclusions are rules
 * the company edits; the defaults are the seed's.
 */

export const NATURES = ['private', 'foreign', 'soeModern', 'soeRecent', 'soeOther', 'other'] as const;
export type Nature = (typeof NATURES)[number];
export const BUSINESSES = ['trading', 'makeToOrder', 'assembly', 'manufacturing', 'processing', 'other'] as const;
export type Business = (typeof BUSINESSES)[number];
export const PURCHASE_PLANS = ['withinQuarter', 'withinYear', 'none'] as const;
export type PurchasePlan = (typeof PURCHASE_PLANS)[number];
export const FACTORS = ['scale', 'nature', 'business', 'systems', 'branches', 'purchasePlan'] as const;
export type Factor = (typeof FACTORS)[number];
export const VERDICTS = ['focus', 'follow', 'notRecommended'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What the presales engineer learned about the customer. `null` / '' = not known yet. */
export interface QualificationProfile {
  headcount: number | null;
  /** Last year's sales, in 万元 (whole). */
  salesWan: number | null;
  /** Last year's gross profit, in 万元 (whole). */
  grossProfitWan: number | null;
  /** What the customer plans to spend on IT (hardware and network included), in 万元. */
  itBudgetWan: number | null;
  nature: Nature | '';
  business: Business | '';
  /** The customer's line (医药, 服装 …), matched against the excluded industries. */
  industry: string;
  systems: { finance: boolean; inventory: boolean; crm: boolean };
  branches: number | null;
  purchasePlan: PurchasePlan | '';
}

export const EMPTY_PROFILE: QualificationProfile = {
  headcount: null,
  salesWan: null,
  grossProfitWan: null,
  itBudgetWan: null,
  nature: '',
  business: '',
  industry: '',
  systems: { finance: false, inventory: false, crm: false },
  branches: null,
  purchasePlan: '',
};

export interface QualificationRules {
  /** 分销批发 (trading) needs at least this many people… */
  minHeadcountTrading: number;
  /** …生产/销售 (every other business) this many. */
  minHeadcountProduction: number;
  minSalesWan: number;
  minGrossProfitWan: number;
  /** IT spend as a share of profit the seed expects (3–5 %). */
  itBudgetPercentMin: number;
  itBudgetPercentMax: number;
  /** Lines of business never to develop (医药、服装 “坚决不要发展”); matched as substrings. */
  excludedIndustries: string[];
  /** Freshly restructured SOEs (刚刚改制) are excluded. */
  excludeRecentSoe: boolean;
  /** Score at or above which a customer is 重点 / 可跟进. */
  focusScore: number;
  followScore: number;
}

export const DEFAULT_QUALIFICATION_RULES: QualificationRules = {
  minHeadcountTrading: 20,
  minHeadcountProduction: 50,
  minSalesWan: 2000,
  minGrossProfitWan: 300,
  itBudgetPercentMin: 3,
  itBudgetPercentMax: 5,
  excludedIndustries: ['医药', '服装'],
  excludeRecentSoe: true,
  focusScore: 70,
  followScore: 40,
};

/** Points per factor; the six add up to 100. */
export const FACTOR_MAX: Record<Factor, number> = {
  scale: 30,
  nature: 15,
  business: 20,
  systems: 10,
  branches: 10,
  purchasePlan: 15,
};

export type FactorStatus = 'good' | 'partial' | 'weak' | 'unknown' | 'excluded';

/** One reason, as an i18n key under `opportunities.qualification.notes` and its values. */
export interface Note {
  key: string;
  params?: Record<string, string | number>;
}

export interface FactorResult {
  factor: Factor;
  points: number;
  max: number;
  status: FactorStatus;
  notes: Note[];
}

export interface QualificationResult {
  score: number;
  verdict: Verdict;
  /** Set when an exclusion rule decided the verdict regardless of the score. */
  excludedBy: Note | null;
  factors: FactorResult[];
}

const NATURE_POINTS: Record<Nature, number> = {
  private: 15,
  foreign: 12,
  soeModern: 8,
  other: 6,
  soeOther: 3,
  soeRecent: 0,
};
const BUSINESS_POINTS: Record<Business, number> = {
  trading: 20,
  makeToOrder: 20,
  assembly: 16,
  manufacturing: 10,
  processing: 10,
  other: 5,
};
const PLAN_POINTS: Record<PurchasePlan, number> = { withinQuarter: 15, withinYear: 10, none: 0 };

function statusOf(points: number, max: number): FactorStatus {
  if (points >= max) return 'good';
  return points > 0 ? 'partial' : 'weak';
}

function scale(p: QualificationProfile, r: QualificationRules): FactorResult {
  const notes: Note[] = [];
  let points = 0;
  let known = 0;
  const minPeople = p.business === 'trading' ? r.minHeadcountTrading : r.minHeadcountProduction;
  const kind = p.business === 'trading' ? 'trading' : 'production';
  if (p.headcount !== null) {
    known += 1;
    const ok = p.headcount >= minPeople;
    if (ok) points += 10;
    notes.push({ key: ok ? 'headcountOk' : 'headcountLow', params: { value: p.headcount, min: minPeople, kind } });
  } else notes.push({ key: 'headcountUnknown', params: { min: minPeople, kind } });
  if (p.salesWan !== null) {
    known += 1;
    const ok = p.salesWan >= r.minSalesWan;
    if (ok) points += 10;
    notes.push({ key: ok ? 'salesOk' : 'salesLow', params: { value: p.salesWan, min: r.minSalesWan } });
  } else notes.push({ key: 'salesUnknown', params: { min: r.minSalesWan } });
  if (p.grossProfitWan !== null) {
    known += 1;
    const ok = p.grossProfitWan >= r.minGrossProfitWan;
    if (ok) points += 10;
    notes.push({ key: ok ? 'profitOk' : 'profitLow', params: { value: p.grossProfitWan, min: r.minGrossProfitWan } });
  } else notes.push({ key: 'profitUnknown', params: { min: r.minGrossProfitWan } });
  if (p.itBudgetWan !== null && p.grossProfitWan !== null && p.grossProfitWan > 0) {
    // Whole per-mille, in integers: no floating point in what is shown.
    const perMille = Math.round((p.itBudgetWan * 1000) / p.grossProfitWan);
    const percent = `${Math.floor(perMille / 10)}.${perMille % 10}`;
    const inRange = perMille >= r.itBudgetPercentMin * 10 && perMille <= r.itBudgetPercentMax * 10;
    notes.push({
      key: inRange ? 'itBudgetInRange' : 'itBudgetOutOfRange',
      params: { value: p.itBudgetWan, percent, min: r.itBudgetPercentMin, max: r.itBudgetPercentMax },
    });
  } else if (p.grossProfitWan !== null && p.grossProfitWan > 0) {
    const low = Math.round((p.grossProfitWan * r.itBudgetPercentMin) / 100);
    const high = Math.round((p.grossProfitWan * r.itBudgetPercentMax) / 100);
    notes.push({
      key: 'itBudgetExpected',
      params: { low, high, min: r.itBudgetPercentMin, max: r.itBudgetPercentMax },
    });
  }
  return {
    factor: 'scale',
    points,
    max: FACTOR_MAX.scale,
    status: known === 0 ? 'unknown' : statusOf(points, 30),
    notes,
  };
}

function excludedIndustry(p: QualificationProfile, r: QualificationRules): string | null {
  const industry = p.industry.trim();
  if (industry === '') return null;
  return r.excludedIndustries.find((word) => word.trim() !== '' && industry.includes(word.trim())) ?? null;
}

function nature(p: QualificationProfile, r: QualificationRules): FactorResult {
  const max = FACTOR_MAX.nature;
  if (p.nature === '')
    return { factor: 'nature', points: 0, max, status: 'unknown', notes: [{ key: 'natureUnknown' }] };
  const points = NATURE_POINTS[p.nature];
  const excluded = p.nature === 'soeRecent' && r.excludeRecentSoe;
  return {
    factor: 'nature',
    points,
    max,
    status: excluded ? 'excluded' : statusOf(points, max),
    notes: [{ key: `nature_${p.nature}` }],
  };
}

function business(p: QualificationProfile, r: QualificationRules): FactorResult {
  const max = FACTOR_MAX.business;
  const excluded = excludedIndustry(p, r);
  if (excluded !== null) {
    return {
      factor: 'business',
      points: 0,
      max,
      status: 'excluded',
      notes: [{ key: 'industryExcluded', params: { industry: p.industry.trim(), word: excluded } }],
    };
  }
  if (p.business === '') {
    return { factor: 'business', points: 0, max, status: 'unknown', notes: [{ key: 'businessUnknown' }] };
  }
  const points = BUSINESS_POINTS[p.business];
  return { factor: 'business', points, max, status: statusOf(points, max), notes: [{ key: `business_${p.business}` }] };
}

function systems(p: QualificationProfile): FactorResult {
  const { finance, inventory, crm } = p.systems;
  const points = (finance ? 3 : 0) + (inventory ? 4 : 0) + (crm ? 3 : 0);
  const used = [finance && 'finance', inventory && 'inventory', crm && 'crm'].filter(Boolean) as string[];
  return {
    factor: 'systems',
    points,
    max: FACTOR_MAX.systems,
    status: statusOf(points, FACTOR_MAX.systems),
    notes: used.length === 0 ? [{ key: 'systemsNone' }] : used.map((s) => ({ key: `systems_${s}` })),
  };
}

function branches(p: QualificationProfile): FactorResult {
  const max = FACTOR_MAX.branches;
  if (p.branches === null)
    return { factor: 'branches', points: 0, max, status: 'unknown', notes: [{ key: 'branchesUnknown' }] };
  const points = p.branches > 0 ? max : 0;
  return {
    factor: 'branches',
    points,
    max,
    status: statusOf(points, max),
    notes: [{ key: p.branches > 0 ? 'branchesSome' : 'branchesNone', params: { count: p.branches } }],
  };
}

function purchasePlan(p: QualificationProfile): FactorResult {
  const max = FACTOR_MAX.purchasePlan;
  if (p.purchasePlan === '') {
    return { factor: 'purchasePlan', points: 0, max, status: 'unknown', notes: [{ key: 'planUnknown' }] };
  }
  const points = PLAN_POINTS[p.purchasePlan];
  return {
    factor: 'purchasePlan',
    points,
    max,
    status: statusOf(points, max),
    notes: [{ key: `plan_${p.purchasePlan}` }],
  };
}

export function qualify(
  profile: QualificationProfile,
  rules: QualificationRules = DEFAULT_QUALIFICATION_RULES,
): QualificationResult {
  const factors = [
    scale(profile, rules),
    nature(profile, rules),
    business(profile, rules),
    systems(profile),
    branches(profile),
    purchasePlan(profile),
  ];
  const score = factors.reduce((sum, f) => sum + f.points, 0);
  const industry = excludedIndustry(profile, rules);
  const excludedBy: Note | null =
    industry !== null
      ? { key: 'industryExcluded', params: { industry: profile.industry.trim(), word: industry } }
      : profile.nature === 'soeRecent' && rules.excludeRecentSoe
        ? { key: 'nature_soeRecent' }
        : null;
  const verdict: Verdict =
    excludedBy !== null
      ? 'notRecommended'
      : score >= rules.focusScore
        ? 'focus'
        : score >= rules.followScore
          ? 'follow'
          : 'notRecommended';
  return { score, verdict, excludedBy, factors };
}
