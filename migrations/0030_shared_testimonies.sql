-- One testimony can concern several missing relatives (a father about his three sons). Each case
-- keeps its own copy, sealed with its own data key, so that erasing one case destroys its copy and
-- no other; the copies of one testimony share `shared_id`.
ALTER TABLE testimonies ADD COLUMN shared_id TEXT;
CREATE INDEX testimonies_shared ON testimonies (shared_id) WHERE shared_id IS NOT NULL;
