import { describe, expect, it } from 'vitest';
import { expectUnchanged, logicalDump } from '../../helpers/db-dump';
import { exampleQuoteJson } from '../../helpers/quote-app';
import { openTestApp } from '../../helpers/test-app';

/**
 * Issue 14: a refused quote file (docs/quote.schema.json) names every problem by its place and
 * leaves the database logically as it was: no customer, no quote number used up, no price list.
 */

const exampleFile = () => JSON.parse(exampleQuoteJson());

describe('a refused quote file changes nothing', () => {
  it('in a new database without a price list in effect: refused with what to do, and no price list is created', async () => {
    const app = await openTestApp();
    const before = logicalDump(app.ctx.db());
    const error = await app.fail('quotes.importFile', { json: exampleQuoteJson() });
    expect(error.message).toBe('没有生效的价格版本：请先在“价格体系”中发布一个版本。');
    expectUnchanged(app.ctx.db(), before);
  });

  it('a file that is not JSON, or not a quote file, is refused by its place', async () => {
    const app = await openTestApp({ seedDemo: true });
    const before = logicalDump(app.ctx.db());
    expect((await app.fail('quotes.importFile', { json: '{ "format": ' })).message).toMatch(
      /^报价文件不是有效的 JSON：/,
    );
    const library = await app.fail('quotes.importFile', {
      json: JSON.stringify({ format: 'presales-library/1', solutions: [], sections: [] }),
    });
    expect(library.message).toMatch(/^报价文件有 \d+ 处错误，没有创建报价。$/);
    expect(Object.keys(library.fields)).toContain('format');
    expectUnchanged(app.ctx.db(), before);
  });

  it('an unknown code in the middle of a section is named by section and line', async () => {
    const app = await openTestApp({ seedDemo: true });
    const before = logicalDump(app.ctx.db());
    const file = exampleFile();
    file.sections[0].lines[3].code = 'NO-SUCH-ITEM';
    const error = await app.fail('quotes.importFile', { json: JSON.stringify(file) });
    expect(error.message).toBe('报价文件有 1 处错误，没有创建报价。');
    expect(Object.keys(error.fields)).toEqual(['sections[0].lines[3].code']);
    expect(error.fields['sections[0].lines[3].code']).toMatch(/^编码 NO-SUCH-ITEM 不在当前价格版本“.+”中$/);
    expectUnchanged(app.ctx.db(), before);
  });

  it('a new customer with a wrong 统一社会信用代码 is refused on that field; no customer is left', async () => {
    const app = await openTestApp({ seedDemo: true });
    const before = logicalDump(app.ctx.db());
    const file = exampleFile();
    file.customer.taxId = '91330106MA2B3C4D5X';
    const error = await app.fail('quotes.importFile', { json: JSON.stringify(file) });
    expect(error.message).toBe('报价文件有 1 处错误，没有创建报价。');
    expect(Object.keys(error.fields)).toEqual(['customer.taxId']);
    expectUnchanged(app.ctx.db(), before);
  });

  it('a write that fails after the customer was created is rolled back: no customer, no number used up', async () => {
    const app = await openTestApp({ seedDemo: true });
    const db = app.ctx.db();
    const before = logicalDump(db);
    // Revision A cannot be written (as if the disk were full): customer, number and quote went in first.
    db.exec(`CREATE TEMP TRIGGER fail_revision BEFORE INSERT ON quote_revisions
             BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const error = await app.fail('quotes.importFile', { json: exampleQuoteJson() });
    expect(error.message).toContain('disk full');
    db.exec('DROP TRIGGER temp.fail_revision');
    expectUnchanged(db, before);
    // The number that was about to be used is still the next one.
    const year = new Date().getFullYear();
    const last = Number(
      db
        .prepare("SELECT coalesce(max(last), 0) FROM quote_sequences WHERE prefix = 'BJ' AND year = ?")
        .pluck()
        .get(year),
    );
    const created = await app.call('quotes.importFile', { json: exampleQuoteJson() });
    expect(created.number).toBe(`BJ-${year}-${String(last + 1).padStart(4, '0')}`);
  });
});
