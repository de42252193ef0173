//! `account_secrets`: each account's two-step verification secret, sealed with a data key of its
//! own, whether it is confirmed, and the last time step a code was accepted for. Sealing, opening
//! and checking codes are in `server::auth::two_step`.

use super::{Conn, Pool};

/// One account's stored secret.
#[derive(Debug, sqlx::FromRow)]
pub struct SecretRow {
    pub id: String,
    pub dek_wrapped: Vec<u8>,
    pub totp_sealed: Vec<u8>,
    /// 1 once a code from the app checked out; 0 while enrolment is pending.
    pub confirmed: i64,
    /// The step of the last code accepted (None: none yet).
    pub last_step: Option<i64>,
}

/// A new, unconfirmed secret.
pub struct NewSecret<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub dek_wrapped: &'a [u8],
    pub key_scheme: i64,
    /// The KEK that wraps `dek_wrapped` (None: the first scheme).
    pub kek_version: Option<i64>,
    pub totp_sealed: &'a [u8],
    pub created_at: &'a str,
}

/// The account's secret, confirmed or pending.
pub async fn secret_of(pool: &Pool, user_id: &str) -> sqlx::Result<Option<SecretRow>> {
    sqlx::query_as(
        "SELECT id, dek_wrapped, totp_sealed, confirmed, last_step FROM account_secrets
         WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await
}

/// Whether the account's secret is confirmed (None: it has none).
pub async fn confirmed_of(pool: &Pool, user_id: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT confirmed FROM account_secrets WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(pool)
        .await
}

/// Deletes the account's secret, confirmed or pending.
pub async fn delete_of(conn: &mut Conn, user_id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM account_secrets WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn insert(conn: &mut Conn, s: &NewSecret<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO account_secrets
            (id, user_id, dek_wrapped, key_scheme, kek_version, totp_sealed, confirmed, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 0, $7)",
    )
    .bind(s.id)
    .bind(s.user_id)
    .bind(s.dek_wrapped)
    .bind(s.key_scheme)
    .bind(s.kek_version)
    .bind(s.totp_sealed)
    .bind(s.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Marks the account's secret confirmed.
pub async fn confirm(conn: &mut Conn, user_id: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE account_secrets SET confirmed = 1 WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Records `step` as spent for the secret `id`, atomically: true when no step as late was spent
/// before (of two requests with the same code, one gets true).
pub async fn spend_step(pool: &Pool, id: &str, step: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE account_secrets SET last_step = $2
         WHERE id = $1 AND (last_step IS NULL OR last_step < $2)",
    )
    .bind(id)
    .bind(step)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
