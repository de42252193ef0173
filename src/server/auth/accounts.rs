//! Accounts: usernames, roles and argon2id password hashes. Log-in and sessions are in
//! `server::auth`; what each role may do, in `server::auth::access`.

use crate::server::db::accounts::PasswordChange;
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

/// How long a password check waits for its turn before the person is asked to try again.
pub const HASH_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// At most this many argon2 hashes run at once (one per core, at least 2; each takes 19 MiB), so
/// a flood of log-ins waits its turn instead of taking the server's memory.
pub fn max_concurrent_hashes() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .max(2)
}

/// A password check that did not get its turn within [`HASH_WAIT`].
#[derive(Debug, thiserror::Error)]
#[error("Izde is busy checking other passwords. Try again in a moment.")]
pub struct HashingBusy;

static HASHING: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
static RUNNING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The most argon2 hashes that have run at once in this process.
pub fn peak_concurrent_hashes() -> usize {
    PEAK.load(std::sync::atomic::Ordering::SeqCst)
}

/// Runs `work` (an argon2 hash or check) on a blocking thread once one of the
/// [`max_concurrent_hashes`] turns is free; [`HashingBusy`] after [`HASH_WAIT`] without one.
pub async fn hashing<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> anyhow::Result<T> {
    use std::sync::atomic::Ordering::SeqCst;
    let gate = HASHING.get_or_init(|| tokio::sync::Semaphore::new(max_concurrent_hashes()));
    let _turn = match tokio::time::timeout(HASH_WAIT, gate.acquire()).await {
        Ok(Ok(turn)) => turn,
        Ok(Err(_)) | Err(_) => return Err(HashingBusy.into()),
    };
    let running = RUNNING.fetch_add(1, SeqCst) + 1;
    PEAK.fetch_max(running, SeqCst);
    let done = tokio::task::spawn_blocking(work).await;
    RUNNING.fetch_sub(1, SeqCst);
    done.context("the password hashing thread failed")
}

/// A username as stored: NFKC, lower case, trimmed; 3–64 letters, digits, `.`, `_` or `-`.
pub fn fold_username(text: &str) -> anyhow::Result<String> {
    let folded: String = text.trim().nfkc().collect::<String>().to_lowercase();
    let length = folded.chars().count();
    if !(3..=64).contains(&length) {
        let lang = crate::i18n::current();
        bail!(crate::i18n::tr!(lang, "account-username-length"));
    }
    if !folded
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
    {
        let lang = crate::i18n::current();
        bail!(crate::i18n::tr!(lang, "account-username-characters"));
    }
    Ok(folded)
}

/// The hash of a new password, refused when it is too short (argon2 on a blocking thread).
async fn hash_new_password(password: Zeroizing<String>) -> anyhow::Result<String> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        bail!("the password must have at least {MIN_PASSWORD_CHARS} characters");
    }
    hashing(move || hash_password(&password)).await?
}

/// One account, without its password hash.
pub use crate::server::db::accounts::UserRow as User;

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
    let created = db::accounts::insert_user(
        pool,
        &db::accounts::NewUser {
            id: &id,
            username: &username,
            role: role.as_str(),
            password_hash: &hash,
            created_at: &now,
        },
    )
    .await
    .context("cannot store the account")?;
    if !created {
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
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let id = db::accounts::id_by_name(&mut tx, &username)
        .await
        .context("cannot read the account")?;
    let Some(id) = id else {
        bail!("there is no account {username}");
    };
    db::accounts::set_password(&mut tx, &id, (&hash, &db::now()), PasswordChange::Reset)
        .await
        .context("cannot store the password")?;
    db::sessions::delete_sessions_of(&mut tx, &id)
        .await
        .context("cannot clear sessions")?;
    db::two_step::delete_of(&mut tx, &id)
        .await
        .context("cannot clear account_secrets")?;
    db::sessions::delete_challenges_of(&mut tx, &id)
        .await
        .context("cannot clear login_challenges")?;
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
    db::accounts::list_users(pool)
        .await
        .context("cannot read the accounts")
}

/// The stored hash of an account (for log-in).
pub async fn password_hash_of(pool: &Pool, username: &str) -> anyhow::Result<Option<String>> {
    let Ok(username) = fold_username(username) else {
        return Ok(None);
    };
    let found = db::accounts::active_credentials(pool, &username)
        .await
        .context("cannot read the account")?;
    Ok(found.map(|account| account.password_hash))
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
