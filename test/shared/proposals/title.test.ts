import { describe, expect, it } from 'vitest';
import type { MergeValues } from '../../../src/shared/proposals/merge-fields';
import { documentFileName, resolveTitle } from '../../../src/shared/proposals/title';

const values: MergeValues = {
  'customer.name': '宁波四海商贸有限公司',
  'customer.shortName': '四海商贸',
  'solution.name': '分销行业解决方案',
  'quote.number': 'BJ-2026-0001-A',
  'quote.total': '¥186,400.00',
  'company.shortName': '云帆软件',
  today: '2026-12-08',
};

describe('resolveTitle: a title as the reader sees it', () => {
  it('fills the fields it has values for, with or without spaces inside the braces', () => {
    expect(resolveTitle('{{customer.shortName}} 分销行业解决方案建议书', values)).toBe(
      '四海商贸 分销行业解决方案建议书',
    );
    expect(resolveTitle('{{ customer.name }}（{{quote.number}}）', values)).toBe(
      '宁波四海商贸有限公司（BJ-2026-0001-A）',
    );
    expect(resolveTitle('{{company.shortName}}致{{customer.shortName}}：报价 {{quote.total}}', values)).toBe(
      '云帆软件致四海商贸：报价 ¥186,400.00',
    );
  });

  it('leaves a title without fields exactly as it is', () => {
    expect(resolveTitle('四海商贸  ERP 方案', values)).toBe('四海商贸  ERP 方案');
    expect(resolveTitle('', values)).toBe('');
  });

  it('keeps an unknown field visible as written, so the typo shows', () => {
    expect(resolveTitle('{{customer.shortname}} 建议书', values)).toBe('{{customer.shortname}} 建议书');
    expect(resolveTitle('{{ customer.fax }} · {{customer.shortName}}', values)).toBe('{{ customer.fax }} · 四海商贸');
  });

  it('drops a known field without a value and tidies the spaces it leaves', () => {
    const none: MergeValues = { 'customer.shortName': '', 'quote.number': '   ' };
    expect(resolveTitle('{{customer.shortName}} 分销行业解决方案建议书', none)).toBe('分销行业解决方案建议书');
    expect(resolveTitle('分销方案 {{quote.number}}', none)).toBe('分销方案');
    expect(resolveTitle('ERP {{customer.shortName}} 方案', none)).toBe('ERP 方案');
    expect(resolveTitle('ERP {{customer.shortName}} {{quote.number}}  方案', none)).toBe('ERP 方案');
    expect(resolveTitle('致{{customer.shortName}}的方案', none)).toBe('致的方案');
    // A field missing from the values altogether counts as empty (e.g. no quote linked).
    expect(resolveTitle('{{quote.validUntil}} 前有效的方案', {})).toBe('前有效的方案');
  });

  it('tidies a full-width space next to a removed field too', () => {
    expect(resolveTitle('{{customer.shortName}}\u3000建议书', {})).toBe('建议书');
  });

  it('{{proposal.title}} inside the title has nothing to give and stays as written', () => {
    expect(resolveTitle('{{proposal.title}} 附件', { 'proposal.title': '{{proposal.title}} 附件' })).toBe(
      '{{proposal.title}} 附件',
    );
  });
});

describe('documentFileName: a title every file system accepts', () => {
  it('keeps Chinese titles and their punctuation', () => {
    expect(documentFileName('四海商贸 分销行业解决方案建议书', 'docx', '建议书')).toBe(
      '四海商贸 分销行业解决方案建议书.docx',
    );
    expect(documentFileName('方案（第二版）：终稿', 'pdf', '建议书')).toBe('方案（第二版）：终稿.pdf');
  });

  it('replaces the characters Windows refuses, and control characters', () => {
    expect(documentFileName('A/B\\C:D*E?F"G<H>I|J', 'pdf', 'x')).toBe('A_B_C_D_E_F_G_H_I_J.pdf');
    expect(documentFileName('第一行\n第二行\t完', 'pdf', 'x')).toBe('第一行 第二行 完.pdf');
    expect(documentFileName('响铃\u0007', 'pdf', 'x')).toBe('响铃_.pdf');
  });

  it('drops leading and trailing dots and spaces, squeezes spaces', () => {
    expect(documentFileName('  ..方案书...  ', 'docx', 'x')).toBe('方案书.docx');
    expect(documentFileName('四海商贸    建议书', 'docx', 'x')).toBe('四海商贸 建议书.docx');
  });

  it('cuts at 80 whole characters, never half a surrogate pair, and trims again after the cut', () => {
    const long = `${'方'.repeat(79)}𠀀𠀀𠀀`;
    const name = documentFileName(long, 'pdf', 'x');
    expect([...name.replace(/\.pdf$/, '')]).toHaveLength(80);
    expect(name).toBe(`${'方'.repeat(79)}𠀀.pdf`);
    expect(documentFileName(`${'a'.repeat(79)} b`, 'pdf', 'x')).toBe(`${'a'.repeat(79)}.pdf`);
  });

  it('never a reserved device name, never empty', () => {
    expect(documentFileName('CON', 'pdf', 'x')).toBe('_CON.pdf');
    expect(documentFileName('lpt1', 'docx', 'x')).toBe('_lpt1.docx');
    expect(documentFileName('CONTRACT', 'pdf', 'x')).toBe('CONTRACT.pdf');
    expect(documentFileName('...', 'pdf', '建议书')).toBe('建议书.pdf');
    expect(documentFileName('', 'pdf', '')).toBe('document.pdf');
  });
});
