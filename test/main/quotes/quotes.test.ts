import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { today } from '../../../src/main/services/prices/price-list-repository';
import { expectUnchanged, logicalDump } from '../../helpers/db-dump';
import { demoLine, exampleQuoteJson, quoteWithLines } from '../../helpers/quote-app';
import { must } from '../../helpers/must';
import { openTestApp } from '../../helpers/test-app';

const YEAR = new Date().getFullYear();

describe('quote numbers and new quotes', () => {
  it('numbers quotes prefix-year-sequence, unique, with the configured prefix', async () => {
    const app = await openTestApp({ seedDemo: true });
    const before = (await app.call('quotes.list', {})).length;
    const a = await app.call('quotes.create', { customerId: null, title: '' });
    const b = await app.call('quotes.create', { customerId: null, title: '' });
    expect(a.number).toMatch(new RegExp(`^BJ-${YEAR}-\\d{4}$`));
    expect(Number(b.number.slice(-4))).toBe(Number(a.number.slice(-4)) + 1);
    expect(a.revision).toBe('A');
    expect(a.state).toBe('draft');

    const settings = await app.call('quoteSettings.get', {});
    await app.call('quoteSettings.save', { ...settings, numberPrefix: 'SH' });
    const c = await app.call('quotes.create', { customerId: null, title: '' });
    expect(c.number).toBe(`SH-${YEAR}-0001`);
    expect((await app.call('quotes.list', {})).length).toBe(before + 3);
  });

  it('starts with the default validity (30 days) and milestones 30/60/10', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await app.call('quotes.create', { customerId: null, title: '' });
    const days = (Date.parse(q.content.validUntil) - Date.parse(today())) / 86_400_000;
    expect(days).toBe(30);
    expect(q.content.milestones.map((m) => m.percentBp)).toEqual([3000, 6000, 1000]);
  });

  it('refuses a bad prefix and milestone percentages that do not add up, naming the field', async () => {
    const app = await openTestApp();
    const settings = await app.call('quoteSettings.get', {});
    const error = await app.fail('quoteSettings.save', {
      ...settings,
      numberPrefix: 'bj-1',
      defaultMilestones: [{ label: '签约', percentBp: 5000 }],
    });
    expect(error.fields.numberPrefix).toContain('前缀');
    expect(error.fields.defaultMilestones).toContain('100%');
    expect((await app.call('quoteSettings.get', {})).numberPrefix).toBe('BJ');
  });
});

describe('approval', () => {
  it('a discount beyond an item’s floor makes the quote 待审批 and says which line and why', async () => {
    const app = await openTestApp({ seedDemo: true });
    // ERP-SD-001: ¥68,000, floor 25 % off. 30 % off breaks it.
    const q = await quoteWithLines(app, [await demoLine(app, 'ERP-SD-001', '1', { discountBp: 3000 })]);
    expect(q.state).toBe('pending');
    expect(q.approvalReasons).toEqual([
      expect.objectContaining({ kind: 'belowFloor', code: 'ERP-SD-001', discountBp: 3000, floorBp: 2500 }),
    ]);
    expect(q.priced.totalFen).toBe(4_760_000);
    expect(q.totalCapital).toBe('人民币肆万柒仟陆佰元整');
  });

  it('within every rule the quote stays a draft; approval records approver, time and comment', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await quoteWithLines(app, [await demoLine(app, 'ERP-SD-001', '1', { discountBp: 1000 })]);
    expect(q.state).toBe('draft');
    expect(q.approvalReasons).toEqual([]);
    const approved = await app.call('quotes.approve', { revisionId: q.revisionId, by: '张经理', comment: '同意' });
    expect(approved.state).toBe('approved');
    expect(approved.approval).toMatchObject({ by: '张经理', comment: '同意' });
    expect(Date.now() - Date.parse(must(approved.approval).at)).toBeLessThan(60_000);
    expect(approved.events.map((e) => e.kind)).toEqual(['create', 'approve']);
  });

  it('a margin under the minimum and a whole-quote discount over the limit are reasons too', async () => {
    const app = await openTestApp({ seedDemo: true });
    const settings = await app.call('quoteSettings.get', {});
    await app.call('quoteSettings.save', { ...settings, minMarginBp: 9900, maxWholeDiscountBp: 100 });
    const created = await app.call('quotes.create', { customerId: null, title: '' });
    const q = await app.call('quotes.save', {
      revisionId: created.revisionId,
      content: {
        ...created.content,
        lines: [await demoLine(app, 'ERP-SD-001', '1')],
        discount: { kind: 'percent', bp: 200 },
      },
    });
    expect(q.state).toBe('pending');
    expect(q.approvalReasons.map((r) => r.kind).sort()).toEqual(['marginTooLow', 'wholeDiscountTooLarge']);
  });

  it('editing an approved quote withdraws the approval', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await quoteWithLines(app, [await demoLine(app, 'ERP-PU-001', '1')]);
    await app.call('quotes.approve', { revisionId: q.revisionId, by: '张经理' });
    const edited = await app.call('quotes.save', {
      revisionId: q.revisionId,
      content: { ...q.content, lines: [{ ...must(q.content.lines[0]), quantity: '2' }] },
    });
    expect(edited.state).toBe('draft');
    expect(edited.approval).toBeNull();
    expect(edited.events.at(-1)).toMatchObject({ kind: 'approvalWithdrawn', fromState: 'approved', toState: 'draft' });
  });
});

describe('lifecycle and revisions', () => {
  it('a sent quote is locked; revising makes B, and the diff shows what changed commercially', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await quoteWithLines(app, [
      await demoLine(app, 'ERP-SD-001', '1'),
      await demoLine(app, 'SVC-IMP-001', '20'),
    ]);
    await expect(app.fail('quotes.act', { revisionId: q.revisionId, action: 'send' })).resolves.toMatchObject({
      code: 'REFUSED',
    });
    await app.call('quotes.approve', { revisionId: q.revisionId, by: '张经理' });
    const sent = await app.call('quotes.act', { revisionId: q.revisionId, action: 'send' });
    expect(sent).toMatchObject({ state: 'sent', editable: false, canRevise: true });

    const locked = await app.fail('quotes.save', { revisionId: q.revisionId, content: q.content });
    expect(locked.message).toContain('已发送');

    const b = await app.call('quotes.revise', { revisionId: q.revisionId });
    expect(b).toMatchObject({ number: q.number, revision: 'B', editable: true, isLatest: true });
    const changed = await app.call('quotes.save', {
      revisionId: b.revisionId,
      content: {
        ...b.content,
        lines: [{ ...must(b.content.lines[0]), discountBp: 1000 }, await demoLine(app, 'TRN-001', '2')],
        milestones: [
          { id: 'm1', label: '签约', percentBp: 5000 },
          { id: 'm2', label: '验收', percentBp: 5000 },
        ],
      },
    });
    const diff = await app.call('quotes.diff', { fromRevisionId: q.revisionId, toRevisionId: b.revisionId });
    expect(diff.added.map((l) => l.code)).toEqual(['TRN-001']);
    expect(diff.removed.map((l) => l.code)).toEqual(['SVC-IMP-001']);
    expect(diff.changed).toEqual([
      expect.objectContaining({ fields: ['discount', 'amount'], before: expect.objectContaining({ discountBp: 0 }) }),
    ]);
    expect(diff.totals.total).toEqual({ before: q.priced.totalFen, after: changed.priced.totalFen });
    expect(diff.milestones.length).toBeGreaterThan(0);

    // A's content is frozen in the database itself, not only by the service.
    const db = new Database(app.dbPath);
    expect(() => db.prepare("UPDATE quote_revisions SET content_json = '{}' WHERE id = ?").run(q.revisionId)).toThrow(
      /locked/,
    );
    db.close();
    const a = await app.call('quotes.get', { revisionId: q.revisionId });
    expect(a).toMatchObject({ state: 'sent', isLatest: false, editable: false, canRevise: false });
  });

  it('accept, lose and expire follow the lifecycle; a sent quote past its validity becomes 已过期', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await quoteWithLines(app, [await demoLine(app, 'ERP-PU-001', '1')]);
    await app.call('quotes.save', { revisionId: q.revisionId, content: { ...q.content, validUntil: '2020-01-31' } });
    await app.call('quotes.approve', { revisionId: q.revisionId, by: '张经理' });
    await app.call('quotes.act', { revisionId: q.revisionId, action: 'send' });
    const expired = await app.call('quotes.get', { revisionId: q.revisionId });
    expect(expired.state).toBe('expired');
    expect(expired.events.at(-1)).toMatchObject({ kind: 'expire', actor: 'system' });
    const refused = await app.fail('quotes.act', { revisionId: q.revisionId, action: 'accept' });
    expect(refused.message).toContain('已过期');
  });

  it('a quote keeps its prices when the price list changes later', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await quoteWithLines(app, [await demoLine(app, 'ERP-SD-001', '1')]);
    const current = must((await app.call('prices.versions', {})).find((v) => v.isCurrent));
    const draft = await app.call('prices.createDraft', { fromVersionId: current.id, label: '2027 新价' });
    const item = must((await app.call('prices.items', { versionId: draft.id, query: 'ERP-SD-001' })).rows[0]);
    await app.call('prices.saveItem', {
      versionId: draft.id,
      item: { ...item, price: '99000', cost: '', floorDiscount: '25' },
    });
    await app.call('prices.publish', { versionId: draft.id, effectiveDate: today() });
    const again = await app.call('quotes.get', { revisionId: q.revisionId });
    expect(again.content.lines[0]).toMatchObject({ unitPriceFen: 6_800_000, priceVersionLabel: current.label });
    expect(again.priced.totalFen).toBe(6_800_000);
  });

  it('a damaged stored quote is reported with its number and field, not shown wrong', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await quoteWithLines(app, [await demoLine(app, 'ERP-SD-001', '1')]);
    const db = new Database(app.dbPath);
    const broken = JSON.parse(
      db.prepare('SELECT content_json FROM quote_revisions WHERE id = ?').pluck().get(q.revisionId) as string,
    );
    broken.lines[0].quantity = '-3';
    db.prepare('UPDATE quote_revisions SET content_json = ? WHERE id = ?').run(JSON.stringify(broken), q.revisionId);
    db.close();
    const error = await app.fail('quotes.get', { revisionId: q.revisionId });
    expect(error.message).toContain(`${q.number}-A`);
    expect(error.message).toContain('lines.0.quantity');
  });

  it('refuses invalid content with field errors and keeps the stored quote', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await quoteWithLines(app, [await demoLine(app, 'ERP-SD-001', '1')]);
    const error = await app.fail('quotes.save', {
      revisionId: q.revisionId,
      content: {
        ...q.content,
        lines: [{ ...must(q.content.lines[0]), quantity: '1.234', discountBp: 12_000 }],
        milestones: [{ id: 'm1', label: '签约', percentBp: 4000 }],
      },
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields['content.lines.0.quantity']).toContain('两位小数');
    expect(error.fields['content.lines.0.discountBp']).toContain('0–100%');
    expect(error.fields['content.milestones']).toContain('100%');
    expect((await app.call('quotes.get', { revisionId: q.revisionId })).content.lines[0]?.quantity).toBe('1');
  });
});

describe('quote files', () => {
  it('creates a quote from docs/examples/quote.json with catalogue prices and the customer', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await app.call('quotes.importFile', { json: exampleQuoteJson() });
    expect(q.priced.totalFen).toBe(30_000_000);
    expect(q.totalCapital).toBe('人民币叁拾万元整');
    expect(q.customer?.name).toBe('华东贸易集团有限公司');
    expect(q.content.lines).toHaveLength(10);
    const gl = must(q.content.lines.find((l) => l.code === 'ERP-GL-001'));
    expect(gl).toMatchObject({ unitPriceOverrideFen: 3_333_333, discountBp: 0, name: '总账' });
    expect(q.content.lines.find((l) => l.kind === 'custom')).toMatchObject({ unitPriceFen: 1_280_000, vatRateBp: 600 });
    expect(q.priced.milestones.map((m) => m.amountFen)).toEqual([9_000_000, 18_000_000, 3_000_000]);
    // The same file again: the same customer, a new number.
    const again = await app.call('quotes.importFile', { json: exampleQuoteJson() });
    expect(again.customer?.id).toBe(q.customer?.id);
    expect(again.number).not.toBe(q.number);
  });

  it('names every problem of a bad file by its place and creates nothing', async () => {
    const app = await openTestApp({ seedDemo: true });
    const file = JSON.parse(exampleQuoteJson());
    file.sections[0].lines[1].code = 'NO-SUCH-ITEM';
    file.sections[1].lines[0].quantity = 'many';
    file.milestones[0].percent = '40';
    const before = logicalDump(app.ctx.db());
    const schemaError = await app.fail('quotes.importFile', { json: JSON.stringify(file) });
    expect(Object.keys(schemaError.fields)).toEqual(['sections[1].lines[0].quantity']);
    file.sections[1].lines[0].quantity = '2';
    const error = await app.fail('quotes.importFile', { json: JSON.stringify(file) });
    expect(error.fields['sections[0].lines[1].code']).toContain('NO-SUCH-ITEM');
    expect(error.fields.milestones).toContain('100%');
    expect((await app.fail('quotes.importFile', { json: '{ not json' })).message).toContain('JSON');
    expectUnchanged(app.ctx.db(), before);
  });
});

describe('customers', () => {
  it('creates, finds and refuses a duplicate name or an invalid tax ID', async () => {
    const app = await openTestApp();
    const c = await app.call('customers.save', {
      name: '杭州示例科技有限公司',
      shortName: '示例科技',
      industry: '',
      contact: '王五',
      phone: '0571-1234 5678',
      email: '',
      address: '',
      taxId: '',
      bankName: '',
      bankAccount: '',
      representative: '',
      notes: '',
    });
    expect((await app.call('customers.list', { query: '示例' })).map((x) => x.id)).toEqual([c.id]);
    const dup = await app.fail('customers.save', { ...c, id: undefined, taxId: 'ABC' });
    expect(dup.fields.taxId).toContain('18 位');
    const dupName = await app.fail('customers.save', { ...c, id: undefined, taxId: '' });
    expect(dupName.fields.name).toContain('已有名为');
  });

  it('a customer with quotes cannot be deleted', async () => {
    const app = await openTestApp({ seedDemo: true });
    const q = await quoteWithLines(app, [await demoLine(app, 'ERP-SD-001', '1')]);
    const error = await app.fail('customers.delete', { id: must(q.customer).id });
    expect(error.message).toContain('报价');
  });
});

describe('demo quote', () => {
  it('the demo data has an approved quote for the demo customer, within every rule; clearing demo data removes it', async () => {
    const app = await openTestApp({ seedDemo: true });
    const [demo] = await app.call('quotes.list', {});
    expect(demo).toMatchObject({ customerName: '宁波四海商贸有限公司', state: 'approved', revision: 'A' });
    const detail = await app.call('quotes.get', { revisionId: must(demo).revisionId });
    expect(detail.approvalReasons).toEqual([]);
    expect(detail.approval).toMatchObject({ by: '李经理' });
    expect(detail.content.lines.map((l) => l.code)).toContain('ERP-SD-001');
    expect(detail.content.terms).toContain('30 天内有效');
    expect((await app.call('quoteTemplates.list', {})).length).toBe(5);
    await app.call('demo.clear', {});
    expect(await app.call('quotes.list', {})).toEqual([]);
    expect(await app.call('quoteTemplates.list', {})).toEqual([]);
    expect(await app.call('customers.list', {})).toEqual([]);
  });
});
