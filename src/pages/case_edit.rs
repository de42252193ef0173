//! Editing a case's profile.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::intake::PersonFieldset;
use crate::components::fields::{DateField, FormState, SelectField, TextField};
use crate::domain::case::CaseDetail;
use crate::domain::forms::PersonForm;
use crate::domain::vocab::Vocabularies;
use leptos::prelude::*;

/// The case edit page.
#[component]
pub fn EditCasePage() -> impl IntoView {
    view! { <CaseFormPage title="Edit case" form=profile_form/> }
}

/// The profile form: what was submitted when the server sent the page back, else the case's.
fn profile_form(v: Vocabularies, c: CaseDetail, submitted: FormState<PersonForm>) -> AnyView {
    let state = if submitted.message.is_some() {
        submitted
    } else {
        let mut values = PersonForm::from_profile(&c.profile);
        values.revision = c.revision.to_string();
        FormState {
            values,
            ..FormState::default()
        }
    };
    let places = v.location_options();
    let action = format!("/cases/{}/edit", c.id);
    view! {
        <CaseFormFrame heading="Edit case" case=c action message=state.message.clone() errors=state.errors.clone() submit="Save changes">
            <input type="hidden" name="revision" value=state.values.revision.clone()/>
            <PersonFieldset vocab=v f=state.values.clone() e=state.errors.clone() step=1/>
            <fieldset class="step">
                <legend>"Last contact"</legend>
                <DateField name="last_contact_date" label="When were they last heard from?"
                    value=state.values.last_contact_date.clone() errors=state.errors.clone() hint=super::intake::DATE_HINT/>
                <SelectField name="last_contact_location" label="Where were they then?" options=places
                    value=state.values.last_contact_location.clone() errors=state.errors.clone() empty="Unknown"/>
                <TextField name="last_contact_place_note" label=super::intake::PLACE_NOTE_LABEL value=state.values.last_contact_place_note.clone()
                    errors=state.errors.clone() sensitive=true hint=super::intake::PLACE_NOTE_HINT/>
            </fieldset>
        </CaseFormFrame>
    }
    .into_any()
}
