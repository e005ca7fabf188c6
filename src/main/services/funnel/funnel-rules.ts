import type { Database } from 'better-sqlite3';
import { FunnelRulesSchema, type FunnelRules } from '../../../shared/api/funnel';
import { DEFAULT_ATTENTION_RULES, DEFAULT_FORECAST_RULES } from '../../../shared/funnel/funnel';
import { readSetting, writeSetting } from '../settings/settings-repository';

/** The manager's dashboard settings (stale / stuck days, forecast thresholds), in the settings table. */

const KEY = 'funnel.rules';

export const DEFAULT_FUNNEL_RULES: FunnelRules = { ...DEFAULT_ATTENTION_RULES, ...DEFAULT_FORECAST_RULES };

/** The saved rules; the defaults when none are saved or what is saved no longer reads. */
export function readFunnelRules(db: Database): FunnelRules {
  const text = readSetting(db, KEY);
  if (text === null) return { ...DEFAULT_FUNNEL_RULES };
  try {
    const parsed = FunnelRulesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { ...DEFAULT_FUNNEL_RULES };
  } catch {
    return { ...DEFAULT_FUNNEL_RULES };
  }
}

export function writeFunnelRules(db: Database, rules: FunnelRules): FunnelRules {
  writeSetting(db, KEY, JSON.stringify(rules));
  return readFunnelRules(db);
}
