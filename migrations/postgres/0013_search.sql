-- Full-text search over each case's unencrypted text (issue 6). (PostgreSQL's copy: a tsvector with
-- a GIN index. SQLite's uses FTS5.)
--
-- `body` is made by the application (src/server/text.rs) from columns that are unencrypted anyway —
-- charges, alleged acts, facilities, courts, event kinds, places, source kinds, titles and
-- publishers, coded values in every UI language — never from a sealed field. It is derived data: not
-- in backups, made again at start-up for cases without a row. The 'simple' configuration lowercases
-- and stems nothing: names of places and charges in five languages are matched as written.
CREATE TABLE case_text (
    case_id  TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    body     TEXT NOT NULL,
    document TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED
);
CREATE INDEX case_text_document ON case_text USING GIN (document);
