//! `imports`: the external references of imported cases (sealed, found by blind index) and each
//! import run's progress.

use super::sql::{insert, insert_into, Sql};
use super::{Conn, Pool};
use sqlx::FromRow;

/// A case's id in the database it was imported from.
#[derive(Clone, Debug, FromRow)]
pub struct ExternalRefRow {
    pub id: String,
    pub case_id: String,
    /// Blind index of the reference (see the migration).
    pub digest: String,
    pub kek_version: i64,
    pub ref_sealed: Vec<u8>,
    /// Keyed digest of the row as last imported.
    pub row_digest: String,
    pub import_id: String,
    pub line: i64,
    pub updated_at: String,
}

insert_into! { "case_external_refs", ExternalRefRow, [
    id, case_id, digest, kek_version, ref_sealed, row_digest, import_id, line, updated_at
]}

/// What a lookup of references returns (no sealed bytes: they are not needed to compare).
#[derive(Clone, Debug, FromRow)]
pub struct FoundRef {
    pub id: String,
    pub case_id: String,
    pub digest: String,
    pub row_digest: String,
    pub import_id: String,
    pub line: i64,
}

/// The references among `digests` that are recorded.
pub async fn find_refs(conn: &mut Conn, digests: &[String]) -> sqlx::Result<Vec<FoundRef>> {
    let mut found = Vec::new();
    for chunk in digests.chunks(500) {
        let mut q = Sql::new(
            "SELECT id, case_id, digest, row_digest, import_id, line FROM case_external_refs
             WHERE digest IN ",
        );
        q.bind_list(chunk.iter().cloned());
        found.extend(q.fetch_all_in::<FoundRef>(&mut *conn).await?);
    }
    Ok(found)
}

pub async fn insert_refs(conn: &mut Conn, rows: &[ExternalRefRow]) -> sqlx::Result<()> {
    insert(conn, rows).await
}

/// Records that import `import_id` found the reference `id` at `line` with a row of `row_digest`.
pub async fn touch_ref(
    conn: &mut Conn,
    id: &str,
    row_digest: &str,
    import_id: &str,
    line: i64,
    now: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE case_external_refs SET row_digest = $2, import_id = $3, line = $4, updated_at = $5
         WHERE id = $1",
    )
    .bind(id)
    .bind(row_digest)
    .bind(import_id)
    .bind(line)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// A reference whose blind index was made under another KEK, with its case's wrapped key.
#[derive(Clone, Debug, FromRow)]
pub struct StaleRef {
    pub id: String,
    pub case_id: String,
    pub ref_sealed: Vec<u8>,
    pub dek_wrapped: Vec<u8>,
}

/// Up to `limit` references not indexed under the KEK `current`.
pub async fn stale_refs(pool: &Pool, current: i64, limit: i64) -> sqlx::Result<Vec<StaleRef>> {
    sqlx::query_as(
        "SELECT r.id, r.case_id, r.ref_sealed, c.dek_wrapped
         FROM case_external_refs r JOIN cases c ON c.id = r.case_id
         WHERE r.kek_version <> $1 ORDER BY r.id LIMIT $2",
    )
    .bind(current)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Gives the reference `id` its blind index under the KEK `kek_version`. The digest of its row
/// cannot be made again (the row is not kept): it is cleared, so the next import of that row saves
/// it once more, as a changed row.
pub async fn redigest(
    conn: &mut Conn,
    id: &str,
    digest: &str,
    kek_version: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE case_external_refs SET digest = $2, kek_version = $3, row_digest = '' WHERE id = $1",
    )
    .bind(id)
    .bind(digest)
    .bind(kek_version)
    .execute(conn)
    .await?;
    Ok(())
}

/// One import run.
#[derive(Clone, Debug, Default, FromRow)]
pub struct ImportRow {
    pub id: String,
    pub file_digest: String,
    pub started_by: Option<String>,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub lines_done: i64,
    pub created: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub rejected: i64,
}

insert_into! { "imports", ImportRow, [
    id, file_digest, started_by, started_at, finished_at, lines_done, created, updated, unchanged,
    rejected
]}

/// The last run over the file of `file_digest` that did not finish, if any.
pub async fn unfinished(pool: &Pool, file_digest: &str) -> sqlx::Result<Option<ImportRow>> {
    sqlx::query_as(
        "SELECT id, file_digest, started_by, started_at, finished_at, lines_done, created, updated,
                unchanged, rejected
         FROM imports WHERE file_digest = $1 AND finished_at IS NULL
         ORDER BY started_at DESC LIMIT 1",
    )
    .bind(file_digest)
    .fetch_optional(pool)
    .await
}

/// The last run over the file of `file_digest` that finished, if any.
pub async fn finished(pool: &Pool, file_digest: &str) -> sqlx::Result<Option<ImportRow>> {
    sqlx::query_as(
        "SELECT id, file_digest, started_by, started_at, finished_at, lines_done, created, updated,
                unchanged, rejected
         FROM imports WHERE file_digest = $1 AND finished_at IS NOT NULL
         ORDER BY finished_at DESC LIMIT 1",
    )
    .bind(file_digest)
    .fetch_optional(pool)
    .await
}

/// The run `id`.
pub async fn get(pool: &Pool, id: &str) -> sqlx::Result<Option<ImportRow>> {
    sqlx::query_as(
        "SELECT id, file_digest, started_by, started_at, finished_at, lines_done, created, updated,
                unchanged, rejected
         FROM imports WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

pub async fn start(pool: &Pool, row: &ImportRow) -> sqlx::Result<()> {
    let mut conn = pool.acquire().await?;
    insert(&mut conn, std::slice::from_ref(row)).await
}

/// Moves the run's mark to `lines_done` and adds a batch's counts, in the batch's transaction.
pub async fn progress(conn: &mut Conn, row: &ImportRow) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE imports SET lines_done = $2, created = created + $3, updated = updated + $4,
                unchanged = unchanged + $5, rejected = rejected + $6
         WHERE id = $1",
    )
    .bind(&row.id)
    .bind(row.lines_done)
    .bind(row.created)
    .bind(row.updated)
    .bind(row.unchanged)
    .bind(row.rejected)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn finish(pool: &Pool, id: &str, now: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE imports SET finished_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(pool)
        .await?;
    Ok(())
}
