-- Faster facet counts for the case list (issue 6).
--
-- 1. The facet columns of each case on its full-text row too, so that the facets of a words search
-- are counted from the rows the search finds: looking up each of 12 000 cases matching one word by
-- id costs several times the search itself. Codes and years only, copied from the case row (and
-- `facet_values`, see 0016) by src/server/text.rs in the same transaction as every write. Derived
-- data like the rest of the row: emptying `cases.facet_values` makes start-up write every case's
-- row again.
ALTER TABLE case_text ADD COLUMN status TEXT;
ALTER TABLE case_text ADD COLUMN last_prefecture_id TEXT;
ALTER TABLE case_text ADD COLUMN last_location_id TEXT;
ALTER TABLE case_text ADD COLUMN disappearance_year INTEGER;
ALTER TABLE case_text ADD COLUMN sentence_months_max INTEGER;
ALTER TABLE case_text ADD COLUMN ethnicity TEXT;
ALTER TABLE case_text ADD COLUMN gender TEXT;
ALTER TABLE case_text ADD COLUMN verification TEXT;
ALTER TABLE case_text ADD COLUMN facet_values TEXT;
UPDATE cases SET facet_values = NULL;

-- 2. The counts of every facet value over all cases — what the unfiltered list shows — kept up to
-- date by every write: when a case's full-text row is made again, its old values are taken off
-- and its new ones added, in the same transaction (src/server/text.rs). Counting them again after
-- each write would cost about 90 ms at 100 000 cases. Derived data, not in backups; start-up
-- counts them again whenever they do not add up to the number of cases.
CREATE TABLE facet_totals (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    cases BIGINT NOT NULL,
    PRIMARY KEY (facet, value)
);
