//! `claim_sources`, `event_sources` and `claim_reviews`: which source supports or disputes which
//! claim of a case, and the levels reviewers set by hand (their reasons sealed).

use super::sql::{insert, insert_into};
use super::Conn;

/// A source cited for a claim: `subject` is the detention's or event's id ("" for a claim about
/// the case itself).
#[derive(Debug, sqlx::FromRow)]
pub struct CitationRow {
    pub claim: String,
    pub subject: String,
    pub source_id: String,
    pub stance: String,
    pub timecode_seconds: Option<i32>,
}

/// A reviewer's level for a claim, its reason sealed.
#[derive(Debug, sqlx::FromRow)]
pub struct ReviewRow {
    pub id: String,
    pub claim: String,
    pub subject_id: String,
    pub level: String,
    pub reason_sealed: Vec<u8>,
    /// The reviewer's username (None: the account is gone).
    pub username: Option<String>,
    pub reviewed_at: String,
}

/// Every citation of a case (its claims' and its events'), in claim, subject and source order.
pub async fn citations_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<CitationRow>> {
    sqlx::query_as(
        "SELECT claim, COALESCE(detention_id, '') AS subject, source_id, stance, timecode_seconds
           FROM claim_sources WHERE case_id = $1
         UNION ALL
         SELECT 'event', es.event_id, es.source_id, es.stance, es.timecode_seconds
           FROM event_sources es JOIN events e ON e.id = es.event_id WHERE e.case_id = $1
         ORDER BY 1, 2, 3",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await
}

pub async fn reviews_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<ReviewRow>> {
    sqlx::query_as(
        "SELECT r.id, r.claim, r.subject_id, r.level, r.reason_sealed, u.username, r.reviewed_at
           FROM claim_reviews r LEFT JOIN users u ON u.id = r.reviewed_by WHERE r.case_id = $1",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await
}

/// Cites a source for an event (or changes the stance and timecode of its citation).
pub async fn cite_for_event(
    conn: &mut Conn,
    event_id: &str,
    source_id: &str,
    stance: &str,
    timecode_seconds: Option<i32>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO event_sources (event_id, source_id, stance, timecode_seconds)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id, source_id)
         DO UPDATE SET stance = excluded.stance, timecode_seconds = excluded.timecode_seconds",
    )
    .bind(event_id)
    .bind(source_id)
    .bind(stance)
    .bind(timecode_seconds)
    .execute(conn)
    .await?;
    Ok(())
}

/// A citation of a source for a claim about the case or one of its detentions.
pub struct NewCitation<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub claim: &'a str,
    pub detention_id: Option<&'a str>,
    pub source_id: &'a str,
    pub stance: &'a str,
    pub timecode_seconds: Option<i32>,
    pub created_at: &'a str,
}

insert_into! { "claim_sources", NewCitation<'_>, [
    id, case_id, claim, detention_id, source_id, stance, timecode_seconds, created_at
]}

pub async fn insert_citation(conn: &mut Conn, c: &NewCitation<'_>) -> sqlx::Result<()> {
    insert(conn, std::slice::from_ref(c)).await
}

/// Takes a source off an event; whether it was cited.
pub async fn uncite_for_event(
    conn: &mut Conn,
    event_id: &str,
    source_id: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query("DELETE FROM event_sources WHERE event_id = $1 AND source_id = $2")
        .bind(event_id)
        .bind(source_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Takes a source off a claim (`subject`: the detention's id, or "" for the case); whether it was
/// cited.
pub async fn uncite(
    conn: &mut Conn,
    case_id: &str,
    claim: &str,
    subject: &str,
    source_id: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "DELETE FROM claim_sources WHERE case_id = $1 AND claim = $2
           AND COALESCE(detention_id, '') = $3 AND source_id = $4",
    )
    .bind(case_id)
    .bind(claim)
    .bind(subject)
    .bind(source_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Takes back a claim's review; how many rows went (0 or 1).
pub async fn delete_review(
    conn: &mut Conn,
    case_id: &str,
    claim: &str,
    subject_id: &str,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "DELETE FROM claim_reviews WHERE case_id = $1 AND claim = $2 AND subject_id = $3",
    )
    .bind(case_id)
    .bind(claim)
    .bind(subject_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// A reviewer's level for a claim.
pub struct NewReview<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub claim: &'a str,
    pub subject_id: &'a str,
    pub level: &'a str,
    pub reason_sealed: &'a [u8],
    pub reviewed_by: Option<&'a str>,
    pub reviewed_at: &'a str,
}

insert_into! { "claim_reviews", NewReview<'_>, [
    id, case_id, claim, subject_id, level, reason_sealed, reviewed_by, reviewed_at
]}

pub async fn insert_review(conn: &mut Conn, r: &NewReview<'_>) -> sqlx::Result<()> {
    insert(conn, std::slice::from_ref(r)).await
}
