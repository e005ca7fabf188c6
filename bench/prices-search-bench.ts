/**
 * Price-item search over 100,000 items: how long indexing a freshly loaded version takes, and
 * search latency (p50/p95) for what users type — 3+ Chinese characters, 1–2 Chinese characters,
 * a code prefix, pinyin initials — plus one page of the filtered item list (COUNT + LIMIT).
 *
 * The catalogue is generated from pools of product-line, business-object and feature words, so
 * names vary the way a large software price list does and a 3-character substring hits tens to
 * thousands of items rather than all or none. Deterministic (seeded), so runs compare.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../src/main/db/open-database';
import { pinyinInitials } from '../src/main/services/prices/search/pinyin-initials';
import {
  fillMissingKeys,
  indexVersion,
  searchKeys,
  unindexVersion,
} from '../src/main/services/prices/search/search-index';
import { searchItemIds, versionMatchCondition } from '../src/main/services/prices/search/search-items';

const ITEM_COUNT = 100_000;
const QUERIES_PER_KIND = 300;
const RESULT_LIMIT = 20;

const LINES: readonly (readonly [string, string])[] = [
  ['财务', 'FI'],
  ['销售', 'SD'],
  ['采购', 'PU'],
  ['库存', 'IV'],
  ['生产', 'PP'],
  ['人力资源', 'HR'],
  ['客户关系', 'CRM'],
  ['供应链', 'SCM'],
  ['项目', 'PS'],
  ['资产', 'AM'],
  ['质量', 'QM'],
  ['设备', 'EM'],
  ['仓储', 'WM'],
  ['物流', 'LE'],
  ['合同', 'CM'],
  ['费用', 'EX'],
  ['预算', 'BG'],
  ['成本', 'CO'],
  ['税务', 'TX'],
  ['银行', 'BK'],
  ['会计', 'AC'],
  ['薪酬', 'PY'],
  ['考勤', 'TA'],
  ['招聘', 'RC'],
  ['门店', 'ST'],
  ['电商', 'EC'],
  ['渠道', 'CH'],
  ['会员', 'MB'],
  ['订单', 'OM'],
  ['主数据', 'MD'],
  ['工程', 'EN'],
  ['研发', 'RD'],
  ['售后', 'AS'],
  ['营销', 'MK'],
  ['零售', 'RT'],
  ['批发', 'WS'],
  ['进出口', 'IE'],
  ['车间', 'SF'],
  ['计划', 'PL'],
  ['行政', 'AD'],
];
const OBJECTS = [
  '订单',
  '凭证',
  '报表',
  '单据',
  '发票',
  '合同',
  '台账',
  '计划',
  '预测',
  '对账',
  '结算',
  '审批',
  '档案',
  '调拨',
  '盘点',
  '价格',
  '信用',
  '账龄',
  '工单',
  '排程',
  '领料',
  '入库',
  '出库',
  '退货',
  '收款',
  '付款',
  '核销',
  '折旧',
  '预警',
  '报价',
];
const FEATURES = [
  '管理',
  '分析',
  '查询',
  '审核',
  '配置',
  '同步',
  '接口',
  '看板',
  '提醒',
  '集成',
  '自动化',
  '追溯',
  '控制',
  '协同',
  '平台',
  '中心',
  '引擎',
  '服务',
  '系统',
  '门户',
];
const EDITIONS = ['标准版', '专业版', '企业版', '旗舰版', '高级版', '基础版', '云版', '行业版'];
const CONSULTANTS = ['初级', '中级', '高级', '资深'];
const HARDWARE = ['应用服务器', '数据库服务器', '网络备份存储', '条码打印机', 'PDA 手持终端', '无线扫描枪'];
const CATEGORIES = ['软件模块', '用户许可', '实施服务', '培训服务', '维护服务', '硬件设备'];

interface BenchItem {
  code: string;
  name: string;
  spec: string;
  type: string;
  unit: string;
  category: number;
  priceFen: number;
}

/** A small seeded generator (LCG): the same catalogue on every run and machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function generateItems(count: number, seed = 2026): BenchItem[] {
  const random = seeded(seed);
  const pick = <T>(pool: readonly T[]): T => pool[Math.floor(random() * pool.length)] as T;
  const items: BenchItem[] = [];
  for (let i = 0; i < count; i++) {
    const [line, abbr] = pick(LINES);
    const seq = String(i + 1).padStart(6, '0');
    const roll = random();
    const priceFen = (10 + Math.floor(random() * 2000)) * 10000;
    if (roll < 0.55) {
      const edition = pick(EDITIONS);
      items.push({
        code: `ERP-${abbr}-${seq}`,
        name: `${line}${pick(OBJECTS)}${pick(FEATURES)}${random() < 0.5 ? `（${edition}）` : ''}`,
        spec: `云帆 ERP V8 ${edition}；${pick(OBJECTS)}、${pick(OBJECTS)}、${pick(OBJECTS)}${pick(FEATURES)}；支持 ${1 + Math.floor(random() * 50)} 个组织`,
        type: 'module',
        unit: '套',
        category: 1,
        priceFen,
      });
    } else if (roll < 0.7) {
      const from = 1 + Math.floor(random() * 20);
      items.push({
        code: `LIC-U-${seq}`,
        name: `${line}${pick(FEATURES)}用户许可（${from}–${from + 20 + Math.floor(random() * 80)} 用户）`,
        spec: '按命名用户计，含移动端使用权',
        type: 'user_licence',
        unit: '用户',
        category: 2,
        priceFen,
      });
    } else if (roll < 0.82) {
      items.push({
        code: `SVC-${abbr}-${seq}`,
        name: `${line}${pick(OBJECTS)}实施服务（${pick(CONSULTANTS)}顾问）`,
        spec: '业务流程梳理、系统配置、上线辅导；现场或远程',
        type: 'implementation',
        unit: '人天',
        category: 3,
        priceFen,
      });
    } else if (roll < 0.9) {
      items.push({
        code: `TRN-${abbr}-${seq}`,
        name: `${line}${pick(FEATURES)}培训（${random() < 0.5 ? '现场' : '远程'}）`,
        spec: `面向关键用户的${line}业务流程与系统操作培训，每期不超过 15 人`,
        type: 'training',
        unit: '期',
        category: 4,
        priceFen,
      });
    } else if (roll < 0.97) {
      items.push({
        code: `MNT-${abbr}-${seq}`,
        name: `${line}${pick(OBJECTS)}年度维护（${random() < 0.5 ? '标准级' : '高级'}）`,
        spec: '5×8 小时电话与远程支持、补丁与小版本升级',
        type: 'maintenance',
        unit: '年',
        category: 5,
        priceFen,
      });
    } else {
      items.push({
        code: `HW-${seq}`,
        name: `${pick(HARDWARE)} ${pick(['A', 'B', 'X', 'Pro'])}${100 + Math.floor(random() * 900)}`,
        spec: `2U 机架式；${8 * (1 + Math.floor(random() * 8))} 核处理器，${64 * (1 + Math.floor(random() * 4))}GB 内存，3 年原厂保修`,
        type: 'hardware',
        unit: '台',
        category: 6,
        priceFen,
      });
    }
  }
  return items;
}

function createVersion(db: Database, label: string): number {
  db.prepare("INSERT INTO price_lists (id, name) VALUES (1, '标准价格体系') ON CONFLICT DO NOTHING").run();
  const category = db.prepare('INSERT INTO categories (id, name, sort_order) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  CATEGORIES.forEach((name, i) => category.run(i + 1, name, i));
  return Number(
    db
      .prepare(
        "INSERT INTO price_list_versions (price_list_id, label, status, created_at) VALUES (1, ?, 'draft', '2026-01-01')",
      )
      .run(label).lastInsertRowid,
  );
}

type Keys = { codeKey: string; pinyinInitials: string };

function insertItems(db: Database, versionId: number, items: BenchItem[], keys: Keys[]): void {
  const insert = db.prepare(
    `INSERT INTO price_items (version_id, code, name, spec, type, unit, category_id, price_fen, vat_rate_bp,
                              sort_order, code_key, pinyin_initials)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1300, ?, ?, ?)`,
  );
  db.transaction(() => {
    items.forEach((item, i) => {
      const key = keys[i];
      insert.run(
        versionId,
        item.code,
        item.name,
        item.spec,
        item.type,
        item.unit,
        item.category,
        item.priceFen,
        i,
        key?.codeKey ?? '',
        key?.pinyinInitials ?? '',
      );
    });
  })();
}

/** Han runs of the names: what users type parts of. */
function hanRunsOf(name: string): string[] {
  return name.match(/\p{Script=Han}+/gu) ?? [];
}

function queriesOf(items: BenchItem[], count: number, seed: number) {
  const random = seeded(seed);
  const pickItem = (): BenchItem => items[Math.floor(random() * items.length)] as BenchItem;
  const substringOf = (minLength: number, maxLength: number): string => {
    for (;;) {
      const runs = hanRunsOf(pickItem().name).filter((run) => run.length >= minLength);
      const run = runs[Math.floor(random() * runs.length)];
      if (!run) continue;
      const length = Math.min(run.length, minLength + Math.floor(random() * (maxLength - minLength + 1)));
      const start = Math.floor(random() * (run.length - length + 1));
      return run.slice(start, start + length);
    }
  };
  const repeat = (make: () => string): string[] => Array.from({ length: count }, make);
  return {
    chinese3: repeat(() => substringOf(3, 5)),
    chinese12: repeat(() => substringOf(1, 2)),
    // 'erp-sd' or 'ERP-SD-0012': lower or upper case, as typed.
    codePrefix: repeat(() => {
      const code = pickItem().code;
      const prefix = code.slice(0, 3 + Math.floor(random() * (code.length - 2)));
      return random() < 0.5 ? prefix.toLowerCase() : prefix;
    }),
    pinyin: repeat(() => pinyinInitials(substringOf(2, 4))),
  };
}

function percentile(sortedMs: number[], p: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)] ?? NaN;
}

function timeQueries(queries: string[], run: (query: string) => number): { p50: number; p95: number; hits: number } {
  const times: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const start = performance.now();
    hits += run(query);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), hits: hits / queries.length };
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

export async function benchPriceSearch(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-search-bench-'));
  const opened = await openDatabase({ path: path.join(dir, 'presales.db') });
  if (opened.state !== 'ready') throw new Error(`cannot open the bench database: ${opened.detail}`);
  const db = opened.db;
  try {
    const lines: string[] = [];
    const items = generateItems(ITEM_COUNT);
    const versionId = createVersion(db, 'bench');
    // An import writes the keys in its INSERT (cheap) and leaves the FTS index to indexVersion.
    let start = performance.now();
    const keys = items.map((item) => searchKeys(item.code, item.name));
    lines.push(`searchKeys (code key + pinyin initials), first use in the process: ${ms(performance.now() - start)}`);
    start = performance.now();
    insertItems(db, versionId, items, keys);
    lines.push(`insert items with their keys, one transaction: ${ms(performance.now() - start)}`);
    start = performance.now();
    db.transaction(() => indexVersion(db, versionId))();
    lines.push(`indexVersion (keys present → trigram FTS only), incl. commit: ${ms(performance.now() - start)}`);
    // What indexVersion adds when rows come without pinyin initials (rolled back: searches need them).
    db.exec('SAVEPOINT missing_keys');
    db.prepare("UPDATE price_items SET pinyin_initials = '' WHERE version_id = ?").run(versionId);
    start = performance.now();
    fillMissingKeys(db, versionId);
    lines.push(
      `fillMissingKeys for rows inserted without pinyin initials (part of indexVersion then): ${ms(performance.now() - start)}`,
    );
    db.exec('ROLLBACK TO missing_keys; RELEASE missing_keys');

    const queries = queriesOf(items, QUERIES_PER_KIND, 7);
    const search = (query: string): number => searchItemIds(db, versionId, query, RESULT_LIMIT).length;
    // The first 1–2-character search of a version reads its names and specifications into memory.
    start = performance.now();
    search(queries.chinese12[0] ?? '销售');
    lines.push(
      `first 1–2-character search of the version (reads its text into memory): ${ms(performance.now() - start)}`,
    );
    // One warm-up pass, so the first queries do not pay for preparing statements.
    for (const query of queries.chinese3.slice(0, 20)) search(query);
    const kinds: [string, string[]][] = [
      ['3+ Chinese characters (e.g. 订单管理)', queries.chinese3],
      ['1–2 Chinese characters (e.g. 销售)', queries.chinese12],
      ['code prefix (e.g. erp-sd-0012)', queries.codePrefix],
      ['pinyin initials (e.g. xsgl)', queries.pinyin],
    ];
    for (const [label, list] of kinds) {
      const { p50, p95, hits } = timeQueries(list, search);
      lines.push(
        `searchItemIds, ${label}: p50 ${ms(p50)}, p95 ${ms(p95)} (${list.length} queries, top ${RESULT_LIMIT}, mean ${hits.toFixed(1)} results)`,
      );
    }
    for (const [label, list] of kinds) {
      const { p50, p95, hits } = timeQueries(list.slice(0, 100), (query) => listPage(db, versionId, query));
      lines.push(
        `list page (COUNT + 100 rows by name), ${label}: p50 ${ms(p50)}, p95 ${ms(p95)} (mean total ${hits.toFixed(0)})`,
      );
    }
    start = performance.now();
    db.transaction(() => {
      unindexVersion(db, versionId);
      db.prepare('DELETE FROM price_items WHERE version_id = ?').run(versionId);
    })();
    lines.push(
      `unindexVersion + DELETE of the version (undoing an import), incl. commit: ${ms(performance.now() - start)}`,
    );
    return lines.map((line) => `${line} — ${ITEM_COUNT.toLocaleString('en')} items`);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What the paged item list does with a search: count the matches, then one page sorted by name. */
function listPage(db: Database, versionId: number, query: string): number {
  const where = versionMatchCondition(db, versionId, query);
  const total = db
    .prepare(`SELECT count(*) FROM price_items i WHERE ${where.sql}`)
    .pluck()
    .get(...where.params);
  db.prepare(`SELECT i.* FROM price_items i WHERE ${where.sql} ORDER BY i.name LIMIT 100 OFFSET 0`).all(
    ...where.params,
  );
  return Number(total);
}

if (process.argv[1]?.endsWith('prices-search-bench.ts')) for (const line of await benchPriceSearch()) console.log(line);
