/**
 * Migration 1: the foundation — settings, company profile, customers, catalogue
 * (price lists, versions, categories, items) and the solution library.
 *
 * Money is stored as INTEGER fen (分), never REAL. Percentages (VAT, floor discount)
 * are stored as integer basis points (1300 = 13.00 %), so they are exact too.
 * Rows created by the demo seeder carry is_demo = 1 so they can be removed in one action.
 */
export const migration001 = {
  version: 1,
  name: 'foundation',
  sql: `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE company_profile (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  name             TEXT NOT NULL,
  short_name       TEXT NOT NULL DEFAULT '',
  address          TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  email            TEXT NOT NULL DEFAULT '',
  website          TEXT NOT NULL DEFAULT '',
  tax_id           TEXT NOT NULL DEFAULT '',
  bank_name        TEXT NOT NULL DEFAULT '',
  bank_account     TEXT NOT NULL DEFAULT '',
  logo             BLOB,
  logo_mime        TEXT,
  default_language TEXT NOT NULL DEFAULT 'zh-CN' CHECK (default_language IN ('zh-CN', 'en')),
  default_vat_mode TEXT NOT NULL DEFAULT 'inclusive' CHECK (default_vat_mode IN ('inclusive', 'exclusive')),
  is_demo          INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  updated_at       TEXT NOT NULL
) STRICT;

CREATE TABLE customers (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  industry   TEXT NOT NULL DEFAULT '',
  contact    TEXT NOT NULL DEFAULT '',
  phone      TEXT NOT NULL DEFAULT '',
  email      TEXT NOT NULL DEFAULT '',
  address    TEXT NOT NULL DEFAULT '',
  tax_id     TEXT NOT NULL DEFAULT '',
  notes      TEXT NOT NULL DEFAULT '',
  is_demo    INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE price_lists (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  currency TEXT NOT NULL DEFAULT 'CNY',
  vat_mode TEXT NOT NULL DEFAULT 'inclusive' CHECK (vat_mode IN ('inclusive', 'exclusive')),
  is_demo  INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
) STRICT;

CREATE TABLE price_list_versions (
  id                  INTEGER PRIMARY KEY,
  price_list_id       INTEGER NOT NULL REFERENCES price_lists(id) ON DELETE CASCADE,
  label               TEXT NOT NULL,
  status              TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  effective_date      TEXT,
  published_at        TEXT,
  based_on_version_id INTEGER REFERENCES price_list_versions(id) ON DELETE SET NULL,
  note                TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL,
  UNIQUE (price_list_id, label)
) STRICT;

CREATE TABLE categories (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  sort_order INTEGER NOT NULL DEFAULT 0,
  is_demo    INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
) STRICT;

CREATE TABLE price_items (
  id                INTEGER PRIMARY KEY,
  version_id        INTEGER NOT NULL REFERENCES price_list_versions(id) ON DELETE CASCADE,
  code              TEXT NOT NULL,
  -- The code as compared: NFKC, trimmed, upper-case. Unique per version, so ERP-001 and erp-001
  -- cannot both exist; the same index serves code-prefix search.
  code_key          TEXT NOT NULL,
  name              TEXT NOT NULL,
  -- Initials of the name's pinyin (销售管理 → xsgl), for search.
  pinyin_initials   TEXT NOT NULL DEFAULT '',
  spec              TEXT NOT NULL DEFAULT '',
  type              TEXT NOT NULL CHECK (type IN ('module', 'user_licence', 'implementation', 'training', 'maintenance', 'hardware', 'third_party')),
  unit              TEXT NOT NULL,
  category_id       INTEGER REFERENCES categories(id) ON DELETE SET NULL,
  price_fen         INTEGER NOT NULL CHECK (price_fen >= 0),
  cost_fen          INTEGER CHECK (cost_fen IS NULL OR cost_fen >= 0),
  vat_rate_bp       INTEGER NOT NULL CHECK (vat_rate_bp IN (1300, 900, 600, 300, 0)),
  floor_discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (floor_discount_bp BETWEEN 0 AND 10000),
  active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  notes             TEXT NOT NULL DEFAULT '',
  sort_order        INTEGER NOT NULL DEFAULT 0,
  UNIQUE (version_id, code_key)
) STRICT;
-- Few indexes on purpose: every one costs time on each of a 100,000-row import's inserts.
CREATE INDEX price_items_by_pinyin ON price_items(version_id, pinyin_initials);

CREATE TABLE solutions (
  id       INTEGER PRIMARY KEY,
  code     TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL,
  industry TEXT NOT NULL DEFAULT '',
  summary  TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  is_demo  INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE solution_modules (
  id          INTEGER PRIMARY KEY,
  solution_id INTEGER NOT NULL REFERENCES solutions(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  item_code   TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE solution_features (
  id          INTEGER PRIMARY KEY,
  module_id   INTEGER NOT NULL REFERENCES solution_modules(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0
) STRICT;
`,
} as const;
