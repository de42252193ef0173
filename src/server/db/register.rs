//! The public register's tables (migration 0046): approvals, what the last publication held, and
//! the publications (see `crate::server::register`).

use super::Conn;

/// A candidate as read: case id, the least consent of its testifiers (2 named, 1 anonymized),
/// and its approval (entry id, consent, when, by whom).
pub type CandidateRow = (
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Every case whose testifiers all gave consent to publish, with its approval, the ones not yet
/// approved first, in case id order.
pub async fn candidates(conn: &mut Conn) -> sqlx::Result<Vec<CandidateRow>> {
    sqlx::query_as(
        "SELECT c.id,
                MIN(CASE ct.consent WHEN 'named' THEN 2 WHEN 'anonymized' THEN 1 ELSE 0 END),
                r.entry_id, r.consent, r.approved_at, u.username
         FROM cases c
         JOIN case_testifiers ct ON ct.case_id = c.id
         LEFT JOIN register_approvals r ON r.case_id = c.id
         LEFT JOIN users u ON u.id = r.approved_by
         GROUP BY c.id, r.entry_id, r.consent, r.approved_at, u.username
         HAVING MIN(CASE ct.consent WHEN 'named' THEN 2 WHEN 'anonymized' THEN 1 ELSE 0 END) > 0
         ORDER BY r.entry_id IS NOT NULL, c.id",
    )
    .fetch_all(&mut *conn)
    .await
}

/// Removes a case's approval.
pub async fn forget_approval(conn: &mut Conn, case_id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM register_approvals WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Records a case's approval (replacing any earlier one).
pub async fn approve(
    conn: &mut Conn,
    (case_id, entry_id, consent): (&str, &str, &str),
    approved_by: Option<&str>,
    at: &str,
) -> sqlx::Result<()> {
    forget_approval(conn, case_id).await?;
    sqlx::query(
        "INSERT INTO register_approvals (case_id, entry_id, consent, approved_by, approved_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(case_id)
    .bind(entry_id)
    .bind(consent)
    .bind(approved_by)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The last publication: when, by whom (username), how many entries, and its changes (JSON).
pub async fn last_publication(
    conn: &mut Conn,
) -> sqlx::Result<Option<(String, Option<String>, i64, String)>> {
    sqlx::query_as(
        "SELECT p.published_at, u.username, p.entries, p.changes
         FROM register_publications p LEFT JOIN users u ON u.id = p.published_by
         ORDER BY p.published_at DESC, p.id DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await
}

/// What the last publication held: (entry id, digest of its pages).
pub async fn published(conn: &mut Conn) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as("SELECT entry_id, digest FROM register_published")
        .fetch_all(&mut *conn)
        .await
}

/// A publication: what it holds replaces what the last one held, and it is recorded.
pub struct NewPublication<'a> {
    pub id: &'a str,
    pub at: &'a str,
    pub by: Option<&'a str>,
    /// (entry id, digest) of every entry.
    pub entries: &'a [(String, String)],
    /// What changed, as JSON.
    pub changes: &'a str,
    pub manifest_sha256: &'a str,
}

/// Records a publication (inside the caller's transaction).
pub async fn record_publication(conn: &mut Conn, p: &NewPublication<'_>) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM register_published")
        .execute(&mut *conn)
        .await?;
    for (id, digest) in p.entries {
        sqlx::query(
            "INSERT INTO register_published (entry_id, digest, published_at) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(digest)
        .bind(p.at)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(
        "INSERT INTO register_publications
             (id, published_at, published_by, entries, changes, manifest_sha256)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(p.id)
    .bind(p.at)
    .bind(p.by)
    .bind(i64::try_from(p.entries.len()).unwrap_or(i64::MAX))
    .bind(p.changes)
    .bind(p.manifest_sha256)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
