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

/// The page for a request body over [`MAX_FORM_BYTES`] (413): what happened, that nothing was
/// saved, what to do, and the way back to the form — never a bare status. `path` is the path the
/// form was posted to (one of Izde's own: the router matched it), which is also its page.
pub fn too_large(path: &str) -> Response {
    let back = if crate::server::http::router::is_page(path) {
        path
    } else {
        "/"
    };
    let mb = MAX_FORM_BYTES / (1024 * 1024);
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Too large to save — Izde</title></head><body><main>\
         <h1>This form is too large to save</h1>\
         <p>Izde accepts at most {mb} MB in one form, and this one is larger. <strong>Nothing was \
         saved.</strong></p>\
         <p>Go back with your browser's Back button: what you typed is usually still there. \
         Shorten the longest field (a very long transcript can be split over two testimonies), \
         then save again.</p>\
         <p><a href=\"{back}\">Open the form again</a> · <a href=\"/\">Izde's start page</a></p>\
         </main></body></html>"
    );
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        [(
            axum::http::header::CONTENT_TYPE,
            axum::http::HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        page,
    )
        .into_response()
}

/// Refuses, before anything reads it, a request whose declared body is over [`MAX_FORM_BYTES`]
/// (any route: forms, server functions, log-in), with the page of [`too_large`]. A body without a
/// declared length is cut at the same size by the extractors ([`Posted`], axum's body limit).
pub async fn limit_body(request: Request, next: axum::middleware::Next) -> Response {
    let declared = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_FORM_BYTES as u64) {
        return too_large(request.uri().path());
    }
    next.run(request).await
}

/// An urlencoded form body read into a form type whose fields are all strings (repeated keys
/// become lists), at most [`MAX_FORM_BYTES`].
pub struct Posted<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Default> FromRequest<S> for Posted<T> {
    type Rejection = Response;

    async fn from_request(request: Request, _: &S) -> Result<Self, Response> {
        let bytes = form_body(request).await?;
        read_form(&bytes).map(Posted).ok_or_else(unreadable)
    }
}

/// The body of a posted form, at most [`MAX_FORM_BYTES`].
async fn form_body(request: Request) -> Result<axum::body::Bytes, Response> {
    let path = request.uri().path().to_string();
    axum::body::to_bytes(request.into_body(), MAX_FORM_BYTES)
        .await
        .map_err(|_| too_large(&path))
}

/// Reads a form body; None when it is not a form of that shape.
fn read_form<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    serde_html_form::from_bytes(bytes).ok()
}

/// The answer to a body that is not the form it was posted to.
pub(crate) fn unreadable() -> Response {
    (StatusCode::BAD_REQUEST, "The form could not be read.").into_response()
}

/// The intake form, with the missing relatives after the first read from their prefixed fields
/// (`r2-name` …).
pub struct PostedIntake(pub crate::domain::forms::IntakeForm);

impl<S: Send + Sync> FromRequest<S> for PostedIntake {
    type Rejection = Response;

    async fn from_request(request: Request, _: &S) -> Result<Self, Response> {
        let bytes = form_body(request).await?;
        Self::read(&bytes).ok_or_else(unreadable)
    }
}

impl PostedIntake {
    /// The intake from an urlencoded body.
    fn read(bytes: &[u8]) -> Option<Self> {
        let mut form: crate::domain::forms::IntakeForm = read_form(bytes)?;
        let pairs: Vec<(String, String)> = read_form(bytes)?;
        form.read_relatives(&pairs);
        Some(Self(form))
    }

    /// The intake from the text fields of a multipart form, as (name, value) pairs in order;
    /// None when they are not the intake's.
    pub fn from_pairs(pairs: &[(String, String)]) -> Option<Self> {
        let encoded = serde_html_form::to_string(pairs).ok()?;
        Self::read(encoded.as_bytes())
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
