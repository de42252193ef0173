//! Adding a testifier to a case after intake: a relative who gives a second testimony.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::options;
use crate::components::fields::{FormState, SelectField, TextArea, TextField};
use crate::domain::case::CaseDetail;
use crate::domain::forms::TestifierForm;
use crate::domain::vocab::{names, Vocabularies};
use leptos::prelude::*;

/// `/cases/:id/testifiers/new`.
#[component]
pub fn NewTestifierPage() -> impl IntoView {
    view! { <CaseFormPage title="Add a testifier" form=testifier_form/> }
}

fn testifier_form(v: Vocabularies, c: CaseDetail, submitted: FormState<TestifierForm>) -> AnyView {
    let (f, e, message) = submitted.or_opened(|| TestifierForm {
        consent: "none".into(),
        revision: c.revision.to_string(),
        ..TestifierForm::default()
    });
    let action = format!("/cases/{}/testifiers/new", c.id);
    let (relationships, consents) = (
        options(&v, names::RELATIONSHIP),
        options(&v, names::CONSENT),
    );
    view! {
        <CaseFormFrame heading="Add a testifier" case=c action message errors=e.clone() submit="Add testifier">
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <p class="hint">"Another relative who speaks for the missing person. Their testimony is added afterwards, with \"Add testimony\"."</p>
            <TextField name="testifier_name" label="Testifier's full name" value=f.testifier_name.clone() errors=e.clone() required=true sensitive=true
                hint="In any script, as they write it."/>
            <SelectField name="relationship" label="Relationship to the missing person" options=relationships value=f.relationship.clone() errors=e.clone() required=true
                hint="The testifier is the missing person's …"/>
            <TextField name="testifier_contact" label="Contact (phone, e-mail, messenger)" value=f.testifier_contact.clone() errors=e.clone() sensitive=true/>
            <SelectField name="consent" label="Consent to publish" options=consents value=f.consent.clone() errors=e.clone() required=true
                hint="\"No consent to publish\" keeps the case out of every export."/>
            <TextArea name="pressure_notes" label="Pressure or threats received" value=f.pressure_notes.clone() errors=e.clone() sensitive=true
                hint="Calls from police, threats to relatives in Xinjiang, visits by officials."/>
        </CaseFormFrame>
    }
    .into_any()
}
