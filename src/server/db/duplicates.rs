//! Pairs of cases that may be one person (`duplicate_pairs`): recorded when a case is saved,
//! reviewed by admins.

use super::Conn;

/// Where a pair was found.
pub const AT_INTAKE: &str = "intake";
pub const IN_EDIT: &str = "edit";

/// A pair as found.
pub struct FoundPair<'a> {
    pub case_id: &'a str,
    pub other_id: &'a str,
    pub found_at: &'a str,
    pub found_by: Option<&'a str>,
    pub found_in: &'static str,
    /// Whether whoever saved the case said the other is someone else.
    pub said_different: bool,
}

/// Records a pair, unless it (or its mirror) is recorded already.
pub async fn record(conn: &mut Conn, pair: &FoundPair<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO duplicate_pairs
             (id, case_id, other_id, found_at, found_by, found_in, volunteer_answer)
         SELECT $1, $2, $3, $4, $5, $6, $7
         WHERE NOT EXISTS (SELECT 1 FROM duplicate_pairs
                           WHERE (case_id = $2 AND other_id = $3)
                              OR (case_id = $3 AND other_id = $2))",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(pair.case_id)
    .bind(pair.other_id)
    .bind(pair.found_at)
    .bind(pair.found_by)
    .bind(pair.found_in)
    .bind(pair.said_different.then_some("different"))
    .execute(conn)
    .await?;
    Ok(())
}

/// A pair waiting for a decision, with the name of the account that found it.
#[derive(Debug, sqlx::FromRow)]
pub struct OpenPair {
    pub id: String,
    pub case_id: String,
    pub other_id: String,
    pub found_at: String,
    pub found_in: String,
    pub found_by: Option<String>,
    pub volunteer_answer: Option<String>,
}

/// The pairs no admin has decided on yet, oldest first.
pub async fn open_pairs(conn: &mut Conn, limit: i64) -> sqlx::Result<Vec<OpenPair>> {
    sqlx::query_as(
        "SELECT p.id, p.case_id, p.other_id, p.found_at, p.found_in, u.username AS found_by,
                p.volunteer_answer
         FROM duplicate_pairs p LEFT JOIN users u ON u.id = p.found_by
         WHERE p.decision IS NULL
         ORDER BY p.found_at, p.id
         LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// Records an admin's decision on an open pair; its two cases, or None when there is no such
/// open pair (decided meanwhile, or never there).
pub async fn decide(
    conn: &mut Conn,
    id: &str,
    decision: &str,
    at: &str,
    by: Option<&str>,
) -> sqlx::Result<Option<(String, String)>> {
    sqlx::query_as(
        "UPDATE duplicate_pairs SET decision = $2, decided_at = $3, decided_by = $4
         WHERE id = $1 AND decision IS NULL
         RETURNING case_id, other_id",
    )
    .bind(id)
    .bind(decision)
    .bind(at)
    .bind(by)
    .fetch_optional(conn)
    .await
}

/// The two cases of a pair still waiting for a decision.
pub async fn open_pair(conn: &mut Conn, id: &str) -> sqlx::Result<Option<(String, String)>> {
    sqlx::query_as(
        "SELECT case_id, other_id FROM duplicate_pairs WHERE id = $1 AND decision IS NULL",
    )
    .bind(id)
    .fetch_optional(conn)
    .await
}
