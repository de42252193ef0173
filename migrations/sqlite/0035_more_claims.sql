-- Provenance reaches every claim of a case (issue 18): besides the status, the last known place,
-- each detention's charge and sentence and each event, sources can now be cited for the birth
-- year, ethnicity, occupation, residency abroad, the names and the ID numbers of the missing
-- person, and for each detention's facility, court and alleged act. SQLite cannot change a CHECK,
-- so both tables are made again with the wider lists and their rows copied. (SQLite's copy; the
-- other backend changes the constraints in place.)
CREATE TABLE claim_sources_new (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    claim            TEXT NOT NULL CHECK (claim IN (
        'status', 'last_location', 'birth_year', 'ethnicity', 'occupation', 'residency', 'names',
        'id_numbers', 'charge', 'sentence', 'facility', 'court', 'alleged_act')),
    detention_id     TEXT REFERENCES detentions (id) ON DELETE CASCADE,
    source_id        TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    stance           TEXT NOT NULL CHECK (stance IN ('supports', 'disputes')),
    timecode_seconds INTEGER CHECK (timecode_seconds BETWEEN 0 AND 360000),
    created_at       TEXT NOT NULL,
    CHECK ((claim IN ('charge', 'sentence', 'facility', 'court', 'alleged_act')) = (detention_id IS NOT NULL))
);
INSERT INTO claim_sources_new SELECT id, case_id, claim, detention_id, source_id, stance, timecode_seconds, created_at FROM claim_sources;
DROP TABLE claim_sources;
ALTER TABLE claim_sources_new RENAME TO claim_sources;
CREATE UNIQUE INDEX claim_sources_once ON claim_sources (case_id, claim, COALESCE(detention_id, ''), source_id);
CREATE INDEX claim_sources_source ON claim_sources (source_id);
CREATE INDEX claim_sources_detention ON claim_sources (detention_id);

CREATE TABLE claim_reviews_new (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    claim         TEXT NOT NULL CHECK (claim IN (
        'status', 'last_location', 'birth_year', 'ethnicity', 'occupation', 'residency', 'names',
        'id_numbers', 'charge', 'sentence', 'facility', 'court', 'alleged_act', 'event')),
    subject_id    TEXT NOT NULL DEFAULT '',
    level         TEXT NOT NULL CHECK (level IN ('reported', 'corroborated', 'confirmed')),
    reason_sealed BLOB NOT NULL,
    reviewed_by   TEXT REFERENCES users (id),
    reviewed_at   TEXT NOT NULL,
    UNIQUE (case_id, claim, subject_id)
);
INSERT INTO claim_reviews_new SELECT id, case_id, claim, subject_id, level, reason_sealed, reviewed_by, reviewed_at FROM claim_reviews;
DROP TABLE claim_reviews;
ALTER TABLE claim_reviews_new RENAME TO claim_reviews;
