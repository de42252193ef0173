//! The read API under `/api/v1` (docs/api.md): JSON for what a token's owner may read on the pages
//! today, described by an OpenAPI 3.1 document at `/api/v1/openapi.json`.
//!
//! Requests authenticate with a personal token only (`Authorization: Bearer …`, see [`tokens`]):
//! no cookie session is read, so a page of another site cannot make a browser call it, and nothing
//! is redirected to the log-in page. Each call is checked against the owner's account as it is
//! now, limited per token ([`ApiLimits`]), and logged in the audit log before its answer is sent
//! (an `api.read` entry; the record services log the names they open as the pages do).

pub mod error;
pub mod handlers;
pub mod openapi;
pub mod params;
pub mod tokens;
pub mod wire;

use crate::domain::account::Me;
use crate::server::audit::{self, action, kind};
use crate::server::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use error::ApiError;
use std::num::NonZeroU32;

/// Where the API is mounted.
pub const PREFIX: &str = "/api/v1";

/// Whether `path` is the API's (the request guard leaves those to it).
pub fn is_api(path: &str) -> bool {
    path == PREFIX || path.starts_with("/api/v1/")
}

/// Who a call speaks for: the token and its owner's account as it is now.
#[derive(Clone, Debug)]
pub struct Caller {
    pub token_id: String,
    pub me: Me,
}

/// Calls each token may make: a burst of `per_minute`, refilled at `per_minute` a minute (GCRA,
/// in this process's memory: each instance of a cluster counts its own).
pub struct ApiLimits {
    limiter: governor::DefaultKeyedRateLimiter<String>,
}

impl ApiLimits {
    /// The calls a token may make each minute.
    pub const DEFAULT_PER_MINUTE: u32 = 120;

    /// A limit of `per_minute` calls a minute per token.
    pub fn per_minute(per_minute: NonZeroU32) -> Self {
        Self {
            limiter: governor::RateLimiter::keyed(governor::Quota::per_minute(per_minute)),
        }
    }

    /// Counts a call with `token_id`: `Err(seconds)` to wait when over the limit.
    pub fn check(&self, token_id: &str) -> Result<(), u64> {
        use governor::clock::Clock as _;
        // Tokens no longer calling are forgotten now and then, so memory stays bounded.
        if self.limiter.len() > 10_000 {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(&token_id.to_string())
            .map_err(|not_until| {
                let wait = not_until.wait_time_from(self.limiter.clock().now());
                wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
            })
            .map_err(|s| s.max(1))
    }
}

impl Default for ApiLimits {
    fn default() -> Self {
        Self::per_minute(NonZeroU32::new(Self::DEFAULT_PER_MINUTE).unwrap_or(NonZeroU32::MIN))
    }
}

/// The API's routes, mounted at [`PREFIX`] by the application's router.
pub fn router(state: AppState) -> Router<AppState> {
    let data = Router::new()
        .route("/cases", get(handlers::list_cases))
        .route("/cases/{id}", get(handlers::get_case))
        .route("/cases/{id}/timeline", get(handlers::case_timeline))
        .route("/cases/{id}/sources", get(handlers::case_sources))
        .route("/cases/{id}/claims", get(handlers::case_claims))
        .route("/statistics", get(handlers::statistics))
        .route("/release-alerts", get(handlers::release_alerts))
        .route_layer(axum::middleware::from_fn_with_state(state, authenticate));
    Router::new()
        .route("/openapi.json", get(handlers::openapi))
        .merge(data)
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
        .fallback(|request: Request| async move {
            // Anything but a read is refused as such, wherever it is sent.
            if !matches!(*request.method(), Method::GET | Method::HEAD) {
                return ApiError::method_not_allowed();
            }
            ApiError::not_found()
        })
}

/// The token of `Authorization: Bearer …`, if one is given.
fn bearer(request: &Request) -> Option<&str> {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

/// Every data endpoint's first step: the token, its owner as they are now, the rate limit; then
/// the call, and its audit entry before the answer leaves.
async fn authenticate(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let Some(token) = bearer(&request) else {
        return ApiError::missing_token().into_response();
    };
    let bearer = match tokens::authenticate(&state.pool, &state.clock, token).await {
        Ok(Ok(bearer)) => bearer,
        Ok(Err(tokens::Refused::Expired)) => return ApiError::token_expired().into_response(),
        Ok(Err(tokens::Refused::Invalid)) => {
            // The token itself is never logged: only that one was refused.
            tracing::info!("refused an API token");
            return ApiError::invalid_token().into_response();
        }
        Err(e) => return ApiError::internal(e).into_response(),
    };
    let caller = Caller {
        token_id: bearer.token_id,
        me: bearer.me,
    };
    // Messages and labels in the account's language, else the request's (as on the pages).
    let lang = crate::server::http::language::of_request(request.headers(), Some(&caller.me));
    crate::i18n::scope(lang, async move {
        if caller.me.must_enrol {
            return ApiError::two_step_required().into_response();
        }
        if let Err(seconds) = state.api.check(&caller.token_id) {
            return ApiError::rate_limited(seconds).into_response();
        }
        let what = request
            .extensions()
            .get::<axum::extract::OriginalUri>()
            .map_or_else(|| request.uri().clone(), |o| o.0.clone());
        request.extensions_mut().insert(caller.clone());
        let response = next.run(request).await;
        match log_call(&state, &caller, &what, response.status()).await {
            Ok(()) => response,
            // Nothing read is sent unless its entry is in the log.
            Err(e) => ApiError::internal(e).into_response(),
        }
    })
    .await
}

/// The `api.read` entry of a call: on the case it read (for a case's endpoints), else on the
/// token; its `after` hash covers the token, the path and query, and the answer's status (an admin
/// who has the request can recompute it).
async fn log_call(
    state: &AppState,
    caller: &Caller,
    uri: &axum::http::Uri,
    status: StatusCode,
) -> anyhow::Result<()> {
    let path = uri.path();
    let case = path
        .strip_prefix("/api/v1/cases/")
        .map(|rest| rest.split('/').next().unwrap_or_default())
        .and_then(|id| uuid::Uuid::parse_str(id).ok())
        .map(|id| id.to_string());
    let (record_kind, record_id) = match &case {
        Some(id) => (kind::CASE, id.as_str()),
        None => (kind::API_TOKEN, caller.token_id.as_str()),
    };
    let request = uri.path_and_query().map_or(path, |pq| pq.as_str());
    let after = audit::digest(&[
        caller.token_id.as_bytes(),
        request.as_bytes(),
        status.as_str().as_bytes(),
    ]);
    audit::record(
        &state.pool,
        &audit::Entry::new(action::API_READ)
            .by(&caller.me.id)
            .on(record_kind, record_id)
            .change(None, Some(after)),
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_limited_on_its_own() {
        let limits = ApiLimits::per_minute(NonZeroU32::new(3).unwrap());
        for _ in 0..3 {
            assert!(limits.check("a").is_ok());
        }
        let wait = limits.check("a").unwrap_err();
        assert!((1..=20).contains(&wait), "{wait}");
        assert!(limits.check("b").is_ok(), "another token has its own count");
    }

    #[test]
    fn only_the_api_s_paths_are_the_api_s() {
        assert!(is_api("/api/v1/cases"));
        assert!(is_api("/api/v1"));
        assert!(!is_api("/api/v10/cases"));
        assert!(!is_api("/api/cases/list"));
    }
}
