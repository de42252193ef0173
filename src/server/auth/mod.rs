//! Who is asking and what they may do: accounts and passwords, log-in (throttled), sessions,
//! two-step verification, roles and access to cases, reveals, and the admins' account work.
//! Nothing here renders a page or reads a form: the HTTP side is in `server::http`.

pub mod access;
pub mod accounts;
pub mod admin;
pub mod login;
pub mod reveals;
pub mod sessions;
pub mod two_step;

use sha2::{Digest, Sha256};

pub(crate) fn token_hash(token: &str) -> String {
    format!("{:x}", Sha256::digest(token.as_bytes()))
}
