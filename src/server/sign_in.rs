//! The log-in, log-out and password forms (posted, so they work without WebAssembly).

use crate::domain::forms::{FieldErrors, Submission};
use crate::server::auth::{self, LoginError};
use crate::server::forms::{read_form, render_again};
use crate::server::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use zeroize::Zeroizing;

/// Where to go after logging in: a path on this site only (never `//elsewhere`).
fn local_target(next: &str) -> String {
    let ok = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if ok && next != "/login" {
        next.to_string()
    } else {
        "/cases".to_string()
    }
}

#[derive(serde::Deserialize, serde::Serialize, Default)]
#[serde(default)]
struct LoginForm {
    username: String,
    #[serde(skip_serializing)]
    password: String,
    next: String,
}

/// POST /login.
pub async fn login(State(state): State<AppState>, request: Request) -> Response {
    let address = auth::client_address(&request);
    let old_token = state.web.token_of(request.headers());
    let (parts, body) = request.into_parts();
    let mut form: LoginForm = match read_form(body).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let password = Zeroizing::new(std::mem::take(&mut form.password));
    let outcome = auth::check_password(&state.pool, &form.username, password, &address).await;
    let (status, message) = match outcome {
        Ok(me) => {
            // A new session id at every log-in; whatever session the browser had is ended.
            if let Some(old) = old_token {
                let _ = auth::end_session(&state.pool, &old).await;
            }
            let logged = crate::server::audit::record(
                &state.pool,
                &crate::server::audit::Entry::new(crate::server::audit::action::LOGIN)
                    .by(&me.id)
                    .on(crate::server::audit::kind::USER, &me.id),
            )
            .await;
            let session = match logged {
                Ok(_) => auth::create_session(&state.pool, &me.id).await,
                Err(e) => Err(e),
            };
            match session {
                Ok(token) => {
                    tracing::info!(user = %me.id, "logged in");
                    let mut response = Redirect::to(&local_target(&form.next)).into_response();
                    response
                        .headers_mut()
                        .insert(header::SET_COOKIE, state.web.session_cookie(Some(&token)));
                    return response;
                }
                Err(e) => {
                    tracing::error!(error = ?e, "cannot start a session");
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        "Izde could not log you in just now. Try again in a moment.".to_string(),
                    )
                }
            }
        }
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
            (
                StatusCode::UNAUTHORIZED,
                LoginError::Wrong(None).to_string(),
            )
        }
        Err(e @ LoginError::Throttled { .. }) => {
            tracing::warn!("a log-in was refused: too many failures");
            (StatusCode::TOO_MANY_REQUESTS, e.to_string())
        }
        Err(LoginError::Internal(e)) => {
            tracing::error!(error = ?e, "log-in failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "Izde could not log you in just now. Try again in a moment.".to_string(),
            )
        }
    };
    let mut errors = FieldErrors::default();
    errors.add("password", &message);
    let submission = Submission {
        values: serde_json::to_value(&form).unwrap_or_default(),
        errors,
        message: Some(message),
        related: Vec::new(),
    };
    render_again(state, parts, submission, status).await
}

/// POST /logout.
pub async fn logout(State(state): State<AppState>, request: Request) -> Response {
    if let Some(me) = request.extensions().get::<crate::domain::account::Me>() {
        let entry = crate::server::audit::Entry::new(crate::server::audit::action::LOGOUT)
            .by(&me.id)
            .on(crate::server::audit::kind::USER, &me.id);
        if let Err(e) = crate::server::audit::record(&state.pool, &entry).await {
            tracing::error!(error = ?e, "cannot log a log-out");
        }
    }
    if let Some(token) = state.web.token_of(request.headers()) {
        if let Err(e) = auth::end_session(&state.pool, &token).await {
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
    }
}
