import { describe, expect, it } from 'vitest';
import { expectUnchanged, logicalDump } from '../../helpers/db-dump';
import { openTestApp, type TestApp } from '../../helpers/test-app';

/**
 * Issue 14: a refused library import (方案库 .json) names what is wrong and leaves the database
 * logically as it was — into a new database as into one with a library already.
 */

async function demoLibraryJson(): Promise<string> {
  const source = await openTestApp({ seedDemo: true });
  const file = await source.call('library.export', {});
  return Buffer.from(file.dataBase64, 'base64').toString('utf8');
}

const databases: [string, () => Promise<TestApp>][] = [
  ['a new database', () => openTestApp()],
  ['the demo database', () => openTestApp({ seedDemo: true })],
];

describe.each(databases)('a refused library import changes nothing in %s', (_label, open) => {
  it('a file that is not JSON is refused with the parser’s reason', async () => {
    const app = await open();
    const before = logicalDump(app.ctx.db());
    const error = await app.fail('library.import', { json: '{ "format": "presales-library/1", ' });
    expect(error.message).toMatch(/^方案库文件不是有效的 JSON：/);
    expectUnchanged(app.ctx.db(), before);
  });

  it('another kind of file (a quote file, an empty object) is refused', async () => {
    const app = await open();
    const before = logicalDump(app.ctx.db());
    const cases: [string, Record<string, string>][] = [
      ['{}', { format: '不是可选的值', solutions: '必填', sections: '必填' }],
      ['[]', { _: '格式不对' }],
      [JSON.stringify({ format: 'presales-quote/1', sections: [] }), { format: '不是可选的值', solutions: '必填' }],
    ];
    for (const [json, fields] of cases) {
      const error = await app.fail('library.import', { json });
      expect(error.message, json).toBe(`方案库文件有 ${Object.keys(fields).length} 处错误，没有导入任何内容。`);
      expect(error.fields, json).toEqual(fields);
    }
    expectUnchanged(app.ctx.db(), before);
  });

  it('a bad entry in the middle is named by its place; the good ones before it are not written', async () => {
    const app = await open();
    const before = logicalDump(app.ctx.db());
    const file = JSON.parse(await demoLibraryJson());
    file.sections[0].title = '改过的标题';
    file.sections[2].title = '';
    file.solutions[1].modules[0].name = '';
    file.solutions[1].code = 'bad code';
    const error = await app.fail('library.import', { json: JSON.stringify(file) });
    expect(error.message).toBe('方案库文件有 3 处错误，没有导入任何内容。');
    expect(error.fields).toEqual({
      'sections.2.title': '必填',
      'solutions.1.code': '方案编码应为大写字母、数字和短横线，最多 30 位（例如 SOL-DIST）',
      'solutions.1.modules.0.name': '必填',
    });
    expectUnchanged(app.ctx.db(), before);
  });

  it('a write that fails half-way is rolled back: no solution, module or section of the file stays', async () => {
    const app = await open();
    const db = app.ctx.db();
    const json = await demoLibraryJson();
    const before = logicalDump(db);
    const lastTitle = (JSON.parse(json) as { sections: { title: string }[] }).sections.at(-1)?.title ?? '';
    // The last section cannot be written (as if the disk were full): every solution went in first.
    db.prepare(
      `CREATE TEMP TRIGGER fail_last_section BEFORE INSERT ON library_sections WHEN NEW.title = '${lastTitle.replaceAll("'", "''")}'
       BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    ).run();
    db.prepare(
      `CREATE TEMP TRIGGER fail_last_section_update BEFORE UPDATE ON library_sections WHEN NEW.title = '${lastTitle.replaceAll("'", "''")}'
       BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    ).run();
    const error = await app.fail('library.import', { json });
    expect(error.message).toContain('disk full');
    db.exec('DROP TRIGGER temp.fail_last_section; DROP TRIGGER temp.fail_last_section_update');
    expectUnchanged(db, before);
  });
});
