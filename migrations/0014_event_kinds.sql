-- The year-of-detention facet and the timeline read events by kind and date (issue 6): an index
-- that holds all three columns they need, so neither reads the events table itself.
CREATE INDEX events_kind_date ON events (kind, date_sort, case_id);
