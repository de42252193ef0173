//! Log-in, sessions and the request guard.
//!
//! A session is a random 256-bit token in an HttpOnly, SameSite=Strict cookie (`__Host-` prefixed
//! and Secure when Izde is served over https); the database keeps only its SHA-256, so a copy of the
//! database opens no session. Sessions end after 30 minutes without a request or 12 hours after
//! log-in, whichever comes first; a new token is issued at every log-in and every password change
//! ends the account's other sessions. Everything lives in the database, so several instances share
//! it. Failed log-ins are counted per account name and per address and checked *before* the
//! password is hashed, so guessing cannot make the server burn argon2 time.

use crate::domain::account::{Me, Role};
use crate::server::accounts::{fold_username, verify_password};
use crate::server::db::Pool;
use crate::server::state::AppState;
use anyhow::Context;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// A session ends after this long without a request.
pub const IDLE_SECONDS: i64 = 30 * 60;
/// A session ends this long after log-in, however busy.
pub const ABSOLUTE_SECONDS: i64 = 12 * 60 * 60;
/// `last_seen_at` is written at most this often (one write a minute per session, not per request).
const TOUCH_SECONDS: i64 = 60;
/// Failed log-ins are counted in windows this long.
pub const THROTTLE_WINDOW_SECONDS: i64 = 15 * 60;
/// Failed log-ins per account name in a window before that name is refused until the window ends.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed log-ins per address in a window (several people may share an office's address).
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;

/// How Izde is reached from browsers: its origin, which state-changing requests must come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebConfig {
    /// `scheme://host[:port]` as browsers send it in `Origin`.
    pub origin: String,
    /// Other spellings of the same origin (`localhost` for `127.0.0.1` when no origin is
    /// configured).
    pub aliases: Vec<String>,
}

impl WebConfig {
    /// The origin of `--origin`, or `http://` and the listening address.
    pub fn new(origin: Option<&str>, addr: std::net::SocketAddr) -> anyhow::Result<Self> {
        let unset = origin.is_none();
        let origin = match origin {
            Some(o) => {
                let url = url::Url::parse(o.trim())
                    .context("the origin must look like https://izde.example.org")?;
                if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
                    anyhow::bail!("the origin must look like https://izde.example.org");
                }
                url.origin().ascii_serialization()
            }
            None => format!("http://{addr}"),
        };
        let aliases = match origin_given(unset, addr) {
            true => vec![format!("http://localhost:{}", addr.port())],
            false => Vec::new(),
        };
        Ok(Self { origin, aliases })
    }

    /// Whether `origin` (an `Origin` header's value) is Izde's.
    pub fn is_own(&self, origin: &str) -> bool {
        origin == self.origin || self.aliases.iter().any(|a| a == origin)
    }

    /// Whether browsers reach Izde over https (cookies are then Secure and `__Host-` prefixed).
    pub fn https(&self) -> bool {
        self.origin.starts_with("https://")
    }

    /// The session cookie's name.
    pub fn cookie_name(&self) -> &'static str {
        if self.https() {
            "__Host-izde-session"
        } else {
            "izde-session"
        }
    }

    /// A `Set-Cookie` value carrying `token`, or ending the session when `token` is `None`.
    pub fn session_cookie(&self, token: Option<&str>) -> HeaderValue {
        let secure = if self.https() { "; Secure" } else { "" };
        let value = match token {
            Some(t) => format!(
                "{}={t}; Path=/; HttpOnly; SameSite=Strict; Max-Age={ABSOLUTE_SECONDS}{secure}",
                self.cookie_name()
            ),
            None => format!(
                "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
                self.cookie_name()
            ),
        };
        HeaderValue::from_str(&value).expect("cookie values are ASCII")
    }

    /// The session token the request carries, if any.
    pub fn token_of(&self, headers: &HeaderMap) -> Option<String> {
        let name = self.cookie_name();
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
            .filter(|v| !v.is_empty() && v.len() <= 64)
    }
}

/// `localhost` is another name of a loopback address the server listens on when no origin is set.
fn origin_given(unset: bool, addr: std::net::SocketAddr) -> bool {
    unset && addr.ip().is_loopback()
}

fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn token_hash(token: &str) -> String {
    format!("{:x}", Sha256::digest(token.as_bytes()))
}

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

/// Counts a wrong code against the account, as a wrong password is.
pub async fn code_failed(pool: &Pool, username: &str, address: &str) -> anyhow::Result<()> {
    record_failure(pool, &subjects(username, address)).await
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
async fn throttled(pool: &Pool, subjects: &[String; 2]) -> anyhow::Result<Option<i64>> {
    let now = unix_now();
    let mut wait = None;
    for (subject, limit) in subjects
        .iter()
        .zip([MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS])
    {
        let row: Option<(i64, i64)> =
            sqlx::query_as("SELECT window_start, failures FROM login_throttle WHERE subject = $1")
                .bind(subject)
                .fetch_optional(pool)
                .await
                .context("cannot read the log-in throttle")?;
        if let Some((start, failures)) = row {
            let left = start + THROTTLE_WINDOW_SECONDS - now;
            if left > 0 && failures >= limit {
                wait = Some(wait.unwrap_or(0).max(left));
            }
        }
    }
    Ok(wait)
}

async fn record_failure(pool: &Pool, subjects: &[String; 2]) -> anyhow::Result<()> {
    let now = unix_now();
    for subject in subjects {
        sqlx::query(
            "INSERT INTO login_throttle (subject, window_start, failures) VALUES ($1, $2, 1)
             ON CONFLICT (subject) DO UPDATE SET
               failures = CASE WHEN login_throttle.window_start + $3 <= $2 THEN 1
                               ELSE login_throttle.failures + 1 END,
               window_start = CASE WHEN login_throttle.window_start + $3 <= $2 THEN $2
                                   ELSE login_throttle.window_start END",
        )
        .bind(subject)
        .bind(now)
        .bind(THROTTLE_WINDOW_SECONDS)
        .execute(pool)
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
        crate::server::accounts::hash_password("izde decoy password, never an account's")
            .expect("argon2 hashes a constant")
    })
}

/// Checks a username and password (throttled, argon2id on a blocking thread). On success the
/// account's failure count is reset.
pub async fn check_password(
    pool: &Pool,
    username: &str,
    password: zeroize::Zeroizing<String>,
    address: &str,
) -> Result<Me, LoginError> {
    let subjects = subjects(username, address);
    if let Some(seconds) = throttled(pool, &subjects).await? {
        return Err(LoginError::Throttled {
            minutes: (seconds + 59) / 60,
        });
    }
    let account: Option<(String, String, String, String)> = match fold_username(username) {
        Ok(name) => sqlx::query_as(
            "SELECT id, username, role, password_hash FROM users WHERE username = $1 AND disabled = 0",
        )
        .bind(name)
        .fetch_optional(pool)
        .await
        .context("cannot read the account")?,
        Err(_) => None,
    };
    let hash = account
        .as_ref()
        .map(|a| a.3.clone())
        .unwrap_or_else(|| decoy_hash().to_string());
    let matches = tokio::task::spawn_blocking(move || verify_password(&hash, &password))
        .await
        .context("the password thread failed")?;
    match account {
        Some((id, username, role, _)) if matches => {
            sqlx::query("DELETE FROM login_throttle WHERE subject = $1")
                .bind(&subjects[0])
                .execute(pool)
                .await
                .context("cannot reset the log-in throttle")?;
            let role = Role::parse(&role).context("the account has an unknown role")?;
            Ok(Me {
                id,
                username,
                role,
                must_enrol: false,
            })
        }
        _ => {
            record_failure(pool, &subjects).await?;
            Err(LoginError::Wrong(account.map(|a| a.0)))
        }
    }
}

/// Paths an admin who must turn on two-step verification may still use.
fn allowed_while_enrolling(path: &str) -> bool {
    matches!(path, "/account" | "/logout" | "/api/account/totp")
        || path.starts_with("/account/totp/")
}

/// Paths anyone may open: the log-in page and the static files it needs.
fn is_public(path: &str) -> bool {
    path == "/login" || is_static(path)
}

/// Static files: no session is looked up for them and they may be cached.
fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/") || path == "/favicon.svg"
}

/// Whether a state-changing request comes from Izde's own pages. Browsers say so in
/// `Sec-Fetch-Site` (which no page can set), and name the page's origin in `Origin` — except that
/// under `Referrer-Policy: no-referrer` a form post's `Origin` is `null`. So: a named origin must
/// be Izde's; `Sec-Fetch-Site`, when sent, must be `same-origin`; and a request that proves neither
/// is refused.
pub fn same_origin(headers: &HeaderMap, web: &WebConfig) -> bool {
    let origin = headers
        .get(header::ORIGIN)
        .map(|o| o.to_str().unwrap_or("invalid"));
    let site = headers.get("sec-fetch-site").map(HeaderValue::as_bytes);
    match (origin, site) {
        (Some(o), _) if o != "null" && !web.is_own(o) => false,
        (_, Some(site)) => site == b"same-origin",
        (Some(o), None) => o != "null",
        (None, None) => false,
    }
}

/// The address a request came from (the TCP peer; Izde does not trust forwarding headers).
pub fn client_address(request: &Request) -> String {
    request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Every request passes here first: it refuses cross-site state changes, finds the session,
/// sends the anonymous to the log-in page, and sets the headers every response carries.
pub async fn guard(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let safe_method = matches!(*request.method(), Method::GET | Method::HEAD);
    if !safe_method && !same_origin(request.headers(), &state.web) {
        tracing::warn!(%path, "refused a state-changing request from another origin");
        return harden(
            (
                StatusCode::FORBIDDEN,
                "This request did not come from Izde's own pages, so it was refused. Open Izde \
                 and try again from there.",
            )
                .into_response(),
            false,
        );
    }
    if is_static(&path) {
        return harden(next.run(request).await, true);
    }
    let token = state.web.token_of(request.headers());
    let mut clear_cookie = false;
    let me = match &token {
        Some(t) => match session_user(&state.pool, t).await {
            Ok(me) => {
                clear_cookie = me.is_none();
                me
            }
            Err(e) => {
                tracing::error!(error = ?e, "session lookup failed");
                return harden(
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        "Izde cannot reach its database right now. Try again in a moment.",
                    )
                        .into_response(),
                    false,
                );
            }
        },
        None => None,
    };
    let mut response = match me {
        Some(me) if me.must_enrol && !allowed_while_enrolling(&path) => {
            if safe_method && !path.starts_with("/api/") {
                axum::response::Redirect::to("/account?two_step=required").into_response()
            } else {
                (
                    StatusCode::FORBIDDEN,
                    "Turn on two-step verification on your account page first: the settings \
                     require it for admins.",
                )
                    .into_response()
            }
        }
        Some(me) => {
            request.extensions_mut().insert(me);
            next.run(request).await
        }
        None if is_public(&path) => next.run(request).await,
        None if safe_method && !path.starts_with("/api/") => {
            let target = if path == "/" || path == "/login" {
                "/login".to_string()
            } else {
                format!(
                    "/login?next={}",
                    url::form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()
                )
            };
            axum::response::Redirect::to(&target).into_response()
        }
        None => (
            StatusCode::UNAUTHORIZED,
            "Log in to Izde first: your session has ended or you are not logged in.",
        )
            .into_response(),
    };
    if clear_cookie {
        response
            .headers_mut()
            .append(header::SET_COOKIE, state.web.session_cookie(None));
    }
    harden(response, false)
}

/// The headers of every response: no referrer, no sniffing, no framing, and nothing with case data
/// kept in any cache. Pages set their own nonce-based policy (see `app::shell`); anything else gets
/// one that allows nothing.
fn harden(mut response: Response, cacheable: bool) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !cacheable {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; \
                 base-uri 'none'; form-action 'self'",
            ),
        );
    }
    response
}

/// The policy of a page rendered with `nonce`: only scripts carrying it (and what they load) run,
/// WebAssembly may compile, and nothing comes from another site.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'strict-dynamic' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_checked_exactly() {
        let local = WebConfig::new(None, "127.0.0.1:3000".parse().unwrap()).unwrap();
        let public = WebConfig::new(
            Some("https://izde.example.org"),
            "0.0.0.0:3000".parse().unwrap(),
        )
        .unwrap();
        let mut h = HeaderMap::new();
        assert!(!same_origin(&h, &local), "no header: refused");
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:3000"),
        );
        assert!(same_origin(&h, &local));
        assert!(!same_origin(&h, &public));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://localhost:3000"),
        );
        assert!(same_origin(&h, &local));
        assert!(
            !same_origin(&h, &public),
            "no localhost alias for a configured origin"
        );
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:3000.evil.example"),
        );
        assert!(!same_origin(&h, &local));
        h.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!same_origin(&h, &local), "null alone proves nothing");
        // What Chromium sends for a form post under Referrer-Policy: no-referrer.
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&h, &local));
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!same_origin(&h, &local));
        // A named foreign origin is refused whatever else is claimed.
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(!same_origin(&h, &local));
        let mut h = HeaderMap::new();
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!same_origin(&h, &local));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-site"));
        assert!(!same_origin(&h, &local));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&h, &local));
    }

    #[test]
    fn cookies_are_host_prefixed_and_secure_over_https_only() {
        let addr = "127.0.0.1:3000".parse().unwrap();
        let plain = WebConfig::new(None, addr).unwrap();
        assert_eq!(plain.origin, "http://127.0.0.1:3000");
        let c = plain.session_cookie(Some("abc"));
        let c = c.to_str().unwrap();
        assert!(
            c.starts_with("izde-session=abc;")
                && c.contains("HttpOnly")
                && c.contains("SameSite=Strict")
        );
        assert!(!c.contains("Secure"));
        let tls = WebConfig::new(Some("https://Izde.Example.org/"), addr).unwrap();
        assert_eq!(tls.origin, "https://izde.example.org");
        let c = tls.session_cookie(Some("abc"));
        let c = c.to_str().unwrap();
        assert!(
            c.starts_with("__Host-izde-session=abc;")
                && c.contains("; Secure")
                && c.contains("Path=/")
        );
        assert!(!c.contains("Domain"), "__Host- cookies carry no Domain");
        assert!(WebConfig::new(Some("ftp://x"), addr).is_err());
    }

    #[test]
    fn the_session_token_is_read_from_the_right_cookie() {
        let config = WebConfig::new(None, "127.0.0.1:3000".parse().unwrap()).unwrap();
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("other=1; izde-session=tok; x=y"),
        );
        assert_eq!(config.token_of(&h).as_deref(), Some("tok"));
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("izde-sessionx=tok"),
        );
        assert_eq!(config.token_of(&h), None);
    }
}
