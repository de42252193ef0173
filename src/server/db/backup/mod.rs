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
//! {"file":{"id":"…","size":1234}}       an evidence file's sealed bytes follow (format 3)
//! {"part":"…base64…"}                    up to 192 KiB of them per line
//! …
//! {"end":{"rows":{"cases":30,…},"files":1,"sha256":"…","kek_version":2,"tag":"…"}}
//! ```
//!
//! Evidence files are carried as they are stored: sealed chunks (server::crypto::chunks), so the
//! backup's own encryption is a second layer. Restore writes them to the target's blob store and,
//! before it commits, reads each one back and checks every chunk and its SHA-256.
//!
//! The last line holds the SHA-256 of every line before it and a tag of that hash (HMAC-SHA256
//! under a key derived from the KEK of `kek_version`, the newest in the backup's keyring), so
//! nobody without a KEK of the installation can change a line and make the file whole again.
//!
//! Sensitive columns stay sealed inside it exactly as they are in the database. A file cut short
//! (a backup killed midway, a truncated copy) fails age's stream authentication or lacks the last
//! line, and restore refuses it before committing anything. Restore refuses a file that is not
//! `age` (anyone can write plain JSON lines), a keyring or recipient list the restoring key does
//! not authenticate (see `crypto::keyring`), and a trailer that does not match; it shows who the
//! file would let in (recipients, admin accounts, the audit log's head) and asks before it commits.
//! It writes everything in one transaction, into a database that holds no records.

use super::installation::{self, Installation};
use super::sql::{insert_rows, Values};
use super::{migrate, migrate_to, postgres_only, schema_status, Backend, DatabaseUrl, Pool};
use crate::server::crypto::backup_stream::{self, StreamError};
use crate::server::crypto::{BackupSeal, OnlineIdentity, ServerKeys, StreamRecipient};
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
/// The newest layout this build writes and reads: 3 carries evidence files after the tables.
/// Format 2 (tables only) is read too; format 1 (before the trailer was authenticated) is
/// refused: it proves nothing about who wrote it.
pub const FORMAT_VERSION: u32 = 3;
/// The oldest layout this build reads.
pub const OLDEST_FORMAT: u32 = 2;
/// Sealed bytes of an evidence file per `part` line.
const PART_BYTES: u64 = 192 * 1024;

/// The record tables, parents before children (the order restore inserts them in).
pub const TABLES: &[&str] = &[
    "key_recipients",
    "keyring",
    "users",
    "account_secrets",
    // Only the places admins added (see [`rows_of`]).
    "locations",
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
    "removals",
    "case_assignments",
    "reveal_requests",
    "case_versions",
    "erasures",
    "duplicate_pairs",
    "case_merges",
    "merged_versions",
    // The evidence locker's records (sealed names, hashes and file keys); the files' sealed bytes
    // are in the blob store, backed up beside this file (README, "Evidence").
    "evidence_files",
    "source_archives",
    // Imported cases' references in their source databases, and the import runs.
    "case_external_refs",
    "imports",
    // The public register's approvals, and what its last publication held.
    "register_approvals",
    "register_published",
    "register_publications",
    "settings",
    "signing_keys",
    // The audit trail and its head, so that a restored installation's chain still verifies.
    "audit_log",
    "audit_read_cases",
    "audit_head",
    "export_manifests",
];

/// Tables that are not records: filled by migrations (the same in every installation), the
/// installation itself (carried in the header), one database's bookkeeping, or derived from the
/// records (the blind indexes of cases and testifiers are made again at the first start after a
/// restore), or short-lived (log-in sessions and failure counts: a restored installation starts
/// with everyone logged out).
pub const NOT_RECORDS: &[&str] = &[
    "_sqlx_migrations",
    "vocabulary_terms",
    "installation",
    // Tells running instances to read the places again; a restored one reads them at start.
    "gazetteer_version",
    "claims",
    // The records' version, for caches of one running installation.
    "data_version",
    "blind_index",
    "testifier_index",
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
    // Personal API tokens are credentials like sessions: a restored installation starts with none.
    "api_tokens",
];

/// The rows of `table` a backup holds: all of them, except in `locations` only the places admins
/// added (the seeded gazetteer comes with the migrations of the installation restored into).
pub fn rows_of(table: &str) -> String {
    match table {
        "locations" => "locations WHERE added_at IS NOT NULL".to_string(),
        other => other.to_string(),
    }
}

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
    /// Evidence files carried after the tables (format 3).
    #[serde(default)]
    pub files: u64,
}

/// An evidence file carried in the backup: its id and the size of its sealed form.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct FileHeader {
    id: String,
    size: u64,
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
    #[serde(default)]
    files: u64,
    sha256: String,
    /// The KEK whose derived key made `tag`.
    kek_version: i64,
    /// HMAC-SHA256 of the installation id and `sha256`, hex ([`crate::server::crypto::BackupSeal`]).
    tag: String,
}

/// One line of the file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Marker {
    Header(Box<Header>),
    Table(TableHeader),
    File(FileHeader),
    /// Base64 of the next sealed bytes of the current file.
    Part(String),
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
            let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {}", rows_of(table)))
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
    /// Evidence files written (backup) or restored and checked (restore).
    pub files: u64,
    pub installation: Installation,
    pub schema_version: i64,
    pub bytes: u64,
}

mod restore;
mod write;

pub use restore::{restore, Installing};
pub use write::backup;

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
}
