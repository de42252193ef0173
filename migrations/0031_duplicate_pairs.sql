-- Pairs of cases that may be one person, found by the name index when a case is saved (at intake,
-- or when its names or ID numbers are edited), and what was decided about them. They wait in the
-- admins' review queue until an admin marks them as different people or merges them.
CREATE TABLE duplicate_pairs (
    id               TEXT PRIMARY KEY,
    -- The case being saved, and the existing case it looks like.
    case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    other_id         TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    found_at         TEXT NOT NULL,
    found_by         TEXT REFERENCES users (id) ON DELETE SET NULL,
    found_in         TEXT NOT NULL CHECK (found_in IN ('intake', 'edit')),
    -- 'different' when whoever saved the case said the other is someone else.
    volunteer_answer TEXT CHECK (volunteer_answer IN ('different')),
    decision         TEXT CHECK (decision IN ('different', 'merged')),
    decided_at       TEXT,
    decided_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE (case_id, other_id),
    CHECK (case_id <> other_id)
);
CREATE INDEX duplicate_pairs_open ON duplicate_pairs (found_at) WHERE decision IS NULL;
CREATE INDEX duplicate_pairs_other ON duplicate_pairs (other_id);
