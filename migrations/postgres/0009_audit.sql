-- The tamper-evident audit log (see src/server/audit.rs). (postgres's copy; the other dialect's differs
-- in the type of `seq` and in how the append-only rule is enforced.)
--
-- Every write and every reveal appends one entry, inside the transaction of the change it records.
-- An entry holds ids, an action name and SHA-256 hashes only, never a plaintext value. Entries form a
-- hash chain: `hash` is SHA-256 of the entry's fields and `prev_hash`, the previous entry's hash (64
-- zeros before the first), so editing, removing or reordering an entry breaks every hash after it.
-- `seq` is assigned by the application: 1, 2, 3, … without gaps. The indexes end in it so that they
-- serve "newest first".
CREATE TABLE audit_log (
    seq         BIGINT PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT,
    action      TEXT NOT NULL,
    record_kind TEXT,
    record_id   TEXT,
    before_hash TEXT,
    after_hash  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (record_id, seq);
CREATE INDEX audit_log_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_action ON audit_log (action, seq);

-- The end of the chain: the last entry's number and hash. Appending first updates this row, which
-- serialises appenders (SQLite's write lock, PostgreSQL's row lock), so no two entries get one
-- number and a rolled-back append leaves no gap. It has no row until the first entry (an empty
-- installation holds no rows, as restore expects); no row reads as entry 0 with 64 zeros.
-- `verify` checks that it names the log's last entry, which catches entries cut off the end.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash TEXT NOT NULL
);

-- Entries are never changed or removed, by the application or by mistake. (A superuser can drop
-- these triggers; the hash chain, and a head hash noted outside the server, catch that.)
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
