import type { InputOf, Method, OutputOf } from '../../src/shared/api';
import type { QuoteDetail } from '../../src/shared/api/quotes';
import { lineFromItem } from '../../src/shared/quotes/catalogue-line';
import { must } from './must';

/**
 * Team-mode fixtures shared by the service tests and the E2E test: the admin's price list
 * (ERP-001 销售管理 ¥100,000 with a 20 % floor, ERP-002 采购管理 ¥80,000 with 10 %) and a quote with
 * one ERP-001 line at a given discount — below the floor, it waits for a manager.
 */

export type Call = <M extends Method>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

export async function publishPriceList(call: Call): Promise<void> {
  const draft = await call('prices.createDraft', { fromVersionId: null, label: '2027 版' });
  const item = (code: string, name: string, price: string, floor: string) => ({
    code,
    name,
    spec: '',
    type: 'module' as const,
    unit: '套',
    category: '软件模块',
    price,
    cost: '20000',
    vatRateBp: 600 as const,
    floorDiscount: floor,
    active: true,
    notes: '',
  });
  await call('prices.saveItem', { versionId: draft.id, item: item('ERP-001', '销售管理', '100000', '20') });
  await call('prices.saveItem', { versionId: draft.id, item: item('ERP-002', '采购管理', '80000', '10') });
  await call('prices.publish', { versionId: draft.id, effectiveDate: '2026-01-01' });
}

/** A quote with one ERP-001 line at `discountBp`, saved; for `customerName` when given. */
export async function quoteAt(
  call: Call,
  discountBp: number,
  options: { title?: string; customerName?: string } = {},
): Promise<QuoteDetail> {
  const [item] = await call('prices.search', { text: 'ERP-001', limit: 1 });
  const versions = await call('prices.versions', {});
  const found = must(item, 'ERP-001 in the price list');
  const customer =
    options.customerName === undefined
      ? null
      : await call('customers.save', {
          name: options.customerName,
          shortName: '',
          industry: '',
          contact: '',
          phone: '',
          email: '',
          address: '',
          taxId: '',
          bankName: '',
          bankAccount: '',
          representative: '',
          notes: '',
        });
  const created = await call('quotes.create', {
    customerId: customer?.id ?? null,
    title: options.title ?? '分销项目报价',
    opportunityId: null,
  });
  const line = lineFromItem(found, {
    id: 'l1',
    sectionId: created.content.sections[0]?.id ?? 's1',
    versionLabel: must(versions.find((v) => v.id === found.versionId)).label,
    quantity: '1',
    listVatMode: 'inclusive',
    quoteVatMode: 'inclusive',
  });
  return call('quotes.save', {
    revisionId: created.revisionId,
    content: { ...created.content, lines: [{ ...line, discountBp }] },
  });
}
