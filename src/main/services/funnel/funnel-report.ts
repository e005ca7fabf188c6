import type { z } from 'zod';
import type { FunnelInput, FunnelReport } from '../../../shared/contract/funnel';
import {
  DEFAULT_ATTENTION_RULES,
  DEFAULT_FORECAST_RULES,
  attentionReasons,
  byOwner,
  conversions,
  forecastByMonth,
  stageFigures,
  winLoss,
  type ClosedDeal,
  type FunnelDeal,
  type OutcomeCounts,
} from '../../../shared/funnel/funnel';
import type { Caller } from '../opportunities/opportunity-repository';
import { readOpportunitySettings } from '../opportunities/opportunity-settings';
import { parseClosing, parseRecord, type OpportunityRow } from '../opportunities/opportunity-store';
import { stageName, summarizeOpportunity } from '../opportunities/opportunity-view';

/**
 * The funnel report: every opportunity not archived, read once with what its timeline says
 * (newest entry, highest stage reached, when it entered its stage), turned into figures by the
 * pure functions in src/shared/funnel/funnel.ts.
 */

interface TimelineFacts {
  opportunity_id: number;
  last_at: string | null;
  reached: number | null;
  stage_since: string | null;
}

const DAY_MS = 86_400_000;

export function funnelReport(
  { db, locale, t }: Caller,
  input: z.output<typeof FunnelInput>,
  now = new Date(),
): FunnelReport {
  const settings = readOpportunitySettings(db);
  const rows = db
    .prepare(
      `SELECT o.*, c.name AS customer_name FROM opportunities o JOIN customers c ON c.id = o.customer_id
       WHERE o.archived = 0 ORDER BY o.id`,
    )
    .all() as (OpportunityRow & { customer_name: string })[];
  const timeline = new Map(
    (
      db
        .prepare(
          `SELECT e.opportunity_id, max(e.at) AS last_at, max(e.to_stage) AS reached,
                  max(CASE WHEN e.to_stage = o.stage AND e.kind IN ('stage', 'created', 'migrated', 'reopened') THEN e.at END)
                    AS stage_since
           FROM opportunity_events e JOIN opportunities o ON o.id = e.opportunity_id
           WHERE o.archived = 0 GROUP BY e.opportunity_id`,
        )
        .all() as TimelineFacts[]
    ).map((f) => [f.opportunity_id, f]),
  );

  const deals: FunnelDeal[] = [];
  const closed: ClosedDeal[] = [];
  const names = new Map<number, { name: string; customerName: string; owner: string; stage: number }>();
  for (const row of rows) {
    const facts = timeline.get(row.id);
    const summary = row.status === 'open' ? summarizeOpportunity(db, row, settings, locale, t) : null;
    names.set(row.id, { name: row.name, customerName: row.customer_name, owner: row.owner, stage: row.stage });
    deals.push({
      id: row.id,
      stage: row.stage,
      reachedStage: Math.max(row.stage, facts?.reached ?? 0),
      status: row.status,
      owner: row.owner,
      amountFen: row.amount_fen,
      probability: summary?.probability ?? (row.status === 'won' ? 100 : 0),
      expectedClose: row.expected_close,
      lastActivityAt: maxIso(facts?.last_at ?? null, row.updated_at),
      missingCount: summary?.missingCount ?? 0,
      stageSince: facts?.stage_since ?? row.created_at,
    });
    if (row.status !== 'open') {
      const closing = parseClosing(row);
      const record = parseRecord(row, t);
      closed.push({
        id: row.id,
        outcome: row.status,
        closedAt: closing?.at ?? row.updated_at,
        category: closing?.category ?? '',
        source: record.source,
        competitors: record.competitors.filter((c) => c.active).map((c) => c.name),
        amountFen: row.amount_fen,
      });
    }
  }

  const stages = settings.stages.length;
  const nowIso = now.toISOString();
  const figures = stageFigures(deals, stages).map((f) => ({ ...f, name: stageName(settings, f.stage, locale) }));
  const wl = winLoss(closed, input.from, input.to);
  const label = (kind: 'category' | 'competitor' | 'source') => (row: OutcomeCounts) => ({
    ...row,
    label:
      row.key === ''
        ? t(
            kind === 'category'
              ? 'funnel.noCategory'
              : kind === 'competitor'
                ? 'funnel.noCompetitor'
                : 'funnel.noSource',
          )
        : kind === 'competitor'
          ? row.key
          : t(kind === 'category' ? `opportunities.categories.${row.key}` : `opportunities.sources.${row.key}`),
  });
  const attention = deals.flatMap((deal) => {
    const reasons = attentionReasons(deal, nowIso, DEFAULT_ATTENTION_RULES);
    if (reasons.length === 0) return [];
    const who = names.get(deal.id);
    const days = (since: string) => Math.floor((now.getTime() - Date.parse(since)) / DAY_MS);
    return [
      {
        id: deal.id,
        name: who?.name ?? '',
        customerName: who?.customerName ?? '',
        owner: deal.owner,
        stage: deal.stage,
        stageName: stageName(settings, deal.stage, locale),
        reasons,
        messages: reasons.map((reason) => {
          switch (reason) {
            case 'stale':
              return t('funnel.attention.stale', {
                days: days(deal.lastActivityAt),
                last: deal.lastActivityAt.slice(0, 10),
              });
            case 'pastClose':
              return t('funnel.attention.pastClose', { date: deal.expectedClose });
            case 'stuckAtGate':
              return t('funnel.attention.stuckAtGate', {
                stage: deal.stage,
                days: days(deal.stageSince),
                count: deal.missingCount,
              });
          }
        }),
      },
    ];
  });
  return {
    generatedAt: nowIso,
    stages: figures,
    totals: {
      count: figures.reduce((s, f) => s + f.count, 0),
      amountFen: figures.reduce((s, f) => s + f.amountFen, 0),
      weightedFen: figures.reduce((s, f) => s + f.weightedFen, 0),
    },
    conversions: conversions(deals, stages),
    owners: byOwner(deals),
    forecast: forecastByMonth(deals, DEFAULT_FORECAST_RULES),
    attention,
    winLoss: {
      from: input.from,
      to: input.to,
      ...wl,
      byCategory: wl.byCategory.map(label('category')),
      byCompetitor: wl.byCompetitor.map(label('competitor')),
      bySource: wl.bySource.map(label('source')),
    },
    rules: { ...DEFAULT_ATTENTION_RULES, ...DEFAULT_FORECAST_RULES },
  };
}

function maxIso(a: string | null, b: string): string {
  return a !== null && a > b ? a : b;
}
