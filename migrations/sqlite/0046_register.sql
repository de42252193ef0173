-- The public register (issue 22): a static website of the cases whose families agreed to
-- publication, built as files by `izde publish` and hosted away from this server.
--
-- An admin approves each case's first publication after a side-by-side review of what will be
-- public. The approval holds for the consent it was given under: any later change of a
-- testifier's consent removes it (the case leaves the register until it is reviewed again).
-- `entry_id` is the entry's public id, random (not derived from the case id or a key), so that it
-- stays the same across key rotations and says nothing about the record.
CREATE TABLE register_approvals (
    case_id      TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    entry_id     TEXT NOT NULL UNIQUE,
    consent      TEXT NOT NULL CHECK (consent IN ('named', 'anonymized')),
    approved_by  TEXT REFERENCES users (id),
    approved_at  TEXT NOT NULL
);

-- What the last publication held: each entry's public id and the SHA-256 of its pages, so that
-- publishing again can say what was added, changed and removed. Keyed by the public id only (an
-- erased case's row is gone, and its entry must still be listed as removed).
CREATE TABLE register_published (
    entry_id     TEXT PRIMARY KEY,
    digest       TEXT NOT NULL,
    published_at TEXT NOT NULL
);

-- Each publication: when, by whom (none: the command line), how many entries, what changed since
-- the one before (entry ids added, changed, removed, as JSON) and the SHA-256 of its manifest.
CREATE TABLE register_publications (
    id              TEXT PRIMARY KEY,
    published_at    TEXT NOT NULL,
    published_by    TEXT REFERENCES users (id),
    entries         INTEGER NOT NULL,
    changes         TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL
);
CREATE INDEX register_publications_at ON register_publications (published_at);
