/**
 * Migration 7: the funnel over the whole pipeline, and opportunities arriving as packages.
 *  - opportunity_facts: for each opportunity, what the funnel needs from its record (qualification
 *    verdict and score under the rules named by rules_stamp, key-person warnings, the strongest
 *    event, purchase conditions met, share of confirmation answered, source, competitors), so the
 *    dashboard reads 5,000 deals without parsing 5,000 records. It is a cache: filled on first
 *    read, recomputed when the qualification rules change, and a trigger drops a row the moment
 *    its opportunity's record changes, so it is never stale;
 *  - two covering indexes let the funnel read the opportunities' short columns and the timeline's
 *    dates without touching the long records;
 *  - opportunity_imports: every .presales package imported, by its package id, so the same file
 *    imported twice is refused and the user told when it came in;
 *  - quotes and contracts gain original_number: the number a document had in the database it
 *    came from, when an import had to give it a new one because the number was taken here.
 */
export const migration007 = {
  version: 7,
  name: 'funnel-packages',
  sql: `
CREATE TABLE opportunity_facts (
  opportunity_id       INTEGER PRIMARY KEY REFERENCES opportunities(id) ON DELETE CASCADE,
  rules_stamp          TEXT NOT NULL,
  verdict              TEXT NOT NULL,
  score                INTEGER NOT NULL,
  warnings             TEXT NOT NULL,
  strongest            TEXT,
  conditions           TEXT NOT NULL,
  confirmation_percent INTEGER NOT NULL,
  source               TEXT NOT NULL,
  competitors_json     TEXT NOT NULL
) STRICT;
CREATE TRIGGER opportunity_facts_stale AFTER UPDATE OF record_json ON opportunities
BEGIN DELETE FROM opportunity_facts WHERE opportunity_id = NEW.id; END;
CREATE INDEX opportunities_funnel ON opportunities
  (archived, id, customer_id, name, owner, stage, status, amount_fen, expected_close, closing_json, is_demo,
   created_at, updated_at);
CREATE INDEX opportunity_events_funnel ON opportunity_events (opportunity_id, at, to_stage, kind);

CREATE TABLE opportunity_imports (
  id             INTEGER PRIMARY KEY,
  package_id     TEXT NOT NULL UNIQUE,
  opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL,
  file_name      TEXT NOT NULL DEFAULT '',
  exported_by    TEXT NOT NULL DEFAULT '',
  exported_at    TEXT NOT NULL DEFAULT '',
  imported_at    TEXT NOT NULL
) STRICT;

ALTER TABLE quotes ADD COLUMN original_number TEXT;
ALTER TABLE contracts ADD COLUMN original_number TEXT;
`,
} as const;
