import { describe, expect, it } from 'vitest';
import { demoItems } from '../../../src/main/services/demo/demo-data';
import { fenToYuanText } from '../../../src/shared/money';
import { openTestApp } from '../../helpers/test-app';

const itemInput = {
  code: 'NEW-001',
  name: '电子签章',
  spec: '标准版，含 1 个 CA 证书',
  type: 'third_party' as const,
  unit: '套',
  category: '第三方产品',
  price: '8800',
  cost: '5200.50',
  vatRateBp: 1300 as const,
  floorDiscount: '10',
  active: true,
  notes: '',
};

describe('price list versions', () => {
  it('starts with the demo version published and in effect', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [version] = await app.call('prices.versions');
    expect(version).toMatchObject({
      label: '2026 版',
      status: 'published',
      isCurrent: true,
      itemCount: demoItems.length,
    });
  });

  it('a new draft is a copy; publishing freezes it; the newest version in effect becomes current', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [published] = await app.call('prices.versions');
    const draft = await app.call('prices.createDraft', { fromVersionId: published?.id ?? null, label: '2027 版' });
    expect(draft).toMatchObject({
      status: 'draft',
      itemCount: demoItems.length,
      basedOnVersionId: published?.id,
      isCurrent: false,
    });

    const saved = await app.call('prices.saveItem', { versionId: draft.id, item: itemInput });
    expect(saved).toMatchObject({
      code: 'NEW-001',
      priceFen: 880000,
      costFen: 520050,
      floorDiscountBp: 1000,
      category: '第三方产品',
    });

    const live = await app.call('prices.publish', { versionId: draft.id, effectiveDate: '2026-01-02' });
    expect(live).toMatchObject({ status: 'published', effectiveDate: '2026-01-02', isCurrent: true });
    const refused = await app.fail('prices.saveItem', {
      versionId: draft.id,
      item: { ...itemInput, id: saved.id, price: '1' },
    });
    expect(refused).toMatchObject({ code: 'REFUSED', message: '版本“2027 版”已发布，不能再修改。请基于它新建草稿。' });
    expect((await app.fail('prices.deleteDraft', { versionId: draft.id })).code).toBe('REFUSED');
  });

  it('a version published with a future date is not current until then', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [published] = await app.call('prices.versions');
    const draft = await app.call('prices.createDraft', { fromVersionId: published?.id ?? null });
    await app.call('prices.publish', { versionId: draft.id, effectiveDate: '2999-01-01' });
    const versions = await app.call('prices.versions');
    expect(versions.find((v) => v.isCurrent)?.id).toBe(published?.id);
  });

  it('the database itself refuses to change a published version', async () => {
    const app = await openTestApp({ seedDemo: true });
    const db = app.ctx.db();
    expect(() => db.prepare('UPDATE price_items SET price_fen = 1').run()).toThrow(/read-only/);
    expect(() => db.prepare("UPDATE price_list_versions SET label = 'x'").run()).toThrow(/read-only/);
  });

  it('an empty draft cannot be published', async () => {
    const app = await openTestApp();
    const draft = await app.call('prices.createDraft', { fromVersionId: null, label: '空' });
    const error = await app.fail('prices.publish', { versionId: draft.id, effectiveDate: '2026-12-01' });
    expect(error.message).toBe('版本“空”没有任何条目，不能发布。');
  });
});

describe('editing items of a draft', () => {
  it('names the wrong fields: more than two decimals, a code already used, a bad floor discount', async () => {
    const app = await openTestApp({ seedDemo: true });
    const draft = await app.call('prices.createDraft', {
      fromVersionId: (await app.call('prices.versions'))[0]?.id ?? null,
    });
    const error = await app.fail('prices.saveItem', {
      versionId: draft.id,
      item: { ...itemInput, price: '12.345', floorDiscount: '120' },
    });
    expect(error.fields).toEqual({
      price: '最多两位小数（精确到分）',
      floorDiscount: '最低折扣应为 0–100 之间的百分比，最多两位小数',
    });
    const taken = await app.fail('prices.saveItem', {
      versionId: draft.id,
      item: { ...itemInput, code: demoItems[0]?.code ?? '' },
    });
    expect(taken.fields).toEqual({ code: `编码 ${demoItems[0]?.code} 在这个版本中已存在` });
  });

  it('accepts ¥ and thousands separators as typed, and deletes an item', async () => {
    const app = await openTestApp({ seedDemo: true });
    const draft = await app.call('prices.createDraft', {
      fromVersionId: (await app.call('prices.versions'))[0]?.id ?? null,
    });
    const saved = await app.call('prices.saveItem', {
      versionId: draft.id,
      item: { ...itemInput, price: '¥12,800.50' },
    });
    expect(saved.priceFen).toBe(1280050);
    await app.call('prices.deleteItem', { versionId: draft.id, id: saved.id });
    const page = await app.call('prices.items', { versionId: draft.id, query: 'NEW-001' });
    expect(page.total).toBe(0);
  });

  it('lists a page sorted by price, filtered by type, and searched', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [version] = await app.call('prices.versions');
    const versionId = version?.id ?? 0;
    const hardware = await app.call('prices.items', {
      versionId,
      type: 'hardware',
      sort: 'price',
      descending: true,
      limit: 3,
    });
    expect(hardware.total).toBe(demoItems.filter((i) => i.type === 'hardware').length);
    const prices = hardware.rows.map((r) => r.priceFen);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    const all = await app.call('prices.items', { versionId, limit: 500 });
    expect(all.total).toBe(demoItems.length);
  });
});

describe('comparing versions', () => {
  it('lists added, removed and changed items with the price change in ¥ and %', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [base] = await app.call('prices.versions');
    const baseId = base?.id ?? 0;
    const draft = await app.call('prices.createDraft', { fromVersionId: baseId });
    const page = await app.call('prices.items', { versionId: draft.id, limit: 2, sort: 'code' });
    const [first, second] = page.rows;
    if (!first || !second) throw new Error('demo items missing');
    await app.call('prices.saveItem', {
      versionId: draft.id,
      item: {
        id: first.id,
        code: first.code,
        name: first.name,
        spec: first.spec,
        type: first.type,
        unit: first.unit,
        category: first.category,
        price: fenToYuanText(first.priceFen * 2),
        cost: first.costFen === null ? '' : fenToYuanText(first.costFen),
        vatRateBp: first.vatRateBp,
        floorDiscount: String(first.floorDiscountBp / 100),
        active: first.active,
        notes: first.notes,
      },
    });
    await app.call('prices.deleteItem', { versionId: draft.id, id: second.id });
    await app.call('prices.saveItem', { versionId: draft.id, item: itemInput });

    const comparison = await app.call('prices.compare', { fromVersionId: baseId, toVersionId: draft.id });
    expect(comparison.added.map((i) => i.code)).toEqual(['NEW-001']);
    expect(comparison.removed.map((i) => i.code)).toEqual([second.code]);
    expect(comparison.changed).toHaveLength(1);
    expect(comparison.changed[0]).toMatchObject({
      code: first.code,
      priceDeltaFen: first.priceFen,
      priceDeltaPercent: '100.00',
      fields: ['price'],
    });

    const file = await app.call('prices.exportComparison', { fromVersionId: baseId, toVersionId: draft.id });
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(Buffer.from(file.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
