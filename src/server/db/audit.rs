//! `audit_log`, `audit_read_cases` and `audit_head`: the entries of the audit log's hash chain,
//! the cases each reading entry showed, and the row that names the last entry. Chaining, hashing
//! and verifying are in `server::audit`; this only stores and reads.

use super::sql::{insert, insert_into, Sql};
use super::{Conn, Pool};

/// One stored entry, as the table holds it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct EntryRow {
    pub seq: i64,
    pub at: String,
    pub actor: Option<String>,
    pub action: String,
    pub record_kind: Option<String>,
    pub record_id: Option<String>,
    pub before_hash: Option<String>,
    pub after_hash: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

/// The columns of [`EntryRow`], in its order.
const COLUMNS: &str =
    "seq, at, actor, action, record_kind, record_id, before_hash, after_hash, prev_hash, hash";

/// The head of the chain: the number and hash of its last entry.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct HeadRow {
    pub seq: i64,
    pub hash: String,
}

/// An entry as the audit page lists it, with the actor's username.
#[derive(Debug, sqlx::FromRow)]
pub struct ListedRow {
    #[sqlx(flatten)]
    pub entry: EntryRow,
    pub actor_username: Option<String>,
}

/// Moves the head on by one (creating it, with `first_prev_hash` as its hash, for the first
/// entry) and returns the new entry's number and the previous entry's hash. Inside a transaction,
/// this takes SQLite's write lock or PostgreSQL's lock on the head row until it ends.
pub async fn advance_head(conn: &mut Conn, first_prev_hash: &str) -> sqlx::Result<HeadRow> {
    sqlx::query_as(
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, 1, $1)
         ON CONFLICT (id) DO UPDATE SET seq = audit_head.seq + 1
         RETURNING seq, hash",
    )
    .bind(first_prev_hash)
    .fetch_one(conn)
    .await
}

/// Moves the head on by `n` entries (see [`advance_head`]) and returns the last new entry's number
/// and the hash of the entry before the first new one.
pub async fn advance_head_by(
    conn: &mut Conn,
    first_prev_hash: &str,
    n: i64,
) -> sqlx::Result<HeadRow> {
    sqlx::query_as(
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, $2, $1)
         ON CONFLICT (id) DO UPDATE SET seq = audit_head.seq + $2
         RETURNING seq, hash",
    )
    .bind(first_prev_hash)
    .bind(n)
    .fetch_one(conn)
    .await
}

insert_into! { "audit_log", EntryRow, [
    seq, at, actor, action, record_kind, record_id, before_hash, after_hash, prev_hash, hash
]}

/// Writes several entries (numbered and chained by the caller) in as few statements as the
/// parameter limit allows.
pub async fn insert_entries(conn: &mut Conn, rows: &[EntryRow]) -> sqlx::Result<()> {
    super::sql::insert(conn, rows).await
}

pub async fn insert_entry(conn: &mut Conn, e: &EntryRow) -> sqlx::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO audit_log ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    ))
    .bind(e.seq)
    .bind(&e.at)
    .bind(&e.actor)
    .bind(&e.action)
    .bind(&e.record_kind)
    .bind(&e.record_id)
    .bind(&e.before_hash)
    .bind(&e.after_hash)
    .bind(&e.prev_hash)
    .bind(&e.hash)
    .execute(conn)
    .await?;
    Ok(())
}

/// One case a reading entry showed.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ReadCaseRow {
    pub seq: i64,
    pub case_id: String,
}

insert_into! { "audit_read_cases", ReadCaseRow, [seq, case_id] }

/// Lists the cases the reading entry `seq` showed.
pub async fn insert_read_cases(conn: &mut Conn, rows: &[ReadCaseRow]) -> sqlx::Result<()> {
    insert(conn, rows).await
}

/// The cases read by entries `from` to `to` (inclusive), by entry and case.
pub async fn read_cases_between(
    conn: &mut Conn,
    from: i64,
    to: i64,
) -> sqlx::Result<Vec<ReadCaseRow>> {
    sqlx::query_as(
        "SELECT seq, case_id FROM audit_read_cases WHERE seq >= $1 AND seq <= $2
         ORDER BY seq, case_id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await
}

/// The cases read by the entries `seqs`, by entry and case.
pub async fn read_cases_of(pool: &Pool, seqs: &[i64]) -> sqlx::Result<Vec<ReadCaseRow>> {
    if seqs.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::new("SELECT seq, case_id FROM audit_read_cases WHERE seq IN ");
    q.bind_list(seqs.iter().copied())
        .push(" ORDER BY seq, case_id");
    q.fetch_all(pool).await
}

/// Names `hash` as the head's, once its entry is written.
pub async fn set_head_hash(conn: &mut Conn, hash: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 1")
        .bind(hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Makes the transaction `conn` is in read one snapshot: REPEATABLE READ, READ ONLY on
/// PostgreSQL; nothing on SQLite, whose read transaction (WAL) sees the database as it was at its
/// first read. Call it before the transaction's first statement.
pub async fn read_snapshot(conn: &mut Conn) -> sqlx::Result<()> {
    if conn.backend_name() == "PostgreSQL" {
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// The head (None: nothing was ever appended).
pub async fn head(conn: &mut Conn) -> sqlx::Result<Option<HeadRow>> {
    sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
        .fetch_optional(conn)
        .await
}

/// Up to `limit` entries numbered above `after`, in order.
pub async fn entries_after(conn: &mut Conn, after: i64, limit: i64) -> sqlx::Result<Vec<EntryRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2"
    ))
    .bind(after)
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// The hash of entry `seq` (None: there is no such entry).
pub async fn hash_of(pool: &Pool, seq: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT hash FROM audit_log WHERE seq = $1")
        .bind(seq)
        .fetch_optional(pool)
        .await
}

/// Which entries the audit page lists: every condition given must hold. Times are stored text
/// (see [`super::now`]); `start` is inclusive, `end` exclusive.
#[derive(Clone, Debug, Default)]
pub struct ListFilter<'a> {
    pub actor: Option<&'a str>,
    pub action: Option<&'a str>,
    pub record_id: Option<&'a str>,
    pub start: Option<&'a str>,
    pub end: Option<&'a str>,
}

fn push_filters(q: &mut Sql<'_>, filter: &ListFilter<'_>) {
    q.push(" WHERE 1 = 1");
    for (column, value) in [("a.actor", filter.actor), ("a.action", filter.action)] {
        if let Some(value) = value {
            q.push(" AND ")
                .push(column)
                .push(" = ")
                .bind(value.to_string());
        }
    }
    // A record is named by an entry, or is among the cases a reading entry showed.
    if let Some(record) = filter.record_id {
        q.push(" AND (a.record_id = ")
            .bind(record.to_string())
            .push(" OR a.seq IN (SELECT r.seq FROM audit_read_cases r WHERE r.case_id = ")
            .bind(record.to_string())
            .push("))");
    }
    if let Some(start) = filter.start {
        q.push(" AND a.at >= ").bind(start.to_string());
    }
    if let Some(end) = filter.end {
        q.push(" AND a.at < ").bind(end.to_string());
    }
}

/// How many entries match `filter`.
pub async fn count(pool: &Pool, filter: &ListFilter<'_>) -> sqlx::Result<i64> {
    #[derive(sqlx::FromRow)]
    struct Count {
        total: i64,
    }
    let mut q = Sql::new("SELECT COUNT(*) AS total FROM audit_log a");
    push_filters(&mut q, filter);
    let row: Count = q.fetch_one(pool).await?;
    Ok(row.total)
}

/// Up to `limit` entries matching `filter`, newest first, after skipping `offset` of them.
pub async fn list(
    pool: &Pool,
    filter: &ListFilter<'_>,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<ListedRow>> {
    let columns = COLUMNS
        .split(", ")
        .map(|c| format!("a.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut q = Sql::new(format!(
        "SELECT {columns}, u.username AS actor_username
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor"
    ));
    push_filters(&mut q, filter);
    q.push(" ORDER BY a.seq DESC LIMIT ")
        .bind(limit)
        .push(" OFFSET ")
        .bind(offset);
    q.fetch_all(pool).await
}

/// Keeps an export's signed manifest beside its audit entry `seq`.
pub async fn keep_manifest(conn: &mut Conn, seq: i64, manifest: &str) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO export_manifests (seq, manifest) VALUES ($1, $2)")
        .bind(seq)
        .bind(manifest)
        .execute(conn)
        .await?;
    Ok(())
}
