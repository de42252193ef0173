//! Adding or correcting a testimony of a case: a second video, a written appeal, a corrected
//! transcript. Who gave it is one of the case's testifiers.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::{options, route_param};
use crate::components::fields::{DateField, FormState, SelectField, TextArea, TextField};
use crate::components::layout::ErrorNote;
use crate::domain::case::CaseDetail;
use crate::domain::forms::TestimonyForm;
use crate::domain::vocab::{names, Vocabularies};
use crate::i18n::tr;
use leptos::prelude::*;

/// The testimony page: `/cases/:id/testimonies/new` or `/cases/:id/testimonies/:testimony/edit`.
#[component]
pub fn TestimonyPage() -> impl IntoView {
    view! { <CaseFormPage title=tr!("testimony-title") form=testimony_form/> }
}

/// The testimony form: what was submitted when the server sent the page back, else the route's
/// testimony of the case (for a new one, given by the case's first testifier).
fn testimony_form(v: Vocabularies, c: CaseDetail, submitted: FormState<TestimonyForm>) -> AnyView {
    let testimony_id = route_param("testimony")();
    let editing = (!testimony_id.is_empty()).then(|| {
        c.testimonies
            .iter()
            .find(|t| t.id.to_string() == testimony_id)
            .cloned()
    });
    let revision = c.revision.to_string();
    let state = match (&editing, submitted.message.is_some()) {
        (_, true) => submitted,
        (Some(Some(t)), false) => FormState {
            values: TestimonyForm {
                revision,
                ..TestimonyForm::from_view(t)
            },
            ..FormState::default()
        },
        (Some(None), false) => {
            return view! { <ErrorNote error=crate::error::AppError::NotFound/> }.into_any()
        }
        (None, false) => FormState {
            values: TestimonyForm {
                revision,
                testifier: c
                    .testifiers
                    .first()
                    .map(|t| t.id.to_string())
                    .unwrap_or_default(),
                ..TestimonyForm::default()
            },
            ..FormState::default()
        },
    };
    let (heading, action) = match editing {
        Some(_) => (
            tr!("testimony-correct"),
            format!("/cases/{}/testimonies/{testimony_id}/edit", c.id),
        ),
        None => (
            tr!("testimony-add"),
            format!("/cases/{}/testimonies/new", c.id),
        ),
    };
    let testifiers: Vec<(String, String)> = c
        .testifiers
        .iter()
        .map(|t| {
            (
                t.id.to_string(),
                format!("{} — {}", t.name.expose(), t.relationship.label),
            )
        })
        .collect();
    let sources: Vec<(String, String)> = c
        .sources
        .iter()
        .map(|s| (s.id.to_string(), s.title.clone()))
        .collect();
    let (media, languages) = (
        options(&v, names::TESTIMONY_MEDIUM),
        options(&v, names::LANGUAGE),
    );
    let FormState {
        values: f,
        errors: e,
        message,
        ..
    } = state;
    view! {
        <CaseFormFrame heading case=c action message errors=e.clone() submit=tr!("intake-save")>
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <SelectField name="testifier" label=tr!("testimony-given-by") options=testifiers value=f.testifier.clone() errors=e.clone() required=true/>
            <SelectField name="testimony_medium" label=tr!("intake-testimony-medium") options=media value=f.testimony_medium.clone() errors=e.clone() required=true/>
            <div class="row">
                <DateField name="testimony_date" label=tr!("intake-testimony-date") value=f.testimony_date.clone() errors=e.clone() hint=super::intake::date_hint()/>
                <TextField name="testimony_duration" label=tr!("intake-testimony-duration") value=f.testimony_duration.clone() errors=e.clone()/>
            </div>
            <SelectField name="testimony_language" label=tr!("intake-language") options=languages value=f.testimony_language.clone() errors=e.clone()/>
            <TextField name="recording_location" label=tr!("intake-recording-location") value=f.recording_location.clone() errors=e.clone() sensitive=true/>
            <TextArea name="transcript" label=tr!("intake-transcript") value=f.transcript.clone() errors=e.clone() sensitive=true rows=8/>
            <SelectField name="testimony_source" label=tr!("testimony-source") options=sources value=f.testimony_source.clone() errors=e.clone() empty=tr!("testimony-source-none")
                hint=tr!("testimony-source-hint")/>
        </CaseFormFrame>
    }
    .into_any()
}
