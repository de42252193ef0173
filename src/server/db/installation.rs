//! The installation row and one-off claims (see migrations/0004_installation.sql).

use super::{now, Conn, Pool};

/// What makes a database one installation.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct Installation {
    pub id: String,
    pub created_at: String,
}

pub async fn get(conn: &mut Conn) -> sqlx::Result<Option<Installation>> {
    sqlx::query_as("SELECT id, created_at FROM installation WHERE singleton = 1")
        .fetch_optional(conn)
        .await
}

/// Writes `installation` unless the database already has one; returns the one that holds.
pub async fn insert_or_get(
    conn: &mut Conn,
    installation: &Installation,
) -> sqlx::Result<Installation> {
    sqlx::query(
        "INSERT INTO installation (singleton, id, created_at) VALUES (1, $1, $2)
         ON CONFLICT (singleton) DO NOTHING",
    )
    .bind(&installation.id)
    .bind(&installation.created_at)
    .execute(&mut *conn)
    .await?;
    Ok(get(conn).await?.unwrap_or_else(|| installation.clone()))
}

/// Replaces the installation row (restore, into a database that holds no records).
pub async fn replace(conn: &mut Conn, installation: &Installation) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM installation")
        .execute(&mut *conn)
        .await?;
    insert_or_get(conn, installation).await.map(|_| ())
}

/// Claims one-off work named `name`: true for exactly one caller, however many race.
pub async fn claim(pool: &Pool, name: &str) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO claims (name, claimed_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
    )
    .bind(name)
    .bind(now())
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives a claim back (the work failed and may be tried again).
pub async fn release(pool: &Pool, name: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM claims WHERE name = $1")
        .bind(name)
        .execute(pool)
        .await?;
    Ok(())
}
