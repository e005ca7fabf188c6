import { z } from 'zod';
import { normaliseTaxId, taxIdProblem } from '../tax-id';
import { LOCALES } from '../locale';
import { method, NoInput, text } from './common';

export const VAT_MODES = ['inclusive', 'exclusive'] as const;
export const VatMode = z.enum(VAT_MODES, 'err.invalidChoice');
export type VatMode = z.infer<typeof VatMode>;

export const MAX_LOGO_BYTES = 1024 * 1024;
/** Base64 of the first bytes of each accepted image type. */
const LOGO_SIGNATURES = { 'image/png': 'iVBORw0KGgo', 'image/jpeg': '/9j/' } as const;

export const Logo = z
  .object({
    mime: z.enum(['image/png', 'image/jpeg'], 'err.logoType'),
    dataBase64: z.string().min(1, 'err.logoCorrupt'),
  })
  .superRefine((logo, ctx) => {
    if (!logo.dataBase64.startsWith(LOGO_SIGNATURES[logo.mime])) {
      ctx.addIssue({ code: 'custom', message: 'err.logoType', path: [] });
    } else if (Math.floor((logo.dataBase64.length * 3) / 4) > MAX_LOGO_BYTES) {
      ctx.addIssue({ code: 'custom', message: 'err.logoTooLarge', path: [] });
    }
  });
export type Logo = z.infer<typeof Logo>;

export const PHONE = /^[0-9+\-() 转ext.]*$/;
export const EMAIL = /^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^$|^(https?:\/\/)?([\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}(:\d+)?(\/\S*)?$/u;
export const BANK_ACCOUNT = /^$|^\d[\d -]{6,40}\d$/;

export const TaxId = z
  .string()
  .transform(normaliseTaxId)
  .superRefine((code, ctx) => {
    if (code === '') return;
    const problem = taxIdProblem(code);
    if (problem === 'length')
      ctx.addIssue({ code: 'custom', message: 'err.taxIdLength', params: { length: code.length } });
    if (problem === 'characters') ctx.addIssue({ code: 'custom', message: 'err.taxIdCharacters' });
    if (problem === 'checkDigit') ctx.addIssue({ code: 'custom', message: 'err.taxIdCheckDigit' });
  });

export const CompanyProfileInput = z.object({
  name: z.string().trim().min(1, 'err.required').max(100, 'err.tooLong'),
  shortName: text(30),
  address: text(200),
  phone: text(40).regex(PHONE, 'err.phone'),
  email: text(100).regex(EMAIL, 'err.email'),
  website: text(200).regex(WEBSITE, 'err.website'),
  taxId: TaxId,
  bankName: text(100),
  bankAccount: text(40)
    .regex(BANK_ACCOUNT, 'err.bankAccount')
    .refine((v) => v === '' || v.replace(/\D/g, '').length <= 32, 'err.bankAccount'),
  /** 法定代表人, printed on contracts. */
  representative: text(40).default(''),
  logo: Logo.nullable(),
  defaultLanguage: z.enum(LOCALES, 'err.invalidChoice'),
  defaultVatMode: VatMode,
});
export type CompanyProfileInput = z.input<typeof CompanyProfileInput>;

/** A blank profile: what the form starts from and what `company set` fills in. */
export const EMPTY_COMPANY: CompanyProfileInput = {
  name: '',
  shortName: '',
  address: '',
  phone: '',
  email: '',
  website: '',
  taxId: '',
  bankName: '',
  bankAccount: '',
  representative: '',
  logo: null,
  defaultLanguage: 'zh-CN',
  defaultVatMode: 'inclusive',
};

export const CompanyProfile = z.object({
  name: z.string(),
  shortName: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  taxId: z.string(),
  bankName: z.string(),
  bankAccount: z.string(),
  representative: z.string(),
  logo: z.object({ mime: z.enum(['image/png', 'image/jpeg']), dataBase64: z.string() }).nullable(),
  defaultLanguage: z.enum(LOCALES),
  defaultVatMode: VatMode,
  /** True while this is still the seeded demo company (saving makes it the user's own). */
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type CompanyProfile = z.infer<typeof CompanyProfile>;

export const companyMethods = {
  'company.get': method({
    input: NoInput,
    output: CompanyProfile.nullable(),
    doc: 'The company profile every document carries, or null before one is entered.',
  }),
  'company.save': method({
    input: CompanyProfileInput,
    output: CompanyProfile,
    doc: 'Validates and stores the whole profile in one write; a saved profile is no longer demo data.',
  }),
};
