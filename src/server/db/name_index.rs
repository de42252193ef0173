//! `name_index`: the blind index of names and ID numbers (keyed digests only), its candidates for a
//! search, and the cases still to index.

use super::rows::*;
use super::sql::{insert, insert_into, Sql};
use super::{Conn, Pool};

insert_into! { "blind_index", IndexRow, [case_id, kind, digest, kek_version, table_version] }

pub async fn insert_index(conn: &mut Conn, rows: &[IndexRow]) -> sqlx::Result<()> {
    insert(conn, rows).await
}

pub async fn delete_index(conn: &mut Conn, case_id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM blind_index WHERE case_id = $1")
        .bind(case_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Cases found by a search: those with an exact entry first (a whole name, an ID number), then those
/// with an entry for every word; at most `limit`.
pub async fn search_candidates(
    pool: &Pool,
    lookups: &crate::server::records::search::Lookups,
    limit: i64,
) -> sqlx::Result<Vec<String>> {
    let mut q = Sql::new("SELECT case_id FROM (");
    let mut any = false;
    if !lookups.exact.is_empty() {
        q.push("SELECT case_id, 0 AS rank FROM blind_index WHERE ");
        push_entries(&mut q, &lookups.exact);
        any = true;
    }
    if !lookups.tokens.is_empty() {
        if any {
            q.push(" UNION ALL ");
        }
        q.push("SELECT case_id, 1 AS rank FROM blind_index WHERE kind = 'token' AND digest IN ")
            .bind_list(lookups.tokens.iter().map(String::as_str))
            .push(" GROUP BY case_id HAVING COUNT(DISTINCT digest) >= ")
            .bind(lookups.words as i64);
        any = true;
    }
    if !any {
        return Ok(Vec::new());
    }
    q.push(") found GROUP BY case_id ORDER BY MIN(rank), case_id LIMIT ")
        .bind(limit);
    let rows: Vec<(String,)> = q.fetch_all(pool).await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// `(kind = $a AND digest = $b) OR …`: an index entry equal to any of `entries`.
pub(super) fn push_entries<'q>(q: &mut Sql<'q>, entries: &'q [(&'static str, String)]) {
    for (i, (kind, digest)) in entries.iter().enumerate() {
        if i > 0 {
            q.push(" OR ");
        }
        q.push("(kind = ")
            .bind(*kind)
            .push(" AND digest = ")
            .bind(digest.as_str())
            .push(")");
    }
}

/// Cases with an entry equal to any of `(kind, digest)`, at most `limit`.
pub async fn index_candidates(
    pool: &Pool,
    lookups: &[(&'static str, String)],
    limit: i64,
) -> sqlx::Result<Vec<String>> {
    if lookups.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::new("SELECT DISTINCT case_id FROM blind_index WHERE ");
    push_entries(&mut q, lookups);
    q.push(" LIMIT ").bind(limit);
    let rows: Vec<(String,)> = q.fetch_all(pool).await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// Cases after `after` (in id order) whose index is missing or was made with another KEK or table
/// version.
pub async fn cases_to_index(
    pool: &Pool,
    after: &str,
    kek_version: i64,
    table_version: i64,
    limit: i64,
) -> sqlx::Result<Vec<CaseRow>> {
    sqlx::query_as(
        "SELECT * FROM cases c WHERE c.id > $1 AND NOT EXISTS (
             SELECT 1 FROM blind_index b WHERE b.case_id = c.id AND b.kind = 'indexed'
               AND b.digest = '' AND b.kek_version = $2 AND b.table_version = $3)
         ORDER BY c.id LIMIT $4",
    )
    .bind(after)
    .bind(kek_version)
    .bind(table_version)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Removes the index entries of several cases.
pub async fn delete_index_of(conn: &mut Conn, case_ids: &[&str]) -> sqlx::Result<()> {
    if case_ids.is_empty() {
        return Ok(());
    }
    let mut q = Sql::new("DELETE FROM blind_index WHERE case_id IN ");
    q.bind_list(case_ids.iter().copied());
    q.execute(conn).await?;
    Ok(())
}
