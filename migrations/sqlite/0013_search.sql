-- Full-text search over each case's unencrypted text (issue 6). (SQLite's copy: FTS5. PostgreSQL's
-- keeps a tsvector instead.)
--
-- `body` is made by the application (src/server/text.rs) from columns that are unencrypted anyway —
-- charges, alleged acts, facilities, courts, event kinds, places, source kinds, titles and
-- publishers, coded values in every UI language — never from a sealed field. It is derived data: not
-- in backups, made again at start-up for cases without a row.
CREATE TABLE case_text (
    id      INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
    body    TEXT NOT NULL
);

-- The index itself: FTS5 over `case_text.body` (external content, kept in step by the triggers).
-- Diacritics are ignored, so "Ghulja" finds "Ghuljá".
CREATE VIRTUAL TABLE case_text_fts USING fts5 (
    body,
    content = 'case_text',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER case_text_insert AFTER INSERT ON case_text BEGIN
    INSERT INTO case_text_fts (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER case_text_delete AFTER DELETE ON case_text BEGIN
    INSERT INTO case_text_fts (case_text_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE TRIGGER case_text_update AFTER UPDATE ON case_text BEGIN
    INSERT INTO case_text_fts (case_text_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO case_text_fts (rowid, body) VALUES (new.id, new.body);
END;
