import type { packageMethods } from '../../../shared/api/packages';
import { translator } from '../../../shared/i18n';
import type { HandlersFor } from '../../handler';

/** Packages (jszip, and the PDFs in them) are loaded on their first export or import, not at start. */
export const packageHandlers: HandlersFor<keyof typeof packageMethods> = {
  'opportunities.exportPackage': async (input, ctx) => {
    const locale = ctx.locale();
    const { exportPackage } = await import('./package-export');
    const file = await exportPackage({ db: ctx.db(), locale, t: translator(locale) }, input);
    return { fileName: file.fileName, dataBase64: file.bytes.toString('base64') };
  },
  'opportunities.previewPackage': async (input, ctx) => {
    const locale = ctx.locale();
    const { importPackage } = await import('./package-import');
    return importPackage(
      { db: ctx.db(), locale, t: translator(locale) },
      { bytes: Buffer.from(input.dataBase64, 'base64'), fileName: input.fileName, dryRun: true },
    );
  },
  'opportunities.importPackage': async (input, ctx) => {
    const locale = ctx.locale();
    const { importPackage } = await import('./package-import');
    return importPackage(
      { db: ctx.db(), locale, t: translator(locale) },
      { bytes: Buffer.from(input.dataBase64, 'base64'), fileName: input.fileName, dryRun: false },
    );
  },
};
