import { describe, expect, it } from 'vitest';
import { must } from '../../helpers/must';
import { openTestApp, type TestApp } from '../../helpers/test-app';

async function demoScript(app: TestApp) {
  const [summary] = await app.call('demoScripts.list', {});
  return app.call('demoScripts.get', { id: must(summary).id });
}

describe('demo scripts (演示脚本)', () => {
  it('the demo script follows the standard flow for the quoted modules, 120 minutes in all', async () => {
    const app = await openTestApp({ seedDemo: true });
    const script = await demoScript(app);
    const kinds = script.script.steps.map((s) => s.kind);
    expect(kinds[0]).toBe('preparation');
    expect(kinds.at(-1)).toBe('closing');
    expect(script.script.steps.find((s) => s.kind === 'chain')?.id).toBe('chain:ERP-SD-001');
    expect(script.script.totalMinutes).toBe(120);
    expect(script.script.steps.reduce((sum, s) => sum + s.minutes, 0)).toBe(120);
    expect(script.editedSteps).toEqual([]);
  });

  it('hand edits are kept when regenerating with other roles, and reported', async () => {
    const app = await openTestApp({ seedDemo: true });
    const script = await demoScript(app);
    const steps = script.script.steps.map((s) =>
      s.kind === 'closing'
        ? {
            ...s,
            purpose: '约定下周二到宁波海曙日化参观',
            talkingPoints: [...s.talkingPoints, { role: 'gm' as const, text: '请陈总定下参观的日期' }],
          }
        : s,
    );
    const saved = await app.call('demoScripts.save', {
      id: script.id,
      title: script.settings.title,
      script: { steps, totalMinutes: 0 },
    });
    expect(saved.script.totalMinutes).toBe(120); // the total follows the steps
    expect(saved.editedSteps).toEqual(['close']);
    const result = await app.call('demoScripts.regenerate', {
      id: script.id,
      settings: { ...script.settings, roles: ['gm'], totalMinutes: 90 },
    });
    const close = must(result.detail.script.steps.find((s) => s.id === 'close'));
    expect(close.purpose).toBe('约定下周二到宁波海曙日化参观');
    expect(close.talkingPoints.at(-1)?.text).toBe('请陈总定下参观的日期');
    // The generator now says something else for the closing talking points (one role left): reported.
    expect(result.conflicts).toContainEqual({ stepId: 'close', field: 'talkingPoints', reason: 'editedByHand' });
    // Untouched steps follow the new choices: only 总经理 talking points remain.
    const untouched = result.detail.script.steps.filter((s) => s.id !== 'close');
    const roles = new Set(untouched.flatMap((s) => s.talkingPoints.map((p) => p.role)));
    expect([...roles].sort()).toEqual(['all', 'gm']);
  });

  it('refuses a script without modules or roles, naming the field', async () => {
    const app = await openTestApp({ seedDemo: true });
    const script = await demoScript(app);
    const error = await app.fail('demoScripts.create', { ...script.settings, moduleIds: [], roles: [] });
    expect(error.fields.moduleIds).toBe('请至少选择一个演示模块');
    expect(error.fields.roles).toBe('请至少选择一类参加人员');
  });
});
