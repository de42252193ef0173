-- Every export signing key this installation has used (src/server/export/manifest.rs): the key is
-- derived from the KEK of its time, and a rotation deletes old KEKs, so the public half is kept here
-- for `izde keys signing-key` to list (recipients pin them and check exports with
-- `izde export verify --expect-key`). Public keys only: nothing here is secret.
CREATE TABLE signing_keys (
    public_key    TEXT PRIMARY KEY,
    kek_version   INTEGER NOT NULL,
    first_used_at TEXT NOT NULL
);
