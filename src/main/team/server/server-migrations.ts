/**
 * The team server's schema on PostgreSQL, as numbered migrations (the same idea as the local
 * SQLite migrations in src/main/db/migrations). `presales team init` applies the ones not yet
 * applied, each in its own transaction, and records them in presales.schema_migrations, so running
 * it again is a no-op.
 *
 * The rules of the team live here, in the database, not in the app:
 *  - four group roles: presales_rep, presales_manager, presales_legal, presales_admin; every
 *    user is a login role that is a member of one of them (presales.members says whose team);
 *  - grants: only admins may insert price-list versions and reference records (library, clauses,
 *    templates, rules), and nobody may update or delete them: published means final;
 *  - row-level security on the work (presales.records): a user reads and writes their own, a
 *    manager also reads their team's, legal reads contracts, customers and opportunities;
 *  - an approval (presales.approvals) may be written only by a manager, for a pending quote of
 *    someone else that they can see, bound to the quote's digest: the digest is computed here
 *    from the quote's commercial content (lines, prices, discounts, totals, milestones), so any
 *    later change of those makes the approval no longer match;
 *  - a quote may reach 已审批/已发送/已接受 only when it needs no approval or an approval of its
 *    current digest exists; a contract may reach 已审核/已签署 only with legal's review of its
 *    current digest (presales.reviews, written only by legal);
 *  - a record marked final (a sent quote revision, a signed contract) keeps its content forever.
 *
 * Every table carries `txid`, the id of the transaction that last wrote the row: a client pulls
 * the rows whose txid lies between its cursor and the oldest transaction still running
 * (pg_snapshot_xmin), so a row committed late is never skipped.
 */

export interface ServerMigration {
  version: number;
  name: string;
  sql: string;
}

export const GROUP_ROLES = ['presales_rep', 'presales_manager', 'presales_legal', 'presales_admin'] as const;

const ROLES = `
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['presales_rep', 'presales_manager', 'presales_legal', 'presales_admin'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$;
`;

const ALL = 'presales_rep, presales_manager, presales_legal, presales_admin';

const FOUNDATION = `
${ROLES}
CREATE SCHEMA presales;
GRANT USAGE ON SCHEMA presales TO ${ALL};

-- Who is in the team: the login role's name, its group, and the manager whose team it is in.
CREATE TABLE presales.members (
  name         text PRIMARY KEY,
  role         text NOT NULL CHECK (role IN ('rep', 'manager', 'legal', 'admin')),
  manager      text REFERENCES presales.members(name),
  display_name text NOT NULL DEFAULT '',
  created_at   timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON presales.members TO ${ALL};

CREATE FUNCTION presales.in_group(g text) RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT pg_has_role(current_user, g, 'MEMBER') $$;

-- Whether the current user may read the work of \`owner\`: their own, a manager their team's, an admin all.
CREATE FUNCTION presales.sees_owner(owner text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT owner = current_user
      OR presales.in_group('presales_admin')
      OR (presales.in_group('presales_manager')
          AND EXISTS (SELECT 1 FROM presales.members m WHERE m.name = owner AND m.manager = current_user))
$$;

CREATE FUNCTION presales.stamp_txid() RETURNS trigger
  LANGUAGE plpgsql AS $$ BEGIN NEW.txid := pg_current_xact_id(); RETURN NEW; END $$;

CREATE FUNCTION presales.refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'presales: % is published and cannot change', TG_TABLE_NAME USING ERRCODE = '42501';
END $$;

-- Published price-list versions with their items: written once by an admin, read by everybody.
CREATE TABLE presales.price_list_versions (
  uid            uuid PRIMARY KEY,
  list_name      text NOT NULL,
  currency       text NOT NULL DEFAULT 'CNY',
  vat_mode       text NOT NULL CHECK (vat_mode IN ('inclusive', 'exclusive')),
  label          text NOT NULL,
  effective_date text,
  published_at   text NOT NULL,
  note           text NOT NULL DEFAULT '',
  item_count     integer NOT NULL,
  published_by   text NOT NULL DEFAULT current_user CHECK (published_by = current_user),
  txid           xid8 NOT NULL DEFAULT pg_current_xact_id(),
  UNIQUE (list_name, label)
);
CREATE INDEX price_list_versions_txid ON presales.price_list_versions (txid);
CREATE TABLE presales.price_items (
  version_uid       uuid NOT NULL REFERENCES presales.price_list_versions(uid),
  position          integer NOT NULL,
  code              text NOT NULL,
  name              text NOT NULL,
  spec              text NOT NULL DEFAULT '',
  type              text NOT NULL,
  unit              text NOT NULL,
  category          text,
  price_fen         bigint NOT NULL CHECK (price_fen >= 0),
  cost_fen          bigint CHECK (cost_fen IS NULL OR cost_fen >= 0),
  vat_rate_bp       integer NOT NULL,
  floor_discount_bp integer NOT NULL CHECK (floor_discount_bp BETWEEN 0 AND 10000),
  active            boolean NOT NULL,
  notes             text NOT NULL DEFAULT '',
  sort_order        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (version_uid, position)
);
CREATE TRIGGER price_list_versions_final BEFORE UPDATE OR DELETE ON presales.price_list_versions
  FOR EACH ROW EXECUTE FUNCTION presales.refuse_change();
CREATE TRIGGER price_items_final BEFORE UPDATE OR DELETE ON presales.price_items
  FOR EACH ROW EXECUTE FUNCTION presales.refuse_change();
GRANT SELECT ON presales.price_list_versions, presales.price_items TO ${ALL};
GRANT INSERT ON presales.price_list_versions, presales.price_items TO presales_admin;

-- The shared library and rules (solutions, sections, clauses, templates, approval rules, stage
-- definitions): one row per record, replaced by an admin; readers pull the newest.
CREATE TABLE presales.reference_records (
  kind         text NOT NULL,
  key          text NOT NULL,
  data         jsonb NOT NULL,
  hash         text NOT NULL,
  published_by text NOT NULL DEFAULT current_user,
  published_at timestamptz NOT NULL DEFAULT now(),
  txid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
  PRIMARY KEY (kind, key)
);
CREATE INDEX reference_records_txid ON presales.reference_records (txid);
CREATE TRIGGER reference_records_txid BEFORE UPDATE ON presales.reference_records
  FOR EACH ROW EXECUTE FUNCTION presales.stamp_txid();
GRANT SELECT ON presales.reference_records TO ${ALL};
GRANT INSERT, UPDATE ON presales.reference_records TO presales_admin;

-- The team's work: customers, opportunities, quote revisions, proposals, demo scripts,
-- contracts. One row per record with its data as JSON, the owner who wrote it, a version that
-- every write raises by one (a write based on an older version is a conflict), and for quotes
-- and contracts the state and the digest the approval binds to.
CREATE TABLE presales.records (
  uid        uuid PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('customer', 'opportunity', 'quote', 'proposal', 'demo_script', 'contract')),
  owner      text NOT NULL DEFAULT current_user,
  version    integer NOT NULL,
  state      text NOT NULL DEFAULT '',
  label      text NOT NULL DEFAULT '',
  final      boolean NOT NULL DEFAULT false,
  data       jsonb NOT NULL,
  hash       text NOT NULL,
  digest     text NOT NULL DEFAULT '',
  updated_by text NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT now(),
  txid       xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX records_txid ON presales.records (txid);
CREATE INDEX records_pending ON presales.records (kind, state);

-- What an approval binds to: the quote's commercial content, as the server reads it.
CREATE FUNCTION presales.quote_digest(data jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_object(
    'vatMode', data->'content'->'vatMode',
    'lines', data->'content'->'lines',
    'discount', data->'content'->'discount',
    'milestones', data->'content'->'milestones',
    'totalFen', data->'totalFen')::text, 'UTF8')), 'hex')
$$;

-- Whether a quote needs a manager: the app's verdict (margin and whole-quote rules), or any
-- counted catalogue line priced below its floor, which the server checks for itself.
CREATE FUNCTION presales.quote_needs_approval(data jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce((data->>'needsApproval')::boolean, true) OR EXISTS (
    SELECT 1 FROM jsonb_array_elements(coalesce(data->'content'->'lines', '[]'::jsonb)) l
    WHERE l->>'kind' = 'catalogue' AND NOT coalesce((l->>'optional')::boolean, false)
      AND ((l->>'discountBp')::int > (l->>'floorDiscountBp')::int
        OR (l->>'unitPriceOverrideFen' IS NOT NULL
            AND (l->>'unitPriceOverrideFen')::numeric * 10000
                < (l->>'unitPriceFen')::numeric * (10000 - (l->>'floorDiscountBp')::int))))
$$;

-- Decisions on quotes (managers) and contracts (legal): append-only.
CREATE TABLE presales.approvals (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_uid uuid NOT NULL REFERENCES presales.records(uid),
  digest     text NOT NULL,
  decision   text NOT NULL CHECK (decision IN ('approved', 'rejected')),
  comment    text NOT NULL DEFAULT '',
  decided_by text NOT NULL DEFAULT current_user CHECK (decided_by = current_user),
  decided_at timestamptz NOT NULL DEFAULT now(),
  txid       xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX approvals_record ON presales.approvals (record_uid, digest);
CREATE INDEX approvals_txid ON presales.approvals (txid);
CREATE TABLE presales.reviews (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_uid uuid NOT NULL REFERENCES presales.records(uid),
  digest     text NOT NULL,
  decision   text NOT NULL CHECK (decision IN ('approved', 'returned')),
  comment    text NOT NULL DEFAULT '',
  decided_by text NOT NULL DEFAULT current_user CHECK (decided_by = current_user),
  decided_at timestamptz NOT NULL DEFAULT now(),
  txid       xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX reviews_record ON presales.reviews (record_uid, digest);
CREATE INDEX reviews_txid ON presales.reviews (txid);

CREATE FUNCTION presales.records_guard() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.uid <> OLD.uid OR NEW.kind <> OLD.kind OR NEW.owner <> OLD.owner THEN
      RAISE EXCEPTION 'presales: a record keeps its id, kind and owner' USING ERRCODE = '42501';
    END IF;
    IF NEW.version <> OLD.version + 1 THEN
      RAISE EXCEPTION 'presales-conflict: % % is at version %, not %', OLD.kind, OLD.uid, OLD.version, NEW.version - 1
        USING ERRCODE = '40001';
    END IF;
  ELSIF NEW.version <> 1 THEN
    RAISE EXCEPTION 'presales: a new record starts at version 1' USING ERRCODE = '22023';
  END IF;
  NEW.digest := CASE NEW.kind
    WHEN 'quote' THEN presales.quote_digest(NEW.data)
    WHEN 'contract' THEN encode(sha256(convert_to((NEW.data->'content')::text, 'UTF8')), 'hex')
    ELSE '' END;
  IF TG_OP = 'UPDATE' AND OLD.final AND (NOT NEW.final OR NEW.digest <> OLD.digest) THEN
    RAISE EXCEPTION 'presales: % % is final: its content cannot change', OLD.kind, OLD.label USING ERRCODE = '42501';
  END IF;
  IF NEW.kind = 'quote' AND NEW.state IN ('approved', 'sent', 'accepted')
     AND presales.quote_needs_approval(NEW.data)
     AND NOT EXISTS (SELECT 1 FROM presales.approvals a
                     WHERE a.record_uid = NEW.uid AND a.digest = NEW.digest AND a.decision = 'approved') THEN
    RAISE EXCEPTION 'presales: quote % needs a manager''s approval of its current content', NEW.label
      USING ERRCODE = '42501';
  END IF;
  IF NEW.kind = 'contract' AND NEW.state IN ('approved', 'signed')
     AND NOT EXISTS (SELECT 1 FROM presales.reviews r
                     WHERE r.record_uid = NEW.uid AND r.digest = NEW.digest AND r.decision = 'approved') THEN
    RAISE EXCEPTION 'presales: contract % needs legal''s review of its current content', NEW.label
      USING ERRCODE = '42501';
  END IF;
  NEW.updated_by := current_user;
  NEW.updated_at := now();
  NEW.txid := pg_current_xact_id();
  RETURN NEW;
END $$;
CREATE TRIGGER records_guard BEFORE INSERT OR UPDATE ON presales.records
  FOR EACH ROW EXECUTE FUNCTION presales.records_guard();

ALTER TABLE presales.records ENABLE ROW LEVEL SECURITY;
CREATE POLICY records_read ON presales.records FOR SELECT USING (
  presales.sees_owner(owner)
  OR (kind IN ('contract', 'customer', 'opportunity') AND presales.in_group('presales_legal')));
CREATE POLICY records_insert ON presales.records FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY records_update ON presales.records FOR UPDATE
  USING (owner = current_user) WITH CHECK (owner = current_user);
GRANT SELECT, INSERT, UPDATE ON presales.records TO ${ALL};

ALTER TABLE presales.approvals ENABLE ROW LEVEL SECURITY;
CREATE POLICY approvals_read ON presales.approvals FOR SELECT USING (
  EXISTS (SELECT 1 FROM presales.records r WHERE r.uid = record_uid));
CREATE POLICY approvals_decide ON presales.approvals FOR INSERT WITH CHECK (
  presales.in_group('presales_manager')
  AND EXISTS (SELECT 1 FROM presales.records r
              WHERE r.uid = record_uid AND r.kind = 'quote' AND r.state = 'pending'
                AND r.digest = approvals.digest AND r.owner <> current_user));
GRANT SELECT ON presales.approvals TO ${ALL};
GRANT INSERT ON presales.approvals TO presales_manager;

ALTER TABLE presales.reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY reviews_read ON presales.reviews FOR SELECT USING (
  EXISTS (SELECT 1 FROM presales.records r WHERE r.uid = record_uid));
CREATE POLICY reviews_decide ON presales.reviews FOR INSERT WITH CHECK (
  presales.in_group('presales_legal')
  AND EXISTS (SELECT 1 FROM presales.records r
              WHERE r.uid = record_uid AND r.kind = 'contract' AND r.state = 'review'
                AND r.digest = reviews.digest));
GRANT SELECT ON presales.reviews TO ${ALL};
GRANT INSERT ON presales.reviews TO presales_legal;
`;

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [{ version: 1, name: 'foundation', sql: FOUNDATION }];
