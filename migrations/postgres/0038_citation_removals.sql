-- A source's citation for a claim is taken off with a written reason too (issue 18: "delete … a
-- source link with a written reason"): `removals` gains the kind 'citation', whose item is the
-- source (the claim is named in the history). (PostgreSQL's copy; SQLite makes the table again.)
ALTER TABLE removals DROP CONSTRAINT removals_kind_check;
ALTER TABLE removals ADD CONSTRAINT removals_kind_check
    CHECK (kind IN ('event', 'testimony', 'detention', 'citation'));
