//! `reveal_requests`: researchers' requests to see one case's names, their sealed reasons and the
//! admins' decisions (reading the case's wrapped data key from `cases` to seal the reason). Times
//! are stored text (see [`super::now`]). Who may ask and decide is in `server::auth::reveals`.

use super::accounts::CaseIdRow;
use super::sql::{insert_into, Sql};
use super::{Conn, Pool};

/// A request to store.
pub struct NewRequest<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    /// The researcher's account (None: the command line).
    pub user_id: Option<&'a str>,
    pub reason_sealed: &'a [u8],
    /// `pending` or `granted`.
    pub status: &'a str,
    pub requested_at: &'a str,
    pub decided_at: Option<&'a str>,
    pub expires_at: Option<&'a str>,
}

/// Which case a request is about, and where it stands.
#[derive(Debug, sqlx::FromRow)]
pub struct RequestStateRow {
    pub case_id: String,
    pub status: String,
}

/// A request as its researcher sees it.
#[derive(Debug, sqlx::FromRow)]
pub struct OwnRequestRow {
    pub status: String,
    pub requested_at: String,
    pub expires_at: Option<String>,
}

/// A request waiting for a decision, with its case's wrapped data key to open the reason.
#[derive(Debug, sqlx::FromRow)]
pub struct PendingRow {
    pub id: String,
    pub case_id: String,
    pub dek_wrapped: Vec<u8>,
    pub requested_at: String,
    /// The researcher's username (None: the account is gone).
    pub username: Option<String>,
    pub reason_sealed: Vec<u8>,
}

/// The wrapped data key of the case `case_id` (None: no such case).
pub async fn case_key(conn: &mut Conn, case_id: &str) -> sqlx::Result<Option<Vec<u8>>> {
    sqlx::query_scalar("SELECT dek_wrapped FROM cases WHERE id = $1")
        .bind(case_id)
        .fetch_optional(conn)
        .await
}

insert_into! { "reveal_requests", NewRequest<'_>, [
    id, case_id, user_id, reason_sealed, status, requested_at, decided_at, expires_at
]}

pub async fn insert(conn: &mut Conn, r: &NewRequest<'_>) -> sqlx::Result<()> {
    super::sql::insert(conn, std::slice::from_ref(r)).await
}

/// The case and status of the request `id`.
pub async fn state_of(conn: &mut Conn, id: &str) -> sqlx::Result<Option<RequestStateRow>> {
    sqlx::query_as("SELECT case_id, status FROM reveal_requests WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// Records the decision on the request `id` if it is still pending: `status` is `granted` or
/// `denied`, `decided_by` the admin's account (None: the command line).
pub async fn decide(
    conn: &mut Conn,
    id: &str,
    status: &str,
    decided_by: Option<&str>,
    decided_at: &str,
    expires_at: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE reveal_requests SET status = $2, decided_by = $3, decided_at = $4, expires_at = $5
         WHERE id = $1 AND status = 'pending'",
    )
    .bind(id)
    .bind(status)
    .bind(decided_by)
    .bind(decided_at)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The latest request of the account `user_id` for the case.
pub async fn latest_of(
    pool: &Pool,
    case_id: &str,
    user_id: &str,
) -> sqlx::Result<Option<OwnRequestRow>> {
    sqlx::query_as(
        "SELECT status, requested_at, expires_at FROM reveal_requests
         WHERE case_id = $1 AND user_id = $2 ORDER BY requested_at DESC LIMIT 1",
    )
    .bind(case_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await
}

/// Up to 200 pending requests, oldest first.
pub async fn pending(pool: &Pool) -> sqlx::Result<Vec<PendingRow>> {
    sqlx::query_as(
        "SELECT r.id, r.case_id, c.dek_wrapped, r.requested_at, u.username, r.reason_sealed
         FROM reveal_requests r JOIN cases c ON c.id = r.case_id
         LEFT JOIN users u ON u.id = r.user_id
         WHERE r.status = 'pending' ORDER BY r.requested_at LIMIT 200",
    )
    .fetch_all(pool)
    .await
}

/// The ids among `case_ids` (not empty) for which the account `user_id` holds a grant that
/// expires after `now`.
pub async fn granted_among(
    conn: &mut Conn,
    user_id: &str,
    now: &str,
    case_ids: &[&str],
) -> sqlx::Result<Vec<String>> {
    let mut q =
        Sql::new("SELECT case_id FROM reveal_requests WHERE status = 'granted' AND user_id = ");
    q.bind(user_id.to_string());
    q.push(" AND expires_at > ").bind(now.to_string());
    q.push(" AND case_id IN ");
    q.bind_list(case_ids.iter().map(|s| s.to_string()));
    let rows: Vec<CaseIdRow> = q.fetch_all_in(conn).await?;
    Ok(rows.into_iter().map(|r| r.case_id).collect())
}
