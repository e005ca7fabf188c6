import type { z } from 'zod';
import type { FunnelInput, FunnelReport } from '../../../shared/api/funnel';
import {
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
import { parseClosing } from '../opportunities/opportunity-store';
import { stageName } from '../opportunities/opportunity-view';
import { pipelineDeals } from './funnel-deals';
import { readFunnelRules } from './funnel-rules';

/**
 * The funnel report: every opportunity not archived, read once with what its timeline says
 * (newest entry, highest stage reached, when it entered its stage), turned into figures by the
 * pure functions in src/shared/funnel/funnel.ts.
 */

const DAY_MS = 86_400_000;

export function funnelReport(
  { db, locale, t }: Caller,
  input: z.output<typeof FunnelInput>,
  now = new Date(),
): FunnelReport {
  const settings = readOpportunitySettings(db);
  const rules = readFunnelRules(db);
  const deals: FunnelDeal[] = [];
  const closed: ClosedDeal[] = [];
  const names = new Map<number, { name: string; customerName: string }>();
  for (const deal of pipelineDeals(db, settings)) {
    const row = deal.row;
    names.set(row.id, { name: row.name, customerName: row.customer_name });
    deals.push({
      id: row.id,
      stage: row.stage,
      reachedStage: Math.max(row.stage, deal.reached ?? 0),
      status: row.status,
      owner: row.owner,
      amountFen: row.amount_fen,
      probability: deal.probability,
      expectedClose: row.expected_close,
      lastActivityAt: maxIso(deal.lastAt, row.updated_at),
      missingCount: deal.missingCount,
      stageSince: deal.stageSince ?? row.created_at,
    });
    if (row.status !== 'open') {
      const closing = parseClosing(row);
      closed.push({
        id: row.id,
        outcome: row.status,
        closedAt: closing?.at ?? row.updated_at,
        category: closing?.category ?? '',
        source: deal.source,
        competitors: deal.competitors,
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
  // Many deals share a message ("14 天没有进展…"): translate each distinct one once.
  const messages = new Map<string, string>();
  const message = (key: string, params: Record<string, string | number>) => {
    const id = `${key}|${Object.values(params).join('|')}`;
    let text = messages.get(id);
    if (text === undefined) {
      text = t(key, params);
      messages.set(id, text);
    }
    return text;
  };
  const stageNames = Array.from({ length: stages }, (_, i) => stageName(settings, i + 1, locale));
  const nowMs = now.getTime();
  const days = (since: string) => Math.floor((nowMs - Date.parse(since)) / DAY_MS);
  const attention: FunnelReport['attention'] = [];
  for (const deal of deals) {
    const reasons = attentionReasons(deal, nowIso, rules);
    if (reasons.length === 0) continue;
    const who = names.get(deal.id);
    attention.push({
      id: deal.id,
      name: who?.name ?? '',
      customerName: who?.customerName ?? '',
      owner: deal.owner,
      stage: deal.stage,
      stageName: stageNames[deal.stage - 1] ?? '',
      reasons,
      messages: reasons.map((reason) => {
        switch (reason) {
          case 'stale':
            return message('funnel.attention.stale', {
              days: days(deal.lastActivityAt),
              last: deal.lastActivityAt.slice(0, 10),
            });
          case 'pastClose':
            return message('funnel.attention.pastClose', { date: deal.expectedClose });
          case 'stuckAtGate':
            return message('funnel.attention.stuckAtGate', {
              stage: deal.stage,
              days: days(deal.stageSince),
              count: deal.missingCount,
            });
        }
      }),
    });
  }
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
    forecast: forecastByMonth(deals, rules),
    attention,
    winLoss: {
      from: input.from,
      to: input.to,
      ...wl,
      byCategory: wl.byCategory.map(label('category')),
      byCompetitor: wl.byCompetitor.map(label('competitor')),
      bySource: wl.bySource.map(label('source')),
    },
    rules,
  };
}

function maxIso(a: string | null, b: string): string {
  return a !== null && a > b ? a : b;
}
