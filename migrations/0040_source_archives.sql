-- A cited web page (a video on a platform, a news article, an official's statement) archived into
-- the evidence locker, and what the re-checks have found since: still there unchanged, changed, or
-- taken down (404, 410, a platform's "removed" page). One row per source; archiving again points it
-- at the new snapshot (the old one stays in the locker). The address is the source's own reference,
-- which is not sealed; the snapshot's bytes, name and hash are sealed like every evidence file.
CREATE TABLE source_archives (
    source_id   TEXT PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    -- The snapshot in the locker (evidence_files, attached to the source).
    evidence_id TEXT NOT NULL REFERENCES evidence_files (id) ON DELETE CASCADE,
    http_status INTEGER NOT NULL,
    final_url   TEXT NOT NULL,
    archived_at TEXT NOT NULL,
    archived_by TEXT REFERENCES users (id),
    state       TEXT NOT NULL CHECK (state IN ('alive', 'changed', 'gone')),
    -- The last re-check, what it answered, and when the state last changed.
    checked_at  TEXT,
    last_status INTEGER,
    state_since TEXT NOT NULL
);
CREATE INDEX source_archives_case ON source_archives (case_id);
CREATE INDEX source_archives_state ON source_archives (state);
