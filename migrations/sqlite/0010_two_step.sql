-- Two-step verification (issue 5). (sqlite's copy; the other dialect's differs only in the type of
-- the sealed and wrapped columns.)

-- An account's TOTP secret, sealed with a data key of its own (this row owns it, as a case or a
-- testifier owns theirs, so KEK rotation and offline recovery walk it too). `confirmed` is set once
-- a code from the authenticator app was accepted; `last_step` is the time step of the last code
-- accepted, so that no code is accepted twice.
CREATE TABLE account_secrets (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    dek_wrapped BLOB NOT NULL,
    key_scheme  INTEGER NOT NULL,
    kek_version INTEGER REFERENCES keyring (version),
    totp_sealed BLOB NOT NULL,
    confirmed   INTEGER NOT NULL DEFAULT 0,
    last_step   BIGINT,
    created_at  TEXT NOT NULL
);
CREATE INDEX account_secrets_kek_version ON account_secrets (kek_version);

-- A log-in whose password was right and whose second step is awaited: a random token in the
-- second form (only its SHA-256 here), valid five minutes and for five codes.
CREATE TABLE login_challenges (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0
);
