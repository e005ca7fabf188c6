import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import {
  DemoScriptSchema,
  DemoScriptSettings,
  type DemoScriptDetail,
  type DemoScriptSettings as Settings,
} from '../../../shared/api/demo-scripts';
import { generateDemoScript } from '../../../shared/demo-script/generate';
import { regenerateDemoScript } from '../../../shared/demo-script/regenerate';
import type { DemoScript, DemoScriptInput, RegenerateResult } from '../../../shared/demo-script/types';
import { AppError } from '../../../shared/result';
import { findCustomer } from '../customers/customer-repository';
import { getSolution } from '../library/library-repository';
import { documentOwner, opportunityOf } from '../opportunities/opportunity-links';

/**
 * Demo scripts (演示脚本) in SQLite: the settings they were generated from, the last generated
 * script and the script as edited. Keeping the generated one is what lets regeneration tell a
 * hand edit from generated text (regenerate.ts) and never overwrite it silently.
 */

interface Row {
  id: number;
  title: string;
  input_json: string;
  generated_json: string;
  script_json: string;
  is_demo: number;
  updated_at: string;
}

function row(db: Database, id: number, t: TFunction): Row {
  const found = db.prepare('SELECT * FROM demo_scripts WHERE id = ?').get(id) as Row | undefined;
  if (!found) throw new AppError('NOT_FOUND', t('err.demoScripts.notFound', { id }));
  return found;
}

function parse<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  json: string,
  r: Row,
  t: TFunction,
): T {
  const parsed = schema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new AppError('INTERNAL', t('err.demoScripts.corrupt', { title: r.title }));
  return parsed.data;
}

/** The generator's input: the chosen modules with their features, from the library. */
export function generatorInput(db: Database, settings: Settings, t: TFunction): DemoScriptInput {
  const customer = settings.customerId === null ? null : findCustomer(db, settings.customerId);
  const solution = settings.solutionId === null ? null : getSolution(db, settings.solutionId, t);
  const modules = (solution?.modules ?? []).filter((m) => settings.moduleIds.includes(m.id));
  if (modules.length === 0) {
    throw new AppError('INVALID_INPUT', t('err.invalidInput'), { moduleIds: t('err.demoScripts.noModules') });
  }
  return {
    locale: settings.locale,
    customerName: customer?.name ?? '',
    industry: customer?.industry || solution?.industry || '',
    modules: modules.map((m) => ({
      id: String(m.id),
      name: m.name,
      itemCode: m.itemCode,
      description: m.description,
      features: m.features,
    })),
    roles: settings.roles,
    ...(settings.totalMinutes === null ? {} : { totalMinutes: settings.totalMinutes }),
    similarCustomers: settings.similarCustomers,
  };
}

/** Steps whose content differs from what was generated (edited, added by hand). */
function editedSteps(generated: DemoScript, script: DemoScript): string[] {
  const before = new Map(generated.steps.map((s) => [s.id, JSON.stringify(s)]));
  return script.steps.filter((s) => before.get(s.id) !== JSON.stringify(s)).map((s) => s.id);
}

export function getDemoScript(db: Database, id: number, t: TFunction): DemoScriptDetail {
  const r = row(db, id, t);
  const settings = parse(DemoScriptSettings, r.input_json, r, t);
  const generated = parse(DemoScriptSchema, r.generated_json, r, t);
  const script = parse(DemoScriptSchema, r.script_json, r, t);
  return {
    id: r.id,
    opportunity: opportunityOf(db, 'demo_scripts', r.id),
    settings,
    script,
    editedSteps: editedSteps(generated, script),
    isDemo: r.is_demo === 1,
    updatedAt: r.updated_at,
  };
}

export function listDemoScripts(db: Database) {
  const rows = db
    .prepare(
      `SELECT s.id, s.title, s.script_json, s.updated_at, coalesce(c.name, '') AS customer_name
       FROM demo_scripts s LEFT JOIN customers c ON c.id = s.customer_id ORDER BY s.updated_at DESC, s.id DESC`,
    )
    .all() as { id: number; title: string; script_json: string; updated_at: string; customer_name: string }[];
  return rows.map((r) => {
    const script = JSON.parse(r.script_json) as Partial<DemoScript>;
    return {
      id: r.id,
      title: r.title,
      customerName: r.customer_name,
      totalMinutes: script.totalMinutes ?? 0,
      steps: script.steps?.length ?? 0,
      updatedAt: r.updated_at,
    };
  });
}

export function createDemoScript(
  db: Database,
  input: Settings & { opportunityId?: number | null },
  t: TFunction,
  options: { isDemo?: boolean } = {},
): DemoScriptDetail {
  const { opportunityId, ...chosen } = input;
  const owner = documentOwner(db, opportunityId, chosen.customerId, t);
  const settings: Settings = { ...chosen, customerId: owner.customerId };
  const generated = generateDemoScript(generatorInput(db, settings, t));
  const iso = new Date().toISOString();
  const id = db
    .prepare(
      `INSERT INTO demo_scripts (title, customer_id, opportunity_id, input_json, generated_json, script_json, is_demo,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      settings.title,
      settings.customerId,
      owner.opportunityId,
      JSON.stringify(settings),
      JSON.stringify(generated),
      JSON.stringify(generated),
      options.isDemo ? 1 : 0,
      iso,
      iso,
    ).lastInsertRowid;
  return getDemoScript(db, Number(id), t);
}

export function saveDemoScript(
  db: Database,
  id: number,
  title: string,
  script: DemoScript,
  t: TFunction,
): DemoScriptDetail {
  const r = row(db, id, t);
  const settings = { ...parse(DemoScriptSettings, r.input_json, r, t), title };
  db.prepare(
    'UPDATE demo_scripts SET title = ?, input_json = ?, script_json = ?, is_demo = 0, updated_at = ? WHERE id = ?',
  ).run(title, JSON.stringify(settings), JSON.stringify(script), new Date().toISOString(), id);
  return getDemoScript(db, id, t);
}

/**
 * Generates again with new settings and merges three ways (regenerate.ts): untouched text
 * follows the generator, hand edits stay and are reported. The fresh script becomes the new
 * "last generated", so the same edits are not reported again next time.
 */
export function regenerate(
  db: Database,
  id: number,
  settings: Settings,
  t: TFunction,
): { detail: DemoScriptDetail } & Omit<RegenerateResult, 'script'> {
  const r = row(db, id, t);
  const previous = parse(DemoScriptSchema, r.generated_json, r, t);
  const current = parse(DemoScriptSchema, r.script_json, r, t);
  const fresh = generateDemoScript(generatorInput(db, settings, t));
  const merged = regenerateDemoScript(previous, current, fresh);
  db.prepare(
    `UPDATE demo_scripts SET title = ?, customer_id = ?, input_json = ?, generated_json = ?, script_json = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    settings.title,
    settings.customerId,
    JSON.stringify(settings),
    JSON.stringify(fresh),
    JSON.stringify(merged.script),
    new Date().toISOString(),
    id,
  );
  return {
    detail: getDemoScript(db, id, t),
    conflicts: merged.conflicts,
    removedEditedSteps: merged.removedEditedSteps,
  };
}

export function deleteDemoScript(db: Database, id: number, t: TFunction): void {
  row(db, id, t);
  db.prepare('DELETE FROM demo_scripts WHERE id = ?').run(id);
}
