import type { funnelMethods } from '../../../shared/contract/funnel';
import { translator } from '../../../shared/i18n';
import type { HandlersFor } from '../../handler';
import { funnelReport } from './funnel-report';

export const funnelHandlers: HandlersFor<keyof typeof funnelMethods> = {
  'funnel.get': (input, ctx) => {
    const locale = ctx.locale();
    return funnelReport({ db: ctx.db(), locale, t: translator(locale) }, input);
  },
};
