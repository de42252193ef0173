//! Checking a username and password: throttled per account name and per address, argon2id on a
//! blocking thread, an unknown name as slow to refuse as a wrong password.

use super::token_hash;
use crate::domain::account::{Me, Role};
use crate::server::auth::accounts::{fold_username, verify_password};
use crate::server::clock::Clock;
use crate::server::db::{self, Pool};
use anyhow::Context;
use std::sync::OnceLock;

/// Failed log-ins are counted in windows this long.
pub const THROTTLE_WINDOW_SECONDS: i64 = 15 * 60;
/// Failed log-ins per account name in a window before that name is refused until the window ends.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed log-ins per address in a window (several people may share an office's address).
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;

/// Counts a wrong code against the account, as a wrong password is.
pub async fn code_failed(
    pool: &Pool,
    clock: &Clock,
    username: &str,
    address: &str,
) -> anyhow::Result<()> {
    record_failure(pool, clock, &subjects(username, address)).await
}

/// Why a log-in was refused.
#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    /// Wrong name or password; carries the account's id when the name exists (for the audit log,
    /// never for the message).
    #[error("The username or password is not right.")]
    Wrong(Option<String>),
    #[error(
        "Too many failed log-ins for this account or from this address. Try again in {minutes} \
         minute{}.", if *minutes == 1 { "" } else { "s" }
    )]
    Throttled { minutes: i64 },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// The throttle subjects of one attempt: the account name as typed (folded when it can be) and
/// the client's address, each stored only as a hash (someone may type a password into the name
/// field; it must not lie in the table as typed).
fn subjects(username: &str, address: &str) -> [String; 2] {
    let name = fold_username(username).unwrap_or_else(|_| username.trim().to_lowercase());
    [
        format!("user:{}", token_hash(&name)),
        format!("ip:{}", token_hash(address)),
    ]
}

/// Seconds until the attempt may be made, when either subject is over its limit.
async fn throttled(
    pool: &Pool,
    clock: &Clock,
    subjects: &[String; 2],
) -> anyhow::Result<Option<i64>> {
    let now = clock.unix();
    let mut wait = None;
    for (subject, limit) in subjects
        .iter()
        .zip([MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS])
    {
        let row = db::sessions::throttle(pool, subject)
            .await
            .context("cannot read the log-in throttle")?;
        if let Some(row) = row {
            let left = row.window_start + THROTTLE_WINDOW_SECONDS - now;
            if left > 0 && row.failures >= limit {
                wait = Some(wait.unwrap_or(0).max(left));
            }
        }
    }
    Ok(wait)
}

async fn record_failure(pool: &Pool, clock: &Clock, subjects: &[String; 2]) -> anyhow::Result<()> {
    let now = clock.unix();
    for subject in subjects {
        db::sessions::count_failure(pool, subject, now, THROTTLE_WINDOW_SECONDS)
            .await
            .context("cannot count the failed log-in")?;
    }
    Ok(())
}

/// A hash to verify against when the account does not exist, so that an unknown name takes as
/// long to refuse as a wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        crate::server::auth::accounts::hash_password("izde decoy password, never an account's")
            .expect("argon2 hashes a constant")
    })
}

/// Checks a username and password (throttled, argon2id on a blocking thread). On success the
/// account's failure count is reset.
pub async fn check_password(
    pool: &Pool,
    clock: &Clock,
    username: &str,
    password: zeroize::Zeroizing<String>,
    address: &str,
) -> Result<Me, LoginError> {
    let subjects = subjects(username, address);
    if let Some(seconds) = throttled(pool, clock, &subjects).await? {
        return Err(LoginError::Throttled {
            minutes: (seconds + 59) / 60,
        });
    }
    let account = match fold_username(username) {
        Ok(name) => db::accounts::active_credentials(pool, &name)
            .await
            .context("cannot read the account")?,
        Err(_) => None,
    };
    let hash = account
        .as_ref()
        .map(|a| a.password_hash.clone())
        .unwrap_or_else(|| decoy_hash().to_string());
    let matches = tokio::task::spawn_blocking(move || verify_password(&hash, &password))
        .await
        .context("the password thread failed")?;
    match account {
        Some(a) if matches => {
            db::sessions::clear_throttle(pool, &subjects[0])
                .await
                .context("cannot reset the log-in throttle")?;
            let role = Role::parse(&a.role).context("the account has an unknown role")?;
            Ok(Me {
                id: a.id,
                username: a.username,
                role,
                must_enrol: false,
            })
        }
        _ => {
            record_failure(pool, clock, &subjects).await?;
            Err(LoginError::Wrong(account.map(|a| a.id)))
        }
    }
}
