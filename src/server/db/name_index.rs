//! `name_index`: the blind index of names and ID numbers (keyed digests only), its candidates for a
//! search, and the cases still to index.

use super::rows::*;
use super::sql::{insert, insert_into, Sql};
use super::{Conn, Pool};

insert_into! { "blind_index", IndexRow, [case_id, kind, digest, kek_version, table_version] }
insert_into! { "testifier_index", TestifierIndexRow, [testifier_id, kind, digest, kek_version, table_version] }

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

/// Which blind index a search reads: the cases' names and ID numbers, or the testifiers' names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Index {
    Cases,
    Testifiers,
}

impl Index {
    /// (table, column of the id it finds)
    fn table(self) -> (&'static str, &'static str) {
        match self {
            Index::Cases => ("blind_index", "case_id"),
            Index::Testifiers => ("testifier_index", "testifier_id"),
        }
    }
}

/// Cases (or testifiers) found by a search: those with an exact entry first (a whole name, an ID
/// number), then those with an entry for every word; at most `limit`.
pub async fn search_candidates(
    pool: &Pool,
    index: Index,
    lookups: &crate::server::records::search::Lookups,
    limit: i64,
) -> sqlx::Result<Vec<String>> {
    let (table, id) = index.table();
    let token = match index {
        Index::Cases => "token",
        Index::Testifiers => "testifier_token",
    };
    let mut q = Sql::new(format!("SELECT {id} FROM ("));
    let mut any = false;
    if !lookups.exact.is_empty() {
        q.push(&format!("SELECT {id}, 0 AS rank FROM {table} WHERE "));
        push_entries(&mut q, &lookups.exact);
        any = true;
    }
    if !lookups.tokens.is_empty() {
        if any {
            q.push(" UNION ALL ");
        }
        q.push(&format!(
            "SELECT {id}, 1 AS rank FROM {table} WHERE kind = '{token}' AND digest IN "
        ))
        .bind_list(lookups.tokens.iter().map(String::as_str))
        .push(&format!(" GROUP BY {id} HAVING COUNT(DISTINCT digest) >= "))
        .bind(lookups.words as i64);
        any = true;
    }
    if !any {
        return Ok(Vec::new());
    }
    q.push(&format!(
        ") found GROUP BY {id} ORDER BY MIN(rank), {id} LIMIT "
    ))
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

/// The cases' entries among `digests` of the kinds `kinds`: (case id, kind, digest). For many
/// lookups at once (an import's batch), in chunks.
pub async fn entries_matching(
    conn: &mut Conn,
    kinds: &[&str],
    digests: &[String],
) -> sqlx::Result<Vec<(String, String, String)>> {
    let mut out = Vec::new();
    for chunk in digests.chunks(500) {
        let mut q = Sql::new("SELECT case_id, kind, digest FROM blind_index WHERE kind IN ");
        q.bind_list(kinds.iter().map(|k| k.to_string()));
        q.push(" AND digest IN ");
        q.bind_list(chunk.iter().cloned());
        out.extend(
            q.fetch_all_in::<(String, String, String)>(&mut *conn)
                .await?,
        );
    }
    Ok(out)
}

/// The owners (cases or testifiers) after `after` (in id order) whose entries in `index` are
/// missing or were made with another KEK or table version.
pub async fn to_index<T>(
    pool: &Pool,
    index: Index,
    after: &str,
    (kek_version, table_version): (i64, i64),
    limit: i64,
) -> sqlx::Result<Vec<T>>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
{
    let (table, id) = index.table();
    let owners = match index {
        Index::Cases => "cases",
        Index::Testifiers => "testifiers",
    };
    sqlx::query_as(&format!(
        "SELECT * FROM {owners} o WHERE o.id > $1 AND NOT EXISTS (
             SELECT 1 FROM {table} b WHERE b.{id} = o.id AND b.kind = 'indexed'
               AND b.digest = '' AND b.kek_version = $2 AND b.table_version = $3)
         ORDER BY o.id LIMIT $4"
    ))
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

/// Writes testifiers' index entries, replacing any they had.
pub async fn replace_testifier_index(
    conn: &mut Conn,
    ids: &[&str],
    rows: &[TestifierIndexRow],
) -> sqlx::Result<()> {
    if !ids.is_empty() {
        let mut q = Sql::new("DELETE FROM testifier_index WHERE testifier_id IN ");
        q.bind_list(ids.iter().copied());
        q.execute(&mut *conn).await?;
    }
    insert(conn, rows).await
}

/// Testifiers by id, for confirming the candidates of a search.
pub async fn testifiers_by_ids(conn: &mut Conn, ids: &[String]) -> sqlx::Result<Vec<TestifierRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::new("SELECT * FROM testifiers WHERE id IN ");
    q.bind_list(ids.iter().map(String::as_str));
    q.fetch_all_in(conn).await
}

/// The cases each of `testifiers` speaks for: (testifier id, case id, who entered the case,
/// relationship code).
pub async fn links_of(
    conn: &mut Conn,
    testifiers: &[String],
) -> sqlx::Result<Vec<(String, String, Option<String>, String)>> {
    if testifiers.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::new(
        "SELECT ct.testifier_id, ct.case_id, c.created_by, ct.relationship
         FROM case_testifiers ct JOIN cases c ON c.id = ct.case_id WHERE ct.testifier_id IN ",
    );
    q.bind_list(testifiers.iter().map(String::as_str));
    q.push(" ORDER BY ct.created_at, ct.case_id");
    q.fetch_all_in(conn).await
}
