-- Places the gazetteer lacks (issue 18): admins add a township or a village under a county (a
-- village may also stand under a township), with its names in each script. The level list gains
-- 'village', and each added place keeps who added it and when (a seeded place has neither, and
-- only added places are backed up: the seeded ones come with the migrations).
-- `gazetteer_version` tells every running instance to read the places again. (PostgreSQL's copy;
-- SQLite makes the table again.)
ALTER TABLE locations DROP CONSTRAINT locations_level_check;
ALTER TABLE locations ADD CONSTRAINT locations_level_check
    CHECK (level IN ('country', 'region', 'prefecture', 'county', 'township', 'village'));
ALTER TABLE locations ADD COLUMN added_by TEXT REFERENCES users (id);
ALTER TABLE locations ADD COLUMN added_at TEXT;
CREATE TABLE gazetteer_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO gazetteer_version (id, version) VALUES (1, 0);
