/**
 * Migration 4: the solution library, proposals and demo scripts.
 *  - solutions gain tags; library_sections hold the reusable rich-text chapters (company
 *    profile, architecture, implementation method, service commitments, case studies) as the
 *    editor's JSON, with their plain text kept alongside for search;
 *  - proposals and demo_scripts store their content as JSON documents, validated on read (like
 *    quote revisions); a proposal links the quote revision whose figures its budget shows.
 *  - demo_scripts keep the last generated script next to the edited one, so regenerating can
 *    tell hand edits from generated text.
 */
export const migration004 = {
  version: 4,
  name: 'library-proposals',
  sql: `
ALTER TABLE solutions ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';

CREATE TABLE library_sections (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('company', 'architecture', 'method', 'service', 'case', 'other')),
  title       TEXT NOT NULL,
  tags        TEXT NOT NULL DEFAULT '[]',
  body_json   TEXT NOT NULL,
  search_text TEXT NOT NULL DEFAULT '',
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE proposals (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL,
  customer_id  INTEGER REFERENCES customers(id) ON DELETE RESTRICT,
  content_json TEXT NOT NULL,
  is_demo      INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE demo_scripts (
  id             INTEGER PRIMARY KEY,
  title          TEXT NOT NULL,
  customer_id    INTEGER REFERENCES customers(id) ON DELETE RESTRICT,
  input_json     TEXT NOT NULL,
  generated_json TEXT NOT NULL,
  script_json    TEXT NOT NULL,
  is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
`,
} as const;
