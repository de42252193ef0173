-- The blind index of testifiers' names, so that "add a testifier" can link a relative already
-- recorded on another case (a father who testifies about a third son) instead of typing them
-- again. Built like `blind_index` (truncated HMACs of the cross-script skeleton of the whole name
-- and of each word, keyed from the KEK), with digests of their own: the same name as a testifier and
-- as a missing person gives different digests, so the two indexes cannot be joined. Only ever a
-- candidate, confirmed after decrypting the name. The `indexed` entry marks a testifier as done
-- under `kek_version` and `table_version`.
CREATE TABLE testifier_index (
    testifier_id  TEXT NOT NULL REFERENCES testifiers (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('testifier_name', 'testifier_token', 'indexed')),
    digest        TEXT NOT NULL,
    kek_version   INTEGER NOT NULL,
    table_version INTEGER NOT NULL,
    PRIMARY KEY (testifier_id, kind, digest)
);
CREATE INDEX testifier_index_lookup ON testifier_index (kind, digest);
