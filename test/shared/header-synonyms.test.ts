import { describe, expect, it } from 'vitest';
import { autoMapping, fieldForHeader, headerSignature, normalizeHeader } from '../../src/shared/prices/header-synonyms';

describe('recognising columns by their header', () => {
  it.each([
    ['编码', 'code'],
    ['物料编码', 'code'],
    ['产品编码', 'code'],
    ['商品编码', 'code'],
    ['料号', 'code'],
    ['货号', 'code'],
    ['SKU', 'code'],
    ['Item Code', 'code'],
    ['Part Number', 'code'],
    ['名称', 'name'],
    ['产品名称', 'name'],
    ['品名', 'name'],
    ['Product Name', 'name'],
    ['Item', 'name'],
    ['规格型号', 'spec'],
    ['型号', 'spec'],
    ['Description', 'spec'],
    ['单位', 'unit'],
    ['计量单位', 'unit'],
    ['UOM', 'unit'],
    ['单价', 'price'],
    ['标准价', 'price'],
    ['报价', 'price'],
    ['含税单价', 'price'],
    ['List Price', 'price'],
    ['Unit Price', 'price'],
    ['成本', 'cost'],
    ['采购价', 'cost'],
    ['税率', 'vatRate'],
    ['增值税率', 'vatRate'],
    ['VAT', 'vatRate'],
    ['Tax Rate', 'vatRate'],
    ['类别', 'category'],
    ['大类', 'category'],
    ['类型', 'type'],
    ['Type', 'type'],
    ['最低折扣', 'floorDiscount'],
    ['折扣下限', 'floorDiscount'],
    ['Min Discount', 'floorDiscount'],
    ['状态', 'active'],
    ['启用', 'active'],
    ['备注', 'notes'],
    ['Remark', 'notes'],
  ])('%s is %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('looks past units, tax notes, required marks and spacing', () => {
    expect(fieldForHeader('标准单价（含税，元）')).toBe('price');
    expect(fieldForHeader('单价(元)*')).toBe('price');
    expect(fieldForHeader('Unit Price (CNY)')).toBe('price');
    expect(fieldForHeader('* 编 码：')).toBe('code');
    expect(fieldForHeader('最低折扣(%)')).toBe('floorDiscount');
  });

  it('reads a longer header by the word that decides it', () => {
    expect(fieldForHeader('销售单价含税')).toBe('price');
    expect(fieldForHeader('成本单价')).toBe('cost');
    expect(fieldForHeader('单位成本价')).toBe('cost');
    expect(fieldForHeader('产品类别名称')).toBe('category');
    expect(fieldForHeader('Item Description')).toBe('spec');
  });

  it('recognises nothing in a title, a note or a number', () => {
    expect(fieldForHeader('序号')).toBeNull();
    expect(fieldForHeader('68000')).toBeNull();
    expect(fieldForHeader('注：以上价格均为含税价格，有效期至 2026 年 12 月 31 日')).toBeNull();
  });

  it('normalises a header for comparison', () => {
    expect(normalizeHeader(' Unit Price（CNY） ')).toBe('unitprice');
    expect(normalizeHeader('【必填】物料编码*')).toBe('物料编码');
  });
});

describe('automatic mapping', () => {
  it('maps each field to its column', () => {
    expect(autoMapping(['物料编码', '产品名称', '规格型号', '单位', '标准单价（元）', '税率', null, '备注'])).toEqual({
      code: 0,
      name: 1,
      spec: 2,
      unit: 3,
      price: 4,
      vatRate: 5,
      notes: 7,
    });
  });

  it('prefers an exact header over a partial one, and the first of two', () => {
    expect(autoMapping(['销售单价含税', '编码', '单价', '报价'])).toEqual({ code: 1, price: 2 });
  });

  it('gives files of the same shape the same signature', () => {
    const a = headerSignature(['编码', '单价（元）', null, '', null]);
    const b = headerSignature([' 编码 ', '单价(元)']);
    expect(a).toBe(b);
    expect(a).toBe('编码|单价');
    expect(headerSignature(['编码', '名称'])).not.toBe(headerSignature(['名称', '编码']));
  });
});
