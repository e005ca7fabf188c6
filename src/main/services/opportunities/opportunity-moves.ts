import type { TFunction } from 'i18next';
import type { OpportunityDetail } from '../../../shared/api/opportunities';
import { AppError } from '../../../shared/result';
import { LAST_STAGE } from '../../../shared/opportunities/stages';
import { readQuoteSettings } from '../quotes/quote-settings';
import { hasIssuedDocuments } from './opportunity-documents';
import { getOpportunity, type Caller } from './opportunity-repository';
import { readOpportunitySettings } from './opportunity-settings';
import {
  addOpportunityEvent,
  opportunityRow,
  parseClosing,
  parseRecord,
  touch,
  writeRecord,
  type OpportunityRow,
} from './opportunity-store';
import { checkMoveFor, missingList, stageName } from './opportunity-view';

/**
 * Moving an opportunity: stage changes through the gates (or a logged override), closing,
 * reopening, archiving, deleting, and the notes and contacts of the timeline. Each is one
 * transaction: a refused move changes nothing.
 */

/** Who did it: the caller's name, else the opportunity's owner, else the quote preparer. */
function actor(caller: Caller, row: OpportunityRow, by: string | undefined): string {
  return by || row.owner || readQuoteSettings(caller.db).preparedBy || '';
}

function requireOpen(row: OpportunityRow, t: TFunction): void {
  if (row.status !== 'open') {
    throw new AppError('REFUSED', t('err.opportunities.closed', { status: t(`opportunities.statuses.${row.status}`) }));
  }
}

export function advanceOpportunity(
  caller: Caller,
  input: { id: number; to: number; override?: string | undefined; by?: string | undefined },
): OpportunityDetail {
  const { db, locale, t } = caller;
  db.transaction(() => {
    const row = opportunityRow(db, input.id, t);
    requireOpen(row, t);
    const settings = readOpportunitySettings(db);
    if (input.to === row.stage) {
      throw new AppError(
        'REFUSED',
        t('err.opportunities.sameStage', { stage: row.stage, name: stageName(settings, row.stage, locale) }),
      );
    }
    const check = checkMoveFor(db, row, settings, input.to, t);
    const who = actor(caller, row, input.by);
    const at = new Date().toISOString();
    if (!check.met) {
      if (!input.override) {
        throw new AppError(
          'GATE_NOT_MET',
          t('err.opportunities.gateNotMet', {
            to: input.to,
            toName: stageName(settings, input.to, locale),
            missing: missingList(check, settings, locale, t),
          }),
        );
      }
      addOpportunityEvent(db, row.id, {
        kind: 'override',
        actor: who,
        from: row.stage,
        to: input.to,
        text: input.override,
        data: { missing: check.missing.map((m) => `${m.stage}·${m.key}`).join(', '), items: check.missing },
        at,
      });
    }
    addOpportunityEvent(db, row.id, {
      kind: 'stage',
      actor: who,
      from: row.stage,
      to: input.to,
      text: check.met ? '' : (input.override ?? ''),
      at,
    });
    db.prepare('UPDATE opportunities SET stage = ?, updated_at = ? WHERE id = ?').run(input.to, at, row.id);
  })();
  return getOpportunity(caller, input.id);
}

export function closeOpportunity(
  caller: Caller,
  input: {
    id: number;
    outcome: 'won' | 'lost' | 'abandoned';
    category: string;
    reason: string;
    override?: string | undefined;
    by?: string | undefined;
  },
): OpportunityDetail {
  const { db, locale, t } = caller;
  db.transaction(() => {
    const row = opportunityRow(db, input.id, t);
    requireOpen(row, t);
    const settings = readOpportunitySettings(db);
    const who = actor(caller, row, input.by);
    const at = new Date().toISOString();
    if (input.outcome === 'won') {
      const check = checkMoveFor(db, row, settings, LAST_STAGE, t);
      // At 签约成交 already, the stage's own gate must still hold.
      const own =
        row.stage === LAST_STAGE ? checkMoveFor(db, { ...row, stage: LAST_STAGE - 1 }, settings, LAST_STAGE, t) : check;
      if (!own.met) {
        if (!input.override) {
          throw new AppError(
            'GATE_NOT_MET',
            t('err.opportunities.winGateNotMet', { missing: missingList(own, settings, locale, t) }),
          );
        }
        addOpportunityEvent(db, row.id, {
          kind: 'override',
          actor: who,
          from: row.stage,
          to: LAST_STAGE,
          text: input.override,
          data: { missing: own.missing.map((m) => `${m.stage}·${m.key}`).join(', '), items: own.missing },
          at,
        });
      }
    }
    const closing = { outcome: input.outcome, category: input.category, reason: input.reason, at, by: who };
    addOpportunityEvent(db, row.id, {
      kind: 'closed',
      actor: who,
      from: row.stage,
      to: input.outcome === 'won' ? LAST_STAGE : row.stage,
      text: input.reason,
      data: { outcome: input.outcome, category: input.category },
      at,
    });
    db.prepare('UPDATE opportunities SET status = ?, stage = ?, closing_json = ?, updated_at = ? WHERE id = ?').run(
      input.outcome,
      input.outcome === 'won' ? LAST_STAGE : row.stage,
      JSON.stringify(closing),
      at,
      row.id,
    );
  })();
  return getOpportunity(caller, input.id);
}

export function reopenOpportunity(
  caller: Caller,
  input: { id: number; reason: string; by?: string | undefined },
): OpportunityDetail {
  const { db, t } = caller;
  db.transaction(() => {
    const row = opportunityRow(db, input.id, t);
    if (row.status === 'open') throw new AppError('REFUSED', t('err.opportunities.notClosed'));
    const at = new Date().toISOString();
    addOpportunityEvent(db, row.id, {
      kind: 'reopened',
      actor: actor(caller, row, input.by),
      from: row.stage,
      to: row.stage,
      text: input.reason,
      data: { was: parseClosing(row)?.outcome ?? row.status },
      at,
    });
    db.prepare("UPDATE opportunities SET status = 'open', closing_json = NULL, updated_at = ? WHERE id = ?").run(
      at,
      row.id,
    );
  })();
  return getOpportunity(caller, input.id);
}

export function archiveOpportunity(
  caller: Caller,
  input: { id: number; archived: boolean; by?: string | undefined },
): OpportunityDetail {
  const { db, t } = caller;
  db.transaction(() => {
    const row = opportunityRow(db, input.id, t);
    if ((row.archived === 1) === input.archived) return;
    const at = new Date().toISOString();
    addOpportunityEvent(db, row.id, {
      kind: input.archived ? 'archived' : 'restored',
      actor: actor(caller, row, input.by),
      at,
    });
    db.prepare('UPDATE opportunities SET archived = ?, updated_at = ? WHERE id = ?').run(
      input.archived ? 1 : 0,
      at,
      row.id,
    );
  })();
  return getOpportunity(caller, input.id);
}

/** Deletes an opportunity whose documents never reached the customer; its drafts stay, unattached. */
export function deleteOpportunity(caller: Caller, id: number): void {
  const { db, t } = caller;
  db.transaction(() => {
    const row = opportunityRow(db, id, t);
    if (hasIssuedDocuments(db, id))
      throw new AppError('REFUSED', t('err.opportunities.deleteRefused', { name: row.name }));
    db.prepare('DELETE FROM opportunities WHERE id = ?').run(id);
  })();
}

export function logOnOpportunity(
  caller: Caller,
  input: {
    id: number;
    kind: 'note' | 'contact';
    text: string;
    personId: string | null;
    date: string;
    by?: string | undefined;
  },
): OpportunityDetail {
  const { db, t } = caller;
  db.transaction(() => {
    const row = opportunityRow(db, input.id, t);
    const now = new Date();
    const at = now.toISOString();
    const data: Record<string, string> = {};
    if (input.personId !== null) {
      const record = parseRecord(row, t);
      const person = record.people.find((p) => p.id === input.personId);
      if (!person) {
        throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
          personId: t('err.opportunities.personNotFound', { id: input.personId }),
        });
      }
      data.person = person.name;
      if (input.kind === 'contact') {
        const date = input.date || at.slice(0, 10);
        if (date > person.lastContact) {
          writeRecord(
            db,
            row.id,
            { ...record, people: record.people.map((p) => (p.id === person.id ? { ...p, lastContact: date } : p)) },
            at,
          );
        }
      }
    }
    addOpportunityEvent(db, row.id, {
      kind: input.kind,
      actor: actor(caller, row, input.by),
      text: input.text,
      data,
      at,
    });
    touch(db, row.id, at);
  })();
  return getOpportunity(caller, input.id);
}
