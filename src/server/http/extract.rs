//! What every handler starts with, said once: who is signed in ([`SignedIn`]), the posted form
//! ([`Posted`]), and how an [`AppError`] becomes a status and a message (`IntoResponse`).

use crate::domain::account::Me;
use crate::error::AppError;
use crate::server::auth::access::Actor;
use axum::extract::{FromRequest, FromRequestParts, OptionalFromRequestParts, Request};
use axum::http::{request::Parts, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

/// Largest accepted form body (a long transcript fits).
pub const MAX_FORM_BYTES: usize = 4 * 1024 * 1024;

impl AppError {
    /// The HTTP status of this error.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Sealed => StatusCode::SERVICE_UNAVAILABLE,
            AppError::NotSignedIn => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Internal { .. } | AppError::Transport(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// The status and the message a page may show (never an internal cause: see [`AppError`]).
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        (self.status(), self.to_string()).into_response()
    }
}

/// The signed-in account of a request (the guard put it there); a request without one is answered
/// 401 before its body is read.
pub struct SignedIn(pub Me);

impl SignedIn {
    pub fn actor(&self) -> Actor {
        Actor::User(self.0.clone())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<Me>()
            .cloned()
            .map(SignedIn)
            .ok_or(AppError::NotSignedIn)
    }
}

/// `Option<SignedIn>`: the account if someone is signed in (log-out works either way).
impl<S: Send + Sync> OptionalFromRequestParts<S> for SignedIn {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Option<Self>, Self::Rejection> {
        Ok(parts.extensions.get::<Me>().cloned().map(SignedIn))
    }
}

/// An urlencoded form body read into a form type whose fields are all strings (repeated keys
/// become lists), at most [`MAX_FORM_BYTES`].
pub struct Posted<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Default> FromRequest<S> for Posted<T> {
    type Rejection = Response;

    async fn from_request(request: Request, _: &S) -> Result<Self, Response> {
        let bytes = axum::body::to_bytes(request.into_body(), MAX_FORM_BYTES)
            .await
            .map_err(|_| {
                (StatusCode::PAYLOAD_TOO_LARGE, "The form is too large.").into_response()
            })?;
        serde_html_form::from_bytes(&bytes)
            .map(Posted)
            .map_err(|_| (StatusCode::BAD_REQUEST, "The form could not be read.").into_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_the_status_a_client_expects() {
        let cases = [
            (AppError::NotFound, 404),
            (AppError::Validation(Default::default()), 422),
            (AppError::Conflict("changed".into()), 409),
            (AppError::Sealed, 503),
            (AppError::NotSignedIn, 401),
            (AppError::Forbidden("no".into()), 403),
            (
                AppError::Internal {
                    reference: "r".into(),
                },
                500,
            ),
        ];
        for (error, status) in cases {
            assert_eq!(error.into_response().status().as_u16(), status);
        }
    }
}
