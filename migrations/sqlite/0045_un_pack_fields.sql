-- What the UN working groups ask of a case that the record did not keep (issue 22). The WGEID
-- needs the forces believed responsible for a disappearance and the steps the family took to find
-- the person; the WGAD also asks whether a warrant was shown at the arrest. The forces and the
-- warrant belong to a detention (a person may be detained more than once, by different forces);
-- the steps are timeline events of three new kinds, beside "advocacy action", so that each has its
-- date, place, summary (sealed) and sources like every event. Both detention facts are claims
-- that sources can be cited for, as a detention's charge and sentence are.
ALTER TABLE detentions ADD COLUMN responsible_forces TEXT;
ALTER TABLE detentions ADD COLUMN warrant_shown TEXT;

INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('responsible_forces', 'public_security', 10, 'Police (Public Security Bureau)', 'Полиция (Қоғамдық қауіпсіздік бюросы)', 'Полиция (Бюро общественной безопасности)', 'ساقچى (جامائەت خەۋپسىزلىك ئىدارىسى)', '公安机关（公安局）'),
    ('responsible_forces', 'state_security', 20, 'State security', 'Мемлекеттік қауіпсіздік органдары', 'Органы государственной безопасности', 'دۆلەت بىخەتەرلىك ئورگانلىرى', '国家安全机关'),
    ('responsible_forces', 'armed_police', 30, 'People''s Armed Police', 'Халықтық қарулы полиция', 'Народная вооружённая полиция', 'خەلق قوراللىق ساقچى قىسمى', '武装警察部队'),
    ('responsible_forces', 'military', 40, 'Military (People''s Liberation Army)', 'Әскер (Халық-азаттық армиясы)', 'Армия (НОАК)', 'ئارمىيە (خەلق ئازادلىق ئارمىيىسى)', '军队（中国人民解放军）'),
    ('responsible_forces', 'local_officials', 50, 'Village or neighbourhood officials (cadres)', 'Ауыл не көше комитетінің қызметкерлері (кадрлар)', 'Сельские или квартальные чиновники (кадры)', 'كەنت ياكى مەھەللە كادىرلىرى', '村或社区干部'),
    ('responsible_forces', 'court_procuratorate', 60, 'Procuratorate or court', 'Прокуратура не сот', 'Прокуратура или суд', 'تەپتىش مەھكىمىسى ياكى سوت', '检察院或法院'),
    ('responsible_forces', 'state_agents', 70, 'State agents, unit not known', 'Мемлекет қызметкерлері, қай орган екені белгісіз', 'Представители государства, ведомство неизвестно', 'دۆلەت خادىملىرى، قايسى ئورگان ئىكەنلىكى نامەلۇم', '国家人员，具体单位不明'),
    ('responsible_forces', 'other', 80, 'Other', 'Басқа', 'Другое', 'باشقا', '其他'),
    ('warrant_shown', 'shown', 10, 'A warrant or other decision was shown', 'Ордер не басқа шешім көрсетілді', 'Был предъявлен ордер или иное решение', 'تۇتۇش بۇيرۇقى ياكى باشقا قارار كۆرسىتىلگەن', '出示了逮捕证或其他决定书'),
    ('warrant_shown', 'not_shown', 20, 'No warrant was shown', 'Ордер көрсетілмеді', 'Ордер не предъявлялся', 'تۇتۇش بۇيرۇقى كۆرسىتىلمىگەن', '未出示逮捕证'),
    ('warrant_shown', 'not_known', 30, 'The family does not know', 'Отбасы білмейді', 'Семья не знает', 'ئائىلىسى بىلمەيدۇ', '家属不知道'),
    ('event_kind', 'inquiry_to_authorities', 132, 'Inquiry to the authorities (police, camp, local office)', 'Билікке сұрау салу (полиция, лагерь, жергілікті мекеме)', 'Запрос властям (полиция, лагерь, местная администрация)', 'ھۆكۈمەتتىن سوراش (ساقچى، لاگېر، يەرلىك ئورگان)', '向当局询问（公安、营、地方机关）'),
    ('event_kind', 'appeal_to_embassy', 134, 'Appeal to an embassy, consulate or foreign ministry', 'Елшілікке, консулдыққа не сыртқы істер министрлігіне өтініш', 'Обращение в посольство, консульство или МИД', 'ئەلچىخانا، كونسۇلخانا ياكى تاشقى ئىشلار مىنىستىرلىكىگە مۇراجىئەت', '向使领馆或外交部求助'),
    ('event_kind', 'legal_petition', 136, 'Complaint or petition to a court, procuratorate or petition office', 'Сотқа, прокуратураға не арыз бөліміне шағым', 'Жалоба или петиция в суд, прокуратуру или приёмную', 'سوت، تەپتىش مەھكىمىسى ياكى ئەرز ئىشخانىسىغا شىكايەت', '向法院、检察院或信访部门申诉');

-- The two new claims of a detention. SQLite cannot change a CHECK: both tables are made again
-- with the wider lists and their rows copied (PostgreSQL's copy changes the constraints).
CREATE TABLE claim_sources_new (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    claim            TEXT NOT NULL CHECK (claim IN (
        'status', 'last_location', 'birth_year', 'ethnicity', 'occupation', 'residency', 'names',
        'id_numbers', 'charge', 'sentence', 'facility', 'court', 'alleged_act',
        'responsible_forces', 'warrant')),
    detention_id     TEXT REFERENCES detentions (id) ON DELETE CASCADE,
    source_id        TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    stance           TEXT NOT NULL CHECK (stance IN ('supports', 'disputes')),
    timecode_seconds INTEGER CHECK (timecode_seconds BETWEEN 0 AND 360000),
    created_at       TEXT NOT NULL,
    CHECK ((claim IN ('charge', 'sentence', 'facility', 'court', 'alleged_act', 'responsible_forces', 'warrant')) = (detention_id IS NOT NULL))
);
INSERT INTO claim_sources_new SELECT id, case_id, claim, detention_id, source_id, stance, timecode_seconds, created_at FROM claim_sources;
DROP TABLE claim_sources;
ALTER TABLE claim_sources_new RENAME TO claim_sources;
CREATE UNIQUE INDEX claim_sources_once ON claim_sources (case_id, claim, COALESCE(detention_id, ''), source_id);
CREATE INDEX claim_sources_source ON claim_sources (source_id);
CREATE INDEX claim_sources_detention ON claim_sources (detention_id);

CREATE TABLE claim_reviews_new (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    claim         TEXT NOT NULL CHECK (claim IN (
        'status', 'last_location', 'birth_year', 'ethnicity', 'occupation', 'residency', 'names',
        'id_numbers', 'charge', 'sentence', 'facility', 'court', 'alleged_act', 'event',
        'responsible_forces', 'warrant')),
    subject_id    TEXT NOT NULL DEFAULT '',
    level         TEXT NOT NULL CHECK (level IN ('reported', 'corroborated', 'confirmed')),
    reason_sealed BLOB NOT NULL,
    reviewed_by   TEXT REFERENCES users (id),
    reviewed_at   TEXT NOT NULL,
    UNIQUE (case_id, claim, subject_id)
);
INSERT INTO claim_reviews_new SELECT id, case_id, claim, subject_id, level, reason_sealed, reviewed_by, reviewed_at FROM claim_reviews;
DROP TABLE claim_reviews;
ALTER TABLE claim_reviews_new RENAME TO claim_reviews;
