import type { Database } from 'better-sqlite3';
import type { CompanyProfile, Logo } from '../../../shared/api/company';
import type { Locale } from '../../../shared/locale';
import type { VatMode } from '../../../shared/api/company';

interface CompanyRow {
  name: string;
  short_name: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  tax_id: string;
  bank_name: string;
  bank_account: string;
  representative: string;
  logo: Buffer | null;
  logo_mime: string | null;
  default_language: Locale;
  default_vat_mode: VatMode;
  is_demo: number;
  updated_at: string;
}

/** What the repository stores: the profile without its bookkeeping fields. */
export type CompanyProfileData = Omit<CompanyProfile, 'isDemo' | 'updatedAt'>;

function toProfile(row: CompanyRow): CompanyProfile {
  const logo: Logo | null =
    row.logo && (row.logo_mime === 'image/png' || row.logo_mime === 'image/jpeg')
      ? { mime: row.logo_mime, dataBase64: row.logo.toString('base64') }
      : null;
  return {
    name: row.name,
    shortName: row.short_name,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    taxId: row.tax_id,
    bankName: row.bank_name,
    bankAccount: row.bank_account,
    representative: row.representative,
    logo,
    defaultLanguage: row.default_language,
    defaultVatMode: row.default_vat_mode,
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
  };
}

export function getCompany(db: Database): CompanyProfile | null {
  const row = db.prepare('SELECT * FROM company_profile WHERE id = 1').get() as CompanyRow | undefined;
  return row ? toProfile(row) : null;
}

/** Writes the whole profile (there is exactly one); `isDemo` marks the seeded demo company. */
export function putCompany(db: Database, data: CompanyProfileData, isDemo: boolean, now = new Date()): CompanyProfile {
  db.prepare(
    `INSERT INTO company_profile (id, name, short_name, address, phone, email, website, tax_id, bank_name,
       bank_account, representative, logo, logo_mime, default_language, default_vat_mode, is_demo, updated_at)
     VALUES (1, @name, @shortName, @address, @phone, @email, @website, @taxId, @bankName,
       @bankAccount, @representative, @logo, @logoMime, @defaultLanguage, @defaultVatMode, @isDemo, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       name = excluded.name, short_name = excluded.short_name, address = excluded.address,
       phone = excluded.phone, email = excluded.email, website = excluded.website,
       tax_id = excluded.tax_id, bank_name = excluded.bank_name, bank_account = excluded.bank_account,
       representative = excluded.representative,
       logo = excluded.logo, logo_mime = excluded.logo_mime, default_language = excluded.default_language,
       default_vat_mode = excluded.default_vat_mode, is_demo = excluded.is_demo, updated_at = excluded.updated_at`,
  ).run({
    ...data,
    logo: data.logo ? Buffer.from(data.logo.dataBase64, 'base64') : null,
    logoMime: data.logo?.mime ?? null,
    isDemo: isDemo ? 1 : 0,
    updatedAt: now.toISOString(),
  });
  const saved = getCompany(db);
  if (!saved) throw new Error('company profile vanished after saving');
  return saved;
}
