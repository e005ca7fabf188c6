import { describe, expect, it } from 'vitest';
import {
  checkTemplate,
  copyClauseKey,
  copyKey,
  copyName,
  insertIndex,
  moveItem,
  type TemplateClauseDraft,
} from '../../../src/shared/contract-drafts/template-rules';
import { sampleLibrary } from '../../fixtures/contract-document';

const library = sampleLibrary();
const byKey = (key: string) => {
  const clause = library.find((c) => c.key === key);
  if (!clause) throw new Error(key);
  return clause;
};
const row = (key: string, wording?: string): TemplateClauseDraft => {
  const clause = byKey(key);
  return { clauseId: clause.id, wording: wording ?? clause.wordings[0]?.key ?? 'default' };
};
const context = { library, otherNames: ['软件试用协议', 'Software Licence and Implementation Agreement'] };

describe('a template draft', () => {
  it('with a name and library clauses, each once, has no problem', () => {
    expect(checkTemplate({ name: '许可合同', clauses: [row('parties'), row('disputes', 'court')] }, context)).toEqual(
      [],
    );
  });

  it('needs a name, unique whatever its case and spaces, and at least one clause', () => {
    expect(checkTemplate({ name: '  ', clauses: [] }, context)).toEqual([
      { field: 'name', problem: 'nameRequired', params: {} },
      { field: 'clauses', problem: 'noClause', params: {} },
    ]);
    expect(
      checkTemplate({ name: ' software licence and implementation agreement ', clauses: [row('parties')] }, context),
    ).toEqual([
      {
        field: 'name',
        problem: 'nameTaken',
        params: { name: 'software licence and implementation agreement' },
      },
    ]);
  });

  it('names the row of a clause not in the library, listed twice or with a wording it does not have', () => {
    const disputes = byKey('disputes');
    const problems = checkTemplate(
      {
        name: '许可合同',
        clauses: [row('parties'), { clauseId: 9999, wording: 'default' }, row('parties'), row('disputes', 'mediation')],
      },
      context,
    );
    expect(problems).toEqual([
      { field: 'clauses.1', problem: 'unknownClause', params: { row: 2, id: 9999 } },
      {
        field: 'clauses.2',
        problem: 'duplicateClause',
        params: { row: 3, heading: byKey('parties').wordings[0]?.heading ?? '', first: 1 },
      },
      {
        field: 'clauses.3.wording',
        problem: 'unknownWording',
        params: {
          row: 4,
          heading: disputes.wordings[0]?.heading ?? '',
          wording: 'mediation',
          choices: disputes.wordings.map((w) => w.key).join(', '),
        },
      },
    ]);
  });

  it('takes a copy of a clause as a new clause: the source may stay, its key must be new', () => {
    const copy = (key: string): TemplateClauseDraft => ({ ...row('warranty'), copy: { key, heading: '延保' } });
    expect(checkTemplate({ name: 'x', clauses: [row('warranty'), copy('warranty-2')] }, context)).toEqual([]);
    expect(
      checkTemplate({ name: 'x', clauses: [copy('warranty'), copy('warranty-2'), copy('warranty-2')] }, context),
    ).toEqual([
      { field: 'clauses.0.copy.key', problem: 'copyKeyTaken', params: { row: 1, key: 'warranty' } },
      { field: 'clauses.2.copy.key', problem: 'copyKeyTaken', params: { row: 3, key: 'warranty-2' } },
    ]);
  });
});

describe('editing helpers', () => {
  it('moves an item up or down, ignoring moves out of the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });

  it('adds a clause after the row chosen, else before the signatures, else at the end', () => {
    expect(insertIndex(['parties', 'scope', 'signatures'], null)).toBe(2);
    expect(insertIndex(['parties', 'scope', 'signatures'], 0)).toBe(1);
    expect(insertIndex(['parties', 'scope'], null)).toBe(2);
  });

  it('names a copy after the original, counting on when the name is taken', () => {
    expect(copyName('软件许可合同', [], 'zh-CN')).toBe('软件许可合同（副本）');
    expect(copyName('软件许可合同（副本）', ['软件许可合同（副本）'], 'zh-CN')).toBe('软件许可合同（副本 2）');
    expect(copyName('Licence', ['Licence (copy)', 'licence (COPY 2)'], 'en')).toBe('Licence (copy 3)');
    expect(copyName('长'.repeat(80), [], 'zh-CN')).toHaveLength(80);
  });

  it('gives a copy a key no template or clause has', () => {
    expect(copyKey('licence-zh', ['licence-zh'])).toBe('licence-zh-copy');
    expect(copyKey('licence-zh-copy', ['licence-zh-copy'])).toBe('licence-zh-copy-2');
    expect(copyKey('a'.repeat(40), []).length).toBeLessThanOrEqual(40);
    expect(copyClauseKey('warranty', ['warranty', 'warranty-2'])).toBe('warranty-3');
  });
});
