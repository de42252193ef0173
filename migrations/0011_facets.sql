-- Research views (issue 6): what the facets count and sort by, kept on the case row so that a count
-- over 100 000 cases reads one index.

-- The longest sentence recorded for the case, in months; a life sentence counts as 9999.
ALTER TABLE cases ADD COLUMN sentence_months_max INTEGER;
UPDATE cases SET sentence_months_max = (
    SELECT MAX(CASE WHEN d.sentence_life <> 0 THEN 9999 ELSE d.sentence_months END)
    FROM detentions d WHERE d.case_id = cases.id
);

CREATE INDEX cases_sentence ON cases (sentence_months_max);
CREATE INDEX cases_ethnicity ON cases (ethnicity);
CREATE INDEX cases_gender ON cases (gender);
CREATE INDEX cases_verification ON cases (verification);
CREATE INDEX sources_type_case ON sources (source_type, case_id);
