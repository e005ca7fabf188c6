import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import { tempDir } from '../helpers/temp-dir';

async function presales(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('presales contract template …', () => {
  it('lists, copies, renames, reorders the clauses of and deletes a template, refusing what the screen refuses', async () => {
    const db = path.join(tempDir(), 'presales.db');
    await presales('--db', db, 'demo', 'load');
    const list = await presales('--db', db, 'contract', 'templates');
    expect(list.out.split('\n').map((l) => l.split('\t')[0])).toEqual(['licence-zh', 'trial-zh', 'licence-en']);

    const copied = await presales('--db', db, 'contract', 'template', 'copy', 'trial-zh');
    expect(copied.out).toBe('trial-zh-copy\t软件试用协议（副本）');
    const renamed = await presales(
      '--db',
      db,
      'contract',
      'template',
      'rename',
      'trial-zh-copy',
      '--name',
      '短期试用协议',
    );
    expect(renamed.out).toBe('trial-zh-copy\t短期试用协议');

    const set = await presales(
      '--db',
      db,
      'contract',
      'template',
      'clauses',
      'trial-zh-copy',
      'trial-parties,trial-scope,trial-period,disputes:court,trial-effect,signatures',
    );
    expect(set.code, set.err).toBe(0);
    const shown = JSON.parse(
      (await presales('--db', db, 'contract', 'template', 'show', 'trial-zh-copy', '--json')).out,
    );
    expect(shown.clauses.map((c: { key: string; wording: string }) => `${c.key}:${c.wording}`)).toEqual([
      'trial-parties:default',
      'trial-scope:default',
      'trial-period:default',
      'disputes:court',
      'trial-effect:default',
      'signatures:default',
    ]);
    expect(shown.usedBy).toBe(0);

    const unknown = await presales('--db', db, 'contract', 'template', 'clauses', 'trial-zh-copy', 'trial-parties,nda');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('条款库中没有编码为 nda 的条款');
    const twice = await presales(
      '--db',
      db,
      'contract',
      'template',
      'clauses',
      'trial-zh-copy',
      'trial-scope,trial-scope',
    );
    expect(twice.code).not.toBe(0);
    expect(twice.err).toContain('第 2 行：“试用产品及范围”在第 1 行已经出现');
    const noName = await presales('--db', db, 'contract', 'template', 'rename', 'trial-zh-copy', '--name', ' ');
    expect(noName.err).toContain('name: 模板名称不能为空');

    const inUse = await presales('--db', db, 'contract', 'template', 'delete', 'licence-zh');
    expect(inUse.code).not.toBe(0);
    expect(inUse.err).toContain('已用于 2 份合同');
    expect((await presales('--db', db, 'contract', 'template', 'delete', 'trial-zh-copy')).out).toBe('trial-zh-copy');
  });
});
