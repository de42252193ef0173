-- A counter that every write to the records moves on (issue 6): facet counts of a selection are kept
-- in memory for as long as it has not moved, so every instance of Izde on this database knows when
-- its copy is stale with one primary-key read.
CREATE TABLE data_version (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    version   BIGINT NOT NULL
);
INSERT INTO data_version (singleton, version) VALUES (1, 0);
