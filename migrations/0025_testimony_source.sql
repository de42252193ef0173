-- A testimony can point at the source that holds it (the published video, the written appeal), so
-- a claim cited to that source and the statement itself are known to be one. Removing the source
-- leaves the testimony without the link.
ALTER TABLE testimonies ADD COLUMN source_id TEXT REFERENCES sources (id) ON DELETE SET NULL;
