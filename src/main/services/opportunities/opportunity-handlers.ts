import type { opportunityMethods } from '../../../shared/api/opportunities';
import { translator } from '../../../shared/i18n';
import type { AppContext } from '../../app-context';
import type { HandlersFor } from '../../handler';
import {
  advanceOpportunity,
  archiveOpportunity,
  closeOpportunity,
  deleteOpportunity,
  logOnOpportunity,
  reopenOpportunity,
} from './opportunity-moves';
import {
  createOpportunity,
  getOpportunity,
  listOpportunities,
  saveOpportunity,
  type Caller,
} from './opportunity-repository';
import { readOpportunitySettings, resetOpportunitySettings, writeOpportunitySettings } from './opportunity-settings';

function caller(ctx: AppContext): Caller {
  const locale = ctx.locale();
  return { db: ctx.db(), locale, t: translator(locale) };
}

export const opportunityHandlers: HandlersFor<keyof typeof opportunityMethods> = {
  'opportunities.list': (input, ctx) => listOpportunities(caller(ctx), input),
  'opportunities.get': (input, ctx) => getOpportunity(caller(ctx), input.id),
  'opportunities.create': (input, ctx) => createOpportunity(caller(ctx), input),
  'opportunities.save': (input, ctx) => saveOpportunity(caller(ctx), input.id, input.record),
  'opportunities.advance': (input, ctx) => advanceOpportunity(caller(ctx), input),
  'opportunities.close': (input, ctx) => closeOpportunity(caller(ctx), input),
  'opportunities.reopen': (input, ctx) => reopenOpportunity(caller(ctx), input),
  'opportunities.log': (input, ctx) => logOnOpportunity(caller(ctx), input),
  'opportunities.archive': (input, ctx) => archiveOpportunity(caller(ctx), input),
  'opportunities.delete': (input, ctx) => {
    deleteOpportunity(caller(ctx), input.id);
    return { deleted: input.id };
  },
  'opportunities.settings': (_input, ctx) => readOpportunitySettings(ctx.db()),
  'opportunities.saveSettings': (input, ctx) => writeOpportunitySettings(ctx.db(), input),
  'opportunities.resetSettings': (_input, ctx) => resetOpportunitySettings(ctx.db()),
};
