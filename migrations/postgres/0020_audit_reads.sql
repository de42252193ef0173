-- The cases a reading entry of the audit log showed (postgres's copy; the other dialect's differs in
-- the type of `seq` and in how the append-only rule is enforced).
--
-- A page that shows names (the case list, a name search, a case) appends one `case.read` entry per
-- view, not one per case. The cases it showed are listed here, and the entry's `after_hash` is
-- the digest of that list (see src/server/audit.rs), so the chain covers it: `izde audit verify`
-- names the entry whose list was changed, cut or extended. Append-only like the log.
CREATE TABLE audit_read_cases (
    seq     BIGINT NOT NULL REFERENCES audit_log (seq),
    case_id TEXT NOT NULL,
    PRIMARY KEY (seq, case_id)
);
-- "Who read this case", the audit page's filter by record.
CREATE INDEX audit_read_cases_case ON audit_read_cases (case_id, seq);

CREATE TRIGGER audit_read_cases_no_change BEFORE UPDATE OR DELETE ON audit_read_cases
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_read_cases_no_truncate BEFORE TRUNCATE ON audit_read_cases
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
