import type { packageMethods } from '../../../shared/contract/packages';
import { translator } from '../../../shared/i18n';
import type { HandlersFor } from '../../handler';
import { exportPackage } from './package-export';
import { importPackage } from './package-import';

export const packageHandlers: HandlersFor<keyof typeof packageMethods> = {
  'opportunities.exportPackage': async (input, ctx) => {
    const locale = ctx.locale();
    const file = await exportPackage({ db: ctx.db(), locale, t: translator(locale) }, input);
    return { fileName: file.fileName, dataBase64: file.bytes.toString('base64') };
  },
  'opportunities.previewPackage': (input, ctx) => {
    const locale = ctx.locale();
    return importPackage(
      { db: ctx.db(), locale, t: translator(locale) },
      { bytes: Buffer.from(input.dataBase64, 'base64'), fileName: input.fileName, dryRun: true },
    );
  },
  'opportunities.importPackage': (input, ctx) => {
    const locale = ctx.locale();
    return importPackage(
      { db: ctx.db(), locale, t: translator(locale) },
      { bytes: Buffer.from(input.dataBase64, 'base64'), fileName: input.fileName, dryRun: false },
    );
  },
};
