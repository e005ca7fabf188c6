/**
 * Migration 2: what the price list needs beyond the foundation tables —
 *  - search: a normalised code key (prefix search), pinyin initials (xsgl → 销售管理) and a
 *    trigram FTS5 index over name and specification (Chinese substrings of 3+ characters);
 *  - the import log (each import can be undone while it is the last one) and remembered
 *    column mappings for files of the same shape.
 * The FTS table is external-content: the services write to it explicitly (bulk after an import,
 * row by row after an edit), because per-row triggers make a 100,000-row import 3× slower.
 */
import type { Database } from 'better-sqlite3';
import { pinyinInitials } from '../../services/prices/search/pinyin-initials';

/** Published versions are read-only in the database itself, not only in the services. */
const FREEZE_PUBLISHED = `
CREATE TRIGGER published_items_no_insert BEFORE INSERT ON price_items
WHEN (SELECT status FROM price_list_versions WHERE id = NEW.version_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'published price list versions are read-only'); END;
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
  /** Pinyin cannot be computed in SQL: fill it for existing items, then freeze published versions. */
  after(db: Database): void {
    const rows = db.prepare('SELECT id, name FROM price_items').all() as { id: number; name: string }[];
    const update = db.prepare('UPDATE price_items SET pinyin_initials = ? WHERE id = ?');
    for (const row of rows) update.run(pinyinInitials(row.name), row.id);
    db.exec(FREEZE_PUBLISHED);
  },
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
