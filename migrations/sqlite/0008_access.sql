-- Sessions, roles' access to cases, reveals, settings and case history (issue 5). (sqlite's copy;
-- the other dialect's differs only in the type of the sealed columns.)

-- Who entered a case (a volunteer sees and edits the sensitive fields of their own cases), the
-- case's revision, which every save checks and increments so that a stale edit is refused, and who
-- saved that revision.
ALTER TABLE cases ADD COLUMN created_by TEXT REFERENCES users (id);
ALTER TABLE cases ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN updated_by TEXT REFERENCES users (id);

-- Log-in sessions, shared by every instance. The cookie holds a random token; only its SHA-256 is
-- stored, so a copy of the database opens no session. Times are Unix seconds.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed log-ins per account name and per address, counted in a fixed window, checked before the
-- password is hashed. `subject` is "user:<folded name>" or "ip:<address>".
CREATE TABLE login_throttle (
    subject      TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    failures     INTEGER NOT NULL
);

-- Volunteers assigned to a case by an admin (besides the one who entered it).
CREATE TABLE case_assignments (
    case_id     TEXT NOT NULL REFERENCES cases (id),
    user_id     TEXT NOT NULL REFERENCES users (id),
    assigned_by TEXT NOT NULL REFERENCES users (id),
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignments_user ON case_assignments (user_id);

-- A researcher's request to see one case's names, with a written reason (sealed with the case's data
-- key: it may mention people), and the admin's decision. A grant lasts until `expires_at`.
CREATE TABLE reveal_requests (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id),
    user_id       TEXT NOT NULL REFERENCES users (id),
    reason_sealed BLOB NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'granted', 'denied')),
    requested_at  TEXT NOT NULL,
    decided_by    TEXT REFERENCES users (id),
    decided_at    TEXT,
    expires_at    TEXT
);
CREATE INDEX reveal_requests_case_user ON reveal_requests (case_id, user_id);
CREATE INDEX reveal_requests_status ON reveal_requests (status);

-- Installation settings an admin changes in the UI ("true"/"false"; an absent key is false):
-- reveal_auto_grant grants researchers' reveal requests without an admin.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The case as it was at each revision: everything its page shows (profile, detentions, testifiers,
-- testimonies, sources, timeline), sealed with the case's data key, with who saved it and when.
-- Written at every save, so earlier versions stay readable ("as recorded on <date>").
CREATE TABLE case_versions (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases (id),
    revision        INTEGER NOT NULL,
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT REFERENCES users (id),
    snapshot_sealed BLOB NOT NULL,
    UNIQUE (case_id, revision)
);
