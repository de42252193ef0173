-- The values of the facets kept in other tables — legal charges, years of detention, kinds of
-- source — on the case row itself ("charge=extremism;detained=2018;source_type=media_report"), so
-- that the facets of a filtered selection are counted in one pass over its rows (issue 6). Codes
-- and years only, nothing sensitive. Written with the full-text row of the case (src/server/text.rs)
-- in the same transaction as every write; NULL until then (start-up fills it in).
ALTER TABLE cases ADD COLUMN facet_values TEXT;
