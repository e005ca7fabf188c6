/**
 * Migration 3: quotes.
 *  - quotes: one row per quote number (BJ-2026-0001), for one customer;
 *  - quote_revisions: revision A, B, C… of a quote, each with its own state and its content as
 *    JSON (sections, lines with the prices they captured, discount, milestones, terms). A quote's
 *    content is one document that is always read and written whole, and validated on read; the
 *    JSON keeps a revision immutable once it is sent (trigger below) without 6 child tables;
 *  - quote_events: who did what and when (approval with approver and comment, sending, outcome);
 *  - quote_sequences: the last number used per prefix and year;
 *  - quote_templates: reusable terms and notes.
 * Customer and company details are copied into the revision when it is sent (parties_json), so a
 * sent quote's documents never change when the customer or the company profile changes later.
 */
export const migration003 = {
  version: 3,
  name: 'quotes',
  sql: `
ALTER TABLE customers ADD COLUMN bank_name TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN bank_account TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN representative TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_by_name ON customers(name);

CREATE TABLE quotes (
  id          INTEGER PRIMARY KEY,
  number      TEXT NOT NULL UNIQUE,
  customer_id INTEGER REFERENCES customers(id) ON DELETE RESTRICT,
  is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE quote_revisions (
  id               INTEGER PRIMARY KEY,
  quote_id         INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  revision         TEXT NOT NULL,
  state            TEXT NOT NULL CHECK (state IN ('draft', 'pending', 'approved', 'sent', 'accepted', 'lost', 'expired')),
  content_json     TEXT NOT NULL,
  -- Denormalised for lists; recomputed from content_json on every save.
  title            TEXT NOT NULL DEFAULT '',
  total_fen        INTEGER NOT NULL DEFAULT 0,
  valid_until      TEXT NOT NULL,
  prepared_by      TEXT NOT NULL DEFAULT '',
  issue_date       TEXT NOT NULL,
  approved_by      TEXT,
  approved_at      TEXT,
  approval_comment TEXT,
  parties_json     TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  UNIQUE (quote_id, revision)
) STRICT;
CREATE INDEX quote_revisions_by_state ON quote_revisions(state);

-- A sent (or closed) revision is a document the customer holds: its content never changes.
CREATE TRIGGER sent_revision_content_frozen BEFORE UPDATE OF content_json, parties_json ON quote_revisions
WHEN OLD.state IN ('sent', 'accepted', 'lost', 'expired')
BEGIN SELECT RAISE(ABORT, 'a sent quote is locked: make a new revision'); END;

CREATE TABLE quote_events (
  id          INTEGER PRIMARY KEY,
  revision_id INTEGER NOT NULL REFERENCES quote_revisions(id) ON DELETE CASCADE,
  at          TEXT NOT NULL,
  kind        TEXT NOT NULL,
  actor       TEXT NOT NULL DEFAULT '',
  comment     TEXT NOT NULL DEFAULT '',
  from_state  TEXT,
  to_state    TEXT
) STRICT;
CREATE INDEX quote_events_by_revision ON quote_events(revision_id);

CREATE TABLE quote_sequences (
  prefix TEXT NOT NULL,
  year   INTEGER NOT NULL,
  last   INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
) STRICT;

CREATE TABLE quote_templates (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('terms', 'notes')),
  name       TEXT NOT NULL,
  body       TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  is_demo    INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  UNIQUE (kind, name)
) STRICT;
`,
} as const;
