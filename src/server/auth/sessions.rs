//! Sessions and the second step of a log-in.
//!
//! A session is a random 256-bit token in an HttpOnly, SameSite=Strict cookie (`__Host-` prefixed
//! and Secure when Izde is served over https); the database keeps only its SHA-256, so a copy of the
//! database opens no session. Sessions end after 30 minutes without a request or 12 hours after
//! log-in, whichever comes first; a new token is issued at every log-in and every password change
//! ends the account's other sessions. Everything lives in the database, so several instances share
//! it.

use super::token_hash;
use crate::domain::account::{Me, Role};
use crate::server::clock::Clock;
use crate::server::db::sessions::TokenKind;
use crate::server::db::{self, Conn, Pool};
use anyhow::Context;
use base64::Engine as _;
use rand::RngCore;

/// A session ends after this long without a request.
pub const IDLE_SECONDS: i64 = 30 * 60;
/// A session ends this long after log-in, however busy.
pub const ABSOLUTE_SECONDS: i64 = 12 * 60 * 60;
/// `last_seen_at` is written at most this often (one write a minute per session, not per request).
const TOUCH_SECONDS: i64 = 60;

/// Starts a session for `user_id`; returns the token for the cookie.
pub async fn create_session(pool: &Pool, clock: &Clock, user_id: &str) -> anyhow::Result<String> {
    let token = random_token();
    db::sessions::insert_token(
        pool,
        TokenKind::Session,
        (&token_hash(&token), user_id),
        clock.unix(),
    )
    .await
    .context("cannot store the session")?;
    Ok(token)
}

/// 32 random bytes, base64url.
fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The account of a live session, refreshing its idle clock; `None` for an unknown, expired or
/// disabled one (an expired one is deleted).
pub async fn session_user(pool: &Pool, clock: &Clock, token: &str) -> anyhow::Result<Option<Me>> {
    let hash = token_hash(token);
    let row = db::sessions::session(pool, &hash)
        .await
        .context("cannot read the session")?;
    let Some(db::sessions::SessionRow {
        user_id,
        created_at,
        last_seen_at,
        username,
        role,
        disabled,
        two_step,
        two_step_required,
        language,
    }) = row
    else {
        return Ok(None);
    };
    let now = clock.unix();
    let role = Role::parse(&role);
    if disabled != 0
        || role.is_none()
        || now - last_seen_at > IDLE_SECONDS
        || now - created_at > ABSOLUTE_SECONDS
    {
        end_session(pool, token).await?;
        return Ok(None);
    }
    if now - last_seen_at >= TOUCH_SECONDS {
        db::sessions::touch_session(pool, &hash, now)
            .await
            .context("cannot refresh the session")?;
    }
    Ok(role.map(|role| Me {
        id: user_id,
        username,
        must_enrol: role == Role::Admin && two_step_required > 0 && two_step == 0,
        role,
        language,
    }))
}

/// Ends one session.
pub async fn end_session(pool: &Pool, token: &str) -> anyhow::Result<()> {
    db::sessions::delete_session(pool, &token_hash(token))
        .await
        .context("cannot end the session")?;
    Ok(())
}

/// Ends every session of an account (after a password change, or when an admin disables it).
pub async fn end_sessions_of(conn: &mut Conn, user_id: &str) -> anyhow::Result<()> {
    db::sessions::delete_sessions_of(conn, user_id)
        .await
        .context("cannot end the account's sessions")?;
    Ok(())
}

/// How long the second step of a log-in may wait, and how many codes it may try.
pub const CHALLENGE_SECONDS: i64 = 5 * 60;
pub const CHALLENGE_ATTEMPTS: i64 = 5;

/// Records that `user_id` gave the right password and owes a code; returns the token the second
/// form carries. An account has one second step at a time: starting one ends any other, so that
/// many open challenges do not multiply the codes an attacker may try.
pub async fn create_challenge(pool: &Pool, clock: &Clock, user_id: &str) -> anyhow::Result<String> {
    let token = random_token();
    let mut tx = crate::server::db::begin(pool)
        .await
        .context("cannot begin a transaction")?;
    db::sessions::delete_challenges_of(&mut tx, user_id)
        .await
        .context("cannot end the account's other second steps")?;
    db::sessions::insert_token(
        &mut *tx,
        TokenKind::Challenge,
        (&token_hash(&token), user_id),
        clock.unix(),
    )
    .await
    .context("cannot store the log-in's second step")?;
    tx.commit()
        .await
        .context("cannot store the log-in's second step")?;
    Ok(token)
}

/// The account a live challenge is for, counting this attempt before the code is checked; `None`
/// once it has expired or used up its attempts (it is then deleted). The account comes from the
/// claim itself: a concurrent guess that found the attempts used up may delete the challenge
/// between the claim and any later read, and a claimed attempt must still reach the account's
/// throttle.
pub async fn challenge_user(pool: &Pool, clock: &Clock, token: &str) -> anyhow::Result<Option<Me>> {
    let hash = token_hash(token);
    let claimed = db::sessions::claim_attempt(
        pool,
        &hash,
        CHALLENGE_ATTEMPTS,
        clock.unix() - CHALLENGE_SECONDS,
    )
    .await
    .context("cannot count the code")?;
    let row = match claimed {
        Some(user_id) => db::sessions::challenge_account(pool, &user_id)
            .await
            .context("cannot read the log-in's second step")?,
        None => None,
    };
    let Some(challenge) = row else {
        end_challenge(pool, clock, token).await?;
        return Ok(None);
    };
    Ok(Role::parse(&challenge.role).map(|role| Me {
        id: challenge.user_id,
        username: challenge.username,
        role,
        must_enrol: false,
        language: challenge.language,
    }))
}

/// Ends a challenge (used or expired).
pub async fn end_challenge(pool: &Pool, clock: &Clock, token: &str) -> anyhow::Result<()> {
    db::sessions::delete_challenge(pool, &token_hash(token), clock.unix() - CHALLENGE_SECONDS)
        .await
        .context("cannot end the log-in's second step")?;
    Ok(())
}
