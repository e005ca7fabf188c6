/**
 * One- and two-character search answers from the version's text in memory (version-text): it
 * must find exactly what SQLite's LIKE finds, and follow every change to the items — a draft's
 * edits at once, a deleted and re-created version, uncommitted rows inside a transaction.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open-database';
import { codeKey, indexItem, indexVersion, reindexItem } from '../../../src/main/services/prices/search/search-index';
import { searchItemIds } from '../../../src/main/services/prices/search/search-items';
import { versionRowRange } from '../../../src/main/services/prices/search/version-row-range';
import { findInVersionText } from '../../../src/main/services/prices/search/version-text';
import { tempDir } from '../../helpers/temp-dir';

let db: Database;

function addVersion(label: string): number {
  return Number(
    db
      .prepare(
        "INSERT INTO price_list_versions (price_list_id, label, status, created_at) VALUES (1, ?, 'draft', '2026-01-01')",
      )
      .run(label).lastInsertRowid,
  );
}

function publish(versionId: number, publishedAt: string): void {
  db.prepare("UPDATE price_list_versions SET status = 'published', published_at = ? WHERE id = ?").run(
    publishedAt,
    versionId,
  );
}

function insertItem(versionId: number, code: string, name: string, spec = ''): number {
  return Number(
    db
      .prepare(
        `INSERT INTO price_items (version_id, code, code_key, name, spec, type, unit, price_fen, vat_rate_bp)
         VALUES (?, ?, ?, ?, ?, 'module', '套', 100000, 1300)`,
      )
      .run(versionId, code, codeKey(code), name, spec).lastInsertRowid,
  );
}

function loadVersion(versionId: number, items: [string, string, string][]): void {
  db.transaction(() => {
    for (const [code, name, spec] of items) insertItem(versionId, code, name, spec);
    indexVersion(db, versionId);
  })();
}

const codes = (versionId: number, text: string): string[] =>
  searchItemIds(db, versionId, text, 50).map((itemId) =>
    String(db.prepare('SELECT code FROM price_items WHERE id = ?').pluck().get(itemId)),
  );

beforeEach(async () => {
  const opened = await openDatabase({ path: path.join(tempDir(), 'presales.db') });
  if (opened.state !== 'ready') throw new Error(opened.detail);
  db = opened.db;
  db.prepare("INSERT INTO price_lists (id, name) VALUES (1, '标准价格体系')").run();
});

afterEach(() => db.close());

describe('short terms from the text in memory', () => {
  it('finds exactly the items LIKE finds, in id order — never by an id’s digits', () => {
    const versionId = addVersion('2026');
    const words = ['销售', '库存', 'PDA', 'Pro', '管理', '（高级）', '1', '12', 'x_y', '100%'];
    const items: [string, string, string][] = Array.from({ length: 400 }, (_, i) => [
      `C-${i}`,
      `${words[i % words.length]}${words[(i * 7) % words.length]}`,
      i % 3 === 0 ? `${words[(i * 3) % words.length]}；说明` : '',
    ]);
    loadVersion(versionId, items);
    const range = versionRowRange(db, versionId);
    if (!range) throw new Error('no items');
    const like = (term: string, columns: string[], limit: number): number[] =>
      db
        .prepare(
          `SELECT id FROM price_items WHERE version_id = ? AND (${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})
           ORDER BY id LIMIT ?`,
        )
        .pluck()
        .all(versionId, ...columns.map(() => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`), limit) as number[];
    const terms = [
      '销',
      '售库',
      '管',
      '理',
      'pd',
      'PD',
      'a',
      'pR',
      '1',
      '12',
      '2',
      '0',
      '_',
      '%',
      '（',
      '说明',
      '级）',
    ];
    for (const term of terms) {
      for (const limit of [5, 200]) {
        expect(findInVersionText(db, versionId, range, [term], 'name-or-spec', limit), term).toEqual(
          like(term, ['name', 'spec'], limit),
        );
        expect(findInVersionText(db, versionId, range, [term], 'name', limit), term).toEqual(
          like(term, ['name'], limit),
        );
      }
    }
    // Two forms (as typed and NFKC): the first hits of either.
    expect(findInVersionText(db, versionId, range, ['（', '('], 'name', 500)).toEqual(like('（', ['name'], 500));
  });

  it('a draft: an edit shows in the very next search', () => {
    const versionId = addVersion('draft');
    loadVersion(versionId, [
      ['A-1', '财务总账', '凭证'],
      ['A-2', '库存管理', '批次'],
    ]);
    expect(codes(versionId, '财务')).toEqual(['A-1']);
    const itemId = Number(db.prepare("SELECT id FROM price_items WHERE code = 'A-1'").pluck().get());
    const old = { name: '财务总账', spec: '凭证' };
    db.prepare("UPDATE price_items SET name = '税务申报', spec = '发票' WHERE id = ?").run(itemId);
    reindexItem(db, itemId, old);
    expect(codes(versionId, '财务')).toEqual([]);
    expect(codes(versionId, '税务')).toEqual(['A-1']);
    expect(codes(versionId, '发')).toEqual(['A-1']);
    const added = insertItem(versionId, 'A-3', '财务报表');
    indexItem(db, added);
    expect(codes(versionId, '财务')).toEqual(['A-3']);
  });

  it('a published version: unrelated writes keep its results; deleted and created again, the new items', () => {
    db.prepare('UPDATE price_lists SET is_demo = 1 WHERE id = 1').run(); // demo data may take a published version with it
    const first = addVersion('v1');
    loadVersion(first, [
      ['D-1', '演示销售', ''],
      ['D-2', '演示采购', ''],
    ]);
    publish(first, '2026-01-01T00:00:00.000Z');
    expect(codes(first, '销售')).toEqual(['D-1']);
    const draft = addVersion('draft');
    loadVersion(draft, [['X-1', '销售预测', '']]);
    expect(codes(first, '销售')).toEqual(['D-1']);
    expect(codes(draft, '销售')).toEqual(['X-1']);
    // Demo data cleared: the version and its items go; a new version gets the same ids.
    db.transaction(() => {
      db.prepare(
        "INSERT INTO price_items_fts (price_items_fts, rowid, name, spec) SELECT 'delete', id, name, spec FROM price_items WHERE version_id IN (?, ?)",
      ).run(first, draft);
      db.prepare('DELETE FROM price_items').run();
      db.prepare('DELETE FROM price_list_versions').run();
    })();
    const again = addVersion('v1');
    expect(again).toBe(first);
    loadVersion(again, [
      ['N-1', '新销售', ''],
      ['N-2', '新采购', ''],
    ]);
    publish(again, '2026-02-01T00:00:00.000Z');
    expect(codes(again, '销售')).toEqual(['N-1']);
    expect(codes(again, '新')).toEqual(['N-1', 'N-2']);
    expect(codes(again, '演示')).toEqual([]);
  });

  it('inside a transaction, rows not yet committed are found, and gone after a rollback', () => {
    const versionId = addVersion('draft');
    loadVersion(versionId, [['A-1', '财务总账', '']]);
    expect(codes(versionId, '总账')).toEqual(['A-1']);
    db.exec('BEGIN');
    indexItem(db, insertItem(versionId, 'A-2', '总账报表'));
    expect(codes(versionId, '总账')).toEqual(['A-2', 'A-1']);
    db.exec('ROLLBACK');
    expect(codes(versionId, '总账')).toEqual(['A-1']);
  });
});
