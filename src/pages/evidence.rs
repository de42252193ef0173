//! Adding a file to a case's evidence locker: a video, a recording, a photo of a court notice, a
//! document. The form posts `multipart/form-data` and works without JavaScript.

use super::case_form::{CaseFormFrame, CaseFormPage};
use crate::components::fields::{FileField, FormState, SelectField};
use crate::domain::case::CaseDetail;
use crate::domain::forms::EvidenceForm;
use crate::domain::vocab::Vocabularies;
use crate::i18n::{content_lang, tr};
use leptos::prelude::*;

/// The upload page: `/cases/:id/evidence/new` (`?attach=testimony:<id>` chooses what it documents).
#[component]
pub fn EvidencePage() -> impl IntoView {
    view! { <CaseFormPage title={tr!("evidence-page-title")} form=evidence_form/> }
}

/// What a file can be attached to: the case, each testimony, each source that is not retracted.
fn targets(c: &CaseDetail) -> Vec<(String, String)> {
    let mut out = vec![("case".to_string(), tr!("evidence-target-case"))];
    for t in &c.testimonies {
        out.push((format!("testimony:{}", t.id), testimony_label(t)));
    }
    for s in c.sources.iter().filter(|s| s.retraction.is_none()) {
        out.push((
            format!("source:{}", s.id),
            tr!("case-target-source", {"title" => s.title.clone()}),
        ));
    }
    out
}

/// How a testimony is named in the upload form and on the case page.
pub fn testimony_label(t: &crate::domain::case::TestimonyView) -> String {
    let when = t
        .recorded
        .as_ref()
        .map(|d| crate::i18n::dates::partial(crate::i18n::current(), d))
        .unwrap_or_default();
    let medium = t.medium.label.clone();
    let detail = if when.is_empty() {
        medium
    } else {
        tr!("evidence-testimony-detail", {"medium" => medium, "date" => when})
    };
    tr!("evidence-testimony-label", {"name" => t.testifier_name.expose().to_string(), "detail" => detail})
}

fn evidence_form(_v: Vocabularies, c: CaseDetail, submitted: FormState<EvidenceForm>) -> AnyView {
    let chosen = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("attach"))
        .unwrap_or_else(|| "case".into());
    let (f, e, message) = submitted.or_opened(|| EvidenceForm { attach: chosen });
    let options = targets(&c);
    let action = format!("/cases/{}/evidence/new", c.id);
    view! {
        <CaseFormFrame heading={tr!("evidence-page-title")} case=c action message errors=e.clone() submit={tr!("evidence-upload")} files=true>
            <p class="hint">{tr!("evidence-intro")}</p>
            <SelectField name="attach" label=tr!("evidence-attach-label") options value=f.attach errors=e.clone() required=true empty={tr!("evidence-choose")}/>
            <FileField name="file" label=tr!("evidence-file-label") errors=e required=true sensitive=true
                hint=tr!("evidence-file-hint")/>
        </CaseFormFrame>
    }
    .into_any()
}

/// The page that archives a source's web page: `/cases/:id/sources/:source/archive`.
#[component]
pub fn ArchivePage() -> impl IntoView {
    view! { <CaseFormPage title={tr!("evidence-archive-title")} form=archive_form/> }
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
    let done = source.archive.as_ref().map(
        |a| tr!("evidence-archived-before", {"when" => crate::pages::case::when(&a.archived_at)}),
    );
    view! {
        <CaseFormFrame heading={tr!("evidence-archive-title")} case=c action message errors=e.clone() submit={tr!("evidence-archive-submit")}>
            <p class="card-title" dir="auto" lang=content_lang(&source.title)>{source.title.clone()}</p>
            <p class="reference">{tr!("evidence-address")}" "<span dir="auto">{reference}</span></p>
            {done.map(|d| view! { <p class="hint">{d}</p> })}
            <p class="hint">{tr!("evidence-archive-hint")}</p>
            {crate::components::fields::error_view("archive", &e)}
        </CaseFormFrame>
    }
    .into_any()
}
