//! The read API's errors: a status, a stable code and a message for people, answered as
//! `{"error": {"code": …, "message": …}}`. No answer carries an internal cause (a database error, a
//! key error): those go to the server log under a reference the message gives.

use super::wire::{ErrorBody, ErrorDetail};
use crate::error::AppError;
use crate::i18n::tr;
use crate::server::records::RecordError;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// An error answer of the API.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    /// Seconds to wait (429).
    pub retry_after: Option<u64>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: String) -> Self {
        Self {
            status,
            code,
            message,
            retry_after: None,
        }
    }

    /// No `Authorization: Bearer` header.
    pub fn missing_token() -> Self {
        let lang = crate::i18n::current();
        Self::new(
            StatusCode::UNAUTHORIZED,
            "missing_token",
            tr!(lang, "api-error-missing-token"),
        )
    }

    /// A token that opens nothing: unknown, revoked, of a disabled account.
    pub fn invalid_token() -> Self {
        let lang = crate::i18n::current();
        Self::new(
            StatusCode::UNAUTHORIZED,
            "invalid_token",
            tr!(lang, "api-error-invalid-token"),
        )
    }

    /// A token past its expiry.
    pub fn token_expired() -> Self {
        let lang = crate::i18n::current();
        Self::new(
            StatusCode::UNAUTHORIZED,
            "token_expired",
            tr!(lang, "api-error-token-expired"),
        )
    }

    /// An admin who must turn on two-step verification first (the pages refuse them too).
    pub fn two_step_required() -> Self {
        let lang = crate::i18n::current();
        Self::new(
            StatusCode::FORBIDDEN,
            "two_step_required",
            tr!(lang, "login-enrol-first"),
        )
    }

    /// Too many calls with this token: wait `seconds`.
    pub fn rate_limited(seconds: u64) -> Self {
        let lang = crate::i18n::current();
        Self {
            retry_after: Some(seconds),
            ..Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                tr!(lang, "api-error-rate-limited", {"seconds" => seconds}),
            )
        }
    }

    /// A query parameter the endpoint does not take.
    pub fn unknown_parameter(name: &str) -> Self {
        let lang = crate::i18n::current();
        Self::new(
            StatusCode::BAD_REQUEST,
            "unknown_parameter",
            tr!(lang, "api-error-unknown-parameter", {"name" => name.chars().take(40).collect::<String>()}),
        )
    }

    /// A filter (or `limit`) whose value is not one it takes.
    pub fn invalid_filter(name: &str) -> Self {
        let lang = crate::i18n::current();
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid_filter",
            tr!(lang, "api-error-invalid-filter", {"name" => name.to_string()}),
        )
    }

    /// A cursor that is not one this API gave.
    pub fn invalid_cursor() -> Self {
        let lang = crate::i18n::current();
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid_cursor",
            tr!(lang, "api-error-invalid-cursor"),
        )
    }

    /// A cursor given for other filters or another sort.
    pub fn cursor_mismatch() -> Self {
        let lang = crate::i18n::current();
        Self::new(
            StatusCode::BAD_REQUEST,
            "cursor_mismatch",
            tr!(lang, "api-error-cursor-mismatch"),
        )
    }

    /// No such endpoint or record.
    pub fn not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            AppError::NotFound.to_string(),
        )
    }

    /// Anything but GET.
    pub fn method_not_allowed() -> Self {
        let lang = crate::i18n::current();
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            tr!(lang, "api-error-read-only"),
        )
    }

    /// Something failed on the server: logged under a reference, which the message gives.
    pub fn internal(cause: anyhow::Error) -> Self {
        Self::from(RecordError::Internal(cause))
    }
}

impl From<RecordError> for ApiError {
    fn from(e: RecordError) -> Self {
        let (status, code) = match &e {
            RecordError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            RecordError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            RecordError::Sealed => (StatusCode::SERVICE_UNAVAILABLE, "sealed"),
            RecordError::Invalid(_) => (StatusCode::BAD_REQUEST, "invalid_request"),
            RecordError::Duplicate(_) | RecordError::Stale(..) => {
                (StatusCode::CONFLICT, "conflict")
            }
            RecordError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        };
        // AppError logs an internal cause under a reference and says only the reference.
        Self::new(status, code, AppError::from(e).to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code.to_string(),
                message: self.message,
            },
        };
        let mut response = (self.status, axum::Json(body)).into_response();
        let headers = response.headers_mut();
        if self.status == StatusCode::UNAUTHORIZED {
            // RFC 6750: the scheme, and why a presented token was refused.
            let value = match self.code {
                "missing_token" => "Bearer realm=\"izde\"".to_string(),
                _ => format!(
                    "Bearer realm=\"izde\", error=\"invalid_token\", error_description=\"{}\"",
                    self.code
                ),
            };
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.insert(header::WWW_AUTHENTICATE, value);
            }
        }
        if let Some(seconds) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// What a handler answers.
pub type ApiResult<T> = Result<axum::Json<T>, ApiError>;
