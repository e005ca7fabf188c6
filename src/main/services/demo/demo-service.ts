import type { Database } from 'better-sqlite3';
import type { DemoStatus } from '../../../shared/api/demo';
import { translator } from '../../../shared/i18n';
import { AppError } from '../../../shared/result';
import { getCompany, putCompany } from '../company/company-repository';
import { approveQuote } from '../quotes/quote-edits';
import { ensureStandardLibrary } from '../contracts/clause-repository';
import { createContract } from '../contracts/contract-create';
import { actOnContract } from '../contracts/contract-edits';
import type { ProposalContent, ProposalSection } from '../../../shared/proposals/proposal';
import { getSolution, saveSection } from '../library/library-repository';
import { createProposal } from '../proposals/proposal-repository';
import { createDemoScript } from '../demo-scripts/demo-script-repository';
import { demoLibrarySections, demoProposal, demoScript } from './demo-library';
import {
  demoCategories,
  demoCompany,
  demoCustomer,
  demoItems,
  demoPriceList,
  demoQuote,
  demoQuoteTemplates,
  demoSolutions,
} from './demo-data';
import { DEMO_LOGO_PNG_BASE64 } from './demo-logo';
import { insertDemoContractDraft } from './demo-contract-draft';
import { insertDemoOpportunities } from './demo-opportunities';
import { createDemoQuote } from './demo-quote-builder';
import { indexVersion, searchKeys, unindexVersion } from '../prices/search/search-index';

const count = (db: Database, sql: string): number => Number(db.prepare(sql).pluck().get());

export function demoStatus(db: Database): DemoStatus {
  const items = count(
    db,
    `SELECT count(*) FROM price_items i JOIN price_list_versions v ON v.id = i.version_id
     JOIN price_lists l ON l.id = v.price_list_id WHERE l.is_demo = 1`,
  );
  const solutions = count(db, 'SELECT count(*) FROM solutions WHERE is_demo = 1');
  const customers = count(db, 'SELECT count(*) FROM customers WHERE is_demo = 1');
  const companyIsDemo = count(db, 'SELECT count(*) FROM company_profile WHERE is_demo = 1') > 0;
  return { loaded: items + solutions + customers > 0 || companyIsDemo, companyIsDemo, items, solutions, customers };
}

function insertCatalogue(db: Database, now: string): void {
  const categoryId = new Map<string, number>();
  const findCategory = db.prepare('SELECT id FROM categories WHERE name = ?').pluck();
  const addCategory = db.prepare('INSERT INTO categories (name, sort_order, is_demo) VALUES (?, ?, 1)');
  demoCategories.forEach((name, index) => {
    const existing = findCategory.get(name);
    const id = typeof existing === 'number' ? existing : Number(addCategory.run(name, index).lastInsertRowid);
    categoryId.set(name, id);
  });

  const listId = db
    .prepare("INSERT INTO price_lists (name, currency, vat_mode, is_demo) VALUES (?, 'CNY', 'inclusive', 1)")
    .run(demoPriceList.name).lastInsertRowid;
  const versionId = db
    .prepare(`INSERT INTO price_list_versions (price_list_id, label, status, created_at) VALUES (?, ?, 'draft', ?)`)
    .run(listId, demoPriceList.versionLabel, now).lastInsertRowid;
  const addItem = db.prepare(
    `INSERT INTO price_items (version_id, code, name, spec, type, unit, category_id, price_fen, cost_fen,
       vat_rate_bp, floor_discount_bp, active, notes, sort_order, code_key, pinyin_initials)
     VALUES (@versionId, @code, @name, @spec, @type, @unit, @categoryId, @priceFen, @costFen,
       @vatRateBp, @floorDiscountBp, 1, @notes, @sortOrder, @codeKey, @pinyinInitials)`,
  );
  demoItems.forEach((item, index) => {
    addItem.run({
      versionId,
      code: item.code,
      name: item.name,
      spec: item.spec,
      type: item.type,
      unit: item.unit,
      categoryId: categoryId.get(item.category) ?? null,
      priceFen: item.priceFen,
      costFen: item.costFen,
      vatRateBp: item.vatRateBp,
      floorDiscountBp: item.floorDiscountBp,
      notes: item.notes,
      sortOrder: index,
      ...searchKeys(item.code, item.name),
    });
  });
  // Filled as a draft, indexed for search, then published (published versions are frozen).
  indexVersion(db, Number(versionId));
  db.prepare(
    "UPDATE price_list_versions SET status = 'published', effective_date = ?, published_at = ? WHERE id = ?",
  ).run(demoPriceList.effectiveDate, now, versionId);
}

function insertSolutions(db: Database, now: string): void {
  const addSolution = db.prepare(
    `INSERT INTO solutions (code, name, industry, summary, is_demo, created_at, updated_at)
     VALUES (?, ?, ?, ?, 1, ?, ?)`,
  );
  const addModule = db.prepare(
    'INSERT INTO solution_modules (solution_id, name, item_code, description, sort_order) VALUES (?, ?, ?, ?, ?)',
  );
  const addFeature = db.prepare(
    'INSERT INTO solution_features (module_id, name, description, sort_order) VALUES (?, ?, ?, ?)',
  );
  for (const solution of demoSolutions) {
    const solutionId = addSolution.run(
      solution.code,
      solution.name,
      solution.industry,
      solution.summary,
      now,
      now,
    ).lastInsertRowid;
    solution.modules.forEach((module, m) => {
      const moduleId = addModule.run(solutionId, module.name, module.itemCode, module.description, m).lastInsertRowid;
      module.features.forEach((feature, f) => addFeature.run(moduleId, feature.name, feature.description, f));
    });
  }
}

/**
 * Seeds the demo company, catalogue, solutions and customer in one transaction. Idempotent:
 * if demo data is already there nothing is added; an existing (user's) company profile is kept.
 */
export function loadDemoData(db: Database, now = new Date()): DemoStatus {
  db.transaction(() => {
    const status = demoStatus(db);
    if (status.items + status.solutions + status.customers > 0) return;
    const iso = now.toISOString();
    if (!getCompany(db)) {
      putCompany(db, { ...demoCompany, logo: { mime: 'image/png', dataBase64: DEMO_LOGO_PNG_BASE64 } }, true, now);
    }
    insertCatalogue(db, iso);
    insertSolutions(db, iso);
    const c = demoCustomer;
    const customerId = Number(
      db
        .prepare(
          `INSERT INTO customers (name, short_name, industry, contact, phone, email, address, tax_id, bank_name,
         bank_account, representative, notes, is_demo, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
        )
        .run(
          c.name,
          c.shortName,
          c.industry,
          c.contact,
          c.phone,
          c.email,
          c.address,
          c.taxId,
          c.bankName,
          c.bankAccount,
          c.representative,
          c.notes,
          iso,
          iso,
        ).lastInsertRowid,
    );
    const addTemplate = db.prepare(
      'INSERT OR IGNORE INTO quote_templates (kind, name, body, sort_order, is_demo) VALUES (?, ?, ?, ?, 1)',
    );
    demoQuoteTemplates.forEach((tpl, index) => addTemplate.run(tpl.kind, tpl.name, tpl.body, index));
    const quoteRevisionId = insertDemoQuote(db, customerId, now);
    insertDemoLibrary(db, customerId, quoteRevisionId);
    if (quoteRevisionId !== null) insertDemoContract(db, quoteRevisionId, now);
    dateDemoDeal(db, now);
    insertDemoOpportunities(db, now);
    insertDemoContractDraft(db, now);
  })();
  return demoStatus(db);
}

/**
 * The demo deal is in 商务谈判: its quote approved by the sales manager, and the contract drafted
 * from it reviewed and approved by legal — ready to sign but for one purchase condition.
 */
function insertDemoContract(db: Database, quoteRevisionId: number, now: Date): void {
  const t = translator('zh-CN');
  ensureStandardLibrary(db, now);
  const quote = approveQuote(db, quoteRevisionId, '李经理', '折扣在授权范围内，同意报价', t);
  // With the user's own company profile, details legal needs may be missing: the contract then
  // stays a draft (or is not drafted) for the user to complete, and the demo still loads.
  try {
    const contract = createContract(db, { quoteNumber: `${quote.number}-${quote.revision}`, by: '张伟' }, t, {
      isDemo: true,
      now,
    });
    actOnContract(db, contract.id, 'submit', '张伟', '', t, now);
    actOnContract(db, contract.id, 'approve', '法务 赵敏', '条款与标准文本一致，同意', t, now);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'REFUSED')) throw error;
  }
}

/**
 * The demo deal's documents were made over the weeks it took, not in the second the demo was
 * loaded: the proposal before the 提交初步方案 move, the demo script before 方案演示, the quote
 * approved before 商务谈判 and the contract through legal since (see demo-opportunities.ts).
 */
function dateDemoDeal(db: Database, now: Date): void {
  const ago = (days: number, hours = 0) => new Date(now.getTime() - (days * 24 + hours) * 3_600_000).toISOString();
  db.prepare('UPDATE proposals SET created_at = ?, updated_at = ? WHERE is_demo = 1').run(ago(32), ago(31));
  db.prepare('UPDATE demo_scripts SET created_at = ?, updated_at = ? WHERE is_demo = 1').run(ago(23), ago(22));
  const quotes = 'SELECT id FROM quotes WHERE is_demo = 1';
  const revisions = `SELECT id FROM quote_revisions WHERE quote_id IN (${quotes})`;
  db.prepare(`UPDATE quotes SET created_at = ? WHERE id IN (${quotes})`).run(ago(12));
  db.prepare(`UPDATE quote_revisions SET created_at = ?, updated_at = ? WHERE id IN (${revisions})`).run(
    ago(12),
    ago(3),
  );
  db.prepare(`UPDATE quote_revisions SET approved_at = ? WHERE approved_at IS NOT NULL AND id IN (${revisions})`).run(
    ago(3),
  );
  db.prepare(
    `UPDATE quote_events SET at = CASE kind WHEN 'approve' THEN ? ELSE ? END WHERE revision_id IN (${revisions})`,
  ).run(ago(3), ago(12));
  const contracts = 'SELECT id FROM contracts WHERE is_demo = 1';
  db.prepare(`UPDATE contracts SET created_at = ?, updated_at = ? WHERE id IN (${contracts})`).run(ago(2, 4), ago(1));
  db.prepare(`UPDATE contract_revisions SET created_at = ?, updated_at = ? WHERE contract_id IN (${contracts})`).run(
    ago(2, 4),
    ago(1),
  );
  db.prepare(
    `UPDATE contract_events SET at = CASE kind WHEN 'create' THEN ? WHEN 'submit' THEN ? ELSE ? END
     WHERE contract_id IN (${contracts})`,
  ).run(ago(2, 4), ago(2), ago(1));
}

/** The demo customer's quote, priced from the demo price list just seeded. */
function insertDemoQuote(db: Database, customerId: number, now: Date): number | null {
  return createDemoQuote(db, demoQuote, customerId, now);
}

/**
 * The library's reusable sections and a complete sample proposal for the demo customer, priced
 * by the demo quote: every built-in section filled, library chapters where a 方案书 has them.
 */
function insertDemoLibrary(db: Database, customerId: number, quoteRevisionId: number | null): void {
  const t = translator('zh-CN');
  const sectionIds = new Map<string, number>();
  for (const section of demoLibrarySections) {
    sectionIds.set(section.kind, saveSection(db, section, t, { isDemo: true }).id);
  }
  const solutionId = db.prepare("SELECT id FROM solutions WHERE code = 'SOL-DIST'").pluck().get() as number | undefined;
  if (solutionId === undefined) return;
  const solution = getSolution(db, solutionId, t);
  const quoted = new Set(demoQuote.lines.map((l) => l.code));
  const moduleId = new Map(solution.modules.map((m) => [m.name, m.id]));
  const created = createProposal(db, { customerId, solutionId, quoteRevisionId, title: '' }, 'zh-CN', t, {
    isDemo: true,
  });
  const library = (kind: string): ProposalSection[] => {
    const id = sectionIds.get(kind);
    const source = demoLibrarySections.find((s) => s.kind === kind);
    return id === undefined || !source
      ? []
      : [{ id: `lib-${id}`, kind: 'library', title: source.title, librarySectionId: id }];
  };
  const builtIn = (kind: ProposalSection['kind']): ProposalSection[] => {
    const section = created.content.sections.find((s) => s.kind === kind);
    if (!section) return [];
    const d = demoProposal;
    switch (section.kind) {
      case 'situation':
        return [{ ...section, body: d.situation, needs: d.needs, painPoints: d.painPoints }];
      case 'requirements':
        return [
          {
            ...section,
            rows: d.requirements.map((r, i) => {
              const [module = '', feature = ''] = r.feature.split(':');
              const id = moduleId.get(module);
              return { id: `r${i + 1}`, ...r, feature: id === undefined ? '' : `${id}:${feature}` };
            }),
          },
        ];
      case 'plan':
        return [
          {
            ...section,
            lead: d.plan.lead,
            phases: d.plan.phases.map((p, i) => ({ id: `p${i + 1}`, ...p })),
            team: d.plan.team.map((m, i) => ({ id: `t${i + 1}`, ...m })),
          },
        ];
      case 'value':
        return [{ ...section, inputs: d.value }];
      case 'risks':
        return [{ ...section, rows: d.risks.map((r, i) => ({ id: `k${i + 1}`, ...r })) }];
      default:
        return [section];
    }
  };
  const sections = [
    ...builtIn('cover'),
    ...builtIn('toc'),
    ...library('company'),
    ...builtIn('situation'),
    ...builtIn('requirements'),
    ...builtIn('solution'),
    ...library('architecture'),
    ...builtIn('plan'),
    ...library('method'),
    ...builtIn('budget'),
    ...builtIn('value'),
    ...builtIn('risks'),
    ...library('service'),
    ...library('case'),
  ];
  const content: ProposalContent = {
    ...created.content,
    moduleIds: solution.modules.filter((m) => quoted.has(m.itemCode)).map((m) => m.id),
    sections,
  };
  db.prepare('UPDATE proposals SET content_json = ? WHERE id = ?').run(JSON.stringify(content), created.id);
  createDemoScript(
    db,
    {
      title: demoScript.title,
      customerId,
      solutionId,
      moduleIds: content.moduleIds,
      roles: [...demoScript.roles],
      totalMinutes: demoScript.totalMinutes,
      similarCustomers: [...demoScript.similarCustomers],
      locale: 'zh-CN',
    },
    t,
    { isDemo: true },
  );
}

/** Deletes every row marked as demo, in one transaction; rows the user made or edited stay. */
export function clearDemoData(db: Database): DemoStatus {
  db.transaction(() => {
    db.prepare('DELETE FROM solutions WHERE is_demo = 1').run();
    db.prepare('DELETE FROM proposals WHERE is_demo = 1').run();
    db.prepare('DELETE FROM demo_scripts WHERE is_demo = 1').run();
    db.prepare('DELETE FROM library_sections WHERE is_demo = 1').run();
    db.prepare('DELETE FROM contracts WHERE is_demo = 1').run();
    // An opportunity the user has since edited is theirs now (saving clears is_demo).
    db.prepare('DELETE FROM opportunities WHERE is_demo = 1').run();
    // A demo quote the user has since drafted a contract from is theirs now.
    db.prepare('DELETE FROM quotes WHERE is_demo = 1 AND id NOT IN (SELECT quote_id FROM contracts)').run();
    db.prepare('DELETE FROM quote_templates WHERE is_demo = 1').run();
    // A demo customer the user has since quoted is theirs now.
    db.prepare(
      `DELETE FROM customers WHERE is_demo = 1
         AND id NOT IN (SELECT customer_id FROM quotes WHERE customer_id IS NOT NULL)
         AND id NOT IN (SELECT customer_id FROM proposals WHERE customer_id IS NOT NULL)
         AND id NOT IN (SELECT customer_id FROM demo_scripts WHERE customer_id IS NOT NULL)
         AND id NOT IN (SELECT customer_id FROM opportunities)`,
    ).run();
    const demoVersions = db
      .prepare(
        'SELECT v.id FROM price_list_versions v JOIN price_lists l ON l.id = v.price_list_id WHERE l.is_demo = 1',
      )
      .pluck()
      .all() as number[];
    for (const versionId of demoVersions) unindexVersion(db, versionId);
    db.prepare('DELETE FROM price_lists WHERE is_demo = 1').run();
    // A demo category the user has since put their own items in is theirs now.
    db.prepare(
      'DELETE FROM categories WHERE is_demo = 1 AND id NOT IN (SELECT category_id FROM price_items WHERE category_id IS NOT NULL)',
    ).run();
    db.prepare('DELETE FROM company_profile WHERE is_demo = 1').run();
  })();
  return demoStatus(db);
}
