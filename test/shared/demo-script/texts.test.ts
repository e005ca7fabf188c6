import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoScript } from '../../../src/shared/demo-script/generate';
import { audienceRoleLabel, fill } from '../../../src/shared/demo-script/texts';
import { demoScriptEn } from '../../../src/shared/demo-script/texts.en';
import { demoScriptZhCN } from '../../../src/shared/demo-script/texts.zh-CN';
import { AUDIENCE_ROLES, type DemoScriptInput } from '../../../src/shared/demo-script/types';
import { CJK, DIST, MFG, distInput } from './fixtures';

/** Every leaf as path → text, arrays by index. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      for (const [p, v] of leaves(child, `${path}.${key}`)) out.set(p, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** Everything the input says in its own words; the generator may repeat it in any language. */
function inputWords(input: DemoScriptInput): string[] {
  return [
    input.customerName,
    input.industry,
    ...(input.similarCustomers ?? []),
    ...(input.valueHighlights ?? []).flatMap((h) => [h.label, h.annualBenefitText]),
    ...input.modules.flatMap((m) => [
      m.name,
      m.itemCode,
      m.description,
      ...m.features.flatMap((f) => [f.name, f.description]),
    ]),
  ]
    .filter((w) => w !== '')
    .sort((a, b) => b.length - a.length);
}

describe('the wording tables', () => {
  const zh = leaves(demoScriptZhCN);
  const en = leaves(demoScriptEn);

  it('have the same keys, list lengths and placeholders in English as in Chinese', () => {
    expect([...en.keys()]).toEqual([...zh.keys()]);
    for (const [path, text] of zh) expect(placeholders(en.get(path) ?? ''), path).toEqual(placeholders(text));
  });

  it('are English without any Chinese in en, and Chinese in zh-CN', () => {
    for (const [path, text] of en) expect(text, path).not.toMatch(CJK);
    const chinese = [...zh].filter(
      ([path, text]) => !path.startsWith('.join') && text.replace(/\{\{\w+\}\}/g, '') !== '',
    );
    for (const [path, text] of chinese) expect(text, path).toMatch(CJK);
  });

  it('name the audience roles in both languages', () => {
    expect(AUDIENCE_ROLES.map((r) => audienceRoleLabel(r, 'zh-CN'))).toEqual([
      '总经理',
      'CIO/网管',
      '销售经理',
      '主管会计',
      '企管部',
      '仓库主管',
    ]);
    expect(audienceRoleLabel('chiefAccountant', 'en')).toBe('Chief accountant');
  });

  it('fill every placeholder once and refuse a missing value', () => {
    expect(fill('讲{{customer}}为什么选择我们', { customer: '{{x}}' })).toBe('讲{{x}}为什么选择我们');
    expect(() => fill('{{module}}：扫码作业', {})).toThrow(/module/);
  });
});

describe('an English script', () => {
  it('contains no Chinese except the names and descriptions given in the input', () => {
    fc.assert(
      fc.property(
        fc.subarray([...DIST, ...MFG]),
        fc.subarray([...AUDIENCE_ROLES]),
        fc.subarray(['温州百联商贸', '金华万家批发', '台州永达五金']),
        fc.boolean(),
        (modules, roles, similarCustomers, withValues) => {
          const input = distInput({
            locale: 'en',
            modules,
            roles,
            similarCustomers,
            valueHighlights: withValues ? [{ label: '库存资金', annualBenefitText: '每年约 ¥36 万' }] : [],
          });
          const words = inputWords(input);
          for (const step of generateDemoScript(input).steps) {
            const texts = [
              step.title,
              step.purpose,
              ...(step.checklist ?? []),
              ...step.talkingPoints.map((p) => p.text),
            ];
            for (const text of texts) {
              const rest = words.reduce((t, w) => t.split(w).join(' '), text);
              expect(rest, text).not.toMatch(CJK);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('follows the same steps as the Chinese one', () => {
    const zh = generateDemoScript(distInput());
    const en = generateDemoScript(distInput({ locale: 'en' }));
    expect(en.steps.map((s) => [s.id, s.kind, s.minutes, s.talkingPoints.map((p) => p.role)])).toEqual(
      zh.steps.map((s) => [s.id, s.kind, s.minutes, s.talkingPoints.map((p) => p.role)]),
    );
    expect(en.steps.find((s) => s.id === 'chain:ERP-SD-001')?.title).toBe('销售管理: starting from a sales order');
  });
});
