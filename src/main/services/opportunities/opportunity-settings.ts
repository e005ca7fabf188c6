import type { Database } from 'better-sqlite3';
import { OpportunitySettingsSchema, type OpportunitySettings } from '../../../shared/api/opportunities';
import { DEFAULT_PROBABILITY_WEIGHTS } from '../../../shared/opportunities/probability';
import { DEFAULT_QUALIFICATION_RULES } from '../../../shared/opportunities/qualification';
import { DEFAULT_STAGES } from '../../../shared/opportunities/stages';
import { readSetting, writeSetting } from '../settings/settings-repository';

/** The company's stages, qualification rules and probability weights, kept in the settings table. */

const KEY = 'opportunities.settings';

export function defaultOpportunitySettings(): OpportunitySettings {
  return structuredClone({
    stages: DEFAULT_STAGES,
    qualification: DEFAULT_QUALIFICATION_RULES,
    weights: DEFAULT_PROBABILITY_WEIGHTS,
    confirmationThreshold: 80,
  });
}

/** The saved settings; the defaults when none are saved or what is saved no longer reads. */
export function readOpportunitySettings(db: Database): OpportunitySettings {
  const text = readSetting(db, KEY);
  if (text === null) return defaultOpportunitySettings();
  try {
    const parsed = OpportunitySettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : defaultOpportunitySettings();
  } catch {
    return defaultOpportunitySettings();
  }
}

export function writeOpportunitySettings(db: Database, settings: OpportunitySettings): OpportunitySettings {
  writeSetting(db, KEY, JSON.stringify(settings));
  return readOpportunitySettings(db);
}

export function resetOpportunitySettings(db: Database): OpportunitySettings {
  db.prepare('DELETE FROM settings WHERE key = ?').run(KEY);
  return readOpportunitySettings(db);
}
