import { describe, expect, it } from 'vitest';
import { funnelReport } from '../../../src/main/services/funnel/funnel-report';
import { translator } from '../../../src/shared/i18n';
import { must } from '../../helpers/must';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/** The funnel report on the demo data (four opportunities at stages 7, 3, 2 and 1). */

async function ids(app: TestApp): Promise<Record<string, number>> {
  const { rows } = await app.call('opportunities.list', { status: 'all' });
  return Object.fromEntries(rows.map((r) => [r.customerName.slice(2, 4), r.id]));
}

describe('the funnel', () => {
  it('sums the open deals per stage, weighted by their explained probability, to the fen', async () => {
    const app = await openTestApp({ seedDemo: true });
    const report = await app.call('funnel.get', {});
    const { rows } = await app.call('opportunities.list', {});
    expect(report.stages.map((s) => [s.stage, s.name, s.count])).toEqual([
      [1, '客户规划与邀约', 1],
      [2, '客户拜访与初步调研', 1],
      [3, '提交初步方案', 1],
      [4, '方案演示与技术交流', 0],
      [5, '需求分析与正式方案设计', 0],
      [6, '项目评估', 0],
      [7, '商务谈判', 1],
      [8, '签约成交', 0],
    ]);
    // Each stage's weighted amount is its deals' amount × the probability the list shows, half-up.
    for (const stage of report.stages) {
      const deals = rows.filter((r) => stage.ids.includes(r.id));
      expect(stage.weightedFen).toBe(
        deals.reduce((s, d) => s + Math.round(((d.amountFen ?? 0) * d.probability) / 100), 0),
      );
    }
    const sihai = must(report.stages[6]);
    expect([sihai.amountFen, sihai.weightedFen]).toEqual([32_970_000, 32_640_300]); // ¥329,700 × 99 %
    expect(report.totals.amountFen).toBe(rows.reduce((s, r) => s + (r.amountFen ?? 0), 0));
    expect(report.totals.weightedFen).toBe(report.stages.reduce((s, r) => s + r.weightedFen, 0));
    expect(report.forecast[0]).toMatchObject({ month: '2027-01', committedFen: 32_970_000 });
    expect(report.owners.map((o) => o.owner).sort()).toEqual(['张伟', '李娜'].sort());
    // 瓯江五金 went to stage 3; all four reached stage 1.
    expect(report.conversions[0]).toMatchObject({ from: 1, to: 2, reachedFrom: 4, reachedTo: 3, percent: 75 });
  });

  it('names the deals that need attention: stale, past their close date, stuck at a gate', async () => {
    const app = await openTestApp({ seedDemo: true });
    const id = await ids(app);
    const caller = { db: app.ctx.db(), locale: 'zh-CN' as const, t: translator('zh-CN') };
    const today = funnelReport(caller, { from: '', to: '' });
    expect(today.attention.map((a) => a.id)).not.toContain(id['四海']);
    // Two months on, nothing has happened: every open deal is stale and past its close date.
    const later = funnelReport(caller, { from: '', to: '' }, new Date('2027-05-01T09:00:00Z'));
    const sihai = must(later.attention.find((a) => a.id === id['四海']));
    expect(sihai.reasons).toEqual(['stale', 'pastClose', 'stuckAtGate']);
    expect(sihai.messages[1]).toBe('预计成交日 2027-01-20 已过');
    expect(sihai.messages[2]).toMatch(/^在阶段 7 已 \d+ 天，进入下一阶段还缺 1 项$/);
    expect(sihai.messages[0]).toMatch(/^\d+ 天没有进展（上次 \d{4}-\d{2}-\d{2}）$/);
  });

  it('counts won and lost deals over a period, by loss category, competitor and source', async () => {
    const app = await openTestApp({ seedDemo: true });
    const id = await ids(app);
    await app.call('opportunities.close', {
      id: must(id['精工']),
      outcome: 'lost',
      category: 'price',
      reason: '对手报价低 30%',
    });
    await app.call('opportunities.close', {
      id: must(id['禾丰']),
      outcome: 'abandoned',
      category: 'budget',
      reason: '服装行业，不再跟进',
    });
    const today = new Date().toISOString().slice(0, 10);
    const report = await app.call('funnel.get', { from: today, to: today });
    expect([report.winLoss.won, report.winLoss.lost, report.winLoss.abandoned, report.winLoss.winRate]).toEqual([
      0, 1, 1, 0,
    ]);
    expect(report.winLoss.byCategory.map((c) => [c.label, c.lost, c.abandoned])).toEqual([
      ['预算', 0, 1],
      ['价格', 1, 0],
    ]);
    expect(report.stages.reduce((s, r) => s + r.count, 0)).toBe(2);
    expect((await app.call('funnel.get', { from: '2020-01-01', to: '2020-12-31' })).winLoss.winRate).toBeNull();
    expect((await app.fail('funnel.get', { from: '2026-1-1' })).fields.from).toBeTruthy();
  });

  it('keeps agreeing with the opportunity page after the record, the qualification rules or the documents change', async () => {
    const app = await openTestApp({ seedDemo: true });
    const id = must((await ids(app))['瓯江']);
    const probabilityIn = async () => {
      const report = await app.call('funnel.get', {});
      const stage = must(report.stages.find((s) => s.ids.includes(id)));
      const { rows } = await app.call('opportunities.list', {});
      const row = must(rows.find((r) => r.id === id));
      return { weighted: stage.weightedFen, expected: Math.round(((row.amountFen ?? 0) * row.probability) / 100), row };
    };
    const before = await probabilityIn();
    expect(before.weighted).toBe(before.expected);
    // The rep learns the contacts have left: the cached facts are dropped and recomputed.
    const detail = await app.call('opportunities.get', { id });
    await app.call('opportunities.save', { id, record: { ...detail.record, people: [] } });
    const afterEdit = await probabilityIn();
    expect(afterEdit.row.probability).toBeLessThan(before.row.probability);
    expect(afterEdit.weighted).toBe(afterEdit.expected);
    // The company raises the bar for 重点跟进: verdicts computed under the old rules are recomputed.
    const settings = await app.call('opportunities.settings', {});
    await app.call('opportunities.saveSettings', {
      ...settings,
      qualification: { ...settings.qualification, focusScore: 99, followScore: 98 },
    });
    const afterRules = await probabilityIn();
    expect(afterRules.row.probability).not.toBe(afterEdit.row.probability);
    expect(afterRules.weighted).toBe(afterRules.expected);
  });

  it('keeps the stale and stuck days and forecast thresholds as a setting, refusing values out of range', async () => {
    const app = await openTestApp({ seedDemo: true });
    expect(await app.call('funnel.rules', {})).toEqual({
      staleDays: 14,
      stuckDays: 21,
      committedStage: 7,
      committedProbability: 75,
      bestCaseProbability: 40,
    });
    const caller = { db: app.ctx.db(), locale: 'zh-CN' as const, t: translator('zh-CN') };
    const inTenDays = new Date(Date.now() + 10 * 86_400_000);
    const stale = () =>
      funnelReport(caller, { from: '', to: '' }, inTenDays).attention.filter((a) => a.reasons.includes('stale'));
    await app.call('funnel.saveRules', { ...(await app.call('funnel.rules', {})), staleDays: 30 });
    expect(stale()).toEqual([]);
    await app.call('funnel.saveRules', { ...(await app.call('funnel.rules', {})), staleDays: 7 });
    const report = funnelReport(caller, { from: '', to: '' }, inTenDays);
    expect(report.rules.staleDays).toBe(7);
    expect(report.attention.filter((a) => a.reasons.includes('stale')).length).toBe(4);
    const refused = await app.fail('funnel.saveRules', { ...report.rules, staleDays: 0, bestCaseProbability: 90 });
    expect(refused.fields.staleDays).toBe('天数应为 1 到 365 的整数');
    expect((await app.call('funnel.rules', {})).staleDays).toBe(7);
  });

  it('keeps the timeline summary (newest entry, highest stage, when each stage was entered) as entries are added', async () => {
    const app = await openTestApp({ seedDemo: true });
    const id = must((await ids(app))['瓯江']);
    await app.call('opportunities.advance', { id, to: 2 });
    const db = app.ctx.db();
    const summary = db.prepare('SELECT * FROM opportunity_activity ORDER BY opportunity_id').all();
    const fromTimeline = db
      .prepare(
        `SELECT opportunity_id, max(at) AS last_at, max(to_stage) AS reached,
           ${[1, 2, 3, 4, 5, 6, 7, 8]
             .map(
               (n) =>
                 `max(CASE WHEN to_stage = ${n} AND kind IN ('stage', 'created', 'migrated', 'reopened') THEN at END) AS entered_${n}`,
             )
             .join(', ')}
         FROM opportunity_events GROUP BY opportunity_id ORDER BY opportunity_id`,
      )
      .all();
    expect(summary).toEqual(fromTimeline);
    const row = must(summary.find((r) => (r as { opportunity_id: number }).opportunity_id === id)) as Record<
      string,
      unknown
    >;
    expect(row.reached).toBe(3); // moved back to 2, it still reached 3
    expect(row.entered_2).toBe(row.last_at);
  });
});
