//! Exports made on the web page: `POST /export` makes one (in memory, never on the server's disk),
//! `/export/{token}` previews it, and its files download from `/export/{token}/…` — for the
//! account that made it only, for half an hour.

use crate::domain::export::{ExportForm, ExportReady, Manifest, Preview};
use crate::domain::forms::{FieldErrors, Submission};
use crate::i18n::tr;
use crate::server::export::{self, ExportError, ExportFile, Request as ExportRequest, Sink};
use crate::server::http::extract::{Posted, SignedIn};
use crate::server::http::forms::render_again;
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, request::Parts, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long an export stays downloadable.
pub const KEPT_FOR: Duration = Duration::from_secs(30 * 60);
/// How many exports one account may hold at once (the oldest is forgotten).
const PER_ACCOUNT: usize = 3;

/// How many exports are made at once on this server (each on a blocking thread, off the threads
/// that answer pages); one more waits its turn up to [`EXPORT_WAIT`], then is told to try again.
fn max_running_exports() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().div_ceil(2))
}

/// How long an export waits for its turn.
const EXPORT_WAIT: Duration = Duration::from_secs(20);

/// One export held for its maker.
struct Held {
    owner: String,
    made: Instant,
    manifest: Manifest,
    preview: Preview,
    selection: String,
    /// Shared, so that a download takes it out of the lock before zipping or sending.
    files: std::sync::Arc<Vec<ExportFile>>,
}

/// The exports waiting to be downloaded, in this process's memory, and those being made.
#[derive(Default)]
pub struct Exports {
    held: Mutex<HashMap<String, Held>>,
    /// The accounts with an export being made: one at a time each.
    making: Mutex<std::collections::HashSet<String>>,
    /// Turns to make an export ([`max_running_exports`]).
    turns: std::sync::OnceLock<tokio::sync::Semaphore>,
}

/// An account's mark that it is making an export, taken off when dropped.
struct Making<'a> {
    exports: &'a Exports,
    owner: String,
}

impl Drop for Making<'_> {
    fn drop(&mut self) {
        self.exports
            .making
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.owner);
    }
}

impl Exports {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Held>> {
        self.held.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Keeps an export for its owner; returns its token.
    fn keep(&self, held: Held) -> String {
        use rand::RngCore;
        let mut bytes = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        let token = hex::encode(bytes);
        let mut map = self.lock();
        map.retain(|_, h| h.made.elapsed() < KEPT_FOR);
        let mut mine: Vec<(String, Instant)> = map
            .iter()
            .filter(|(_, h)| h.owner == held.owner)
            .map(|(t, h)| (t.clone(), h.made))
            .collect();
        mine.sort_by_key(|(_, made)| *made);
        while mine.len() >= PER_ACCOUNT {
            let (oldest, _) = mine.remove(0);
            map.remove(&oldest);
        }
        map.insert(token.clone(), held);
        token
    }

    /// Marks `owner` as making an export; None when they already are.
    fn start(&self, owner: &str) -> Option<Making<'_>> {
        let mut making = self.making.lock().unwrap_or_else(|e| e.into_inner());
        making.insert(owner.to_string()).then(|| Making {
            exports: self,
            owner: owner.to_string(),
        })
    }

    /// Takes every turn to make an export until the permit is dropped: exports asked for
    /// meanwhile wait for a turn, marked as being made (a test holds one export in the making
    /// this way instead of racing it). None when an export is being made.
    pub fn hold_every_turn(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        let turns = u32::try_from(max_running_exports()).ok()?;
        self.turns().try_acquire_many(turns).ok()
    }

    fn turns(&self) -> &tokio::sync::Semaphore {
        self.turns
            .get_or_init(|| tokio::sync::Semaphore::new(max_running_exports()))
    }

    /// Runs `f` on an export if `owner` made it and it has not expired.
    fn with<T>(&self, token: &str, owner: &str, f: impl FnOnce(&Held) -> T) -> Option<T> {
        let map = self.lock();
        map.get(token)
            .filter(|h| h.owner == owner && h.made.elapsed() < KEPT_FOR)
            .map(f)
    }

    /// The preview of an export, for its maker.
    pub fn ready(&self, token: &str, owner: &str) -> Option<ExportReady> {
        self.with(token, owner, |h| ExportReady {
            token: token.to_string(),
            manifest: h.manifest.clone(),
            preview: h.preview.clone(),
            selection: h.selection.clone(),
            minutes_left: u32::try_from(KEPT_FOR.saturating_sub(h.made.elapsed()).as_secs() / 60)
                .unwrap_or(0),
        })
    }
}

fn forbidden() -> Response {
    let lang = crate::i18n::current();
    (StatusCode::FORBIDDEN, tr!(lang, "export-forbidden")).into_response()
}

fn gone() -> Response {
    let lang = crate::i18n::current();
    (StatusCode::NOT_FOUND, tr!(lang, "export-gone")).into_response()
}

/// POST /export — makes an export from the form; on success, to its preview.
pub async fn make(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(mut form): Posted<ExportForm>,
) -> Response {
    // The requester's language: the export is made on another thread, where it must be given
    // explicitly (see below).
    let lang = crate::i18n::current();
    let actor = user.actor();
    if !actor.role().exports() {
        return forbidden();
    }
    // The selection is the page's own address (the form posts to it).
    form.filters = parts.uri.query().unwrap_or_default().to_string();
    let again = |errors: FieldErrors, message: String, status: StatusCode| {
        let submission = Submission {
            values: serde_json::to_value(&form).unwrap_or_default(),
            errors,
            message: Some(message),
            lookalikes: Vec::new(),
        };
        render_again(state.clone(), parts.clone(), submission, status)
    };
    let cx = match state.context().await {
        Ok(cx) => cx,
        Err(e) => {
            return again(
                FieldErrors::default(),
                crate::error::AppError::from(e).to_string(),
                StatusCode::SERVICE_UNAVAILABLE,
            )
            .await
        }
    };
    // The least protection each profile accepts, as an admin set it.
    let minimums = match crate::server::auth::admin::export_minimums(&cx.pool).await {
        Ok(m) => m,
        Err(e) => {
            return again(
                FieldErrors::default(),
                crate::error::AppError::from(e).to_string(),
                StatusCode::INTERNAL_SERVER_ERROR,
            )
            .await
        }
    };
    let options = match form.validate(&minimums) {
        Ok(o) => o,
        Err(errors) => {
            return again(
                errors,
                tr!(lang, "export-refused-fields"),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    };
    let filter = crate::domain::case::CaseFilter::from_pairs(
        url::form_urlencoded::parse(form.filters.as_bytes()).into_owned(),
    );
    // Ids shared across exports, and selections by words (which can pick out one person), only
    // with an admin's approval: an admin makes such an export (issue 17, item 9).
    if actor.role() != crate::domain::account::Role::Admin
        && (options.stable_ids || filter.q.is_some())
    {
        let mut errors = FieldErrors::default();
        if options.stable_ids {
            errors.add("stable_ids", tr!(lang, "export-stable-ids-admin"));
        }
        let message = if filter.q.is_some() {
            tr!(lang, "export-refused-words")
        } else {
            tr!(lang, "export-refused-stable-ids")
        };
        return again(errors, message, StatusCode::FORBIDDEN).await;
    }
    let selection = match state.vocab.fresh(&state.pool).await {
        Ok(vocab) => filter.describe_in(&vocab, lang),
        Err(_) => None,
    }
    .unwrap_or_else(|| tr!(lang, "export-all-cases"));
    let request = ExportRequest { filter, options };
    let owner = actor.user_id().unwrap_or_default().to_string();
    let Some(_making) = state.exports.start(&owner) else {
        return again(
            FieldErrors::default(),
            tr!(lang, "export-refused-busy"),
            StatusCode::TOO_MANY_REQUESTS,
        )
        .await;
    };
    let Ok(Ok(_turn)) = tokio::time::timeout(EXPORT_WAIT, state.exports.turns().acquire()).await
    else {
        return again(
            FieldErrors::default(),
            tr!(lang, "export-refused-server-busy"),
            StatusCode::SERVICE_UNAVAILABLE,
        )
        .await;
    };
    // On a blocking thread: the search of the generalizations and the writing are CPU work that
    // would otherwise hold a thread that answers pages.
    let runtime = tokio::runtime::Handle::current();
    let maker = actor.clone();
    // The blocking thread is outside the request: its language is given explicitly, so that the
    // printable report is written in the requester's (the data files keep codes and English).
    let made = tokio::task::spawn_blocking(move || {
        let mut files = Vec::new();
        let made = runtime.block_on(crate::i18n::scope(
            lang,
            export::export(
                &cx,
                &maker,
                &request,
                Sink::Memory(&mut files),
                &indicatif::ProgressBar::hidden(),
            ),
        ));
        made.map(|made| (made, files))
    })
    .await
    .unwrap_or_else(|e| {
        Err(ExportError::from(anyhow::anyhow!(
            "the export panicked: {e}"
        )))
    });
    match made {
        Ok((made, files)) => {
            let token = state.exports.keep(Held {
                owner,
                made: Instant::now(),
                manifest: made.manifest,
                preview: made.preview,
                selection,
                files: std::sync::Arc::new(files),
            });
            Redirect::to(&format!("/export/{token}")).into_response()
        }
        Err(ExportError::Refused(refusal)) => {
            let mut errors = FieldErrors::default();
            errors.add("k", refusal.to_string());
            again(
                errors,
                tr!(lang, "export-refused-no-generalization"),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => {
            tracing::error!(error = %e, "an export failed");
            again(
                FieldErrors::default(),
                tr!(lang, "export-refused-failed"),
                StatusCode::INTERNAL_SERVER_ERROR,
            )
            .await
        }
    }
}

/// The content type of an export's file.
fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("csv") => "text/csv; charset=utf-8",
        Some("json") => "application/json",
        Some("html") => "text/html; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    }
}

/// The policy of the report page: its own style, nothing else (no script, no request anywhere).
fn report_policy() -> HeaderValue {
    use base64::Engine;
    use sha2::Digest;
    let hash = sha2::Sha256::digest(crate::server::export::report::CSS.as_bytes());
    let policy = format!(
        "default-src 'none'; style-src 'sha256-{}'; frame-ancestors 'none'; base-uri 'none'; \
         form-action 'none'",
        base64::engine::general_purpose::STANDARD.encode(hash)
    );
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

/// GET /export/{token}/files/{name} — one file of an export: the report opens in the browser,
/// the others download.
pub async fn file(
    State(state): State<AppState>,
    Path((token, name)): Path<(String, String)>,
    SignedIn(me): SignedIn,
) -> Response {
    let Some(files) = state.exports.with(&token, &me.id, |h| h.files.clone()) else {
        return gone();
    };
    let bytes = files
        .iter()
        .find(|f| f.name == name)
        .map(|f| f.bytes.clone());
    let Some(bytes) = bytes else {
        let lang = crate::i18n::current();
        return (StatusCode::NOT_FOUND, tr!(lang, "export-no-such-file")).into_response();
    };
    let mut response = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(content_type(&name)),
        )],
        bytes,
    )
        .into_response();
    let headers = response.headers_mut();
    if name == "report.html" {
        headers.insert(header::CONTENT_SECURITY_POLICY, report_policy());
    } else if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

/// GET /export/{token}/izde-export.zip — every file of an export, with its signed manifest, in
/// one zip archive.
pub async fn archive(
    State(state): State<AppState>,
    Path(token): Path<String>,
    SignedIn(me): SignedIn,
) -> Response {
    let Some(files) = state.exports.with(&token, &me.id, |h| h.files.clone()) else {
        return gone();
    };
    // Outside the lock, and off the threads that answer pages.
    let zipped = tokio::task::spawn_blocking(move || zip(&files))
        .await
        .unwrap_or_else(|e| Err(anyhow::anyhow!("zipping panicked: {e}")));
    match zipped {
        Ok(bytes) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/zip"),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_static("attachment; filename=\"izde-export.zip\""),
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "zipping an export failed");
            let lang = crate::i18n::current();
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                tr!(lang, "export-zip-failed"),
            )
                .into_response()
        }
    }
}

/// The files in a zip archive, compressed, in a folder named `izde-export`.
pub fn zip(files: &[ExportFile]) -> anyhow::Result<Vec<u8>> {
    zip_in(files, "izde-export")
}

/// The files in a zip archive, compressed, in a folder named `folder`.
pub fn zip_in(files: &[ExportFile], folder: &str) -> anyhow::Result<Vec<u8>> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for f in files {
        zip.start_file(format!("{folder}/{}", f.name), options)?;
        zip.write_all(&f.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}
