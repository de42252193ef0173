-- Accounts (issue 5). Passwords are argon2id PHC strings (src/server/accounts.rs); usernames are
-- stored folded (NFKC, lower case) so that "Aigerim" and "aigerim" are one account.
CREATE TABLE users (
    id                  TEXT PRIMARY KEY,
    username            TEXT NOT NULL UNIQUE,
    role                TEXT NOT NULL CHECK (role IN ('admin', 'volunteer', 'researcher')),
    password_hash       TEXT NOT NULL,
    disabled            INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);
