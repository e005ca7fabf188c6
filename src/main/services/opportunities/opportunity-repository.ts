import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import {
  OpportunityRecordSchema,
  type OpportunityDetail,
  type OpportunityListInput,
  type OpportunityRecord,
  type OpportunitySummary,
} from '../../../shared/api/opportunities';
import type { Locale } from '../../../shared/locale';
import { AppError } from '../../../shared/result';
import { readOpportunitySettings } from './opportunity-settings';
import { addOpportunityEvent, opportunityRow, writeRecord, type OpportunityRow } from './opportunity-store';
import { describeOpportunity, summarizeOpportunity } from './opportunity-view';

/** Opportunities: reading, listing, creating and saving the record. Moves are in opportunity-moves.ts. */

export interface Caller {
  db: Database;
  locale: Locale;
  t: TFunction;
}

export function getOpportunity({ db, locale, t }: Caller, id: number): OpportunityDetail {
  return describeOpportunity(db, opportunityRow(db, id, t), readOpportunitySettings(db), locale, t);
}

type ListInput = z.output<typeof OpportunityListInput>;

const STATUS_FILTER: Record<ListInput['status'], string> = {
  open: "o.status = 'open' AND o.archived = 0",
  won: "o.status = 'won' AND o.archived = 0",
  lost: "o.status = 'lost' AND o.archived = 0",
  abandoned: "o.status = 'abandoned' AND o.archived = 0",
  closed: "o.status <> 'open' AND o.archived = 0",
  archived: 'o.archived = 1',
  all: '1 = 1',
};

export function listOpportunities(
  { db, locale, t }: Caller,
  input: ListInput,
): { rows: OpportunitySummary[]; owners: string[] } {
  const like = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .prepare(
      `SELECT o.*, c.name AS customer_name FROM opportunities o JOIN customers c ON c.id = o.customer_id
       WHERE ${STATUS_FILTER[input.status]}
         AND (@query = '' OR o.name LIKE @like ESCAPE '\\' OR c.name LIKE @like ESCAPE '\\'
              OR c.short_name LIKE @like ESCAPE '\\' OR o.owner LIKE @like ESCAPE '\\')
         AND (@stage IS NULL OR o.stage = @stage)
         AND (@owner = '' OR o.owner = @owner)
         AND (@month = '' OR substr(o.expected_close, 1, 7) = @month)
         AND (@customerId IS NULL OR o.customer_id = @customerId)
         AND (@ids IS NULL OR o.id IN (SELECT value FROM json_each(@ids)))
       ORDER BY o.updated_at DESC, o.id DESC`,
    )
    .all({
      query: input.query,
      like,
      stage: input.stage,
      owner: input.owner,
      month: input.closeMonth,
      customerId: input.customerId,
      ids: input.ids === null ? null : JSON.stringify(input.ids),
    }) as (OpportunityRow & { customer_name: string })[];
  const settings = readOpportunitySettings(db);
  const summaries = rows.map((row) => summarizeOpportunity(db, row, settings, locale, t));
  const byName = (a: OpportunitySummary, b: OpportunitySummary) => a.name.localeCompare(b.name, 'zh-CN');
  const sorters: Record<ListInput['sort'], ((a: OpportunitySummary, b: OpportunitySummary) => number) | null> = {
    updated: null,
    stage: (a, b) => b.stage - a.stage || byName(a, b),
    amount: (a, b) => (b.amountFen ?? -1) - (a.amountFen ?? -1) || byName(a, b),
    // Soonest first; no date last.
    close: (a, b) => (a.expectedClose || '9999').localeCompare(b.expectedClose || '9999') || byName(a, b),
    probability: (a, b) => b.probability - a.probability || byName(a, b),
    name: byName,
  };
  const sorter = sorters[input.sort];
  if (sorter) summaries.sort(sorter);
  const owners = db
    .prepare("SELECT DISTINCT owner FROM opportunities WHERE owner <> '' ORDER BY owner")
    .pluck()
    .all() as string[];
  return { rows: summaries, owners };
}

export interface CreateInput {
  customerId: number;
  name: string;
  owner: string;
  source: OpportunityRecord['source'];
  amountFen: number | null;
  expectedClose: string;
  by?: string | undefined;
}

/** A new opportunity at stage 1; its qualification starts from the customer's industry. */
export function createOpportunity(
  caller: Caller,
  input: CreateInput,
  options: { isDemo?: boolean; now?: Date } = {},
): OpportunityDetail {
  const { db, t } = caller;
  const iso = (options.now ?? new Date()).toISOString();
  const id = db.transaction(() => {
    const customer = db.prepare('SELECT industry FROM customers WHERE id = ?').get(input.customerId) as
      { industry: string } | undefined;
    if (!customer) {
      throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
        customerId: t('err.opportunities.customerNotFound', { id: input.customerId }),
      });
    }
    const record = OpportunityRecordSchema.parse({
      name: input.name,
      owner: input.owner,
      source: input.source,
      amountFen: input.amountFen,
      expectedClose: input.expectedClose,
      qualification: { industry: customer.industry.slice(0, 40) },
    });
    const newId = Number(
      db
        .prepare(
          `INSERT INTO opportunities (customer_id, name, owner, stage, status, amount_fen, expected_close, record_json,
             is_demo, created_at, updated_at) VALUES (?, ?, ?, 1, 'open', ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.customerId,
          record.name,
          record.owner,
          record.amountFen,
          record.expectedClose,
          JSON.stringify(record),
          options.isDemo ? 1 : 0,
          iso,
          iso,
        ).lastInsertRowid,
    );
    addOpportunityEvent(db, newId, { kind: 'created', actor: input.by ?? input.owner, to: 1, at: iso });
    return newId;
  })();
  return getOpportunity(caller, id);
}

/** Ids inside one list must be unique: they are what edits, the strongest event and contacts refer to. */
function refuseDuplicateIds(record: OpportunityRecord, t: TFunction): void {
  for (const [list, items] of [
    ['people', record.people],
    ['events', record.events],
    ['competitors', record.competitors],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
          [`record.${list}.${index}.id`]: t('err.opportunities.duplicateId', { id: item.id }),
        });
      }
      seen.add(item.id);
    });
  }
}

export function saveOpportunity(caller: Caller, id: number, record: OpportunityRecord): OpportunityDetail {
  const { db, t } = caller;
  opportunityRow(db, id, t);
  refuseDuplicateIds(record, t);
  writeRecord(db, id, record, new Date().toISOString());
  return getOpportunity(caller, id);
}
