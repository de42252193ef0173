-- What makes a database one installation of Izde, however many app instances serve it.
--
-- `installation` has exactly one row, written by the first instance that starts on the database. Its id
-- travels in every backup; its recipient is the `age` public key every data key of this database is
-- wrapped to, so an instance started with another key refuses to run instead of writing records that
-- the others cannot read.
CREATE TABLE installation (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    id         TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- One-off work that several instances starting at the same moment must do only once (loading the
-- demo, say): the instance whose INSERT succeeds does it.
CREATE TABLE claims (
    name       TEXT PRIMARY KEY,
    claimed_at TEXT NOT NULL
);
