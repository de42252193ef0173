//! Adding or editing a timeline event, and choosing the sources that support it.

use super::{options, route_param, NOT_EDITABLE};
use crate::api::{get_case, get_vocabularies};
use crate::components::fields::{
    CheckboxList, FormMessage, FormState, SelectField, TextArea, TextField,
};
use crate::components::layout::ErrorNote;
use crate::domain::forms::EventForm;
use crate::domain::vocab::names;
use leptos::prelude::*;
use leptos_meta::Title;

/// The event page: `/cases/:id/events/new` or `/cases/:id/events/:event/edit`.
#[component]
pub fn EventPage() -> impl IntoView {
    let id = route_param("id");
    let event_id = route_param("event");
    let case = Resource::new(id, get_case);
    let vocab = Resource::new(|| (), |_| get_vocabularies());
    let submitted = FormState::<EventForm>::from_submission_or(EventForm::default);
    let was_submitted = submitted.message.is_some();
    view! {
        <Title text="Timeline event"/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || {
                let submitted = submitted.clone();
                let event_id = event_id();
                Suspend::new(async move {
                    let (v, c) = match (vocab.await, case.await) {
                        (Ok(v), Ok(c)) => (v, c),
                        (Err(e), _) | (_, Err(e)) => return view! { <ErrorNote error=e/> }.into_any(),
                    };
                    if !c.can_edit {
                        return view! { <ErrorNote error=crate::error::AppError::Forbidden(NOT_EDITABLE.into())/> }.into_any();
                    }
                    let editing = (!event_id.is_empty()).then(|| c.events.iter().find(|e| e.id.to_string() == event_id).cloned());
                    let state = match (&editing, was_submitted) {
                        (_, true) => submitted,
                        (Some(Some(e)), false) => FormState { values: EventForm { revision: c.revision.to_string(), ..EventForm::from_view(e) }, ..FormState::default() },
                        (Some(None), false) => return view! { <ErrorNote error=crate::error::AppError::NotFound/> }.into_any(),
                        (None, false) => FormState { values: EventForm { revision: c.revision.to_string(), ..EventForm::default() }, ..FormState::default() },
                    };
                    let (heading, action) = match editing {
                        Some(_) => ("Edit event", format!("/cases/{}/events/{event_id}/edit", c.id)),
                        None => ("Add an event", format!("/cases/{}/events/new", c.id)),
                    };
                    let sources = c.sources.iter().map(|s| (s.id.to_string(), format!("{} ({}{})", s.title, s.reliability.code, s.credibility.code))).collect();
                    let back = format!("/cases/{}", c.id);
                    let FormState { values: f, errors: e, message, .. } = state;
                    view! {
                        <h1>{heading}": "<span dir="auto">{c.profile.name.expose().to_string()}</span></h1>
                        <FormMessage message errors=e.clone()/>
                        <form method="post" action=action novalidate>
                            <input type="hidden" name="revision" value=f.revision.clone()/>
                            <SelectField name="kind" label="What happened" options=options(&v, names::EVENT_KIND) value=f.kind.clone() errors=e.clone() required=true/>
                            <div class="row">
                                <TextField name="date" label="When it happened" value=f.date.clone() errors=e.clone() hint=super::intake::DATE_HINT/>
                                <TextField name="reported" label="When it was reported" value=f.reported.clone() errors=e.clone()
                                    hint="The date the family or a source told of it — not the same thing."/>
                            </div>
                            <SelectField name="location" label="Where" options=v.location_options() value=f.location.clone() errors=e.clone() empty="Unknown"/>
                            <TextArea name="summary" label="What happened, in brief" value=f.summary.clone() errors=e.clone() sensitive=true/>
                            <CheckboxList name="sources" legend="Supported by these sources" options=sources checked=f.sources.clone() errors=e.clone()
                                empty="This case has no sources yet: add one from the case page, then link it here."/>
                            <div class="form-actions">
                                <button type="submit">"Save event"</button>
                                <a href=back>"Cancel"</a>
                            </div>
                        </form>
                    }.into_any()
                })
            }}
        </Suspense>
    }
}
