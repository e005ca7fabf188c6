/**
 * Migration 5: contract drafts (合同草稿).
 *  - the company profile gains its legal representative (法定代表人), printed on contracts;
 *  - clauses (条款库) are versioned: clause_versions rows are never changed or deleted, so a
 *    contract always finds the exact wording it was drafted from;
 *  - contract_templates list clauses in order, with starting key terms;
 *  - contracts keep the quote's figures and parties as drafted (deal_json), frozen; each
 *    contract_revisions row holds the clauses as edited, and is locked once it leaves draft
 *    (a trigger, not only the service); contract_events records every state change, who and when.
 */
export const migration005 = {
  version: 5,
  name: 'contracts',
  sql: `
ALTER TABLE company_profile ADD COLUMN representative TEXT NOT NULL DEFAULT '';

CREATE TABLE clauses (
  id              INTEGER PRIMARY KEY,
  key             TEXT NOT NULL,
  lang            TEXT NOT NULL CHECK (lang IN ('zh-CN', 'en')),
  category        TEXT NOT NULL,
  mandatory       INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
  current_version INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (lang, key)
) STRICT;

CREATE TABLE clause_versions (
  clause_id     INTEGER NOT NULL REFERENCES clauses(id) ON DELETE RESTRICT,
  version       INTEGER NOT NULL CHECK (version >= 1),
  mandatory     INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
  wordings_json TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  created_by    TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  PRIMARY KEY (clause_id, version)
) STRICT;

CREATE TRIGGER clause_versions_never_change BEFORE UPDATE ON clause_versions
BEGIN SELECT RAISE(ABORT, 'clause versions cannot be changed; save a new version'); END;
CREATE TRIGGER clause_versions_never_deleted BEFORE DELETE ON clause_versions
BEGIN SELECT RAISE(ABORT, 'clause versions cannot be deleted'); END;

CREATE TABLE contract_templates (
  id           INTEGER PRIMARY KEY,
  key          TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  lang         TEXT NOT NULL CHECK (lang IN ('zh-CN', 'en')),
  kind         TEXT NOT NULL CHECK (kind IN ('licence', 'trial')),
  description  TEXT NOT NULL DEFAULT '',
  clauses_json TEXT NOT NULL,
  terms_json   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE contract_sequences (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE contracts (
  id                INTEGER PRIMARY KEY,
  number            TEXT NOT NULL UNIQUE,
  quote_id          INTEGER NOT NULL REFERENCES quotes(id) ON DELETE RESTRICT,
  quote_revision_id INTEGER NOT NULL REFERENCES quote_revisions(id) ON DELETE RESTRICT,
  template_id       INTEGER NOT NULL REFERENCES contract_templates(id) ON DELETE RESTRICT,
  lang              TEXT NOT NULL CHECK (lang IN ('zh-CN', 'en')),
  deal_json         TEXT NOT NULL,
  is_demo           INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;

CREATE TRIGGER contracts_deal_frozen BEFORE UPDATE OF deal_json ON contracts
BEGIN SELECT RAISE(ABORT, 'a contract keeps the figures it was drafted from'); END;

CREATE TABLE contract_revisions (
  id           INTEGER PRIMARY KEY,
  contract_id  INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
  revision     INTEGER NOT NULL CHECK (revision >= 1),
  state        TEXT NOT NULL CHECK (state IN ('draft', 'review', 'approved', 'signed')),
  content_json TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (contract_id, revision)
) STRICT;

CREATE TRIGGER contract_revisions_locked BEFORE UPDATE OF content_json ON contract_revisions
WHEN OLD.state <> 'draft'
BEGIN SELECT RAISE(ABORT, 'this contract revision has left draft and is locked'); END;

CREATE TABLE contract_events (
  id          INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
  revision    INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  from_state  TEXT,
  to_state    TEXT,
  actor       TEXT NOT NULL,
  comment     TEXT NOT NULL DEFAULT '',
  at          TEXT NOT NULL
) STRICT;
CREATE INDEX contract_events_by_contract ON contract_events (contract_id, id);
`,
} as const;
