import type { quoteMethods } from '../../../shared/api/quotes';
import { translator } from '../../../shared/i18n';
import { diffRevisions } from '../../../shared/quotes/revision-diff';
import { AppError } from '../../../shared/result';
import type { HandlersFor } from '../../handler';
import { approveInTeamMode } from '../../team/approvals/approve-in-team';
import { documentOwner } from '../opportunities/opportunity-links';
import { standardVatMode } from '../prices/price-list-repository';
import { currentParties, exportQuoteFile, exportQuoteToFolder } from './quote-export';
import { contentFromFile, customerFromFile, parseQuoteFileText } from './quote-file';
import { blankContent, createQuote } from './quote-create';
import { actOnQuote, approveQuote, deleteQuote, reviseQuote, saveQuote } from './quote-edits';
import { expireOverdue, findRevisionByNumber, getQuote, listQuotes } from './quote-repository';
import { priceOrRefuse, revisionSource } from './quote-store';
import { lastExportFolder, readQuoteSettings, writeQuoteSettings } from './quote-settings';
import { deleteTemplate, listTemplates, saveTemplate } from './quote-templates';

export const quoteHandlers: HandlersFor<keyof typeof quoteMethods> = {
  'quotes.list': (input, ctx) => listQuotes(ctx.db(), input.query, input.state),
  'quotes.get': (input, ctx) => {
    expireOverdue(ctx.db());
    return getQuote(ctx.db(), input.revisionId, translator(ctx.locale()));
  },
  'quotes.byNumber': (input, ctx) => {
    const t = translator(ctx.locale());
    expireOverdue(ctx.db());
    return getQuote(ctx.db(), findRevisionByNumber(ctx.db(), input.number, t), t);
  },
  'quotes.create': (input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    // A quote prices in the price list's VAT mode (含税 or 不含税), so catalogue prices apply as listed.
    const owner = documentOwner(db, input.opportunityId, input.customerId, t);
    const content = blankContent(db, {
      customerId: owner.customerId,
      title: input.title,
      vatMode: standardVatMode(db),
      sectionTitle: t('quotes.defaultSection'),
    });
    return createQuote(db, content, t, { opportunityId: owner.opportunityId });
  },
  'quotes.save': (input, ctx) => saveQuote(ctx.db(), input.revisionId, input.content, translator(ctx.locale())),
  'quotes.approve': async (input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    // In team mode a quote waiting for approval is decided on the server, as the connected user.
    if (await approveInTeamMode(db, input.revisionId, input.comment, t)) return getQuote(db, input.revisionId, t);
    return approveQuote(db, input.revisionId, input.by, input.comment, t);
  },
  'quotes.act': (input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    return actOnQuote(db, input.revisionId, input.action, input.by, input.comment, t, () => {
      const { content } = revisionSource(db, input.revisionId, t);
      return JSON.stringify(currentParties(db, content.customerId));
    });
  },
  'quotes.revise': (input, ctx) => reviseQuote(ctx.db(), input.revisionId, translator(ctx.locale())),
  'quotes.diff': (input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    const from = revisionSource(db, input.fromRevisionId, t);
    const to = revisionSource(db, input.toRevisionId, t);
    if (from.row.quote_id !== to.row.quote_id) throw new AppError('REFUSED', t('err.quotes.diffOtherQuote'));
    const diff = diffRevisions(
      { content: from.content, priced: priceOrRefuse(from.content, t) },
      { content: to.content, priced: priceOrRefuse(to.content, t) },
    );
    return {
      from: { revisionId: from.row.id, revision: from.row.revision },
      to: { revisionId: to.row.id, revision: to.row.revision },
      ...diff,
    };
  },
  'quotes.delete': (input, ctx) => {
    deleteQuote(ctx.db(), input.quoteId, translator(ctx.locale()));
    return { deleted: input.quoteId };
  },
  'quotes.importFile': (input, ctx) => {
    const db = ctx.db();
    const t = translator(ctx.locale());
    const file = parseQuoteFileText(input.json, t);
    return db.transaction(() => {
      const content = contentFromFile(db, file, t);
      const customerId = customerFromFile(db, file, t);
      return createQuote(db, { ...content, customerId }, t);
    })();
  },
  'quotes.exportFile': (input, ctx) => exportQuoteFile(ctx.db(), input, translator(ctx.locale())),
  'quotes.exportToFolder': (input, ctx) => exportQuoteToFolder(ctx.db(), input, translator(ctx.locale())),
  'quotes.exportDefaults': (_input, ctx) => ({ folder: lastExportFolder(ctx.db()) }),
  'quoteSettings.get': (_input, ctx) => readQuoteSettings(ctx.db()),
  'quoteSettings.save': (input, ctx) => writeQuoteSettings(ctx.db(), input),
  'quoteTemplates.list': (_input, ctx) => listTemplates(ctx.db()),
  'quoteTemplates.save': (input, ctx) => saveTemplate(ctx.db(), input, translator(ctx.locale())),
  'quoteTemplates.delete': (input, ctx) => {
    deleteTemplate(ctx.db(), input.id, translator(ctx.locale()));
    return { deleted: input.id };
  },
};
