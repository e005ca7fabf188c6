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

describe('presales opportunity …', () => {
  it('creates an opportunity (printing its id), shows it, refuses an unmet gate with exit 1, passes it with --override, closes it', async () => {
    const db = path.join(tempDir(), 'presales.db');
    await presales('--db', db, 'demo', 'load');
    const created = await presales(
      '--db',
      db,
      'opportunity',
      'create',
      '--customer',
      '苏州精工机电设备有限公司',
      '--name',
      '精工 二期',
      '--amount',
      '88,000.50',
    );
    expect(created.code, created.err).toBe(0);
    const id = created.out.trim();
    expect(id).toMatch(/^\d+$/);

    const shown = JSON.parse((await presales('--db', db, 'opportunity', 'show', id, '--json')).out);
    expect(shown).toMatchObject({ stage: 1, record: { name: '精工 二期', amountFen: 8_800_050 } });
    const text = (await presales('--db', db, 'opportunity', 'show', id)).out;
    expect(text).toContain('1/8 客户规划与邀约');
    expect(text).toContain('阶段 1「客户规划与邀约」基础概率');
    expect(text).toContain('¥88,000.50');

    const refused = await presales('--db', db, 'opportunity', 'advance', id, '--to', '3');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('不能进入阶段 3「提交初步方案」');
    expect(refused.err).toContain('还没有本商机的方案书');
    expect(JSON.parse((await presales('--db', db, 'opportunity', 'show', id, '--json')).out).stage).toBe(1);

    const passed = await presales(
      '--db',
      db,
      'opportunity',
      'advance',
      id,
      '--to',
      '3',
      '--override',
      '客户已看过同行方案',
      '--by',
      '张伟',
      '--json',
    );
    expect(passed.code, passed.err).toBe(0);
    const detail = JSON.parse(passed.out);
    expect(detail.stage).toBe(3);
    expect(detail.timeline.map((e: { kind: string }) => e.kind).slice(0, 2)).toEqual(['stage', 'override']);

    const noOutcome = await presales('--db', db, 'opportunity', 'close', id, '--reason', '价格太高');
    expect(noOutcome.code).toBe(1);
    expect(noOutcome.err).toBe('请指定 --won、--lost 或 --abandoned 中的一个');
    const noReason = await presales('--db', db, 'opportunity', 'close', id, '--lost', '--reason', '贵');
    expect(noReason.code).toBe(1);
    expect(noReason.err).toContain('reason: 请写明原因（至少 4 个字）');
    const won = await presales('--db', db, 'opportunity', 'close', id, '--won', '--reason', '客户口头确认');
    expect(won.code).toBe(1);
    expect(won.err).toContain('不能赢单关闭');
    const lost = await presales(
      '--db',
      db,
      'opportunity',
      'close',
      id,
      '--lost',
      '--category',
      'price',
      '--reason',
      '对手报价低三成',
    );
    expect(lost.code, lost.err).toBe(0);
    expect(lost.out).toBe(`#${id}\t丢单`);
  });

  it('lists with filters as JSON; names a customer it cannot find and a bad amount', async () => {
    const db = path.join(tempDir(), 'presales.db');
    await presales('--db', db, 'demo', 'load');
    const all = JSON.parse((await presales('--db', db, 'opportunity', 'list', '--json')).out);
    expect(all).toHaveLength(4);
    const stage7 = JSON.parse((await presales('--db', db, 'opportunity', 'list', '--stage', '7', '--json')).out);
    expect(stage7.map((o: { customerName: string; probability: number }) => o.customerName)).toEqual([
      '宁波四海商贸有限公司',
    ]);
    const lines = (await presales('--db', db, 'opportunity', 'list', '--owner', '李娜')).out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.includes('李娜') || /瓯江|禾丰/.test(l))).toBe(true);
    const missing = await presales('--db', db, 'opportunity', 'create', '--customer', '不存在公司', '--name', 'x');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('找不到客户“不存在公司”');
    const badAmount = await presales(
      '--db',
      db,
      'opportunity',
      'create',
      '--customer',
      '1',
      '--name',
      'x',
      '--amount',
      '12.345',
    );
    expect(badAmount.err).toBe('--amount 应为元金额，最多两位小数，收到 12.345');
  });
});
