//! UN submission packs: the pack page's form posts here. "Prepare the printable pack" renders the
//! page again with the communication under the checklist; "Download the PDF" answers with the PDF,
//! drawn in memory and sent as it was made (never written to the server's disk). A refusal —
//! consent, a missing element, a field of the form — renders the pack page with the reason.

use super::extract::{Posted, SignedIn};
use super::forms::{render_again, respond};
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

/// POST /cases/{id}/pack/{template} — the printable communication, under the checklist.
pub async fn prepare(
    State(state): State<AppState>,
    Path((id, template)): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<PackForm>,
) -> Response {
    let actor = user.actor();
    let produced = async {
        let cx = state.context().await?;
        records::produce_pack(&cx, &actor, &id, &template, &form).await
    }
    .await;
    match produced {
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
    Path((id, template)): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<PackForm>,
) -> Response {
    let actor = user.actor();
    let parts = pack_page(parts, &id, &template);
    let produced = async {
        let cx = state.context().await?;
        records::produce_pack(&cx, &actor, &id, &template, &form).await
    }
    .await;
    let (view, document) = match produced {
        Ok(made) => made,
        Err(e) => return respond(state, parts, &form, Err(e)).await,
    };
    let engine = state.pdf.clone();
    let drawn = tokio::task::spawn_blocking(move || engine.render(&document)).await;
    let failure = match drawn {
        Ok(Ok(bytes)) => {
            // The pseudonym, never the name: a file name ends up in download lists and logs.
            let file = format!(
                "izde-{}-{}.pdf",
                view.template.code(),
                view.pseudonym
                    .rsplit(' ')
                    .next()
                    .unwrap_or("case")
                    .to_lowercase()
            );
            return (
                [
                    (header::CONTENT_TYPE, "application/pdf".to_string()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"{file}\""),
                    ),
                ],
                bytes,
            )
                .into_response();
        }
        Ok(Err(PdfError::MissingFonts { .. })) => {
            tracing::error!(
                "a pack was refused as PDF: the fonts are missing (see the start-up log)"
            );
            let lang = crate::i18n::current();
            RecordError::Forbidden(tr!(lang, "pack-pdf-fonts"))
        }
        Ok(Err(e)) => RecordError::Internal(anyhow::Error::new(e).context("pack PDF")),
        Err(e) => RecordError::Internal(anyhow::Error::new(e).context("pack PDF thread")),
    };
    respond(state, parts, &form, Err(failure)).await
}
