//! Facet counts: the totals and pairs every write keeps (`facet_totals`, `facet_pairs`), counts
//! over a selection, and the [`FacetCache`] an app keeps between requests.

use super::sql::Sql;
use super::{case_list::*, records::*};
use super::{Conn, Pool};
use crate::domain::case::CaseFilter;
use sqlx::any::AnyRow;
use std::sync::Arc;

/// The facets the list counts: (URL key, what is grouped).
pub(super) const FACETS: &[(&str, Grouping<'static>)] = &[
    ("status", Grouping::cases("c.status")),
    ("prefecture", Grouping::cases("c.last_prefecture_id")),
    (
        "charge",
        Grouping {
            value: "d.legal_charge",
            table: "detentions d",
            case_column: "d.case_id",
            condition: "",
        },
    ),
    ("year", Grouping::cases("c.disappearance_year")),
    (
        "detained",
        Grouping {
            value: YEAR_OF_EVENT,
            table: "events e",
            case_column: "e.case_id",
            condition: "AND e.kind IN ('camp', 'detention')",
        },
    ),
    ("sentence", Grouping::cases(SENTENCE_RANGE)),
    ("ethnicity", Grouping::cases("c.ethnicity")),
    ("gender", Grouping::cases("c.gender")),
    ("verification", Grouping::cases("c.verification")),
    (
        "source_type",
        Grouping {
            value: "s.source_type",
            table: "sources s",
            case_column: "s.case_id",
            condition: "AND s.retracted_at IS NULL",
        },
    ),
];

/// The sentence range of a case as its code (see `SentenceRange`).
pub(super) const SENTENCE_RANGE: &str = "CASE WHEN c.sentence_months_max IS NULL THEN NULL
     WHEN c.sentence_months_max >= 9999 THEN 'life'
     WHEN c.sentence_months_max >= 240 THEN '20plus'
     WHEN c.sentence_months_max >= 120 THEN '10-20'
     WHEN c.sentence_months_max >= 60 THEN '5-10' ELSE 'lt5' END";

/// What a count groups by: an SQL expression over one table, the column naming the case, and an
/// extra condition (`AND …`, or empty).
#[derive(Clone, Copy, Debug)]
pub struct Grouping<'a> {
    pub value: &'a str,
    /// The table and its alias: `cases c`, `detentions d`, …
    pub table: &'a str,
    pub case_column: &'a str,
    pub condition: &'a str,
}

impl<'a> Grouping<'a> {
    /// A column (or expression) of the case itself.
    pub const fn cases(value: &'a str) -> Self {
        Self {
            value,
            table: "cases c",
            case_column: "c.id",
            condition: "",
        }
    }
}

/// Distinct cases of the filtered selection per value of the grouping (NULL values left out);
/// `except` leaves one filter out (facets). Grouped by the raw value, so an index on it is read in
/// order; rows of other tables are counted straight from their own index and narrowed to the
/// selection only when a filter is set.
pub async fn counts_by(
    pool: &Pool,
    filter: &CaseFilter,
    g: Grouping<'_>,
    except: Option<&str>,
) -> sqlx::Result<Vec<(String, i64)>> {
    let Grouping {
        value,
        table,
        case_column,
        condition,
    } = g;
    let own = table == "cases c";
    let filtered = narrows(filter, except);
    let count = if own {
        "COUNT(*)".to_string()
    } else {
        format!("COUNT(DISTINCT {case_column})")
    };
    // Unfiltered, the value's own index is read in order. Filtered, grouping by `value || ''`
    // keeps the planner from walking that index and checking each row against the filter: it
    // reads the filter's index and sorts the (fewer) rows instead.
    let group = if filtered && own {
        format!("({value}) || ''")
    } else {
        value.to_string()
    };
    let shown = if filtered && own {
        group.clone()
    } else {
        format!("CAST({value} AS TEXT)")
    };
    let mut q = Sql::new(format!("SELECT {shown} AS v, {count}"));
    if own {
        push_selection(&mut q, filter, except);
    } else {
        q.push(&format!(" FROM {table}"));
        q.push(" WHERE 1 = 1");
        if filtered {
            let id = selection_id(filter, except);
            q.push(&format!(" AND {case_column} IN (SELECT {id}"));
            push_selection(&mut q, filter, except);
            q.push(")");
        }
    }
    q.push(&format!(
        " {condition} GROUP BY {group} HAVING {group} IS NOT NULL"
    ));
    q.fetch_all(pool).await
}

/// The number of cases the filter selects and, per grouping, the distinct cases per value. With a
/// filter, in one statement that finds the selection once (a common table expression the database
/// keeps), where separate counts would each search it again (a words filter costs a full-text
/// search per count).
pub async fn counts_over_selection(
    pool: &Pool,
    filter: &CaseFilter,
    groupings: &[Grouping<'_>],
) -> sqlx::Result<(u64, Vec<Vec<(String, i64)>>)> {
    if !narrows(filter, None) {
        // Every case: each count reads its own index instead (copying every case would cost more).
        return futures_util::future::try_join(
            count_cases(pool, filter),
            futures_util::future::try_join_all(
                groupings
                    .iter()
                    .map(|g| async move { counts_by(pool, filter, *g, None).await }),
            ),
        )
        .await;
    }
    let mut q = Sql::new(format!(
        "WITH sel AS MATERIALIZED (SELECT {} AS id, c.status, c.disappearance_year, \
         c.last_prefecture_id, c.last_location_id, c.ethnicity, c.gender, c.verification, \
         c.sentence_months_max",
        selection_id(filter, None)
    ));
    push_selection(&mut q, filter, None);
    q.push(") SELECT CAST(0 AS BIGINT) AS g, NULL AS v, COUNT(*) AS n FROM sel");
    for (i, g) in groupings.iter().enumerate() {
        let Grouping {
            value,
            table,
            case_column,
            condition,
        } = *g;
        let i = i + 1;
        if table == "cases c" {
            q.push(&format!(
                " UNION ALL SELECT CAST({i} AS BIGINT), CAST({value} AS TEXT), COUNT(*) FROM sel c \
                 WHERE ({value}) IS NOT NULL GROUP BY 2"
            ));
        } else {
            q.push(&format!(
                " UNION ALL SELECT CAST({i} AS BIGINT), CAST({value} AS TEXT), \
                 COUNT(DISTINCT {case_column}) \
                 FROM {table} WHERE {case_column} IN (SELECT id FROM sel) {condition} \
                 AND ({value}) IS NOT NULL GROUP BY 2"
            ));
        }
    }
    let rows: Vec<(i64, Option<String>, i64)> = q.fetch_all(pool).await?;
    let mut total = 0;
    let mut out = vec![Vec::new(); groupings.len()];
    for (g, v, n) in rows {
        match (usize::try_from(g).unwrap_or(0), v) {
            (0, _) => total = n.max(0) as u64,
            (g, Some(v)) if g <= groupings.len() => out[g - 1].push((v, n)),
            _ => {}
        }
    }
    Ok((total, out))
}

/// The year (4 digits) of a sortable partial date column.
pub const YEAR_OF_EVENT: &str = "SUBSTR(e.date_sort, 1, 4)";

/// The sentence range code of one detention (see `SentenceRange`).
pub const DETENTION_SENTENCE_RANGE: &str = "CASE WHEN d.sentence_life <> 0 THEN 'life'
     WHEN d.sentence_months IS NULL THEN NULL
     WHEN d.sentence_months >= 240 THEN '20plus'
     WHEN d.sentence_months >= 120 THEN '10-20'
     WHEN d.sentence_months >= 60 THEN '5-10' ELSE 'lt5' END";

/// Facet counts of recent selections, each under the records' version it was counted at: a write
/// moves the version on (see [`bump_data_version`]), so a stale entry is never read again and ages
/// out. Keys: (version, selection): a whole selection's counts, or one facet's counts over a
/// selection without that facet's own filter (see [`selection_key`]). One per app, in its context.
pub struct FacetCache(quick_cache::sync::Cache<(i64, String), Arc<Vec<FacetCount>>>);

/// (facet key, value, number of distinct cases).
pub type FacetCount = (String, String, i64);

impl Default for FacetCache {
    fn default() -> Self {
        Self(quick_cache::sync::Cache::new(4096))
    }
}

/// Counts of every facet value over the cases the other filters select: (facet key, value, number
/// of distinct cases), from the cache while no record has changed since they were counted.
pub async fn facet_counts(
    pool: &Pool,
    cache: &FacetCache,
    filter: &CaseFilter,
) -> sqlx::Result<Vec<FacetCount>> {
    let version = data_version(pool).await?;
    let key = (version, selection_key(filter, None));
    if let Some(hit) = cache.0.get(&key) {
        return Ok(hit.as_ref().clone());
    }
    let counts = count_facets(pool, cache, filter, version).await?;
    cache.0.insert(key, Arc::new(counts.clone()));
    Ok(counts)
}

/// What a cached count depends on: the filter's selection (not its page or order), without the
/// filter `except` (a facet's own counts ignore its own filter), named after `except`.
pub fn selection_key(filter: &CaseFilter, except: Option<&str>) -> String {
    let selection = CaseFilter {
        page: None,
        page_size: None,
        sort: None,
        ..filter.clone()
    };
    let mut value = serde_json::to_value(&selection).unwrap_or_default();
    if let (Some(key), Some(fields)) = (except, value.as_object_mut()) {
        fields.remove(key);
    }
    format!("{}|{value}", except.unwrap_or_default())
}

/// Counts every facet (see [`facet_counts`]). The place facet (counties) is counted only once a
/// prefecture is chosen.
pub(super) async fn count_facets(
    pool: &Pool,
    cache: &FacetCache,
    filter: &CaseFilter,
    version: i64,
) -> sqlx::Result<Vec<FacetCount>> {
    let place = filter
        .prefecture
        .is_some()
        .then_some(("place", Grouping::cases("c.last_location_id")));
    let all: Vec<(&'static str, Grouping<'static>)> = FACETS.iter().copied().chain(place).collect();
    if !narrows(filter, None) {
        return counts_of(pool, filter, None, &all).await;
    }
    // The facets whose filter is not set all count the selection; each other one counts the
    // selection without its own filter — the same for every selection that differs from this one
    // in that filter only, so it is kept apart in the cache (choosing a value of a facet, then
    // another, reuses the counts of the first). They run side by side on the pool's connections.
    let (together, apart): (Vec<_>, Vec<_>) =
        all.into_iter().partition(|(k, _)| filter.get(k).is_none());
    let (counted, together) = futures_util::future::try_join(
        futures_util::future::try_join_all(apart.into_iter().map(|(key, g)| async move {
            let cached = (version, selection_key(filter, Some(key)));
            if let Some(hit) = cache.0.get(&cached) {
                return Ok(hit.as_ref().clone());
            }
            let counts = counts_of(pool, filter, Some(key), &[(key, g)]).await?;
            cache.0.insert(cached, Arc::new(counts.clone()));
            Ok::<_, sqlx::Error>(counts)
        })),
        counts_of(pool, filter, None, &together),
    )
    .await?;
    Ok(counted.into_iter().flatten().chain(together).collect())
}

/// The counts of `facets` over the cases the filter selects without `except`. Over every case, or
/// over the cases with one facet value, they are the counts every write keeps (the totals, the
/// pairs); otherwise one facet is counted by itself, several in one pass over the selection.
pub(super) async fn counts_of(
    pool: &Pool,
    filter: &CaseFilter,
    except: Option<&str>,
    facets: &[(&'static str, Grouping<'static>)],
) -> sqlx::Result<Vec<(String, String, i64)>> {
    let kept = if facets.is_empty() {
        return Ok(Vec::new());
    } else if !narrows(filter, except) {
        facet_totals(pool).await?
    } else if let Some((key, value)) = one_facet_value(filter, except) {
        facet_pairs(pool, key, &value).await?
    } else if let (Some(key), [(_, g)]) = (except, facets) {
        return Ok(counts_by(pool, filter, *g, except)
            .await?
            .into_iter()
            .map(|(v, n)| (key.to_string(), v, n))
            .collect());
    } else {
        return counts_in_one_pass(pool, filter, facets).await;
    };
    Ok(kept
        .into_iter()
        .filter(|(k, _, _)| facets.iter().any(|(f, _)| f == k))
        .collect())
}

/// When the filter without `except` selects the cases with one facet value — it narrows by exactly
/// one filter, a facet's — that facet and value as the kept pairs name them.
pub(super) fn one_facet_value(
    filter: &CaseFilter,
    except: Option<&str>,
) -> Option<(&'static str, String)> {
    let mut set = FACETS
        .iter()
        .map(|(key, _)| *key)
        .chain(std::iter::once("place"))
        .filter(|key| except != Some(key))
        .filter_map(|key| filter.get(key).map(|value| (key, value)));
    let (key, value) = set.next()?;
    let only =
        set.next().is_none() && narrows(filter, except) && !narrows(&filter.without(key), except);
    // A detention year as `facet_values` holds it: the first 4 characters of a sortable date.
    let value = match filter.detained {
        Some(year) if key == "detained" => format!("{year:04}"),
        _ => value,
    };
    only.then_some((key, value))
}

/// Counts several facets of the case's own columns over the filtered selection in one pass: the
/// selected rows' values are read once, joined into one row per column by the database (handing
/// rows one by one from the database's thread would cost more than counting them), and counted
/// here.
pub(super) async fn counts_in_one_pass(
    pool: &Pool,
    filter: &CaseFilter,
    facets: &[(&'static str, Grouping<'static>)],
) -> sqlx::Result<Vec<(String, String, i64)>> {
    if facets.is_empty() {
        return Ok(Vec::new());
    }
    let (own, kept): (Vec<_>, Vec<_>) = facets.iter().partition(|(_, g)| g.table == "cases c");
    let mut q = Sql::new("SELECT ");
    let columns = own
        .iter()
        .map(|(_, g)| format!("CAST({} AS TEXT)", g.value))
        .chain(std::iter::once("c.facet_values".to_string()));
    for (i, column) in columns.enumerate() {
        if i > 0 {
            q.push(", ");
        }
        q.push_either(
            &format!("group_concat({column}, char(30))"),
            &format!("string_agg({column}, chr(30))"),
        );
    }
    push_selection(&mut q, filter, None);
    let rows = q.fetch_rows(pool).await?;
    let mut counts: FacetTally<&str> = Default::default();
    let Some(row) = rows.first() else {
        return Ok(Vec::new());
    };
    let joined: Vec<Option<String>> = (0..=own.len())
        .map(|i| sqlx::Row::try_get(row, i))
        .collect::<sqlx::Result<_>>()?;
    for ((key, _), values) in own.iter().zip(&joined) {
        for v in values.as_deref().unwrap_or_default().split('\u{1e}') {
            if !v.is_empty() {
                *counts.entry((key, v)).or_default() += 1;
            }
        }
    }
    if !kept.is_empty() {
        let kept: Vec<&'static str> = kept.iter().map(|(k, _)| *k).collect();
        let cases = joined[own.len()].as_deref().unwrap_or_default();
        for values in cases.split('\u{1e}') {
            tally_kept(&mut counts, &kept, values, 1);
        }
    }
    Ok(counts
        .into_iter()
        .map(|((k, v), n)| (k.to_string(), v.to_string(), n))
        .collect())
}

/// Counts per (facet, value), each value once per case.
pub(super) type FacetTally<V> = std::collections::BTreeMap<(&'static str, V), i64>;

/// Adds `sign` for each value of the facets `kept` in one case's `facet_values`
/// ("charge=extremism;detained=2018;…").
pub(super) fn tally_kept<'v, V: From<&'v str> + Ord>(
    tally: &mut FacetTally<V>,
    kept: &[&'static str],
    values: &'v str,
    sign: i64,
) {
    for (key, value) in crate::server::db::text::facet_entries(values) {
        if let Some(k) = kept.iter().find(|k| **k == key) {
            *tally.entry((k, V::from(value))).or_default() += sign;
        }
    }
}

/// The facets a case's full-text row holds: those of the case's own columns (copied there, see
/// migrations/0017_facet_counts.sql) with the county, then those kept in its `facet_values`.
pub(super) fn own_and_kept_facets() -> (Vec<(&'static str, &'static str)>, Vec<&'static str>) {
    let (own, kept): (Vec<_>, Vec<_>) = FACETS.iter().partition(|(_, g)| g.table == "cases c");
    (
        own.iter()
            .map(|(k, g)| (*k, g.value))
            .chain(std::iter::once(("place", "c.last_location_id")))
            .collect(),
        kept.iter().map(|(k, _)| *k).collect(),
    )
}

/// `SELECT` of each case's facet values from its full-text row `c`: a column per own facet, then
/// `facet_values`.
pub(super) fn facet_rows() -> Sql<'static> {
    let (own, _) = own_and_kept_facets();
    let columns: Vec<String> = own
        .iter()
        .map(|(_, value)| format!("CAST({value} AS TEXT)"))
        .chain(std::iter::once("c.facet_values".to_string()))
        .collect();
    Sql::new(format!("SELECT {} FROM case_text c", columns.join(", ")))
}

/// A change to the counts every write keeps (migrations/0018_facet_pairs.sql): the cases per facet
/// value over all cases (the totals), and per pair of values of two facets that a case has both
/// of (the pairs: each facet's counts over the cases with one value of another).
#[derive(Default)]
pub struct FacetChange {
    totals: FacetTally<String>,
    pairs: std::collections::BTreeMap<(&'static str, String, &'static str, String), i64>,
}

impl FacetChange {
    /// Adds `sign` for the facet values and pairs of these cases' full-text rows: −1 before a write
    /// makes the rows again (what it takes off), +1 after (what it adds).
    pub async fn add_cases(
        &mut self,
        conn: &mut Conn,
        case_ids: &[String],
        sign: i64,
    ) -> sqlx::Result<()> {
        let mut q = facet_rows();
        q.push(" WHERE c.case_id IN ")
            .bind_list(case_ids.iter().map(String::as_str));
        let rows = q.fetch_rows_in(conn).await?;
        self.add_rows(&rows, sign)
    }

    /// Adds `sign` for the facet values and pairs of rows of [`facet_rows`].
    fn add_rows(&mut self, rows: &[AnyRow], sign: i64) -> sqlx::Result<()> {
        let (own, kept) = own_and_kept_facets();
        for row in rows {
            // The case's values, each once.
            let mut values: FacetTally<String> = FacetTally::new();
            for (i, (key, _)) in own.iter().enumerate() {
                if let Some(value) = sqlx::Row::try_get::<Option<String>, _>(row, i)? {
                    values.insert((key, value), 1);
                }
            }
            let stored: Option<String> = sqlx::Row::try_get(row, own.len())?;
            tally_kept(&mut values, &kept, stored.as_deref().unwrap_or_default(), 1);
            for (facet, value) in values.keys() {
                for (other, other_value) in values.keys().filter(|(other, _)| other != facet) {
                    *self
                        .pairs
                        .entry((facet, value.clone(), other, other_value.clone()))
                        .or_default() += sign;
                }
            }
            for (value, _) in values {
                *self.totals.entry(value).or_default() += sign;
            }
        }
        Ok(())
    }

    /// Writes the change, in key order (so that concurrent writers lock the rows they share in the
    /// same order); what nets to nothing is not written.
    pub async fn apply(&self, conn: &mut Conn) -> sqlx::Result<()> {
        let totals: Vec<(&'static str, &str, i64)> = self
            .totals
            .iter()
            .filter(|(_, n)| **n != 0)
            .map(|((facet, value), n)| (*facet, value.as_str(), *n))
            .collect();
        for chunk in totals.chunks(500) {
            let mut q = Sql::new("INSERT INTO facet_totals (facet, value, cases)");
            q.values(chunk, |v, (facet, value, n)| {
                v.bind(*facet).bind(*value).bind(*n);
            });
            q.push(
                " ON CONFLICT (facet, value) \
                 DO UPDATE SET cases = facet_totals.cases + excluded.cases",
            );
            q.execute(&mut *conn).await?;
        }
        type Pair<'a> = (&'static str, &'a str, &'static str, &'a str, i64);
        let pairs: Vec<Pair<'_>> = self
            .pairs
            .iter()
            .filter(|(_, n)| **n != 0)
            .map(|((f, v, o, ov), n)| (*f, v.as_str(), *o, ov.as_str(), *n))
            .collect();
        for chunk in pairs.chunks(500) {
            let mut q =
                Sql::new("INSERT INTO facet_pairs (facet, value, other_facet, other_value, cases)");
            q.values(chunk, |v, (facet, value, other, other_value, n)| {
                v.bind(*facet)
                    .bind(*value)
                    .bind(*other)
                    .bind(*other_value)
                    .bind(*n);
            });
            q.push(
                " ON CONFLICT (facet, value, other_facet, other_value) \
                 DO UPDATE SET cases = facet_pairs.cases + excluded.cases",
            );
            q.execute(&mut *conn).await?;
        }
        Ok(())
    }
}

/// The facet counts over every case, as every write keeps them: (facet, value, cases).
pub async fn facet_totals(pool: &Pool) -> sqlx::Result<Vec<(String, String, i64)>> {
    sqlx::query_as(
        "SELECT facet, value, cases FROM facet_totals WHERE cases > 0 ORDER BY facet, value",
    )
    .fetch_all(pool)
    .await
}

/// The facet counts over the cases with one facet value, as every write keeps them: (facet,
/// value, cases) of every other facet.
pub async fn facet_pairs(
    pool: &Pool,
    facet: &str,
    value: &str,
) -> sqlx::Result<Vec<(String, String, i64)>> {
    sqlx::query_as(
        "SELECT other_facet, other_value, cases FROM facet_pairs \
         WHERE facet = $1 AND value = $2 AND cases > 0 ORDER BY other_facet, other_value",
    )
    .bind(facet)
    .bind(value)
    .fetch_all(pool)
    .await
}

/// Whether the kept counts add up: every case with a full-text row is counted under one status,
/// and once under a pair of its status and its verification level (both always set).
pub async fn totals_add_up(pool: &Pool) -> sqlx::Result<bool> {
    let (statuses, pairs, cases): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT CAST(COALESCE(SUM(cases), 0) AS BIGINT) FROM facet_totals \
         WHERE facet = 'status'), \
         (SELECT CAST(COALESCE(SUM(cases), 0) AS BIGINT) FROM facet_pairs \
         WHERE facet = 'status' AND other_facet = 'verification'), \
         (SELECT COUNT(*) FROM case_text)",
    )
    .fetch_one(pool)
    .await?;
    Ok(statuses == cases && pairs == cases)
}

/// Counts the kept totals and pairs again from every full-text row, in one transaction (on
/// PostgreSQL with both locked first, so that a write's change waits and lands on the new counts).
pub async fn recount_totals(pool: &Pool) -> sqlx::Result<()> {
    let mut tx = crate::server::db::begin(pool).await?;
    if tx.backend_name() == "PostgreSQL" {
        sqlx::query("LOCK TABLE facet_totals, facet_pairs IN EXCLUSIVE MODE")
            .execute(&mut *tx)
            .await?;
    }
    for table in ["facet_totals", "facet_pairs"] {
        sqlx::query(&format!("DELETE FROM {table}"))
            .execute(&mut *tx)
            .await?;
    }
    let rows = facet_rows().fetch_rows_in(&mut tx).await?;
    let mut change = FacetChange::default();
    change.add_rows(&rows, 1)?;
    drop(rows);
    change.apply(&mut tx).await?;
    tx.commit().await
}
