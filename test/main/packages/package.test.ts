import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPackage, packageData } from '../../../src/main/services/packages/package-export';
import { quoteDocumentFor, renderQuote } from '../../../src/main/services/quotes/quote-export';
import { contractDocumentFor } from '../../../src/main/services/contracts/contract-export';
import { translator } from '../../../src/shared/i18n';
import type { PackageData } from '../../../src/main/services/packages/package-format';
import { expectUnchanged, logicalDump } from '../../helpers/db-dump';
import { haveTools, pdfText } from '../../helpers/document-tools';
import { tempDir } from '../../helpers/temp-dir';
import { must } from '../../helpers/must';
import { packageCorpus } from '../../helpers/package-corpus';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * The .presales package: a deal handed to a colleague arrives complete and identical to the fen,
 * numbers that collide are renumbered with the original kept, and a broken or hostile file is
 * refused with its reason and changes nothing.
 */

const caller = (app: TestApp) => ({ db: app.ctx.db(), locale: 'zh-CN' as const, t: translator('zh-CN') });

async function sihai(app: TestApp): Promise<number> {
  const { rows } = await app.call('opportunities.list', { status: 'all' });
  return must(rows.find((r) => r.customerName.includes('四海'))).id;
}

async function exported(app: TestApp, id: number) {
  const file = await app.call('opportunities.exportPackage', { id, exportedBy: '张伟' });
  return { fileName: file.fileName, dataBase64: file.dataBase64 };
}

/** A colleague's database: the same company and solution library, but no deals, customers or price list. */
async function colleague(source: TestApp): Promise<TestApp> {
  const target = await openTestApp();
  const company = must((await source.call('company.get', {})) ?? undefined);
  const { isDemo: _demo, updatedAt: _updated, ...profile } = company;
  await target.call('company.save', profile);
  const library = await source.call('library.export', {});
  await target.call('library.import', { json: Buffer.from(library.dataBase64, 'base64').toString('utf8') });
  return target;
}

/** The package data with what an import may change taken out: row ids and the import's own timeline entry. */
function comparable(data: PackageData): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !/(^id$|_id$|Id$|Ids$)/.test(key))
          .map(([key, v]) => [key, typeof v === 'string' && /_json$/.test(key) ? strip(JSON.parse(v)) : strip(v)]),
      );
    return value;
  };
  return strip({ ...data, timeline: data.timeline.filter((e) => e.kind !== 'imported') });
}

describe('the opportunity package', () => {
  it('holds a manifest with checksums, the deal and its documents, and PDFs as a courtesy copy', async () => {
    const app = await openTestApp({ seedDemo: true });
    const id = await sihai(app);
    const file = await exportPackage(caller(app), { id, exportedBy: '张伟' }, new Date('2026-12-07T08:00:00Z'));
    expect(file.fileName).toBe('四海商贸 四海商贸 ERP 一期（进销存 + 财务）.presales');
    expect(file.manifest).toMatchObject({
      format: 'presales-opportunity',
      formatVersion: 1,
      exportedBy: '张伟',
      exportedAt: '2026-12-07T08:00:00.000Z',
      opportunity: { customer: '宁波四海商贸有限公司' },
    });
    expect(file.manifest.entries.map((e) => e.path)).toEqual([
      'data/opportunity.json',
      'documents/报价单 BJ-2026-0001-A 宁波四海商贸有限公司.pdf',
      'documents/合同 HT-2026-0001 宁波四海商贸有限公司.pdf',
      'documents/四海商贸 分销行业解决方案建议书.pdf',
    ]);
    const data = packageData(caller(app), id);
    expect([data.quotes.length, data.proposals.length, data.demoScripts.length, data.contracts.length]).toEqual([
      1, 1, 1, 1,
    ]);
    expect(data.timeline.length).toBeGreaterThan(3);
  });

  it('imports into a colleague’s database identical to the fen, and exports again to the same data', async () => {
    const source = await openTestApp({ seedDemo: true });
    const id = await sihai(source);
    // The quote went to the customer: its revision and parties are frozen.
    const sent = source.ctx.db().prepare('SELECT id FROM quote_revisions ORDER BY id LIMIT 1').pluck().get() as number;
    await source.call('quotes.act', { revisionId: sent, action: 'send', by: '张伟' });
    const target = await colleague(source);
    const file = await exported(source, id);
    const empty = logicalDump(target.ctx.db());
    const preview = await target.call('opportunities.previewPackage', file);
    expect(preview.opportunityId).toBeNull();
    // The preview did everything an import does, then rolled it back.
    expectUnchanged(target.ctx.db(), empty);
    expect(preview.customer).toMatchObject({ action: 'new', name: '宁波四海商贸有限公司' });
    expect(preview.counts).toMatchObject({ quotes: 1, proposals: 1, demoScripts: 1, contracts: 1 });
    // The colleague has no price list yet: every catalogue line is reported, none created.
    expect(preview.missingItems.map((m) => m.code)).toContain('ERP-SD-001');
    expect((await target.call('opportunities.list', { status: 'all' })).rows).toEqual([]);

    const result = await target.call('opportunities.importPackage', file);
    const importedId = must(result.opportunityId ?? undefined);
    expect(Number(target.ctx.db().prepare('SELECT count(*) FROM price_items').pluck().get())).toBe(0);
    // Every sent or approved figure renders the same, to the fen.
    const [sq, tq] = [source, target].map(
      (app) =>
        app.ctx
          .db()
          .prepare('SELECT r.id FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id WHERE q.number = ?')
          .pluck()
          .get('BJ-2026-0001') as number,
    );
    const sourceQuote = quoteDocumentFor(source.ctx.db(), must(sq), 'zh-CN', translator('zh-CN'));
    const targetQuote = quoteDocumentFor(target.ctx.db(), must(tq), 'zh-CN', translator('zh-CN'));
    expect(targetQuote.totals).toEqual(sourceQuote.totals);
    expect(targetQuote.sections).toEqual(sourceQuote.sections);
    expect(targetQuote.milestones).toEqual(sourceQuote.milestones);
    expect(targetQuote.customer).toEqual(sourceQuote.customer);
    expect(target.ctx.db().prepare('SELECT state FROM quote_revisions WHERE id = ?').pluck().get(tq)).toBe('sent');
    // Re-rendered, the customer's document reads the same, figure for figure.
    const [sourcePdf, targetPdf] = await Promise.all([
      renderQuote(sourceQuote, 'pdf'),
      renderQuote(targetQuote, 'pdf'),
    ]);
    if (haveTools('pdftotext')) {
      const text = (bytes: Buffer) => {
        const file = path.join(tempDir(), 'quote.pdf');
        fs.writeFileSync(file, bytes);
        return pdfText(file);
      };
      expect(text(targetPdf)).toBe(text(sourcePdf));
    }
    const contractId = (app: TestApp) =>
      app.ctx.db().prepare("SELECT id FROM contracts WHERE number = 'HT-2026-0001'").pluck().get() as number;
    const sc = contractDocumentFor(source.ctx.db(), { id: contractId(source), locale: 'zh-CN' }, translator('zh-CN'));
    const tc = contractDocumentFor(target.ctx.db(), { id: contractId(target), locale: 'zh-CN' }, translator('zh-CN'));
    expect(tc).toEqual(sc);

    // The timeline says where the deal came from.
    const detail = await target.call('opportunities.get', { id: importedId });
    expect(detail.timeline.map((e) => e.summary)).toContain(
      `从商机包 ${file.fileName} 导入（张伟 于 ${new Date().toISOString().slice(0, 10)} 导出）`,
    );
    expect(detail.stage).toBe(7);
    expect(comparable(packageData(caller(target), importedId))).toEqual(comparable(packageData(caller(source), id)));
  });

  it('renumbers quotes and contracts whose numbers are taken, keeping the original as a reference', async () => {
    const app = await openTestApp({ seedDemo: true });
    const file = await exported(app, await sihai(app));
    const result = await app.call('opportunities.importPackage', file);
    expect(result.customer).toMatchObject({ action: 'match', matchedBy: 'taxId' });
    expect(result.renumbered).toEqual([
      { kind: 'quote', number: 'BJ-2026-0001', newNumber: expect.stringMatching(/^BJ-\d{4}-\d{4}$/) },
      { kind: 'contract', number: 'HT-2026-0001', newNumber: expect.stringMatching(/^HT-\d{4}-\d{4}$/) },
    ]);
    const quote = app.ctx
      .db()
      .prepare('SELECT number, original_number FROM quotes WHERE opportunity_id = ?')
      .get(result.opportunityId) as { number: string; original_number: string };
    expect(quote).toEqual({ number: result.renumbered[0]?.newNumber, original_number: 'BJ-2026-0001' });
    expect(result.missingItems).toEqual([]);
  });

  it('matches a customer by exact name when there is no credit code, and says when the credit codes differ', async () => {
    const source = await openTestApp({ seedDemo: true });
    const id = await sihai(source);
    source.ctx.db().prepare("UPDATE customers SET tax_id = '' WHERE name = '宁波四海商贸有限公司'").run();
    const byName = await openTestApp();
    byName.ctx
      .db()
      .prepare("INSERT INTO customers (name, created_at, updated_at) VALUES ('宁波四海商贸有限公司', 'x', 'x')")
      .run();
    const preview = await byName.call('opportunities.previewPackage', await exported(source, id));
    expect(preview.customer).toMatchObject({ action: 'match', matchedBy: 'name' });
    const other = await openTestApp();
    other.ctx
      .db()
      .prepare(
        "INSERT INTO customers (name, tax_id, created_at, updated_at) VALUES ('宁波四海商贸有限公司', '91330000000000000X', 'x', 'x')",
      )
      .run();
    source.ctx
      .db()
      .prepare("UPDATE customers SET tax_id = '91330205MA2H4QW71P' WHERE name = '宁波四海商贸有限公司'")
      .run();
    const conflict = await other.call('opportunities.previewPackage', await exported(source, id));
    expect(conflict.customer.action).toBe('new');
    expect(conflict.conflicts).toContain(
      '已有同名客户“宁波四海商贸有限公司”，但统一社会信用代码不同：将作为新客户导入',
    );
  });

  it('refuses an already imported package, saying when, and writes nothing', async () => {
    const source = await openTestApp({ seedDemo: true });
    const target = await colleague(source);
    const file = await exported(source, await sihai(source));
    await target.call('opportunities.importPackage', file);
    const before = logicalDump(target.ctx.db());
    const again = await target.fail('opportunities.importPackage', file);
    expect(again.message).toMatch(/^这个商机包已在 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 导入过（商机 #\d+）：没有重复导入$/);
    expect((await target.fail('opportunities.previewPackage', file)).message).toBe(again.message);
    expectUnchanged(target.ctx.db(), before);
  });

  it('refuses every broken or hostile file of the corpus with its reason, leaving the database as it was', async () => {
    const source = await openTestApp({ seedDemo: true });
    const good = Buffer.from((await exported(source, await sihai(source))).dataBase64, 'base64');
    const target = await colleague(source);
    const before = logicalDump(target.ctx.db());
    for (const bad of await packageCorpus(good)) {
      const input = { fileName: `${bad.name}.presales`, dataBase64: bad.bytes.toString('base64') };
      const refused = await target.fail('opportunities.importPackage', input);
      expect(refused.code, bad.name).toBe('REFUSED');
      expect(refused.message, bad.name).toMatch(bad.message);
      expect((await target.fail('opportunities.previewPackage', input)).message, bad.name).toBe(refused.message);
      expectUnchanged(target.ctx.db(), before, bad.name);
    }
  }, 60_000);
});
