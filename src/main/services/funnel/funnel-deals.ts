import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  CompellingEventSchema,
  CompetitorSchema,
  OpportunityRecordSchema,
  PersonSchema,
  QualificationProfileSchema,
  type OpportunitySettings,
} from '../../../shared/api/opportunities';
import { confirmationProgress } from '../../../shared/opportunities/confirmation';
import { PURCHASE_CONDITIONS, type PurchaseCondition } from '../../../shared/opportunities/purchase-conditions';
import { STAGE_NUMBERS } from '../../../shared/opportunities/stages';
import { documentFactsByOpportunity, type DocumentFacts } from '../opportunities/opportunity-documents';
import type { OpportunityRow } from '../opportunities/opportunity-store';
import { dealProbability, nextGateOf } from '../opportunities/opportunity-view';

/**
 * Every opportunity not archived, read for the funnel in a handful of grouped queries: its short
 * columns with what its timeline says (opportunity_activity, kept by a trigger), what its record
 * says (from the opportunity_facts cache, filled here for records not read before), and its
 * documents. The probability and the gate come
 * from the same functions as the opportunity's own page, so the figures agree with it.
 */

export interface PipelineDeal {
  row: Pick<
    OpportunityRow,
    | 'id'
    | 'name'
    | 'owner'
    | 'stage'
    | 'status'
    | 'amount_fen'
    | 'expected_close'
    | 'closing_json'
    | 'created_at'
    | 'updated_at'
  > & { customer_name: string };
  probability: number;
  missingCount: number;
  source: string;
  competitors: string[];
  lastAt: string | null;
  reached: number | null;
  stageSince: string | null;
}

/** The record, lean: what the funnel needs, each part falling back to its blank default. */
const LeanRecordSchema = z.object({
  source: OpportunityRecordSchema.shape.source.catch(''),
  qualification: QualificationProfileSchema.catch(QualificationProfileSchema.parse({})),
  people: z.array(PersonSchema.pick({ role: true, stance: true, influence: true })).catch([]),
  events: z.array(CompellingEventSchema.pick({ id: true, strength: true, date: true })).catch([]),
  competitors: z.array(CompetitorSchema.pick({ name: true, active: true })).catch([]),
  conditions: OpportunityRecordSchema.shape.conditions.catch(OpportunityRecordSchema.shape.conditions.parse({})),
  confirmation: OpportunityRecordSchema.shape.confirmation.catch(OpportunityRecordSchema.shape.confirmation.parse({})),
});

/** One opportunity_facts row. */
interface FactsRow {
  opportunity_id: number;
  rules_stamp: string;
  /** The open deal's win probability at each of the stages 1–8, space-separated. */
  probabilities: string;
  conditions: string;
  confirmation_percent: number;
  source: string;
  competitors_json: string;
}

/** Which rules cached probabilities were computed under: qualification, weights, stage probabilities. */
function rulesStamp(settings: OpportunitySettings): string {
  const rules = [settings.qualification, settings.weights, settings.stages.map((s) => s.probability)];
  return createHash('sha256').update(JSON.stringify(rules)).digest('hex').slice(0, 16);
}

function factsOf(id: number, recordJson: string, settings: OpportunitySettings, stamp: string): FactsRow {
  let raw: unknown = {};
  try {
    raw = JSON.parse(recordJson);
  } catch {
    // A record that does not read counts as blank here; its own page names the problem.
  }
  const lean = LeanRecordSchema.parse(typeof raw === 'object' && raw !== null ? raw : {});
  // The probability of an open deal at every stage: a move changes the stage, not the record.
  const probabilities = STAGE_NUMBERS.map(
    (stage) => dealProbability({ stage, status: 'open' }, lean, settings).probability.percent,
  );
  return {
    opportunity_id: id,
    rules_stamp: stamp,
    probabilities: probabilities.join(' '),
    conditions: PURCHASE_CONDITIONS.filter((c) => lean.conditions[c]).join(' '),
    confirmation_percent: confirmationProgress(lean.confirmation).percent,
    source: lean.source,
    competitors_json: JSON.stringify(lean.competitors.filter((c) => c.active).map((c) => c.name)),
  };
}

/** Computes and caches the facts of the given opportunities (read before, or under other rules). */
function refreshFacts(db: Database, ids: readonly number[], settings: OpportunitySettings): Map<number, FactsRow> {
  const stamp = rulesStamp(settings);
  const facts = new Map<number, FactsRow>();
  const read = db.prepare('SELECT record_json FROM opportunities WHERE id = ?').pluck();
  const store = db.prepare(
    `INSERT OR REPLACE INTO opportunity_facts (opportunity_id, rules_stamp, probabilities, conditions,
       confirmation_percent, source, competitors_json)
     VALUES (@opportunity_id, @rules_stamp, @probabilities, @conditions, @confirmation_percent, @source,
       @competitors_json)`,
  );
  db.transaction(() => {
    for (const id of ids) {
      const f = factsOf(id, read.get(id) as string, settings, stamp);
      facts.set(id, f);
      store.run(f);
    }
  })();
  return facts;
}

const NO_DOCUMENTS: DocumentFacts = {
  proposals: [],
  demoScripts: 0,
  approvedQuotes: 0,
  quotes: [],
  approvedContracts: 0,
  contracts: [],
};

/** What the funnel reads of a deal's facts. */
type DealFacts = Omit<FactsRow, 'opportunity_id' | 'rules_stamp'>;

/** One row of the funnel's read: the opportunity's short columns, its activity and its cached facts. */
type DealRow = PipelineDeal['row'] & {
  last_at: string | null;
  reached: number | null;
  stage_since: string | null;
  /** The cached facts under today's rules, or null (never read, or read under other rules). */
  probabilities: string | null;
  conditions: string | null;
  confirmation_percent: number | null;
  source: string | null;
  competitors_json: string | null;
};

export function pipelineDeals(db: Database, settings: OpportunitySettings): PipelineDeal[] {
  const stamp = rulesStamp(settings);
  // The covering index holds every opportunity column read here, so the long records stay on disk.
  // Rows come as arrays (`raw`), turned into objects of one fixed shape here: twice as fast as
  // letting the driver build an object per row.
  const raw = db
    .prepare(
      `SELECT o.id, o.name, o.owner, o.stage, o.status, o.amount_fen, o.expected_close, o.closing_json, o.created_at,
              o.updated_at, c.name AS customer_name,
              a.last_at, a.reached,
              CASE o.stage WHEN 1 THEN a.entered_1 WHEN 2 THEN a.entered_2 WHEN 3 THEN a.entered_3
                WHEN 4 THEN a.entered_4 WHEN 5 THEN a.entered_5 WHEN 6 THEN a.entered_6 WHEN 7 THEN a.entered_7
                ELSE a.entered_8 END AS stage_since,
              f.probabilities, f.conditions, f.confirmation_percent, f.source, f.competitors_json
       FROM opportunities o INDEXED BY opportunities_funnel JOIN customers c ON c.id = o.customer_id
       LEFT JOIN opportunity_activity a ON a.opportunity_id = o.id
       LEFT JOIN opportunity_facts f ON f.opportunity_id = o.id AND f.rules_stamp = ?
       WHERE o.archived = 0 ORDER BY o.id`,
    )
    .raw()
    .all(stamp) as unknown[][];
  const rows = raw.map((r): DealRow => ({
    id: r[0] as number,
    name: r[1] as string,
    owner: r[2] as string,
    stage: r[3] as number,
    status: r[4] as DealRow['status'],
    amount_fen: r[5] as number | null,
    expected_close: r[6] as string,
    closing_json: r[7] as string | null,
    created_at: r[8] as string,
    updated_at: r[9] as string,
    customer_name: r[10] as string,
    last_at: r[11] as string | null,
    reached: r[12] as number | null,
    stage_since: r[13] as string | null,
    probabilities: r[14] as string | null,
    conditions: r[15] as string | null,
    confirmation_percent: r[16] as number | null,
    source: r[17] as string | null,
    competitors_json: r[18] as string | null,
  }));
  const stale = rows.filter((r) => r.probabilities === null).map((r) => r.id);
  const refreshed = stale.length > 0 ? refreshFacts(db, stale, settings) : new Map<number, FactsRow>();
  const documents = documentFactsByOpportunity(db);
  // Most deals have no documents yet: their gate depends on stage, conditions and confirmation
  // alone, so it is checked once per distinct combination.
  const gates = new Map<string, number>();
  const missingAtGate = (row: DealRow, f: DealFacts): number => {
    const docs = documents.get(row.id);
    const key = docs === undefined ? `${row.stage}|${f.conditions}|${f.confirmation_percent}` : null;
    const known = key === null ? undefined : gates.get(key);
    if (known !== undefined) return known;
    const met: Partial<Record<PurchaseCondition, boolean>> = {};
    if (f.conditions !== '') for (const c of f.conditions.split(' ') as PurchaseCondition[]) met[c] = true;
    const gate = nextGateOf(row, settings, {
      ...(docs ?? NO_DOCUMENTS),
      confirmationPercent: f.confirmation_percent,
      conditionsMet: met,
    });
    const missing = gate?.missing.length ?? 0;
    if (key !== null) gates.set(key, missing);
    return missing;
  };
  return rows.map((row) => {
    const f: DealFacts =
      row.probabilities !== null &&
      row.conditions !== null &&
      row.confirmation_percent !== null &&
      row.source !== null &&
      row.competitors_json !== null
        ? {
            probabilities: row.probabilities,
            conditions: row.conditions,
            confirmation_percent: row.confirmation_percent,
            source: row.source,
            competitors_json: row.competitors_json,
          }
        : (refreshed.get(row.id) ?? factsOf(row.id, '{}', settings, stamp));
    const open = row.status === 'open';
    return {
      row,
      probability: open ? Number(f.probabilities.split(' ')[row.stage - 1] ?? 0) : row.status === 'won' ? 100 : 0,
      missingCount: open ? missingAtGate(row, f) : 0,
      source: f.source,
      // Only the won/lost analysis reads competitors: parsed for closed deals alone.
      competitors: open ? [] : (JSON.parse(f.competitors_json) as string[]),
      lastAt: row.last_at,
      reached: row.reached,
      stageSince: row.stage_since,
    };
  });
}
