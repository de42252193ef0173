//! UN submission packs: the pack page's form posts here. "Prepare the printable pack" renders the
//! page again with the communication under the checklist; "Download the PDF" answers with the PDF,
//! drawn in memory and sent as it was made (never written to the server's disk). A refusal —
//! consent, a missing element, a field of the form — renders the pack page with the reason.

use super::extract::{Posted, SignedIn};
use super::forms::{render_again, respond};
use crate::domain::document::Document;
use crate::domain::pack::PackForm;
use crate::i18n::tr;
use crate::server::pdf::PdfError;
use crate::server::records::{self, RecordError};
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, request::Parts, StatusCode};
use axum::response::{IntoResponse, Response};

/// The pack page's own address, whichever of its forms' addresses was posted to (so that a
/// refusal renders the page, not a download's address).
fn pack_page(mut parts: Parts, id: &str, template: &str) -> Parts {
    if let Ok(uri) = format!("/cases/{id}/pack/{template}").parse() {
        parts.uri = uri;
    }
    parts
}

/// The pack of the posted form, made as the signed-in user (see [`records::produce_pack`]).
async fn produce(
    state: &AppState,
    user: &SignedIn,
    (id, template): &(String, String),
    form: &PackForm,
) -> Result<(crate::domain::pack::PackView, Document), RecordError> {
    let cx = state.context().await?;
    records::produce_pack(&cx, &user.actor(), id, template, form).await
}

/// POST /cases/{id}/pack/{template} — the printable communication, under the checklist.
pub async fn prepare(
    State(state): State<AppState>,
    Path(route): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<PackForm>,
) -> Response {
    match produce(&state, &user, &route, &form).await {
        Ok((_, document)) => {
            let prepared = crate::pages::pack::Prepared(form, document);
            render_again(state, parts, prepared, StatusCode::OK).await
        }
        Err(e) => respond(state, parts, &form, Err(e)).await,
    }
}

/// POST /cases/{id}/pack/{template}/pdf — the communication as a PDF download.
pub async fn pdf(
    State(state): State<AppState>,
    Path(route): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<PackForm>,
) -> Response {
    let parts = pack_page(parts, &route.0, &route.1);
    if let Err(e) = fonts_ready(&state).await {
        return respond(state, parts, &form, Err(e)).await;
    }
    let (view, document) = match produce(&state, &user, &route, &form).await {
        Ok(made) => made,
        Err(e) => return respond(state, parts, &form, Err(e)).await,
    };
    let file = format!(
        "izde-{}-{}.pdf",
        view.template.code(),
        file_stem(&view.pseudonym)
    );
    match draw(&state, document).await {
        Ok(bytes) => pdf_response(&file, bytes),
        Err(failure) => respond(state, parts, &form, Err(failure)).await,
    }
}

/// The case's pseudonym's last word ("K-3F9A-X7QM"), lowercased, for a file name: never the
/// name, which would end up in download lists and logs.
fn file_stem(pseudonym: &str) -> String {
    pseudonym
        .rsplit(' ')
        .next()
        .unwrap_or("case")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_lowercase()
}

/// What the reader is told when a PDF cannot be made: missing fonts are said (and logged);
/// anything else is an internal error.
fn pdf_failure(e: PdfError) -> RecordError {
    match e {
        PdfError::MissingFonts { .. } => {
            tracing::error!("a PDF was refused: its fonts are missing (see the start-up log)");
            let lang = crate::i18n::current();
            RecordError::Forbidden(tr!(lang, "pack-pdf-fonts"))
        }
        e => RecordError::Internal(anyhow::Error::new(e).context("PDF")),
    }
}

/// Whether the fonts are there (scanned once, on a blocking thread): checked before a PDF is
/// made and audited, so that no audit entry stands for a PDF that could not be drawn.
async fn fonts_ready(state: &AppState) -> Result<(), RecordError> {
    let engine = state.pdf.clone();
    tokio::task::spawn_blocking(move || engine.check_fonts())
        .await
        .map_err(|e| RecordError::Internal(anyhow::Error::new(e).context("font scan thread")))?
        .map_err(pdf_failure)
}

/// Draws `document` as a PDF on a blocking thread.
async fn draw(state: &AppState, document: Document) -> Result<Vec<u8>, RecordError> {
    let engine = state.pdf.clone();
    tokio::task::spawn_blocking(move || engine.render(&document))
        .await
        .map_err(|e| RecordError::Internal(anyhow::Error::new(e).context("PDF thread")))?
        .map_err(pdf_failure)
}

/// A PDF as a download: sent from memory as it was made.
fn pdf_response(file: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// POST /cases/{id}/dossier/pdf — the case's dossier as a PDF download, as the reader may see
/// the case.
pub async fn dossier_pdf(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
) -> Response {
    let actor = user.actor();
    let made = async {
        fonts_ready(&state).await?;
        let cx = state.context().await?;
        records::dossier(&cx, &actor, &id, true).await
    }
    .await;
    let failure = match made {
        Ok(document) => {
            let file = format!("izde-dossier-{}.pdf", file_stem(&document.footer));
            match draw(&state, document).await {
                Ok(bytes) => return pdf_response(&file, bytes),
                Err(e) => e,
            }
        }
        Err(e) => e,
    };
    let mut parts = parts;
    if let Ok(uri) = format!("/cases/{id}/dossier").parse() {
        parts.uri = uri;
    }
    respond(state, parts, &(), Err(failure)).await
}
