import fs from 'node:fs';
import path from 'node:path';
import type { QuoteDetail } from '../../src/shared/api/quotes';
import { lineFromItem } from '../../src/shared/quotes/catalogue-line';
import type { QuoteLine } from '../../src/shared/quotes/quote';
import { must } from './must';
import type { TestApp } from './test-app';

/** The example quote file shipped in docs/examples (also the CLI's and the import's fixture). */
export const EXAMPLE_QUOTE_FILE = path.resolve(__dirname, '../../docs/examples/quote.json');
export const exampleQuoteJson = (): string => fs.readFileSync(EXAMPLE_QUOTE_FILE, 'utf8');

/** A catalogue line for `code` from the demo price list, as the quote screen makes it. */
export async function demoLine(
  app: TestApp,
  code: string,
  quantity: string,
  extra: Partial<QuoteLine> = {},
  sectionId = 's1',
): Promise<QuoteLine> {
  const [item] = await app.call('prices.search', { text: code, limit: 1 });
  if (!item || item.code !== code) throw new Error(`Demo item ${code} not found`);
  const versions = await app.call('prices.versions', {});
  const version = must(versions.find((v) => v.id === item.versionId));
  return {
    ...lineFromItem(item, {
      id: `${code}-${quantity}`,
      sectionId,
      versionLabel: version.label,
      quantity,
      listVatMode: 'inclusive',
      quoteVatMode: 'inclusive',
    }),
    ...extra,
  };
}

/** Saves `lines` into a fresh quote for the demo customer and returns the result. */
export async function quoteWithLines(app: TestApp, lines: QuoteLine[]): Promise<QuoteDetail> {
  const [customer] = await app.call('customers.list', {});
  const created = await app.call('quotes.create', { customerId: customer?.id ?? null, title: '测试报价' });
  return app.call('quotes.save', { revisionId: created.revisionId, content: { ...created.content, lines } });
}
