//! `settings`: the installation's switches, as key and text value (`"true"` or `"false"`; the
//! export minimums as JSON).

use super::{Conn, Pool};

/// The value of the setting `key` (None: never saved).
pub async fn get(pool: &Pool, key: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(pool)
        .await
}

/// The value of the setting `key`, read inside a transaction.
pub async fn get_in(conn: &mut Conn, key: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(conn)
        .await
}

/// Saves the setting `key`, replacing its value.
pub async fn put(conn: &mut Conn, key: &str, value: &str) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = $2",
    )
    .bind(key)
    .bind(value)
    .execute(conn)
    .await?;
    Ok(())
}
