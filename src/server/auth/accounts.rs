//! Accounts: usernames, roles and argon2id password hashes. Log-in and sessions are in
//! `server::auth`; what each role may do, in `server::auth::access`.

use crate::server::db::{self, Pool};
use anyhow::{bail, Context};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;
use zeroize::Zeroizing;

pub use crate::domain::account::Role;

/// A role typed on the command line.
pub fn parse_role(text: &str) -> anyhow::Result<Role> {
    Role::parse(text).context("the role must be admin, volunteer or researcher")
}

/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// argon2id with the OWASP minimum: 19 MiB of memory, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string of a password (CPU- and memory-heavy: call it off the async runtime).
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Ok(argon2()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))?
        .to_string())
}

/// Whether `password` matches the PHC string `hash` (whatever parameters it was made with).
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A username as stored: NFKC, lower case, trimmed; 3–64 letters, digits, `.`, `_` or `-`.
pub fn fold_username(text: &str) -> anyhow::Result<String> {
    let folded: String = text.trim().nfkc().collect::<String>().to_lowercase();
    let length = folded.chars().count();
    if !(3..=64).contains(&length) {
        bail!("a username has 3 to 64 characters");
    }
    if !folded
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
    {
        bail!("a username has only letters, digits, dots, underscores and hyphens");
    }
    Ok(folded)
}

/// The hash of a new password, refused when it is too short (argon2 on a blocking thread).
async fn hash_new_password(password: Zeroizing<String>) -> anyhow::Result<String> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        bail!("the password must have at least {MIN_PASSWORD_CHARS} characters");
    }
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .context("the password hashing thread failed")?
}

/// One account, without its password hash.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct User {
    pub id: String,
    pub username: String,
    pub role: String,
    pub disabled: i64,
    pub created_at: String,
}

/// Creates an account; the password is hashed on a blocking thread.
pub async fn add_user(
    pool: &Pool,
    username: &str,
    role: Role,
    password: Zeroizing<String>,
) -> anyhow::Result<User> {
    let username = fold_username(username)?;
    let hash = hash_new_password(password).await?;
    let now = db::now();
    let id = Uuid::now_v7().to_string();
    let inserted = sqlx::query(
        "INSERT INTO users (id, username, role, password_hash, created_at, password_changed_at)
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (username) DO NOTHING",
    )
    .bind(&id)
    .bind(&username)
    .bind(role.as_str())
    .bind(&hash)
    .bind(&now)
    .execute(pool)
    .await
    .context("cannot store the account")?;
    if inserted.rows_affected() == 0 {
        bail!("the username {username} is taken; nothing was changed");
    }
    Ok(User {
        id,
        username,
        role: role.as_str().into(),
        disabled: 0,
        created_at: now,
    })
}

/// The command line's reset for a locked-out account: a new password, enabled again, every session
/// ended, two-step verification off (it is set up again after logging in). Returns the username.
pub async fn reset_password(
    pool: &Pool,
    username: &str,
    password: Zeroizing<String>,
) -> anyhow::Result<String> {
    let username = fold_username(username)?;
    let hash = hash_new_password(password).await?;
    let mut tx = pool.begin().await.context("begin")?;
    let id: Option<(String,)> = sqlx::query_as("SELECT id FROM users WHERE username = $1")
        .bind(&username)
        .fetch_optional(&mut *tx)
        .await
        .context("cannot read the account")?;
    let Some((id,)) = id else {
        bail!("there is no account {username}");
    };
    sqlx::query(
        "UPDATE users SET password_hash = $2, password_changed_at = $3, disabled = 0 WHERE id = $1",
    )
    .bind(&id)
    .bind(hash)
    .bind(db::now())
    .execute(&mut *tx)
    .await
    .context("cannot store the password")?;
    for table in ["sessions", "account_secrets", "login_challenges"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
            .bind(&id)
            .execute(&mut *tx)
            .await
            .with_context(|| format!("cannot clear {table}"))?;
    }
    crate::server::audit::append(
        &mut tx,
        &crate::server::audit::Entry::new(crate::server::audit::action::PASSWORD_CHANGE)
            .on(crate::server::audit::kind::USER, &id),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(username)
}

/// Every account, by username.
pub async fn list_users(pool: &Pool) -> anyhow::Result<Vec<User>> {
    sqlx::query_as("SELECT id, username, role, disabled, created_at FROM users ORDER BY username")
        .fetch_all(pool)
        .await
        .context("cannot read the accounts")
}

/// The stored hash of an account (for log-in).
pub async fn password_hash_of(pool: &Pool, username: &str) -> anyhow::Result<Option<String>> {
    let Ok(username) = fold_username(username) else {
        return Ok(None);
    };
    let row: Option<(String,)> =
        sqlx::query_as("SELECT password_hash FROM users WHERE username = $1 AND disabled = 0")
            .bind(username)
            .fetch_optional(pool)
            .await
            .context("cannot read the account")?;
    Ok(row.map(|(h,)| h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_argon2id_with_the_owasp_parameters_and_verify() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(!hash.contains("correct horse"));
        assert!(verify_password(&hash, "correct horse battery"));
        assert!(!verify_password(&hash, "correct horse batterY"));
        assert!(!verify_password("not a hash", "anything"));
        assert_ne!(
            hash,
            hash_password("correct horse battery").unwrap(),
            "salted"
        );
    }

    #[test]
    fn usernames_fold_and_are_checked() {
        assert_eq!(fold_username("  Aigerim ").unwrap(), "aigerim");
        assert_eq!(fold_username("Ａｉｇｅｒｉｍ").unwrap(), "aigerim");
        assert_eq!(fold_username("Айгерим").unwrap(), "айгерим");
        assert!(fold_username("ab").is_err());
        assert!(fold_username("a b c").is_err());
        assert!(fold_username("x'; DROP").is_err());
    }
}
