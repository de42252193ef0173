//! `sessions`, `login_challenges` and `login_throttle`: open sessions and pending second steps of
//! a log-in (each keyed by the SHA-256 of its token, never the token), and the failed log-ins
//! counted per subject. Times here are Unix seconds. Tokens, expiry and throttling decisions are
//! in `server::auth`.

use super::{Conn, Pool};

/// A session with what deciding whether it is still live needs of its account.
#[derive(Debug, sqlx::FromRow)]
pub struct SessionRow {
    pub user_id: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub username: String,
    pub role: String,
    pub disabled: i64,
    /// How many confirmed two-step secrets the account has (0 or 1).
    pub two_step: i64,
    /// Whether the installation requires two-step verification of admins (0 or 1).
    pub two_step_required: i64,
    /// The interface language the account chose.
    pub language: Option<String>,
}

/// The (enabled) account a pending second step of a log-in is for.
#[derive(Debug, sqlx::FromRow)]
pub struct ChallengeRow {
    pub user_id: String,
    pub username: String,
    pub role: String,
    pub language: Option<String>,
}

/// The failed log-ins of one subject in its current window.
#[derive(Debug, sqlx::FromRow)]
pub struct ThrottleRow {
    pub window_start: i64,
    pub failures: i64,
}

/// What a token opens: a session, or the second step of a log-in.
#[derive(Clone, Copy, Debug)]
pub enum TokenKind {
    Session,
    Challenge,
}

/// Stores a token of `kind` for `user_id` begun (and, for a session, last seen) at `now`.
pub async fn insert_token<'e>(
    db: impl sqlx::AnyExecutor<'e>,
    kind: TokenKind,
    (token_hash, user_id): (&str, &str),
    now: i64,
) -> sqlx::Result<()> {
    let sql = match kind {
        TokenKind::Session => {
            "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at)
             VALUES ($1, $2, $3, $3)"
        }
        TokenKind::Challenge => {
            "INSERT INTO login_challenges (token_hash, user_id, created_at) VALUES ($1, $2, $3)"
        }
    };
    sqlx::query(sql)
        .bind(token_hash)
        .bind(user_id)
        .bind(now)
        .execute(db)
        .await?;
    Ok(())
}

/// The session with this token hash, with its account (enabled or not).
pub async fn session(pool: &Pool, token_hash: &str) -> sqlx::Result<Option<SessionRow>> {
    sqlx::query_as(
        "SELECT s.user_id, s.created_at, s.last_seen_at, u.username, u.role, u.disabled, u.language,
            (SELECT COUNT(*) FROM account_secrets a WHERE a.user_id = u.id AND a.confirmed = 1)
                AS two_step,
            (SELECT COUNT(*) FROM settings WHERE key = 'admin_totp_required' AND value = 'true')
                AS two_step_required
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(pool)
    .await
}

/// Records that the session was seen at `now`.
pub async fn touch_session(pool: &Pool, token_hash: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
        .bind(now)
        .bind(token_hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete_session(pool: &Pool, token_hash: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(pool)
        .await?;
    Ok(())
}

/// Deletes every session of the account.
pub async fn delete_sessions_of(conn: &mut Conn, user_id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The enabled account a claimed second step is for (read by the account's id: a concurrent
/// request may already have ended the challenge, and the attempt it claimed must still count).
pub async fn challenge_account(pool: &Pool, user_id: &str) -> sqlx::Result<Option<ChallengeRow>> {
    sqlx::query_as(
        "SELECT id AS user_id, username, role, language FROM users WHERE id = $1 AND disabled = 0",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await
}

/// Counts one more code tried against the second step, in the same statement that checks it is
/// still allowed (begun at or after `begun_after`, fewer than `max_attempts` tried): concurrent
/// requests cannot both take the last attempt. `None` when it is not allowed.
pub async fn claim_attempt(
    pool: &Pool,
    token_hash: &str,
    max_attempts: i64,
    begun_after: i64,
) -> sqlx::Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "UPDATE login_challenges SET attempts = attempts + 1
         WHERE token_hash = $1 AND attempts < $2 AND created_at >= $3 RETURNING user_id",
    )
    .bind(token_hash)
    .bind(max_attempts)
    .bind(begun_after)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(user_id,)| user_id))
}

/// Deletes the second step with this token hash, and every one begun before `begun_before`.
pub async fn delete_challenge(
    pool: &Pool,
    token_hash: &str,
    begun_before: i64,
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1 OR created_at < $2")
        .bind(token_hash)
        .bind(begun_before)
        .execute(pool)
        .await?;
    Ok(())
}

/// Deletes every pending second step of the account.
pub async fn delete_challenges_of(conn: &mut Conn, user_id: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM login_challenges WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Counts a log-in attempt at `now` against `subject`: one more in its window, or the first of a
/// new window when the last one began `window_seconds` or more ago. Returns the count after it.
pub async fn count_attempt(
    pool: &Pool,
    subject: &str,
    now: i64,
    window_seconds: i64,
) -> sqlx::Result<ThrottleRow> {
    sqlx::query_as(
        "INSERT INTO login_throttle (subject, window_start, failures) VALUES ($1, $2, 1)
         ON CONFLICT (subject) DO UPDATE SET
           failures = CASE WHEN login_throttle.window_start + $3 <= $2 THEN 1
                           ELSE login_throttle.failures + 1 END,
           window_start = CASE WHEN login_throttle.window_start + $3 <= $2 THEN $2
                               ELSE login_throttle.window_start END
         RETURNING window_start, failures",
    )
    .bind(subject)
    .bind(now)
    .bind(window_seconds)
    .fetch_one(pool)
    .await
}

/// Takes back one counted attempt of `subject` (it turned out to be a success).
pub async fn forgive_one(pool: &Pool, subject: &str) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE login_throttle SET failures = failures - 1 WHERE subject = $1 AND failures > 0",
    )
    .bind(subject)
    .execute(pool)
    .await?;
    Ok(())
}

/// Forgets the failed log-ins of `subject`.
pub async fn clear_throttle(pool: &Pool, subject: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
        .bind(subject)
        .execute(pool)
        .await?;
    Ok(())
}
