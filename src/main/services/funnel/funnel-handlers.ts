import type { funnelMethods } from '../../../shared/api/funnel';
import { translator } from '../../../shared/i18n';
import type { HandlersFor } from '../../handler';
import { exportFunnel } from './funnel-export';
import { funnelReport } from './funnel-report';
import { readFunnelRules, writeFunnelRules } from './funnel-rules';

export const funnelHandlers: HandlersFor<keyof typeof funnelMethods> = {
  'funnel.get': (input, ctx) => {
    const locale = ctx.locale();
    return funnelReport({ db: ctx.db(), locale, t: translator(locale) }, input);
  },
  'funnel.rules': (_input, ctx) => readFunnelRules(ctx.db()),
  'funnel.saveRules': (input, ctx) => writeFunnelRules(ctx.db(), input),
  'funnel.export': async (input, ctx) => {
    const locale = ctx.locale();
    const file = await exportFunnel({ db: ctx.db(), locale, t: translator(locale) }, input);
    return { fileName: file.fileName, dataBase64: file.bytes.toString('base64') };
  },
};
