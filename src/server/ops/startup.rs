//! Wiring: tracing, the axum router, and serving.

use crate::server::ops::cli::ServeArgs;
use crate::server::state::AppState;
use anyhow::Context;
use leptos::prelude::*;
use std::net::SocketAddr;

/// Logs go to stderr; `RUST_LOG` tunes them. Sensitive values never reach them: they live in
/// `Sensitive`, whose Debug prints `[redacted]`, and handlers log ids, not form contents.
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// The Leptos options: from cargo-leptos's environment when present, with Izde's defaults.
pub fn leptos_options() -> anyhow::Result<LeptosOptions> {
    let mut options = get_configuration(None)
        .context("cannot read the Leptos configuration")?
        .leptos_options;
    if options.output_name.is_empty() {
        options.output_name = "izde".into();
    }
    // A release build names its static files by content hash and lists the hashes in a file next
    // to the binary; started directly (`make run`, a deployment) rather than by cargo-leptos, the
    // server finds that file there unless LEPTOS_HASH_FILES says otherwise.
    if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        options.hash_files = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())))
            .is_some_and(|file| file.is_file());
    }
    Ok(options)
}

/// Refuses to serve beyond this machine on the development key (it lies next to the database)
/// or without the origin browsers will use (the cross-site check needs it).
pub fn check_addr(
    addr: SocketAddr,
    origin: Option<&str>,
    development_key: bool,
) -> anyhow::Result<SocketAddr> {
    if addr.ip().is_loopback() {
        return Ok(addr);
    }
    if development_key {
        anyhow::bail!(
            "refusing to listen on {addr}: this server uses the development key, which is only \
             for trying Izde on this machine (127.0.0.1); give it a real key with --identity"
        );
    }
    if origin.is_none() {
        anyhow::bail!(
            "refusing to listen on {addr} without --origin: say how browsers reach Izde, e.g. \
             --origin https://izde.example.org, so that requests from other sites can be refused"
        );
    }
    Ok(addr)
}

/// Runs the web server until Ctrl-C or SIGTERM. What it prints is for the person who started it:
/// a line for the key, one for the demo, and one saying where to open Izde (record-level detail is
/// at debug level, `RUST_LOG=debug`).
pub async fn serve(args: &ServeArgs) -> anyhow::Result<()> {
    let options = leptos_options()?;
    let addr = args.addr.unwrap_or(options.site_addr);
    let web_at = |addr| {
        crate::server::http::guard::WebConfig::new(args.origin.as_deref(), addr)
            .map(|web| web.with_trusted_proxies(args.trusted_proxy.clone()))
    };
    let web = web_at(addr)?;
    let storage = args.storage()?;
    let mut state = AppState::open(&storage, options, web).await?;
    check_addr(addr, args.origin.as_deref(), state.keys.is_development())?;
    let database = storage.database_url()?;
    tracing::debug!(database = %database, "database ready");
    if let (true, Some(path)) = (state.keys.is_sealed(), storage.identity.clone()) {
        tracing::warn!(
            "Izde starts SEALED: records stay encrypted until the passphrase of {} is given on \
             this terminal (or as a line on stdin)",
            path.display()
        );
        unseal_from_stdin(state.clone(), path);
    }
    if state.keys.is_development() {
        tracing::warn!(
            "using the DEVELOPMENT KEY in {}: for fictional data only, never real testimonies",
            storage.data_dir.display()
        );
    }
    if args.demo {
        let loaded =
            crate::server::ops::demo::load_demo_if_empty(&state, &storage.data_dir).await?;
        if loaded > 0 {
            tracing::info!("loaded the fictional demo: {loaded} cases and the demo accounts");
        } else {
            tracing::info!("the database holds cases already: the demo is not loaded again");
        }
    }
    if !args.pdf_font_dirs.is_empty() {
        state.pdf = std::sync::Arc::new(crate::server::pdf::PdfEngine::new(
            args.pdf_font_dirs.clone(),
        ));
    }
    // The fonts are scanned now, off the runtime, so that a missing one is said at start (and
    // the first pack does not wait for the scan); packs are refused until it is installed.
    let pdf = state.pdf.clone();
    tokio::task::spawn_blocking(move || {
        if let Err(e) = pdf.check_fonts() {
            tracing::error!("UN submission packs cannot be made as PDF: {e}");
        }
    });
    if args.check_every_hours > 0 {
        scheduled_checks(
            state.clone(),
            std::time::Duration::from_secs(args.check_every_hours * 3600),
        );
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    // With port 0 the system chose one: the origin is the address actually listened on.
    let local = listener
        .local_addr()
        .context("cannot read the listening address")?;
    if local != addr {
        state.web = std::sync::Arc::new(web_at(local)?);
    }
    let accounts = storage
        .data_dir
        .join(crate::server::ops::demo::DEMO_ACCOUNTS_FILE);
    if state.keys.is_development() && accounts.exists() {
        tracing::info!(
            "Izde is serving: open http://{local} and log in with a line of {}",
            accounts.display()
        );
    } else {
        tracing::info!(
            "Izde is serving http://{local} ({})",
            database.backend().name()
        );
    }
    axum::serve(
        listener,
        crate::server::http::router::router(state)
            .into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("the server stopped with an error")
}

/// Every `every` (the first time a quarter of an hour after start, or sooner for a shorter
/// interval): reads every evidence file whole (`izde evidence verify`) and fetches every archived
/// source's page again (`izde sources recheck`). Skipped while the server is sealed. Each instance
/// sharing a database runs it: the checks only mark what they find, so running twice does no harm.
fn scheduled_checks(state: AppState, every: std::time::Duration) {
    tokio::spawn(async move {
        let first = every.min(std::time::Duration::from_secs(15 * 60));
        tokio::time::sleep(first).await;
        loop {
            match state.context().await {
                Ok(cx) => {
                    match crate::server::evidence::verify_all(&cx, &state.blobs).await {
                        Ok(r) if r.damaged.is_empty() => {
                            tracing::info!(files = r.checked, "evidence files checked: all sound")
                        }
                        Ok(r) => tracing::warn!(
                            files = r.checked,
                            damaged = r.damaged.len(),
                            "evidence files checked: some no longer match what was uploaded"
                        ),
                        Err(e) => tracing::warn!(error = %e, "the evidence check failed"),
                    }
                    match crate::server::evidence::archive::recheck_all(&cx).await {
                        Ok(r) => tracing::info!(
                            checked = r.checked,
                            changed = r.changed,
                            gone = r.gone,
                            unreachable = r.unreachable,
                            "archived sources re-checked"
                        ),
                        Err(e) => {
                            tracing::warn!(error = %e, "the re-check of archived sources failed")
                        }
                    }
                }
                Err(_) => tracing::debug!("sealed: the scheduled checks wait"),
            }
            tokio::time::sleep(every).await;
        }
    });
}

/// Reads passphrases from the terminal (or stdin) on a thread until one unseals the server. Each is
/// tried on the async side; a wrong one is reported and asked again; nothing is written either way.
fn unseal_from_stdin(state: AppState, path: std::path::PathBuf) {
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<(
        zeroize::Zeroizing<String>,
        std::sync::mpsc::Sender<bool>,
    )>(1);
    std::thread::spawn(move || loop {
        let passphrase = match crate::server::state::read_passphrase("Passphrase to unseal Izde: ")
        {
            Ok(Some(p)) => p,
            Ok(None) => {
                tracing::warn!("no more input on stdin: Izde stays sealed");
                return;
            }
            Err(e) => {
                tracing::error!("cannot read the passphrase: {e:#}");
                return;
            }
        };
        let (reply, answer) = std::sync::mpsc::channel();
        if sender.blocking_send((passphrase, reply)).is_err() || answer.recv() == Ok(true) {
            return;
        }
    });
    tokio::spawn(async move {
        while let Some((passphrase, reply)) = receiver.recv().await {
            let path = path.clone();
            let identity = tokio::task::spawn_blocking(move || {
                crate::server::crypto::OnlineIdentity::from_passphrase_file(&path, &passphrase)
            })
            .await;
            let unsealed = match identity {
                Ok(Ok(identity)) => {
                    crate::server::state::unseal_and_upgrade(&state.pool, identity).await
                }
                Ok(Err(e)) => Err(anyhow::Error::new(e)),
                Err(e) => Err(anyhow::Error::new(e)),
            };
            match unsealed {
                Ok(keys) => {
                    state.keys.unseal(keys);
                    tracing::info!("Izde is unsealed");
                    let _ = reply.send(true);
                    return;
                }
                Err(e) => {
                    tracing::warn!("still sealed: {e:#}");
                    let _ = reply.send(false);
                }
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
