-- How the family gave or withdrew consent ("by phone to the coordinator, 3 December"), sealed
-- with the case's key (associated data binds the testifier id). (PostgreSQL's copy; SQLite's
-- differs only in the column's type.)
ALTER TABLE case_testifiers ADD COLUMN consent_note_sealed BYTEA;
