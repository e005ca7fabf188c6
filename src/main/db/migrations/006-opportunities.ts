/**
 * Migration 6: opportunities (商机), the deal every document belongs to.
 *  - opportunities: one row per deal, for one customer. Stage, status and the few fields lists
 *    filter and sort on are columns; everything a rep edits (budget, competitors, qualification
 *    profile, key persons, compelling events, confirmation answers, purchase conditions) is one
 *    JSON record validated on read, whose every field has a default: '{}' is a blank record;
 *  - opportunity_events: the timeline (stage changes, overrides, closing, notes, contacts), who
 *    and when; rows are never changed. Documents' own histories (quote_events, contract_events)
 *    are merged in when the timeline is read, not copied;
 *  - quotes, proposals, demo_scripts and contracts gain opportunity_id. Existing documents are
 *    attached to one opportunity per customer that has any, at the stage their documents show
 *    (approved quote → 7 商务谈判, demo script → 4, proposal → 3, else 1), so nothing is lost.
 *    Documents without a customer stay unattached.
 */
export const migration006 = {
  version: 6,
  name: 'opportunities',
  sql: `
CREATE TABLE opportunities (
  id             INTEGER PRIMARY KEY,
  customer_id    INTEGER NOT NULL REFERENCES customers(id) ON DELETE RESTRICT,
  name           TEXT NOT NULL,
  owner          TEXT NOT NULL DEFAULT '',
  stage          INTEGER NOT NULL DEFAULT 1 CHECK (stage BETWEEN 1 AND 8),
  status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost', 'abandoned')),
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  amount_fen     INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
  expected_close TEXT NOT NULL DEFAULT '',
  record_json    TEXT NOT NULL DEFAULT '{}',
  closing_json   TEXT,
  is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX opportunities_by_customer ON opportunities (customer_id);
CREATE INDEX opportunities_by_stage ON opportunities (status, stage);

CREATE TABLE opportunity_events (
  id             INTEGER PRIMARY KEY,
  opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
  at             TEXT NOT NULL,
  kind           TEXT NOT NULL,
  actor          TEXT NOT NULL DEFAULT '',
  from_stage     INTEGER,
  to_stage       INTEGER,
  text           TEXT NOT NULL DEFAULT '',
  data_json      TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX opportunity_events_by_opportunity ON opportunity_events (opportunity_id, id);
CREATE TRIGGER opportunity_events_never_change BEFORE UPDATE ON opportunity_events
BEGIN SELECT RAISE(ABORT, 'the timeline is a record: entries cannot be changed'); END;

ALTER TABLE quotes ADD COLUMN opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL;
ALTER TABLE proposals ADD COLUMN opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL;
ALTER TABLE demo_scripts ADD COLUMN opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL;
ALTER TABLE contracts ADD COLUMN opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL;
CREATE INDEX quotes_by_opportunity ON quotes (opportunity_id);
CREATE INDEX proposals_by_opportunity ON proposals (opportunity_id);
CREATE INDEX demo_scripts_by_opportunity ON demo_scripts (opportunity_id);
CREATE INDEX contracts_by_opportunity ON contracts (opportunity_id);

-- One opportunity per customer that has documents, named after the customer.
INSERT INTO opportunities (customer_id, name, owner, stage, record_json, is_demo, created_at, updated_at)
SELECT c.id,
       c.name || ' 项目',
       coalesce((SELECT r.prepared_by FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id
                 WHERE q.customer_id = c.id AND r.prepared_by <> '' ORDER BY r.id DESC LIMIT 1), ''),
       CASE
         WHEN EXISTS (SELECT 1 FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id
                      WHERE q.customer_id = c.id AND r.state IN ('approved', 'sent', 'accepted')) THEN 7
         WHEN EXISTS (SELECT 1 FROM demo_scripts s WHERE s.customer_id = c.id) THEN 4
         WHEN EXISTS (SELECT 1 FROM proposals p WHERE p.customer_id = c.id) THEN 3
         ELSE 1
       END,
       json_object('qualification', json_object('industry', substr(c.industry, 1, 40))),
       c.is_demo,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM customers c
WHERE EXISTS (SELECT 1 FROM quotes q WHERE q.customer_id = c.id)
   OR EXISTS (SELECT 1 FROM proposals p WHERE p.customer_id = c.id)
   OR EXISTS (SELECT 1 FROM demo_scripts s WHERE s.customer_id = c.id);

UPDATE quotes SET opportunity_id = (SELECT o.id FROM opportunities o WHERE o.customer_id = quotes.customer_id)
WHERE customer_id IS NOT NULL;
UPDATE proposals SET opportunity_id = (SELECT o.id FROM opportunities o WHERE o.customer_id = proposals.customer_id)
WHERE customer_id IS NOT NULL;
UPDATE demo_scripts SET opportunity_id = (SELECT o.id FROM opportunities o WHERE o.customer_id = demo_scripts.customer_id)
WHERE customer_id IS NOT NULL;
UPDATE contracts SET opportunity_id = (SELECT q.opportunity_id FROM quotes q WHERE q.id = contracts.quote_id);

INSERT INTO opportunity_events (opportunity_id, at, kind, actor, to_stage, data_json)
SELECT o.id, o.created_at, 'migrated', 'system', o.stage,
       json_object('count',
         (SELECT count(*) FROM quotes q WHERE q.opportunity_id = o.id)
       + (SELECT count(*) FROM proposals p WHERE p.opportunity_id = o.id)
       + (SELECT count(*) FROM demo_scripts s WHERE s.opportunity_id = o.id)
       + (SELECT count(*) FROM contracts k WHERE k.opportunity_id = o.id))
FROM opportunities o;
`,
} as const;
