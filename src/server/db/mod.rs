//! The only place with SQL: connecting, migrations and the repositories.
//!
//! One code base serves two backends through sqlx's `Any` driver: SQLite (the embedded default, a
//! file in the data directory) and PostgreSQL (`--database-url postgres://…`). The repositories are
//! written once, with `$n` placeholders (see [`sql`]) and SQL that both dialects read the same way;
//! [`Backend`] is the seam for the few statements that must differ.

pub mod accounts;
pub mod api_tokens;
pub mod audit;
pub mod backup;
pub mod case_list;
pub mod claims;
pub mod duplicates;
pub mod evidence;
pub mod export_rows;
pub mod facets;
pub mod imports;
pub mod installation;
pub mod keyring;
pub mod merges;
pub mod name_index;
pub mod records;
pub mod register;
pub mod reveals;
pub mod rows;
pub mod sessions;
pub mod settings;
pub mod signing_keys;
pub mod sql;
pub mod text;
pub mod two_step;
pub mod versions;
pub mod vocab;

use anyhow::{bail, Context};
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::{MigrateError, Migration, Migrator};
use sqlx::ConnectOptions;
use std::borrow::Cow;
use std::fmt;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

/// The database pool (either backend).
pub type Pool = sqlx::AnyPool;
/// A connection, or a transaction dereferenced to one.
pub type Conn = sqlx::AnyConnection;
/// The database type of every query.
pub type Db = sqlx::Any;

/// Name of the SQLite file inside the data directory.
pub const DATABASE_FILE: &str = "izde.db";

/// Which database server a URL points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

/// Where the database is. Printing it never shows a password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    url: String,
    backend: Backend,
}

impl DatabaseUrl {
    /// Parses `sqlite://PATH` or `postgres://…` (also `postgresql://…`). The error never repeats the
    /// URL, which may hold a password.
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        let text = text.trim();
        let Some((scheme, _)) = text.split_once(':') else {
            bail!("the database URL must start with sqlite:// or postgres://");
        };
        let backend = match scheme.to_ascii_lowercase().as_str() {
            "sqlite" => Backend::Sqlite,
            "postgres" | "postgresql" => Backend::Postgres,
            other => bail!(
                "the database URL scheme `{}` is not supported: use sqlite:// or postgres://",
                other.chars().take(20).collect::<String>()
            ),
        };
        if backend == Backend::Postgres {
            let parsed = url::Url::parse(text)
                .map_err(|e| anyhow::anyhow!("the PostgreSQL URL is not valid: {e}"))?;
            if parsed.host_str().is_none_or(str::is_empty)
                && !parsed.query_pairs().any(|(k, _)| k == "host")
            {
                bail!("the PostgreSQL URL names no host: write postgres://USER@HOST:PORT/DATABASE");
            }
            if parsed.path().trim_start_matches('/').is_empty() {
                bail!("the PostgreSQL URL names no database: write postgres://USER@HOST:PORT/DATABASE");
            }
        }
        Ok(Self {
            url: text.to_string(),
            backend,
        })
    }

    /// The SQLite file in `data_dir` (created on first use).
    pub fn sqlite_in(data_dir: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(data_dir)
            .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
        let dir = data_dir
            .canonicalize()
            .with_context(|| format!("cannot resolve the data directory {}", data_dir.display()))?;
        let path = dir.join(DATABASE_FILE);
        make_private(&path)?;
        let path = path
            .to_str()
            .context("the data directory's path is not valid UTF-8")?;
        // `?`, `#` and `%` in a path are percent-encoded; sqlx decodes them.
        let encoded: String = path
            .chars()
            .map(|c| match c {
                '?' => "%3F".to_string(),
                '#' => "%23".to_string(),
                '%' => "%25".to_string(),
                c => c.to_string(),
            })
            .collect();
        Ok(Self {
            url: format!("sqlite://{encoded}?mode=rwc"),
            backend: Backend::Sqlite,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The URL with its password (if any) replaced by `***`.
    pub fn redacted(&self) -> String {
        match url::Url::parse(&self.url) {
            Ok(mut u) if u.password().is_some() => {
                let _ = u.set_password(Some("***"));
                u.to_string()
            }
            Ok(_) => self.url.clone(),
            Err(_) => format!("{}://…", self.backend.name().to_lowercase()),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// Connects without touching the schema (`izde check` reads it as it is).
pub async fn connect(url: &DatabaseUrl) -> anyhow::Result<Pool> {
    sqlx::any::install_default_drivers();
    let options = AnyPoolOptions::new()
        .max_connections(match url.backend {
            Backend::Sqlite => 8,
            Backend::Postgres => 10,
        })
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(|conn, _meta| Box::pin(tune_connection(conn)));
    // Statements are logged at debug level only: a slow batch INSERT would otherwise print tens of
    // thousands of placeholders at warn level (values are never logged either way).
    let connect_options = sqlx::any::AnyConnectOptions::from_str(&url.url)
        .map_err(|e| describe_connect_error(url, e))?
        .log_statements(log::LevelFilter::Debug)
        .log_slow_statements(log::LevelFilter::Debug, Duration::from_secs(1));
    let pool = options
        .connect_with(connect_options)
        .await
        .map_err(|e| describe_connect_error(url, e))?;
    Ok(pool)
}

/// Begins a transaction that writes. On SQLite it takes the write lock at once (`BEGIN
/// IMMEDIATE`), waiting for another writer up to `busy_timeout`: a deferred transaction that reads
/// and then writes cannot wait (SQLite answers "database is locked" at once, since its snapshot may
/// be stale), so two edits at the same moment would fail instead of queueing. Read-only snapshots
/// (backups, audit verification) keep `pool.begin()`.
pub async fn begin(pool: &Pool) -> sqlx::Result<sqlx::Transaction<'static, Db>> {
    if pool
        .connect_options()
        .database_url
        .scheme()
        .starts_with("sqlite")
    {
        pool.begin_with("BEGIN IMMEDIATE").await
    } else {
        pool.begin().await
    }
}

/// [`begin`] on a connection the caller holds (a bulk writer that keeps one connection from batch
/// to batch).
pub async fn begin_on(conn: &mut Conn) -> sqlx::Result<sqlx::Transaction<'_, Db>> {
    use sqlx::Connection as _;
    if conn.backend_name() == "SQLite" {
        conn.begin_with("BEGIN IMMEDIATE").await
    } else {
        conn.begin().await
    }
}

/// A connection of its own for a bulk writer (an import), apart from the pool: it is closed when
/// dropped, never handed to another request with these settings. On SQLite it keeps up to 128 MB
/// of pages in memory (the default is 2 MB: the blind index and the full-text index take keys in
/// no order, and at 100 000 cases each batch found most of their pages evicted since the last),
/// and checkpoints its WAL every 64 MB instead of every 4 MB (a page that every batch changes is
/// copied into the database once per checkpoint, not once per batch). See the README's import
/// benchmark (`make bench-import`).
pub async fn bulk_writer(pool: &Pool) -> sqlx::Result<Conn> {
    use sqlx::Executor as _;
    let mut conn = pool.acquire().await?.detach();
    if conn.backend_name() == "SQLite" {
        conn.execute("PRAGMA cache_size = -131072").await?;
        conn.execute("PRAGMA wal_autocheckpoint = 16384").await?;
    }
    Ok(conn)
}

/// Per-connection settings. SQLite: WAL, so readers never wait for the writer; FULL sync, so that a
/// commit is on the disk before it returns (a page that shows names is sent only once its audit
/// entry is committed, and that must hold across a power cut too; NORMAL would lose the last
/// transactions then) — reading entries are committed many at a time (`server::audit::ReadLog`),
/// so this costs one sync per batch, not per page; foreign keys; a busy timeout for writers of
/// other processes; reads through a memory map of the file (up to SQLite's limit of
/// 2 GiB, shared by every connection through the operating system's cache instead of copied into
/// each one's: 100 000 cases take about 720 MB, and pages read past a smaller map cost a system call
/// each — the words and statistics pages read thousands), and sorting
/// and grouping in memory (the facet counts group a few thousand rows at most per statement).
/// Nothing here may write: a connection opened while another one holds the write lock would wait
/// for it (`optimize` runs once in [`open`] instead).
///
/// PostgreSQL: the planner costs a random page read as 1.1 sequential ones, as on solid-state disks
/// (its default of 4 is for spinning disks): then counting the facets of a few thousand selected
/// cases looks them up by key (24 ms at 100 000 cases) instead of reading every case (68 ms).
async fn tune_connection(conn: &mut Conn) -> sqlx::Result<()> {
    use sqlx::Executor as _;
    if conn.backend_name() == "PostgreSQL" {
        conn.execute("SET random_page_cost = 1.1").await?;
    }
    if conn.backend_name() == "SQLite" {
        let mmap = if MEMORY_MAP.load(std::sync::atomic::Ordering::Relaxed) {
            "PRAGMA mmap_size = 2147418112"
        } else {
            "PRAGMA mmap_size = 0"
        };
        for pragma in [
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 10000",
            // Deleted and overwritten content is zeroed in the file, not left in free pages (an
            // old keyring row, a removed source): see `compact`.
            "PRAGMA secure_delete = ON",
            mmap,
            "PRAGMA temp_store = MEMORY",
        ] {
            conn.execute(pragma).await?;
        }
    }
    Ok(())
}

/// Makes the SQLite file at `path` readable by its owner only (0600), creating it empty if it is
/// not there yet; SQLite gives its WAL and shared-memory files the database file's mode, and any
/// already there are made private too (a data directory from before this).
fn make_private(path: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        if !path.exists() {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
            {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    return Err(e).with_context(|| format!("cannot create {}", path.display()))
                }
            }
        }
        for suffix in ["", "-wal", "-shm"] {
            let mut name = path.as_os_str().to_os_string();
            name.push(suffix);
            let file = std::path::PathBuf::from(name);
            if let Ok(meta) = std::fs::metadata(&file) {
                if meta.permissions().mode() & 0o077 != 0 {
                    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))
                        .with_context(|| format!("cannot make {} private", file.display()))?;
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Leaves no copy of deleted or overwritten rows in the database's files, as far as the backend
/// allows: on SQLite the WAL is checkpointed and truncated and the file rebuilt (`VACUUM`), which
/// with `secure_delete` leaves no old page content behind; on PostgreSQL the keyring and the
/// key-owning tables are vacuumed (old row versions stay in PostgreSQL's write-ahead log and its
/// archives until they are recycled: docs/security.md §2).
pub async fn compact(pool: &Pool, backend: Backend) -> anyhow::Result<()> {
    let statements: &[&str] = match backend {
        Backend::Sqlite => &[
            "PRAGMA wal_checkpoint(TRUNCATE)",
            "VACUUM",
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ],
        Backend::Postgres => &[
            "VACUUM FULL keyring",
            "VACUUM FULL key_recipients",
            "VACUUM cases",
            "VACUUM testifiers",
        ],
    };
    let mut conn = pool.acquire().await.context("acquire")?;
    execute_each(&mut conn, statements).await
}

/// Runs each statement on its own (VACUUM and checkpoints may not run inside a transaction).
async fn execute_each(conn: &mut Conn, statements: &[&str]) -> anyhow::Result<()> {
    for statement in statements {
        sqlx::query(statement)
            .execute(&mut *conn)
            .await
            .with_context(|| format!("cannot run {statement}"))?;
    }
    Ok(())
}

/// After an erasure: the deleted rows leave the database's own files where the backend allows.
/// SQLite (with `secure_delete`) zeroes them in the main file as the WAL is checkpointed, and the
/// WAL is truncated; PostgreSQL's tables that held them are vacuumed (old row versions remain in
/// its write-ahead log, its archives and replicas until those are recycled: docs/security.md).
pub async fn forget_deleted(pool: &Pool) -> anyhow::Result<()> {
    let mut conn = pool.acquire().await.context("acquire")?;
    let statements: &[&str] = if conn.backend_name() == "SQLite" {
        &["PRAGMA wal_checkpoint(TRUNCATE)"]
    } else {
        &[
            "VACUUM cases",
            "VACUUM testifiers",
            "VACUUM case_testifiers",
            "VACUUM case_versions",
            "VACUUM testimonies",
            "VACUUM events",
            "VACUUM sources",
            "VACUUM detentions",
            "VACUUM removals",
            "VACUUM claim_reviews",
            "VACUUM reveal_requests",
            "VACUUM blind_index",
            "VACUUM case_text",
        ]
    };
    execute_each(&mut conn, statements).await
}

/// Whether SQLite connections read through a memory map (see [`tune_connection`]).
static MEMORY_MAP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// For a command that reads the database once from start to end (`izde export`): connections
/// opened from now on read without a memory map, which would only add the file's pages to the
/// process's resident memory (they are the operating system's cache either way).
pub fn read_without_memory_map() {
    MEMORY_MAP.store(false, std::sync::atomic::Ordering::Relaxed);
}

/// A connection failure in words an operator can act on, never with the password.
fn describe_connect_error(url: &DatabaseUrl, e: sqlx::Error) -> anyhow::Error {
    let reason = match &e {
        sqlx::Error::Io(io) => format!("{io}"),
        sqlx::Error::PoolTimedOut => "no answer within 10 seconds".to_string(),
        sqlx::Error::Database(db) => db.message().to_string(),
        sqlx::Error::Configuration(c) => format!("the URL is not usable: {c}"),
        sqlx::Error::Tls(t) => format!("TLS failed: {t}"),
        other => other.to_string(),
    };
    anyhow::anyhow!(
        "cannot reach the {} database at {}: {reason}",
        url.backend.name(),
        url.redacted()
    )
}

/// Connects and applies pending migrations: what `serve` and the other commands do. On SQLite it
/// also refreshes the planner's statistics where they are stale, so that filters keep picking the
/// right index as the data grows.
pub async fn open(url: &DatabaseUrl) -> anyhow::Result<Pool> {
    let pool = connect(url).await?;
    migrate(&pool, url.backend).await?;
    if url.backend == Backend::Sqlite {
        sqlx::query("PRAGMA optimize = 0x10002")
            .execute(&pool)
            .await
            .context("cannot refresh the database statistics")?;
    }
    Ok(pool)
}

/// Refreshes the planner's statistics after a bulk write (an import of many cases): without it
/// PostgreSQL plans the next start's checks as if the tables were still small, and takes minutes.
pub async fn refresh_statistics(pool: &Pool) -> anyhow::Result<()> {
    let mut conn = pool.acquire().await.context("acquire")?;
    let statement = if conn.backend_name() == "PostgreSQL" {
        "ANALYZE"
    } else {
        "PRAGMA optimize = 0x10002"
    };
    sqlx::query(statement)
        .execute(&mut *conn)
        .await
        .context("cannot refresh the database statistics")?;
    Ok(())
}

/// The migrations of one backend: the shared ones in migrations/ and that dialect's own folder.
pub fn migrator(backend: Backend) -> Migrator {
    let shared = sqlx::migrate!("./migrations");
    let dialect = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    let mut all: Vec<Migration> = shared.iter().chain(dialect.iter()).cloned().collect();
    all.sort_by_key(|m| m.version);
    Migrator {
        migrations: Cow::Owned(all),
        ..Migrator::DEFAULT
    }
}

/// The newest schema version this build knows.
pub fn latest_version(backend: Backend) -> i64 {
    migrator(backend)
        .iter()
        .map(|m| m.version)
        .max()
        .unwrap_or(0)
}

/// Applies every pending migration, refusing a database that a newer Izde has migrated.
pub async fn migrate(pool: &Pool, backend: Backend) -> anyhow::Result<()> {
    migrate_to(pool, backend, i64::MAX).await
}

/// Applies pending migrations up to and including `version` (restore loads a backup at the schema
/// version it was made with, then migrates the rest).
pub async fn migrate_to(pool: &Pool, backend: Backend, version: i64) -> anyhow::Result<()> {
    let status = schema_status(pool, backend).await?;
    if let Some(newer) = status.unknown.first() {
        bail!(
            "the database was migrated by a newer Izde (it has schema version {newer}; this build \
             knows up to {}): run the newer Izde, or restore a backup into a new database; nothing \
             was changed",
            status.latest_known
        );
    }
    let full = migrator(backend);
    let subset = Migrator {
        migrations: Cow::Owned(
            full.iter()
                .filter(|m| m.version <= version)
                .cloned()
                .collect(),
        ),
        ..Migrator::DEFAULT
    };
    subset.run(pool).await.map_err(|e| match e {
        MigrateError::VersionMismatch(v) => anyhow::anyhow!(
            "schema version {v} in the database differs from this build's migration {v}: the \
             database was migrated by a different build of Izde"
        ),
        MigrateError::Dirty(v) => anyhow::anyhow!(
            "migration {v} was interrupted earlier and left the database half-migrated; restore \
             the last backup"
        ),
        other => anyhow::Error::new(other).context("cannot apply the database migrations"),
    })
}

/// Where a database's schema stands compared with this build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaStatus {
    /// Versions applied to the database, in order.
    pub applied: Vec<i64>,
    /// Versions this build would apply.
    pub pending: Vec<i64>,
    /// Versions applied by a build newer than this one.
    pub unknown: Vec<i64>,
    pub latest_known: i64,
}

impl SchemaStatus {
    pub fn current(&self) -> Option<i64> {
        self.applied.last().copied()
    }

    /// Refuses a schema that is not exactly this build's (for commands that must not migrate);
    /// `newer` says what to do about a newer one.
    pub fn require_current(&self, newer: &str) -> anyhow::Result<()> {
        if !self.unknown.is_empty() {
            bail!("the database was migrated by a newer Izde: {newer}");
        }
        if !self.pending.is_empty() {
            bail!(
                "the database is at schema version {}, and this Izde expects {}: run `izde \
                 migrate` first",
                self.current().unwrap_or(0),
                self.latest_known
            );
        }
        Ok(())
    }
}

/// Reads the migration table without creating or changing anything.
pub async fn schema_status(pool: &Pool, backend: Backend) -> anyhow::Result<SchemaStatus> {
    let mut conn = pool
        .acquire()
        .await
        .context("cannot open a database connection")?;
    let exists_sql = match backend {
        Backend::Sqlite => {
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'"
        }
        Backend::Postgres => {
            "SELECT COUNT(*) FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_name = '_sqlx_migrations'"
        }
    };
    let exists: i64 = sqlx::query_scalar(exists_sql)
        .fetch_one(&mut *conn)
        .await
        .context("cannot read the database's tables")?;
    let applied: Vec<i64> = if exists > 0 {
        sqlx::query_scalar(
            "SELECT version FROM _sqlx_migrations WHERE success = TRUE ORDER BY version",
        )
        .fetch_all(&mut *conn)
        .await
        .context("cannot read the applied migrations")?
    } else {
        Vec::new()
    };
    drop(conn);
    let known: Vec<i64> = migrator(backend).iter().map(|m| m.version).collect();
    Ok(SchemaStatus {
        pending: known
            .iter()
            .copied()
            .filter(|v| !applied.contains(v))
            .collect(),
        unknown: applied
            .iter()
            .copied()
            .filter(|v| !known.contains(v))
            .collect(),
        latest_known: known.last().copied().unwrap_or(0),
        applied,
    })
}

/// Runs `statement` for PostgreSQL only (settings SQLite does not have).
pub async fn postgres_only(conn: &mut Conn, backend: Backend, statement: &str) -> sqlx::Result<()> {
    if backend == Backend::Postgres {
        sqlx::query(statement).execute(conn).await?;
    }
    Ok(())
}

/// The current time as stored: RFC 3339 UTC with milliseconds (sorts as text).
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
