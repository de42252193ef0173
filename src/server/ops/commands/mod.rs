//! Operators' commands: `izde migrate`, `izde check`, `izde backup`, `izde restore`, `izde keys`,
//! `izde users`, `izde audit`, `izde export`, `izde import`. One file per group; each prints for a person and
//! fails with a sentence saying what to do.

mod accounts;
mod database;
mod import;
mod keys;
mod records;

pub use accounts::users;
pub use database::{backup, check, migrate, restore};
pub use import::import;
pub use keys::keys;
pub use records::{audit, export, publish, recheck_sources, verify_evidence};
