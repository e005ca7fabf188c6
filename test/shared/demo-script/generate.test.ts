import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoScript } from '../../../src/shared/demo-script/generate';
import {
  AUDIENCE_ROLES,
  DEMO_STEP_KINDS,
  type AudienceRole,
  type DemoScript,
  type DemoStep,
} from '../../../src/shared/demo-script/types';
import { AppError } from '../../../src/shared/result';
import { must } from '../../helpers/must';
import { DIST, MAIN_CHAIN, MFG, distInput, module } from './fixtures';

function step(script: DemoScript, id: string): DemoStep {
  return must(
    script.steps.find((s) => s.id === id),
    `step ${id}`,
  );
}

function texts(s: DemoStep): string {
  return [s.title, s.purpose, ...(s.checklist ?? []), ...s.talkingPoints.map((p) => p.text)].join('\n');
}

function pointsOf(s: DemoStep, role: AudienceRole | 'all'): string[] {
  return s.talkingPoints.filter((p) => p.role === role).map((p) => p.text);
}

const rolesArb = fc.subarray([...AUDIENCE_ROLES]);

describe('the standard demo flow (标准演示流程)', () => {
  const script = generateDemoScript(distInput({ similarCustomers: ['温州百联商贸', '金华万家批发'] }));

  it('runs preparation, architecture, the chain, participation, stories, highlights, value sums, closing — in that order', () => {
    expect(script.steps.map((s) => s.id)).toEqual([
      'prep',
      'architecture',
      'chain:ERP-SD-001',
      'chain:ERP-IV-001',
      'chain:ERP-WMS-001',
      'chain:ERP-PU-001',
      'chain:ERP-AR-001',
      'chain:ERP-MOB-001',
      'participate',
      'story:1',
      'story:2',
      'highlights',
      'value',
      'close',
    ]);
    const order = script.steps.map((s) => DEMO_STEP_KINDS.indexOf(s.kind));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(script.steps[0]?.kind).toBe('preparation');
    expect(script.steps.at(-1)?.kind).toBe('closing');
  });

  it('starts the chain from a sales order linked to the customer record, credit limit and salesperson authorisation', () => {
    const first = must(script.steps.find((s) => s.kind === 'chain'));
    expect(first.id).toBe('chain:ERP-SD-001');
    expect(first.title).toContain('销售订单');
    const said = texts(first);
    for (const words of ['客户档案', '信用额度', '业务员授权']) expect(said).toContain(words);
  });

  it('links each later chain step to the one before, so nothing is entered twice', () => {
    const inventory = step(script, 'chain:ERP-IV-001');
    expect(pointsOf(inventory, 'all')[0]).toContain('销售管理');
    expect(texts(inventory)).toMatch(/发货|出库/);
    expect(texts(step(script, 'chain:ERP-AR-001'))).toMatch(/收款/);
  });

  it('tells modules off the main chain through their library description and features', () => {
    const mobile = step(script, 'chain:ERP-MOB-001');
    const library = must(DIST.find((m) => m.itemCode === 'ERP-MOB-001'));
    expect(mobile.purpose).toBe(library.description);
    for (const feature of library.features) expect(texts(mobile)).toContain(feature.name);
  });

  it('lists hardware, industry demo data with the customer’s own names, and who attends in the preparation checklist', () => {
    const prep = step(script, 'prep');
    const checklist = must(prep.checklist).join('\n');
    for (const thing of ['投影', '网络', '备用笔记本']) expect(checklist).toContain(thing);
    expect(checklist).toContain('分销/商贸');
    expect(checklist).toContain('宁波四海商贸有限公司');
    expect(checklist).toMatch(/总经理.*CIO\/网管.*销售经理.*主管会计.*企管部/);
    expect(checklist).not.toContain('仓库主管');
    expect(checklist).toContain('温州百联商贸');
  });

  it('gives the CIO the technical side of the architecture: deployment, database, integration, security', () => {
    const cio = pointsOf(step(script, 'architecture'), 'cio').join('\n');
    for (const topic of ['部署', '数据库', '接口', '权限']) expect(cio).toContain(topic);
  });

  it('has one story per similar customer, named', () => {
    expect(step(script, 'story:1').title).toContain('温州百联商贸');
    expect(texts(step(script, 'story:2'))).toContain('金华万家批发');
  });

  it('without similar customers, keeps one story slot telling the presenter how to pick one', () => {
    const stories = generateDemoScript(distInput()).steps.filter((s) => s.kind === 'story');
    expect(stories.map((s) => s.id)).toEqual(['story:1']);
    expect(pointsOf(must(stories[0]), 'all')[0]).toContain('选一个同行业已上线客户');
  });

  it('shows features, technology, industry experience and the nine-step method as highlights', () => {
    const said = texts(step(script, 'highlights'));
    expect(said).toContain('多级价格政策'); // the sales module's first feature
    for (const words of ['技术', '分销/商贸', '实施九步法']) expect(said).toContain(words);
  });

  it('does the value sums: saving money, making money, and where it hurts', () => {
    const said = texts(step(script, 'value'));
    for (const words of ['省钱', '库存', '工时', '坏账', '挣钱', '回款', '价格', '伤疤']) expect(said).toContain(words);
  });

  it('uses the estimated figures in the value sums when they are given', () => {
    const value = step(
      generateDemoScript(
        distInput({
          valueHighlights: [
            { label: '库存资金占用', annualBenefitText: '每年减少约 ¥120 万' },
            { label: '回款周期', annualBenefitText: '由 75 天缩短到 50 天' },
          ],
        }),
      ),
      'value',
    );
    const all = pointsOf(value, 'all');
    expect(all[0]).toContain('宁波四海商贸有限公司');
    expect(all).toContain('库存资金占用：每年减少约 ¥120 万');
    expect(all).toContain('回款周期：由 75 天缩短到 50 天');
  });

  it('closes with a summary of the chain and a hook for the next meeting', () => {
    const said = texts(step(script, 'close'));
    expect(said).toContain('销售管理 → 库存管理');
    expect(said).toContain('需求调研');
    expect(said).toContain('到温州百联商贸参观');
  });

  it('speaks to every chosen role, in the canonical role order, and to nobody else', () => {
    fc.assert(
      fc.property(rolesArb, fc.subarray(DIST, { minLength: 0 }), (roles, modules) => {
        const s = generateDemoScript(distInput({ roles: [...roles].reverse(), modules }));
        for (const st of s.steps) {
          expect(pointsOf(st, 'all').length).toBeGreaterThan(0);
          for (const role of roles) expect(pointsOf(st, role).length, `${st.id} ${role}`).toBeGreaterThan(0);
          const spoken = [...new Set(st.talkingPoints.map((p) => p.role).filter((r) => r !== 'all'))];
          expect(spoken).toEqual(AUDIENCE_ROLES.filter((r) => roles.includes(r)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('with nobody named, asks to find out who attends', () => {
    const prep = step(generateDemoScript(distInput({ roles: [] })), 'prep');
    expect(prep.talkingPoints.every((p) => p.role === 'all')).toBe(true);
    expect(must(prep.checklist).join('\n')).toContain('问清参加演示的人员');
  });
});

describe('the business chain', () => {
  it('follows sales → inventory → purchasing → receivables → payables → ledger whatever the input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(MAIN_CHAIN, { minLength: 1 }), (modules) => {
        const chain = generateDemoScript(distInput({ modules })).steps.filter((s) => s.kind === 'chain');
        const expected = MAIN_CHAIN.filter((m) => modules.includes(m)).map((m) => `chain:${m.itemCode}`);
        expect(chain.map((s) => s.id)).toEqual(expected);
      }),
    );
  });

  it('puts a manufacturer’s planning and production between the order and the stock, and cost after the ledger', () => {
    const modules = [...MFG, module('销售管理', 'ERP-SD-001')].reverse();
    const chain = generateDemoScript(distInput({ modules })).steps.filter((s) => s.kind === 'chain');
    expect(chain.map((s) => s.id)).toEqual([
      'chain:ERP-SD-001',
      'chain:ERP-MRP-001',
      'chain:ERP-PM-001',
      'chain:ERP-QM-001',
      'chain:ERP-IV-001',
      'chain:ERP-GL-001',
      'chain:ERP-CO-001',
    ]);
  });

  it('still opens from a sales order when the sales module is not chosen', () => {
    const chain = generateDemoScript(distInput({ modules: MFG })).steps.filter((s) => s.kind === 'chain');
    expect(pointsOf(must(chain[0]), 'all')[0]).toContain('销售订单');
  });

  it('places modules from other price lists by their name, unknown ones last in input order', () => {
    const modules = [
      module('自定义看板', 'X-9'),
      module('总账', 'FIN-01'),
      module('其他模块', 'X-1'),
      module('销售订单管理', 'S-01'),
    ];
    const chain = generateDemoScript(distInput({ modules })).steps.filter((s) => s.kind === 'chain');
    expect(chain.map((s) => s.id)).toEqual(['chain:S-01', 'chain:FIN-01', 'chain:X-9', 'chain:X-1']);
  });

  it('gives every step a unique id, also when a module is chosen twice', () => {
    const sales = module('销售管理', 'ERP-SD-001');
    const ids = generateDemoScript(distInput({ modules: [sales, { ...sales, id: 'again' }] })).steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('chain:ERP-SD-001');
    expect(ids).toContain('chain:ERP-SD-001#2');
  });
});

describe('minutes', () => {
  it('add up exactly to the requested total, as whole minutes, at least one per step when there is time', () => {
    fc.assert(
      fc.property(
        fc.subarray([...DIST, ...MFG]),
        fc.integer({ min: 0, max: 600 }),
        rolesArb,
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 }),
        (modules, totalMinutes, roles, similarCustomers) => {
          const script = generateDemoScript(distInput({ modules, totalMinutes, roles, similarCustomers }));
          const minutes = script.steps.map((s) => s.minutes);
          expect(script.totalMinutes).toBe(totalMinutes);
          expect(minutes.reduce((a, b) => a + b, 0)).toBe(totalMinutes);
          for (const m of minutes) {
            expect(Number.isInteger(m)).toBe(true);
            expect(m).toBeGreaterThanOrEqual(totalMinutes >= minutes.length ? 1 : 0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('by default grow with the number of modules, in round five minutes, the chain taking most time', () => {
    const totals = [0, 1, 3, 6].map((n) => generateDemoScript(distInput({ modules: DIST.slice(0, n) })).totalMinutes);
    for (const total of totals) expect(total % 5).toBe(0);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(new Set(totals).size).toBe(totals.length);

    const script = generateDemoScript(distInput());
    expect(script.steps.reduce((a, s) => a + s.minutes, 0)).toBe(script.totalMinutes);
    const chain = script.steps.filter((s) => s.kind === 'chain').reduce((a, s) => a + s.minutes, 0);
    expect(chain * 2).toBeGreaterThan(script.totalMinutes);
    expect(step(script, 'chain:ERP-SD-001').minutes).toBeGreaterThan(step(script, 'chain:ERP-IV-001').minutes);
  });

  it('give a CIO audience more time on the architecture', () => {
    const without = step(generateDemoScript(distInput({ roles: ['gm'], totalMinutes: 90 })), 'architecture');
    const withCio = step(generateDemoScript(distInput({ roles: ['gm', 'cio'], totalMinutes: 90 })), 'architecture');
    expect(withCio.minutes).toBeGreaterThan(without.minutes);
  });

  it('refuses a total that is not a whole number of minutes', () => {
    for (const totalMinutes of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => generateDemoScript(distInput({ totalMinutes }))).toThrow(AppError);
    }
    try {
      generateDemoScript(distInput({ totalMinutes: -5 }));
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT', fields: { totalMinutes: expect.any(String) } });
    }
  });
});

describe('wording', () => {
  it('is the same for the same input (stable ids, texts and minutes)', () => {
    expect(generateDemoScript(distInput())).toEqual(generateDemoScript(distInput()));
  });

  it('leaves no unfilled placeholder or filler text, in either language', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const similarCustomers of [[], ['温州百联商贸']]) {
        const script = generateDemoScript(distInput({ locale, similarCustomers, roles: [...AUDIENCE_ROLES] }));
        for (const s of script.steps) {
          const said = texts(s);
          expect(said).not.toMatch(/\{\{|\}\}|\b(TODO|TBD|lorem|undefined|null|NaN)\b/i);
          for (const text of [s.title, s.purpose, ...s.talkingPoints.map((p) => p.text)])
            expect(text.trim()).not.toBe('');
        }
      }
    }
  });

  it('inserts names from the input literally, even when they look like placeholders', () => {
    const script = generateDemoScript(
      distInput({
        customerName: '{{customer}} 公司',
        similarCustomers: ['{{module}}'],
        modules: [{ ...module('销售管理', 'ERP-SD-001'), features: [{ name: '{{feature}}', description: '$& $1' }] }],
      }),
    );
    expect(must(step(script, 'prep').checklist).join()).toContain('{{customer}} 公司');
    expect(step(script, 'story:1').title).toContain('{{module}}');
    expect(texts(step(script, 'highlights'))).toContain('「{{feature}}」（销售管理）：$& $1');
  });
});
