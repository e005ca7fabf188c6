import fs from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import type { Locale } from '../../shared/locale';
import type { CliEnv } from './main';
import { CliFailure } from './output';

/** Options several commands share: --format lists, --lang, writing a returned file into --out. */

export function parseFormatList<T extends string>(text: string, allowed: readonly T[], t: TFunction): T[] {
  const formats = text.split(',').map((f) => f.trim().toLowerCase());
  if (formats.length === 0 || formats.some((f) => !(allowed as readonly string[]).includes(f))) {
    throw new CliFailure(t('cli.proposals.badFormat', { value: text, allowed: allowed.join(', ') }));
  }
  return [...new Set(formats)] as T[];
}

export function parseLang(text: string | undefined, fallback: Locale, t: TFunction): Locale {
  if (text === undefined) return fallback;
  if (text === 'zh' || text === 'zh-CN') return 'zh-CN';
  if (text === 'en') return 'en';
  throw new CliFailure(t('cli.quotes.badLang', { value: text }));
}

/** Writes a returned file into `dir` (created if missing) and prints its path. */
export function writeOutput(dir: string, file: { fileName: string; dataBase64: string }, io: CliEnv['io']): void {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(path.resolve(dir), file.fileName);
  fs.writeFileSync(target, Buffer.from(file.dataBase64, 'base64'));
  io.out(target);
}
