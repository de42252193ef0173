-- Places the gazetteer lacks (issue 18): admins add a township or a village under a county (a
-- village may also stand under a township), with its names in each script. The level list gains
-- 'village', and each added place keeps who added it and when (a seeded place has neither, and
-- only added places are backed up: the seeded ones come with the migrations).
-- `gazetteer_version` tells every running instance to read the places again. (SQLite's copy; the
-- other backend changes the table in place.)
--
-- SQLite cannot change a CHECK, so the table is made again under its own name. Cases, detentions
-- and events point at it, so foreign keys are checked at COMMIT only (they cannot be switched off
-- inside the migration's transaction): the places are kept aside, the table dropped and made
-- again, and the places put back before anything is checked. No reference to a place has an ON
-- DELETE action, so dropping the table changes no other row.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE locations_kept AS SELECT id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug FROM locations;
DROP TABLE locations;
CREATE TABLE locations (
    id            TEXT PRIMARY KEY,
    parent_id     TEXT REFERENCES locations (id),
    level         TEXT NOT NULL CHECK (level IN ('country', 'region', 'prefecture', 'county', 'township', 'village')),
    prefecture_id TEXT REFERENCES locations (id),
    name_en       TEXT NOT NULL,
    name_zh       TEXT NOT NULL,
    name_kk       TEXT NOT NULL,
    name_ug       TEXT NOT NULL,
    added_by      TEXT REFERENCES users (id),
    added_at      TEXT
);
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug)
    SELECT id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug FROM locations_kept;
DROP TABLE locations_kept;
CREATE INDEX locations_parent ON locations (parent_id);
CREATE TABLE gazetteer_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO gazetteer_version (id, version) VALUES (1, 0);
