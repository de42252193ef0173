-- Tombstones of erased cases. Erasing a case deletes its row and everything under it, its data
-- key with it, so every sealed field, kept version and transcript of it that may linger elsewhere
-- (a backup, a replica, PostgreSQL's write-ahead log) can no longer be opened once those copies
-- age out. What remains is this row: the case's id, when and by whom, and the reason, sealed with
-- a key of the tombstone's own, wrapped with the KEK like a case's. The audit log keeps the entry.
CREATE TABLE erasures (
    id            TEXT PRIMARY KEY,
    dek_wrapped   BLOB NOT NULL,
    key_scheme    INTEGER NOT NULL,
    kek_version   INTEGER REFERENCES keyring (version),
    reason_sealed BLOB NOT NULL,
    erased_at     TEXT NOT NULL,
    erased_by     TEXT REFERENCES users (id)
);
CREATE INDEX erasures_kek_version ON erasures (kek_version);
