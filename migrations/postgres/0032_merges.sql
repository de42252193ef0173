-- Two records of one person merged by an admin from the duplicate review. The kept case takes
-- every testimony, testifier link, detention, event, source and claim of the other, re-sealed with
-- its own data key; the other case's row and key are then deleted. What remains of it is here:
-- its id, which now leads to the kept case, and the history it had before the merge. (postgres's
-- copy; the other backend's differs only in the type of the sealed columns.)
CREATE TABLE case_merges (
    -- The case merged away: its old address leads to the kept case.
    merged_id    TEXT PRIMARY KEY,
    kept_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    -- The review pair the merge decided.
    pair_id      TEXT,
    -- Why the admin judged them one person, sealed with the kept case's key (associated data binds
    -- merged_id).
    notes_sealed BYTEA NOT NULL,
    -- Which case each differing profile field was taken from ("name=kept;status=merged;…"): which
    -- side, never a value.
    choices      TEXT NOT NULL,
    merged_at    TEXT NOT NULL,
    merged_by    TEXT REFERENCES users (id)
);
CREATE INDEX case_merges_kept ON case_merges (kept_id);

-- The merged case's kept versions, and the case as it was at the merge, re-sealed with the kept
-- case's key (associated data binds this row's id), so both histories stay readable.
CREATE TABLE merged_versions (
    id                     TEXT PRIMARY KEY,
    case_id                TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    merged_id              TEXT NOT NULL,
    revision               INTEGER NOT NULL,
    recorded_at            TEXT NOT NULL,
    recorded_by            TEXT REFERENCES users (id),
    snapshot_sealed        BYTEA NOT NULL,
    public_snapshot_sealed BYTEA NOT NULL,
    UNIQUE (merged_id, revision)
);
CREATE INDEX merged_versions_case ON merged_versions (case_id);
