//! `izde backup` and `izde restore`: a consistent snapshot of either backend in one portable file.
//!
//! The file is an `age` stream (encrypted to the server's key and any recovery recipients) holding
//! JSON lines:
//!
//! ```text
//! {"header":{"format":"izde-backup","version":1,"installation":{…},"schema_version":4,"rows":{…},…}}
//! {"table":{"name":"cases","columns":[{"name":"id","type":"text"},…]}}
//! ["0193…", "…base64…", 1, …]            one JSON array per row, in the table's column order
//! …
//! {"end":{"rows":{"cases":30,…},"sha256":"…"}}   SHA-256 of every line before this one
//! ```
//!
//! Sensitive columns stay sealed inside it exactly as they are in the database. A file cut short
//! (a backup killed midway, a truncated copy) fails age's stream authentication or lacks the last
//! line, and restore refuses it before committing anything. Restore writes everything in one
//! transaction, into a database that holds no records.

use super::installation::{self, Installation};
use super::records::insert_rows;
use super::sql::Values;
use super::{migrate, migrate_to, postgres_only, schema_status, Backend, DatabaseUrl, Pool};
use crate::server::crypto::backup_stream::{self, StreamError};
use crate::server::crypto::{OnlineIdentity, StreamRecipient};
use anyhow::{bail, Context};
use base64::Engine as _;
use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// What the first line says the file is.
pub const FORMAT: &str = "izde-backup";
/// The newest layout this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// The record tables, parents before children (the order restore inserts them in).
pub const TABLES: &[&str] = &[
    "key_recipients",
    "keyring",
    "users",
    "account_secrets",
    "cases",
    "testifiers",
    "case_testifiers",
    "detentions",
    "events",
    "sources",
    "event_sources",
    "claim_sources",
    "claim_reviews",
    "testimonies",
    "case_assignments",
    "reveal_requests",
    "case_versions",
    "settings",
    // The audit trail and its head, so that a restored installation's chain still verifies.
    "audit_log",
    "audit_head",
];

/// Tables that are not records: filled by migrations (the same in every installation), the
/// installation itself (carried in the header), one database's bookkeeping, or derived from the
/// records (the blind index is made again at the first start after a restore), or short-lived
/// (log-in sessions and failure counts: a restored installation starts with everyone logged out).
pub const NOT_RECORDS: &[&str] = &[
    "_sqlx_migrations",
    "vocabulary_terms",
    "locations",
    "installation",
    "claims",
    // The records' version, for caches of one running installation.
    "data_version",
    "blind_index",
    // The full-text index (src/server/text.rs) and SQLite's FTS5 tables behind it.
    "case_text",
    "case_text_fts",
    "case_text_fts_data",
    "case_text_fts_idx",
    "case_text_fts_docsize",
    "case_text_fts_config",
    // The facet counts each write keeps from the full-text rows.
    "facet_totals",
    "facet_pairs",
    "sessions",
    "login_throttle",
    "login_challenges",
];

/// Rows per INSERT batch while restoring.
const RESTORE_BATCH: usize = 2_000;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: u32,
    pub installation: Installation,
    /// The schema version of the database it was taken from.
    pub schema_version: i64,
    /// Rows per table, counted inside the same snapshot.
    pub rows: BTreeMap<String, u64>,
    pub created_at: String,
    pub izde_version: String,
    pub source_backend: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct TableHeader {
    name: String,
    columns: Vec<Column>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
struct Column {
    name: String,
    #[serde(rename = "type")]
    kind: Kind,
}

/// The portable column types: what both backends store.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Kind {
    Integer,
    Real,
    Text,
    Blob,
}

impl Kind {
    /// From a declared SQLite type or a PostgreSQL `data_type`.
    fn of_declared(declared: &str) -> Option<Kind> {
        let t = declared.to_ascii_lowercase();
        if t.contains("int") {
            Some(Kind::Integer)
        } else if t.contains("blob") || t == "bytea" {
            Some(Kind::Blob)
        } else if t.contains("text") || t.contains("char") {
            Some(Kind::Text)
        } else if t.contains("real") || t.contains("double") || t.contains("float") {
            Some(Kind::Real)
        } else {
            None
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Totals {
    rows: BTreeMap<String, u64>,
    sha256: String,
}

/// One line of the file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Marker {
    Header(Box<Header>),
    Table(TableHeader),
    End(Totals),
}

/// The columns of `table` as the database declares them.
async fn columns_of(pool: &Pool, backend: Backend, table: &str) -> anyhow::Result<Vec<Column>> {
    let rows: Vec<(String, String)> = match backend {
        Backend::Sqlite => {
            sqlx::query_as("SELECT name, type FROM pragma_table_info($1) ORDER BY cid")
                .bind(table)
                .fetch_all(pool)
                .await
        }
        Backend::Postgres => {
            sqlx::query_as(
                "SELECT column_name::text, data_type::text FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(pool)
            .await
        }
    }
    .with_context(|| format!("cannot read the columns of {table}"))?;
    rows.into_iter()
        .map(|(name, declared)| {
            let kind = Kind::of_declared(&declared).with_context(|| {
                format!("column {table}.{name} has a type ({declared}) backups cannot carry")
            })?;
            Ok(Column { name, kind })
        })
        .collect()
}

/// Every table in the database's schema.
pub async fn tables_of(pool: &Pool, backend: Backend) -> anyhow::Result<Vec<String>> {
    let sql = match backend {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        }
    };
    let rows: Vec<(String,)> = sqlx::query_as(sql)
        .fetch_all(pool)
        .await
        .context("cannot list the database's tables")?;
    Ok(rows.into_iter().map(|(n,)| n).collect())
}

/// How many records each record table holds (zero for tables that do not exist yet).
pub async fn record_counts(pool: &Pool, backend: Backend) -> anyhow::Result<BTreeMap<String, u64>> {
    let existing = tables_of(pool, backend).await?;
    let mut out = BTreeMap::new();
    for table in TABLES {
        let n = if existing.iter().any(|t| t == table) {
            let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(pool)
                .await
                .with_context(|| format!("cannot count the rows of {table}"))?;
            n.max(0) as u64
        } else {
            0
        };
        out.insert((*table).to_string(), n);
    }
    Ok(out)
}

/// What a finished backup or restore reports.
#[derive(Debug)]
pub struct Summary {
    pub rows: BTreeMap<String, u64>,
    pub installation: Installation,
    pub schema_version: i64,
    pub bytes: u64,
}

// ---------------------------------------------------------------------------------------------
// Backup.

enum Chunk {
    Line(Vec<u8>),
    Done,
}

/// Writes a backup of the database behind `pool` to `out`, encrypted to `recipients`.
///
/// The file appears at `out` only when it is complete: it is written to `out.partial` and linked
/// into place after the last line and an fsync. `out` must not exist yet.
pub async fn backup(
    pool: &Pool,
    backend: Backend,
    out: &Path,
    recipients: Vec<StreamRecipient>,
) -> anyhow::Result<Summary> {
    if recipients.is_empty() {
        bail!("a backup needs at least one age recipient to be encrypted to");
    }
    if out.exists() {
        bail!(
            "{} already exists: choose another file name (a backup never overwrites a file)",
            out.display()
        );
    }
    let status = schema_status(pool, backend).await?;
    status.require_current("back it up with that version")?;
    let mut tx = pool.begin().await.context("cannot start the snapshot")?;
    // One snapshot for every table: REPEATABLE READ on PostgreSQL; on SQLite (WAL) a read
    // transaction sees the database as it was at its first read.
    postgres_only(
        &mut tx,
        backend,
        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
    )
    .await
    .context("cannot start the snapshot")?;
    let installation = installation::get(&mut tx)
        .await
        .context("cannot read the installation")?
        .context("the database has no installation yet (no server has started on it): nothing to back up")?;

    let mut rows = BTreeMap::new();
    for table in TABLES {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&mut *tx)
            .await
            .with_context(|| format!("cannot count the rows of {table}"))?;
        rows.insert((*table).to_string(), n.max(0) as u64);
    }
    let header = Header {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        installation: installation.clone(),
        schema_version: status.current().unwrap_or(0),
        rows: rows.clone(),
        created_at: super::now(),
        izde_version: env!("CARGO_PKG_VERSION").into(),
        source_backend: backend.name().into(),
    };

    let (sender, receiver) = std::sync::mpsc::sync_channel::<Chunk>(256);
    let partial = partial_path(out);
    let writer = {
        let (partial, out) = (partial.clone(), out.to_path_buf());
        std::thread::spawn(move || write_file(&partial, &out, recipients, receiver))
    };
    let progress = indicatif::ProgressBar::new(rows.values().sum());
    let mut hasher = Sha256::new();
    let mut send = |line: Vec<u8>| -> anyhow::Result<()> {
        hasher.update(&line);
        sender
            .send(Chunk::Line(line))
            .map_err(|_| anyhow::anyhow!("the backup writer stopped"))
    };
    let produced: anyhow::Result<()> = async {
        send(json_line(&Marker::Header(Box::new(header.clone())))?)?;
        for table in TABLES {
            let columns = columns_of(pool, backend, table).await?;
            let list = columns
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            send(json_line(&Marker::Table(TableHeader {
                name: (*table).to_string(),
                columns: columns.clone(),
            }))?)?;
            let sql = format!("SELECT {list} FROM {table} ORDER BY 1, 2");
            let mut stream = sqlx::query(&sql).fetch(&mut *tx);
            while let Some(row) = stream
                .try_next()
                .await
                .with_context(|| format!("cannot read {table}"))?
            {
                send(row_line(&row, &columns)?)?;
                progress.inc(1);
            }
        }
        Ok(())
    }
    .await;
    tx.rollback().await.ok();
    progress.finish_and_clear();
    if let Err(e) = produced {
        drop(sender);
        let written = writer.join();
        let _ = std::fs::remove_file(&partial);
        // When the writer failed first (a full disk, say), its error is the cause.
        return Err(match written {
            Ok(Err(cause)) => cause,
            _ => e,
        });
    }
    let totals = Totals {
        rows: rows.clone(),
        sha256: hex::encode(hasher.finalize()),
    };
    let trailer = json_line(&Marker::End(totals))?;
    let finished = sender
        .send(Chunk::Line(trailer))
        .and_then(|()| sender.send(Chunk::Done));
    drop(sender);
    let bytes = writer
        .join()
        .map_err(|_| anyhow::anyhow!("the backup writer panicked"))??;
    finished.map_err(|_| anyhow::anyhow!("the backup writer stopped"))?;
    Ok(Summary {
        rows,
        installation,
        schema_version: header.schema_version,
        bytes,
    })
}

fn partial_path(out: &Path) -> PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    out.with_file_name(name)
}

fn json_line<T: Serialize>(value: &T) -> anyhow::Result<Vec<u8>> {
    let mut line = serde_json::to_vec(value).context("cannot encode a backup line")?;
    line.push(b'\n');
    Ok(line)
}

fn row_line(row: &AnyRow, columns: &[Column]) -> anyhow::Result<Vec<u8>> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut values = Vec::with_capacity(columns.len());
    for (i, column) in columns.iter().enumerate() {
        let value = match column.kind {
            Kind::Integer => row
                .try_get::<Option<i64>, _>(i)
                .map(|v| v.map_or(serde_json::Value::Null, Into::into)),
            Kind::Real => row
                .try_get::<Option<f64>, _>(i)
                .map(|v| v.map_or(serde_json::Value::Null, Into::into)),
            Kind::Text => row
                .try_get::<Option<String>, _>(i)
                .map(|v| v.map_or(serde_json::Value::Null, Into::into)),
            Kind::Blob => row
                .try_get::<Option<Vec<u8>>, _>(i)
                .map(|v| v.map_or(serde_json::Value::Null, |b| b64.encode(b).into())),
        }
        .with_context(|| format!("cannot read column {}", column.name))?;
        values.push(value);
    }
    json_line(&values)
}

/// The writer thread: encrypts lines into `partial`, and links it to `out` once complete.
fn write_file(
    partial: &Path,
    out: &Path,
    recipients: Vec<StreamRecipient>,
    receiver: std::sync::mpsc::Receiver<Chunk>,
) -> anyhow::Result<u64> {
    let result = (|| -> anyhow::Result<u64> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options
            .open(partial)
            .with_context(|| format!("cannot create {}", partial.display()))?;
        let mut writer =
            backup_stream::encrypt_to(&recipients, BufWriter::with_capacity(1 << 20, file))
                .map_err(|e| match e {
                    StreamError::Io(e) => {
                        anyhow::Error::new(e).context("cannot start the encrypted stream")
                    }
                    other => anyhow::anyhow!("cannot encrypt the backup: {other}"),
                })?;
        let mut complete = false;
        for chunk in receiver {
            match chunk {
                Chunk::Line(line) => writer
                    .write_all(&line)
                    .with_context(|| format!("cannot write {}", partial.display()))?,
                Chunk::Done => {
                    complete = true;
                    break;
                }
            }
        }
        if !complete {
            bail!("the backup stopped before its end");
        }
        let file = writer
            .finish()
            .and_then(|w| w.into_inner().map_err(|e| e.into_error()))
            .with_context(|| format!("cannot finish {}", partial.display()))?;
        file.sync_all()
            .with_context(|| format!("cannot flush {}", partial.display()))?;
        let bytes = file.metadata().map(|m| m.len()).unwrap_or(0);
        // A link, unlike a rename, never replaces a file that appeared at `out` meanwhile.
        std::fs::hard_link(partial, out)
            .with_context(|| format!("cannot move the finished backup to {}", out.display()))?;
        std::fs::remove_file(partial).ok();
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
            if let Ok(dir) = std::fs::File::open(dir) {
                dir.sync_all().ok();
            }
        }
        Ok(bytes)
    })();
    if result.is_err() {
        std::fs::remove_file(partial).ok();
    }
    result
}

// ---------------------------------------------------------------------------------------------
// Restore.

/// What the reader thread hands over, line by line.
enum Item {
    Header(Box<Header>),
    Table(TableHeader),
    Row(Vec<serde_json::Value>),
    End(Totals),
}

/// A value ready to bind, typed so that PostgreSQL accepts even its NULLs.
enum Value {
    Null(Kind),
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Value {
    fn from_json(value: serde_json::Value, kind: Kind) -> Option<Value> {
        use serde_json::Value as J;
        Some(match (value, kind) {
            (J::Null, kind) => Value::Null(kind),
            (J::Number(n), Kind::Integer) => Value::Integer(n.as_i64()?),
            (J::Number(n), Kind::Real) => Value::Real(n.as_f64()?),
            (J::String(s), Kind::Text) => Value::Text(s),
            (J::String(s), Kind::Blob) => {
                Value::Blob(base64::engine::general_purpose::STANDARD.decode(s).ok()?)
            }
            _ => return None,
        })
    }

    fn bind<'q>(&'q self, values: &mut Values<'_, 'q>) {
        match self {
            Value::Null(Kind::Integer) => values.bind(None::<i64>),
            Value::Null(Kind::Real) => values.bind(None::<f64>),
            Value::Null(Kind::Text) => values.bind(None::<String>),
            Value::Null(Kind::Blob) => values.bind(None::<Vec<u8>>),
            Value::Integer(v) => values.bind(*v),
            Value::Real(v) => values.bind(*v),
            Value::Text(v) => values.bind(v.as_str()),
            Value::Blob(v) => values.bind(v.as_slice()),
        };
    }
}

/// Opens a backup file for reading lines: decrypts it with `identity` when it is an age file.
fn open_backup(file: &Path, identity: &OnlineIdentity) -> anyhow::Result<Box<dyn BufRead + Send>> {
    let mut raw = BufReader::new(
        std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?,
    );
    let encrypted = raw
        .fill_buf()
        .map(backup_stream::is_encrypted)
        .with_context(|| format!("cannot read {}", file.display()))?;
    if !encrypted {
        return Ok(Box::new(raw));
    }
    let reader = backup_stream::decrypt_with(identity, raw).map_err(|e| match e {
        StreamError::NotAge(e) => {
            anyhow::anyhow!("{} is not a readable age file: {e}", file.display())
        }
        StreamError::OtherKeys => anyhow::anyhow!(
            "{} is encrypted to other keys than this server's ({}): it is from a \
             different installation, or needs that installation's key",
            file.display(),
            identity.recipient()
        ),
        other => anyhow::anyhow!("cannot decrypt {}: {other}", file.display()),
    })?;
    Ok(Box::new(BufReader::with_capacity(1 << 20, reader)))
}

/// The reader thread: parses lines, checks the trailer's hash, and hands items over.
fn read_items(
    mut reader: Box<dyn BufRead + Send>,
    sender: tokio::sync::mpsc::Sender<anyhow::Result<Item>>,
) {
    let mut hasher = Sha256::new();
    let mut line = Vec::new();
    let mut number = 0u64;
    loop {
        line.clear();
        let read = match reader.read_until(b'\n', &mut line) {
            Ok(n) => n,
            Err(e) => {
                let _ = sender.blocking_send(Err(anyhow::anyhow!(
                    "the backup is damaged or cut short (after line {number}): {e}"
                )));
                return;
            }
        };
        if read == 0 || line.last() != Some(&b'\n') {
            let _ = sender.blocking_send(Err(anyhow::anyhow!(
                "the backup is incomplete: it ends after line {number} without its closing line \
                 (the file was cut short, or the backup was stopped before it finished)"
            )));
            return;
        }
        number += 1;
        let item = if line.first() == Some(&b'[') {
            serde_json::from_slice(&line).map(Item::Row)
        } else {
            serde_json::from_slice::<Marker>(&line).map(|m| match m {
                Marker::Header(h) => Item::Header(h),
                Marker::Table(t) => Item::Table(t),
                Marker::End(t) => Item::End(t),
            })
        };
        let item = match item {
            Ok(item) => item,
            Err(e) => {
                let _ = sender.blocking_send(Err(anyhow::anyhow!(
                    "line {number} of the backup is not valid: {e}"
                )));
                return;
            }
        };
        if let Item::End(totals) = &item {
            if hex::encode(hasher.finalize_reset()) != totals.sha256 {
                let _ = sender.blocking_send(Err(anyhow::anyhow!(
                    "the backup's checksum does not match its contents: the file was altered"
                )));
                return;
            }
            let mut rest = [0u8; 1];
            if reader.read(&mut rest).map(|n| n > 0).unwrap_or(true) {
                let _ = sender.blocking_send(Err(anyhow::anyhow!(
                    "the backup has data after its closing line: the file was altered"
                )));
                return;
            }
            let _ = sender.blocking_send(Ok(item));
            return;
        }
        hasher.update(&line);
        if sender.blocking_send(Ok(item)).is_err() {
            return;
        }
    }
}

/// Restores `file` into the database at `url`, which must hold no records.
///
/// Checks, before anything is written: the file decrypts with `identity`, was made for the
/// installation whose keyring that identity opens, and by a schema this build knows; the target is empty and not
/// newer than the backup. Then migrates the target to the backup's schema version, inserts every
/// row in one transaction that commits only after the closing line's checksum and counts match,
/// and finally applies the migrations that came after the backup.
pub async fn restore(
    url: &DatabaseUrl,
    identity: &OnlineIdentity,
    file: &Path,
) -> anyhow::Result<Summary> {
    let reader = open_backup(file, identity)?;
    let (sender, mut items) = tokio::sync::mpsc::channel(1024);
    let reader_thread = std::thread::spawn(move || read_items(reader, sender));
    let result = restore_items(url, identity, file, &mut items).await;
    drop(items);
    let _ = reader_thread.join();
    result
}

async fn next(
    items: &mut tokio::sync::mpsc::Receiver<anyhow::Result<Item>>,
) -> anyhow::Result<Item> {
    items
        .recv()
        .await
        .unwrap_or_else(|| Err(anyhow::anyhow!("the backup reader stopped")))
}

async fn restore_items(
    url: &DatabaseUrl,
    identity: &OnlineIdentity,
    file: &Path,
    items: &mut tokio::sync::mpsc::Receiver<anyhow::Result<Item>>,
) -> anyhow::Result<Summary> {
    let Item::Header(header) = next(items).await? else {
        bail!("{} does not start like an Izde backup", file.display());
    };
    if header.format != FORMAT {
        bail!("{} is not an Izde backup", file.display());
    }
    if header.version > FORMAT_VERSION {
        bail!(
            "the backup was written in format {} by a newer Izde ({}); this build reads up to \
             format {FORMAT_VERSION}",
            header.version,
            header.izde_version
        );
    }
    let backend = url.backend();
    let latest = super::latest_version(backend);
    if header.schema_version > latest {
        bail!(
            "the backup was made by a newer Izde (schema version {}; this build knows up to \
             {latest}): restore it with that version",
            header.schema_version
        );
    }

    let pool = super::connect(url).await?;
    let result = restore_into(&pool, backend, identity, file, &header, items).await;
    pool.close().await;
    result
}

async fn restore_into(
    pool: &Pool,
    backend: Backend,
    identity: &OnlineIdentity,
    file: &Path,
    header: &Header,
    items: &mut tokio::sync::mpsc::Receiver<anyhow::Result<Item>>,
) -> anyhow::Result<Summary> {
    let status = schema_status(pool, backend).await?;
    if !status.unknown.is_empty() {
        bail!("the target database was migrated by a newer Izde; nothing was changed");
    }
    let holding = record_counts(pool, backend).await?;
    if holding.values().any(|n| *n > 0) {
        bail!(
            "the target database already holds records ({} cases, {} rows in all): restore only \
             into an empty database; nothing was changed",
            holding["cases"],
            holding.values().sum::<u64>()
        );
    }
    if status.current().unwrap_or(0) > header.schema_version {
        bail!(
            "the target database is already at schema version {}, newer than the backup's {}: \
             restore into a new, empty database; nothing was changed",
            status.current().unwrap_or(0),
            header.schema_version
        );
    }
    migrate_to(pool, backend, header.schema_version).await?;

    let mut tx = pool.begin().await.context("cannot start the restore")?;
    let counts = match load_rows(pool, backend, identity, header, &mut tx, items).await {
        Ok(counts) => counts,
        Err(e) => {
            // Rolled back here rather than on drop, so no lock outlives the failed restore.
            tx.rollback().await.ok();
            return Err(e);
        }
    };
    tx.commit().await.context("cannot commit the restore")?;
    migrate(pool, backend).await?;
    let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    Ok(Summary {
        rows: counts,
        installation: header.installation.clone(),
        schema_version: header.schema_version,
        bytes,
    })
}

/// Inserts every row of the backup through `tx`; checks counts and keys before the caller commits.
async fn load_rows(
    pool: &Pool,
    backend: Backend,
    identity: &OnlineIdentity,
    header: &Header,
    tx: &mut super::Conn,
    items: &mut tokio::sync::mpsc::Receiver<anyhow::Result<Item>>,
) -> anyhow::Result<BTreeMap<String, u64>> {
    let progress = indicatif::ProgressBar::new(header.rows.values().sum());
    installation::replace(&mut *tx, &header.installation)
        .await
        .context("cannot write the installation")?;
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let mut current: Option<(TableHeader, Vec<Vec<Value>>)> = None;
    let totals = loop {
        match next(items).await? {
            Item::Header(_) => bail!("the backup has a second header: the file was altered"),
            Item::Table(table) => {
                if let Some((t, rows)) = current.take() {
                    flush(&mut *tx, &t, &rows).await?;
                }
                check_table(pool, backend, &table).await?;
                counts.insert(table.name.clone(), 0);
                current = Some((table, Vec::with_capacity(RESTORE_BATCH)));
            }
            Item::Row(values) => {
                let Some((table, rows)) = current.as_mut() else {
                    bail!("the backup has rows before any table: the file was altered");
                };
                if values.len() != table.columns.len() {
                    bail!("a row of {} has the wrong number of values", table.name);
                }
                let row = values
                    .into_iter()
                    .zip(&table.columns)
                    .map(|(v, c)| {
                        Value::from_json(v, c.kind).with_context(|| {
                            format!("a value of {}.{} is not a {:?}", table.name, c.name, c.kind)
                        })
                    })
                    .collect::<anyhow::Result<Vec<_>>>()?;
                rows.push(row);
                *counts.entry(table.name.clone()).or_default() += 1;
                progress.inc(1);
                if rows.len() >= RESTORE_BATCH {
                    flush(&mut *tx, table, rows).await?;
                    rows.clear();
                }
            }
            Item::End(totals) => {
                if let Some((t, rows)) = current.take() {
                    flush(&mut *tx, &t, &rows).await?;
                }
                break totals;
            }
        }
    };
    progress.finish_and_clear();
    for table in TABLES {
        let got = counts.get(*table).copied().unwrap_or(0);
        let expected = totals.rows.get(*table).copied().unwrap_or(0);
        if got != expected || header.rows.get(*table).copied().unwrap_or(0) != expected {
            bail!("the backup should hold {expected} rows of {table} but holds {got}");
        }
    }
    verify_keys(&mut *tx, identity).await?;
    Ok(counts)
}

/// Refuses a table this build does not know, or a column the target does not have: names from a
/// file never reach SQL unchecked.
async fn check_table(pool: &Pool, backend: Backend, table: &TableHeader) -> anyhow::Result<()> {
    if !TABLES.contains(&table.name.as_str()) {
        bail!("the backup holds a table this Izde does not know: the file was altered");
    }
    let target = columns_of(pool, backend, &table.name).await?;
    for column in &table.columns {
        if !target.iter().any(|c| c.name == column.name) {
            bail!(
                "the backup's {} table has a column {} that the target schema lacks",
                table.name,
                column.name
            );
        }
    }
    Ok(())
}

async fn flush(
    conn: &mut super::Conn,
    table: &TableHeader,
    rows: &[Vec<Value>],
) -> anyhow::Result<()> {
    let columns: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    insert_rows(conn, &table.name, &columns, rows, |values, row| {
        for value in row {
            value.bind(values);
        }
    })
    .await
    .with_context(|| format!("cannot restore the rows of {}", table.name))
}

/// Proves before committing that the restored keyring opens with `identity`, and a data key of
/// each kind with the keyring.
async fn verify_keys(conn: &mut super::Conn, identity: &OnlineIdentity) -> anyhow::Result<()> {
    let keys = crate::server::crypto::keyring::unseal_conn(conn, identity.clone())
        .await
        .context("the backup's keyring does not open with this key: nothing was restored")?;
    for table in ["cases", "testifiers"] {
        let sample: Option<(String, Vec<u8>)> = sqlx::query_as(&format!(
            "SELECT id, dek_wrapped FROM {table} ORDER BY id LIMIT 1"
        ))
        .fetch_optional(&mut *conn)
        .await
        .with_context(|| format!("cannot read back {table}"))?;
        if let Some((id, wrapped)) = sample {
            let owner = uuid::Uuid::parse_str(&id).context("a restored id is not a UUID")?;
            keys.unwrap_data_key(owner, &wrapped).map_err(|_| {
                anyhow::anyhow!(
                    "the restored data keys do not open with this server's key: nothing was restored"
                )
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_types_map_to_portable_kinds() {
        assert_eq!(Kind::of_declared("INTEGER"), Some(Kind::Integer));
        assert_eq!(Kind::of_declared("bigint"), Some(Kind::Integer));
        assert_eq!(Kind::of_declared("BLOB"), Some(Kind::Blob));
        assert_eq!(Kind::of_declared("bytea"), Some(Kind::Blob));
        assert_eq!(Kind::of_declared("TEXT"), Some(Kind::Text));
        assert_eq!(Kind::of_declared("character varying"), Some(Kind::Text));
        assert_eq!(Kind::of_declared("double precision"), Some(Kind::Real));
        assert_eq!(Kind::of_declared("jsonb"), None);
    }

    #[test]
    fn json_values_must_match_their_column() {
        let text = Value::from_json(serde_json::json!("x"), Kind::Integer);
        assert!(text.is_none(), "a string is not an integer");
        assert!(Value::from_json(serde_json::json!("not base64!"), Kind::Blob).is_none());
        assert!(matches!(
            Value::from_json(serde_json::json!("AAE="), Kind::Blob),
            Some(Value::Blob(b)) if b == [0, 1]
        ));
    }
}
