//! Adding a file to a case's evidence locker: a video, a recording, a photo of a court notice, a
//! document. The form posts `multipart/form-data` and works without JavaScript.

use super::case_form::{CaseFormFrame, CaseFormPage};
use crate::components::fields::{FileField, FormState, SelectField};
use crate::domain::case::CaseDetail;
use crate::domain::forms::EvidenceForm;
use crate::domain::vocab::Vocabularies;
use leptos::prelude::*;

/// The upload page: `/cases/:id/evidence/new` (`?attach=testimony:<id>` chooses what it documents).
#[component]
pub fn EvidencePage() -> impl IntoView {
    view! { <CaseFormPage title="Add a file" form=evidence_form/> }
}

/// What a file can be attached to: the case, each testimony, each source that is not retracted.
fn targets(c: &CaseDetail) -> Vec<(String, String)> {
    let mut out = vec![("case".to_string(), "The case itself".to_string())];
    for t in &c.testimonies {
        out.push((format!("testimony:{}", t.id), testimony_label(t)));
    }
    for s in c.sources.iter().filter(|s| s.retraction.is_none()) {
        out.push((format!("source:{}", s.id), format!("Source: {}", s.title)));
    }
    out
}

/// How a testimony is named in the upload form and on the case page.
pub fn testimony_label(t: &crate::domain::case::TestimonyView) -> String {
    let when = crate::components::date(&t.recorded);
    let medium = t.medium.label.clone();
    let detail = if when.is_empty() {
        medium
    } else {
        format!("{medium}, {when}")
    };
    format!("Testimony of {} ({detail})", t.testifier_name.expose())
}

fn evidence_form(_v: Vocabularies, c: CaseDetail, submitted: FormState<EvidenceForm>) -> AnyView {
    let chosen = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("attach"))
        .unwrap_or_else(|| "case".into());
    let (f, e, message) = submitted.or_opened(|| EvidenceForm { attach: chosen });
    let options = targets(&c);
    let action = format!("/cases/{}/evidence/new", c.id);
    view! {
        <CaseFormFrame heading="Add a file" case=c action message errors=e.clone() submit="Upload" files=true>
            <p class="hint">"A video or audio testimony, a photo of a court notice, a screenshot, a document. Izde hashes it as it arrives (SHA-256) and stores it encrypted with the case's key; only those who may read this case's names can play or download it. Others see only its kind and size."</p>
            <SelectField name="attach" label="What does it document?" options value=f.attach errors=e.clone() required=true empty="Choose…"/>
            <FileField name="file" label="File" errors=e required=true sensitive=true
                hint="Its name is encrypted too. Its type is read from its content, not its name."/>
        </CaseFormFrame>
    }
    .into_any()
}

/// The page that archives a source's web page: `/cases/:id/sources/:source/archive`.
#[component]
pub fn ArchivePage() -> impl IntoView {
    view! { <CaseFormPage title="Archive a source's page" form=archive_form/> }
}

fn archive_form(
    _v: Vocabularies,
    c: CaseDetail,
    submitted: FormState<crate::domain::forms::ArchiveForm>,
) -> AnyView {
    let source_id = super::route_param("source")();
    let Some(source) = c
        .sources
        .iter()
        .find(|s| s.id.to_string() == source_id)
        .cloned()
    else {
        return view! { <crate::components::layout::ErrorNote error=crate::error::AppError::NotFound/> }
            .into_any();
    };
    let (_, e, message) = submitted.or_opened(Default::default);
    let action = format!("/cases/{}/sources/{source_id}/archive", c.id);
    let reference = source.reference.clone().unwrap_or_default();
    let done = source.archive.as_ref().map(|a| {
        format!(
            "Archived before, on {}: archiving again keeps a new copy, and the re-checks compare with it.",
            crate::pages::case::short_time(&a.archived_at)
        )
    });
    view! {
        <CaseFormFrame heading="Archive a source's page" case=c action message errors=e.clone() submit="Archive now">
            <p class="card-title" dir="auto">{source.title.clone()}</p>
            <p class="reference">"Address: "<span dir="auto">{reference}</span></p>
            {done.map(|d| view! { <p class="hint">{d}</p> })}
            <p class="hint">"Izde fetches the page from the server (no cookies, nothing of yours is sent), keeps it in the case's files with its SHA-256, HTTP status and final address, and checks the address again every day: if the page is taken down or changed, the case page says so, and the archived copy stays."</p>
            {crate::components::fields::error_view("archive", &e)}
        </CaseFormFrame>
    }
    .into_any()
}
