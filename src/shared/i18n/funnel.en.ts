import type { Messages } from './zh-CN';

export const funnelEn: Messages['funnel'] = {
  attention: {
    stale: 'No progress for {{days}} days (last {{last}})',
    pastClose: 'Expected close {{date}} has passed',
    stuckAtGate: 'In stage {{stage}} for {{days}} days, {{count}} item(s) missing for the next',
  },
  forecast: { committed: 'Committed', bestCase: 'Best case', pipeline: 'Pipeline' },
  noCompetitor: '(no competitor)',
  noSource: '(no source)',
  noCategory: '(no category)',
  noMonth: '(no close date)',
  noOwner: '(unassigned)',
};
