-- Keyed blind indexes over the sealed names and ID numbers of each case (see src/server/search):
-- truncated HMACs of a cross-script name skeleton, so that a volunteer finds a person from any
-- script's spelling without the server decrypting every record. A match is only a candidate; the
-- application confirms it after decrypting. The HMAC key is derived from the KEK of `kek_version`,
-- and `table_version` is the version of the transliteration tables: when either changes, the entries
-- are made again. The `indexed` entry of a case (empty digest) marks it as done.
CREATE TABLE blind_index (
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('name', 'name_year', 'token', 'id_number', 'indexed')),
    digest        TEXT NOT NULL,
    kek_version   INTEGER NOT NULL,
    table_version INTEGER NOT NULL,
    PRIMARY KEY (case_id, kind, digest)
);
CREATE INDEX blind_index_lookup ON blind_index (kind, digest);
