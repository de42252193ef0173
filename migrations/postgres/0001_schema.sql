-- Izde schema, first version: PostgreSQL's copy of migrations/sqlite/0001_schema.sql.
--
-- The one difference is the type of sealed columns and wrapped keys: BYTEA here, BLOB in SQLite.
-- Every later migration is shared (migrations/*.sql) unless the dialects must differ.
--
-- Conventions (so that the same SQL later runs on PostgreSQL):
--   * ids are UUID strings (TEXT); they are bound into the associated data of every sealed field, so a
--     ciphertext copied to another record fails to open;
--   * timestamps are RFC 3339 UTC strings (TEXT);
--   * partial dates are stored three ways: `*_text` (the canonical form a volunteer reads back),
--     `*_sort` (ISO day of the earliest plausible moment, for ordering) and `*_rank` (precision, for ties);
--   * every column named `*_sealed` holds XChaCha20-Poly1305 ciphertext (see src/server/crypto); there is
--     no plaintext twin of any sealed column anywhere in the schema;
--   * vocabulary codes are checked against `vocabulary_terms` by the application inside the same
--     transaction as the write (one table for all vocabularies keeps the labels in one place).

-- Every controlled vocabulary (statuses, event kinds, relationships, charges, source types, ...) with its
-- labels in each UI language. Rows are added and relabelled by migrations only.
CREATE TABLE vocabulary_terms (
    vocabulary TEXT NOT NULL,
    code       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    label_en   TEXT NOT NULL,
    label_kk   TEXT NOT NULL,
    label_ru   TEXT NOT NULL,
    label_ug   TEXT NOT NULL,
    label_zh   TEXT NOT NULL,
    PRIMARY KEY (vocabulary, code)
);

-- The gazetteer: XUAR -> prefecture -> county -> township, and places abroad. A case may point at any
-- level ("prefecture known, county unknown" is a prefecture id). `prefecture_id` is the prefecture-level
-- ancestor (or the row itself), denormalised so that filters by prefecture need no recursive query.
CREATE TABLE locations (
    id            TEXT PRIMARY KEY,
    parent_id     TEXT REFERENCES locations (id),
    level         TEXT NOT NULL CHECK (level IN ('country', 'region', 'prefecture', 'county', 'township')),
    prefecture_id TEXT REFERENCES locations (id),
    name_en       TEXT NOT NULL,
    name_zh       TEXT NOT NULL,
    name_kk       TEXT NOT NULL,
    name_ug       TEXT NOT NULL
);
CREATE INDEX locations_parent ON locations (parent_id);

-- One missing person.
CREATE TABLE cases (
    id                  TEXT PRIMARY KEY,
    -- The case's data key, wrapped with `age` to the server's recipients. Every sealed field of the
    -- case, its events, testimonies, detentions and sources is sealed with it.
    dek_wrapped         BYTEA NOT NULL,
    key_scheme          INTEGER NOT NULL,
    status              TEXT NOT NULL,
    gender              TEXT,
    birth_year          INTEGER CHECK (birth_year BETWEEN 1900 AND 2100),
    ethnicity           TEXT,
    residency           TEXT,
    occupation          TEXT,
    last_location_id    TEXT REFERENCES locations (id),
    last_prefecture_id  TEXT REFERENCES locations (id),
    last_contact_text   TEXT,
    last_contact_sort   TEXT,
    last_contact_rank   INTEGER,
    -- Year of disappearance (or of last contact when no disappearance is dated), for the list filter.
    disappearance_year  INTEGER,
    verification        TEXT NOT NULL DEFAULT 'reported',
    name_sealed         BYTEA NOT NULL,
    other_names_sealed  BYTEA,
    aliases_sealed      BYTEA,
    id_numbers_sealed   BYTEA,
    birth_date_sealed   BYTEA,
    address_sealed      BYTEA,
    narrative_sealed    BYTEA,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
-- The list is ordered by last update and filtered by status / prefecture / year: each filter has an
-- index that also serves the ordering.
CREATE INDEX cases_updated ON cases (updated_at DESC, id);
CREATE INDEX cases_status ON cases (status, updated_at DESC);
CREATE INDEX cases_prefecture ON cases (last_prefecture_id, updated_at DESC);
CREATE INDEX cases_disappearance_year ON cases (disappearance_year, updated_at DESC);

-- A relative who testifies. Their details are more sensitive than the missing person's, so they have a
-- data key of their own (a testifier may speak for several cases).
CREATE TABLE testifiers (
    id             TEXT PRIMARY KEY,
    dek_wrapped    BYTEA NOT NULL,
    key_scheme     INTEGER NOT NULL,
    name_sealed    BYTEA NOT NULL,
    contact_sealed BYTEA,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- How a testifier relates to a case, and what they agreed to.
CREATE TABLE case_testifiers (
    case_id               TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    testifier_id          TEXT NOT NULL REFERENCES testifiers (id),
    relationship          TEXT NOT NULL,
    consent               TEXT NOT NULL,
    -- Sealed with the case's key; associated data binds the testifier id.
    pressure_notes_sealed BYTEA,
    created_at            TEXT NOT NULL,
    PRIMARY KEY (case_id, testifier_id)
);
CREATE INDEX case_testifiers_testifier ON case_testifiers (testifier_id);

-- Detention, trial and sentence. A person may be detained more than once.
CREATE TABLE detentions (
    id                TEXT PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    facility_kind     TEXT,
    facility_name     TEXT,
    location_id       TEXT REFERENCES locations (id),
    -- What the person is said to have done, kept apart from what they were charged with.
    alleged_act       TEXT,
    legal_charge      TEXT,
    sentence_months   INTEGER CHECK (sentence_months BETWEEN 0 AND 1200),
    sentence_life     INTEGER NOT NULL DEFAULT 0,
    court             TEXT,
    conviction_text   TEXT,
    conviction_sort   TEXT,
    conviction_rank   INTEGER,
    learned_text      TEXT,
    learned_sort      TEXT,
    learned_rank      INTEGER,
    learned_how       TEXT,
    confirmed_by      TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX detentions_case ON detentions (case_id);
CREATE INDEX detentions_charge ON detentions (legal_charge, case_id);

-- A dated happening in a case's timeline.
CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    date_text      TEXT,
    date_sort      TEXT,
    date_rank      INTEGER,
    reported_text  TEXT,
    reported_sort  TEXT,
    reported_rank  INTEGER,
    location_id    TEXT REFERENCES locations (id),
    -- A summary may identify people: sealed with the case's key.
    summary_sealed BYTEA,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX events_case_date ON events (case_id, date_sort, date_rank);

-- Where a claim comes from.
CREATE TABLE sources (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    source_type    TEXT NOT NULL,
    title          TEXT NOT NULL,
    publisher      TEXT,
    -- The author of a written testimony is often the relative: sealed with the case's key.
    author_sealed  BYTEA,
    reference      TEXT,
    published_text TEXT,
    published_sort TEXT,
    published_rank INTEGER,
    language       TEXT,
    reliability    TEXT NOT NULL,
    credibility    TEXT NOT NULL,
    content_sha256 TEXT CHECK (content_sha256 IS NULL OR length(content_sha256) = 64),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX sources_case ON sources (case_id);

CREATE TABLE event_sources (
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, source_id)
);
CREATE INDEX event_sources_source ON event_sources (source_id);

-- A recorded statement by a testifier about a case.
CREATE TABLE testimonies (
    id                        TEXT PRIMARY KEY,
    case_id                   TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    testifier_id              TEXT NOT NULL REFERENCES testifiers (id),
    recorded_text             TEXT,
    recorded_sort             TEXT,
    recorded_rank             INTEGER,
    medium                    TEXT NOT NULL,
    language                  TEXT,
    duration_minutes          INTEGER CHECK (duration_minutes BETWEEN 0 AND 10000),
    -- Where the recording is kept can lead to the relative: sealed with the case's key.
    recording_location_sealed BYTEA,
    transcript_sealed         BYTEA,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);
CREATE INDEX testimonies_case ON testimonies (case_id);
