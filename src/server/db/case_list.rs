//! The case list over `cases` (and `case_text` when words are searched): the filters' WHERE clause,
//! counting, and one page of list lines.

use super::rows::*;
use super::sql::Sql;
use super::Pool;
use crate::domain::case::{CaseFilter, SentenceRange, Sort};

/// Whether the filter, without `except`, narrows the cases at all.
pub(super) fn narrows(filter: &CaseFilter, except: Option<&str>) -> bool {
    let mut probe = Sql::new("");
    push_filters(&mut probe, filter, except);
    !probe.text().ends_with(" WHERE 1 = 1")
}

/// ` FROM … c WHERE …`: the cases the filter selects without `except`, as rows `c` with the case's
/// facet columns. Words alone are counted from the full-text rows the search finds (which carry
/// those columns): looking up each of those cases by id would cost several times the search.
pub(super) fn push_selection(q: &mut Sql<'_>, filter: &CaseFilter, except: Option<&str>) {
    match words_alone(filter, except) {
        Some(words) => crate::server::db::text::push_matching_rows(q, words),
        None => {
            q.push(" FROM cases c");
            push_filters(q, filter, except);
        }
    }
}

/// The case id of a row of [`push_selection`].
pub(super) fn selection_id(filter: &CaseFilter, except: Option<&str>) -> &'static str {
    match words_alone(filter, except) {
        Some(_) => "c.case_id",
        None => "c.id",
    }
}

/// The words, when they are the filter's only narrowing one (without `except`).
pub(super) fn words_alone<'f>(filter: &'f CaseFilter, except: Option<&str>) -> Option<&'f str> {
    let words = filter.q.as_deref().filter(|_| except != Some("q"))?;
    let rest = CaseFilter {
        q: None,
        ..filter.clone()
    };
    (!crate::server::db::text::words(words).is_empty() && !narrows(&rest, except)).then_some(words)
}

/// The filters' WHERE clause over `cases c`, leaving out the facet `except` (a facet is counted
/// over the cases the other filters select).
pub(super) fn push_filters(q: &mut Sql<'_>, filter: &CaseFilter, except: Option<&str>) {
    q.push(" WHERE 1 = 1");
    let on = |key: &str| except != Some(key);
    for (key, column, value) in [
        ("status", "c.status", &filter.status),
        ("prefecture", "c.last_prefecture_id", &filter.prefecture),
        ("place", "c.last_location_id", &filter.place),
        ("ethnicity", "c.ethnicity", &filter.ethnicity),
        ("gender", "c.gender", &filter.gender),
        ("verification", "c.verification", &filter.verification),
    ] {
        if let (Some(value), true) = (value, on(key)) {
            q.push(&format!(" AND {column} = ")).bind(value.clone());
        }
    }
    if let (Some(year), true) = (filter.year, on("year")) {
        q.push(" AND c.disappearance_year = ").bind(year);
    }
    if let (Some(year), true) = (filter.detained, on("detained")) {
        // The year as a range of `date_sort` ("2018-03-01"), so the (kind, date) index reads just
        // that year.
        q.push(
            " AND c.id IN (SELECT e.case_id FROM events e WHERE e.kind IN ('camp', 'detention') \
             AND e.date_sort >= ",
        )
        .bind(format!("{year:04}"))
        .push(" AND e.date_sort < ")
        .bind(format!("{:04}", year.saturating_add(1)))
        .push(")");
    }
    if let (Some(text), true) = (&filter.q, on("q")) {
        crate::server::db::text::push_match(q, text);
    }
    if let (Some(range), true) = (
        filter.sentence.as_deref().and_then(SentenceRange::parse),
        on("sentence"),
    ) {
        let (min, max) = range.months();
        q.push(" AND c.sentence_months_max >= ")
            .bind(min)
            .push(" AND c.sentence_months_max < ")
            .bind(max);
    }
    if let (Some(charge), true) = (&filter.charge, on("charge")) {
        q.push(" AND c.id IN (SELECT d.case_id FROM detentions d WHERE d.legal_charge = ")
            .bind(charge.clone())
            .push(")");
    }
    if let (Some(kind), true) = (&filter.source_type, on("source_type")) {
        q.push(" AND c.id IN (SELECT s.case_id FROM sources s WHERE s.retracted_at IS NULL AND s.source_type = ")
            .bind(kind.clone())
            .push(")");
    }
}

/// The number of cases the filter selects.
pub async fn count_cases(pool: &Pool, filter: &CaseFilter) -> sqlx::Result<u64> {
    let mut count = Sql::new("SELECT COUNT(*) FROM cases c");
    push_filters(&mut count, filter, None);
    let (total,): (i64,) = count.fetch_one(pool).await?;
    Ok(total.max(0) as u64)
}

/// How many cases there are, whatever their filters.
pub async fn total_cases(pool: &Pool) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM cases")
        .fetch_one(pool)
        .await
}

/// The columns of a list line.
pub(super) const LIST_ROW: &str =
    "SELECT c.id, c.created_by, c.dek_wrapped, c.name_sealed, c.status, c.gender, c.birth_year,
            c.ethnicity, c.last_location_id, c.disappearance_year, c.updated_at
     FROM cases c";

/// The list lines of these cases (in no particular order).
pub async fn list_rows_by_ids(pool: &Pool, ids: &[String]) -> sqlx::Result<Vec<CaseListRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::new(LIST_ROW);
    q.push(" WHERE c.id IN ")
        .bind_list(ids.iter().map(String::as_str));
    q.fetch_all(pool).await
}

/// One page of the case list in the filter's order (the number of matching cases comes with the
/// facet counts: see [`total_of`]).
pub async fn list_cases(pool: &Pool, filter: &CaseFilter) -> sqlx::Result<Vec<CaseListRow>> {
    let mut q = Sql::new(LIST_ROW);
    // Newest first under filters that no (column, updated_at) index serves — words, charges, years
    // of detention, ethnicity…: SQLite would read and sort every selected row; walking the
    // updated_at index and keeping the rows that match finds a page after a few (for a selection
    // of a few rows far back in time, after reading the whole index: about 30 ms at 100 000 cases).
    let sort = Sort::parse(filter.sort.as_deref());
    if sort == Sort::Updated
        && filter.status.is_none()
        && filter.prefecture.is_none()
        && filter.year.is_none()
    {
        q.push_either(" INDEXED BY cases_updated", "");
    }
    push_filters(&mut q, filter, None);
    // Unknown values sort last on both backends (`IS NULL` is false before true).
    q.push(match sort {
        Sort::Updated => " ORDER BY c.updated_at DESC, c.id",
        Sort::Disappeared => {
            " ORDER BY c.disappearance_year IS NULL, c.disappearance_year DESC, c.updated_at DESC, c.id"
        }
        Sort::Sentence => {
            " ORDER BY c.sentence_months_max IS NULL, c.sentence_months_max DESC, c.updated_at DESC, c.id"
        }
    });
    let size = i64::from(filter.page_size());
    q.push(" LIMIT ")
        .bind(size)
        .push(" OFFSET ")
        .bind(i64::from(filter.page() - 1) * size);
    q.fetch_all(pool).await
}

/// The number of cases a filter selects, from its facet counts: every case has one status, and
/// the status facet counts the selection without its status filter — so the total is the count of
/// the chosen status, or of every status.
pub fn total_of(filter: &CaseFilter, counts: &[(String, String, i64)]) -> u64 {
    let statuses = counts.iter().filter(|(k, _, _)| k == "status");
    let n: i64 = match &filter.status {
        Some(chosen) => statuses
            .filter(|(_, v, _)| v == chosen)
            .map(|(_, _, n)| n)
            .sum(),
        None => statuses.map(|(_, _, n)| n).sum(),
    };
    n.max(0) as u64
}

/// Where a page of the case list read in keyset order ended: the sort key of its last case. The
/// next page starts after it, whatever was added or removed before it since (no `OFFSET`: a page
/// costs the same far down the list, and a case added or removed in between does not shift the
/// rest, so none is shown twice and none that stayed put is skipped; a case saved meanwhile moves
/// to the front, like on the page, where a walk already past the front does not see it again).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Position {
    /// The sort's own column (year of disappearance, longest sentence in months); `None` for a
    /// case without one (they come last). Unused when sorting by last update.
    pub key: Option<i64>,
    pub updated_at: String,
    pub id: String,
}

/// A list line with the sort key that places it.
#[derive(Debug, sqlx::FromRow)]
pub struct KeyedListRow {
    #[sqlx(flatten)]
    pub row: CaseListRow,
    pub sentence_months_max: Option<i32>,
}

impl KeyedListRow {
    /// Where this line is in `sort`'s order.
    pub fn position(&self, sort: Sort) -> Position {
        Position {
            key: match sort {
                Sort::Updated => None,
                Sort::Disappeared => self.row.disappearance_year.map(i64::from),
                Sort::Sentence => self.sentence_months_max.map(i64::from),
            },
            updated_at: self.row.updated_at.clone(),
            id: self.row.id.clone(),
        }
    }
}

/// Up to `limit` list lines in the filter's order, after `after` (from the first without it): the
/// keyset form of [`list_cases`] for the read API. The order is the page's, so that walking every
/// page lists what the page lists.
pub async fn list_after(
    pool: &Pool,
    filter: &CaseFilter,
    after: Option<&Position>,
    limit: u32,
) -> sqlx::Result<Vec<KeyedListRow>> {
    let mut q = Sql::new(
        "SELECT c.id, c.created_by, c.dek_wrapped, c.name_sealed, c.status, c.gender, c.birth_year,
            c.ethnicity, c.last_location_id, c.disappearance_year, c.updated_at,
            c.sentence_months_max
     FROM cases c",
    );
    let sort = Sort::parse(filter.sort.as_deref());
    // As in `list_cases`: walking the updated_at index finds a page after a few rows.
    if sort == Sort::Updated
        && filter.status.is_none()
        && filter.prefecture.is_none()
        && filter.year.is_none()
    {
        q.push_either(" INDEXED BY cases_updated", "");
    }
    push_filters(&mut q, filter, None);
    if let Some(after) = after {
        // Strictly after the last line, in the order below: (updated_at DESC, id ASC) within one
        // value of the sort's column, whose known values come first, largest first.
        let column = match sort {
            Sort::Updated => None,
            Sort::Disappeared => Some("c.disappearance_year"),
            Sort::Sentence => Some("c.sentence_months_max"),
        };
        let push_tail = |q: &mut Sql<'_>| {
            q.push("(c.updated_at < ")
                .bind(after.updated_at.clone())
                .push(" OR (c.updated_at = ")
                .bind(after.updated_at.clone())
                .push(" AND c.id > ")
                .bind(after.id.clone())
                .push("))");
        };
        match (column, after.key) {
            (None, _) => {
                q.push(" AND ");
                push_tail(&mut q);
            }
            (Some(column), Some(key)) => {
                q.push(&format!(" AND ({column} IS NULL OR {column} < "))
                    .bind(key)
                    .push(&format!(" OR ({column} = "))
                    .bind(key)
                    .push(" AND ");
                push_tail(&mut q);
                q.push("))");
            }
            (Some(column), None) => {
                q.push(&format!(" AND {column} IS NULL AND "));
                push_tail(&mut q);
            }
        }
    }
    q.push(match sort {
        Sort::Updated => " ORDER BY c.updated_at DESC, c.id",
        Sort::Disappeared => {
            " ORDER BY c.disappearance_year IS NULL, c.disappearance_year DESC, c.updated_at DESC, c.id"
        }
        Sort::Sentence => {
            " ORDER BY c.sentence_months_max IS NULL, c.sentence_months_max DESC, c.updated_at DESC, c.id"
        }
    });
    q.push(" LIMIT ").bind(i64::from(limit.clamp(1, 1000)));
    q.fetch_all(pool).await
}
