import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { CONTRACT_KINDS } from '../../../shared/contract-drafts/types';
import { ClauseInput, ContractTerms } from '../../../shared/api/contract-drafts';
import { LibrarySectionInput, SolutionInput } from '../../../shared/api/library';
import { translator } from '../../../shared/i18n';
import { LOCALES } from '../../../shared/locale';
import { saveClause } from '../../services/contracts/clause-repository';
import { listSolutions, saveSection, saveSolution } from '../../services/library/library-repository';

/**
 * The team's reference data besides the rules, one reference record each (library-reference.ts
 * moves them): solutions with modules and features, library sections, the clause library,
 * contract templates and quote templates. Each kind says what of a local row the team shares
 * (demo rows are not team data; archived rows travel with their flag), how a team item finds
 * its local row the first time (a natural key), how it is written here, and what happens here
 * when the team no longer has it.
 */

export interface LibraryKind<D = unknown> {
  /** The reference record: presales.reference_records (kind, key). */
  kind: string;
  key: string;
  /** team_records.kind of the links between local rows and team items. */
  link: string;
  /** The local table (its rows have an integer id). */
  table: string;
  /** A team item as the server holds it; a blob with one item that does not read is skipped. */
  schema: z.ZodType<D>;
  /** The team data here: every row that is not demo data, as the team shares it. */
  items(db: Database): { localId: number; data: D }[];
  /** What tells two items apart in one blob; null when the table has none (sections). */
  naturalKey(data: D): string | null;
  /** The local row a team item is the first time it comes down (by its natural key). */
  match(db: Database, data: D): number | undefined;
  /** Writes the team's item over local row `id`, or as a new row; returns the row's id. */
  apply(db: Database, id: number | undefined, data: D, by: string): number;
  /** The team no longer has the item. */
  remove(db: Database, id: number): void;
}

// Repository functions want a translator for their messages; a failed write skips the blob anyway.
const t = translator('zh-CN');

// ---------------------------------------------------------------------------
// Solutions (by code) and library sections (no natural key: a team uid)
// ---------------------------------------------------------------------------

const SolutionItem = SolutionInput.omit({ id: true }).extend({
  modules: z.array(SolutionInput.shape.modules.element.omit({ id: true })).max(60),
  archived: z.boolean(),
});
type SolutionItem = z.output<typeof SolutionItem>;

const solutions: LibraryKind<SolutionItem> = {
  kind: 'library',
  key: 'solutions',
  link: 'ref:solution',
  table: 'solutions',
  schema: SolutionItem,
  items: (db) =>
    listSolutions(db, '', true)
      .filter((s) => !s.isDemo)
      .map((s) => ({
        localId: s.id,
        data: {
          code: s.code,
          name: s.name,
          industry: s.industry,
          summary: s.summary,
          tags: s.tags,
          archived: s.archived,
          modules: s.modules.map((m) => ({
            name: m.name,
            itemCode: m.itemCode,
            description: m.description,
            features: m.features,
          })),
        },
      })),
  naturalKey: (data) => data.code,
  match: (db, data) =>
    db.prepare('SELECT id FROM solutions WHERE code = ?').pluck().get(data.code) as number | undefined,
  apply: (db, id, data) => {
    // Modules keep their ids when their name stays (proposals refer to them), each id used once.
    const existing =
      id === undefined
        ? []
        : (db
            .prepare('SELECT id, name FROM solution_modules WHERE solution_id = ? ORDER BY sort_order, id')
            .all(id) as {
            id: number;
            name: string;
          }[]);
    const modules = data.modules.map((module) => {
      const found = existing.findIndex((m) => m.name === module.name);
      const [kept] = found === -1 ? [] : existing.splice(found, 1);
      return { ...module, id: kept?.id };
    });
    const { archived, ...solution } = data;
    const saved = saveSolution(db, { ...solution, id, modules }, t);
    db.prepare('UPDATE solutions SET archived = ? WHERE id = ?').run(archived ? 1 : 0, saved.id);
    return saved.id;
  },
  remove: (db, id) => {
    db.prepare('UPDATE solutions SET archived = 1, updated_at = ? WHERE id = ?').run(new Date().toISOString(), id);
  },
};

const SectionItem = LibrarySectionInput.omit({ id: true }).extend({ archived: z.boolean() });
type SectionItem = z.output<typeof SectionItem>;

const sections: LibraryKind<SectionItem> = {
  kind: 'library',
  key: 'sections',
  link: 'ref:section',
  table: 'library_sections',
  schema: SectionItem,
  // The stored JSON as it is (it was validated when saved): validating every body again on each
  // sync would cost more than everything else here together.
  items: (db) =>
    (
      db
        .prepare(
          'SELECT id, kind, title, tags, body_json, archived FROM library_sections WHERE is_demo = 0 ORDER BY id',
        )
        .all() as {
        id: number;
        kind: SectionItem['kind'];
        title: string;
        tags: string;
        body_json: string;
        archived: number;
      }[]
    ).map((row) => ({
      localId: row.id,
      data: {
        kind: row.kind,
        title: row.title,
        tags: JSON.parse(row.tags) as string[],
        body: JSON.parse(row.body_json) as SectionItem['body'],
        archived: row.archived === 1,
      },
    })),
  naturalKey: () => null,
  // Only the demo copy of a section (same kind and title) becomes the team's: a user's own
  // section is never taken over because its title happens to match.
  match: (db, data) =>
    db
      .prepare(
        `SELECT id FROM library_sections WHERE kind = ? AND title = ? AND is_demo = 1
           AND id NOT IN (SELECT local_id FROM team_records WHERE kind = 'ref:section') ORDER BY id LIMIT 1`,
      )
      .pluck()
      .get(data.kind, data.title) as number | undefined,
  apply: (db, id, data) => {
    const { archived, ...section } = data;
    const saved = saveSection(db, { ...section, id }, t);
    db.prepare('UPDATE library_sections SET archived = ? WHERE id = ?').run(archived ? 1 : 0, saved.id);
    return saved.id;
  },
  remove: (db, id) => {
    db.prepare('UPDATE library_sections SET archived = 1, updated_at = ? WHERE id = ?').run(
      new Date().toISOString(),
      id,
    );
  },
};

// ---------------------------------------------------------------------------
// Clauses (by language and key): a changed wording is a new version here
// ---------------------------------------------------------------------------

const ClauseItem = ClauseInput.pick({ key: true, lang: true, category: true, mandatory: true, wordings: true });
type ClauseItem = z.output<typeof ClauseItem>;

const clauses: LibraryKind<ClauseItem> = {
  kind: 'clauses',
  key: 'all',
  link: 'ref:clause',
  table: 'clauses',
  schema: ClauseItem,
  // The current versions' stored JSON as it is (validated when saved), like sections.
  items: (db) =>
    (
      db
        .prepare(
          `SELECT c.id, c.key, c.lang, c.category, v.mandatory, v.wordings_json
           FROM clauses c JOIN clause_versions v ON v.clause_id = c.id AND v.version = c.current_version
           ORDER BY c.id`,
        )
        .all() as {
        id: number;
        key: string;
        lang: ClauseItem['lang'];
        category: ClauseItem['category'];
        mandatory: number;
        wordings_json: string;
      }[]
    ).map((row) => ({
      localId: row.id,
      data: {
        key: row.key,
        lang: row.lang,
        category: row.category,
        mandatory: row.mandatory === 1,
        wordings: JSON.parse(row.wordings_json) as ClauseItem['wordings'],
      },
    })),
  naturalKey: (data) => `${data.lang}/${data.key}`,
  match: (db, data) =>
    db.prepare('SELECT id FROM clauses WHERE lang = ? AND key = ?').pluck().get(data.lang, data.key) as
      number | undefined,
  // saveClause adds version n+1 and moves current_version; version n stays for the contracts
  // drafted from it (the database refuses to change or delete a version).
  apply: (db, id, data, by) => saveClause(db, { ...data, id, note: '', by }, t).id,
  // Clause versions are kept forever; a clause the team dropped stays here as it is.
  remove: () => undefined,
};

// ---------------------------------------------------------------------------
// Contract templates (by key; clauses named by key, not by this database's ids)
// ---------------------------------------------------------------------------

const ContractTemplateItem = z.object({
  key: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(80),
  lang: z.enum(LOCALES),
  kind: z.enum(CONTRACT_KINDS),
  description: z.string().max(2000),
  clauses: z
    .array(z.object({ key: z.string().min(1).max(60), wording: z.string().min(1).max(40) }))
    .min(1)
    .max(100),
  terms: ContractTerms,
});
type ContractTemplateItem = z.output<typeof ContractTemplateItem>;

interface ContractTemplateRow {
  id: number;
  key: string;
  name: string;
  lang: ContractTemplateItem['lang'];
  kind: ContractTemplateItem['kind'];
  description: string;
  clauses_json: string;
  terms_json: string;
}

const contractTemplates: LibraryKind<ContractTemplateItem> = {
  kind: 'templates',
  key: 'contract',
  link: 'ref:contract-template',
  table: 'contract_templates',
  schema: ContractTemplateItem,
  items: (db) => {
    const keyOf = new Map(
      (db.prepare('SELECT id, key FROM clauses').all() as { id: number; key: string }[]).map((c) => [c.id, c.key]),
    );
    return (db.prepare('SELECT * FROM contract_templates ORDER BY id').all() as ContractTemplateRow[]).map((row) => {
      const refs = JSON.parse(row.clauses_json) as { clauseId: number; wording: string }[];
      return {
        localId: row.id,
        data: {
          key: row.key,
          name: row.name,
          lang: row.lang,
          kind: row.kind,
          description: row.description,
          clauses: refs.flatMap((ref) => {
            const key = keyOf.get(ref.clauseId);
            return key === undefined ? [] : [{ key, wording: ref.wording }];
          }),
          terms: JSON.parse(row.terms_json) as ContractTemplateItem['terms'],
        },
      };
    });
  },
  naturalKey: (data) => data.key,
  match: (db, data) =>
    db.prepare('SELECT id FROM contract_templates WHERE key = ?').pluck().get(data.key) as number | undefined,
  apply: (db, id, data) => {
    const clauseId = db.prepare('SELECT id FROM clauses WHERE lang = ? AND key = ?').pluck();
    const refs = data.clauses.map((ref) => {
      const found = clauseId.get(data.lang, ref.key) as number | undefined;
      if (found === undefined) throw new Error(`template ${data.key}: no clause ${data.lang}/${ref.key} here`);
      return { clauseId: found, wording: ref.wording };
    });
    const at = new Date().toISOString();
    const values = [
      data.key,
      data.name,
      data.lang,
      data.kind,
      data.description,
      JSON.stringify(refs),
      JSON.stringify(data.terms),
      at,
    ];
    if (id !== undefined) {
      db.prepare(
        `UPDATE contract_templates SET key = ?, name = ?, lang = ?, kind = ?, description = ?, clauses_json = ?,
           terms_json = ?, updated_at = ? WHERE id = ?`,
      ).run(...values, id);
      return id;
    }
    return Number(
      db
        .prepare(
          `INSERT INTO contract_templates (key, name, lang, kind, description, clauses_json, terms_json, updated_at,
             created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...values, at).lastInsertRowid,
    );
  },
  // Contracts drafted from a template keep pointing at it: only an unused one goes.
  remove: (db, id) => {
    db.prepare('DELETE FROM contract_templates WHERE id = ? AND id NOT IN (SELECT template_id FROM contracts)').run(id);
  },
};

// ---------------------------------------------------------------------------
// Quote templates (terms and notes, by kind and name)
// ---------------------------------------------------------------------------

const QuoteTemplateItem = z.object({
  kind: z.enum(['terms', 'notes']),
  name: z.string().trim().min(1).max(60),
  body: z.string().trim().min(1).max(20_000),
  sortOrder: z.number().int(),
});
type QuoteTemplateItem = z.output<typeof QuoteTemplateItem>;

const quoteTemplates: LibraryKind<QuoteTemplateItem> = {
  kind: 'templates',
  key: 'quote',
  link: 'ref:quote-template',
  table: 'quote_templates',
  schema: QuoteTemplateItem,
  items: (db) =>
    (
      db
        .prepare('SELECT id, kind, name, body, sort_order FROM quote_templates WHERE is_demo = 0 ORDER BY id')
        .all() as { id: number; kind: 'terms' | 'notes'; name: string; body: string; sort_order: number }[]
    ).map((row) => ({
      localId: row.id,
      data: { kind: row.kind, name: row.name, body: row.body, sortOrder: row.sort_order },
    })),
  naturalKey: (data) => `${data.kind}/${data.name}`,
  match: (db, data) =>
    db.prepare('SELECT id FROM quote_templates WHERE kind = ? AND name = ?').pluck().get(data.kind, data.name) as
      number | undefined,
  apply: (db, id, data) => {
    const values = [data.kind, data.name, data.body, data.sortOrder];
    if (id !== undefined) {
      db.prepare(
        'UPDATE quote_templates SET kind = ?, name = ?, body = ?, sort_order = ?, is_demo = 0 WHERE id = ?',
      ).run(...values, id);
      return id;
    }
    return Number(
      db.prepare('INSERT INTO quote_templates (kind, name, body, sort_order) VALUES (?, ?, ?, ?)').run(...values)
        .lastInsertRowid,
    );
  },
  // Quotes keep the text they took from a template: nothing refers to it.
  remove: (db, id) => {
    db.prepare('DELETE FROM quote_templates WHERE id = ?').run(id);
  },
};

/** In the order a pull applies them: templates name clauses, so clauses come first. */
export const LIBRARY_KINDS: readonly LibraryKind[] = [solutions, sections, clauses, contractTemplates, quoteTemplates];
