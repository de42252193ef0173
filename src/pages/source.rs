//! Adding a source to a case and linking it to events.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::intake::SourceFields;
use crate::components::fields::{CheckboxList, FormState};
use crate::domain::case::CaseDetail;
use crate::domain::forms::SourceForm;
use crate::domain::vocab::Vocabularies;
use leptos::prelude::*;

/// The new-source page.
#[component]
pub fn SourcePage() -> impl IntoView {
    view! { <CaseFormPage title="New source" form=source_form/> }
}

/// The source's fields, and the case's events it may support.
fn source_form(
    v: Vocabularies,
    c: CaseDetail,
    FormState {
        values: f,
        errors: e,
        message,
        ..
    }: FormState<SourceForm>,
) -> AnyView {
    let events = c
        .events
        .iter()
        .map(|e| {
            (
                e.id.to_string(),
                format!("{} — {}", crate::components::date(&e.date), e.kind.label),
            )
        })
        .collect();
    let action = format!("/cases/{}/sources/new", c.id);
    view! {
        <CaseFormFrame heading="Add a source" case=c action message errors=e.clone() submit="Save source">
            <SourceFields vocab=v f=f.clone() e=e.clone()/>
            <CheckboxList name="source_events" legend="Events this source supports" options=events checked=f.source_events.clone() errors=e.clone()
                empty="This case has no events yet."/>
        </CaseFormFrame>
    }
    .into_any()
}
