-- A source found to be wrong (a forged document, a report that confused two people) is retracted,
-- not deleted: it stays on the case, marked, with the written reason sealed with the case's key
-- (associated data binds the source's id), and no longer counts as evidence for any claim. The
-- version kept before the retraction shows the source as it was. (This backend's copy; the other
-- differs only in the type of the sealed column.)
ALTER TABLE sources ADD COLUMN retracted_at TEXT;
ALTER TABLE sources ADD COLUMN retracted_by TEXT REFERENCES users (id);
ALTER TABLE sources ADD COLUMN retraction_sealed BLOB;
