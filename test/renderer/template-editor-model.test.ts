import { describe, expect, it } from 'vitest';
import {
  addRow,
  copyRow,
  moveRow,
  rowErrors,
  rowViews,
  saveInput,
  stateOf,
} from '../../src/renderer/src/features/contracts/templates/template-editor-model';
import type { ContractTemplate } from '../../src/shared/api/contract-drafts';
import { sampleLibrary } from '../fixtures/contract-document';

const library = sampleLibrary();
const clause = (key: string) => {
  const found = library.find((c) => c.key === key);
  if (!found) throw new Error(key);
  return found;
};
const keys = ['parties', 'scope', 'disputes', 'signatures'] as const;
const template: ContractTemplate = {
  id: 1,
  key: 'licence-zh',
  name: '软件许可合同',
  lang: 'zh-CN',
  kind: 'licence',
  description: '',
  clauses: keys.map((key) => ({
    clauseId: clause(key).id,
    key,
    heading: clause(key).wordings[0]?.heading ?? '',
    category: clause(key).category,
    mandatory: clause(key).mandatory,
    wording: clause(key).wordings[0]?.key ?? '',
  })),
  terms: {
    signingPlace: '',
    signingDate: '',
    implementationDays: 90,
    paymentDays: 10,
    warrantyMonths: 12,
    maintenanceRateBp: 1500,
    liabilityCapBp: 10000,
    disputeBody: '上海仲裁委员会',
    trialDays: 30,
    copies: 4,
  },
};

describe('the template editor', () => {
  it('numbers the articles as the contract will, skipping the parties and the signatures', () => {
    const views = rowViews(stateOf(template).rows, library, 'zh-CN');
    expect(views.map((v) => v.number)).toEqual(['', '第一条', '第二条', '']);
  });

  it('adds a clause before the signatures, or after the row chosen; moves it', () => {
    const state = stateOf(template);
    const warranty = clause('warranty');
    const added = addRow(state, warranty, 'default', null, library);
    expect(added.state.rows.map((r) => r.clauseId)).toEqual([
      clause('parties').id,
      clause('scope').id,
      clause('disputes').id,
      warranty.id,
      clause('signatures').id,
    ]);
    const afterParties = addRow(state, warranty, 'default', `c${clause('parties').id}`, library);
    expect(afterParties.state.rows[1]?.clauseId).toBe(warranty.id);
    const moved = moveRow(added.state, 3, 2);
    expect(moved.rows[2]?.id).toBe(added.id);
  });

  it('turns a row into a copy of its clause, sent with the save', () => {
    const state = stateOf(template);
    const disputes = `c${clause('disputes').id}`;
    const copied = copyRow(state, disputes, { key: 'disputes-hk', heading: '争议解决（香港仲裁）' });
    const views = rowViews(copied.rows, library, 'zh-CN');
    expect([views[2]?.heading, views[2]?.key]).toEqual(['争议解决（香港仲裁）', 'disputes-hk']);
    expect(saveInput(1, copied).clauses[2]).toEqual({
      clauseId: clause('disputes').id,
      wording: clause('disputes').wordings[0]?.key,
      copy: { key: 'disputes-hk', heading: '争议解决（香港仲裁）' },
    });
  });

  it('finds the field errors of a row and none of its neighbours', () => {
    const fields = { 'clauses.1': 'a', 'clauses.1.wording': 'b', 'clauses.10': 'c', name: 'd' };
    expect(rowErrors(fields, 1)).toEqual(['a', 'b']);
  });
});
