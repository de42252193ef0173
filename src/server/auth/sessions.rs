//! Sessions and the second step of a log-in.
//!
//! A session is a random 256-bit token in an HttpOnly, SameSite=Strict cookie (`__Host-` prefixed
//! and Secure when Izde is served over https); the database keeps only its SHA-256, so a copy of the
//! database opens no session. Sessions end after 30 minutes without a request or 12 hours after
//! log-in, whichever comes first; a new token is issued at every log-in and every password change
//! ends the account's other sessions. Everything lives in the database, so several instances share
//! it.

use super::{token_hash, unix_now};
use crate::domain::account::{Me, Role};
use crate::server::db::Pool;
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
pub async fn create_session(pool: &Pool, user_id: &str) -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let now = unix_now();
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(now)
    .execute(pool)
    .await
    .context("cannot store the session")?;
    Ok(token)
}

/// The account of a live session, refreshing its idle clock; `None` for an unknown, expired or
/// disabled one (an expired one is deleted).
pub async fn session_user(pool: &Pool, token: &str) -> anyhow::Result<Option<Me>> {
    let hash = token_hash(token);
    #[derive(sqlx::FromRow)]
    struct Row {
        user_id: String,
        created_at: i64,
        last_seen_at: i64,
        username: String,
        role: String,
        disabled: i64,
        two_step: i64,
        two_step_required: i64,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT s.user_id, s.created_at, s.last_seen_at, u.username, u.role, u.disabled,
            (SELECT COUNT(*) FROM account_secrets a WHERE a.user_id = u.id AND a.confirmed = 1)
                AS two_step,
            (SELECT COUNT(*) FROM settings WHERE key = 'admin_totp_required' AND value = 'true')
                AS two_step_required
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(pool)
    .await
    .context("cannot read the session")?;
    let Some(Row {
        user_id,
        created_at,
        last_seen_at,
        username,
        role,
        disabled,
        two_step,
        two_step_required,
    }) = row
    else {
        return Ok(None);
    };
    let now = unix_now();
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
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(&hash)
            .execute(pool)
            .await
            .context("cannot refresh the session")?;
    }
    Ok(role.map(|role| Me {
        id: user_id,
        username,
        must_enrol: role == Role::Admin && two_step_required > 0 && two_step == 0,
        role,
    }))
}

/// Ends one session.
pub async fn end_session(pool: &Pool, token: &str) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash(token))
        .execute(pool)
        .await
        .context("cannot end the session")?;
    Ok(())
}

/// Ends every session of an account (after a password change, or when an admin disables it).
pub async fn end_sessions_of(
    conn: &mut crate::server::db::Conn,
    user_id: &str,
) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await
        .context("cannot end the account's sessions")?;
    Ok(())
}

/// How long the second step of a log-in may wait, and how many codes it may try.
pub const CHALLENGE_SECONDS: i64 = 5 * 60;
pub const CHALLENGE_ATTEMPTS: i64 = 5;

/// Records that `user_id` gave the right password and owes a code; returns the token the second
/// form carries.
pub async fn create_challenge(pool: &Pool, user_id: &str) -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    sqlx::query(
        "INSERT INTO login_challenges (token_hash, user_id, created_at) VALUES ($1, $2, $3)",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(unix_now())
    .execute(pool)
    .await
    .context("cannot store the log-in's second step")?;
    Ok(token)
}

/// The account a live challenge is for, counting this attempt; `None` once it has expired or
/// used up its attempts (it is then deleted).
pub async fn challenge_user(pool: &Pool, token: &str) -> anyhow::Result<Option<Me>> {
    let hash = token_hash(token);
    let row: Option<(String, i64, i64, String, String)> = sqlx::query_as(
        "SELECT c.user_id, c.created_at, c.attempts, u.username, u.role FROM login_challenges c
         JOIN users u ON u.id = c.user_id WHERE c.token_hash = $1 AND u.disabled = 0",
    )
    .bind(&hash)
    .fetch_optional(pool)
    .await
    .context("cannot read the log-in's second step")?;
    let live = row.filter(|(_, created, attempts, ..)| {
        unix_now() - created <= CHALLENGE_SECONDS && *attempts < CHALLENGE_ATTEMPTS
    });
    let Some((id, _, _, username, role)) = live else {
        end_challenge(pool, token).await?;
        return Ok(None);
    };
    sqlx::query("UPDATE login_challenges SET attempts = attempts + 1 WHERE token_hash = $1")
        .bind(&hash)
        .execute(pool)
        .await
        .context("cannot count the code")?;
    Ok(Role::parse(&role).map(|role| Me {
        id,
        username,
        role,
        must_enrol: false,
    }))
}

/// Ends a challenge (used or expired).
pub async fn end_challenge(pool: &Pool, token: &str) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1 OR created_at < $2")
        .bind(token_hash(token))
        .bind(unix_now() - CHALLENGE_SECONDS)
        .execute(pool)
        .await
        .context("cannot end the log-in's second step")?;
    Ok(())
}
