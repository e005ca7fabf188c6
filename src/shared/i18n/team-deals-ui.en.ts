import type { teamDealsZhCN } from './team-deals-ui.zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const teamDealsEn: Shape<typeof teamDealsZhCN> = {
  title: 'Team deals',
  intro:
    'The open deals your team has synced to the server: the stage each is at, what its next gate still misses, and which need attention. A manager sees their team’s, a rep their own.',
  notConnected:
    'Team deals come from the team server: this database has not joined a team yet. Join under Settings → Team.',
  loadFailed: 'Could not read the team’s deals',
  refresh: 'Refresh',
  empty: 'No open deals you may see on the server yet. They appear here once the reps sync.',
  generatedAt: 'Read at {{at}}',
  kpi: { open: 'Open deals', amount: 'Amount', weighted: 'Weighted' },
  byUser: 'By rep',
  byStage: 'By stage',
  allUsers: 'All reps',
  filterUser: 'Rep',
  columns: {
    user: 'Rep',
    deal: 'Deal / customer',
    stage: 'Stage',
    amount: 'Amount',
    probability: 'Win %',
    weighted: 'Weighted',
    close: 'Expected close',
    days: 'In stage',
    why: 'Next gate misses / attention',
    count: 'Deals',
  },
  days: '{{n}} d',
  noAmount: '—',
  noClose: '—',
  gateMet: 'Next gate met',
  nextStep: 'Next step: {{text}}',
  documents: 'Quotes {{quotes}} · proposals {{proposals}} · demo scripts {{scripts}} · contracts {{contracts}}',
  synced: 'Synced {{at}}',
};
