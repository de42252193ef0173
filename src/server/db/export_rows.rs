//! What exports and the release alerts read: unencrypted columns of the selected cases, streamed,
//! and the dated events of the sentence clock.

use super::rows::*;
use super::sql::Sql;
use super::{case_list::*, facets::*};
use super::{Conn, Pool};
use crate::domain::case::CaseFilter;

/// What the sentence clock needs of the cases the filter selects that are still held under a
/// fixed-term sentence (status not released or deceased): (case id, sentence months, conviction
/// date) of every such sentence, and (case id, kind, date) of every dated detention, camp or news
/// event of those cases.
pub async fn sentence_clock_rows(
    pool: &Pool,
    filter: &CaseFilter,
) -> sqlx::Result<(
    Vec<(String, i32, Option<String>)>,
    Vec<(String, String, String)>,
)> {
    let held = |q: &mut Sql<'_>| {
        q.push("(SELECT c.id FROM cases c");
        push_filters(q, filter, None);
        q.push(
            " AND c.status NOT IN ('released', 'released_restricted', 'deceased')
              AND c.sentence_months_max >= 0 AND c.sentence_months_max < 9999)",
        );
    };
    let mut q = Sql::new(
        "SELECT d.case_id, d.sentence_months, d.conviction_text FROM detentions d
         WHERE d.sentence_months IS NOT NULL AND d.sentence_life = 0 AND d.case_id IN ",
    );
    held(&mut q);
    let sentences = q.fetch_all(pool).await?;
    let mut q = Sql::new(
        "SELECT e.case_id, e.kind, e.date_text FROM events e
         WHERE e.date_text IS NOT NULL
           AND e.kind IN ('detention', 'camp', 'proof_of_life', 'last_contact', 'release', 'death')
           AND e.case_id IN ",
    );
    held(&mut q);
    let events = q.fetch_all(pool).await?;
    Ok((sentences, events))
}

/// True of a case (`c`) with a testifier who gave no consent to publish, or withdrew it: such a
/// case is left out of every export.
const WITHHELD: &str = "EXISTS (SELECT 1 FROM case_testifiers ct
    WHERE ct.case_id = c.id AND ct.consent = 'none')";

/// How many of the cases the filter selects are left out of exports for consent.
pub async fn count_withheld_for_consent(pool: &Pool, filter: &CaseFilter) -> sqlx::Result<u64> {
    let mut q = Sql::new("SELECT COUNT(*) FROM cases c");
    push_filters(&mut q, filter, None);
    q.push(" AND ").push(WITHHELD);
    let (n,): (i64,) = q.fetch_one(pool).await?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// What an export may read of the cases the filter selects (none withheld for consent):
/// unencrypted columns only.
#[derive(Debug, sqlx::FromRow)]
pub struct ExportRow {
    pub id: String,
    pub status: String,
    pub verification: String,
    pub gender: Option<String>,
    pub birth_year: Option<i32>,
    pub ethnicity: Option<String>,
    pub occupation: Option<String>,
    pub last_location_id: Option<String>,
    pub sentence: Option<String>,
    pub facet_values: Option<String>,
    pub sources: i64,
    /// The case's dated events of the kinds asked for: kind, unit separator (U+001F), date text,
    /// each ended by a record separator (U+001E).
    pub dated: Option<String>,
}

/// Separates an event's kind from its date in [`ExportRow::dated`].
pub const UNIT_SEPARATOR: char = '\u{1f}';

/// Ends each event in [`ExportRow::dated`].
pub const RECORD_SEPARATOR: char = '\u{1e}';

/// Calls `each` with the export row of every case the filter selects, in id order, as the rows
/// arrive (nothing is collected: an export's memory does not grow with its rows). `kinds` chooses
/// the events in [`ExportRow::dated`] (none: no events are read).
pub async fn each_export_row<E: From<sqlx::Error>>(
    conn: &mut Conn,
    filter: &CaseFilter,
    kinds: &[&str],
    mut each: impl FnMut(ExportRow) -> Result<(), E>,
) -> Result<u64, E> {
    use futures_util::TryStreamExt;
    let mut q = Sql::new(format!(
        "SELECT c.id, c.status, c.verification, c.gender, c.birth_year, c.ethnicity, c.occupation,
                c.last_location_id, {SENTENCE_RANGE} AS sentence, c.facet_values,
                (SELECT COUNT(*) FROM sources s WHERE s.case_id = c.id AND s.retracted_at IS NULL) AS sources, "
    ));
    if kinds.is_empty() {
        q.push_either("NULL", "NULL::text");
    } else {
        q.push("(SELECT ")
            .push_either(
                "group_concat(e.kind || char(31) || e.date_text || char(30), '')",
                "string_agg(e.kind || chr(31) || e.date_text || chr(30), '')",
            )
            .push(
                " FROM events e WHERE e.case_id = c.id AND e.date_text IS NOT NULL AND e.kind IN ",
            )
            .bind_list(kinds.iter().copied())
            .push(")");
    }
    q.push(" AS dated FROM cases c");
    push_filters(&mut q, filter, None);
    q.push(" AND NOT ").push(WITHHELD).push(" ORDER BY c.id");
    let (text, args) = q.ready(conn.backend_name())?;
    let mut rows = sqlx::query_as_with::<_, ExportRow, _>(&text, args).fetch(&mut *conn);
    let mut n = 0;
    while let Some(row) = rows.try_next().await? {
        each(row)?;
        n += 1;
    }
    Ok(n)
}

/// (case id, event kind, date) of every dated event of the cases the filter selects.
pub async fn dated_events(
    pool: &Pool,
    filter: &CaseFilter,
) -> sqlx::Result<Vec<(String, String, String)>> {
    let mut q = Sql::new(
        "SELECT e.case_id, e.kind, e.date_text FROM events e
         WHERE e.date_text IS NOT NULL AND e.case_id IN (SELECT c.id FROM cases c",
    );
    push_filters(&mut q, filter, None);
    q.push(")");
    q.fetch_all(pool).await
}

/// The cases with these ids (in no particular order), in one query.
pub async fn cases_by_ids(pool: &Pool, ids: &[String]) -> sqlx::Result<Vec<CaseRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::new("SELECT * FROM cases WHERE id IN ");
    q.bind_list(ids.iter().map(String::as_str));
    q.fetch_all(pool).await
}
