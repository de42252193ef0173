//! The key hierarchy's storage: tables `key_recipients` (who can open the KEK) and `keyring` (every
//! KEK version, as an `age` file), and the wrapped data keys (`dek_wrapped`, `key_scheme`,
//! `kek_version`) and sealed columns of the key-owning tables (`cases`, `testifiers`,
//! `account_secrets`) and of the tables whose rows belong to a case, as rotation and recovery walk
//! them. Nothing here opens or seals anything: `server::crypto::keyring` does, through these
//! functions.
//!
//! Table and column names come from `crypto::keyring`'s constants (`KEY_OWNERS`, `SEALED_COLUMNS`),
//! never from input: they are `&'static str`.

use super::sql::Sql;
use super::{Conn, Pool};

/// Who can open the KEK.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Recipient {
    pub recipient: String,
    /// `online` (the server's identity) or `recovery` (an offline key held by a person).
    pub role: String,
    pub label: String,
    pub added_at: String,
}

/// One KEK version as stored.
#[derive(sqlx::FromRow)]
pub struct KekRow {
    pub version: i64,
    /// The KEK, as an `age` file to every recipient.
    pub kek_age: Vec<u8>,
    /// `initial`, `rewrap` or `reencrypt`.
    pub rotation: String,
    /// None while the rotation to this version is unfinished.
    pub completed_at: Option<String>,
    /// The KEK's authentication tag (`crypto::KeyringAuth`); None on rows from before it.
    pub auth: Option<Vec<u8>>,
    /// On the newest version: the tag of the recipient set.
    pub recipients_auth: Option<Vec<u8>>,
}

/// One KEK version, without the key.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct KekVersion {
    pub version: i64,
    pub rotation: String,
    pub completed_at: Option<String>,
}

/// A key owner's wrapped data key.
#[derive(sqlx::FromRow)]
pub struct WrappedKeyRow {
    pub id: String,
    pub dek_wrapped: Vec<u8>,
}

/// Where a sealed column lives (a row of `crypto::keyring::SEALED_COLUMNS`).
#[derive(Clone, Copy, Debug)]
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    /// The column naming the record whose data key seals the value.
    pub owner_col: &'static str,
    /// The column naming the row inside the owner.
    pub row_col: &'static str,
}

/// One sealed value of a [`SealedColumn`] and the row it is in.
#[derive(sqlx::FromRow)]
pub struct SealedCell {
    pub row_id: String,
    pub sealed: Vec<u8>,
}

// ---------------------------------------------------------------------------------------------
// key_recipients

/// Every recipient, oldest first.
pub async fn recipients(pool: &Pool) -> sqlx::Result<Vec<Recipient>> {
    recipients_conn(&mut *pool.acquire().await?).await
}

/// Every recipient, as seen through `conn`.
pub async fn recipients_conn(conn: &mut Conn) -> sqlx::Result<Vec<Recipient>> {
    sqlx::query_as("SELECT recipient, role, label, added_at FROM key_recipients ORDER BY added_at")
        .fetch_all(conn)
        .await
}

pub async fn insert_recipient(
    conn: &mut Conn,
    recipient: &str,
    role: &str,
    label: &str,
    now: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO key_recipients (recipient, role, label, added_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(recipient)
    .bind(role)
    .bind(label)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn delete_recipient(conn: &mut Conn, recipient: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM key_recipients WHERE recipient = $1")
        .bind(recipient)
        .execute(conn)
        .await?;
    Ok(())
}

/// Gives a recipient another role (`online` or `recovery`).
pub async fn set_recipient_role(conn: &mut Conn, recipient: &str, role: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE key_recipients SET role = $1 WHERE recipient = $2")
        .bind(role)
        .bind(recipient)
        .execute(conn)
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// keyring

/// Every KEK version with its `age` file, oldest first.
pub async fn kek_rows(conn: &mut Conn) -> sqlx::Result<Vec<KekRow>> {
    sqlx::query_as(
        "SELECT version, kek_age, rotation, completed_at, auth, recipients_auth
         FROM keyring ORDER BY version",
    )
    .fetch_all(conn)
    .await
}

/// Every KEK version, oldest first, without the keys.
pub async fn versions(pool: &Pool) -> sqlx::Result<Vec<KekVersion>> {
    sqlx::query_as("SELECT version, rotation, completed_at FROM keyring ORDER BY version")
        .fetch_all(pool)
        .await
}

/// The newest KEK version, if there is a keyring.
pub async fn latest_version(pool: &Pool) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT MAX(version) FROM keyring")
        .fetch_one(pool)
        .await
}

/// Stores KEK version 1, complete at `now`, unless there is one already (another instance created
/// the keyring meanwhile): false then, and nothing is written.
pub async fn insert_first_kek(
    conn: &mut Conn,
    kek_age: &[u8],
    auth: &[u8],
    now: &str,
) -> sqlx::Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO keyring (version, kek_age, rotation, created_at, completed_at, auth)
         VALUES (1, $1, 'initial', $2, $2, $3) ON CONFLICT (version) DO NOTHING",
    )
    .bind(kek_age)
    .bind(now)
    .bind(auth)
    .execute(conn)
    .await?;
    Ok(inserted.rows_affected() > 0)
}

/// Stores a new KEK version whose rotation (`rewrap` or `reencrypt`) is not finished yet.
pub async fn insert_kek(
    conn: &mut Conn,
    version: i64,
    kek_age: &[u8],
    auth: &[u8],
    rotation: &str,
    now: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO keyring (version, kek_age, rotation, created_at, auth)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(version)
    .bind(kek_age)
    .bind(rotation)
    .bind(now)
    .bind(auth)
    .execute(conn)
    .await?;
    Ok(())
}

/// Replaces the `age` file of a KEK version (encrypted to other recipients).
pub async fn update_kek(conn: &mut Conn, version: i64, kek_age: &[u8]) -> sqlx::Result<()> {
    sqlx::query("UPDATE keyring SET kek_age = $1 WHERE version = $2")
        .bind(kek_age)
        .bind(version)
        .execute(conn)
        .await?;
    Ok(())
}

/// Stores the authentication tag of a KEK version (`izde keys authenticate`).
pub async fn set_kek_auth(conn: &mut Conn, version: i64, auth: &[u8]) -> sqlx::Result<()> {
    sqlx::query("UPDATE keyring SET auth = $1 WHERE version = $2")
        .bind(auth)
        .bind(version)
        .execute(conn)
        .await?;
    Ok(())
}

/// Stores the tag of the recipient set beside KEK `version` (the newest).
pub async fn set_recipients_auth(conn: &mut Conn, version: i64, auth: &[u8]) -> sqlx::Result<()> {
    sqlx::query("UPDATE keyring SET recipients_auth = $1 WHERE version = $2")
        .bind(auth)
        .bind(version)
        .execute(conn)
        .await?;
    Ok(())
}

/// Marks the rotation to `version` finished.
pub async fn complete_rotation(conn: &mut Conn, version: i64, now: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE keyring SET completed_at = $1 WHERE version = $2")
        .bind(now)
        .bind(version)
        .execute(conn)
        .await?;
    Ok(())
}

/// The KEK versions older than `current` that no case or testifier names any more.
pub async fn unused_versions(conn: &mut Conn, current: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT version FROM keyring k WHERE version < $1
           AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.kek_version = k.version)
           AND NOT EXISTS (SELECT 1 FROM testifiers t WHERE t.kek_version = k.version)
           AND NOT EXISTS (SELECT 1 FROM erasures e WHERE e.kek_version = k.version)",
    )
    .bind(current)
    .fetch_all(conn)
    .await
}

pub async fn delete_kek(conn: &mut Conn, version: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM keyring WHERE version = $1")
        .bind(version)
        .execute(conn)
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Data keys of the key-owning tables

/// How many rows of `table` have a data key not wrapped under KEK `current`.
pub async fn count_stale_data_keys(
    pool: &Pool,
    table: &'static str,
    current: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM {table} WHERE kek_version IS NULL OR kek_version <> $1"
    ))
    .bind(current)
    .fetch_one(pool)
    .await
}

/// Up to `limit` rows of `table` after the id `after` (in id order) whose data key is not wrapped
/// under KEK `current`.
pub async fn stale_data_keys(
    conn: &mut Conn,
    table: &'static str,
    after: &str,
    current: i64,
    limit: i64,
) -> sqlx::Result<Vec<WrappedKeyRow>> {
    sqlx::query_as(&format!(
        "SELECT id, dek_wrapped FROM {table}
         WHERE id > $1 AND (kek_version IS NULL OR kek_version <> $2)
         ORDER BY id LIMIT $3"
    ))
    .bind(after)
    .bind(current)
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// Every data key of `table`.
pub async fn all_data_keys(
    conn: &mut Conn,
    table: &'static str,
) -> sqlx::Result<Vec<WrappedKeyRow>> {
    sqlx::query_as(&format!("SELECT id, dek_wrapped FROM {table}"))
        .fetch_all(conn)
        .await
}

/// Stores new wrapped data keys of `table` (scheme `key_scheme`, under KEK `kek_version`) in one
/// statement: the keys as a VALUES list joined on the id.
pub async fn store_data_keys(
    conn: &mut Conn,
    table: &'static str,
    key_scheme: i64,
    kek_version: i64,
    keys: &[WrappedKeyRow],
) -> sqlx::Result<()> {
    let mut q = Sql::new(format!("UPDATE {table} SET key_scheme = "));
    q.bind(key_scheme)
        .push(", kek_version = ")
        .bind(kek_version)
        .push(", dek_wrapped = v.column2 FROM (");
    q.values(keys, |v, k| {
        v.bind(k.id.as_str()).bind(k.dek_wrapped.as_slice());
    });
    q.push(&format!(") AS v WHERE {table}.id = v.column1"));
    q.execute(conn).await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Sealed columns

/// The non-null values of `at` that belong to the owner `owner_id`.
pub async fn sealed_cells(
    conn: &mut Conn,
    at: &SealedColumn,
    owner_id: &str,
) -> sqlx::Result<Vec<SealedCell>> {
    let (table, column, owner_col, row_col) = (at.table, at.column, at.owner_col, at.row_col);
    sqlx::query_as(&format!(
        "SELECT {row_col} AS row_id, {column} AS sealed FROM {table}
         WHERE {owner_col} = $1 AND {column} IS NOT NULL"
    ))
    .bind(owner_id)
    .fetch_all(conn)
    .await
}

/// Replaces one sealed value of `at`.
pub async fn update_sealed_cell(
    conn: &mut Conn,
    at: &SealedColumn,
    owner_id: &str,
    row_id: &str,
    sealed: &[u8],
) -> sqlx::Result<()> {
    let (table, column, owner_col, row_col) = (at.table, at.column, at.owner_col, at.row_col);
    sqlx::query(&format!(
        "UPDATE {table} SET {column} = $1 WHERE {owner_col} = $2 AND {row_col} = $3"
    ))
    .bind(sealed)
    .bind(owner_id)
    .bind(row_id)
    .execute(conn)
    .await?;
    Ok(())
}
