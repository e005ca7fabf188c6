import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';
import { expectUnchanged, logicalDump } from '../helpers/db-dump';
import { validCompany } from '../helpers/fixtures';
import { openTestApp } from '../helpers/test-app';

describe('backups', () => {
  it('backs up now, lists newest first, and restores — backing up the current file first', async () => {
    const app = await openTestApp();
    await app.call('company.save', validCompany({ name: '第一版公司名' }));
    const first = await app.call('backups.create');
    expect(first).toMatchObject({ reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION });
    await app.call('company.save', validCompany({ name: '第二版公司名' }));

    const restored = await app.call('backups.restore', { name: first.name });
    expect(restored.status.state).toBe('ready');
    expect((await app.call('company.get'))?.name).toBe('第一版公司名');

    const { backups } = await app.call('backups.list');
    expect(backups.map((b) => b.reason)).toEqual(['before-restore', 'manual']);
    expect(backups[0]?.name).toBe(restored.safetyBackup);
    // The safety backup holds what was there just before the restore.
    const undo = await app.call('backups.restore', { name: restored.safetyBackup ?? '' });
    expect(undo.status.state).toBe('ready');
    expect((await app.call('company.get'))?.name).toBe('第二版公司名');
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const app = await openTestApp();
    await app.call('company.save', validCompany());
    fs.mkdirSync(app.ctx.backupsDir, { recursive: true });
    fs.writeFileSync(path.join(app.ctx.backupsDir, 'presales-20260101-000000-000-manual.db'), 'not a database at all');
    const before = logicalDump(app.ctx.db());
    const error = await app.fail('backups.restore', { name: 'presales-20260101-000000-000-manual.db' });
    expect(error.code).toBe('REFUSED');
    expect(error.message).toContain('备份文件无法使用');
    expectUnchanged(app.ctx.db(), before);
    expect((await app.call('company.get'))?.name).toBe(validCompany().name);
    expect((await app.call('backups.list')).backups).toHaveLength(1);
  });

  it('will not take a path instead of a backup name', async () => {
    const app = await openTestApp();
    const before = logicalDump(app.ctx.db());
    const error = await app.fail('backups.restore', { name: '../../etc/passwd.db' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(Object.keys(error.fields)).toEqual(['name']);
    expectUnchanged(app.ctx.db(), before);
  });

  it('a restore whose copy fails keeps the current database, open and as it was', async () => {
    const app = await openTestApp();
    await app.call('company.save', validCompany({ name: '第一版公司名' }));
    const backup = await app.call('backups.create');
    await app.call('company.save', validCompany({ name: '第二版公司名' }));
    const before = logicalDump(app.ctx.db());
    // The copy cannot be written (as if the disk were full): its temporary name is taken by a folder.
    fs.mkdirSync(`${app.dbPath}.restoring`);
    const error = await app.fail('backups.restore', { name: backup.name });
    expect(error.code).toBe('INTERNAL');
    expect((await app.call('app.status')).state).toBe('ready');
    expectUnchanged(app.ctx.db(), before);
    expect((await app.call('company.get'))?.name).toBe('第二版公司名');
    expect(fs.existsSync(`${app.dbPath}.restoring`)).toBe(false);
  });

  it('offers restore when the database file is damaged, moving the damaged file aside', async () => {
    const app = await openTestApp();
    await app.call('company.save', validCompany());
    const backup = await app.call('backups.create');
    app.ctx.close();
    fs.writeFileSync(app.dbPath, 'garbage that is not SQLite'.repeat(100));
    for (const suffix of ['-wal', '-shm']) fs.rmSync(app.dbPath + suffix, { force: true });
    await app.ctx.reopen();

    const status = await app.call('app.status');
    expect(status).toMatchObject({ state: 'unavailable', reason: 'not-sqlite' });
    const blocked = await app.fail('company.get');
    expect(blocked.code).toBe('DB_UNAVAILABLE');
    expect((await app.call('backups.list')).backups.map((b) => b.name)).toEqual([backup.name]);

    const restored = await app.call('backups.restore', { name: backup.name });
    expect(restored.status.state).toBe('ready');
    expect(restored.safetyBackup).toMatch(/presales\.db\.damaged$/);
    expect(fs.readFileSync(path.join(app.ctx.backupsDir, restored.safetyBackup ?? ''), 'utf8')).toContain('garbage');
    expect((await app.call('company.get'))?.name).toBe(validCompany().name);
  });

  it('a damaged database whose restore fails is put back where it was, untouched', async () => {
    const app = await openTestApp();
    const backup = await app.call('backups.create');
    app.ctx.close();
    const garbage = 'garbage that is not SQLite'.repeat(100);
    fs.writeFileSync(app.dbPath, garbage);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(app.dbPath + suffix, { force: true });
    await app.ctx.reopen();
    fs.mkdirSync(`${app.dbPath}.restoring`);
    expect((await app.fail('backups.restore', { name: backup.name })).code).toBe('INTERNAL');
    expect(fs.readFileSync(app.dbPath, 'utf8')).toBe(garbage);
    expect(await app.call('app.status')).toMatchObject({ state: 'unavailable', reason: 'not-sqlite' });
  });

  it('starts fresh only when the database cannot be opened', async () => {
    const app = await openTestApp();
    expect((await app.fail('db.startFresh')).code).toBe('REFUSED');
    app.ctx.close();
    fs.writeFileSync(app.dbPath, 'x'.repeat(5000));
    await app.ctx.reopen();
    const status = await app.call('db.startFresh');
    expect(status.state).toBe('ready');
    expect(fs.readdirSync(app.ctx.backupsDir).some((f) => f.endsWith('.damaged'))).toBe(true);
  });
});
