import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { TimelineEntry } from '../../../shared/api/opportunities';
import type { MissingItem } from '../../../shared/opportunities/gates';
import type { OpportunityDocuments } from './opportunity-documents';
import { missingMessage } from './opportunity-messages';

/**
 * The timeline (过程管理): the opportunity's own entries merged with the histories of its
 * documents (quote and contract events, proposals and demo scripts created), newest first. The
 * documents' events are read where they are kept, never copied.
 */

interface OwnEvent {
  id: number;
  at: string;
  kind: string;
  actor: string;
  from_stage: number | null;
  to_stage: number | null;
  text: string;
  data_json: string;
}

export function opportunityTimeline(
  db: Database,
  opportunityId: number,
  stageName: (n: number) => string,
  documents: OpportunityDocuments,
  t: TFunction,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const own = db
    .prepare('SELECT * FROM opportunity_events WHERE opportunity_id = ? ORDER BY id')
    .all(opportunityId) as OwnEvent[];
  for (const e of own) {
    const data = JSON.parse(e.data_json) as Record<string, string | number | unknown[]>;
    const base = {
      id: `o${e.id}`,
      at: e.at,
      actor: e.actor,
      text: e.text,
      fromStage: e.from_stage,
      toStage: e.to_stage,
    };
    const stages = { from: e.from_stage ?? '', to: e.to_stage ?? '', toName: stageName(e.to_stage ?? 1) };
    switch (e.kind) {
      case 'stage':
        entries.push({
          ...base,
          kind: 'stage',
          summary: t(
            (e.to_stage ?? 0) > (e.from_stage ?? 0)
              ? 'opportunities.timeline.stageForward'
              : 'opportunities.timeline.stageBack',
            stages,
          ),
        });
        break;
      case 'override':
        entries.push({
          ...base,
          kind: 'override',
          summary: t('opportunities.timeline.override', {
            ...stages,
            missing: Array.isArray(data.items)
              ? (data.items as unknown as MissingItem[]).map((m) => missingMessage(m, t)).join('；')
              : String(data.missing ?? ''),
          }),
        });
        break;
      case 'closed': {
        const outcome = String(data.outcome ?? 'lost');
        const key = outcome === 'won' ? 'closedWon' : outcome === 'lost' ? 'closedLost' : 'closedAbandoned';
        entries.push({
          ...base,
          kind: 'closed',
          summary: t(`opportunities.timeline.${key}`, {
            categoryLabel: t(`opportunities.categories.${String(data.category ?? 'other')}`),
          }),
        });
        break;
      }
      case 'contact':
        entries.push({
          ...base,
          kind: 'contact',
          summary: data.person
            ? t('opportunities.timeline.contact', { person: String(data.person) })
            : t('opportunities.timeline.contactNoPerson'),
        });
        break;
      case 'migrated':
        entries.push({
          ...base,
          kind: 'migrated',
          summary: t('opportunities.timeline.migrated', { count: data.count ?? 0 }),
        });
        break;
      case 'imported':
        entries.push({
          ...base,
          kind: 'imported',
          summary: t('opportunities.timeline.imported', {
            file: String(data.file ?? ''),
            by: String(data.exportedBy ?? '') || '—',
            at: String(data.exportedAt ?? '').slice(0, 10),
          }),
        });
        break;
      case 'created':
      case 'reopened':
      case 'archived':
      case 'restored':
      case 'note':
        entries.push({ ...base, kind: e.kind, summary: t(`opportunities.timeline.${e.kind}`) });
        break;
      default:
        entries.push({ ...base, kind: 'note', summary: e.kind });
    }
  }
  const action = (kind: string) => t(`opportunities.documentActions.${kind}`, { defaultValue: kind });
  const quoteEvents = db
    .prepare(
      `SELECT e.id, e.at, e.kind, e.actor, e.comment, q.number || '-' || r.revision AS number
       FROM quote_events e JOIN quote_revisions r ON r.id = e.revision_id JOIN quotes q ON q.id = r.quote_id
       WHERE q.opportunity_id = ? ORDER BY e.id`,
    )
    .all(opportunityId) as { id: number; at: string; kind: string; actor: string; comment: string; number: string }[];
  for (const e of quoteEvents) {
    entries.push({
      id: `q${e.id}`,
      at: e.at,
      kind: 'document',
      actor: e.actor,
      summary: t('opportunities.timeline.quote', { number: e.number, action: action(e.kind) }),
      text: e.comment,
      fromStage: null,
      toStage: null,
    });
  }
  const contractEvents = db
    .prepare(
      `SELECT e.id, e.at, e.kind, e.actor, e.comment, c.number FROM contract_events e JOIN contracts c ON c.id = e.contract_id
       WHERE c.opportunity_id = ? ORDER BY e.id`,
    )
    .all(opportunityId) as { id: number; at: string; kind: string; actor: string; comment: string; number: string }[];
  for (const e of contractEvents) {
    entries.push({
      id: `c${e.id}`,
      at: e.at,
      kind: 'document',
      actor: e.actor,
      summary: t('opportunities.timeline.contract', { number: e.number, action: action(e.kind) }),
      text: e.comment,
      fromStage: null,
      toStage: null,
    });
  }
  const titles = new Map(
    [...documents.proposals, ...documents.demoScripts].map((d) => [
      `${'deviationRows' in d ? 'p' : 's'}${d.id}`,
      d.title,
    ]),
  );
  for (const [table, key, prefix] of [
    ['proposals', 'proposal', 'p'],
    ['demo_scripts', 'demoScript', 's'],
  ] as const) {
    const rows = db
      .prepare(`SELECT id, title, created_at FROM ${table} WHERE opportunity_id = ? ORDER BY id`)
      .all(opportunityId) as { id: number; title: string; created_at: string }[];
    for (const r of rows) {
      const title = titles.get(`${prefix}${r.id}`) ?? r.title;
      entries.push({
        id: `${prefix}${r.id}`,
        at: r.created_at,
        kind: 'document',
        actor: '',
        summary: t(`opportunities.timeline.${key}`, { title }),
        text: '',
        fromStage: null,
        toStage: null,
      });
    }
  }
  // Newest first; among entries at the same instant, the later-recorded first.
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.at === b.entry.at ? b.index - a.index : a.entry.at < b.entry.at ? 1 : -1))
    .map(({ entry }) => entry);
}
