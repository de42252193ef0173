//! Adding or editing a timeline event, and choosing the sources that support it.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::{options, route_param};
use crate::components::fields::{
    CheckboxList, DateField, FormState, SelectField, TextArea, TextField,
};
use crate::components::layout::ErrorNote;
use crate::domain::case::CaseDetail;
use crate::domain::forms::EventForm;
use crate::domain::vocab::{names, Vocabularies};
use crate::i18n::tr;
use leptos::prelude::*;

/// The event page: `/cases/:id/events/new` or `/cases/:id/events/:event/edit`.
#[component]
pub fn EventPage() -> impl IntoView {
    view! { <CaseFormPage title=tr!("event-page-title") form=event_form/> }
}

/// The event form: what was submitted when the server sent the page back, else the route's event
/// of the case (empty for a new one).
fn event_form(v: Vocabularies, c: CaseDetail, submitted: FormState<EventForm>) -> AnyView {
    let event_id = route_param("event")();
    let editing = (!event_id.is_empty()).then(|| {
        c.events
            .iter()
            .find(|e| e.id.to_string() == event_id)
            .cloned()
    });
    let state = match (&editing, submitted.message.is_some()) {
        (_, true) => submitted,
        (Some(Some(e)), false) => FormState {
            values: EventForm {
                revision: c.revision.to_string(),
                ..EventForm::from_view(e)
            },
            ..FormState::default()
        },
        (Some(None), false) => {
            return view! { <ErrorNote error=crate::error::AppError::NotFound/> }.into_any()
        }
        (None, false) => FormState {
            values: EventForm {
                revision: c.revision.to_string(),
                ..EventForm::default()
            },
            ..FormState::default()
        },
    };
    let (heading, action) = match editing {
        Some(_) => (
            tr!("event-edit"),
            format!("/cases/{}/events/{event_id}/edit", c.id),
        ),
        None => (tr!("event-add"), format!("/cases/{}/events/new", c.id)),
    };
    let sources = c
        .sources
        .iter()
        .map(|s| {
            (
                s.id.to_string(),
                format!("{} ({}{})", s.title, s.reliability.code, s.credibility.code),
            )
        })
        .collect();
    let FormState {
        values: f,
        errors: e,
        message,
        ..
    } = state;
    view! {
        <CaseFormFrame heading case=c action message errors=e.clone() submit=tr!("event-save")>
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <SelectField name="kind" label=tr!("event-kind") options=options(&v, names::EVENT_KIND) value=f.kind.clone() errors=e.clone() required=true/>
            <div class="row">
                <DateField name="date" label=tr!("event-date") value=f.date.clone() errors=e.clone() hint=super::intake::date_hint()/>
                <DateField name="reported" label=tr!("event-reported") value=f.reported.clone() errors=e.clone()
                    hint=tr!("event-reported-hint")/>
            </div>
            <SelectField name="location" label=tr!("event-where") options=v.location_options() value=f.location.clone() errors=e.clone() empty=tr!("event-unknown")/>
            <TextField name="place_note" label=super::intake::place_note_label() value=f.place_note.clone() errors=e.clone() sensitive=true hint=super::intake::place_note_hint()/>
            <TextArea name="summary" label=tr!("event-summary") value=f.summary.clone() errors=e.clone() sensitive=true/>
            <CheckboxList name="sources" legend=tr!("event-sources") options=sources checked=f.sources.clone() errors=e.clone()
                empty=tr!("event-no-sources")/>
        </CaseFormFrame>
    }
    .into_any()
}
