//! The evidence locker's rows (`evidence_files`): what each stored file is, whom it belongs to, its
//! sealed name, hash and key, and its last integrity check. The bytes are in the blob store
//! (`server::evidence::store`), never here.

use super::sql::insert_into;
use super::Conn;

/// One stored file, as kept.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EvidenceRow {
    pub id: String,
    pub case_id: String,
    pub attached_kind: String,
    pub attached_id: String,
    pub kind: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub name_sealed: Vec<u8>,
    pub sha256_sealed: Vec<u8>,
    pub key_sealed: Vec<u8>,
    pub added_by: Option<String>,
    pub added_at: String,
    pub checked_at: Option<String>,
    pub damaged_at: Option<String>,
}

insert_into! { "evidence_files", EvidenceRow, [
    id, case_id, attached_kind, attached_id, kind, media_type, size_bytes, name_sealed,
    sha256_sealed, key_sealed, added_by, added_at, checked_at, damaged_at
]}

const COLUMNS: &str = "id, case_id, attached_kind, attached_id, kind, media_type, size_bytes, \
                       name_sealed, sha256_sealed, key_sealed, added_by, added_at, checked_at, \
                       damaged_at";

/// A case's files, oldest first.
pub async fn of_case(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<EvidenceRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM evidence_files WHERE case_id = $1 ORDER BY added_at, id"
    ))
    .bind(case_id)
    .fetch_all(conn)
    .await
}

/// One file of a case.
pub async fn get(conn: &mut Conn, case_id: &str, id: &str) -> sqlx::Result<Option<EvidenceRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM evidence_files WHERE case_id = $1 AND id = $2"
    ))
    .bind(case_id)
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// The ids of a case's files.
pub async fn ids_of_case(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT id FROM evidence_files WHERE case_id = $1 ORDER BY id")
        .bind(case_id)
        .fetch_all(conn)
        .await
}

/// Every file's id and case, in the order they were added (for the integrity check).
pub async fn all_ids(conn: &mut Conn) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as("SELECT id, case_id FROM evidence_files ORDER BY added_at, id")
        .fetch_all(conn)
        .await
}

/// Notes an integrity check of a file at `at`: damaged (since the first check that found it so)
/// or sound.
pub async fn mark_checked(conn: &mut Conn, id: &str, at: &str, damaged: bool) -> sqlx::Result<()> {
    let damaged_at = if damaged {
        "COALESCE(damaged_at, $1)"
    } else {
        "NULL"
    };
    sqlx::query(&format!(
        "UPDATE evidence_files SET checked_at = $1, damaged_at = {damaged_at} WHERE id = $2"
    ))
    .bind(at)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether `item` is a testimony (`kind` "testimony") or a source ("source") of case `case_id`.
pub async fn item_of_case(
    conn: &mut Conn,
    kind: &str,
    item: &str,
    case_id: &str,
) -> sqlx::Result<bool> {
    let table = match kind {
        "testimony" => "testimonies",
        "source" => "sources",
        _ => return Ok(false),
    };
    let (found,): (i64,) = sqlx::query_as(&format!(
        "SELECT COUNT(*) FROM {table} WHERE id = $1 AND case_id = $2"
    ))
    .bind(item)
    .bind(case_id)
    .fetch_one(conn)
    .await?;
    Ok(found > 0)
}

/// A source's archived web page and what re-checks found.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ArchiveRow {
    pub source_id: String,
    pub case_id: String,
    pub url: String,
    pub evidence_id: String,
    pub http_status: i64,
    pub final_url: String,
    pub archived_at: String,
    pub archived_by: Option<String>,
    pub state: String,
    pub checked_at: Option<String>,
    pub last_status: Option<i64>,
    pub state_since: String,
}

const ARCHIVE_COLUMNS: &str = "source_id, case_id, url, evidence_id, http_status, final_url, \
                               archived_at, archived_by, state, checked_at, last_status, \
                               state_since";

/// Records (or replaces) the archive of a source.
pub async fn put_archive(conn: &mut Conn, row: &ArchiveRow) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM source_archives WHERE source_id = $1")
        .bind(&row.source_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(&format!(
        "INSERT INTO source_archives ({ARCHIVE_COLUMNS}) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
    ))
    .bind(&row.source_id)
    .bind(&row.case_id)
    .bind(&row.url)
    .bind(&row.evidence_id)
    .bind(row.http_status)
    .bind(&row.final_url)
    .bind(&row.archived_at)
    .bind(&row.archived_by)
    .bind(&row.state)
    .bind(&row.checked_at)
    .bind(row.last_status)
    .bind(&row.state_since)
    .execute(conn)
    .await?;
    Ok(())
}

/// The archives of a case's sources.
pub async fn archives_of(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<ArchiveRow>> {
    sqlx::query_as(&format!(
        "SELECT {ARCHIVE_COLUMNS} FROM source_archives WHERE case_id = $1"
    ))
    .bind(case_id)
    .fetch_all(conn)
    .await
}

/// Every archive, oldest check first (for the re-check).
pub async fn all_archives(conn: &mut Conn) -> sqlx::Result<Vec<ArchiveRow>> {
    sqlx::query_as(&format!(
        "SELECT {ARCHIVE_COLUMNS} FROM source_archives ORDER BY checked_at, source_id"
    ))
    .fetch_all(conn)
    .await
}

/// Notes a re-check: its time and answer, and the state (with when it began, if it changed).
pub async fn mark_rechecked(
    conn: &mut Conn,
    source_id: &str,
    at: &str,
    status: i64,
    state: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE source_archives SET checked_at = $1, last_status = $2,
                state_since = CASE WHEN state = $3 THEN state_since ELSE $1 END, state = $3
          WHERE source_id = $4",
    )
    .bind(at)
    .bind(status)
    .bind(state)
    .bind(source_id)
    .execute(conn)
    .await?;
    Ok(())
}
