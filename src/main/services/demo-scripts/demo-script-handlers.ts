import type { demoScriptMethods } from '../../../shared/api/demo-scripts';
import { demoScriptDocument } from '../../../shared/demo-script/document';
import { translator } from '../../../shared/i18n';
import { documentFileName } from '../../../shared/proposals/title';
import { AppError } from '../../../shared/result';
import type { HandlersFor } from '../../handler';
import { getCompany } from '../company/company-repository';
import { findCustomer } from '../customers/customer-repository';
import { today } from '../prices/price-list-repository';
import {
  createDemoScript,
  deleteDemoScript,
  getDemoScript,
  listDemoScripts,
  regenerate,
  saveDemoScript,
} from './demo-script-repository';

export const demoScriptHandlers: HandlersFor<keyof typeof demoScriptMethods> = {
  'demoScripts.list': (_input, ctx) => listDemoScripts(ctx.db()),
  'demoScripts.get': (input, ctx) => getDemoScript(ctx.db(), input.id, translator(ctx.locale())),
  'demoScripts.create': (input, ctx) => createDemoScript(ctx.db(), input, translator(ctx.locale())),
  'demoScripts.save': (input, ctx) =>
    saveDemoScript(ctx.db(), input.id, input.title, input.script, translator(ctx.locale())),
  'demoScripts.regenerate': (input, ctx) => regenerate(ctx.db(), input.id, input.settings, translator(ctx.locale())),
  'demoScripts.delete': (input, ctx) => {
    deleteDemoScript(ctx.db(), input.id, translator(ctx.locale()));
    return { deleted: input.id };
  },
  'demoScripts.export': async (input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    const detail = getDemoScript(db, input.id, t);
    const company = getCompany(db);
    if (!company) throw new AppError('REFUSED', t('err.quotes.noCompany'));
    const customer = detail.settings.customerId === null ? null : findCustomer(db, detail.settings.customerId);
    const document = demoScriptDocument({
      locale: input.locale,
      title: detail.settings.title,
      script: detail.script,
      roles: detail.settings.roles,
      customerName: customer?.name ?? '',
      today: today(),
      company: {
        name: company.name,
        address: company.address,
        phone: company.phone,
        website: company.website,
        logo: company.logo
          ? { mime: company.logo.mime, bytes: new Uint8Array(Buffer.from(company.logo.dataBase64, 'base64')) }
          : null,
      },
    });
    // The renderer and its library (docx or pdfkit) are loaded on the first export, not at start.
    const data =
      input.format === 'docx'
        ? await (await import('../../documents/long/long-docx')).renderLongDocx(document)
        : await (await import('../../documents/long/long-pdf')).renderLongPdf(document);
    // The same file-system-safe name as a proposal's (demo script titles have no merge fields).
    const fileName = documentFileName(detail.settings.title, input.format, document.subtitle);
    return { fileName, dataBase64: data.toString('base64') };
  },
};
