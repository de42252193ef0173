//! The log-in, log-out and password forms (posted, so they work without WebAssembly).

use crate::domain::forms::{FieldErrors, Submission};
use crate::server::auth::login::{self, LoginError};
use crate::server::auth::sessions;
use crate::server::http::extract::{Posted, SignedIn};
use crate::server::http::forms::render_again;
use crate::server::http::guard::client_address;
use crate::server::state::AppState;
use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use zeroize::Zeroizing;

/// Where to go after logging in: one of Izde's own pages (`router::is_page`), else the case list.
fn local_target(next: &str) -> String {
    if super::router::is_page(next) && next != "/login" {
        next.to_string()
    } else {
        "/cases".to_string()
    }
}

/// The log-in form: the password, or (with `challenge` set) the two-step code.
#[derive(serde::Deserialize, serde::Serialize, Default)]
#[serde(default)]
pub struct LoginForm {
    username: String,
    #[serde(skip_serializing)]
    password: String,
    next: String,
    /// The second step's token (the password was right; a code is awaited).
    challenge: String,
    #[serde(skip_serializing)]
    code: String,
}

fn audit_entry<'a>(what: &'a str, user: &'a str) -> crate::server::audit::Entry<'a> {
    crate::server::audit::Entry::new(what)
        .by(user)
        .on(crate::server::audit::kind::USER, user)
}

/// The page again with `message` next to `field`.
async fn again(
    state: AppState,
    parts: axum::http::request::Parts,
    form: &LoginForm,
    field: &str,
    message: String,
    status: StatusCode,
) -> Response {
    let mut errors = FieldErrors::default();
    errors.add(field, &message);
    let submission = Submission {
        values: serde_json::to_value(form).unwrap_or_default(),
        errors,
        message: Some(message),
        lookalikes: Vec::new(),
    };
    render_again(state, parts, submission, status).await
}

/// The second step is over (expired, used up or refused): the password form again, with `message`.
async fn start_over(
    state: AppState,
    parts: axum::http::request::Parts,
    mut form: LoginForm,
    message: String,
    status: StatusCode,
) -> Response {
    form.challenge.clear();
    again(state, parts, &form, "password", message, status).await
}

fn unavailable() -> (StatusCode, String) {
    (StatusCode::SERVICE_UNAVAILABLE, {
        let lang = crate::i18n::current();
        crate::i18n::tr!(lang, "login-unavailable")
    })
}

/// The account passed every step: log it, end the browser's old session, start a new one.
async fn finish(
    state: &AppState,
    me: &crate::domain::account::Me,
    old_token: Option<String>,
    next: &str,
    headers: &axum::http::HeaderMap,
) -> Result<Response, anyhow::Error> {
    // The whole log-in is done: the account's failed attempts are forgotten.
    login::completed(&state.pool, &me.username).await?;
    crate::server::audit::record(
        &state.pool,
        &audit_entry(crate::server::audit::action::LOGIN, &me.id),
    )
    .await?;
    // A new session id at every log-in; whatever session the browser had is ended.
    if let Some(old) = old_token {
        sessions::end_session(&state.pool, &old).await?;
    }
    let token = sessions::create_session(&state.pool, &state.clock, &me.id).await?;
    tracing::info!(user = %me.id, "logged in");
    let mut response = Redirect::to(&local_target(next)).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, state.web.session_cookie(Some(&token)));
    // The account's language follows it to this browser; a language chosen here before the
    // account had one becomes the account's.
    use crate::i18n::Lang;
    use crate::server::http::language;
    match me.language.as_deref().and_then(Lang::parse) {
        Some(lang) => {
            response
                .headers_mut()
                .append(header::SET_COOKIE, language::cookie(state, lang));
        }
        None => {
            if let Some(lang) = language::from_cookie(headers) {
                crate::server::db::accounts::set_language(&state.pool, &me.id, lang.code()).await?;
            }
        }
    }
    Ok(response)
}

/// POST /login: the password, then (for accounts with two-step verification) the code.
pub async fn login(
    State(state): State<AppState>,
    parts: Parts,
    Posted(mut form): Posted<LoginForm>,
) -> Response {
    let address = client_address(&parts, &state.web);
    let old_token = state.web.token_of(&parts.headers);
    if !form.challenge.is_empty() {
        return second_step(state, parts, form, old_token, &address).await;
    }
    let password = Zeroizing::new(std::mem::take(&mut form.password));
    let outcome = login::check_password(
        &state.pool,
        &state.clock,
        &form.username,
        password,
        &address,
    )
    .await;
    let (status, message) = match outcome {
        Ok(me) => match crate::server::auth::two_step::enabled(&state.pool, &me.id).await {
            Ok(true) => match sessions::create_challenge(&state.pool, &state.clock, &me.id).await {
                Ok(token) => {
                    form.challenge = token;
                    let submission = Submission {
                        values: serde_json::to_value(&form).unwrap_or_default(),
                        ..Submission::default()
                    };
                    return render_again(state, parts, submission, StatusCode::OK).await;
                }
                Err(e) => {
                    tracing::error!(error = ?e, "cannot start the second step");
                    unavailable()
                }
            },
            Ok(false) => match finish(&state, &me, old_token, &form.next, &parts.headers).await {
                Ok(response) => return response,
                Err(e) => {
                    tracing::error!(error = ?e, "cannot start a session");
                    unavailable()
                }
            },
            Err(e) => {
                tracing::error!(error = ?crate::error::AppError::from(e), "cannot read two-step state");
                unavailable()
            }
        },
        Err(LoginError::Wrong(account)) => {
            tracing::info!("a log-in failed");
            let failed =
                crate::server::audit::Entry::new(crate::server::audit::action::LOGIN_FAILED);
            let failed = match &account {
                Some(id) => failed.on(crate::server::audit::kind::USER, id),
                None => failed,
            };
            if let Err(e) = crate::server::audit::record(&state.pool, &failed).await {
                tracing::error!(error = ?e, "cannot log a failed log-in");
            }
            (StatusCode::UNAUTHORIZED, LoginError::Wrong(None).message())
        }
        Err(e @ LoginError::Throttled { .. }) => {
            tracing::warn!("a log-in was refused: too many failures");
            (StatusCode::TOO_MANY_REQUESTS, e.message())
        }
        Err(e @ LoginError::Busy) => {
            tracing::warn!("a log-in waited too long for a password check");
            (StatusCode::SERVICE_UNAVAILABLE, e.message())
        }
        Err(LoginError::Internal(e)) => {
            tracing::error!(error = ?e, "log-in failed");
            unavailable()
        }
    };
    again(state, parts, &form, "password", message, status).await
}

/// The code of an account with two-step verification.
async fn second_step(
    state: AppState,
    parts: axum::http::request::Parts,
    mut form: LoginForm,
    old_token: Option<String>,
    address: &str,
) -> Response {
    let code = std::mem::take(&mut form.code);
    let me = match sessions::challenge_user(&state.pool, &state.clock, &form.challenge).await {
        Ok(Some(me)) => me,
        Ok(None) => {
            let lang = crate::i18n::current();
            let message = crate::i18n::tr!(lang, "login-challenge-over");
            return start_over(state, parts, form, message, StatusCode::UNAUTHORIZED).await;
        }
        Err(e) => {
            tracing::error!(error = ?e, "cannot read a log-in's second step");
            let (status, message) = unavailable();
            return again(state, parts, &form, "code", message, status).await;
        }
    };
    let cx = match state.context().await {
        Ok(cx) => cx,
        Err(e) => {
            let message = crate::error::AppError::from(e).to_string();
            return again(
                state,
                parts,
                &form,
                "code",
                message,
                StatusCode::SERVICE_UNAVAILABLE,
            )
            .await;
        }
    };
    // Counted before the code is checked, against the account and the address, like a password.
    match login::attempt(&state.pool, &state.clock, &me.username, address).await {
        Ok(()) => {}
        Err(e @ LoginError::Throttled { .. }) => {
            tracing::warn!("a two-step code was refused: too many failures");
            let _ = sessions::end_challenge(&state.pool, &state.clock, &form.challenge).await;
            let status = StatusCode::TOO_MANY_REQUESTS;
            return start_over(state, parts, form, e.message(), status).await;
        }
        Err(e) => {
            tracing::error!(error = ?e, "cannot count a log-in's code");
            let (status, message) = unavailable();
            return again(state, parts, &form, "code", message, status).await;
        }
    }
    match crate::server::auth::two_step::check_login(&cx, &me.id, &me.username, &code).await {
        Ok(true) => {
            let _ = sessions::end_challenge(&state.pool, &state.clock, &form.challenge).await;
            if let Err(e) = login::succeeded(&state.pool, address).await {
                tracing::error!(error = ?e, "cannot update the log-in throttle");
            }
            match finish(&state, &me, old_token, &form.next, &parts.headers).await {
                Ok(response) => response,
                Err(e) => {
                    tracing::error!(error = ?e, "cannot start a session");
                    let (status, message) = unavailable();
                    again(state, parts, &form, "code", message, status).await
                }
            }
        }
        Ok(false) => {
            tracing::info!("a two-step code was wrong");
            let failed = audit_entry(crate::server::audit::action::LOGIN_FAILED, &me.id);
            if let Err(e) = crate::server::audit::record(&state.pool, &failed).await {
                tracing::error!(error = ?e, "cannot log a failed log-in");
            }
            let lang = crate::i18n::current();
            let message = crate::i18n::tr!(lang, "login-code-wrong");
            again(
                state,
                parts,
                &form,
                "code",
                message,
                StatusCode::UNAUTHORIZED,
            )
            .await
        }
        Err(e) => {
            tracing::error!(error = ?crate::error::AppError::from(e), "cannot check a code");
            let (status, message) = unavailable();
            again(state, parts, &form, "code", message, status).await
        }
    }
}

/// POST /logout.
pub async fn logout(
    State(state): State<AppState>,
    user: Option<SignedIn>,
    parts: Parts,
) -> Response {
    if let Some(SignedIn(me)) = &user {
        let entry = crate::server::audit::Entry::new(crate::server::audit::action::LOGOUT)
            .by(&me.id)
            .on(crate::server::audit::kind::USER, &me.id);
        if let Err(e) = crate::server::audit::record(&state.pool, &entry).await {
            tracing::error!(error = ?e, "cannot log a log-out");
        }
    }
    if let Some(token) = state.web.token_of(&parts.headers) {
        if let Err(e) = sessions::end_session(&state.pool, &token).await {
            tracing::error!(error = ?e, "cannot end a session");
        }
    }
    let mut response = Redirect::to("/login").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, state.web.session_cookie(None));
    response
}

#[cfg(test)]
mod tests {
    use super::local_target;

    #[test]
    fn after_log_in_only_local_paths_are_followed() {
        assert_eq!(local_target("/cases/abc"), "/cases/abc");
        assert_eq!(local_target("//evil.example/x"), "/cases");
        assert_eq!(local_target("https://evil.example"), "/cases");
        assert_eq!(local_target("/\\evil.example"), "/cases");
        assert_eq!(local_target(""), "/cases");
        // Browsers drop tabs and newlines from a URL, and read `\` as `/`: each of these would
        // have become `//x`, another host.
        for next in [
            "/\t/x",
            "/\n/x",
            "/\r/x",
            "/\\x",
            "//x",
            "https:x",
            "/%09/x",
            "/./x",
            "/cases/../x",
            "/no/such/page",
            "/cases?next=//x",
            "/login",
        ] {
            assert_eq!(local_target(next), "/cases", "{next:?}");
        }
        for page in [
            "/",
            "/cases",
            "/admin/audit",
            "/cases/0190a3c2-7b1e-7000-8000-000000000001/edit",
        ] {
            assert_eq!(local_target(page), page);
        }
    }
}
