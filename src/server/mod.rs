//! Server-only code: never compiled into the browser bundle. One folder per concern; each says
//! in its module comment what it owns and what it may not do.
//!
//! - [`http`]: the HTTP boundary — the request guard and security headers, the extractors, every
//!   form post and download handler, the router.
//! - [`auth`]: accounts, passwords, log-in throttling, sessions, two-step verification, roles and
//!   access to cases, reveals.
//! - [`records`]: the record service — intake, edits, the case list and its facets, name search,
//!   history, provenance, statistics, the cross-case timeline, release alerts.
//! - [`export`]: anonymized datasets, their files, signed manifests and the printable report.
//! - [`api_v1`]: the read API (/api/v1) for personal tokens, and its OpenAPI description.
//! - [`audit`]: the tamper-evident audit log.
//! - [`crypto`]: every key — the `age` identity, the keyring of KEKs, data keys, sealing, and the
//!   keys derived for one purpose each.
//! - [`db`]: every SQL statement.
//! - [`ops`]: the command line, start-up and serving, the demo and synthetic data.
//! - [`state`]: what every handler and server function can reach; [`context`] the part of it the
//!   record services take (database, keys, vocabularies, [`clock`], facet cache).

pub mod api_v1;
pub mod audit;
pub mod auth;
pub mod clock;
pub mod context;
pub mod crypto;
pub mod db;
pub mod evidence;
pub mod export;
pub mod http;
pub mod import;
pub mod ops;
pub mod pdf;
pub mod records;
pub mod register;
pub mod state;
