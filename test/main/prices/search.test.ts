import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open-database';
import {
  codeKey,
  indexItem,
  indexVersion,
  reindexItem,
  searchKeys,
  unindexItem,
  unindexVersion,
} from '../../../src/main/services/prices/search/search-index';
import {
  matchCondition,
  searchItemIds,
  versionMatchCondition,
} from '../../../src/main/services/prices/search/search-items';
import { tempDir } from '../../helpers/temp-dir';

interface Seed {
  code: string;
  name: string;
  spec?: string;
}

const CATALOGUE_2026: Seed[] = [
  { code: 'ERP-SD-001', name: '销售管理', spec: '报价、销售订单、发货、退货、信用控制' },
  { code: 'ERP-SD-010', name: '销售订单管理', spec: '订单录入、审批与执行跟踪' },
  { code: 'ERP-IV-001', name: '库存管理', spec: '多仓库、批次、盘点、调拨' },
  { code: 'ERP-PU-001', name: '采购管理', spec: '请购、询价比价、采购订单、供应商评估' },
  { code: 'ERP-AR-001', name: '应收管理', spec: '应收单、收款核销、账龄分析；与销售管理集成' },
  { code: 'SVC-IMP-002', name: '实施服务（高级顾问）', spec: '5 年以上行业实施经验，负责需求调研' },
  { code: 'MNT-001', name: '年度维护', spec: '7×24 小时响应、大版本升级' },
  { code: 'LIC-U-010', name: '命名用户许可', spec: '按命名用户计' },
  { code: 'LIC-U-0100', name: '并发用户许可', spec: '按同时在线用户数计' },
  { code: 'CRM-LIC-001', name: 'CRM 销售人员许可（含 ERP-SD-001、LIC-U-010 权限）', spec: '含移动端' },
  { code: 'HW-PDA-01', name: 'PDA 手持终端', spec: '安卓系统，一维/二维扫描头，100%_防水' },
  { code: 'ERP-BI-001', name: 'BI 商业智能分析', spec: '经营驾驶舱、自助分析' },
];

// The next year's draft: same codes where items carry over, one new item, one renamed.
const CATALOGUE_2027: Seed[] = [
  { code: 'ERP-SD-001', name: '销售管理', spec: '报价、销售订单、发货、退货、信用控制、价格政策' },
  { code: 'ERP-SD-002', name: '销售退货管理', spec: '退货申请、质检、红字发票' },
  { code: 'ERP-IV-001', name: '库存管理', spec: '多仓库、批次、盘点、调拨、安全库存预警' },
  { code: 'MNT-001', name: '年度维护（高级）', spec: '7×24 小时响应' },
];

let db: Database;
let v2026: number;
let v2027: number;
const ids = new Map<string, number>();

function addVersion(label: string): number {
  return Number(
    db
      .prepare(
        "INSERT INTO price_list_versions (price_list_id, label, status, created_at) VALUES (1, ?, 'draft', '2026-01-01')",
      )
      .run(label).lastInsertRowid,
  );
}

function insertItem(versionId: number, item: Seed): number {
  return Number(
    db
      .prepare(
        `INSERT INTO price_items (version_id, code, code_key, name, spec, type, unit, price_fen, vat_rate_bp)
         VALUES (?, ?, ?, ?, ?, 'module', '套', 100000, 1300)`,
      )
      .run(versionId, item.code, codeKey(item.code), item.name, item.spec ?? '').lastInsertRowid,
  );
}

/** Loads a version the way an import does: insert everything, then index once. */
function loadVersion(label: string, items: Seed[]): number {
  const versionId = addVersion(label);
  db.transaction(() => {
    for (const item of items) ids.set(`${label}:${item.code}`, insertItem(versionId, item));
    indexVersion(db, versionId);
  })();
  return versionId;
}

const id = (label: string, code: string): number => {
  const found = ids.get(`${label}:${code}`);
  if (found === undefined) throw new Error(`no item ${label}:${code}`);
  return found;
};
const codesOf = (found: number[]): string[] =>
  found.map((itemId) => String(db.prepare('SELECT code FROM price_items WHERE id = ?').pluck().get(itemId)));
const search = (text: string, versionId = v2026, limit = 50): string[] =>
  codesOf(searchItemIds(db, versionId, text, limit));

/** FTS5's own check that the index holds exactly the rows of the content table: no ghosts. */
function expectFtsConsistent(): void {
  expect(() =>
    db.prepare("INSERT INTO price_items_fts (price_items_fts, rank) VALUES ('integrity-check', 1)").run(),
  ).not.toThrow();
}

beforeEach(async () => {
  const opened = await openDatabase({ path: path.join(tempDir(), 'presales.db') });
  if (opened.state !== 'ready') throw new Error(opened.detail);
  db = opened.db;
  db.prepare("INSERT INTO price_lists (id, name) VALUES (1, '标准价格体系')").run();
  ids.clear();
  v2026 = loadVersion('2026', CATALOGUE_2026);
  v2027 = loadVersion('2027', CATALOGUE_2027);
});

afterEach(() => db.close());

describe('indexing a version', () => {
  it('stores the normalised code and the pinyin initials of every item', () => {
    const row = db
      .prepare('SELECT code_key, pinyin_initials FROM price_items WHERE id = ?')
      .get(id('2026', 'CRM-LIC-001'));
    expect(row).toEqual({ code_key: 'CRM-LIC-001', pinyin_initials: 'crmxsryxkherpsd001licu010qx' });
    expect(codeKey(' ｅｒｐ-sd-001 ')).toBe('ERP-SD-001');
  });

  it('keeps keys written at insert and fills in those of rows keyed before pinyin existed', () => {
    const versionId = addVersion('keyed');
    const keys = searchKeys('erp-gl-001', '总账');
    const keyed = Number(
      db
        .prepare(
          `INSERT INTO price_items (version_id, code, name, type, unit, price_fen, vat_rate_bp, code_key, pinyin_initials)
           VALUES (?, 'erp-gl-001', '总账', 'module', '套', 100000, 1300, ?, ?)`,
        )
        .run(versionId, keys.codeKey, keys.pinyinInitials).lastInsertRowid,
    );
    // A row written without its initials (e.g. by an older version of the app).
    const older = Number(
      db
        .prepare(
          `INSERT INTO price_items (version_id, code, name, type, unit, price_fen, vat_rate_bp, code_key)
           VALUES (?, 'ERP-FA-001', '固定资产', 'module', '套', 100000, 1300, 'ERP-FA-001')`,
        )
        .run(versionId).lastInsertRowid,
    );
    db.transaction(() => indexVersion(db, versionId))();
    const keysOf = (itemId: number): unknown =>
      db.prepare('SELECT code_key, pinyin_initials FROM price_items WHERE id = ?').get(itemId);
    expect(keysOf(keyed)).toEqual({ code_key: 'ERP-GL-001', pinyin_initials: 'zz' });
    expect(keysOf(older)).toEqual({ code_key: 'ERP-FA-001', pinyin_initials: 'gdzc' });
    expect(search('gdzc', versionId)).toEqual(['ERP-FA-001']);
    expect(search('总账', versionId)).toEqual(['erp-gl-001']);
  });

  it('leaves the FTS index consistent with the items of all versions', () => {
    expectFtsConsistent();
  });
});

describe('searching items', () => {
  it('finds one Chinese character anywhere in names: 销', () => {
    expect(search('销')).toEqual(['ERP-SD-001', 'ERP-SD-010', 'CRM-LIC-001', 'ERP-AR-001']);
  });

  it('finds two Chinese characters, names starting with them first: 销售', () => {
    // 应收管理 mentions 销售 only in its specification, so it comes last.
    expect(search('销售')).toEqual(['ERP-SD-001', 'ERP-SD-010', 'CRM-LIC-001', 'ERP-AR-001']);
  });

  it('finds three or more Chinese characters in names: 销售管理, 订单管理', () => {
    expect(search('销售管理')).toEqual(['ERP-SD-001', 'ERP-AR-001']);
    expect(search('订单管理')).toEqual(['ERP-SD-010']);
  });

  it('finds text in the specification, after name matches', () => {
    expect(search('询价比价')).toEqual(['ERP-PU-001']);
    expect(search('盘点')).toEqual(['ERP-IV-001']);
    expect(search('订单')).toEqual(['ERP-SD-010', 'ERP-PU-001', 'ERP-SD-001']);
  });

  it('finds codes by prefix, in code order, whatever the case', () => {
    expect(search('erp-sd')).toEqual(['ERP-SD-001', 'ERP-SD-010', 'CRM-LIC-001']);
    // CRM-LIC-001 mentions LIC-U-010 in its name: after the codes.
    expect(search('LIC-U')).toEqual(['LIC-U-010', 'LIC-U-0100', 'CRM-LIC-001']);
  });

  it('puts the item with exactly that code first, even when other names contain it', () => {
    expect(search('ERP-SD-001')).toEqual(['ERP-SD-001', 'CRM-LIC-001']);
    expect(search('lic-u-010')).toEqual(['LIC-U-010', 'LIC-U-0100', 'CRM-LIC-001']);
    expect(search('lic-u-010', v2026, 1)).toEqual(['LIC-U-010']);
  });

  it('reads full-width input as ASCII: ＥＲＰ－ＳＤ－００１', () => {
    expect(search('ＥＲＰ－ＳＤ－００１')[0]).toBe('ERP-SD-001');
    expect(search('ｌｉｃ－ｕ')).toEqual(['LIC-U-010', 'LIC-U-0100', 'CRM-LIC-001']);
  });

  it('finds names with the full-width punctuation they were entered with', () => {
    expect(search('实施服务（高级')).toEqual(['SVC-IMP-002']);
    expect(search('（高')).toEqual(['SVC-IMP-002']);
    expect(search('顾问）')).toEqual(['SVC-IMP-002']);
  });

  it('finds names by pinyin initials: xsgl → 销售管理, kcgl → 库存管理', () => {
    expect(search('xsgl')).toEqual(['ERP-SD-001']);
    expect(search('kcgl')).toEqual(['ERP-IV-001']);
    expect(search('XSDD')).toEqual(['ERP-SD-010']);
    // Initials in the middle of the name rank after those at its start.
    expect(search('gl').slice(0, 2)).toEqual(['ERP-AR-001', 'ERP-IV-001']);
  });

  it('finds ASCII words in names: PDA, bi', () => {
    expect(search('PDA')).toEqual(['HW-PDA-01']);
    expect(search('bi')).toEqual(['ERP-BI-001']);
  });

  it('needs every word of a query with spaces to match', () => {
    expect(search('销售 订单')).toEqual(['ERP-SD-010', 'ERP-SD-001']);
    expect(search('销售 盘点')).toEqual([]);
    expect(search('crm 权限')).toEqual(['CRM-LIC-001']);
    // The ideographic space a Chinese input method types separates words too.
    expect(search('销售\u3000订单')).toEqual(['ERP-SD-010', 'ERP-SD-001']);
  });

  it('never returns items of another version', () => {
    expect(search('退货管理', v2026)).toEqual([]);
    expect(search('退货管理', v2027)).toEqual(['ERP-SD-002']);
    const in2027 = searchItemIds(db, v2027, '销售', 50);
    expect(in2027).toEqual([id('2027', 'ERP-SD-001'), id('2027', 'ERP-SD-002')]);
    for (const query of ['销', '销售管理', 'erp', 'xsgl', '维护', '年度维护']) {
      const versions = searchItemIds(db, v2027, query, 50).map((itemId) =>
        db.prepare('SELECT version_id FROM price_items WHERE id = ?').pluck().get(itemId),
      );
      expect(new Set(versions), query).toEqual(versions.length ? new Set([v2027]) : new Set());
    }
  });

  it('takes what looks like FTS syntax or LIKE wildcards literally', () => {
    expect(() => search('"AND OR*')).not.toThrow();
    expect(search('"AND OR*')).toEqual([]);
    expect(search('NEAR(')).toEqual([]);
    expect(search('%')).toEqual(['HW-PDA-01']);
    expect(search('%_')).toEqual(['HW-PDA-01']);
    expect(search('_')).toEqual(['HW-PDA-01']);
  });

  it('returns nothing for an empty query', () => {
    expect(search('   ')).toEqual([]);
  });
});

describe('searching a large version', () => {
  /** A version whose first 600 items mention the text only in their specification. */
  function loadCrowdedVersion(text: string, extra: Seed[]): number {
    const crowd = Array.from({ length: 600 }, (_, i) => ({
      code: `AAA-${String(i).padStart(4, '0')}`,
      name: `配套服务 ${i}`,
      spec: `与${text}配合使用`,
    }));
    return loadVersion(`crowded ${text}`, [...crowd, ...extra]);
  }

  it('still puts name matches above hundreds of earlier specification matches', () => {
    const longText = loadCrowdedVersion('销售订单', [{ code: 'ZZZ-1', name: '销售订单管理' }]);
    expect(search('销售订单', longText, 5)[0]).toBe('ZZZ-1');
    const shortText = loadCrowdedVersion('订单', [{ code: 'ZZZ-2', name: '订单中心' }]);
    expect(search('订单', shortText, 5)[0]).toBe('ZZZ-2');
  });

  it('still puts the exact code first when hundreds of names contain it', () => {
    const crowd = Array.from({ length: 600 }, (_, i) => ({
      code: `AAA-${String(i).padStart(4, '0')}`,
      name: `ERP-SD-001 配套服务 ${i}`,
    }));
    const versionId = loadVersion('crowded code', [...crowd, { code: 'ERP-SD-001', name: '销售管理' }]);
    expect(search('erp-sd-001', versionId, 3)).toEqual(['ERP-SD-001', 'AAA-0000', 'AAA-0001']);
  });
});

describe('keeping the index current', () => {
  it('finds a renamed item by its new name, not its old one', () => {
    const itemId = id('2026', 'ERP-IV-001');
    const old = db.prepare('SELECT name, spec FROM price_items WHERE id = ?').get(itemId) as {
      name: string;
      spec: string;
    };
    db.transaction(() => {
      db.prepare("UPDATE price_items SET name = '仓储管理', spec = '货位、波次拣货' WHERE id = ?").run(itemId);
      reindexItem(db, itemId, old);
    })();
    expect(search('仓储管理')).toEqual(['ERP-IV-001']);
    expect(search('ccgl')).toEqual(['ERP-IV-001']);
    expect(search('波次')).toEqual(['ERP-IV-001']);
    expect(search('库存管理')).toEqual([]);
    expect(search('kcgl')).toEqual([]);
    expect(search('盘点')).toEqual([]);
    expectFtsConsistent();
  });

  it('finds an item by its new code after a code change', () => {
    const itemId = id('2026', 'MNT-001');
    const old = db.prepare('SELECT name, spec FROM price_items WHERE id = ?').get(itemId) as {
      name: string;
      spec: string;
    };
    db.prepare("UPDATE price_items SET code = 'mnt-std-001' WHERE id = ?").run(itemId);
    reindexItem(db, itemId, old);
    expect(search('MNT-STD')).toEqual(['mnt-std-001']);
    expectFtsConsistent();
  });

  it('finds an item added to a draft', () => {
    const itemId = insertItem(v2027, { code: 'ERP-CRM-001', name: '客户关系管理', spec: '线索、商机' });
    indexItem(db, itemId);
    expect(search('客户关系', v2027)).toEqual(['ERP-CRM-001']);
    expect(search('khgx', v2027)).toEqual(['ERP-CRM-001']);
    expect(search('商', v2027)).toEqual(['ERP-CRM-001']);
    expectFtsConsistent();
  });

  it('leaves no trace of a deleted item', () => {
    const itemId = id('2026', 'MNT-001');
    db.transaction(() => {
      unindexItem(db, itemId);
      db.prepare('DELETE FROM price_items WHERE id = ?').run(itemId);
    })();
    expect(search('年度维护')).toEqual([]);
    expect(search('维护')).toEqual([]);
    expect(search('年度维护', v2027)).toEqual(['MNT-001']);
    expectFtsConsistent();
  });

  it('leaves no trace of a deleted version, and the other versions intact', () => {
    db.transaction(() => {
      unindexVersion(db, v2027);
      db.prepare('DELETE FROM price_items WHERE version_id = ?').run(v2027);
    })();
    for (const query of ['销售管理', '退货', '销', 'xsgl', 'erp-sd']) expect(search(query, v2027), query).toEqual([]);
    expect(
      db.prepare(`SELECT count(*) FROM price_items_fts WHERE price_items_fts MATCH '"销售退货"'`).pluck().get(),
    ).toBe(0);
    expect(search('销售管理')).toEqual(['ERP-SD-001', 'ERP-AR-001']);
    expectFtsConsistent();
  });
});

describe('filtering the paged item list', () => {
  const QUERIES = [
    '销',
    '销售',
    '销售管理',
    '订单管理',
    'erp-sd',
    'ERP-SD-001',
    'ＥＲＰ',
    '实施服务（高级',
    '（高',
    'xsgl',
    'gl',
    'bi',
    'PDA',
    '销售 订单',
    '询价比价',
    '"AND OR*',
    '%',
  ];

  const listed = (where: { sql: string; params: unknown[] }): number[] =>
    db
      .prepare(`SELECT i.id FROM price_items i WHERE ${where.sql} ORDER BY i.id`)
      .pluck()
      .all(...where.params) as number[];

  it('keeps exactly the items the search finds', () => {
    for (const versionId of [v2026, v2027]) {
      for (const query of QUERIES) {
        const found = searchItemIds(db, versionId, query, 200).sort((a, b) => a - b);
        const match = matchCondition(query);
        const plain = listed({ sql: `i.version_id = ? AND ${match.sql}`, params: [versionId, ...match.params] });
        expect(plain, query).toEqual(found);
        expect(listed(versionMatchCondition(db, versionId, query)), query).toEqual(found);
      }
    }
  });

  it('keeps every item of the version for an empty query', () => {
    expect(listed(versionMatchCondition(db, v2027, ''))).toHaveLength(CATALOGUE_2027.length);
    const match = matchCondition(' ');
    expect(listed({ sql: `i.version_id = ? AND ${match.sql}`, params: [v2026, ...match.params] })).toHaveLength(
      CATALOGUE_2026.length,
    );
  });
});
