-- The counts of every facet over the cases with one value of another facet (issue 6): what the
-- case list shows under one filter — Kazakh, or detained in 2018 — and what a facet shows under
-- two filters counted apart over the other one. For each case, every pair of values of two of its
-- facets ("ethnicity=kazakh", "detained=2018") counts once, in both orders. Kept up to date like
-- `facet_totals` (0017), in the transaction of every write (src/server/text.rs): a first view
-- after a write then reads a few hundred rows instead of counting thousands of cases. Derived data,
-- not in backups; start-up counts them again whenever they do not add up to the number of cases.
CREATE TABLE facet_pairs (
    facet       TEXT NOT NULL,
    value       TEXT NOT NULL,
    other_facet TEXT NOT NULL,
    other_value TEXT NOT NULL,
    cases       BIGINT NOT NULL,
    PRIMARY KEY (facet, value, other_facet, other_value)
);
