//! The one error type that crosses the wire between server functions and pages.

use crate::domain::forms::FieldErrors;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a page may learn about a failure. Internal causes are logged on the server, never sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum AppError {
    /// The record does not exist (or is not visible).
    NotFound,
    /// The form has errors; each names its field.
    Validation(FieldErrors),
    /// The request conflicts with the current state of the record.
    Conflict(String),
    /// Something failed on the server; the details are in the server log under this reference.
    Internal { reference: String },
    /// The request could not reach the server or its answer could not be read.
    Transport(String),
    /// The server has not been unsealed yet: sensitive records cannot be read or written.
    Sealed,
    /// Nobody is logged in (or the session has ended).
    NotSignedIn,
    /// The account's role does not allow this; the message says what.
    Forbidden(String),
}

impl fmt::Display for AppError {
    /// The message a person reads, in the language of the page or request being handled.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::tr;
        let lang = crate::i18n::current();
        match self {
            Self::NotFound => f.write_str(&tr!(lang, "error-not-found")),
            Self::Validation(errors) => f.write_str(&tr!(
                lang,
                "error-fields-need-attention",
                {"count" => errors.len()}
            )),
            Self::Conflict(message) => f.write_str(message),
            Self::Internal { reference } => f.write_str(&tr!(
                lang,
                "error-internal",
                {"reference" => reference.as_str()}
            )),
            Self::Sealed => f.write_str(&tr!(lang, "error-sealed")),
            Self::NotSignedIn => f.write_str(&tr!(lang, "error-not-signed-in")),
            Self::Forbidden(message) => f.write_str(message),
            Self::Transport(_) => f.write_str(&tr!(lang, "error-transport")),
        }
    }
}

impl std::error::Error for AppError {}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        Self::Transport(value.to_string())
    }
}

impl From<FieldErrors> for AppError {
    fn from(errors: FieldErrors) -> Self {
        Self::Validation(errors)
    }
}
