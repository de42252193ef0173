//! Izde records testimonies about people who went missing in Xinjiang, as their relatives abroad
//! testify about them, and keeps those records safe, traceable and useful.
//!
//! The crate is one Leptos application: `domain` (pure types shared by server and browser), `api`
//! (server functions), `components` and `pages` (the views), and — on the server only — `server`
//! (configuration, database, cryptography, command line).
#![forbid(unsafe_code)]
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod components;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

/// The browser entry point: hydrates the islands of the server-rendered page (the rest of the
/// page is plain HTML and stays so).
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
