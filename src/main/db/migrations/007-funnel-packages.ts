/**
 * Migration 7: the funnel over the whole pipeline, and opportunities arriving as packages.
 *  - opportunity_facts: for each opportunity, what the funnel needs from its record (its win
 *    probability at each stage under the rules named by rules_stamp, purchase conditions met, share
 *    of confirmation answered, source, competitors), so the dashboard reads 5,000 deals without
 *    parsing 5,000 records. It is a cache: filled on first read, recomputed when the qualification
 *    rules, weights or stage probabilities change, and a trigger drops a row the moment its
 *    opportunity's record changes, so it is never stale;
 *  - opportunity_activity: what the timeline says, kept as entries are added (the timeline is
 *    append-only): the newest entry, the highest stage reached, and when the deal last entered
 *    each stage; filled from the existing timeline here;
 *  - a covering index lets the funnel read the opportunities' short columns without touching the
 *    long records;
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
  probabilities        TEXT NOT NULL,
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

CREATE TABLE opportunity_activity (
  opportunity_id INTEGER PRIMARY KEY REFERENCES opportunities(id) ON DELETE CASCADE,
  last_at        TEXT NOT NULL,
  reached        INTEGER,
  entered_1      TEXT,
  entered_2      TEXT,
  entered_3      TEXT,
  entered_4      TEXT,
  entered_5      TEXT,
  entered_6      TEXT,
  entered_7      TEXT,
  entered_8      TEXT,
  CHECK (reached IS NULL OR reached BETWEEN 1 AND 8)
) STRICT;
INSERT INTO opportunity_activity (opportunity_id, last_at, reached, entered_1, entered_2, entered_3, entered_4,
  entered_5, entered_6, entered_7, entered_8)
SELECT opportunity_id, max(at), max(to_stage),
  max(CASE WHEN to_stage = 1 AND kind IN ('stage', 'created', 'migrated', 'reopened') THEN at END),
  max(CASE WHEN to_stage = 2 AND kind IN ('stage', 'created', 'migrated', 'reopened') THEN at END),
  max(CASE WHEN to_stage = 3 AND kind IN ('stage', 'created', 'migrated', 'reopened') THEN at END),
  max(CASE WHEN to_stage = 4 AND kind IN ('stage', 'created', 'migrated', 'reopened') THEN at END),
  max(CASE WHEN to_stage = 5 AND kind IN ('stage', 'created', 'migrated', 'reopened') THEN at END),
  max(CASE WHEN to_stage = 6 AND kind IN ('stage', 'created', 'migrated', 'reopened') THEN at END),
  max(CASE WHEN to_stage = 7 AND kind IN ('stage', 'created', 'migrated', 'reopened') THEN at END),
  max(CASE WHEN to_stage = 8 AND kind IN ('stage', 'created', 'migrated', 'reopened') THEN at END)
FROM opportunity_events GROUP BY opportunity_id;
CREATE TRIGGER opportunity_activity_on_entry AFTER INSERT ON opportunity_events
BEGIN
  INSERT INTO opportunity_activity (opportunity_id, last_at) VALUES (NEW.opportunity_id, NEW.at)
    ON CONFLICT (opportunity_id) DO NOTHING;
  UPDATE opportunity_activity SET
    last_at = max(last_at, NEW.at),
    reached = CASE WHEN NEW.to_stage IS NULL THEN reached ELSE max(coalesce(reached, 0), NEW.to_stage) END,
    entered_1 = CASE WHEN NEW.to_stage = 1 AND NEW.kind IN ('stage', 'created', 'migrated', 'reopened')
      THEN max(coalesce(entered_1, ''), NEW.at) ELSE entered_1 END,
    entered_2 = CASE WHEN NEW.to_stage = 2 AND NEW.kind IN ('stage', 'created', 'migrated', 'reopened')
      THEN max(coalesce(entered_2, ''), NEW.at) ELSE entered_2 END,
    entered_3 = CASE WHEN NEW.to_stage = 3 AND NEW.kind IN ('stage', 'created', 'migrated', 'reopened')
      THEN max(coalesce(entered_3, ''), NEW.at) ELSE entered_3 END,
    entered_4 = CASE WHEN NEW.to_stage = 4 AND NEW.kind IN ('stage', 'created', 'migrated', 'reopened')
      THEN max(coalesce(entered_4, ''), NEW.at) ELSE entered_4 END,
    entered_5 = CASE WHEN NEW.to_stage = 5 AND NEW.kind IN ('stage', 'created', 'migrated', 'reopened')
      THEN max(coalesce(entered_5, ''), NEW.at) ELSE entered_5 END,
    entered_6 = CASE WHEN NEW.to_stage = 6 AND NEW.kind IN ('stage', 'created', 'migrated', 'reopened')
      THEN max(coalesce(entered_6, ''), NEW.at) ELSE entered_6 END,
    entered_7 = CASE WHEN NEW.to_stage = 7 AND NEW.kind IN ('stage', 'created', 'migrated', 'reopened')
      THEN max(coalesce(entered_7, ''), NEW.at) ELSE entered_7 END,
    entered_8 = CASE WHEN NEW.to_stage = 8 AND NEW.kind IN ('stage', 'created', 'migrated', 'reopened')
      THEN max(coalesce(entered_8, ''), NEW.at) ELSE entered_8 END
  WHERE opportunity_id = NEW.opportunity_id;
END;

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
