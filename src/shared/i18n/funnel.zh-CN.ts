/** The funnel (销售漏斗): words the service, the CLI and the dashboard share (under `funnel.*`). */
export const funnelZhCN = {
  attention: {
    stale: '{{days}} 天没有进展（上次 {{last}}）',
    pastClose: '预计成交日 {{date}} 已过',
    stuckAtGate: '在阶段 {{stage}} 已 {{days}} 天，进入下一阶段还缺 {{count}} 项',
  },
  forecast: { committed: '承诺', bestCase: '最佳情况', pipeline: '管道' },
  noCompetitor: '（无竞争对手）',
  noSource: '（未填来源）',
  noCategory: '（未分类）',
  noMonth: '（未定成交日）',
  noOwner: '（未指定）',
};
