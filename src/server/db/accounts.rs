//! `users` and `case_assignments`: accounts with their roles and password hashes, and which
//! volunteers are assigned to which cases (with the check that a case exists in `cases`).
//! Hashing and checking passwords, and who may do what, are in `server::auth`.

use super::sql::Sql;
use super::{Conn, Pool};

/// One account, without its password hash.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct UserRow {
    pub id: String,
    pub username: String,
    pub role: String,
    pub disabled: i64,
    pub created_at: String,
}

/// An account as the admins' list shows it, with how many sessions it has open.
#[derive(Debug, sqlx::FromRow)]
pub struct AccountRow {
    pub id: String,
    pub username: String,
    pub role: String,
    pub disabled: i64,
    pub created_at: String,
    pub sessions: i64,
}

/// What checking a log-in needs of an enabled account.
#[derive(Debug, sqlx::FromRow)]
pub struct CredentialsRow {
    pub id: String,
    pub username: String,
    pub role: String,
    pub password_hash: String,
    pub language: Option<String>,
}

/// An account's role and whether it is disabled (0: enabled).
#[derive(Debug, sqlx::FromRow)]
pub struct StandingRow {
    pub role: String,
    pub disabled: i64,
}

/// A case id read from a table.
#[derive(Debug, sqlx::FromRow)]
pub(super) struct CaseIdRow {
    pub case_id: String,
}

/// An account to create; its password was set at `created_at`.
pub struct NewUser<'a> {
    pub id: &'a str,
    pub username: &'a str,
    pub role: &'a str,
    pub password_hash: &'a str,
    pub created_at: &'a str,
}

/// Creates an account, unless its username is taken: returns whether it was created.
pub async fn insert_user(pool: &Pool, u: &NewUser<'_>) -> sqlx::Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO users (id, username, role, password_hash, created_at, password_changed_at)
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (username) DO NOTHING",
    )
    .bind(u.id)
    .bind(u.username)
    .bind(u.role)
    .bind(u.password_hash)
    .bind(u.created_at)
    .execute(pool)
    .await?;
    Ok(inserted.rows_affected() > 0)
}

/// Every account, by username.
pub async fn list_users(pool: &Pool) -> sqlx::Result<Vec<UserRow>> {
    sqlx::query_as("SELECT id, username, role, disabled, created_at FROM users ORDER BY username")
        .fetch_all(pool)
        .await
}

/// Every account, by username, with its open sessions.
pub async fn list_with_sessions(pool: &Pool) -> sqlx::Result<Vec<AccountRow>> {
    sqlx::query_as(
        "SELECT u.id, u.username, u.role, u.disabled, u.created_at,
                (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id) AS sessions
         FROM users u ORDER BY u.username",
    )
    .fetch_all(pool)
    .await
}

/// The id of the account named `username` (enabled or not).
pub async fn id_by_name(conn: &mut Conn, username: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT id FROM users WHERE username = $1")
        .bind(username)
        .fetch_optional(conn)
        .await
}

/// The username of the account `id`.
pub async fn username_of(conn: &mut Conn, id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT username FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// The id of the enabled volunteer named `username`.
pub async fn active_volunteer_id(pool: &Pool, username: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "SELECT id FROM users WHERE username = $1 AND role = 'volunteer' AND disabled = 0",
    )
    .bind(username)
    .fetch_optional(pool)
    .await
}

/// The enabled account named `username`, with its password hash.
pub async fn active_credentials(
    pool: &Pool,
    username: &str,
) -> sqlx::Result<Option<CredentialsRow>> {
    sqlx::query_as(
        "SELECT id, username, role, password_hash, language FROM users WHERE username = $1 AND disabled = 0",
    )
    .bind(username)
    .fetch_optional(pool)
    .await
}

/// The password hash of the account `user_id` (enabled or not).
pub async fn password_hash_by_id(pool: &Pool, user_id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(pool)
        .await
}

/// What a new password does besides replacing the old one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordChange {
    /// The account's own change: it stays as it is.
    Own,
    /// An operator's reset: it also enables the account.
    Reset,
}

/// Stores a new password hash, changed at `now`.
pub async fn set_password(
    conn: &mut Conn,
    user_id: &str,
    (hash, now): (&str, &str),
    change: PasswordChange,
) -> sqlx::Result<()> {
    let sql = match change {
        PasswordChange::Own => {
            "UPDATE users SET password_hash = $2, password_changed_at = $3 WHERE id = $1"
        }
        PasswordChange::Reset => {
            "UPDATE users SET password_hash = $2, password_changed_at = $3, disabled = 0
             WHERE id = $1"
        }
    };
    sqlx::query(sql)
        .bind(user_id)
        .bind(hash)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// The role of the account `user_id`, and whether it is disabled.
pub async fn standing_of(conn: &mut Conn, user_id: &str) -> sqlx::Result<Option<StandingRow>> {
    sqlx::query_as("SELECT role, disabled FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(conn)
        .await
}

/// How many enabled admin accounts there are.
pub async fn count_active_admins(conn: &mut Conn) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0")
        .fetch_one(conn)
        .await
}

/// Sets the role of the account `user_id` and whether it is disabled.
pub async fn set_standing(
    conn: &mut Conn,
    user_id: &str,
    role: &str,
    disabled: bool,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET role = $2, disabled = $3 WHERE id = $1")
        .bind(user_id)
        .bind(role)
        .bind(i64::from(disabled))
        .execute(conn)
        .await?;
    Ok(())
}

/// Whether the case `case_id` exists.
pub async fn case_exists(conn: &mut Conn, case_id: &str) -> sqlx::Result<bool> {
    let id: Option<String> = sqlx::query_scalar("SELECT id FROM cases WHERE id = $1")
        .bind(case_id)
        .fetch_optional(conn)
        .await?;
    Ok(id.is_some())
}

/// Assigns the volunteer `user_id` to the case (nothing when they already are). `assigned_by`
/// is the admin's account (None: the command line).
pub async fn assign(
    conn: &mut Conn,
    case_id: &str,
    user_id: &str,
    assigned_by: Option<&str>,
    assigned_at: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO case_assignments (case_id, user_id, assigned_by, assigned_at)
         VALUES ($1, $2, $3, $4) ON CONFLICT (case_id, user_id) DO NOTHING",
    )
    .bind(case_id)
    .bind(user_id)
    .bind(assigned_by)
    .bind(assigned_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The ids among `case_ids` (not empty) that the account `user_id` is assigned to.
pub async fn assigned_among(
    conn: &mut Conn,
    user_id: &str,
    case_ids: &[&str],
) -> sqlx::Result<Vec<String>> {
    let mut q = Sql::new("SELECT case_id FROM case_assignments WHERE user_id = ");
    q.bind(user_id.to_string());
    q.push(" AND case_id IN ");
    q.bind_list(case_ids.iter().map(|s| s.to_string()));
    let rows: Vec<CaseIdRow> = q.fetch_all_in(conn).await?;
    Ok(rows.into_iter().map(|r| r.case_id).collect())
}

/// Keeps the interface language an account chose.
pub async fn set_language(pool: &Pool, user_id: &str, language: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
        .bind(language)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}
