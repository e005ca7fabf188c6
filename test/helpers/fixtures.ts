import type { CompanyProfileInput } from '../../src/shared/api/company';

/** 1×1 transparent PNG. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A valid profile; tests change one field at a time. */
export function validCompany(overrides: Partial<CompanyProfileInput> = {}): CompanyProfileInput {
  return {
    name: '上海示例信息技术有限公司',
    shortName: '示例信息',
    address: '上海市浦东新区张江路 100 号',
    phone: '021-5080 1234',
    email: 'sales@example.com',
    website: 'https://www.example.com',
    taxId: '91310115MA1H7GXK13',
    bankName: '中国工商银行上海张江支行',
    bankAccount: '1001 2345 6789 0123 456',
    logo: { mime: 'image/png', dataBase64: TINY_PNG_BASE64 },
    defaultLanguage: 'zh-CN',
    defaultVatMode: 'inclusive',
    ...overrides,
  };
}
