//! Editing a case's profile.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::intake::PersonFieldset;
use crate::components::fields::{DateField, FormState, SelectField, TextField};
use crate::domain::case::CaseDetail;
use crate::domain::forms::PersonForm;
use crate::domain::vocab::Vocabularies;
use crate::i18n::tr;
use leptos::prelude::*;

/// The case edit page.
#[component]
pub fn EditCasePage() -> impl IntoView {
    view! { <CaseFormPage title=tr!("caseform-edit-title") form=profile_form/> }
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
        <CaseFormFrame heading=tr!("caseform-edit-title") case=c action message=state.message.clone() errors=state.errors.clone() submit=tr!("caseform-save-changes")>
            <input type="hidden" name="revision" value=state.values.revision.clone()/>
            <PersonFieldset vocab=v f=state.values.clone() e=state.errors.clone() step=1/>
            <fieldset class="step">
                <legend>{tr!("intake-step-last-contact")}</legend>
                <DateField name="last_contact_date" label=tr!("intake-last-contact-date")
                    value=state.values.last_contact_date.clone() errors=state.errors.clone() hint=super::intake::date_hint()/>
                <SelectField name="last_contact_location" label=tr!("intake-last-contact-location") options=places
                    value=state.values.last_contact_location.clone() errors=state.errors.clone() empty=tr!("intake-unknown")/>
                <TextField name="last_contact_place_note" label=super::intake::place_note_label() value=state.values.last_contact_place_note.clone()
                    errors=state.errors.clone() sensitive=true hint=super::intake::place_note_hint()/>
            </fieldset>
        </CaseFormFrame>
    }
    .into_any()
}
