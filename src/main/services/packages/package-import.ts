import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { PackageImportResult } from '../../../shared/api/packages';
import type { ContractContent } from '../../../shared/contract-drafts/types';
import type { Locale } from '../../../shared/locale';
import type { QuoteContent } from '../../../shared/quotes/quote';
import { AppError } from '../../../shared/result';
import { nextNumber } from '../contracts/contract-create';
import { insertCustomer, matchCustomer } from '../customers/customer-match';
import { readOpportunitySettings } from '../opportunities/opportunity-settings';
import { stageName } from '../opportunities/opportunity-view';
import { codeKey } from '../prices/search/search-index';
import { reserveNumber } from '../quotes/quote-create';
import { readQuoteSettings } from '../quotes/quote-settings';
import type { LibraryRefs } from './package-export';
import type { PackageData } from './package-format';
import { readPackage } from './package-read';

/**
 * Importing a package into this database, in one transaction: the customer (matched by
 * 统一社会信用代码, else by exact name, else new), the opportunity with its timeline, every quote
 * revision, proposal, demo script and contract revision with new ids and the links between them
 * re-drawn. Frozen columns (contents, parties, deal figures) are copied as they are, except for
 * the ids inside them that point at this database's rows. Numbers already taken here get a new
 * number, the package's kept as original_number. Catalogue items and library parts this
 * database lacks are reported, never created. A dry run does all of it and rolls back, so the
 * preview is exactly what an import would do.
 */

interface Caller {
  db: Database;
  locale: Locale;
  t: TFunction;
}

class DryRun extends Error {
  constructor(readonly result: PackageImportResult) {
    super('dry run');
  }
}

/** Catalogue codes the quotes use that no published version of any price list here has. */
function missingItems(db: Database, data: PackageData): PackageImportResult['missingItems'] {
  const known = db.prepare(
    `SELECT 1 FROM price_items i JOIN price_list_versions v ON v.id = i.version_id
     WHERE v.status = 'published' AND i.code_key = ? LIMIT 1`,
  );
  const missing = new Map<string, PackageImportResult['missingItems'][number]>();
  for (const quote of data.quotes)
    for (const revision of quote.revisions) {
      const content = JSON.parse(revision.content_json) as Partial<QuoteContent>;
      for (const line of content.lines ?? []) {
        if (line.kind !== 'catalogue' || line.code === '' || missing.has(codeKey(line.code))) continue;
        if (known.get(codeKey(line.code)) === undefined)
          missing.set(codeKey(line.code), {
            code: line.code,
            name: line.name,
            quote: `${quote.number}-${revision.revision}`,
          });
      }
    }
  return [...missing.values()];
}

/** The library parts the package names, found here by solution code, module name and section title. */
function libraryMap(db: Database, data: PackageData) {
  const solutions = new Map<number, number>();
  for (const s of data.library.solutions) {
    const id = db.prepare('SELECT id FROM solutions WHERE code = ?').pluck().get(s.code) as number | undefined;
    if (id !== undefined) solutions.set(s.id, id);
  }
  const modules = new Map<number, number>();
  for (const m of data.library.modules) {
    const solution = solutions.get(m.solution_id);
    if (solution === undefined) continue;
    const id = db
      .prepare('SELECT id FROM solution_modules WHERE solution_id = ? AND name = ? ORDER BY id LIMIT 1')
      .pluck()
      .get(solution, m.name) as number | undefined;
    if (id !== undefined) modules.set(m.id, id);
  }
  const sections = new Map<number, number>();
  for (const s of data.library.sections) {
    const id = db
      .prepare('SELECT id FROM library_sections WHERE kind = ? AND title = ? ORDER BY archived, id LIMIT 1')
      .pluck()
      .get(s.kind, s.title) as number | undefined;
    if (id !== undefined) sections.set(s.id, id);
  }
  return { solutions, modules, sections };
}

function importInto(
  { db, locale, t }: Caller,
  data: PackageData,
  manifest: { packageId: string; exportedBy: string; exportedAt: string; appVersion: string },
  fileName: string,
  now: Date,
): PackageImportResult {
  const iso = now.toISOString();
  const earlier = db
    .prepare('SELECT opportunity_id, imported_at FROM opportunity_imports WHERE package_id = ?')
    .get(manifest.packageId) as { opportunity_id: number | null; imported_at: string } | undefined;
  if (earlier)
    throw new AppError(
      'REFUSED',
      t('err.packages.duplicate', {
        at: earlier.imported_at.slice(0, 16).replace('T', ' '),
        id: earlier.opportunity_id ?? '—',
      }),
    );
  const conflicts: string[] = [];
  const matched = matchCustomer(db, data.customer, t);
  conflicts.push(...matched.conflicts);
  const customerId = matched.plan.id ?? insertCustomer(db, data.customer);

  const o = data.opportunity;
  const opportunityId = Number(
    db
      .prepare(
        `INSERT INTO opportunities (customer_id, name, owner, stage, status, archived, amount_fen, expected_close,
           record_json, closing_json, is_demo, created_at, updated_at)
         VALUES (@customerId, @name, @owner, @stage, @status, @archived, @amount_fen, @expected_close, @record_json,
           @closing_json, 0, @created_at, @updated_at)`,
      )
      .run({ ...o, customerId }).lastInsertRowid,
  );
  const addEvent = db.prepare(
    `INSERT INTO opportunity_events (opportunity_id, at, kind, actor, from_stage, to_stage, text, data_json)
     VALUES (@opportunityId, @at, @kind, @actor, @from_stage, @to_stage, @text, @data_json)`,
  );
  for (const e of data.timeline) addEvent.run({ ...e, opportunityId });

  // Quotes: new ids, numbers kept unless taken here.
  const renumbered: PackageImportResult['renumbered'] = [];
  const prefix = readQuoteSettings(db).numberPrefix;
  const versionByLabel = db.prepare('SELECT id FROM price_list_versions WHERE label = ? ORDER BY id LIMIT 1').pluck();
  const quoteIds = new Map<number, number>();
  const revisionIds = new Map<number, number>();
  let revisionCount = 0;
  for (const q of data.quotes) {
    const taken = db.prepare('SELECT 1 FROM quotes WHERE number = ?').get(q.number) !== undefined;
    const number = taken ? reserveNumber(db, prefix, now.getFullYear()) : q.number;
    if (taken) renumbered.push({ kind: 'quote', number: q.number, newNumber: number });
    const quoteId = Number(
      db
        .prepare(
          `INSERT INTO quotes (number, customer_id, is_demo, created_at, opportunity_id, original_number)
           VALUES (?, ?, 0, ?, ?, ?)`,
        )
        .run(
          number,
          customerId,
          q.created_at,
          opportunityId,
          taken ? (q.original_number ?? q.number) : q.original_number,
        ).lastInsertRowid,
    );
    quoteIds.set(q.id, quoteId);
    for (const r of q.revisions) {
      const content = JSON.parse(r.content_json) as QuoteContent;
      content.customerId = customerId;
      for (const line of content.lines ?? [])
        if (line.priceVersionId !== null)
          line.priceVersionId = (versionByLabel.get(line.priceVersionLabel) as number | undefined) ?? null;
      const { events, id: sourceId, ...row } = r;
      const revisionId = Number(
        db
          .prepare(
            `INSERT INTO quote_revisions (quote_id, revision, state, content_json, title, total_fen, valid_until,
               prepared_by, issue_date, approved_by, approved_at, approval_comment, parties_json, created_at, updated_at)
             VALUES (@quoteId, @revision, @state, @content, @title, @total_fen, @valid_until, @prepared_by, @issue_date,
               @approved_by, @approved_at, @approval_comment, @parties_json, @created_at, @updated_at)`,
          )
          .run({ ...row, quoteId, content: JSON.stringify(content) }).lastInsertRowid,
      );
      revisionIds.set(sourceId, revisionId);
      revisionCount += 1;
      const addQuoteEvent = db.prepare(
        `INSERT INTO quote_events (revision_id, at, kind, actor, comment, from_state, to_state)
         VALUES (@revisionId, @at, @kind, @actor, @comment, @from_state, @to_state)`,
      );
      for (const e of events) addQuoteEvent.run({ ...e, revisionId });
    }
  }

  // Proposals and demo scripts: their links to the customer, the quote and the library re-drawn.
  const library = libraryMap(db, data);
  const unmatchedLibrary = new Set<string>();
  const relink = (json: string): string => {
    const content = JSON.parse(json) as LibraryRefs & Record<string, unknown>;
    if ('customerId' in content) content.customerId = customerId;
    if (typeof content.quoteRevisionId === 'number')
      content.quoteRevisionId = revisionIds.get(content.quoteRevisionId) ?? null;
    if (typeof content.solutionId === 'number') {
      const code = data.library.solutions.find((s) => s.id === content.solutionId)?.code ?? String(content.solutionId);
      const mapped = library.solutions.get(content.solutionId);
      if (mapped === undefined) unmatchedLibrary.add(t('packages.conflicts.solution', { code }));
      content.solutionId = mapped ?? null;
    }
    if (Array.isArray(content.moduleIds)) {
      const mapped = content.moduleIds.map((id) => library.modules.get(id));
      if (mapped.some((id) => id === undefined) && typeof content.solutionId === 'number')
        unmatchedLibrary.add(t('packages.conflicts.modules'));
      content.moduleIds = mapped.filter((id): id is number => id !== undefined);
    }
    if (Array.isArray(content.sections))
      content.sections = content.sections.filter((section) => {
        if (typeof section.librarySectionId !== 'number') return true;
        const mapped = library.sections.get(section.librarySectionId);
        const title = data.library.sections.find((s) => s.id === section.librarySectionId)?.title ?? '';
        if (mapped === undefined) unmatchedLibrary.add(t('packages.conflicts.librarySection', { title }));
        else section.librarySectionId = mapped;
        return mapped !== undefined;
      });
    return JSON.stringify(content);
  };
  for (const p of data.proposals)
    db.prepare(
      `INSERT INTO proposals (title, customer_id, content_json, is_demo, created_at, updated_at, opportunity_id)
       VALUES (?, ?, ?, 0, ?, ?, ?)`,
    ).run(p.title, customerId, relink(p.content_json), p.created_at, p.updated_at, opportunityId);
  for (const s of data.demoScripts)
    db.prepare(
      `INSERT INTO demo_scripts (title, customer_id, input_json, generated_json, script_json, is_demo, created_at,
         updated_at, opportunity_id) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)`,
    ).run(
      s.title,
      customerId,
      relink(s.input_json),
      s.generated_json,
      s.script_json,
      s.created_at,
      s.updated_at,
      opportunityId,
    );

  // Contracts: the quote revision they froze, their template and library clauses found here.
  const clauseIds = new Map<number, number>();
  for (const c of data.clauses) {
    const id = db.prepare('SELECT id FROM clauses WHERE lang = ? AND key = ?').pluck().get(c.lang, c.key) as
      number | undefined;
    if (id !== undefined) clauseIds.set(c.id, id);
  }
  for (const c of data.contracts) {
    const templateId = db.prepare('SELECT id FROM contract_templates WHERE key = ?').pluck().get(c.template_key) as
      number | undefined;
    const quoteId = quoteIds.get(c.quote_id);
    const quoteRevisionId = revisionIds.get(c.quote_revision_id);
    if (templateId === undefined)
      throw new AppError('REFUSED', t('err.packages.missingTemplate', { number: c.number, key: c.template_key }));
    if (quoteId === undefined || quoteRevisionId === undefined)
      throw new AppError('REFUSED', t('err.packages.badData', { problem: `contracts.${c.number}.quote_revision_id` }));
    const taken = db.prepare('SELECT 1 FROM contracts WHERE number = ?').get(c.number) !== undefined;
    const number = taken ? nextNumber(db, now.getFullYear()) : c.number;
    if (taken) renumbered.push({ kind: 'contract', number: c.number, newNumber: number });
    const contractId = Number(
      db
        .prepare(
          `INSERT INTO contracts (number, quote_id, quote_revision_id, template_id, lang, deal_json, is_demo, created_at,
             updated_at, opportunity_id, original_number)
           VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
        )
        .run(
          number,
          quoteId,
          quoteRevisionId,
          templateId,
          c.lang,
          c.deal_json,
          c.created_at,
          c.updated_at,
          opportunityId,
          taken ? (c.original_number ?? c.number) : c.original_number,
        ).lastInsertRowid,
    );
    for (const r of c.revisions) {
      const content = JSON.parse(r.content_json) as ContractContent;
      for (const clause of content.clauses ?? []) {
        if (clause.clauseId === null) continue;
        const mapped = clauseIds.get(clause.clauseId);
        if (mapped === undefined) {
          // The text stays as it was drafted; it is no longer tied to a library clause here.
          clause.clauseId = null;
          clause.clauseVersion = null;
          clause.origin = 'added';
        } else clause.clauseId = mapped;
      }
      content.removed = (content.removed ?? []).flatMap((removed) => {
        const mapped = clauseIds.get(removed.clauseId);
        return mapped === undefined ? [] : [{ ...removed, clauseId: mapped }];
      });
      db.prepare(
        `INSERT INTO contract_revisions (contract_id, revision, state, content_json, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(contractId, r.revision, r.state, JSON.stringify(content), r.created_at, r.updated_at);
    }
    const addContractEvent = db.prepare(
      `INSERT INTO contract_events (contract_id, revision, kind, from_state, to_state, actor, comment, at)
       VALUES (@contractId, @revision, @kind, @from_state, @to_state, @actor, @comment, @at)`,
    );
    for (const e of c.events) addContractEvent.run({ ...e, contractId });
  }
  conflicts.push(...unmatchedLibrary);

  db.prepare(
    `INSERT INTO opportunity_imports (package_id, opportunity_id, file_name, exported_by, exported_at, imported_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(manifest.packageId, opportunityId, fileName, manifest.exportedBy, manifest.exportedAt, iso);
  addEvent.run({
    opportunityId,
    at: iso,
    kind: 'imported',
    actor: '',
    from_stage: null,
    to_stage: null,
    text: '',
    data_json: JSON.stringify({
      file: fileName,
      packageId: manifest.packageId,
      exportedBy: manifest.exportedBy,
      exportedAt: manifest.exportedAt,
    }),
  });

  const settings = readOpportunitySettings(db);
  return {
    opportunityId,
    packageId: manifest.packageId,
    fileName,
    exportedBy: manifest.exportedBy,
    exportedAt: manifest.exportedAt,
    appVersion: manifest.appVersion,
    opportunity: {
      name: o.name,
      owner: o.owner,
      stage: o.stage,
      stageName: stageName(settings, o.stage, locale),
      status: o.status,
      amountFen: o.amount_fen,
    },
    customer: matched.plan,
    counts: {
      timeline: data.timeline.length,
      quotes: data.quotes.length,
      quoteRevisions: revisionCount,
      proposals: data.proposals.length,
      demoScripts: data.demoScripts.length,
      contracts: data.contracts.length,
    },
    renumbered,
    missingItems: missingItems(db, data),
    conflicts,
  };
}

/** Reads, checks and imports a package; with `dryRun`, does everything and rolls it back (the preview). */
export async function importPackage(
  caller: Caller,
  input: { bytes: Buffer; fileName: string; dryRun: boolean },
  now = new Date(),
): Promise<PackageImportResult> {
  const { manifest, data } = await readPackage(input.bytes, caller.t);
  try {
    return caller.db.transaction(() => {
      const result = importInto(caller, data, manifest, input.fileName, now);
      if (input.dryRun) throw new DryRun(result);
      return result;
    })();
  } catch (error) {
    if (error instanceof DryRun) return { ...error.result, opportunityId: null };
    throw error;
  }
}
