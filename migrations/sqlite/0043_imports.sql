-- Bulk import (src/server/import): the source databases' own ids of imported cases, and each
-- import's progress, so that importing a file again updates instead of duplicating, and an import
-- stopped midway resumes where its last batch was committed.

-- The id a case has in the spreadsheet or database it was imported from ("external reference").
-- The reference itself is sealed with the case's data key (it can identify a person in a public
-- list); `digest` is its blind index: an HMAC under the name index's key of the KEK `kek_version`,
-- found again by computing it under every KEK. `row_digest` is an HMAC of the row as last imported
-- (under the same key), to tell an unchanged row from a changed one without keeping the row.
CREATE TABLE case_external_refs (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    digest      TEXT NOT NULL UNIQUE,
    kek_version INTEGER NOT NULL,
    ref_sealed  BLOB NOT NULL,
    row_digest  TEXT NOT NULL,
    -- The import that last wrote it, and the line of its file: a reference met twice in one file
    -- is reported with the line that had it first.
    import_id   TEXT NOT NULL,
    line        INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX case_external_refs_case ON case_external_refs (case_id);

-- One import run over one file (identified by a keyed digest of its bytes, never its name): how
-- far it got (every line up to `lines_done` is committed) and what it did.
CREATE TABLE imports (
    id          TEXT PRIMARY KEY,
    file_digest TEXT NOT NULL,
    started_by  TEXT,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    lines_done  INTEGER NOT NULL DEFAULT 0,
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX imports_file ON imports (file_digest, finished_at);
