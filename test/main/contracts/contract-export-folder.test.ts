import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { must } from '../../helpers/must';
import { tempDir } from '../../helpers/temp-dir';
import { openTestApp } from '../../helpers/test-app';

/** Contract documents written into a folder that the next contract export starts from, as quotes do. */

describe('the contract export folder', () => {
  it('starts where quotes were last exported, then remembers where contracts went, across restarts', async () => {
    const app = await openTestApp({ seedDemo: true });
    expect(await app.call('contracts.exportDefaults', {})).toEqual({
      folder: path.join(os.homedir(), 'Documents', 'Presales Workbench'),
    });
    const quoteFolder = path.join(tempDir(), '报价');
    const quote = must((await app.call('quotes.list', {}))[0]);
    await app.call('quotes.exportToFolder', {
      revisionId: quote.revisionId,
      format: 'xlsx',
      locale: 'zh-CN',
      folder: quoteFolder,
    });
    expect((await app.call('contracts.exportDefaults', {})).folder).toBe(quoteFolder);

    const contractFolder = path.join(tempDir(), '合同', '四海商贸');
    const contract = must((await app.call('contracts.list', {})).find((c) => c.state === 'approved'));
    const written = await app.call('contracts.exportToFolder', {
      id: contract.id,
      format: 'pdf',
      locale: 'zh-CN',
      folder: contractFolder,
    });
    expect(written.path).toBe(path.join(contractFolder, `合同 ${contract.number} 宁波四海商贸有限公司.pdf`));
    const bytes = fs.readFileSync(written.path);
    expect(bytes.length).toBe(written.bytes);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readdirSync(contractFolder)).toEqual([path.basename(written.path)]);
    expect((await app.call('contracts.exportDefaults', {})).folder).toBe(contractFolder);
    // Quotes keep their own folder.
    expect((await app.call('quotes.exportDefaults', {})).folder).toBe(quoteFolder);

    app.ctx.close();
    const reopened = await openTestApp({ dbPath: app.dbPath });
    expect((await reopened.call('contracts.exportDefaults', {})).folder).toBe(contractFolder);
  });

  it('refuses a folder it cannot write, naming it, and keeps the folder it had', async () => {
    const app = await openTestApp({ seedDemo: true });
    const good = tempDir();
    const contract = must((await app.call('contracts.list', {})).find((c) => c.state === 'approved'));
    await app.call('contracts.exportToFolder', { id: contract.id, format: 'docx', locale: 'zh-CN', folder: good });
    const file = path.join(tempDir(), 'not-a-folder.txt');
    fs.writeFileSync(file, 'x');
    const error = await app.fail('contracts.exportToFolder', {
      id: contract.id,
      format: 'docx',
      locale: 'zh-CN',
      folder: path.join(file, '合同'),
    });
    expect(error.code).toBe('REFUSED');
    expect(error.message).toContain(`无法写入文件夹 ${path.join(file, '合同')}`);
    expect((await app.call('contracts.exportDefaults', {})).folder).toBe(good);
    const blank = await app.fail('contracts.exportToFolder', {
      id: contract.id,
      format: 'pdf',
      locale: 'zh-CN',
      folder: ' ',
    });
    expect(blank.fields).toEqual({ folder: '必填' });
  });
});
