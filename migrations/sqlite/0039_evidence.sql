-- The evidence locker: the files themselves (videos, photos, documents), attached to a case, one of
-- its testimonies or one of its sources. The bytes are not here: they are in the blob store (the
-- data directory's evidence/ folder, or S3-compatible object storage), sealed in 64 KiB chunks
-- under a key of the file's own (server::crypto::chunks), itself sealed here with the case's key.
--
-- Sealed with the case's key (associated data binds the file's id): the file's name (it often
-- carries a person's name), its SHA-256 (a hash of a known video would confirm to a thief with the
-- disk that Izde holds it) and its key. In the clear: what kind of file it is, its size, who added
-- it and when, and the last integrity check, which a researcher may see ("video, 3 MB").
-- (This backend's copy; the other differs only in the type of the sealed columns.)
CREATE TABLE evidence_files (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    -- What the file documents: the case itself, a testimony or a source of the case.
    attached_kind TEXT NOT NULL CHECK (attached_kind IN ('case', 'testimony', 'source')),
    attached_id   TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('video', 'audio', 'image', 'pdf', 'other')),
    -- Detected from the content: a strict type to serve it with (application/octet-stream if unknown).
    media_type    TEXT NOT NULL,
    size_bytes    BIGINT NOT NULL CHECK (size_bytes > 0),
    name_sealed   BLOB NOT NULL,
    sha256_sealed BLOB NOT NULL,
    key_sealed    BLOB NOT NULL,
    added_by      TEXT REFERENCES users (id),
    added_at      TEXT NOT NULL,
    -- The last time `izde evidence verify` (or serve's scheduled check) read it, and whether its
    -- chunks and hash held then; damaged_at is set while they do not.
    checked_at    TEXT,
    damaged_at    TEXT
);
CREATE INDEX evidence_files_case ON evidence_files (case_id);
