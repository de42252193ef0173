//! Personal API tokens: made on the account page (shown once), kept only as a SHA-256, revoked by
//! their owner or an admin, and checked on every API request against the owner's account as it is
//! now — a token carries no role of its own, so it never opens more than its owner may see today.

use crate::domain::account::{ApiTokenView, Me, NewApiToken, Role, API_TOKEN_DAYS};
use crate::domain::forms::FieldErrors;
use crate::i18n::tr;
use crate::server::audit::{self, action, kind};
use crate::server::auth::access::Actor;
use crate::server::clock::Clock;
use crate::server::db::{self, api_tokens as store, Pool};
use crate::server::records::{entry, RecordError};
use anyhow::Context as _;
use base64::Engine as _;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Every token starts with this, so that a token pasted where it should not be (a repository, a
/// chat) is easy to recognise and to look for.
pub const PREFIX: &str = "izde_pat_";
/// The only scope: reading what the owner may read on the pages.
pub const SCOPE_READ: &str = "read";
/// The longest token name accepted.
pub const MAX_NAME: usize = 64;
/// `last_used_at` is written at most this often per token.
const TOUCH_SECONDS: i64 = 60;

/// A token's SHA-256 in lower-case hex: what the database keeps.
pub fn hash(token: &str) -> String {
    format!("{:x}", Sha256::digest(token.as_bytes()))
}

/// A new token: the prefix and 32 random bytes, base64url (256 bits: never guessed, so a hash
/// without salt or stretching is enough to keep it).
fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!(
        "{PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// Whether `text` could be a token at all (anything else is refused before the database is asked).
fn well_formed(text: &str) -> bool {
    text.len() == PREFIX.len() + 43
        && text.starts_with(PREFIX)
        && text[PREFIX.len()..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A stored moment (Unix seconds) as the pages read them: RFC 3339 in UTC.
pub fn moment(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn view(row: store::TokenRow, now: i64) -> ApiTokenView {
    ApiTokenView {
        active: row.revoked_at.is_none() && row.expires_at > now,
        id: row.id,
        username: row.username,
        name: row.name,
        created_at: moment(row.created_at),
        expires_at: moment(row.expires_at),
        last_used_at: row.last_used_at.map(moment),
        revoked_at: row.revoked_at.map(moment),
    }
}

/// The audit hash of a token's stored form (its hash, name, scope and expiry: never the token).
fn digest(token_hash: &str, name: &str, expires_at: i64, revoked_at: Option<i64>) -> String {
    audit::digest(&[
        token_hash.as_bytes(),
        name.as_bytes(),
        SCOPE_READ.as_bytes(),
        expires_at.to_string().as_bytes(),
        revoked_at
            .map(|r| r.to_string())
            .unwrap_or_default()
            .as_bytes(),
    ])
}

/// Makes a read-only token for the signed-in `actor`, called `name`, lasting `days` (one of
/// [`API_TOKEN_DAYS`]); the token is in the answer and nowhere else.
#[tracing::instrument(skip_all)]
pub async fn create(
    pool: &Pool,
    clock: &Clock,
    actor: &Actor,
    name: &str,
    days: &str,
) -> Result<NewApiToken, RecordError> {
    let lang = crate::i18n::current();
    let Some(user_id) = actor.user_id() else {
        return Err(RecordError::Forbidden(tr!(lang, "api-token-no-account")));
    };
    let name = name.trim();
    let mut errors = FieldErrors::default();
    if name.is_empty() {
        errors.add("name", tr!(lang, "api-token-name-required"));
    } else if name.chars().count() > MAX_NAME {
        errors.add("name", tr!(lang, "error-too-long", {"max" => MAX_NAME}));
    }
    let days = days
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|d| API_TOKEN_DAYS.contains(d));
    if days.is_none() {
        errors.add("days", tr!(lang, "error-choose-listed"));
    }
    let (true, Some(days)) = (errors.is_empty(), days) else {
        return Err(RecordError::Invalid(errors));
    };
    let token = new_token();
    let token_hash = hash(&token);
    let id = uuid::Uuid::now_v7().to_string();
    let now = clock.unix();
    let expires_at = now + i64::from(days) * 24 * 60 * 60;
    let mut tx = db::begin(pool).await.context("begin")?;
    store::insert(
        &mut tx,
        &store::NewToken {
            id: &id,
            user_id,
            name,
            token_hash: &token_hash,
            scope: SCOPE_READ,
            created_at: now,
            expires_at,
        },
    )
    .await?;
    audit::append(
        &mut tx,
        &entry(actor, action::TOKEN_CREATE, kind::API_TOKEN, &id)
            .change(None, Some(digest(&token_hash, name, expires_at, None))),
    )
    .await?;
    tx.commit().await.context("commit")?;
    tracing::info!(token = %id, "made an API token");
    Ok(NewApiToken {
        name: name.to_string(),
        token,
        expires_at: moment(expires_at),
    })
}

/// The signed-in actor's own tokens, newest first.
pub async fn mine(
    pool: &Pool,
    clock: &Clock,
    actor: &Actor,
) -> Result<Vec<ApiTokenView>, RecordError> {
    let Some(user_id) = actor.user_id() else {
        return Ok(Vec::new());
    };
    let now = clock.unix();
    Ok(store::tokens_of(pool, user_id)
        .await?
        .into_iter()
        .map(|r| view(r, now))
        .collect())
}

/// Every account's tokens (admins).
pub async fn all(
    pool: &Pool,
    clock: &Clock,
    actor: &Actor,
) -> Result<Vec<ApiTokenView>, RecordError> {
    actor.require(
        &[Role::Admin],
        crate::server::auth::access::Doing::ManageAccounts,
    )?;
    let now = clock.unix();
    Ok(store::all_tokens(pool)
        .await?
        .into_iter()
        .map(|r| view(r, now))
        .collect())
}

/// Revokes a token: its owner may, and so may any admin. To anyone else it does not exist.
#[tracing::instrument(skip_all)]
pub async fn revoke(
    pool: &Pool,
    clock: &Clock,
    actor: &Actor,
    id: &str,
) -> Result<(), RecordError> {
    let Some(by) = actor.user_id() else {
        return Err(RecordError::NotFound);
    };
    let mut tx = db::begin(pool).await.context("begin")?;
    let row = store::token(&mut tx, id)
        .await?
        .ok_or(RecordError::NotFound)?;
    if row.user_id != by && !actor.is_admin() {
        return Err(RecordError::NotFound);
    }
    let now = clock.unix();
    if store::revoke(&mut tx, id, by, now).await? {
        let stored = store::stored_hash(&mut tx, id).await?.unwrap_or_default();
        audit::append(
            &mut tx,
            &entry(actor, action::TOKEN_REVOKE, kind::API_TOKEN, id).change(
                Some(digest(&stored, &row.name, row.expires_at, None)),
                Some(digest(&stored, &row.name, row.expires_at, Some(now))),
            ),
        )
        .await?;
    }
    tx.commit().await.context("commit")?;
    tracing::info!(token = %id, "revoked an API token");
    Ok(())
}

/// Why a presented token opens nothing (for the answer's code; never logged with the token).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not a token, unknown, revoked, of a disabled or removed account, or of another scope.
    Invalid,
    /// Past its expiry.
    Expired,
}

/// Who a valid token speaks for: its id and its owner's account as it is now.
#[derive(Clone, Debug)]
pub struct Bearer {
    pub token_id: String,
    pub me: Me,
}

/// The account a presented token speaks for, as it is now, or why it opens nothing.
pub async fn authenticate(
    pool: &Pool,
    clock: &Clock,
    token: &str,
) -> anyhow::Result<Result<Bearer, Refused>> {
    if !well_formed(token) {
        return Ok(Err(Refused::Invalid));
    }
    let Some(row) = store::bearer(pool, &hash(token))
        .await
        .context("cannot read the API token")?
    else {
        return Ok(Err(Refused::Invalid));
    };
    let now = clock.unix();
    let role = Role::parse(&row.role);
    let (Some(role), None, 0, SCOPE_READ) =
        (role, row.revoked_at, row.disabled, row.scope.as_str())
    else {
        return Ok(Err(Refused::Invalid));
    };
    if row.expires_at <= now {
        return Ok(Err(Refused::Expired));
    }
    if row.last_used_at.is_none_or(|at| now - at >= TOUCH_SECONDS) {
        store::touch(pool, &row.id, now)
            .await
            .context("cannot note the API token's use")?;
    }
    Ok(Ok(Bearer {
        token_id: row.id,
        me: Me {
            id: row.user_id,
            username: row.username,
            must_enrol: role == Role::Admin && row.two_step_required > 0 && row.two_step == 0,
            role,
            language: row.language,
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_recognisable() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert!(well_formed(&a), "{}", a.len());
        assert!(a.starts_with(PREFIX));
        assert_eq!(hash(&a).len(), 64);
        assert_ne!(hash(&a), hash(&b));
        for bad in [
            "",
            "izde_pat_",
            &a[..a.len() - 1],
            &format!("{a}x"),
            &a.replacen(PREFIX, "izde_xxx_", 1),
            &format!("{}+{}", &a[..20], &a[21..]),
        ] {
            assert!(!well_formed(bad), "{bad:?}");
        }
    }

    #[test]
    fn moments_read_as_utc() {
        assert_eq!(moment(0), "1970-01-01T00:00:00Z");
        assert_eq!(moment(1_700_000_000), "2023-11-14T22:13:20Z");
    }
}
