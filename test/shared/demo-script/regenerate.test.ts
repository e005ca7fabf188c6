import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoScript } from '../../../src/shared/demo-script/generate';
import { regenerateDemoScript } from '../../../src/shared/demo-script/regenerate';
import {
  AUDIENCE_ROLES,
  type DemoScript,
  type DemoScriptInput,
  type DemoStep,
} from '../../../src/shared/demo-script/types';
import { must } from '../../helpers/must';
import { DIST, MAIN_CHAIN, MFG, distInput } from './fixtures';

const [SD, IV, , AR] = MAIN_CHAIN;
const sales = must(SD);
const inventory = must(IV);
const receivables = must(AR);

function step(script: DemoScript, id: string): DemoStep {
  return must(
    script.steps.find((s) => s.id === id),
    `step ${id}`,
  );
}

/** The script with one step changed by hand (a deep copy: inputs are never mutated). */
function edit(script: DemoScript, id: string, change: (s: DemoStep) => DemoStep): DemoScript {
  const steps = script.steps.map((s) => (s.id === id ? change(structuredClone(s)) : s));
  return { steps, totalMinutes: steps.reduce((a, s) => a + s.minutes, 0) };
}

function insertAfter(script: DemoScript, afterId: string | null, added: DemoStep): DemoScript {
  const steps = [...script.steps];
  steps.splice(afterId === null ? 0 : steps.findIndex((s) => s.id === afterId) + 1, 0, added);
  return { steps, totalMinutes: steps.reduce((a, s) => a + s.minutes, 0) };
}

function handStep(id: string): DemoStep {
  return {
    id,
    kind: 'chain',
    title: '演示电商订单自动导入',
    minutes: 6,
    purpose: '客户在天猫开店，现场演示网店订单自动下载成销售订单',
    talkingPoints: [{ role: 'salesManager', text: '网店订单不用再手工抄单' }],
  };
}

function ids(script: DemoScript): string[] {
  return script.steps.map((s) => s.id);
}

const extraPoint = { role: 'gm' as const, text: '按四海商贸去年的数据算：坏账约 60 万' };

describe('regenerating a demo script', () => {
  const before = distInput({ modules: [sales, receivables], similarCustomers: ['温州百联商贸'] });
  const after = distInput({
    modules: [sales, inventory, receivables],
    customerName: '宁波四海控股有限公司',
    similarCustomers: ['温州百联商贸', '金华万家批发'],
    valueHighlights: [{ label: '回款周期', annualBenefitText: '由 75 天缩短到 50 天' }],
    totalMinutes: 120,
  });
  const previous = generateDemoScript(before);
  const fresh = generateDemoScript(after);

  it('takes the fresh script as it is when nothing was edited by hand', () => {
    const result = regenerateDemoScript(previous, previous, fresh);
    expect(result).toEqual({ script: fresh, conflicts: [], removedEditedSteps: [] });
  });

  it('updates the fields the presenter left alone and keeps the ones edited by hand', () => {
    let current = edit(previous, 'value', (s) => ({ ...s, talkingPoints: [...s.talkingPoints, extraPoint] }));
    current = edit(current, 'prep', (s) => ({ ...s, title: '演示前一天的准备' }));
    current = edit(current, 'chain:ERP-SD-001', (s) => ({ ...s, minutes: 30 }));

    const { script, conflicts } = regenerateDemoScript(previous, current, fresh);

    expect(step(script, 'value').talkingPoints).toEqual(step(current, 'value').talkingPoints);
    expect(step(script, 'value').title).toBe(step(fresh, 'value').title);
    expect(step(script, 'value').minutes).toBe(step(fresh, 'value').minutes);
    expect(step(script, 'prep').title).toBe('演示前一天的准备');
    expect(step(script, 'prep').checklist).toEqual(step(fresh, 'prep').checklist);
    expect(must(step(script, 'prep').checklist).join()).toContain('宁波四海控股有限公司');
    expect(step(script, 'chain:ERP-SD-001').minutes).toBe(30);
    expect(step(script, 'chain:ERP-SD-001').talkingPoints).toEqual(step(fresh, 'chain:ERP-SD-001').talkingPoints);
    expect(script.totalMinutes).toBe(script.steps.reduce((a, s) => a + s.minutes, 0));

    // The prep title is not a conflict: the generator still says what it said before.
    expect(conflicts).toEqual([
      { stepId: 'chain:ERP-SD-001', field: 'minutes', reason: 'editedByHand' },
      { stepId: 'value', field: 'talkingPoints', reason: 'editedByHand' },
    ]);
  });

  it('keeps steps added by hand in place and inserts new generated steps in generated order', () => {
    let current = insertAfter(previous, 'chain:ERP-SD-001', handStep('custom:eshop'));
    current = insertAfter(current, null, {
      ...handStep('custom:call'),
      kind: 'preparation',
      title: '会前电话确认议程',
    });

    const { script } = regenerateDemoScript(previous, current, fresh);

    expect(ids(script)).toEqual([
      'custom:call',
      'prep',
      'architecture',
      'chain:ERP-SD-001',
      'custom:eshop',
      'chain:ERP-IV-001',
      'chain:ERP-AR-001',
      'participate',
      'story:1',
      'story:2',
      'highlights',
      'value',
      'close',
    ]);
    expect(step(script, 'custom:eshop')).toEqual(handStep('custom:eshop'));
    expect(step(script, 'chain:ERP-IV-001')).toEqual(step(fresh, 'chain:ERP-IV-001'));
  });

  it('drops a step no longer generated unless it was edited by hand, then keeps and reports it', () => {
    const withInventory = generateDemoScript({ ...after, modules: [sales, inventory, receivables] });
    const withoutInventory = generateDemoScript({ ...after, modules: [sales, receivables] });

    const untouched = regenerateDemoScript(withInventory, withInventory, withoutInventory);
    expect(ids(untouched.script)).not.toContain('chain:ERP-IV-001');
    expect(untouched.removedEditedSteps).toEqual([]);

    const edited = edit(withInventory, 'chain:ERP-IV-001', (s) => ({ ...s, purpose: '重点演示三个仓库之间的调拨' }));
    const result = regenerateDemoScript(withInventory, edited, withoutInventory);
    expect(result.removedEditedSteps).toEqual(['chain:ERP-IV-001']);
    expect(ids(result.script).slice(2, 5)).toEqual(['chain:ERP-SD-001', 'chain:ERP-IV-001', 'chain:ERP-AR-001']);
    expect(step(result.script, 'chain:ERP-IV-001')).toEqual(step(edited, 'chain:ERP-IV-001'));
  });

  it('does not bring back a generated step the presenter deleted', () => {
    const current = { ...previous, steps: previous.steps.filter((s) => s.id !== 'story:1') };
    const { script, conflicts } = regenerateDemoScript(previous, current, fresh);
    expect(ids(script)).not.toContain('story:1');
    expect(ids(script)).toContain('story:2'); // new since, so it is added
    expect(conflicts).toEqual([]);
  });

  it('reports a hand-added step whose id the generator has started to use, and keeps the hand version', () => {
    const mine = { ...handStep('chain:ERP-IV-001'), title: '我的库存演示' };
    const current = insertAfter(previous, 'chain:ERP-SD-001', mine);
    const { script, conflicts } = regenerateDemoScript(previous, current, fresh);
    expect(script.steps.filter((s) => s.id === 'chain:ERP-IV-001')).toEqual([mine]);
    expect(conflicts.filter((c) => c.stepId === 'chain:ERP-IV-001').map((c) => c.field)).toEqual([
      'title',
      'minutes',
      'purpose',
      'talkingPoints',
    ]);
  });

  it('reports nothing when the hand edit and the generator agree', () => {
    const freshTitle = step(fresh, 'chain:ERP-SD-001').title;
    const current = edit(previous, 'close', (s) => ({ ...s, purpose: step(fresh, 'close').purpose + '。' }));
    const agreeing = edit(current, 'chain:ERP-SD-001', (s) => ({ ...s, title: freshTitle + '（重点）' }));
    const freshAgreeing = edit(fresh, 'chain:ERP-SD-001', (s) => ({ ...s, title: freshTitle + '（重点）' }));
    const { conflicts, script } = regenerateDemoScript(previous, agreeing, freshAgreeing);
    expect(conflicts).toEqual([]);
    expect(step(script, 'chain:ERP-SD-001').title).toBe(freshTitle + '（重点）');
  });

  it('never changes its inputs', () => {
    const current = insertAfter(previous, 'prep', handStep('custom:x'));
    const copies = structuredClone([previous, current, fresh]);
    regenerateDemoScript(previous, current, fresh);
    expect([previous, current, fresh]).toEqual(copies);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random inputs and random hand edits
// ---------------------------------------------------------------------------------------------

const inputArb: fc.Arbitrary<DemoScriptInput> = fc.record({
  modules: fc.subarray([...DIST, ...MFG]),
  roles: fc.subarray([...AUDIENCE_ROLES]),
  similarCustomers: fc.subarray(['温州百联商贸', '金华万家批发', '台州永达五金']),
  totalMinutes: fc.option(fc.integer({ min: 20, max: 240 }), { nil: undefined }),
  customerName: fc.constantFrom('宁波四海商贸有限公司', '宁波四海控股有限公司'),
  locale: fc.constantFrom('zh-CN' as const, 'zh-CN' as const, 'en' as const),
  industry: fc.constant('分销/商贸'),
});

type Edit = { kind: 'title' | 'minutes' | 'points' | 'delete'; at: number } | { kind: 'add'; at: number; n: number };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('title' as const, 'minutes' as const, 'points' as const, 'delete' as const),
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), n: fc.nat() }),
);

function applyEdits(script: DemoScript, edits: readonly Edit[]): DemoScript {
  const steps = structuredClone(script.steps);
  edits.forEach((e, i) => {
    if (e.kind === 'add') {
      steps.splice(e.at % (steps.length + 1), 0, { ...handStep(`custom:${i}`), minutes: e.n % 10 });
      return;
    }
    if (steps.length === 0) return;
    const index = e.at % steps.length;
    const target = must(steps[index]);
    if (e.kind === 'delete') steps.splice(index, 1);
    else if (e.kind === 'title') target.title = `${target.title}（改${i}）`;
    else if (e.kind === 'minutes') target.minutes += 1 + i;
    else target.talkingPoints = [...target.talkingPoints, { role: 'all', text: `补充${i}` }];
  });
  return { steps, totalMinutes: steps.reduce((a, s) => a + s.minutes, 0) };
}

describe('regeneration, for any inputs and hand edits', () => {
  it('equals the fresh script when nothing was edited', () => {
    fc.assert(
      fc.property(inputArb, inputArb, (a, b) => {
        const previous = generateDemoScript(a);
        const fresh = generateDemoScript(b);
        expect(regenerateDemoScript(previous, previous, fresh)).toEqual({
          script: fresh,
          conflicts: [],
          removedEditedSteps: [],
        });
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every hand edit and hand-added step, updates untouched steps, and is idempotent', () => {
    fc.assert(
      fc.property(inputArb, inputArb, fc.array(editArb, { maxLength: 8 }), (a, b, edits) => {
        const previous = generateDemoScript(a);
        const fresh = generateDemoScript(b);
        const current = applyEdits(previous, edits);
        const { script, conflicts, removedEditedSteps } = regenerateDemoScript(previous, current, fresh);

        const prevIds = new Set(ids(previous));
        const freshById = new Map(fresh.steps.map((s) => [s.id, s]));
        const prevById = new Map(previous.steps.map((s) => [s.id, s]));
        const resultById = new Map(script.steps.map((s) => [s.id, s]));

        expect(new Set(ids(script)).size).toBe(script.steps.length);
        expect(script.totalMinutes).toBe(script.steps.reduce((x, s) => x + s.minutes, 0));

        // Hand-added steps survive unchanged, in their order.
        const handAdded = current.steps.filter((s) => !prevIds.has(s.id));
        expect(script.steps.filter((s) => !prevIds.has(s.id) && !freshById.has(s.id))).toEqual(handAdded);

        for (const mine of current.steps) {
          const base = prevById.get(mine.id);
          const merged = resultById.get(mine.id);
          if (!base) continue;
          const edited = JSON.stringify(mine) !== JSON.stringify(base);
          if (!freshById.has(mine.id)) {
            // No longer generated: kept (and reported) exactly when edited.
            expect(merged).toEqual(edited ? mine : undefined);
            expect(removedEditedSteps.includes(mine.id)).toBe(edited);
            continue;
          }
          const next = must(freshById.get(mine.id));
          const got = must(merged);
          for (const field of ['title', 'minutes', 'purpose', 'talkingPoints', 'checklist'] as const) {
            const handChanged = JSON.stringify(mine[field]) !== JSON.stringify(base[field]);
            expect(got[field]).toEqual(handChanged ? mine[field] : next[field]);
            const reported = conflicts.some((c) => c.stepId === mine.id && c.field === field);
            const generatorChanged = JSON.stringify(next[field]) !== JSON.stringify(base[field]);
            const disagree = JSON.stringify(next[field]) !== JSON.stringify(mine[field]);
            expect(reported).toBe(handChanged && generatorChanged && disagree);
          }
        }

        // Generated steps the presenter deleted stay deleted; new ones are added in generated order.
        for (const s of previous.steps) if (!ids(current).includes(s.id)) expect(resultById.has(s.id)).toBe(false);
        const added = fresh.steps.filter((s) => !prevIds.has(s.id) && !ids(current).includes(s.id));
        for (const s of added) expect(resultById.get(s.id)).toEqual(s);
        const generatedOrder = ids(script).filter((id) => freshById.has(id));
        expect(generatedOrder).toEqual(ids(fresh).filter((id) => generatedOrder.includes(id)));

        // Idempotent: with `fresh` as the new baseline, nothing changes and nothing is reported.
        expect(regenerateDemoScript(fresh, script, fresh)).toEqual({ script, conflicts: [], removedEditedSteps: [] });
        // Re-applying the same merge to its own result gives the same script.
        expect(regenerateDemoScript(previous, script, fresh).script).toEqual(script);
      }),
      { numRuns: 300 },
    );
  });
});
