//! Adding a source to a case and linking it to events.

use super::intake::SourceFields;
use super::{route_param, NOT_EDITABLE};
use crate::api::{get_case, get_vocabularies};
use crate::components::fields::{CheckboxList, FormMessage, FormState};
use crate::components::layout::ErrorNote;
use crate::domain::forms::SourceForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// The new-source page.
#[component]
pub fn SourcePage() -> impl IntoView {
    let id = route_param("id");
    let case = Resource::new(id, get_case);
    let vocab = Resource::new(|| (), |_| get_vocabularies());
    let state = FormState::<SourceForm>::from_submission_or(SourceForm::default);
    view! {
        <Title text="New source"/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || {
                let state = state.clone();
                Suspend::new(async move {
                    let (v, c) = match (vocab.await, case.await) {
                        (Ok(v), Ok(c)) => (v, c),
                        (Err(e), _) | (_, Err(e)) => return view! { <ErrorNote error=e/> }.into_any(),
                    };
                    if !c.can_edit {
                        return view! { <ErrorNote error=crate::error::AppError::Forbidden(NOT_EDITABLE.into())/> }.into_any();
                    }
                    let events = c
                        .events
                        .iter()
                        .map(|e| (e.id.to_string(), format!("{} — {}", crate::components::date(&e.date), e.kind.label)))
                        .collect();
                    let action = format!("/cases/{}/sources/new", c.id);
                    let back = format!("/cases/{}", c.id);
                    let FormState { values: f, errors: e, message, .. } = state;
                    view! {
                        <h1>"Add a source: "<span dir="auto">{c.profile.name.expose().to_string()}</span></h1>
                        <FormMessage message errors=e.clone()/>
                        <form method="post" action=action novalidate>
                            <SourceFields vocab=v f=f.clone() e=e.clone()/>
                            <CheckboxList name="source_events" legend="Events this source supports" options=events checked=f.source_events.clone() errors=e.clone()
                                empty="This case has no events yet."/>
                            <div class="form-actions">
                                <button type="submit">"Save source"</button>
                                <a href=back>"Cancel"</a>
                            </div>
                        </form>
                    }.into_any()
                })
            }}
        </Suspense>
    }
}
