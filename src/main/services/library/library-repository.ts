import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { LibrarySection, LibrarySectionInput, Solution, SolutionInput } from '../../../shared/api/library';
import { plainText, RichDocSchema } from '../../../shared/rich-text';
import { AppError } from '../../../shared/result';

/**
 * The solution library (方案库): industry solutions with modules and features, and reusable
 * rich-text sections. Sections keep their plain text beside the JSON, so search (Chinese
 * substrings included) is a LIKE over one column.
 */

interface SectionRow {
  id: number;
  kind: LibrarySection['kind'];
  title: string;
  tags: string;
  body_json: string;
  archived: number;
  is_demo: number;
  updated_at: string;
}

function parseTags(json: string): string[] {
  try {
    const tags = JSON.parse(json) as unknown;
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

function toSection(row: SectionRow, t: TFunction): LibrarySection {
  const body = RichDocSchema.safeParse(JSON.parse(row.body_json));
  if (!body.success) throw new AppError('INTERNAL', t('err.library.corrupt', { title: row.title }));
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    tags: parseTags(row.tags),
    body: body.data,
    archived: row.archived === 1,
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
  };
}

const like = (query: string) => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function listSections(db: Database, query: string, includeArchived: boolean, t: TFunction): LibrarySection[] {
  const rows = db
    .prepare(
      `SELECT * FROM library_sections
       WHERE (? OR archived = 0)
         AND (? = '' OR title LIKE ? ESCAPE '\\' OR tags LIKE ? ESCAPE '\\' OR search_text LIKE ? ESCAPE '\\')
       ORDER BY kind, title`,
    )
    .all(includeArchived ? 1 : 0, query, like(query), like(query), like(query)) as SectionRow[];
  return rows.map((row) => toSection(row, t));
}

export function getSection(db: Database, id: number, t: TFunction): LibrarySection {
  const row = db.prepare('SELECT * FROM library_sections WHERE id = ?').get(id) as SectionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.library.sectionNotFound', { id }));
  return toSection(row, t);
}

export function saveSection(
  db: Database,
  input: z.output<typeof LibrarySectionInput>,
  t: TFunction,
  options: { isDemo?: boolean } = {},
): LibrarySection {
  const iso = new Date().toISOString();
  const values = [
    input.kind,
    input.title,
    JSON.stringify(input.tags),
    JSON.stringify(input.body),
    plainText(input.body),
  ];
  if (input.id === undefined) {
    const id = db
      .prepare(
        `INSERT INTO library_sections (kind, title, tags, body_json, search_text, is_demo, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...values, options.isDemo ? 1 : 0, iso, iso).lastInsertRowid;
    return getSection(db, Number(id), t);
  }
  getSection(db, input.id, t);
  db.prepare(
    `UPDATE library_sections SET kind = ?, title = ?, tags = ?, body_json = ?, search_text = ?, is_demo = 0,
       updated_at = ? WHERE id = ?`,
  ).run(...values, iso, input.id);
  return getSection(db, input.id, t);
}

export function duplicateSection(db: Database, id: number, t: TFunction): LibrarySection {
  const section = getSection(db, id, t);
  return saveSection(db, { ...section, id: undefined, title: t('library.copyOf', { title: section.title }) }, t);
}

export function archiveSection(db: Database, id: number, archived: boolean, t: TFunction): LibrarySection {
  getSection(db, id, t);
  db.prepare('UPDATE library_sections SET archived = ?, updated_at = ? WHERE id = ?').run(
    archived ? 1 : 0,
    new Date().toISOString(),
    id,
  );
  return getSection(db, id, t);
}

interface SolutionRow {
  id: number;
  code: string;
  name: string;
  industry: string;
  summary: string;
  tags: string;
  archived: number;
  is_demo: number;
  updated_at: string;
}

function toSolution(db: Database, row: SolutionRow): Solution {
  const modules = db
    .prepare(
      'SELECT id, name, item_code, description FROM solution_modules WHERE solution_id = ? ORDER BY sort_order, id',
    )
    .all(row.id) as { id: number; name: string; item_code: string; description: string }[];
  const features = db.prepare(
    'SELECT name, description FROM solution_features WHERE module_id = ? ORDER BY sort_order, id',
  );
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    industry: row.industry,
    summary: row.summary,
    tags: parseTags(row.tags),
    archived: row.archived === 1,
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
    modules: modules.map((m) => ({
      id: m.id,
      name: m.name,
      itemCode: m.item_code,
      description: m.description,
      features: features.all(m.id) as { name: string; description: string }[],
    })),
  };
}

export function listSolutions(db: Database, query: string, includeArchived: boolean): Solution[] {
  const rows = db
    .prepare(
      `SELECT * FROM solutions s
       WHERE (? OR archived = 0)
         AND (? = '' OR s.name LIKE ? ESCAPE '\\' OR s.industry LIKE ? ESCAPE '\\' OR s.tags LIKE ? ESCAPE '\\'
              OR s.summary LIKE ? ESCAPE '\\'
              OR EXISTS (SELECT 1 FROM solution_modules m WHERE m.solution_id = s.id AND m.name LIKE ? ESCAPE '\\'))
       ORDER BY s.name`,
    )
    .all(includeArchived ? 1 : 0, query, ...Array<string>(5).fill(like(query))) as SolutionRow[];
  return rows.map((row) => toSolution(db, row));
}

export function getSolution(db: Database, id: number, t: TFunction): Solution {
  const row = db.prepare('SELECT * FROM solutions WHERE id = ?').get(id) as SolutionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.library.solutionNotFound', { id }));
  return toSolution(db, row);
}

/** Writes a solution and replaces its modules and features, in one transaction. */
export function saveSolution(db: Database, input: z.output<typeof SolutionInput>, t: TFunction): Solution {
  return db.transaction(() => {
    const clash = db
      .prepare('SELECT id FROM solutions WHERE code = ? AND id IS NOT ?')
      .pluck()
      .get(input.code, input.id ?? null);
    if (clash !== undefined) {
      throw new AppError('CONFLICT', t('err.invalidInput'), { code: t('err.library.codeTaken', { code: input.code }) });
    }
    const iso = new Date().toISOString();
    let id = input.id;
    if (id === undefined) {
      id = Number(
        db
          .prepare(
            `INSERT INTO solutions (code, name, industry, summary, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(input.code, input.name, input.industry, input.summary, JSON.stringify(input.tags), iso, iso)
          .lastInsertRowid,
      );
    } else {
      getSolution(db, id, t);
      db.prepare(
        'UPDATE solutions SET code = ?, name = ?, industry = ?, summary = ?, tags = ?, is_demo = 0, updated_at = ? WHERE id = ?',
      ).run(input.code, input.name, input.industry, input.summary, JSON.stringify(input.tags), iso, id);
    }
    // Modules keep their ids when they are kept (proposals refer to them); removed ones go.
    const keep = input.modules.map((m) => m.id).filter((m): m is number => m !== undefined);
    const existing = db.prepare('SELECT id FROM solution_modules WHERE solution_id = ?').pluck().all(id) as number[];
    for (const moduleId of existing) {
      if (!keep.includes(moduleId)) db.prepare('DELETE FROM solution_modules WHERE id = ?').run(moduleId);
    }
    input.modules.forEach((module, order) => {
      let moduleId = module.id;
      if (moduleId !== undefined && existing.includes(moduleId)) {
        db.prepare(
          'UPDATE solution_modules SET name = ?, item_code = ?, description = ?, sort_order = ? WHERE id = ?',
        ).run(module.name, module.itemCode, module.description, order, moduleId);
        db.prepare('DELETE FROM solution_features WHERE module_id = ?').run(moduleId);
      } else {
        moduleId = Number(
          db
            .prepare(
              'INSERT INTO solution_modules (solution_id, name, item_code, description, sort_order) VALUES (?, ?, ?, ?, ?)',
            )
            .run(id, module.name, module.itemCode, module.description, order).lastInsertRowid,
        );
      }
      module.features.forEach((feature, featureOrder) =>
        db
          .prepare('INSERT INTO solution_features (module_id, name, description, sort_order) VALUES (?, ?, ?, ?)')
          .run(moduleId, feature.name, feature.description, featureOrder),
      );
    });
    return getSolution(db, id, t);
  })();
}

export function duplicateSolution(db: Database, id: number, t: TFunction): Solution {
  const solution = getSolution(db, id, t);
  let code = `${solution.code}-COPY`.slice(0, 30);
  for (let n = 2; db.prepare('SELECT 1 FROM solutions WHERE code = ?').get(code) !== undefined; n += 1) {
    code = `${solution.code}-COPY${n}`.slice(0, 30);
  }
  return saveSolution(
    db,
    {
      code,
      name: t('library.copyOf', { title: solution.name }),
      industry: solution.industry,
      summary: solution.summary,
      tags: solution.tags,
      modules: solution.modules.map(({ id: _id, ...module }) => module),
    },
    t,
  );
}

export function archiveSolution(db: Database, id: number, archived: boolean, t: TFunction): Solution {
  getSolution(db, id, t);
  db.prepare('UPDATE solutions SET archived = ?, updated_at = ? WHERE id = ?').run(
    archived ? 1 : 0,
    new Date().toISOString(),
    id,
  );
  return getSolution(db, id, t);
}
