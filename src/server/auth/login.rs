//! Checking a username and password: throttled per account name and per address, argon2id on a
//! blocking thread, an unknown name as slow to refuse as a wrong password.

use super::token_hash;
use crate::domain::account::{Me, Role};
use crate::server::auth::accounts::{fold_username, hashing, verify_password, HashingBusy};
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
    /// Too many passwords were being checked at once; nothing was decided.
    #[error("Izde is busy checking other log-ins. Wait a moment, then log in again.")]
    Busy,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl LoginError {
    /// The reason, for the person logging in, in the request's language.
    pub fn message(&self) -> String {
        let lang = crate::i18n::current();
        match self {
            LoginError::Wrong(_) => crate::i18n::tr!(lang, "login-wrong"),
            LoginError::Throttled { minutes } => {
                crate::i18n::tr!(lang, "login-throttled", {"minutes" => *minutes})
            }
            LoginError::Busy => crate::i18n::tr!(lang, "login-busy"),
            LoginError::Internal(_) => crate::i18n::tr!(lang, "login-unavailable"),
        }
    }
}

/// The throttle subjects of one attempt: the account name as typed (folded when it can be) and
/// the client's address, each stored only as a hash (someone may type a password into the name
/// field; it must not lie in the table as typed).
fn subjects(username: &str, address: &str) -> [String; 2] {
    [account_subject(username), address_subject(address)]
}

fn account_subject(username: &str) -> String {
    let name = fold_username(username).unwrap_or_else(|_| username.trim().to_lowercase());
    format!("user:{}", token_hash(&name))
}

fn address_subject(address: &str) -> String {
    format!("ip:{}", token_hash(address))
}

/// Counts one attempt against `subject` (a log-in name or address, or anything else limited
/// per window, such as an account's name searches), in one statement. `(limit, window)`: the
/// attempts allowed per window of that many seconds. Over the limit: the minutes until the
/// window ends.
pub async fn count_attempt(
    pool: &Pool,
    clock: &Clock,
    subject: &str,
    (limit, window): (i64, i64),
) -> anyhow::Result<Option<i64>> {
    let now = clock.unix();
    let row = db::sessions::count_attempt(pool, subject, now, window)
        .await
        .context("cannot count the attempt")?;
    let left = (row.window_start + window - now).max(1);
    Ok((row.failures > limit).then_some((left + 59) / 60))
}

/// Counts one attempt (a password or a two-step code) against the account name and the address
/// *before* it is checked, each in one statement, so concurrent attempts cannot slip past the
/// limit together. Refused (with the minutes to wait) once either is over its limit; a right
/// answer takes the address's count back ([`succeeded`]).
pub async fn attempt(
    pool: &Pool,
    clock: &Clock,
    username: &str,
    address: &str,
) -> Result<(), LoginError> {
    let mut wait = None;
    for (subject, limit) in subjects(username, address)
        .iter()
        .zip([MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS])
    {
        let over = count_attempt(pool, clock, subject, (limit, THROTTLE_WINDOW_SECONDS)).await?;
        wait = wait.max(over);
    }
    match wait {
        Some(minutes) => Err(LoginError::Throttled { minutes }),
        None => Ok(()),
    }
}

/// An attempt was right (a password, or a code): the address's count of it is taken back.
pub async fn succeeded(pool: &Pool, address: &str) -> anyhow::Result<()> {
    db::sessions::forgive_one(pool, &address_subject(address))
        .await
        .context("cannot update the log-in throttle")
}

/// The whole log-in is done (the password, and the code where the account has two-step
/// verification): the account's failures are forgotten. A right password alone forgets nothing,
/// so guessing codes after a phished password stays counted.
pub async fn completed(pool: &Pool, username: &str) -> anyhow::Result<()> {
    db::sessions::clear_throttle(pool, &account_subject(username))
        .await
        .context("cannot reset the log-in throttle")
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

/// Checks a username and password (counted first, see [`attempt`]; argon2id on a blocking
/// thread). A right password takes back only the address's count: the caller calls
/// [`completed`] once the whole log-in is done.
pub async fn check_password(
    pool: &Pool,
    clock: &Clock,
    username: &str,
    password: zeroize::Zeroizing<String>,
    address: &str,
) -> Result<Me, LoginError> {
    attempt(pool, clock, username, address).await?;
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
    let matches = match hashing(move || verify_password(&hash, &password)).await {
        Ok(matches) => matches,
        Err(e) if e.is::<HashingBusy>() => {
            // Not checked, so not counted against the name or the address.
            for subject in subjects(username, address) {
                db::sessions::forgive_one(pool, &subject)
                    .await
                    .context("cannot update the log-in throttle")?;
            }
            return Err(LoginError::Busy);
        }
        Err(e) => return Err(e.into()),
    };
    match account {
        Some(a) if matches => {
            succeeded(pool, address).await?;
            let role = Role::parse(&a.role).context("the account has an unknown role")?;
            Ok(Me {
                id: a.id,
                username: a.username,
                role,
                must_enrol: false,
                language: a.language,
            })
        }
        _ => Err(LoginError::Wrong(account.map(|a| a.id))),
    }
}
