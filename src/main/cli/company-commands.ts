import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import type { CompanyProfile, CompanyProfileInput } from '../../shared/api/company';
import { translator } from '../../shared/i18n';
import { invoke } from './invoke';
import type { CliEnv } from './main';
import { CliFailure, unwrap } from './output';

/** Profile field → the flag that sets it, so an error names what the user typed. */
const FLAGS = {
  name: '--name',
  shortName: '--short-name',
  address: '--address',
  phone: '--phone',
  email: '--email',
  website: '--website',
  taxId: '--tax-id',
  bankName: '--bank',
  bankAccount: '--account',
  representative: '--representative',
  logo: '--logo',
  defaultLanguage: '--language',
  defaultVatMode: '--vat-mode',
} as const satisfies Record<keyof CompanyProfileInput, string>;

type SetOptions = Partial<Record<Exclude<keyof CompanyProfileInput, 'logo'>, string>> & { logo?: string | false };

function readLogo(file: string, t: TFunction): CompanyProfileInput['logo'] {
  try {
    const bytes = fs.readFileSync(file);
    const mime = /\.jpe?g$/i.test(file) ? 'image/jpeg' : 'image/png';
    return { mime, dataBase64: bytes.toString('base64') };
  } catch (error) {
    throw new CliFailure(
      t('cli.logoUnreadable', { file, detail: error instanceof Error ? error.message : String(error) }),
    );
  }
}

function describe(profile: CompanyProfile, t: TFunction): string {
  const rows: [string, string][] = [
    [t('company.fields.name'), profile.name + (profile.isDemo ? ` ${t('cli.demo')}` : '')],
    [t('company.fields.shortName'), profile.shortName],
    [t('company.fields.address'), profile.address],
    [t('company.fields.phone'), profile.phone],
    [t('company.fields.email'), profile.email],
    [t('company.fields.website'), profile.website],
    [t('company.fields.taxId'), profile.taxId],
    [t('company.fields.bankName'), profile.bankName],
    [t('company.fields.bankAccount'), profile.bankAccount],
    [t('company.fields.representative'), profile.representative],
    [
      t('cli.logo'),
      profile.logo ? `${profile.logo.mime}, ${Math.round((profile.logo.dataBase64.length * 3) / 4)} B` : t('cli.none'),
    ],
    [t('company.fields.defaultLanguage'), t(`language.${profile.defaultLanguage}`)],
    [t('company.fields.defaultVatMode'), t(`company.vatMode.${profile.defaultVatMode}`)],
  ];
  return rows.map(([label, value]) => `${label}: ${value}`).join('\n');
}

export function registerCompanyCommands(program: Command, { io, openContext }: CliEnv): void {
  const company = program.command('company').description('the company profile every document carries');
  company
    .command('show')
    .description('print the company profile')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const profile = unwrap(await invoke(ctx, 'company.get', {}));
      if (opts.json) return io.out(JSON.stringify(profile, null, 2));
      io.out(profile ? describe(profile, t) : t('cli.companyNone'));
    });

  const set = company.command('set').description('change fields of the company profile (others stay as they are)');
  for (const [field, flag] of Object.entries(FLAGS)) {
    if (field === 'logo') continue;
    set.option(`${flag} <value>`, `${field}`);
  }
  set
    .option('--logo <file>', 'PNG or JPEG file, at most 1 MB')
    .option('--no-logo', 'remove the logo')
    .action(async (opts: SetOptions) => {
      const ctx = await openContext();
      const t = translator(ctx.locale());
      const current = unwrap(await invoke(ctx, 'company.get', {}));
      // The contract's modules (zod schemas) load with the command, not at start.
      const { EMPTY_COMPANY } = await import('../../shared/api/company');
      const input: CompanyProfileInput = { ...EMPTY_COMPANY };
      if (current)
        for (const key of Object.keys(FLAGS) as (keyof typeof FLAGS)[]) Object.assign(input, { [key]: current[key] });
      for (const key of Object.keys(FLAGS) as (keyof typeof FLAGS)[]) {
        const value = opts[key];
        if (key === 'logo') {
          if (value === false) input.logo = null;
          else if (typeof value === 'string') input.logo = readLogo(path.resolve(value), t);
        } else if (typeof value === 'string') {
          Object.assign(input, { [key]: value });
        }
      }
      unwrap(await invoke(ctx, 'company.save', input), (field) => FLAGS[field as keyof typeof FLAGS] ?? field);
      io.out(t('cli.companySaved'));
    });
}
