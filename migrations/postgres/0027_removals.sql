-- Things taken off a case after intake (an event, a testimony, a detention), each with the
-- written reason, sealed with the case's key (associated data binds this row's id). The version
-- kept before the removal still holds what was there, for those who may read it. (PostgreSQL's copy;
-- the other backend's differs only in the type of the sealed column.)
CREATE TABLE removals (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('event', 'testimony', 'detention')),
    item_id       TEXT NOT NULL,
    reason_sealed BYTEA NOT NULL,
    removed_at    TEXT NOT NULL,
    removed_by    TEXT REFERENCES users (id)
);
CREATE INDEX removals_case ON removals (case_id, removed_at);
