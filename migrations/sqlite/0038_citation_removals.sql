-- A source's citation for a claim is taken off with a written reason too (issue 18: "delete … a
-- source link with a written reason"): `removals` gains the kind 'citation', whose item is the
-- source (the claim is named in the history). SQLite cannot change a CHECK, so the table is made
-- again (nothing points at it). (SQLite's copy; the other backend changes the constraint.)
CREATE TABLE removals_new (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('event', 'testimony', 'detention', 'citation')),
    item_id       TEXT NOT NULL,
    reason_sealed BLOB NOT NULL,
    removed_at    TEXT NOT NULL,
    removed_by    TEXT REFERENCES users (id)
);
INSERT INTO removals_new SELECT id, case_id, kind, item_id, reason_sealed, removed_at, removed_by FROM removals;
DROP TABLE removals;
ALTER TABLE removals_new RENAME TO removals;
CREATE INDEX removals_case ON removals (case_id, removed_at);
