//! The only place with SQL: the pool, migrations and the repositories.
//!
//! Queries are built at run time (`query_as` + `FromRow`, `QueryBuilder`), with `$n` placeholders and
//! portable SQL, so the same text can serve PostgreSQL later.

pub mod records;
pub mod rows;

use anyhow::Context;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::path::Path;
use std::time::Duration;

/// The database pool.
pub type Pool = sqlx::SqlitePool;
/// A connection inside a transaction.
pub type Conn = sqlx::SqliteConnection;
/// The database this build talks to.
pub type Db = sqlx::Sqlite;

/// Name of the SQLite file inside the data directory.
pub const DATABASE_FILE: &str = "izde.db";

/// Opens (creating on first run) the SQLite database in `data_dir` and applies pending migrations.
pub async fn open(data_dir: &Path) -> anyhow::Result<Pool> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
    let path = data_dir.join(DATABASE_FILE);
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10))
        // Keeps the planner's statistics fresh so filters pick the right index as data grows.
        .optimize_on_close(true, 1000);
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
        .with_context(|| format!("cannot open the database {}", path.display()))?;
    migrate(&pool).await?;
    Ok(pool)
}

/// Applies the migrations in migrations/ that have not run yet.
pub async fn migrate(pool: &Pool) -> anyhow::Result<()> {
    sqlx::migrate!("./migrations")
        .run(pool)
        .await
        .context("cannot apply the database migrations")
}

/// The current time as stored: RFC 3339 UTC with milliseconds (sorts as text).
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
