/**
 * Migration 8: team mode. The local database stays the working store; these tables say how it
 * relates to the team's PostgreSQL server (src/main/team):
 *  - team_link: the one server this database has joined (address without credentials, user,
 *    role); no row means single-user mode. The password is never stored here;
 *  - team_records: for every local record that exists on the server, its server id (a UUID),
 *    the server version it was last in step with, and the local `updated_at` then, so a sync
 *    pushes only what changed since, and a pull knows which local row a server record is;
 *  - team_cursors: per stream pulled (price lists, quotes, decisions), the transaction id up
 *    to which everything has been applied; a pull advances it in the same local transaction as
 *    the rows it applies, so a sync killed half-way resumes where it was;
 *  - team_conflicts: a draft changed here and on the server since the last sync; both are kept
 *    until the user chooses one;
 *  - team_syncs: when each sync ran and what it did (the last one is shown in Settings → 团队).
 */
export const migration008 = {
  version: 8,
  name: 'team',
  sql: `
CREATE TABLE team_link (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  url          TEXT NOT NULL,
  user         TEXT NOT NULL,
  role         TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'legal', 'admin')),
  display_name TEXT NOT NULL DEFAULT '',
  connected_at TEXT NOT NULL
) STRICT;

CREATE TABLE team_records (
  kind           TEXT NOT NULL,
  local_id       INTEGER NOT NULL,
  uid            TEXT NOT NULL UNIQUE,
  server_version INTEGER NOT NULL,
  synced_stamp   TEXT NOT NULL,
  -- For quotes and contracts: the digest the server computed for the content pushed last; a
  -- decision (approval, review) applies here only to that content.
  digest         TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (kind, local_id)
) STRICT;

CREATE TABLE team_cursors (
  stream TEXT PRIMARY KEY,
  txid   TEXT NOT NULL
) STRICT;

CREATE TABLE team_conflicts (
  uid            TEXT PRIMARY KEY,
  kind           TEXT NOT NULL,
  local_id       INTEGER NOT NULL,
  label          TEXT NOT NULL,
  server_version INTEGER NOT NULL,
  server_data    TEXT NOT NULL,
  server_by      TEXT NOT NULL,
  server_at      TEXT NOT NULL,
  detected_at    TEXT NOT NULL
) STRICT;

CREATE TABLE team_syncs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  ok          INTEGER NOT NULL DEFAULT 0 CHECK (ok IN (0, 1)),
  pushed      INTEGER NOT NULL DEFAULT 0,
  pulled      INTEGER NOT NULL DEFAULT 0,
  conflicts   INTEGER NOT NULL DEFAULT 0,
  message     TEXT NOT NULL DEFAULT ''
) STRICT;
`,
} as const;
