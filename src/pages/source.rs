//! Adding a source to a case and linking it to events, or correcting one.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::intake::SourceFields;
use super::route_param;
use crate::components::fields::{CheckboxList, FormState};
use crate::components::layout::ErrorNote;
use crate::domain::case::CaseDetail;
use crate::domain::forms::SourceForm;
use crate::domain::vocab::Vocabularies;
use crate::i18n::tr;
use leptos::prelude::*;

/// The source page: `/cases/:id/sources/new` or `/cases/:id/sources/:source/edit`.
#[component]
pub fn SourcePage() -> impl IntoView {
    view! { <CaseFormPage title=tr!("source-page-title") form=source_form/> }
}

/// The source's fields, and the case's events it may support: what was submitted when the server
/// sent the page back, else the route's source of the case as stored (a retracted one cannot be
/// corrected).
fn source_form(v: Vocabularies, c: CaseDetail, submitted: FormState<SourceForm>) -> AnyView {
    let source_id = route_param("source")();
    let editing = (!source_id.is_empty()).then(|| {
        c.sources
            .iter()
            .find(|s| s.id.to_string() == source_id)
            .cloned()
    });
    match &editing {
        Some(None) => {
            return view! { <ErrorNote error=crate::error::AppError::NotFound/> }.into_any()
        }
        Some(Some(s)) if s.retraction.is_some() => {
            let back = format!("/cases/{}#source-{source_id}", c.id);
            return view! {
                <section class="panel" role="alert">
                    <h1>{tr!("source-retracted-title")}</h1>
                    <p>{tr!("source-retracted-body")}</p>
                    <p><a href=back>{tr!("source-back-to-case")}</a></p>
                </section>
            }
            .into_any();
        }
        _ => {}
    }
    let revision = c.revision.to_string();
    let (f, e, message) = submitted.or_opened(|| match &editing {
        Some(Some(s)) => SourceForm {
            revision,
            ..SourceForm::from_view(s, &c.events)
        },
        _ => SourceForm::default(),
    });
    let lang = crate::i18n::use_lang();
    let events = c
        .events
        .iter()
        .map(|e| {
            (
                e.id.to_string(),
                format!(
                    "{} — {}",
                    e.date
                        .as_ref()
                        .map(|d| crate::i18n::dates::partial(lang, d))
                        .unwrap_or_default(),
                    e.kind.label
                ),
            )
        })
        .collect();
    let (heading, action) = match editing {
        Some(_) => (
            tr!("source-correct"),
            format!("/cases/{}/sources/{source_id}/edit", c.id),
        ),
        None => (tr!("source-add"), format!("/cases/{}/sources/new", c.id)),
    };
    view! {
        <CaseFormFrame heading case=c action message errors=e.clone() submit=tr!("source-save")>
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <SourceFields vocab=v f=f.clone() e=e.clone()/>
            <CheckboxList name="source_events" legend=tr!("source-events") options=events checked=f.source_events.clone() errors=e.clone()
                empty=tr!("source-no-events")/>
        </CaseFormFrame>
    }
    .into_any()
}
