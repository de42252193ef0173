//! The `izde` binary: the web server and the operators' command line.

#[cfg(feature = "ssr")]
fn main() -> std::process::ExitCode {
    izde::server::ops::cli::run()
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The browser build has no binary; cargo-leptos builds the library for it.
}
