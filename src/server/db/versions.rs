//! `case_versions`: each case as it was before a save changed it, sealed with the case's data key.

use super::Conn;

/// A kept version as stored: its snapshot is sealed.
#[derive(Debug, sqlx::FromRow)]
pub struct VersionRow {
    pub id: String,
    pub revision: i64,
    /// The username of the account that saved this revision (None: the command line).
    pub recorded_by: Option<String>,
    pub snapshot_sealed: Vec<u8>,
    /// The same version redacted (None until sealed: versions kept before it existed).
    pub public_snapshot_sealed: Option<Vec<u8>>,
}

/// A version to keep.
pub struct NewVersion<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub revision: i64,
    pub recorded_at: &'a str,
    pub recorded_by: Option<&'a str>,
    pub snapshot_sealed: &'a [u8],
    pub public_snapshot_sealed: &'a [u8],
}

/// Whether the case's `revision` is kept already.
pub async fn is_kept(conn: &mut Conn, case_id: &str, revision: i64) -> sqlx::Result<bool> {
    let id: Option<String> =
        sqlx::query_scalar("SELECT id FROM case_versions WHERE case_id = $1 AND revision = $2")
            .bind(case_id)
            .bind(revision)
            .fetch_optional(conn)
            .await?;
    Ok(id.is_some())
}

pub async fn insert(conn: &mut Conn, v: &NewVersion<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO case_versions (id, case_id, revision, recorded_at, recorded_by, snapshot_sealed,
                                    public_snapshot_sealed)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(v.id)
    .bind(v.case_id)
    .bind(v.revision)
    .bind(v.recorded_at)
    .bind(v.recorded_by)
    .bind(v.snapshot_sealed)
    .bind(v.public_snapshot_sealed)
    .execute(conn)
    .await?;
    Ok(())
}

/// The kept versions of a case (every one, or only `revision`), oldest first.
pub async fn of_case(
    conn: &mut Conn,
    case_id: &str,
    revision: Option<i64>,
) -> sqlx::Result<Vec<VersionRow>> {
    sqlx::query_as(
        "SELECT v.id, v.revision, u.username AS recorded_by, v.snapshot_sealed,
                v.public_snapshot_sealed FROM case_versions v
         LEFT JOIN users u ON u.id = v.recorded_by
         WHERE v.case_id = $1 AND ($2 IS NULL OR v.revision = $2) ORDER BY v.revision",
    )
    .bind(case_id)
    .bind(revision)
    .fetch_all(conn)
    .await
}

/// A kept version without its redacted copy, with its case's wrapped data key.
#[derive(Debug, sqlx::FromRow)]
pub struct UnredactedRow {
    pub id: String,
    pub case_id: String,
    pub dek_wrapped: Vec<u8>,
    pub snapshot_sealed: Vec<u8>,
}

/// Up to `limit` kept versions that have no redacted copy yet.
pub async fn without_public(conn: &mut Conn, limit: i64) -> sqlx::Result<Vec<UnredactedRow>> {
    sqlx::query_as(
        "SELECT v.id, v.case_id, c.dek_wrapped, v.snapshot_sealed FROM case_versions v
         JOIN cases c ON c.id = v.case_id
         WHERE v.public_snapshot_sealed IS NULL ORDER BY v.id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// Stores the redacted copy of a kept version.
pub async fn set_public(conn: &mut Conn, id: &str, sealed: &[u8]) -> sqlx::Result<()> {
    sqlx::query("UPDATE case_versions SET public_snapshot_sealed = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
