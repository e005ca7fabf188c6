/**
 * Migration 2: what the price list needs beyond the foundation tables —
 *  - search: a trigram FTS5 index over name and specification (Chinese substrings of 3+
 *    characters; code_key and pinyin_initials are columns of price_items);
 *  - published versions frozen by triggers;
 *  - the import log (each import can be undone while it is the last one) and remembered
 *    column mappings for files of the same shape.
 * The FTS table is external-content: the services write to it explicitly (bulk after an import,
 * row by row after an edit), because per-row triggers make a 100,000-row import 3× slower.
 */
/**
 * Published versions are read-only in the database itself, not only in the services: their rows
 * cannot be updated or deleted, nor the version changed. (No INSERT trigger: it would cost 1.5 s
 * per 100,000 imported rows; only the services add items, and only to drafts.)
 */
const FREEZE_PUBLISHED = `
CREATE TRIGGER published_items_no_update BEFORE UPDATE ON price_items
WHEN (SELECT status FROM price_list_versions WHERE id = OLD.version_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'published price list versions are read-only'); END;
CREATE TRIGGER published_items_no_delete BEFORE DELETE ON price_items
WHEN (SELECT v.status FROM price_list_versions v JOIN price_lists l ON l.id = v.price_list_id
      WHERE v.id = OLD.version_id AND l.is_demo = 0) = 'published'
BEGIN SELECT RAISE(ABORT, 'published price list versions are read-only'); END;
CREATE TRIGGER published_versions_frozen BEFORE UPDATE ON price_list_versions
WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'published price list versions are read-only'); END;
-- Only demo data (removed with "clear demo data") may take a published version with it.
CREATE TRIGGER published_versions_no_delete BEFORE DELETE ON price_list_versions
WHEN OLD.status = 'published' AND EXISTS (SELECT 1 FROM price_lists WHERE id = OLD.price_list_id AND is_demo = 0)
BEGIN SELECT RAISE(ABORT, 'published price list versions are read-only'); END;
`;

export const migration002 = {
  version: 2,
  name: 'price-list',
  sql: `${FREEZE_PUBLISHED}
CREATE VIRTUAL TABLE price_items_fts USING fts5(
  name, spec,
  content = 'price_items', content_rowid = 'id',
  tokenize = 'trigram'
);

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
