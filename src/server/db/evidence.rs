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
