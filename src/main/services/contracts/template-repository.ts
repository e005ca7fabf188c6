import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { checkTemplate, copyKey, copyName, type TemplateProblem } from '../../../shared/contract-drafts/template-rules';
import type { LibraryClause } from '../../../shared/contract-drafts/types';
import { ContractTemplate, ContractTerms } from '../../../shared/api/contract-drafts';
import type { ContractTemplateDetail, TemplateSaveInput } from '../../../shared/api/contract-templates';
import type { Locale } from '../../../shared/locale';
import { AppError } from '../../../shared/result';
import { currentLibrary, saveClause } from './clause-repository';

/**
 * Contract templates (合同模板): read, edit (name, description, clauses in order with their
 * wording), copy and delete. A template stores clause ids and wording keys only; contracts copy
 * the clause text and version when drafted, so no edit here reaches a contract already drafted.
 */

interface TemplateRow {
  id: number;
  key: string;
  name: string;
  lang: Locale;
  kind: 'licence' | 'trial';
  description: string;
  clauses_json: string;
  terms_json: string;
}

const TemplateClauses = ContractTemplate.shape.clauses.element.pick({ clauseId: true, wording: true }).array();

function toTemplate(row: TemplateRow, library: readonly LibraryClause[]): ContractTemplate {
  const refs = TemplateClauses.parse(JSON.parse(row.clauses_json));
  const byId = new Map(library.map((c) => [c.id, c]));
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    lang: row.lang,
    kind: row.kind,
    description: row.description,
    clauses: refs.flatMap((ref) => {
      const clause = byId.get(ref.clauseId);
      if (!clause) return [];
      const wording = clause.wordings.find((w) => w.key === ref.wording) ?? clause.wordings[0];
      if (!wording) return [];
      return [
        {
          clauseId: clause.id,
          key: clause.key,
          heading: wording.heading,
          category: clause.category,
          mandatory: clause.mandatory,
          wording: wording.key,
        },
      ];
    }),
    terms: ContractTerms.parse(JSON.parse(row.terms_json)),
  };
}

export function listTemplates(db: Database): ContractTemplate[] {
  const libraries = new Map<Locale, LibraryClause[]>();
  const libraryOf = (lang: Locale) => {
    let library = libraries.get(lang);
    if (!library) libraries.set(lang, (library = currentLibrary(db, lang)));
    return library;
  };
  return (db.prepare('SELECT * FROM contract_templates ORDER BY id').all() as TemplateRow[]).map((row) =>
    toTemplate(row, libraryOf(row.lang)),
  );
}

/** A template by id or key; without one, the licence template in `lang`. */
export function findTemplate(db: Database, ref: number | string | undefined, lang: Locale, t: TFunction) {
  const row = (
    ref === undefined
      ? db.prepare("SELECT * FROM contract_templates WHERE kind = 'licence' AND lang = ? ORDER BY id").get(lang)
      : typeof ref === 'number'
        ? db.prepare('SELECT * FROM contract_templates WHERE id = ?').get(ref)
        : db.prepare('SELECT * FROM contract_templates WHERE key = ?').get(ref)
  ) as TemplateRow | undefined;
  if (!row) {
    const keys = (db.prepare('SELECT key FROM contract_templates ORDER BY id').pluck().all() as string[]).join(', ');
    throw new AppError('NOT_FOUND', t('err.contracts.templateNotFound', { template: String(ref ?? lang), keys }));
  }
  return toTemplate(row, currentLibrary(db, row.lang));
}

function templateRow(db: Database, id: number, t: TFunction): TemplateRow {
  const row = db.prepare('SELECT * FROM contract_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', t('err.contractTemplates.notFound', { id }));
  return row;
}

const usedBy = (db: Database, id: number) =>
  db.prepare('SELECT COUNT(*) FROM contracts WHERE template_id = ?').pluck().get(id) as number;

export function templateDetail(db: Database, id: number, t: TFunction): ContractTemplateDetail {
  const row = templateRow(db, id, t);
  const library = currentLibrary(db, row.lang);
  return { template: toTemplate(row, library), usedBy: usedBy(db, id), library };
}

/** The problems as one refusal: a sentence listing them all, and each on its field. */
function refusal(problems: readonly TemplateProblem[], t: TFunction): AppError {
  const fields: Record<string, string> = {};
  for (const p of problems) fields[p.field] ??= t(`err.contractTemplates.${p.problem}`, p.params);
  return new AppError(
    'INVALID_INPUT',
    t('err.contractTemplates.notSaved', { problems: Object.values(fields).join('；') }),
    fields,
  );
}

const otherNames = (db: Database, id: number | null) =>
  db.prepare('SELECT name FROM contract_templates WHERE id IS NOT ?').pluck().all(id) as string[];

/**
 * Saves a template's name, description and clauses in one transaction. A row with `copy` first
 * becomes a new library clause (version 1, every wording of its source under the new heading).
 * Nothing is written when any row is wrong.
 */
export function saveTemplate(
  db: Database,
  input: z.output<typeof TemplateSaveInput>,
  t: TFunction,
  now = new Date(),
): ContractTemplateDetail {
  db.transaction(() => {
    const row = templateRow(db, input.id, t);
    const library = currentLibrary(db, row.lang);
    const problems = checkTemplate(input, { library, otherNames: otherNames(db, row.id) });
    if (problems.length > 0) throw refusal(problems, t);
    const refs = input.clauses.map((c) => {
      if (!c.copy) return { clauseId: c.clauseId, wording: c.wording };
      const source = library.find((l) => l.id === c.clauseId);
      if (!source) throw new Error(`Clause ${c.clauseId} vanished while saving template ${row.key}`);
      const heading = c.copy.heading;
      const copy = saveClause(
        db,
        {
          key: c.copy.key,
          lang: row.lang,
          category: source.category,
          mandatory: source.mandatory,
          wordings: source.wordings.map((w) => ({ ...w, heading })),
          note: t('contractTemplateUi.copyNote', { key: source.key, version: source.version, template: input.name }),
          by: '',
        },
        t,
        now,
      );
      return { clauseId: copy.id, wording: c.wording };
    });
    db.prepare(
      'UPDATE contract_templates SET name = ?, description = ?, clauses_json = ?, updated_at = ? WHERE id = ?',
    ).run(input.name, input.description, JSON.stringify(refs), now.toISOString(), row.id);
  })();
  return templateDetail(db, input.id, t);
}

/** A copy of a template under a new name (default: the name with （副本）) and a new key. */
export function copyTemplate(
  db: Database,
  input: { id: number; name?: string | undefined },
  t: TFunction,
  now = new Date(),
): ContractTemplateDetail {
  const id = db.transaction(() => {
    const row = templateRow(db, input.id, t);
    const names = otherNames(db, null);
    const name = input.name ?? copyName(row.name, names, row.lang);
    const problems = checkTemplate({ name, clauses: [] }, { library: [], otherNames: names }).filter(
      (p) => p.field === 'name',
    );
    if (problems.length > 0) throw refusal(problems, t);
    const keys = db.prepare('SELECT key FROM contract_templates').pluck().all() as string[];
    const at = now.toISOString();
    return Number(
      db
        .prepare(
          `INSERT INTO contract_templates (key, name, lang, kind, description, clauses_json, terms_json, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          copyKey(row.key, keys),
          name,
          row.lang,
          row.kind,
          row.description,
          row.clauses_json,
          row.terms_json,
          at,
          at,
        ).lastInsertRowid,
    );
  })();
  return templateDetail(db, id, t);
}

/** Deletes a template no contract was drafted from, unless it is the last of its language and kind. */
export function deleteTemplate(db: Database, id: number, t: TFunction): void {
  db.transaction(() => {
    const row = templateRow(db, id, t);
    const n = usedBy(db, id);
    if (n > 0) throw new AppError('REFUSED', t('err.contractTemplates.inUse', { name: row.name, n }));
    const others = db
      .prepare('SELECT COUNT(*) FROM contract_templates WHERE lang = ? AND kind = ? AND id <> ?')
      .pluck()
      .get(row.lang, row.kind, id) as number;
    if (others === 0) {
      throw new AppError(
        'REFUSED',
        t('err.contractTemplates.lastOfKind', { name: row.name, kind: t(`contracts.kinds.${row.kind}`) }),
      );
    }
    db.prepare('DELETE FROM contract_templates WHERE id = ?').run(id);
  })();
}
