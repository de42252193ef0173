//! `api_tokens`: the personal tokens of the read API, each stored as the SHA-256 of the token (never
//! the token), with its owner. Deciding whether a token still opens anything is in
//! `server::api_v1::tokens`.

use super::{Conn, Pool};

/// A stored token (without its hash), as the account page and the admins' list show it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TokenRow {
    pub id: String,
    pub user_id: String,
    pub username: String,
    pub name: String,
    pub scope: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A token presented to the API, with what deciding whether it still opens anything needs of its
/// owner's account now.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct BearerRow {
    pub id: String,
    pub user_id: String,
    pub scope: String,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub username: String,
    pub role: String,
    pub disabled: i64,
    pub language: Option<String>,
    /// How many confirmed two-step secrets the account has (0 or 1).
    pub two_step: i64,
    /// Whether the installation requires two-step verification of admins (0 or 1).
    pub two_step_required: i64,
}

/// A new token's row.
pub struct NewToken<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub name: &'a str,
    pub token_hash: &'a str,
    pub scope: &'a str,
    pub created_at: i64,
    pub expires_at: i64,
}

/// Stores a new token.
pub async fn insert(conn: &mut Conn, t: &NewToken<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO api_tokens (id, user_id, name, token_hash, scope, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(t.id)
    .bind(t.user_id)
    .bind(t.name)
    .bind(t.token_hash)
    .bind(t.scope)
    .bind(t.created_at)
    .bind(t.expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The columns of [`TokenRow`] over `api_tokens t JOIN users u`.
const TOKEN_ROW: &str = "SELECT t.id, t.user_id, u.username, t.name, t.scope, t.created_at,
            t.expires_at, t.last_used_at, t.revoked_at
     FROM api_tokens t JOIN users u ON u.id = t.user_id";

/// The tokens of one account, newest first.
pub async fn tokens_of(pool: &Pool, user_id: &str) -> sqlx::Result<Vec<TokenRow>> {
    sqlx::query_as(&format!(
        "{TOKEN_ROW} WHERE t.user_id = $1 ORDER BY t.created_at DESC, t.id"
    ))
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// Every account's tokens, by account, newest first.
pub async fn all_tokens(pool: &Pool) -> sqlx::Result<Vec<TokenRow>> {
    sqlx::query_as(&format!(
        "{TOKEN_ROW} ORDER BY u.username, t.created_at DESC, t.id"
    ))
    .fetch_all(pool)
    .await
}

/// One token (revoked or not), inside the caller's transaction.
pub async fn token(conn: &mut Conn, id: &str) -> sqlx::Result<Option<TokenRow>> {
    sqlx::query_as(&format!("{TOKEN_ROW} WHERE t.id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// Marks a token revoked by `by` at `now`; false when it was already revoked.
pub async fn revoke(conn: &mut Conn, id: &str, by: &str, now: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE api_tokens SET revoked_at = $1, revoked_by = $2
         WHERE id = $3 AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(by)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The token with this hash and its owner's account as it is now (a removed account has no row,
/// and so its tokens none).
pub async fn bearer(pool: &Pool, token_hash: &str) -> sqlx::Result<Option<BearerRow>> {
    sqlx::query_as(
        "SELECT t.id, t.user_id, t.scope, t.expires_at, t.last_used_at, t.revoked_at,
            u.username, u.role, u.disabled, u.language,
            (SELECT COUNT(*) FROM account_secrets a WHERE a.user_id = u.id AND a.confirmed = 1)
                AS two_step,
            (SELECT COUNT(*) FROM settings WHERE key = 'admin_totp_required' AND value = 'true')
                AS two_step_required
         FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(pool)
    .await
}

/// Records that the token was used at `now`.
pub async fn touch(pool: &Pool, id: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// A token's stored hash (for the audit entry of its revocation).
pub async fn stored_hash(conn: &mut Conn, id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT token_hash FROM api_tokens WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}
