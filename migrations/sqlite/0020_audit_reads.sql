-- The cases a reading entry of the audit log showed (sqlite's copy; the other dialect's differs in
-- the type of `seq` and in how the append-only rule is enforced).
--
-- A page that shows names (the case list, a name search, a case) appends one `case.read` entry per
-- view, not one per case. The cases it showed are listed here, and the entry's `after_hash` is
-- the digest of that list (see src/server/audit.rs), so the chain covers it: `izde audit verify`
-- names the entry whose list was changed, cut or extended. Append-only like the log.
CREATE TABLE audit_read_cases (
    seq     INTEGER NOT NULL REFERENCES audit_log (seq),
    case_id TEXT NOT NULL,
    PRIMARY KEY (seq, case_id)
);
-- "Who read this case", the audit page's filter by record.
CREATE INDEX audit_read_cases_case ON audit_read_cases (case_id, seq);

CREATE TRIGGER audit_read_cases_no_update BEFORE UPDATE ON audit_read_cases
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_read_cases_no_delete BEFORE DELETE ON audit_read_cases
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
