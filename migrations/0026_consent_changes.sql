-- Consent to publish can change after intake (a family withdraws it, or agrees to names later):
-- each testifier-case link records when its consent was last given or changed and by which
-- account (NULL: recorded at intake before this was kept). Every change is also a revision of
-- the case and an audit entry.
ALTER TABLE case_testifiers ADD COLUMN consent_changed_at TEXT;
ALTER TABLE case_testifiers ADD COLUMN consent_changed_by TEXT REFERENCES users (id);
UPDATE case_testifiers SET consent_changed_at = created_at;
-- Exports leave out every case with a link whose consent is 'none'.
CREATE INDEX case_testifiers_consent ON case_testifiers (consent, case_id);
