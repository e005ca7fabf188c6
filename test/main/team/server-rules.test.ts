import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/shared/i18n';
import { initTeamServer } from '../../../src/main/team/server/server-admin';
import { startTeamServer, type TeamServer } from '../../helpers/team-server';

/**
 * The team's rules as the database enforces them: each refusal proven by connecting as the role
 * that must be refused, the same way a user's app connects.
 */

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
afterAll(() => server?.stop());

const line = (discountBp: number, floorDiscountBp = 2000) => ({
  id: 'l1',
  kind: 'catalogue',
  optional: false,
  code: 'ERP-001',
  unitPriceFen: 100_000,
  unitPriceOverrideFen: null,
  discountBp,
  floorDiscountBp,
});

function quoteData(discountBp: number, needsApproval: boolean) {
  return {
    number: 'BJ-2026-0001',
    revision: 'A',
    needsApproval,
    totalFen: 100_000 - discountBp * 10,
    content: {
      vatMode: 'inclusive',
      lines: [line(discountBp)],
      discount: { kind: 'none' },
      milestones: [],
      title: 'T',
    },
  };
}

async function insertRecord(client: pg.Client, kind: string, data: object, state = '', owner?: string) {
  const uid = randomUUID();
  await client.query(
    `INSERT INTO presales.records (uid, kind, owner, version, state, label, data, hash)
     VALUES ($1, $2, coalesce($3, current_user), 1, $4, $5, $6, 'h')`,
    [uid, kind, owner ?? null, state, `${kind}-${uid.slice(0, 4)}`, data],
  );
  return uid;
}

const digestOf = async (client: pg.Client, uid: string) =>
  (await client.query<{ digest: string }>('SELECT digest FROM presales.records WHERE uid = $1', [uid])).rows[0]
    ?.digest ?? '';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the server to refuse');
}

describe('team server set-up', () => {
  it('is a no-op when run again', async () => {
    const again = await initTeamServer(server.superUrl, translator('en'));
    expect(again.applied).toEqual([]);
    expect(again.schemaVersion).toBe(1);
  });
});

describe('only admins publish shared data', () => {
  const version = (label: string) => [randomUUID(), '标准价格体系', 'inclusive', label, '2026-12-01T00:00:00Z', 0];
  const insertVersion = `INSERT INTO presales.price_list_versions (uid, list_name, vat_mode, label, published_at, item_count)
                         VALUES ($1, $2, $3, $4, $5, $6)`;

  it('refuses a price-list version from a rep, a manager and legal, and takes it from an admin', async () => {
    for (const user of ['rep_a', 'mgr_b', 'legal1']) {
      const client = await server.as(user);
      expect(await refusal(client.query(insertVersion, version(`V-${user}`)))).toMatch(/permission denied/);
    }
    const admin = await server.as('admin1');
    await admin.query(insertVersion, version('2026 版'));
    const rep = await server.as('rep_a');
    const seen = await rep.query('SELECT label, published_by FROM presales.price_list_versions');
    expect(seen.rows).toContainEqual({ label: '2026 版', published_by: 'admin1' });
  });

  it('never lets a published version change, not even for an admin', async () => {
    const admin = await server.as('admin1');
    expect(await refusal(admin.query(`UPDATE presales.price_list_versions SET note = 'x'`))).toMatch(
      /permission denied|published and cannot change/,
    );
  });

  it('refuses library and rule changes from a rep', async () => {
    const rep = await server.as('rep_a');
    expect(
      await refusal(
        rep.query(`INSERT INTO presales.reference_records (kind, key, data, hash) VALUES ('clause', 'k', '{}', 'h')`),
      ),
    ).toMatch(/permission denied/);
    const admin = await server.as('admin1');
    await admin.query(
      `INSERT INTO presales.reference_records (kind, key, data, hash) VALUES ('clause', 'k', '{}', 'h')`,
    );
  });
});

describe('who sees whose work', () => {
  it('a rep sees their own, their manager sees the team, other teams and legal do not see quotes', async () => {
    const repA = await server.as('rep_a');
    const uid = await insertRecord(repA, 'quote', quoteData(1000, false), 'draft');
    const sees = async (user: string) =>
      (await (await server.as(user)).query('SELECT 1 FROM presales.records WHERE uid = $1', [uid])).rowCount;
    expect(await sees('rep_a')).toBe(1);
    expect(await sees('mgr_b')).toBe(1);
    expect(await sees('admin1')).toBe(1);
    expect(await sees('rep_e')).toBe(0);
    expect(await sees('rep_d')).toBe(0);
    expect(await sees('mgr_c')).toBe(0);
    expect(await sees('legal1')).toBe(0);
  });

  it('legal sees contracts', async () => {
    const repA = await server.as('rep_a');
    const uid = await insertRecord(repA, 'contract', { content: { clauses: [] } }, 'draft');
    const legal = await server.as('legal1');
    expect((await legal.query('SELECT 1 FROM presales.records WHERE uid = $1', [uid])).rowCount).toBe(1);
  });

  it('nobody writes a record in someone else’s name, or changes someone else’s', async () => {
    const repA = await server.as('rep_a');
    expect(await refusal(insertRecord(repA, 'opportunity', {}, '', 'rep_d'))).toMatch(/row-level security/);
    const uid = await insertRecord(repA, 'opportunity', { name: 'x' });
    const mgr = await server.as('mgr_b');
    const update = await mgr.query(`UPDATE presales.records SET version = version + 1, data = '{}' WHERE uid = $1`, [
      uid,
    ]);
    expect(update.rowCount).toBe(0);
  });

  it('a write based on an older version is a conflict, not a lost edit', async () => {
    const repA = await server.as('rep_a');
    const uid = await insertRecord(repA, 'opportunity', { name: 'v1' });
    await repA.query(`UPDATE presales.records SET version = 2, data = '{"name":"v2"}' WHERE uid = $1`, [uid]);
    expect(
      await refusal(
        repA.query(`UPDATE presales.records SET version = 2, data = '{"name":"v2b"}' WHERE uid = $1`, [uid]),
      ),
    ).toMatch(/presales-conflict: opportunity .* is at version 2, not 1/);
  });
});

describe('approvals', () => {
  it('only a manager approves, never their own quote, and only the content they saw', async () => {
    const repA = await server.as('rep_a');
    const uid = await insertRecord(repA, 'quote', quoteData(3000, true), 'pending');
    const digest = await digestOf(repA, uid);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const approve = (client: pg.Client, d = digest) =>
      client.query(`INSERT INTO presales.approvals (record_uid, digest, decision) VALUES ($1, $2, 'approved')`, [
        uid,
        d,
      ]);

    // The rep cannot approve, nor move the quote on without an approval.
    expect(await refusal(approve(repA))).toMatch(/permission denied/);
    expect(
      await refusal(repA.query(`UPDATE presales.records SET version = 2, state = 'approved' WHERE uid = $1`, [uid])),
    ).toMatch(/needs a manager's approval/);
    // A manager of another team does not see it; legal may not approve quotes.
    expect(await refusal(approve(await server.as('mgr_c')))).toMatch(/row-level security/);
    expect(await refusal(approve(await server.as('legal1')))).toMatch(/permission denied/);

    // The rep's own manager approves the digest shown; another digest is refused.
    const mgrB = await server.as('mgr_b');
    expect(await refusal(approve(mgrB, 'f'.repeat(64)))).toMatch(/row-level security/);
    await approve(mgrB);
    const decided = await repA.query('SELECT decided_by, decision FROM presales.approvals WHERE record_uid = $1', [
      uid,
    ]);
    expect(decided.rows).toEqual([{ decided_by: 'mgr_b', decision: 'approved' }]);
    await repA.query(`UPDATE presales.records SET version = 2, state = 'approved' WHERE uid = $1`, [uid]);

    // A later change of the commercial content voids it.
    const changed = quoteData(3500, true);
    expect(
      await refusal(repA.query(`UPDATE presales.records SET version = 3, data = $2 WHERE uid = $1`, [uid, changed])),
    ).toMatch(/needs a manager's approval of its current content/);
  });

  it('a manager cannot approve a quote they wrote', async () => {
    const mgrB = await server.as('mgr_b');
    const uid = await insertRecord(mgrB, 'quote', quoteData(3000, true), 'pending');
    const digest = await digestOf(mgrB, uid);
    expect(
      await refusal(
        mgrB.query(`INSERT INTO presales.approvals (record_uid, digest, decision) VALUES ($1, $2, 'approved')`, [
          uid,
          digest,
        ]),
      ),
    ).toMatch(/row-level security/);
  });

  it('checks the floor itself when the app says no approval is needed', async () => {
    const repA = await server.as('rep_a');
    // The line is 30 % off with a 20 % floor: the server disagrees with the claim.
    const uid = await insertRecord(repA, 'quote', quoteData(3000, false), 'draft');
    expect(
      await refusal(repA.query(`UPDATE presales.records SET version = 2, state = 'approved' WHERE uid = $1`, [uid])),
    ).toMatch(/needs a manager's approval/);
    // Within the floor, the rep approves alone.
    const fine = await insertRecord(repA, 'quote', quoteData(1500, false), 'draft');
    await repA.query(`UPDATE presales.records SET version = 2, state = 'approved' WHERE uid = $1`, [fine]);
  });

  it('a final record keeps its content', async () => {
    const repA = await server.as('rep_a');
    const uid = await insertRecord(repA, 'quote', quoteData(1000, false), 'draft');
    await repA.query(`UPDATE presales.records SET version = 2, state = 'sent', final = true WHERE uid = $1`, [uid]);
    await repA.query(`UPDATE presales.records SET version = 3, state = 'accepted' WHERE uid = $1`, [uid]);
    expect(
      await refusal(
        repA.query(`UPDATE presales.records SET version = 4, data = $2 WHERE uid = $1`, [uid, quoteData(500, false)]),
      ),
    ).toMatch(/is final/);
  });
});

describe('contract review', () => {
  it('only legal reviews a contract, and only the content under review', async () => {
    const repA = await server.as('rep_a');
    const uid = await insertRecord(repA, 'contract', { content: { clauses: ['付款'] } }, 'review');
    const digest = await digestOf(repA, uid);
    const review = (client: pg.Client) =>
      client.query(`INSERT INTO presales.reviews (record_uid, digest, decision) VALUES ($1, $2, 'approved')`, [
        uid,
        digest,
      ]);
    expect(await refusal(review(repA))).toMatch(/permission denied/);
    expect(await refusal(review(await server.as('mgr_b')))).toMatch(/permission denied/);
    expect(
      await refusal(repA.query(`UPDATE presales.records SET version = 2, state = 'approved' WHERE uid = $1`, [uid])),
    ).toMatch(/needs legal's review/);
    await review(await server.as('legal1'));
    await repA.query(`UPDATE presales.records SET version = 2, state = 'approved' WHERE uid = $1`, [uid]);
  });
});
