import type { TeamMessages } from './team.zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const teamEn: Shape<TeamMessages> = {
  err: {
    badUrl: 'The server address “{{url}}” is not understood: it should be postgres://host:port/database',
    unreachable:
      'Cannot reach the team server {{where}}: {{detail}}. Work goes on offline; sync once the network is back',
    auth: 'The team server refused the login of {{user}} ({{where}}): check the user name and password',
    noDatabase: 'The team server has no database {{where}}: an admin creates it and runs presales team init first',
    tls: 'The encrypted connection (TLS) to the team server {{where}} failed: {{detail}}',
    refused: 'The team server refused this: {{detail}}',
    conflict: 'Conflict: {{detail}}',
    notInitialised: 'The team server is not set up yet: an admin runs presales team init first',
    lost: 'The connection to the team server was lost: {{detail}}',
    server: 'The team server reported an error: {{detail}}',
    userName:
      'The user name “{{name}}” cannot be used: a lower-case letter first, then lower-case letters, digits and underscores, at most 40',
    shortPassword: 'The password needs at least 8 characters (read from PRESALES_TEAM_PASSWORD)',
    noPassword:
      'No team password: set the environment variable PRESALES_TEAM_PASSWORD (the app keeps it under Settings → Team)',
    noManager: '“{{name}}” is not a manager of the team',
    notConnected: 'This database has not joined a team: run presales team connect first',
    notMember: 'The user {{user}} is not a member of the team: an admin adds them with presales team add-user',
    approveNotManager: 'Only a manager approves quotes; {{user}} is a {{role}}',
    approveOwn: 'You cannot approve your own quote {{number}}',
    approveNotPending: 'Quote {{number}} is not waiting for approval (it is {{state}})',
    approveNotFound: 'The team server has no quote {{number}} that you can see',
    approveStale: 'Quote {{number}} changed after you looked at it: look again, then decide',
    reviewNotLegal: 'Only legal reviews contracts; {{user}} is a {{role}}',
    noConflict: 'No such conflict ({{uid}}): it may have been resolved already',
    reviewNotFound: 'The team server has no contract {{number}} that you can see',
    reviewNotPending: 'Contract {{number}} is not under review (it is {{state}})',
    pushPrices: 'Only an admin publishes price-list versions: {{label}} was not uploaded to the team server',
  },
  roles: { rep: 'rep', manager: 'manager', legal: 'legal', admin: 'admin' },
};
