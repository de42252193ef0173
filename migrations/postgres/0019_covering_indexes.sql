-- Covering indexes for the facet counts (issue 6). The indexes the list filters by status,
-- prefecture and year of disappearance also carry every facet column, and one more by id does, so
-- that the facets of a selection are counted from index entries (index-only scans) instead of
-- reading each selected case's row, most of it sealed fields. Codes and years only, as in the
-- rows.
DROP INDEX cases_status;
CREATE INDEX cases_status ON cases (status, updated_at DESC) INCLUDE (id, last_prefecture_id,
    last_location_id, disappearance_year, sentence_months_max, ethnicity, gender, verification,
    facet_values);
DROP INDEX cases_prefecture;
CREATE INDEX cases_prefecture ON cases (last_prefecture_id, updated_at DESC) INCLUDE (id, status,
    last_location_id, disappearance_year, sentence_months_max, ethnicity, gender, verification,
    facet_values);
DROP INDEX cases_disappearance_year;
CREATE INDEX cases_disappearance_year ON cases (disappearance_year, updated_at DESC) INCLUDE (id,
    status, last_prefecture_id, last_location_id, sentence_months_max, ethnicity, gender,
    verification, facet_values);
-- The facets of cases selected through other tables (charges, detention years, kinds of source).
CREATE INDEX cases_facets ON cases (id) INCLUDE (status, last_prefecture_id, last_location_id,
    disappearance_year, sentence_months_max, ethnicity, gender, verification, facet_values);
ANALYZE cases;
