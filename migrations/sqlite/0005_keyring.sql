-- The key hierarchy (see src/server/crypto): age recipients -> a versioned key-encryption key (KEK)
-- -> a data key per case and per testifier (DEK) -> sealed fields. (sqlite's copy; the other dialect's
-- differs only in the type of kek_age.)

-- Who can open the KEK: the server's online identity and offline recovery keys held by people.
CREATE TABLE key_recipients (
    recipient TEXT PRIMARY KEY,
    role      TEXT NOT NULL CHECK (role IN ('online', 'recovery')),
    label     TEXT NOT NULL,
    added_at  TEXT NOT NULL
);

-- Every KEK still needed to open a data key. kek_age is an age file (to every recipient above) of
-- "izde-kek-v1", the version and the 32-byte key, so a KEK moved to another version is refused.
-- A rotation makes a new version current and re-wraps every data key under it; `rotation` says how
-- (rewrap: new KEK only; reencrypt: new data keys and every field sealed again) and `completed_at`
-- when it finished, so an interrupted rotation resumes.
CREATE TABLE keyring (
    version      INTEGER PRIMARY KEY,
    kek_age      BLOB NOT NULL,
    rotation     TEXT NOT NULL CHECK (rotation IN ('initial', 'rewrap', 'reencrypt')),
    created_at   TEXT NOT NULL,
    completed_at TEXT
);

-- Which KEK wraps each data key (NULL: a data key of the first scheme, wrapped with age directly).
-- The reference makes a KEK that still wraps a data key impossible to delete, and a data key under a
-- deleted KEK impossible to store.
ALTER TABLE cases ADD COLUMN kek_version INTEGER REFERENCES keyring (version);
ALTER TABLE testifiers ADD COLUMN kek_version INTEGER REFERENCES keyring (version);
CREATE INDEX cases_kek_version ON cases (kek_version);
CREATE INDEX testifiers_kek_version ON testifiers (kek_version);

-- The keyring now says which keys open an installation's records.
ALTER TABLE installation DROP COLUMN recipient;
