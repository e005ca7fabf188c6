import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { QuoteSettingsSchema, type QuoteSettings } from '../../../shared/api/quotes';
import { DEFAULT_APPROVAL_RULES, type ApprovalRules } from '../../../shared/quotes/approval';
import { readSetting, writeSetting } from '../settings/settings-repository';

const KEY = 'quotes.settings';
const EXPORT_FOLDER_KEY = 'quotes.exportFolder';

export const DEFAULT_QUOTE_SETTINGS: QuoteSettings = {
  numberPrefix: 'BJ',
  validityDays: 30,
  minMarginBp: DEFAULT_APPROVAL_RULES.minMarginBp,
  maxWholeDiscountBp: DEFAULT_APPROVAL_RULES.maxWholeDiscountBp,
  defaultMilestones: [
    { label: '合同签订后', percentBp: 3000 },
    { label: '系统上线后', percentBp: 6000 },
    { label: '项目验收后', percentBp: 1000 },
  ],
  preparedBy: '',
};

/** The stored settings; a missing or unreadable value falls back to the defaults, field by field. */
export function readQuoteSettings(db: Database): QuoteSettings {
  const raw = readSetting(db, KEY);
  if (raw === null) return DEFAULT_QUOTE_SETTINGS;
  try {
    const parsed = QuoteSettingsSchema.safeParse({ ...DEFAULT_QUOTE_SETTINGS, ...(JSON.parse(raw) as object) });
    return parsed.success ? parsed.data : DEFAULT_QUOTE_SETTINGS;
  } catch {
    return DEFAULT_QUOTE_SETTINGS;
  }
}

export function writeQuoteSettings(db: Database, settings: QuoteSettings): QuoteSettings {
  writeSetting(db, KEY, JSON.stringify(settings));
  return readQuoteSettings(db);
}

export function approvalRulesOf(settings: QuoteSettings): ApprovalRules {
  return { minMarginBp: settings.minMarginBp, maxWholeDiscountBp: settings.maxWholeDiscountBp };
}

export function lastExportFolder(db: Database): string {
  return readSetting(db, EXPORT_FOLDER_KEY) ?? path.join(os.homedir(), 'Documents', 'Presales Workbench');
}

export function rememberExportFolder(db: Database, folder: string): void {
  writeSetting(db, EXPORT_FOLDER_KEY, folder);
}
