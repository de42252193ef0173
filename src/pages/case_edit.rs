//! Editing a case's profile.

use super::intake::PersonFieldset;
use super::route_param;
use crate::api::{get_case, get_vocabularies};
use crate::components::fields::{FormMessage, FormState};
use crate::components::layout::ErrorNote;
use crate::domain::forms::PersonForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// The case edit page.
#[component]
pub fn EditCasePage() -> impl IntoView {
    let id = route_param("id");
    let case = Resource::new(id.clone(), get_case);
    let vocab = Resource::new(|| (), |_| get_vocabularies());
    let submitted = FormState::<PersonForm>::from_submission_or(PersonForm::default);
    let was_submitted = submitted.message.is_some();
    view! {
        <Title text="Edit case"/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || {
                let submitted = submitted.clone();
                Suspend::new(async move {
                    match (vocab.await, case.await) {
                        (Ok(_), Ok(c)) if !c.can_edit => view! {
                            <ErrorNote error=crate::error::AppError::Forbidden(super::NOT_EDITABLE.into())/>
                        }.into_any(),
                        (Ok(v), Ok(c)) => {
                            let state = if was_submitted {
                                submitted
                            } else {
                                let mut values = PersonForm::from_profile(&c.profile);
                                values.revision = c.revision.to_string();
                                FormState { values, ..FormState::default() }
                            };
                            let places = v.location_options();
                            let action = format!("/cases/{}/edit", c.id);
                            let back = format!("/cases/{}", c.id);
                            view! {
                                <h1>"Edit case: "<span dir="auto">{c.profile.name.expose().to_string()}</span></h1>
                                <FormMessage message=state.message.clone() errors=state.errors.clone()/>
                                <form method="post" action=action novalidate>
                                    <input type="hidden" name="revision" value=state.values.revision.clone()/>
                                    <PersonFieldset vocab=v f=state.values.clone() e=state.errors.clone() step=1/>
                                    <fieldset class="step">
                                        <legend>"Last contact"</legend>
                                        <crate::components::fields::TextField name="last_contact_date" label="When were they last heard from?"
                                            value=state.values.last_contact_date.clone() errors=state.errors.clone() hint=super::intake::DATE_HINT/>
                                        <crate::components::fields::SelectField name="last_contact_location" label="Where were they then?" options=places
                                            value=state.values.last_contact_location.clone() errors=state.errors.clone() empty="Unknown"/>
                                    </fieldset>
                                    <div class="form-actions">
                                        <button type="submit">"Save changes"</button>
                                        <a href=back>"Cancel"</a>
                                    </div>
                                </form>
                            }.into_any()
                        }
                        (Err(e), _) | (_, Err(e)) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
