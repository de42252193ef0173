-- A place the gazetteer lacks, recorded by a volunteer as "another place in county X" (issue 18):
-- the place field holds the county (or township), and a note names the place. The note is sealed
-- with the case's key (associated data binds the row), since a village's name can point at a
-- family. For the last known place of a case, each detention's place and each event's place.
-- (SQLite's copy; PostgreSQL's differs only in the type of the sealed columns.)
ALTER TABLE cases ADD COLUMN last_place_note_sealed BLOB;
ALTER TABLE detentions ADD COLUMN place_note_sealed BLOB;
ALTER TABLE events ADD COLUMN place_note_sealed BLOB;
