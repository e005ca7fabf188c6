import type { teamMethods } from '../../shared/api/team';
import { translator } from '../../shared/i18n';
import type { HandlersFor } from '../handler';
import { decideQuote, pendingApprovals } from './approvals/team-approvals';
import { decideContract, pendingReviews } from './approvals/team-reviews';
import { teamDeals } from './deals/team-deals';
import { resolveConflict } from './sync/quote-sync';
import { requireTeamLink, withTeamSession } from './team-link';
import { connectDatabase, disconnectDatabase, syncNow, teamStatus, testTeamConnection } from './team-service';

export const teamHandlers: HandlersFor<keyof typeof teamMethods> = {
  'team.status': (_input, ctx) => teamStatus(ctx.db()),
  'team.test': (input, ctx) => testTeamConnection(input, translator(ctx.locale())),
  'team.connect': (input, ctx) => connectDatabase(ctx.db(), input, translator(ctx.locale())),
  'team.disconnect': (_input, ctx) => disconnectDatabase(ctx.db()),
  'team.sync': (_input, ctx) => syncNow(ctx.db(), translator(ctx.locale())),
  'team.resolve': (input, ctx) => {
    const db = ctx.db();
    resolveConflict(db, input.uid, input.keep, translator(ctx.locale()));
    return teamStatus(db);
  },
  'team.approvals': (_input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    return withTeamSession(requireTeamLink(db, t), t, (client) => pendingApprovals(db, client, t));
  },
  'team.deals': (_input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    return withTeamSession(requireTeamLink(db, t), t, (client) => teamDeals(db, client, ctx.locale(), t));
  },
  'team.reviews': (_input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    return withTeamSession(requireTeamLink(db, t), t, (client) => pendingReviews(client));
  },
  'team.review': (input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    return withTeamSession(requireTeamLink(db, t), t, (client, me) => decideContract(client, me, input, t));
  },
  'team.decide': (input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    return withTeamSession(requireTeamLink(db, t), t, (client, me) => decideQuote(client, me, input, t));
  },
};
