//! Repositories for vocabularies, cases and everything that hangs off a case.

use super::rows::*;
use super::sql::{Sql, Values};
use super::{Conn, Pool};
use crate::domain::case::{CaseFilter, SentenceRange, Sort};
use sqlx::any::AnyRow;
use std::sync::Arc;

/// Every vocabulary term, in display order.
pub async fn load_terms(pool: &Pool) -> sqlx::Result<Vec<TermRow>> {
    sqlx::query_as(
        "SELECT vocabulary, code, label_en, label_kk, label_ru, label_ug, label_zh
         FROM vocabulary_terms ORDER BY vocabulary, position, code",
    )
    .fetch_all(pool)
    .await
}

/// The gazetteer, parents before children.
pub async fn load_locations(pool: &Pool) -> sqlx::Result<Vec<LocationRow>> {
    sqlx::query_as(
        "SELECT id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug
         FROM locations
         ORDER BY CASE level WHEN 'country' THEN 0 WHEN 'region' THEN 1 WHEN 'prefecture' THEN 2
                             WHEN 'county' THEN 3 ELSE 4 END, id",
    )
    .fetch_all(pool)
    .await
}

// ---------------------------------------------------------------------------------------------
// Inserts. Each table has one column list, written as a multi-row INSERT: a single record is a
// batch of one, and `generate` (later: restore) writes a thousand records per statement.

/// SQLite's default limit on bound parameters in one statement (PostgreSQL allows 65 535).
const MAX_PARAMS: usize = 32_766;

/// Inserts `rows` into `table`, as many per statement as the parameter limit allows.
pub(crate) async fn insert_rows<'r, T: 'r>(
    conn: &mut Conn,
    table: &str,
    columns: &[&str],
    rows: &'r [T],
    bind: impl Fn(&mut Values<'_, 'r>, &'r T),
) -> sqlx::Result<()> {
    for chunk in rows.chunks((MAX_PARAMS / columns.len()).max(1)) {
        let mut q = Sql::new(format!("INSERT INTO {table} ({})", columns.join(", ")));
        q.values(chunk, &bind);
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn insert_cases(conn: &mut Conn, rows: &[CaseRow]) -> sqlx::Result<()> {
    const COLUMNS: &[&str] = &[
        "id",
        "dek_wrapped",
        "key_scheme",
        "kek_version",
        "status",
        "gender",
        "birth_year",
        "ethnicity",
        "residency",
        "occupation",
        "last_location_id",
        "last_prefecture_id",
        "last_contact_text",
        "last_contact_sort",
        "last_contact_rank",
        "disappearance_year",
        "verification",
        "name_sealed",
        "other_names_sealed",
        "aliases_sealed",
        "id_numbers_sealed",
        "birth_date_sealed",
        "address_sealed",
        "narrative_sealed",
        "created_at",
        "updated_at",
        "created_by",
        "updated_by",
        "revision",
        "sentence_months_max",
    ];
    insert_rows(conn, "cases", COLUMNS, rows, |b, c| {
        b.bind(&c.id)
            .bind(&c.dek_wrapped)
            .bind(c.key_scheme)
            .bind(c.kek_version)
            .bind(&c.status)
            .bind(&c.gender)
            .bind(c.birth_year)
            .bind(&c.ethnicity)
            .bind(&c.residency)
            .bind(&c.occupation)
            .bind(&c.last_location_id)
            .bind(&c.last_prefecture_id)
            .bind(&c.last_contact_text)
            .bind(&c.last_contact_sort)
            .bind(c.last_contact_rank)
            .bind(c.disappearance_year)
            .bind(&c.verification)
            .bind(&c.name_sealed)
            .bind(&c.other_names_sealed)
            .bind(&c.aliases_sealed)
            .bind(&c.id_numbers_sealed)
            .bind(&c.birth_date_sealed)
            .bind(&c.address_sealed)
            .bind(&c.narrative_sealed)
            .bind(&c.created_at)
            .bind(&c.updated_at)
            .bind(&c.created_by)
            .bind(&c.updated_by)
            .bind(c.revision)
            .bind(c.sentence_months_max);
    })
    .await?;
    bump_data_version(conn).await
}

pub async fn insert_testifiers(conn: &mut Conn, rows: &[TestifierRow]) -> sqlx::Result<()> {
    const COLUMNS: &[&str] = &[
        "id",
        "dek_wrapped",
        "key_scheme",
        "kek_version",
        "name_sealed",
        "contact_sealed",
        "created_at",
        "updated_at",
    ];
    insert_rows(conn, "testifiers", COLUMNS, rows, |b, t| {
        b.bind(&t.id)
            .bind(&t.dek_wrapped)
            .bind(t.key_scheme)
            .bind(t.kek_version)
            .bind(&t.name_sealed)
            .bind(&t.contact_sealed)
            .bind(&t.created_at)
            .bind(&t.updated_at);
    })
    .await
}

pub async fn link_testifiers(conn: &mut Conn, rows: &[CaseTestifierRow]) -> sqlx::Result<()> {
    const COLUMNS: &[&str] = &[
        "case_id",
        "testifier_id",
        "relationship",
        "consent",
        "pressure_notes_sealed",
        "created_at",
    ];
    insert_rows(conn, "case_testifiers", COLUMNS, rows, |b, l| {
        b.bind(&l.case_id)
            .bind(&l.testifier_id)
            .bind(&l.relationship)
            .bind(&l.consent)
            .bind(&l.pressure_notes_sealed)
            .bind(&l.created_at);
    })
    .await
}

pub async fn insert_detentions(conn: &mut Conn, rows: &[DetentionRow]) -> sqlx::Result<()> {
    const COLUMNS: &[&str] = &[
        "id",
        "case_id",
        "facility_kind",
        "facility_name",
        "location_id",
        "alleged_act",
        "legal_charge",
        "sentence_months",
        "sentence_life",
        "court",
        "conviction_text",
        "conviction_sort",
        "conviction_rank",
        "learned_text",
        "learned_sort",
        "learned_rank",
        "learned_how",
        "confirmed_by",
        "created_at",
        "updated_at",
    ];
    insert_rows(conn, "detentions", COLUMNS, rows, |b, d| {
        b.bind(&d.id)
            .bind(&d.case_id)
            .bind(&d.facility_kind)
            .bind(&d.facility_name)
            .bind(&d.location_id)
            .bind(&d.alleged_act)
            .bind(&d.legal_charge)
            .bind(d.sentence_months)
            .bind(d.sentence_life)
            .bind(&d.court)
            .bind(&d.conviction_text)
            .bind(&d.conviction_sort)
            .bind(d.conviction_rank)
            .bind(&d.learned_text)
            .bind(&d.learned_sort)
            .bind(d.learned_rank)
            .bind(&d.learned_how)
            .bind(&d.confirmed_by)
            .bind(&d.created_at)
            .bind(&d.updated_at);
    })
    .await
}

pub async fn insert_testimonies(conn: &mut Conn, rows: &[TestimonyRow]) -> sqlx::Result<()> {
    const COLUMNS: &[&str] = &[
        "id",
        "case_id",
        "testifier_id",
        "recorded_text",
        "recorded_sort",
        "recorded_rank",
        "medium",
        "language",
        "duration_minutes",
        "recording_location_sealed",
        "transcript_sealed",
        "created_at",
        "updated_at",
    ];
    insert_rows(conn, "testimonies", COLUMNS, rows, |b, t| {
        b.bind(&t.id)
            .bind(&t.case_id)
            .bind(&t.testifier_id)
            .bind(&t.recorded_text)
            .bind(&t.recorded_sort)
            .bind(t.recorded_rank)
            .bind(&t.medium)
            .bind(&t.language)
            .bind(t.duration_minutes)
            .bind(&t.recording_location_sealed)
            .bind(&t.transcript_sealed)
            .bind(&t.created_at)
            .bind(&t.updated_at);
    })
    .await
}

pub async fn insert_events(conn: &mut Conn, rows: &[EventRow]) -> sqlx::Result<()> {
    const COLUMNS: &[&str] = &[
        "id",
        "case_id",
        "kind",
        "date_text",
        "date_sort",
        "date_rank",
        "reported_text",
        "reported_sort",
        "reported_rank",
        "location_id",
        "summary_sealed",
        "created_at",
        "updated_at",
    ];
    insert_rows(conn, "events", COLUMNS, rows, |b, e| {
        b.bind(&e.id)
            .bind(&e.case_id)
            .bind(&e.kind)
            .bind(&e.date_text)
            .bind(&e.date_sort)
            .bind(e.date_rank)
            .bind(&e.reported_text)
            .bind(&e.reported_sort)
            .bind(e.reported_rank)
            .bind(&e.location_id)
            .bind(&e.summary_sealed)
            .bind(&e.created_at)
            .bind(&e.updated_at);
    })
    .await
}

pub async fn insert_sources(conn: &mut Conn, rows: &[SourceRow]) -> sqlx::Result<()> {
    const COLUMNS: &[&str] = &[
        "id",
        "case_id",
        "source_type",
        "title",
        "publisher",
        "author_sealed",
        "reference",
        "published_text",
        "published_sort",
        "published_rank",
        "language",
        "reliability",
        "credibility",
        "content_sha256",
        "created_at",
        "updated_at",
    ];
    insert_rows(conn, "sources", COLUMNS, rows, |b, s| {
        b.bind(&s.id)
            .bind(&s.case_id)
            .bind(&s.source_type)
            .bind(&s.title)
            .bind(&s.publisher)
            .bind(&s.author_sealed)
            .bind(&s.reference)
            .bind(&s.published_text)
            .bind(&s.published_sort)
            .bind(s.published_rank)
            .bind(&s.language)
            .bind(&s.reliability)
            .bind(&s.credibility)
            .bind(&s.content_sha256)
            .bind(&s.created_at)
            .bind(&s.updated_at);
    })
    .await
}

pub async fn link_event_sources(conn: &mut Conn, rows: &[EventSourceRow]) -> sqlx::Result<()> {
    insert_rows(
        conn,
        "event_sources",
        &["event_id", "source_id"],
        rows,
        |b, l| {
            b.bind(&l.event_id).bind(&l.source_id);
        },
    )
    .await
}

// ---------------------------------------------------------------------------------------------
// Cases.

/// Rewrites a case's profile (not its key, not its creation time) if it is still at `c.revision`,
/// and moves it to the next revision. False: no such case, or someone saved it meanwhile.
pub async fn update_case(conn: &mut Conn, c: &CaseRow) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE cases SET status = $2, gender = $3, birth_year = $4, ethnicity = $5, residency = $6,
            occupation = $7, last_location_id = $8, last_prefecture_id = $9, last_contact_text = $10,
            last_contact_sort = $11, last_contact_rank = $12, disappearance_year = $13,
            verification = $14, name_sealed = $15, other_names_sealed = $16, aliases_sealed = $17,
            id_numbers_sealed = $18, birth_date_sealed = $19, address_sealed = $20,
            narrative_sealed = $21, updated_at = $22, updated_by = $23, revision = revision + 1
         WHERE id = $1 AND revision = $24",
    )
    .bind(&c.id)
    .bind(&c.status)
    .bind(&c.gender)
    .bind(c.birth_year)
    .bind(&c.ethnicity)
    .bind(&c.residency)
    .bind(&c.occupation)
    .bind(&c.last_location_id)
    .bind(&c.last_prefecture_id)
    .bind(&c.last_contact_text)
    .bind(&c.last_contact_sort)
    .bind(c.last_contact_rank)
    .bind(c.disappearance_year)
    .bind(&c.verification)
    .bind(&c.name_sealed)
    .bind(&c.other_names_sealed)
    .bind(&c.aliases_sealed)
    .bind(&c.id_numbers_sealed)
    .bind(&c.birth_date_sealed)
    .bind(&c.address_sealed)
    .bind(&c.narrative_sealed)
    .bind(&c.updated_at)
    .bind(&c.updated_by)
    .bind(c.revision)
    .execute(&mut *conn)
    .await?;
    bump_data_version(conn).await?;
    Ok(done.rows_affected() == 1)
}

/// Marks a case as changed now by `by` (after an event or source was saved) and moves it to the
/// next revision, if it is still at `revision`. False: someone saved it meanwhile.
pub async fn touch_case(
    conn: &mut Conn,
    case_id: &str,
    now: &str,
    by: Option<&str>,
    revision: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE cases SET updated_at = $2, updated_by = $3, revision = revision + 1
         WHERE id = $1 AND revision = $4",
    )
    .bind(case_id)
    .bind(now)
    .bind(by)
    .bind(revision)
    .execute(&mut *conn)
    .await?;
    bump_data_version(conn).await?;
    Ok(done.rows_affected() == 1)
}

/// Moves the records' version on (inside the writing transaction): cached facet counts of the
/// older version are no longer used.
pub async fn bump_data_version(conn: &mut Conn) -> sqlx::Result<()> {
    sqlx::query("UPDATE data_version SET version = version + 1 WHERE singleton = 1")
        .execute(conn)
        .await?;
    Ok(())
}

/// The records' current version.
pub async fn data_version(pool: &Pool) -> sqlx::Result<i64> {
    let (v,): (i64,) = sqlx::query_as("SELECT version FROM data_version WHERE singleton = 1")
        .fetch_one(pool)
        .await?;
    Ok(v)
}

/// Recomputes the year-of-disappearance filter column from the case's dated events.
pub async fn set_disappearance_year(
    conn: &mut Conn,
    case_id: &str,
    year: Option<i32>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE cases SET disappearance_year = $2 WHERE id = $1")
        .bind(case_id)
        .bind(year)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn get_case(conn: &mut Conn, id: &str) -> sqlx::Result<Option<CaseRow>> {
    sqlx::query_as("SELECT * FROM cases WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// Who saved a case last, and when: what a stale edit is told.
#[derive(Debug, sqlx::FromRow)]
pub struct RevisionStamp {
    pub revision: i64,
    pub updated_at: String,
    /// The username (None: the command line).
    pub updated_by: Option<String>,
}

pub async fn revision_stamp(conn: &mut Conn, case_id: &str) -> sqlx::Result<Option<RevisionStamp>> {
    sqlx::query_as(
        "SELECT c.revision, c.updated_at, u.username AS updated_by FROM cases c
         LEFT JOIN users u ON u.id = c.updated_by WHERE c.id = $1",
    )
    .bind(case_id)
    .fetch_optional(conn)
    .await
}

/// Whether the filter, without `except`, narrows the cases at all.
fn narrows(filter: &CaseFilter, except: Option<&str>) -> bool {
    let mut probe = Sql::new("");
    push_filters(&mut probe, filter, except);
    !probe.text().ends_with(" WHERE 1 = 1")
}

/// ` FROM … c WHERE …`: the cases the filter selects without `except`, as rows `c` with the case's
/// facet columns. Words alone are counted from the full-text rows the search finds (which carry
/// those columns): looking up each of those cases by id would cost several times the search.
fn push_selection(q: &mut Sql<'_>, filter: &CaseFilter, except: Option<&str>) {
    match words_alone(filter, except) {
        Some(words) => crate::server::db::text::push_matching_rows(q, words),
        None => {
            q.push(" FROM cases c");
            push_filters(q, filter, except);
        }
    }
}

/// The case id of a row of [`push_selection`].
fn selection_id(filter: &CaseFilter, except: Option<&str>) -> &'static str {
    match words_alone(filter, except) {
        Some(_) => "c.case_id",
        None => "c.id",
    }
}

/// The words, when they are the filter's only narrowing one (without `except`).
fn words_alone<'f>(filter: &'f CaseFilter, except: Option<&str>) -> Option<&'f str> {
    let words = filter.q.as_deref().filter(|_| except != Some("q"))?;
    let rest = CaseFilter {
        q: None,
        ..filter.clone()
    };
    (!crate::server::db::text::words(words).is_empty() && !narrows(&rest, except)).then_some(words)
}

/// The filters' WHERE clause over `cases c`, leaving out the facet `except` (a facet is counted
/// over the cases the other filters select).
fn push_filters(q: &mut Sql<'_>, filter: &CaseFilter, except: Option<&str>) {
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
        q.push(" AND c.id IN (SELECT s.case_id FROM sources s WHERE s.source_type = ")
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
const LIST_ROW: &str =
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

/// The facets the list counts: (URL key, what is grouped).
const FACETS: &[(&str, Grouping<'static>)] = &[
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
            condition: "",
        },
    ),
];

/// The sentence range of a case as its code (see `SentenceRange`).
const SENTENCE_RANGE: &str = "CASE WHEN c.sentence_months_max IS NULL THEN NULL
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
fn selection_key(filter: &CaseFilter, except: Option<&str>) -> String {
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
async fn count_facets(
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
async fn counts_of(
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
fn one_facet_value(filter: &CaseFilter, except: Option<&str>) -> Option<(&'static str, String)> {
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
async fn counts_in_one_pass(
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
type FacetTally<V> = std::collections::BTreeMap<(&'static str, V), i64>;

/// Adds `sign` for each value of the facets `kept` in one case's `facet_values`
/// ("charge=extremism;detained=2018;…").
fn tally_kept<'v, V: From<&'v str> + Ord>(
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
fn own_and_kept_facets() -> (Vec<(&'static str, &'static str)>, Vec<&'static str>) {
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
fn facet_rows() -> Sql<'static> {
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
    let mut tx = pool.begin().await?;
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

/// What an export may read of the cases the filter selects: unencrypted columns only.
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
                (SELECT COUNT(*) FROM sources s WHERE s.case_id = c.id) AS sources, "
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
    q.push(" ORDER BY c.id");
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

/// (case id, legal charge) for every charged detention of the given cases.
pub async fn charges_of(pool: &Pool, case_ids: &[String]) -> sqlx::Result<Vec<(String, String)>> {
    if case_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::new(
        "SELECT case_id, legal_charge FROM detentions WHERE legal_charge IS NOT NULL AND case_id IN ",
    );
    q.bind_list(case_ids.iter().map(String::as_str))
        .push(" ORDER BY case_id, created_at");
    q.fetch_all(pool).await
}

// ---------------------------------------------------------------------------------------------
// Testifiers.

/// The testifiers of a case with their links, in the order they were added.
pub async fn testifiers_of(
    conn: &mut Conn,
    case_id: &str,
) -> sqlx::Result<Vec<(TestifierRow, CaseTestifierRow)>> {
    let links: Vec<CaseTestifierRow> = sqlx::query_as(
        "SELECT * FROM case_testifiers WHERE case_id = $1 ORDER BY created_at, testifier_id",
    )
    .bind(case_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(links.len());
    for link in links {
        let t: TestifierRow = sqlx::query_as("SELECT * FROM testifiers WHERE id = $1")
            .bind(&link.testifier_id)
            .fetch_one(&mut *conn)
            .await?;
        out.push((t, link));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Detentions, testimonies.

pub async fn detentions_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<DetentionRow>> {
    sqlx::query_as("SELECT * FROM detentions WHERE case_id = $1 ORDER BY created_at, id")
        .bind(case_id)
        .fetch_all(conn)
        .await
}

pub async fn testimonies_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<TestimonyRow>> {
    sqlx::query_as(
        "SELECT * FROM testimonies WHERE case_id = $1
         ORDER BY recorded_sort IS NULL, recorded_sort, recorded_rank, created_at",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await
}

// ---------------------------------------------------------------------------------------------
// Events and sources.

/// Rewrites an event of a case; false when the case has no such event.
pub async fn update_event(conn: &mut Conn, e: &EventRow) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE events SET kind = $3, date_text = $4, date_sort = $5, date_rank = $6,
            reported_text = $7, reported_sort = $8, reported_rank = $9, location_id = $10,
            summary_sealed = $11, updated_at = $12
         WHERE id = $1 AND case_id = $2",
    )
    .bind(&e.id)
    .bind(&e.case_id)
    .bind(&e.kind)
    .bind(&e.date_text)
    .bind(&e.date_sort)
    .bind(e.date_rank)
    .bind(&e.reported_text)
    .bind(&e.reported_sort)
    .bind(e.reported_rank)
    .bind(&e.location_id)
    .bind(&e.summary_sealed)
    .bind(&e.updated_at)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A case's timeline: dated events by partial-date order, undated ones last.
pub async fn events_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<EventRow>> {
    sqlx::query_as(
        "SELECT * FROM events WHERE case_id = $1
         ORDER BY date_sort IS NULL, date_sort, date_rank, created_at, id",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await
}

/// The ids of a case's events (to check that links stay inside one case).
pub async fn event_ids_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT id FROM events WHERE case_id = $1")
        .bind(case_id)
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

pub async fn sources_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<SourceRow>> {
    sqlx::query_as("SELECT * FROM sources WHERE case_id = $1 ORDER BY created_at, id")
        .bind(case_id)
        .fetch_all(conn)
        .await
}

/// The ids of a case's sources (to check that links stay inside one case).
pub async fn source_ids_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT id FROM sources WHERE case_id = $1")
        .bind(case_id)
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Removes the source links of an event except those to `keep`; returns the sources still linked.
pub async fn unlink_event_sources_except(
    conn: &mut Conn,
    event_id: &str,
    keep: &[String],
) -> sqlx::Result<Vec<String>> {
    let linked: Vec<(String,)> =
        sqlx::query_as("SELECT source_id FROM event_sources WHERE event_id = $1")
            .bind(event_id)
            .fetch_all(&mut *conn)
            .await?;
    let mut kept = Vec::new();
    for (source,) in linked {
        if keep.contains(&source) {
            kept.push(source);
        } else {
            sqlx::query("DELETE FROM event_sources WHERE event_id = $1 AND source_id = $2")
                .bind(event_id)
                .bind(&source)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(kept)
}

/// Every event–source link inside one case.
pub async fn event_sources_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<EventSourceRow>> {
    sqlx::query_as(
        "SELECT es.event_id, es.source_id FROM event_sources es
         JOIN events e ON e.id = es.event_id WHERE e.case_id = $1",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await
}

// ---------------------------------------------------------------------------------------------
// The blind index.

pub async fn insert_index(conn: &mut Conn, rows: &[IndexRow]) -> sqlx::Result<()> {
    insert_rows(
        conn,
        "blind_index",
        &["case_id", "kind", "digest", "kek_version", "table_version"],
        rows,
        |b, r| {
            b.bind(&r.case_id)
                .bind(&r.kind)
                .bind(&r.digest)
                .bind(r.kek_version)
                .bind(r.table_version);
        },
    )
    .await
}

pub async fn delete_index(conn: &mut Conn, case_id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM blind_index WHERE case_id = $1")
        .bind(case_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Cases found by a search: those with an exact entry first (a whole name, an ID number), then those
/// with an entry for every word; at most `limit`.
pub async fn search_candidates(
    pool: &Pool,
    lookups: &crate::server::records::search::Lookups,
    limit: i64,
) -> sqlx::Result<Vec<String>> {
    let mut q = Sql::new("SELECT case_id FROM (");
    let mut any = false;
    if !lookups.exact.is_empty() {
        q.push("SELECT case_id, 0 AS rank FROM blind_index WHERE ");
        push_entries(&mut q, &lookups.exact);
        any = true;
    }
    if !lookups.tokens.is_empty() {
        if any {
            q.push(" UNION ALL ");
        }
        q.push("SELECT case_id, 1 AS rank FROM blind_index WHERE kind = 'token' AND digest IN ")
            .bind_list(lookups.tokens.iter().map(String::as_str))
            .push(" GROUP BY case_id HAVING COUNT(DISTINCT digest) >= ")
            .bind(lookups.words as i64);
        any = true;
    }
    if !any {
        return Ok(Vec::new());
    }
    q.push(") found GROUP BY case_id ORDER BY MIN(rank), case_id LIMIT ")
        .bind(limit);
    let rows: Vec<(String,)> = q.fetch_all(pool).await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// `(kind = $a AND digest = $b) OR …`: an index entry equal to any of `entries`.
fn push_entries<'q>(q: &mut Sql<'q>, entries: &'q [(&'static str, String)]) {
    for (i, (kind, digest)) in entries.iter().enumerate() {
        if i > 0 {
            q.push(" OR ");
        }
        q.push("(kind = ")
            .bind(*kind)
            .push(" AND digest = ")
            .bind(digest.as_str())
            .push(")");
    }
}

/// Cases with an entry equal to any of `(kind, digest)`, at most `limit`.
pub async fn index_candidates(
    pool: &Pool,
    lookups: &[(&'static str, String)],
    limit: i64,
) -> sqlx::Result<Vec<String>> {
    if lookups.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::new("SELECT DISTINCT case_id FROM blind_index WHERE ");
    push_entries(&mut q, lookups);
    q.push(" LIMIT ").bind(limit);
    let rows: Vec<(String,)> = q.fetch_all(pool).await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// Cases after `after` (in id order) whose index is missing or was made with another KEK or table
/// version.
pub async fn cases_to_index(
    pool: &Pool,
    after: &str,
    kek_version: i64,
    table_version: i64,
    limit: i64,
) -> sqlx::Result<Vec<CaseRow>> {
    sqlx::query_as(
        "SELECT * FROM cases c WHERE c.id > $1 AND NOT EXISTS (
             SELECT 1 FROM blind_index b WHERE b.case_id = c.id AND b.kind = 'indexed'
               AND b.digest = '' AND b.kek_version = $2 AND b.table_version = $3)
         ORDER BY c.id LIMIT $4",
    )
    .bind(after)
    .bind(kek_version)
    .bind(table_version)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Removes the index entries of several cases.
pub async fn delete_index_of(conn: &mut Conn, case_ids: &[&str]) -> sqlx::Result<()> {
    if case_ids.is_empty() {
        return Ok(());
    }
    let mut q = Sql::new("DELETE FROM blind_index WHERE case_id IN ");
    q.bind_list(case_ids.iter().copied());
    q.execute(conn).await?;
    Ok(())
}
