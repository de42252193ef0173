-- Provenance per claim (issue 6). (PostgreSQL's copy; SQLite's differs only in the type of the
-- sealed column.)

-- A source cited for an event may support it or dispute it, and may point at a moment of a recording.
ALTER TABLE event_sources ADD COLUMN stance TEXT NOT NULL DEFAULT 'supports'
    CHECK (stance IN ('supports', 'disputes'));
ALTER TABLE event_sources ADD COLUMN timecode_seconds INTEGER
    CHECK (timecode_seconds BETWEEN 0 AND 360000);

-- Sources cited for the other claims of a case: its status and last known location, and each
-- detention's legal charge and sentence (those name the detention).
CREATE TABLE claim_sources (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    claim            TEXT NOT NULL CHECK (claim IN ('status', 'last_location', 'charge', 'sentence')),
    detention_id     TEXT REFERENCES detentions (id) ON DELETE CASCADE,
    source_id        TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    stance           TEXT NOT NULL CHECK (stance IN ('supports', 'disputes')),
    timecode_seconds INTEGER CHECK (timecode_seconds BETWEEN 0 AND 360000),
    created_at       TEXT NOT NULL,
    CHECK ((claim IN ('charge', 'sentence')) = (detention_id IS NOT NULL))
);
CREATE UNIQUE INDEX claim_sources_once ON claim_sources (case_id, claim, COALESCE(detention_id, ''), source_id);
CREATE INDEX claim_sources_source ON claim_sources (source_id);
CREATE INDEX claim_sources_detention ON claim_sources (detention_id);

-- A reviewer's level for a claim, with the written reason (sealed with the case's key; associated
-- data binds this row's id). `subject_id` is the detention or event, '' for case-level claims.
CREATE TABLE claim_reviews (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    claim         TEXT NOT NULL CHECK (claim IN ('status', 'last_location', 'charge', 'sentence', 'event')),
    subject_id    TEXT NOT NULL DEFAULT '',
    level         TEXT NOT NULL CHECK (level IN ('reported', 'corroborated', 'confirmed')),
    reason_sealed BYTEA NOT NULL,
    reviewed_by   TEXT REFERENCES users (id),
    reviewed_at   TEXT NOT NULL,
    UNIQUE (case_id, claim, subject_id)
);

-- Proof of life: a call, photo, video or visit showing the person alive. The sentence clock's alert
-- lists cases past their expected release with none recorded since.
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('event_kind', 'proof_of_life', 105, 'Proof of life (call, photo, video or visit)', 'Тірі екенінің дәлелі (қоңырау, фото, бейне не кездесу)', 'Подтверждение, что жив (звонок, фото, видео или встреча)', 'ھايات ئىكەنلىكىنىڭ ئىسپاتى (تېلېفون، سۈرەت، سىن ياكى كۆرۈشۈش)', '生存证明（电话、照片、视频或探视）');
