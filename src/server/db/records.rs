//! `cases` and everything that hangs off a case (testifiers, detentions, testimonies, events,
//! sources): written in batches, read per case, and the records' version that facet caches follow.

use super::rows::*;
pub use super::sql::insert;
use super::sql::{insert_into, Sql};
use super::{Conn, Pool};

// ---------------------------------------------------------------------------------------------
// Inserts. Each table has one column list (see [`insert_into!`]), written as a multi-row INSERT: a
// single record is a batch of one, and `generate` (later: restore) writes a thousand records per
// statement.

/// Inserts new cases, and moves the records' version on (facet caches follow it).
pub async fn insert_cases(conn: &mut Conn, rows: &[CaseRow]) -> sqlx::Result<()> {
    insert(conn, rows).await?;
    bump_data_version(conn).await
}

insert_into! { "cases", CaseRow, [
    id, dek_wrapped, key_scheme, kek_version, status, gender, birth_year, ethnicity, residency,
    occupation, last_location_id, last_prefecture_id, last_contact_text, last_contact_sort,
    last_contact_rank, disappearance_year, verification, name_sealed, other_names_sealed,
    aliases_sealed, id_numbers_sealed, birth_date_sealed, address_sealed, narrative_sealed,
    created_at, updated_at, created_by, updated_by, revision, sentence_months_max,
    last_place_note_sealed, facet_values
]}
insert_into! { "testifiers", TestifierRow, [
    id, dek_wrapped, key_scheme, kek_version, name_sealed, contact_sealed, created_at,
    updated_at
]}
insert_into! { "case_testifiers", CaseTestifierRow, [
    case_id, testifier_id, relationship, consent, pressure_notes_sealed, created_at,
    consent_changed_at, consent_changed_by, consent_note_sealed
]}
insert_into! { "removals", RemovalRow, [
    id, case_id, kind, item_id, reason_sealed, removed_at, removed_by
]}
insert_into! { "detentions", DetentionRow, [
    id, case_id, facility_kind, facility_name, location_id, alleged_act, legal_charge,
    sentence_months, sentence_life, court, conviction_text, conviction_sort, conviction_rank,
    learned_text, learned_sort, learned_rank, learned_how, confirmed_by, created_at, updated_at,
    place_note_sealed, responsible_forces, warrant_shown
]}
insert_into! { "testimonies", TestimonyRow, [
    id, case_id, testifier_id, recorded_text, recorded_sort, recorded_rank, medium, language,
    duration_minutes, recording_location_sealed, transcript_sealed, source_id, created_at,
    updated_at, shared_id
]}
insert_into! { "events", EventRow, [
    id, case_id, kind, date_text, date_sort, date_rank, reported_text, reported_sort,
    reported_rank, location_id, summary_sealed, created_at, updated_at, place_note_sealed
]}
insert_into! { "sources", SourceRow, [
    id, case_id, source_type, title, publisher, author_sealed, reference, published_text,
    published_sort, published_rank, language, reliability, credibility, content_sha256,
    created_at, updated_at
]}
insert_into! { "event_sources", EventSourceRow, [
    event_id, source_id
]}

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
            narrative_sealed = $21, updated_at = $22, updated_by = $23, revision = revision + 1,
            last_place_note_sealed = $25
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
    .bind(&c.last_place_note_sealed)
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
    sqlx::query_scalar("SELECT version FROM data_version WHERE singleton = 1")
        .fetch_one(pool)
        .await
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

/// Locks a case's row until the transaction ends (PostgreSQL; on SQLite a write transaction holds
/// the whole database from its BEGIN IMMEDIATE, see [`super::begin`]).
pub async fn lock_case(conn: &mut Conn, id: &str) -> sqlx::Result<()> {
    if conn.backend_name() == "PostgreSQL" {
        sqlx::query("SELECT id FROM cases WHERE id = $1 FOR UPDATE")
            .bind(id)
            .fetch_optional(conn)
            .await?;
    }
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
// Erasure.

/// Deletes a case and everything under it — its row with the wrapped data key, events, sources,
/// detentions, testimonies, testifier links, kept versions, reveal requests, assignments, search
/// and name-index rows — and each of its testifiers that speaks for no other case (their own
/// keys with them). Whether the case was there.
pub async fn delete_case(conn: &mut Conn, case_id: &str) -> sqlx::Result<bool> {
    let testifiers: Vec<String> =
        sqlx::query_scalar("SELECT testifier_id FROM case_testifiers WHERE case_id = $1")
            .bind(case_id)
            .fetch_all(&mut *conn)
            .await?;
    // The tables that name the case without deleting with it.
    for table in [
        "case_assignments",
        "reveal_requests",
        "case_versions",
        "case_text",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE case_id = $1"))
            .bind(case_id)
            .execute(&mut *conn)
            .await?;
    }
    let done = sqlx::query("DELETE FROM cases WHERE id = $1")
        .bind(case_id)
        .execute(&mut *conn)
        .await?;
    for testifier in testifiers {
        sqlx::query(
            "DELETE FROM testifiers WHERE id = $1
               AND NOT EXISTS (SELECT 1 FROM case_testifiers ct WHERE ct.testifier_id = $1)",
        )
        .bind(&testifier)
        .execute(&mut *conn)
        .await?;
    }
    Ok(done.rows_affected() == 1)
}

/// The tombstone of an erased case.
#[derive(Debug, sqlx::FromRow)]
pub struct ErasureRow {
    pub id: String,
    pub dek_wrapped: Vec<u8>,
    pub key_scheme: i64,
    pub kek_version: Option<i64>,
    pub reason_sealed: Vec<u8>,
    pub erased_at: String,
    pub erased_by: Option<String>,
}

insert_into! { "erasures", ErasureRow, [
    id, dek_wrapped, key_scheme, kek_version, reason_sealed, erased_at, erased_by
]}

/// The tombstone of `id`, if that case was erased.
pub async fn erasure(conn: &mut Conn, id: &str) -> sqlx::Result<Option<ErasureRow>> {
    sqlx::query_as("SELECT * FROM erasures WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}

// ---------------------------------------------------------------------------------------------
// Removals.

/// Deletes one event, testimony or detention of a case (`kind` as in `removals.kind`), with a
/// reviewer's level set on it. Whether it was there.
pub async fn delete_item(
    conn: &mut Conn,
    kind: &str,
    case_id: &str,
    item_id: &str,
) -> sqlx::Result<bool> {
    let table = match kind {
        "event" => "events",
        "testimony" => "testimonies",
        "detention" => "detentions",
        _ => return Ok(false),
    };
    sqlx::query("DELETE FROM claim_reviews WHERE case_id = $1 AND subject_id = $2")
        .bind(case_id)
        .bind(item_id)
        .execute(&mut *conn)
        .await?;
    let done = sqlx::query(&format!(
        "DELETE FROM {table} WHERE case_id = $1 AND id = $2"
    ))
    .bind(case_id)
    .bind(item_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What was taken off a case, oldest first, with who removed each.
pub async fn removals_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<RemovalRow>> {
    sqlx::query_as(
        "SELECT r.*, u.username AS remover FROM removals r
         LEFT JOIN users u ON u.id = r.removed_by
         WHERE r.case_id = $1 ORDER BY r.removed_at, r.id",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await
}

// ---------------------------------------------------------------------------------------------
// Testifiers.

/// Sets the consent of one testifier–case link, with when and by whom. Whether the link exists.
pub async fn set_consent(
    conn: &mut Conn,
    (case_id, testifier_id): (&str, &str),
    (consent, note): (&str, Option<&[u8]>),
    now: &str,
    by: Option<&str>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE case_testifiers SET consent = $1, consent_changed_at = $2, consent_changed_by = $3,
                consent_note_sealed = $6
         WHERE case_id = $4 AND testifier_id = $5",
    )
    .bind(consent)
    .bind(now)
    .bind(by)
    .bind(case_id)
    .bind(testifier_id)
    .bind(note)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The testifiers of a case with their links, in the order they were added.
pub async fn testifiers_of(
    conn: &mut Conn,
    case_id: &str,
) -> sqlx::Result<Vec<(TestifierRow, CaseTestifierRow)>> {
    let links: Vec<CaseTestifierRow> = sqlx::query_as(
        "SELECT ct.*, u.username AS consent_by FROM case_testifiers ct
         LEFT JOIN users u ON u.id = ct.consent_changed_by
         WHERE ct.case_id = $1 ORDER BY ct.created_at, ct.testifier_id",
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

/// Rewrites a detention of a case; false when the case has no such detention.
pub async fn update_detention(conn: &mut Conn, d: &DetentionRow) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE detentions SET facility_kind = $3, facility_name = $4, location_id = $5,
            alleged_act = $6, legal_charge = $7, sentence_months = $8, sentence_life = $9,
            court = $10, conviction_text = $11, conviction_sort = $12, conviction_rank = $13,
            learned_text = $14, learned_sort = $15, learned_rank = $16, learned_how = $17,
            confirmed_by = $18, updated_at = $19, place_note_sealed = $20,
            responsible_forces = $21, warrant_shown = $22
         WHERE id = $1 AND case_id = $2",
    )
    .bind(&d.id)
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
    .bind(&d.updated_at)
    .bind(&d.place_note_sealed)
    .bind(&d.responsible_forces)
    .bind(&d.warrant_shown)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Recomputes the case's longest sentence (life as 9999 months) from its detentions, for the
/// list's order and filters.
pub async fn refresh_longest_sentence(conn: &mut Conn, case_id: &str) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE cases SET sentence_months_max = (
            SELECT MAX(CASE WHEN sentence_life <> 0 THEN 9999 ELSE sentence_months END)
            FROM detentions WHERE case_id = $1)
         WHERE id = $1",
    )
    .bind(case_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Rewrites a testimony of a case; false when the case has no such testimony.
pub async fn update_testimony(conn: &mut Conn, t: &TestimonyRow) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE testimonies SET testifier_id = $3, recorded_text = $4, recorded_sort = $5,
            recorded_rank = $6, medium = $7, language = $8, duration_minutes = $9,
            recording_location_sealed = $10, transcript_sealed = $11, source_id = $12,
            updated_at = $13
         WHERE id = $1 AND case_id = $2",
    )
    .bind(&t.id)
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
    .bind(&t.source_id)
    .bind(&t.updated_at)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
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

/// The other cases that hold a copy of the testimony shared as `shared_id`.
pub async fn sharing_testimony(
    conn: &mut Conn,
    shared_id: &str,
    case_id: &str,
) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT DISTINCT case_id FROM testimonies WHERE shared_id = $1 AND case_id <> $2
         ORDER BY case_id",
    )
    .bind(shared_id)
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
            summary_sealed = $11, updated_at = $12, place_note_sealed = $13
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
    .bind(&e.place_note_sealed)
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
    sqlx::query_scalar("SELECT id FROM events WHERE case_id = $1")
        .bind(case_id)
        .fetch_all(conn)
        .await
}

pub async fn sources_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<SourceRow>> {
    sqlx::query_as("SELECT * FROM sources WHERE case_id = $1 ORDER BY created_at, id")
        .bind(case_id)
        .fetch_all(conn)
        .await
}

/// The ids of a case's sources (to check that links stay inside one case).
pub async fn source_ids_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT id FROM sources WHERE case_id = $1")
        .bind(case_id)
        .fetch_all(conn)
        .await
}

/// Which side of an event–source link [`unlink_citations_except`] starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CitedBy {
    Event,
    Source,
}

/// Removes the links of one event (or one source) except those to the sources (or events) in
/// `keep`; returns the other side's ids still linked. A link kept keeps its stance and timecode.
pub async fn unlink_citations_except(
    conn: &mut Conn,
    side: CitedBy,
    id: &str,
    keep: &[String],
) -> sqlx::Result<Vec<String>> {
    let (mine, other) = match side {
        CitedBy::Event => ("event_id", "source_id"),
        CitedBy::Source => ("source_id", "event_id"),
    };
    let linked: Vec<String> = sqlx::query_scalar(&format!(
        "SELECT {other} FROM event_sources WHERE {mine} = $1"
    ))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut kept = Vec::new();
    for linked_id in linked {
        if keep.contains(&linked_id) {
            kept.push(linked_id);
        } else {
            sqlx::query(&format!(
                "DELETE FROM event_sources WHERE {mine} = $1 AND {other} = $2"
            ))
            .bind(id)
            .bind(&linked_id)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(kept)
}

/// Writes a corrected source (not its retraction); false when it is not a source of its case.
pub async fn update_source(conn: &mut Conn, s: &SourceRow) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE sources SET source_type = $3, title = $4, publisher = $5, author_sealed = $6,
            reference = $7, published_text = $8, published_sort = $9, published_rank = $10,
            language = $11, reliability = $12, credibility = $13, content_sha256 = $14,
            updated_at = $15
         WHERE id = $1 AND case_id = $2 AND retracted_at IS NULL",
    )
    .bind(&s.id)
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
    .bind(&s.updated_at)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks a source of a case retracted, with its sealed reason; false when it is not a source of
/// the case or was already retracted.
pub async fn retract_source(
    conn: &mut Conn,
    case_id: &str,
    source_id: &str,
    at: &str,
    by: Option<&str>,
    reason_sealed: &[u8],
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE sources SET retracted_at = $3, retracted_by = $4, retraction_sealed = $5,
            updated_at = $3
         WHERE id = $1 AND case_id = $2 AND retracted_at IS NULL",
    )
    .bind(source_id)
    .bind(case_id)
    .bind(at)
    .bind(by)
    .bind(reason_sealed)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
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
