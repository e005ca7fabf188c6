/**
 * Migration 2: what the price list needs beyond the foundation tables —
 *  - search: a normalised code key (prefix search), pinyin initials (xsgl → 销售管理) and a
 *    trigram FTS5 index over name and specification (Chinese substrings of 3+ characters);
 *  - the import log (each import can be undone while it is the last one) and remembered
 *    column mappings for files of the same shape.
 * The FTS table is external-content: the services write to it explicitly (bulk after an import,
 * row by row after an edit), because per-row triggers make a 100,000-row import 3× slower.
 */
export const migration002 = {
  version: 2,
  name: 'price-list',
  sql: `
ALTER TABLE price_items ADD COLUMN code_key TEXT NOT NULL DEFAULT '';
ALTER TABLE price_items ADD COLUMN pinyin_initials TEXT NOT NULL DEFAULT '';
UPDATE price_items SET code_key = upper(code);
CREATE INDEX price_items_by_code_key ON price_items(version_id, code_key);
CREATE INDEX price_items_by_pinyin ON price_items(version_id, pinyin_initials);

CREATE VIRTUAL TABLE price_items_fts USING fts5(
  name, spec,
  content = 'price_items', content_rowid = 'id',
  tokenize = 'trigram'
);
INSERT INTO price_items_fts (price_items_fts) VALUES ('rebuild');

CREATE TABLE price_imports (
  id             INTEGER PRIMARY KEY,
  version_id     INTEGER REFERENCES price_list_versions(id) ON DELETE SET NULL,
  file_name      TEXT NOT NULL,
  file_size      INTEGER NOT NULL,
  sheet          TEXT NOT NULL DEFAULT '',
  mode           TEXT NOT NULL CHECK (mode IN ('all', 'valid-only')),
  on_duplicate   TEXT NOT NULL CHECK (on_duplicate IN ('update', 'skip', 'error')),
  rows_read      INTEGER NOT NULL,
  imported       INTEGER NOT NULL,
  updated        INTEGER NOT NULL,
  skipped        INTEGER NOT NULL,
  errors         INTEGER NOT NULL,
  started_at     TEXT NOT NULL,
  finished_at    TEXT NOT NULL,
  undone_at      TEXT
) STRICT;

CREATE TABLE import_mappings (
  signature  TEXT PRIMARY KEY,
  mapping    TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
} as const;
