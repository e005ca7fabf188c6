import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { versionKey } from '../../../shared/contract-drafts/clause-diff';
import type { ClauseWording, LibraryClause } from '../../../shared/contract-drafts/types';
import {
  ClauseInput,
  ClauseWording as ClauseWordingSchema,
  type ClauseSummary,
} from '../../../shared/api/contract-drafts';
import type { Locale } from '../../../shared/locale';
import { AppError } from '../../../shared/result';
import type { z } from 'zod';
import { STANDARD_CLAUSES_EN } from './standard-clauses.en';
import { STANDARD_CLAUSES_ZH } from './standard-clauses.zh-CN';
import { STANDARD_TEMPLATES } from './standard-templates';

/**
 * The clause library (条款库) and the starter library every database gets. A clause has versions;
 * saving a changed clause adds version n+1 and never touches version n, which contracts drafted
 * from it keep using. Templates are read and edited in template-repository.ts.
 */

interface ClauseRow {
  id: number;
  key: string;
  lang: Locale;
  category: LibraryClause['category'];
  current_version: number;
  updated_at: string;
}

interface VersionRow {
  clause_id: number;
  version: number;
  mandatory: number;
  wordings_json: string;
  note: string;
  created_by: string;
  created_at: string;
}

const Wordings = ClauseWordingSchema.array().min(1);

function parseWordings(json: string, where: string): ClauseWording[] {
  const parsed = Wordings.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`Stored clause ${where} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

function toLibraryClause(row: ClauseRow, version: VersionRow): LibraryClause {
  return {
    id: row.id,
    key: row.key,
    lang: row.lang,
    category: row.category,
    mandatory: version.mandatory === 1,
    version: version.version,
    wordings: parseWordings(version.wordings_json, `${row.key} v${version.version}`),
  };
}

const SUMMARY_SQL = `SELECT c.*, v.clause_id, v.version, v.mandatory, v.wordings_json, v.note, v.created_by, v.created_at,
    (SELECT COUNT(*) FROM clause_versions x WHERE x.clause_id = c.id) AS versions
  FROM clauses c JOIN clause_versions v ON v.clause_id = c.id AND v.version = c.current_version`;

type SummaryRow = ClauseRow & VersionRow & { versions: number };

function usageCounts(db: Database): Map<number, number> {
  const counts = new Map<number, number>();
  const rows = db
    .prepare(
      `SELECT DISTINCT r.contract_id, json_extract(e.value, '$.clauseId') AS clause_id
       FROM contract_revisions r, json_each(r.content_json, '$.clauses') e
       WHERE json_extract(e.value, '$.clauseId') IS NOT NULL`,
    )
    .all() as { contract_id: number; clause_id: number }[];
  for (const row of rows) counts.set(row.clause_id, (counts.get(row.clause_id) ?? 0) + 1);
  return counts;
}

function toSummary(row: SummaryRow, usage: Map<number, number>): ClauseSummary {
  return {
    ...toLibraryClause(row, row),
    versions: row.versions,
    updatedAt: row.updated_at,
    usedBy: usage.get(row.id) ?? 0,
  };
}

export function listClauses(db: Database, lang?: Locale): ClauseSummary[] {
  const usage = usageCounts(db);
  const rows = (
    lang === undefined
      ? db.prepare(`${SUMMARY_SQL} ORDER BY c.lang DESC, c.id`).all()
      : db.prepare(`${SUMMARY_SQL} WHERE c.lang = ? ORDER BY c.id`).all(lang)
  ) as SummaryRow[];
  return rows.map((row) => toSummary(row, usage));
}

export function getClause(db: Database, id: number, t: TFunction) {
  const row = db.prepare(`${SUMMARY_SQL} WHERE c.id = ?`).get(id) as SummaryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.contracts.clauseNotFound', { id }));
  const history = (
    db.prepare('SELECT * FROM clause_versions WHERE clause_id = ? ORDER BY version DESC').all(id) as VersionRow[]
  ).map((v) => ({
    version: v.version,
    mandatory: v.mandatory === 1,
    wordings: parseWordings(v.wordings_json, `${row.key} v${v.version}`),
    note: v.note,
    createdBy: v.created_by,
    createdAt: v.created_at,
  }));
  return { clause: toSummary(row, usageCounts(db)), history };
}

/** Saves a clause; an edit becomes a new version (an unchanged save adds nothing). */
export function saveClause(
  db: Database,
  input: z.output<typeof ClauseInput>,
  t: TFunction,
  now = new Date(),
): ClauseSummary {
  const at = now.toISOString();
  const wordingsJson = JSON.stringify(input.wordings);
  const id = db.transaction(() => {
    if (input.id === undefined) {
      const clash = db.prepare('SELECT id FROM clauses WHERE lang = ? AND key = ?').get(input.lang, input.key);
      if (clash) throw new AppError('CONFLICT', t('err.contracts.clauseKeyTaken', { key: input.key }));
      const newId = Number(
        db
          .prepare(
            `INSERT INTO clauses (key, lang, category, mandatory, current_version, created_at, updated_at)
             VALUES (?, ?, ?, ?, 1, ?, ?)`,
          )
          .run(input.key, input.lang, input.category, input.mandatory ? 1 : 0, at, at).lastInsertRowid,
      );
      db.prepare(
        `INSERT INTO clause_versions (clause_id, version, mandatory, wordings_json, note, created_by, created_at)
         VALUES (?, 1, ?, ?, ?, ?, ?)`,
      ).run(newId, input.mandatory ? 1 : 0, wordingsJson, input.note, input.by, at);
      return newId;
    }
    const row = db.prepare(`${SUMMARY_SQL} WHERE c.id = ?`).get(input.id) as SummaryRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', t('err.contracts.clauseNotFound', { id: input.id }));
    if (row.key !== input.key || row.lang !== input.lang) {
      throw new AppError('REFUSED', t('err.contracts.clauseIdentity'));
    }
    const unchanged =
      row.wordings_json === wordingsJson &&
      (row.mandatory === 1) === input.mandatory &&
      row.category === input.category;
    if (unchanged) return row.id;
    const version = row.current_version + 1;
    db.prepare(
      `INSERT INTO clause_versions (clause_id, version, mandatory, wordings_json, note, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(row.id, version, input.mandatory ? 1 : 0, wordingsJson, input.note, input.by, at);
    db.prepare('UPDATE clauses SET category = ?, mandatory = ?, current_version = ?, updated_at = ? WHERE id = ?').run(
      input.category,
      input.mandatory ? 1 : 0,
      version,
      at,
      row.id,
    );
    return row.id;
  })();
  return getClause(db, id, t).clause;
}

/** Library clauses at the given (id, version) pairs, keyed by versionKey. */
export function clauseVersions(
  db: Database,
  refs: readonly { clauseId: number; version: number }[],
): Map<string, LibraryClause> {
  const map = new Map<string, LibraryClause>();
  const clause = db.prepare('SELECT * FROM clauses WHERE id = ?');
  const version = db.prepare('SELECT * FROM clause_versions WHERE clause_id = ? AND version = ?');
  for (const ref of refs) {
    const key = versionKey(ref.clauseId, ref.version);
    if (map.has(key)) continue;
    const c = clause.get(ref.clauseId) as ClauseRow | undefined;
    const v = version.get(ref.clauseId, ref.version) as VersionRow | undefined;
    if (c && v) map.set(key, toLibraryClause(c, v));
  }
  return map;
}

/** The current version of every clause in a language. */
export function currentLibrary(db: Database, lang: Locale): LibraryClause[] {
  return (db.prepare(`${SUMMARY_SQL} WHERE c.lang = ? ORDER BY c.id`).all(lang) as SummaryRow[]).map((row) =>
    toLibraryClause(row, row),
  );
}

// ---------------------------------------------------------------------------
// The starter library
// ---------------------------------------------------------------------------

/**
 * Writes the standard clauses and templates into a database that has none (a new one, or one
 * migrated from before contracts existed). Run at every open; does nothing once seeded.
 */
export function ensureStandardLibrary(db: Database, now = new Date()): void {
  const count = db.prepare('SELECT COUNT(*) FROM clauses').pluck().get() as number;
  if (count > 0) return;
  const at = now.toISOString();
  db.transaction(() => {
    const ids = new Map<string, number>();
    const addClause = db.prepare(
      `INSERT INTO clauses (key, lang, category, mandatory, current_version, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?)`,
    );
    const addVersion = db.prepare(
      `INSERT INTO clause_versions (clause_id, version, mandatory, wordings_json, note, created_by, created_at)
       VALUES (?, 1, ?, ?, '', '', ?)`,
    );
    for (const seed of [...STANDARD_CLAUSES_ZH, ...STANDARD_CLAUSES_EN]) {
      const id = Number(
        addClause.run(seed.key, seed.lang, seed.category, seed.mandatory ? 1 : 0, at, at).lastInsertRowid,
      );
      addVersion.run(id, seed.mandatory ? 1 : 0, JSON.stringify(seed.wordings), at);
      ids.set(`${seed.lang}/${seed.key}`, id);
    }
    const addTemplate = db.prepare(
      `INSERT INTO contract_templates (key, name, lang, kind, description, clauses_json, terms_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const template of STANDARD_TEMPLATES) {
      const clauses = template.clauses.map((ref) => {
        const clauseId = ids.get(`${template.lang}/${ref.key}`);
        if (clauseId === undefined) throw new Error(`Template ${template.key} refers to a missing clause ${ref.key}`);
        const seed = [...STANDARD_CLAUSES_ZH, ...STANDARD_CLAUSES_EN].find(
          (c) => c.lang === template.lang && c.key === ref.key,
        );
        return { clauseId, wording: ref.wording ?? seed?.wordings[0]?.key ?? 'default' };
      });
      addTemplate.run(
        template.key,
        template.name,
        template.lang,
        template.kind,
        template.description,
        JSON.stringify(clauses),
        JSON.stringify(template.terms),
        at,
        at,
      );
    }
  })();
}
