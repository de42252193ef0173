-- Provenance reaches every claim of a case (issue 18): besides the status, the last known place,
-- each detention's charge and sentence and each event, sources can now be cited for the birth
-- year, ethnicity, occupation, residency abroad, the names and the ID numbers of the missing
-- person, and for each detention's facility, court and alleged act. (PostgreSQL's copy: the
-- constraints are changed in place; SQLite makes both tables again.)
ALTER TABLE claim_sources DROP CONSTRAINT claim_sources_claim_check;
ALTER TABLE claim_sources DROP CONSTRAINT claim_sources_check;
ALTER TABLE claim_sources ADD CONSTRAINT claim_sources_claim_check CHECK (claim IN (
    'status', 'last_location', 'birth_year', 'ethnicity', 'occupation', 'residency', 'names',
    'id_numbers', 'charge', 'sentence', 'facility', 'court', 'alleged_act'));
ALTER TABLE claim_sources ADD CONSTRAINT claim_sources_check
    CHECK ((claim IN ('charge', 'sentence', 'facility', 'court', 'alleged_act')) = (detention_id IS NOT NULL));
ALTER TABLE claim_reviews DROP CONSTRAINT claim_reviews_claim_check;
ALTER TABLE claim_reviews ADD CONSTRAINT claim_reviews_claim_check CHECK (claim IN (
    'status', 'last_location', 'birth_year', 'ethnicity', 'occupation', 'residency', 'names',
    'id_numbers', 'charge', 'sentence', 'facility', 'court', 'alleged_act', 'event'));
