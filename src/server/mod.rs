//! Server-only code: never compiled into the browser bundle.

pub mod access;
pub mod accounts;
pub mod admin;
pub mod alerts;
pub mod audit;
pub mod auth;
pub mod cli;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod export;
pub mod forms;
pub mod keyring;
pub mod ops;
pub mod provenance;
pub mod records;
pub mod reveals;
pub mod search;
pub mod sign_in;
pub mod startup;
pub mod state;
pub mod stats;
pub mod text;
pub mod totp;
pub mod waves;
