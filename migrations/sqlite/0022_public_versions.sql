-- Each kept version also as a researcher may read it (docs/security.md §4): the case redacted before
-- it is sealed (field "case_versions.public_snapshot"), so that a reader who may not see names opens
-- this copy and never the whole snapshot. Versions kept before this migration get theirs at the next
-- unsealed start (records::seal_public_versions).
ALTER TABLE case_versions ADD COLUMN public_snapshot_sealed BLOB;
