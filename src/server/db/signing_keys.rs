//! `signing_keys`: the public halves of every export signing key the installation has used.

use super::{Conn, Pool};

/// One signing key as kept.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct SigningKey {
    pub public_key: String,
    pub kek_version: i64,
    pub first_used_at: String,
}

/// Keeps `public_key` (once; the first use stays).
pub async fn remember(
    conn: &mut Conn,
    public_key: &str,
    kek_version: i64,
    now: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO signing_keys (public_key, kek_version, first_used_at) VALUES ($1, $2, $3)
         ON CONFLICT (public_key) DO NOTHING",
    )
    .bind(public_key)
    .bind(kek_version)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every key kept, oldest first.
pub async fn all(pool: &Pool) -> sqlx::Result<Vec<SigningKey>> {
    sqlx::query_as(
        "SELECT public_key, kek_version, first_used_at FROM signing_keys
         ORDER BY first_used_at, public_key",
    )
    .fetch_all(pool)
    .await
}
