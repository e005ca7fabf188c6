import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type pg from 'pg';
import { TeamDealSummarySchema, type TeamDeals } from '../../../shared/api/team';
import {
  attentionReasons,
  byOwner,
  stageFigures,
  weightedAmount,
  type FunnelDeal,
} from '../../../shared/funnel/funnel';
import type { Locale } from '../../../shared/locale';
import { readFunnelRules } from '../../services/funnel/funnel-rules';
import { missingMessage } from '../../services/opportunities/opportunity-messages';
import { readOpportunitySettings } from '../../services/opportunities/opportunity-settings';
import { stageName } from '../../services/opportunities/opportunity-view';

/**
 * The team's deals as the server holds them, read live (like pending approvals): what each rep's
 * sync pushed about their opportunities. Row-level security decides who sees what — a rep their
 * own, a manager their team's, legal every deal — so this is the same query for everyone. The
 * figures come from the same pure functions as the funnel, under the team's playbook (pulled
 * with the rules) and this machine's dashboard thresholds.
 */

interface ServerDeal {
  uid: string;
  owner: string;
  display_name: string | null;
  deal: unknown;
  updated_at: Date;
}

const DAY_MS = 86_400_000;

export async function teamDeals(
  db: Database,
  client: pg.Client,
  locale: Locale,
  t: TFunction,
  now = new Date(),
): Promise<TeamDeals> {
  const rows = (
    await client.query<ServerDeal>(
      `SELECT r.uid, r.owner, m.display_name, r.data->'deal' AS deal, r.updated_at
       FROM presales.records r LEFT JOIN presales.members m ON m.name = r.owner
       WHERE r.kind = 'opportunity' AND NOT coalesce((r.data->'deal'->>'archived')::boolean, false)
       ORDER BY r.owner, r.updated_at DESC`,
    )
  ).rows;
  const settings = readOpportunitySettings(db);
  const rules = readFunnelRules(db);
  const nowIso = now.toISOString();
  const stages = settings.stages.length;
  const deals: TeamDeals['deals'] = [];
  const figures: FunnelDeal[] = [];
  for (const row of rows) {
    const parsed = TeamDealSummarySchema.safeParse(row.deal);
    if (!parsed.success || parsed.data.status !== 'open') continue; // a record from a newer app, or closed
    const d = parsed.data;
    const funnelDeal: FunnelDeal = {
      id: figures.length,
      stage: d.stage,
      reachedStage: d.reachedStage,
      status: d.status,
      owner: row.owner,
      amountFen: d.amountFen,
      probability: d.probability,
      expectedClose: d.expectedClose,
      lastActivityAt: d.lastActivityAt,
      missingCount: d.missing.length,
      stageSince: d.stageSince,
    };
    figures.push(funnelDeal);
    const daysInStage = Math.max(0, Math.floor((now.getTime() - Date.parse(d.stageSince)) / DAY_MS));
    deals.push({
      ...d,
      uid: row.uid,
      user: row.owner,
      userName: row.display_name || row.owner,
      stageName: stageName(settings, d.stage, locale),
      weightedFen: weightedAmount(d.amountFen, d.probability),
      daysInStage,
      missing: d.missing.map((m) => missingMessage(m, t)),
      attention: attentionReasons(funnelDeal, nowIso, rules).map((reason) => {
        switch (reason) {
          case 'stale':
            return t('funnel.attention.stale', {
              days: Math.floor((now.getTime() - Date.parse(d.lastActivityAt)) / DAY_MS),
              last: d.lastActivityAt.slice(0, 10),
            });
          case 'pastClose':
            return t('funnel.attention.pastClose', { date: d.expectedClose });
          case 'stuckAtGate':
            return t('funnel.attention.stuckAtGate', { stage: d.stage, days: daysInStage, count: d.missing.length });
        }
      }),
      syncedAt: row.updated_at.toISOString(),
    });
  }
  const names = new Map(deals.map((d) => [d.user, d.userName]));
  const perStage = stageFigures(figures, stages).map((f) => ({
    stage: f.stage,
    name: stageName(settings, f.stage, locale),
    count: f.count,
    amountFen: f.amountFen,
    weightedFen: f.weightedFen,
  }));
  // The biggest weighted deals first: what the manager looks at before the review meeting.
  deals.sort((a, b) => b.weightedFen - a.weightedFen || a.name.localeCompare(b.name, 'zh-CN'));
  return {
    generatedAt: nowIso,
    deals,
    stages: perStage,
    users: byOwner(figures).map((o) => ({
      user: o.owner,
      userName: names.get(o.owner) ?? o.owner,
      count: o.count,
      amountFen: o.amountFen,
      weightedFen: o.weightedFen,
    })),
    totals: {
      count: perStage.reduce((s, f) => s + f.count, 0),
      amountFen: perStage.reduce((s, f) => s + f.amountFen, 0),
      weightedFen: perStage.reduce((s, f) => s + f.weightedFen, 0),
    },
  };
}
