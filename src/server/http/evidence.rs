//! The evidence locker over HTTP: an upload (`POST /cases/{id}/evidence/new`, a multipart form read
//! as a stream), a file played or shown in the page with range requests
//! (`GET /cases/{id}/evidence/{file}`), and the original downloaded
//! (`GET /cases/{id}/evidence/{file}/download`).
//!
//! What is sent is never rendered in Izde's origin: only video, audio and raster images are
//! served inline (with the type found in their content); everything else is a download of type
//! `application/octet-stream`. Every answer is `no-store`, `nosniff`, and sandboxed by its
//! Content-Security-Policy, so an uploaded HTML or SVG file opened directly runs nothing.

use crate::domain::forms::{FieldErrors, Submission};
use crate::error::AppError;
use crate::i18n::tr;
use crate::server::evidence::{self, NewFile, ReadError, ReadKind};
use crate::server::http::extract::SignedIn;
use crate::server::http::forms::render_again;
use crate::server::records::RecordError;
use crate::server::state::AppState;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use futures_util::StreamExt;

/// What a multipart upload adds to the file itself (boundaries, the other fields).
const FORM_OVERHEAD: u64 = 64 * 1024;
/// The policy of every evidence answer: nothing in it may run, load or be framed.
const SANDBOX: &str = "default-src 'none'; img-src 'self'; media-src 'self'; sandbox";

/// POST /cases/{id}/evidence/new — stores the posted file (field `file`) for the case, attached to
/// what the field `attach` (sent before it) names; then to the case page, at the file. A refusal
/// renders the upload page again with the reason next to the field.
pub async fn upload(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let actor = user.actor();
    let mut attach = String::new();
    let outcome = async {
        let cx = state.context().await?;
        let limit = evidence::max_file_bytes(&cx.pool).await?;
        let declared = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit + FORM_OVERHEAD) {
            return Err(too_large(limit));
        }
        let mut form = Multipart::from_request(Request::from_parts(parts.clone(), body), &state)
            .await
            .map_err(|_| {
                let lang = crate::i18n::current();
                field_error("file", &tr!(lang, "evidence-unreadable"))
            })?;
        loop {
            let field = match form.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                Err(_) => return Err(cut_off()),
            };
            match field.name() {
                Some("attach") => {
                    attach = field.text().await.map_err(|_| cut_off())?;
                    attach.truncate(100);
                }
                Some("file") => {
                    let name = field.file_name().unwrap_or_default().to_string();
                    if name.is_empty() {
                        let lang = crate::i18n::current();
                        return Err(field_error("file", &tr!(lang, "evidence-choose-file")));
                    }
                    let new = NewFile {
                        case_id: &id,
                        attach: &attach,
                        name: &name,
                    };
                    return evidence::add_file(&cx, &state.blobs, &actor, new, Box::pin(field))
                        .await;
                }
                _ => {}
            }
        }
        let lang = crate::i18n::current();
        Err(field_error("file", &tr!(lang, "evidence-choose-file")))
    }
    .await;
    match outcome {
        Ok(file) => Redirect::to(&format!("/cases/{id}#evidence-{file}")).into_response(),
        Err(e) => {
            let error = AppError::from(e);
            let errors = match &error {
                AppError::Validation(errors) => errors.clone(),
                _ => FieldErrors::default(),
            };
            let submission = Submission {
                values: serde_json::json!({ "attach": attach }),
                message: Some(error.to_string()),
                errors,
                lookalikes: Vec::new(),
            };
            let status = error.status();
            render_again(state, parts, submission, status).await
        }
    }
}

/// The intake as posted: urlencoded (no file), or multipart with the testimony's recording in the
/// field `recording` after the text fields (received into the store as a pending file). A refusal
/// (an unreadable form, text over the form limit, a file refused) is the response to send.
#[allow(clippy::result_large_err)] // The error is the page to answer with, sent at once.
pub(crate) async fn read_intake(
    state: &AppState,
    request: Request,
) -> Result<
    (
        axum::http::request::Parts,
        crate::domain::forms::IntakeForm,
        Option<evidence::Pending>,
    ),
    Response,
> {
    use crate::server::http::extract::{too_large, PostedIntake, MAX_FORM_BYTES};
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let (parts, body) = request.into_parts();
    if !multipart {
        let PostedIntake(form) =
            PostedIntake::from_request(Request::from_parts(parts.clone(), body), state).await?;
        return Ok((parts, form, None));
    }
    let path = parts.uri.path().to_string();
    let mut form = Multipart::from_request(Request::from_parts(parts.clone(), body), state)
        .await
        .map_err(|_| too_large(&path))?;
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut text_bytes = 0usize;
    let mut pending = None;
    while let Ok(Some(field)) = form.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        if name == "recording" {
            let file_name = field.file_name().unwrap_or_default().to_string();
            if file_name.is_empty() || pending.is_some() {
                continue;
            }
            let cx = match state.context().await {
                Ok(cx) => cx,
                Err(e) => return Err(AppError::from(e).into_response()),
            };
            match evidence::receive_pending(&cx, &state.blobs, &file_name, Box::pin(field)).await {
                Ok(file) => pending = Some(file),
                Err(e) => {
                    // The text read so far comes back with the reason beside the file field.
                    let PostedIntake(typed) = PostedIntake::from_pairs(&pairs)
                        .ok_or_else(crate::server::http::extract::unreadable)?;
                    let error = AppError::from(e);
                    let errors = match &error {
                        AppError::Validation(errors) => errors.clone(),
                        _ => FieldErrors::default(),
                    };
                    let mut errors_for_file = FieldErrors::default();
                    for (field, message) in errors.iter() {
                        errors_for_file
                            .add(if field == "file" { "recording" } else { field }, message);
                    }
                    let submission = Submission {
                        values: serde_json::to_value(&typed).unwrap_or_default(),
                        message: Some(error.to_string()),
                        errors: errors_for_file,
                        lookalikes: Vec::new(),
                    };
                    return Err(
                        render_again(state.clone(), parts, submission, error.status()).await,
                    );
                }
            }
            continue;
        }
        let text = match field.text().await {
            Ok(text) => text,
            Err(_) => {
                if let Some(file) = pending {
                    file.discard(&state.blobs).await;
                }
                return Err(too_large(&path));
            }
        };
        text_bytes += name.len() + text.len();
        if text_bytes > MAX_FORM_BYTES {
            if let Some(file) = pending {
                file.discard(&state.blobs).await;
            }
            return Err(too_large(&path));
        }
        pairs.push((name, text));
    }
    match PostedIntake::from_pairs(&pairs) {
        Some(PostedIntake(intake)) => Ok((parts, intake, pending)),
        None => {
            if let Some(file) = pending {
                file.discard(&state.blobs).await;
            }
            Err(crate::server::http::extract::unreadable())
        }
    }
}

fn field_error(field: &str, message: &str) -> RecordError {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    RecordError::Invalid(errors)
}

fn cut_off() -> RecordError {
    let lang = crate::i18n::current();
    field_error("file", &tr!(lang, "evidence-cut-off"))
}

fn too_large(limit: u64) -> RecordError {
    let lang = crate::i18n::current();
    let limit = crate::domain::evidence::size_label(limit);
    field_error("file", &tr!(lang, "evidence-too-large", {"limit" => limit}))
}

/// POST /cases/{id}/sources/{source}/archive — the source's web page fetched and kept in the
/// locker; then to the source on the case page, or the archive page again with the reason.
pub async fn archive(
    State(state): State<AppState>,
    Path((id, source)): Path<(String, String)>,
    user: SignedIn,
    parts: axum::http::request::Parts,
    crate::server::http::extract::Posted(form): crate::server::http::extract::Posted<
        crate::domain::forms::ArchiveForm,
    >,
) -> Response {
    let actor = user.actor();
    let outcome = match state.context().await {
        Ok(cx) => evidence::archive::archive_source(&cx, &state.blobs, &actor, &id, &source)
            .await
            .map(|_| format!("/cases/{id}#source-{source}")),
        Err(e) => Err(e),
    };
    crate::server::http::forms::respond(state, parts, &form, outcome).await
}

/// GET /cases/{id}/evidence/{file} — a video, audio recording or image for the page's player,
/// with range requests; any other kind is sent as its download.
pub async fn view(
    State(state): State<AppState>,
    Path((id, file)): Path<(String, String)>,
    user: SignedIn,
    headers: HeaderMap,
) -> Response {
    serve(state, user, (id, file), headers, ReadKind::View).await
}

/// GET /cases/{id}/evidence/{file}/download — the original bytes, as a download named as uploaded.
pub async fn download(
    State(state): State<AppState>,
    Path((id, file)): Path<(String, String)>,
    user: SignedIn,
    headers: HeaderMap,
) -> Response {
    serve(state, user, (id, file), headers, ReadKind::Download).await
}

async fn serve(
    state: AppState,
    user: SignedIn,
    (id, file): (String, String),
    request_headers: HeaderMap,
    how: ReadKind,
) -> Response {
    let actor = user.actor();
    let opened = match state.context().await {
        Ok(cx) => evidence::open_file(&cx, &actor, &id, &file, how).await,
        Err(e) => Err(e),
    };
    let opened = match opened {
        Ok(opened) => opened,
        Err(e) => return refusal(AppError::from(e), &id),
    };
    if opened.row.damaged_at.is_some() {
        return damaged(&id);
    }
    let size = opened.size();
    let inline =
        how == ReadKind::View && matches!(opened.row.kind.as_str(), "video" | "audio" | "image");
    // One range is answered with 206; none, several or a malformed header with the whole file.
    let range = request_headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .map(|v| http_range_header::parse_range_header(v).and_then(|r| r.validate(size)));
    let (status, span) = match range {
        Some(Ok(ranges)) if ranges.len() == 1 => {
            let r = &ranges[0];
            (StatusCode::PARTIAL_CONTENT, *r.start()..*r.end() + 1)
        }
        Some(Err(http_range_header::RangeUnsatisfiableError::Unsatisfiable)) => {
            let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return response;
        }
        _ => (StatusCode::OK, 0..size),
    };
    let mut chunks = Box::pin(evidence::read_range(
        state.blobs.clone(),
        &opened,
        span.clone(),
    ));
    // The first piece is read before answering, so a damaged or missing file is refused with a
    // page instead of a 200 that breaks off.
    let first = match chunks.next().await {
        Some(Ok(bytes)) => bytes,
        Some(Err(ReadError::Damaged)) => return damaged(&id),
        Some(Err(ReadError::Store(e))) => {
            return refusal(AppError::from(RecordError::Internal(e)), &id)
        }
        None => axum::body::Bytes::new(),
    };
    let body = futures_util::stream::once(async move { Ok::<_, ReadError>(first) }).chain(chunks);
    let mut response = Response::new(Body::from_stream(
        body.map(|r| r.map_err(std::io::Error::from)),
    ));
    *response.status_mut() = status;
    let h = response.headers_mut();
    let content_type = if inline {
        opened.row.media_type.as_str()
    } else {
        "application/octet-stream"
    };
    if let Ok(v) = HeaderValue::from_str(content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    h.insert(
        header::CONTENT_LENGTH,
        HeaderValue::from(span.end - span.start),
    );
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if status == StatusCode::PARTIAL_CONTENT {
        if let Ok(v) =
            HeaderValue::from_str(&format!("bytes {}-{}/{size}", span.start, span.end - 1))
        {
            h.insert(header::CONTENT_RANGE, v);
        }
    }
    let disposition = if inline {
        "inline".to_string()
    } else {
        let name = percent_encoding::utf8_percent_encode(
            opened.name.expose(),
            percent_encoding::NON_ALPHANUMERIC,
        );
        format!("attachment; filename=\"evidence\"; filename*=UTF-8''{name}")
    };
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(SANDBOX),
    );
    response
}

/// A small page saying why a file is not sent, with the way back to its case.
fn message(status: StatusCode, title: &str, text: &str, case: &str) -> Response {
    let back = if uuid::Uuid::parse_str(case).is_ok() {
        format!("/cases/{case}")
    } else {
        "/".into()
    };
    let lang = crate::i18n::current();
    let (code, dir) = (lang.code(), lang.dir());
    let back_text = tr!(lang, "evidence-back");
    let page = format!(
        "<!DOCTYPE html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} — Izde</title></head><body><main><h1>{title}</h1><p>{text}</p>\
         <p><a href=\"{back}\">{back_text}</a></p></main></body></html>"
    );
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        page,
    )
        .into_response()
}

fn refusal(error: AppError, case: &str) -> Response {
    let status = error.status();
    let text = error.to_string();
    let lang = crate::i18n::current();
    let title = match status {
        StatusCode::FORBIDDEN => tr!(lang, "evidence-refused-forbidden"),
        StatusCode::NOT_FOUND => tr!(lang, "evidence-refused-missing"),
        _ => tr!(lang, "evidence-refused-other"),
    };
    message(status, &title, &text, case)
}

fn damaged(case: &str) -> Response {
    let lang = crate::i18n::current();
    message(
        StatusCode::CONFLICT,
        &tr!(lang, "evidence-damaged-title"),
        &tr!(lang, "evidence-damaged-text"),
        case,
    )
}
