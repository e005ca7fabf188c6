import { createHash, randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { APP_VERSION } from '../../app-version';
import { renderContractPdf } from '../../documents/contract/contract-pdf';
import type { Caller } from '../opportunities/opportunity-repository';
import { opportunityRow } from '../opportunities/opportunity-store';
import { contractDocumentFor, contractFileName } from '../contracts/contract-export';
import { exportProposal } from '../proposals/proposal-export';
import { quoteDocumentFor, quoteFileName, renderQuote } from '../quotes/quote-export';
import {
  DATA_ENTRY,
  MANIFEST_ENTRY,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PackageDataSchema,
  type Manifest,
  type PackageData,
} from './package-format';

/** One opportunity and everything that belongs to it, as a .presales package (see package-format.ts). */

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A file name any system accepts: the characters Windows forbids (and control characters) become "_". */
function safeFileName(name: string): string {
  return [...name].map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 32 ? '_' : ch)).join('');
}

/** What proposals and demo scripts name in the solution library. */
export interface LibraryRefs {
  customerId?: number | null;
  solutionId?: number | null;
  moduleIds?: number[];
  quoteRevisionId?: number | null;
  sections?: { librarySectionId?: number }[];
}

/** The package's data: the stored rows, read in one snapshot. */
export function packageData(caller: Caller, opportunityId: number): PackageData {
  const { db, t } = caller;
  return db.transaction(() => {
    const row = opportunityRow(db, opportunityId, t);
    const customer = db
      .prepare(
        `SELECT id, name, short_name, industry, contact, phone, email, address, tax_id, notes, bank_name,
                bank_account, representative, created_at, updated_at FROM customers WHERE id = ?`,
      )
      .get(row.customer_id);
    const timeline = db
      .prepare(
        `SELECT at, kind, actor, from_stage, to_stage, text, data_json FROM opportunity_events
         WHERE opportunity_id = ? ORDER BY id`,
      )
      .all(opportunityId);
    const revisionEvents = db.prepare(
      'SELECT at, kind, actor, comment, from_state, to_state FROM quote_events WHERE revision_id = ? ORDER BY id',
    );
    const revisions = db.prepare(
      `SELECT id, revision, state, content_json, title, total_fen, valid_until, prepared_by, issue_date, approved_by,
              approved_at, approval_comment, parties_json, created_at, updated_at
       FROM quote_revisions WHERE quote_id = ? ORDER BY id`,
    );
    const quotes = (
      db
        .prepare('SELECT id, number, original_number, created_at FROM quotes WHERE opportunity_id = ? ORDER BY id')
        .all(opportunityId) as { id: number }[]
    ).map((q) => ({
      ...q,
      revisions: (revisions.all(q.id) as { id: number }[]).map((r) => ({ ...r, events: revisionEvents.all(r.id) })),
    }));
    const proposals = db
      .prepare(
        'SELECT id, title, content_json, created_at, updated_at FROM proposals WHERE opportunity_id = ? ORDER BY id',
      )
      .all(opportunityId);
    const demoScripts = db
      .prepare(
        `SELECT id, title, input_json, generated_json, script_json, created_at, updated_at FROM demo_scripts
         WHERE opportunity_id = ? ORDER BY id`,
      )
      .all(opportunityId);
    const contractRevisions = db.prepare(
      'SELECT revision, state, content_json, created_at, updated_at FROM contract_revisions WHERE contract_id = ? ORDER BY revision',
    );
    const contractEvents = db.prepare(
      'SELECT revision, kind, from_state, to_state, actor, comment, at FROM contract_events WHERE contract_id = ? ORDER BY id',
    );
    const contracts = (
      db
        .prepare(
          `SELECT c.id, c.number, c.original_number, c.quote_id, c.quote_revision_id, t.key AS template_key, c.lang,
                  c.deal_json, c.created_at, c.updated_at
           FROM contracts c JOIN contract_templates t ON t.id = c.template_id WHERE c.opportunity_id = ? ORDER BY c.id`,
        )
        .all(opportunityId) as { id: number }[]
    ).map((c) => ({ ...c, revisions: contractRevisions.all(c.id), events: contractEvents.all(c.id) }));
    const clauses = db
      .prepare(
        `SELECT DISTINCT k.id, k.lang, k.key FROM clauses k
         WHERE k.id IN (SELECT json_extract(c.value, '$.clauseId') FROM contracts ct
                          JOIN contract_revisions r ON r.contract_id = ct.id,
                          json_each(r.content_json, '$.clauses') c
                        WHERE ct.opportunity_id = ?)
         ORDER BY k.id`,
      )
      .all(opportunityId);
    const proposalRefs = db
      .prepare(
        `SELECT content_json, NULL AS input_json FROM proposals WHERE opportunity_id = ?
         UNION ALL SELECT NULL, input_json FROM demo_scripts WHERE opportunity_id = ?`,
      )
      .all(opportunityId, opportunityId) as { content_json: string | null; input_json: string | null }[];
    const solutionIds = new Set<number>();
    const moduleIds = new Set<number>();
    const sectionIds = new Set<number>();
    for (const ref of proposalRefs) {
      const content = JSON.parse(ref.content_json ?? ref.input_json ?? '{}') as LibraryRefs;
      if (typeof content.solutionId === 'number') solutionIds.add(content.solutionId);
      for (const id of content.moduleIds ?? []) moduleIds.add(id);
      for (const section of content.sections ?? [])
        if (typeof section.librarySectionId === 'number') sectionIds.add(section.librarySectionId);
    }
    const byIds = (sql: string, ids: Set<number>) => db.prepare(sql).all(JSON.stringify([...ids]));
    const library = {
      solutions: byIds(
        'SELECT id, code FROM solutions WHERE id IN (SELECT value FROM json_each(?)) ORDER BY code',
        solutionIds,
      ),
      modules: byIds(
        'SELECT id, solution_id, name FROM solution_modules WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name, id',
        moduleIds,
      ),
      sections: byIds(
        'SELECT id, kind, title FROM library_sections WHERE id IN (SELECT value FROM json_each(?)) ORDER BY kind, title, id',
        sectionIds,
      ),
    };
    const { record_json, closing_json, ...columns } = row;
    return PackageDataSchema.parse({
      customer,
      opportunity: {
        id: columns.id,
        name: columns.name,
        owner: columns.owner,
        stage: columns.stage,
        status: columns.status,
        archived: columns.archived,
        amount_fen: columns.amount_fen,
        expected_close: columns.expected_close,
        record_json,
        closing_json,
        created_at: columns.created_at,
        updated_at: columns.updated_at,
      },
      timeline,
      quotes,
      proposals,
      demoScripts,
      contracts,
      clauses,
      library,
    });
  })();
}

/** The rendered documents for a reader without the app: each quote's and contract's latest revision, each proposal. */
async function courtesyCopies(caller: Caller, data: PackageData): Promise<Map<string, Buffer>> {
  const { db, locale, t } = caller;
  const files = new Map<string, Buffer>();
  const add = (name: string, bytes: Buffer) => files.set(`documents/${safeFileName(name)}`, bytes);
  // A document that cannot be rendered here (no company profile yet, a contract with blanks) is
  // left out of the courtesy copy; the data entry still holds everything.
  for (const quote of data.quotes) {
    const latest = quote.revisions[quote.revisions.length - 1];
    if (!latest) continue;
    try {
      const doc = quoteDocumentFor(db, latest.id, locale, t);
      add(quoteFileName(doc, 'pdf'), await renderQuote(doc, 'pdf'));
    } catch {
      /* not renderable here */
    }
  }
  for (const contract of data.contracts) {
    try {
      const doc = contractDocumentFor(db, { id: contract.id, locale }, t);
      add(contractFileName(doc, 'pdf'), await renderContractPdf(doc));
    } catch {
      /* not renderable here */
    }
  }
  for (const proposal of data.proposals) {
    try {
      const file = await exportProposal(db, { id: proposal.id, format: 'pdf', locale }, t);
      add(file.fileName, Buffer.from(file.dataBase64, 'base64'));
    } catch {
      /* not renderable here */
    }
  }
  return files;
}

export interface PackageFile {
  fileName: string;
  bytes: Buffer;
  manifest: Manifest;
}

export async function exportPackage(
  caller: Caller,
  input: { id: number; exportedBy: string },
  now = new Date(),
): Promise<PackageFile> {
  const data = packageData(caller, input.id);
  const entries = new Map<string, Buffer>([[DATA_ENTRY, Buffer.from(JSON.stringify(data, null, 1), 'utf8')]]);
  for (const [name, bytes] of await courtesyCopies(caller, data)) entries.set(name, bytes);
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion: APP_VERSION,
    packageId: randomUUID(),
    exportedBy: input.exportedBy,
    exportedAt: now.toISOString(),
    opportunity: { name: data.opportunity.name, customer: data.customer.name },
    entries: [...entries].map(([path, bytes]) => ({ path, size: bytes.length, sha256: sha256(bytes) })),
  };
  const zip = new JSZip();
  zip.file(MANIFEST_ENTRY, JSON.stringify(manifest, null, 1), { date: now });
  // PDFs are already compressed: stored; the data is text and shrinks well.
  for (const [name, bytes] of entries)
    zip.file(name, bytes, { date: now, compression: name.endsWith('.pdf') ? 'STORE' : 'DEFLATE' });
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  const name = safeFileName(`${data.customer.short_name || data.customer.name} ${data.opportunity.name}`).slice(0, 80);
  return { fileName: `${name}.presales`, bytes, manifest };
}
