//! Erasing a case (admins): the reason, and a confirmation that it cannot be undone.

use super::case_form::{CaseFormFrame, CaseFormPage};
use crate::components::fields::{FormState, TextArea};
use crate::domain::case::CaseDetail;
use crate::domain::forms::ErasureForm;
use crate::domain::vocab::Vocabularies;
use leptos::prelude::*;

/// `/cases/:id/erase`.
#[component]
pub fn ErasurePage() -> impl IntoView {
    view! { <CaseFormPage title="Erase a case" form=erasure_form/> }
}

fn erasure_form(_: Vocabularies, c: CaseDetail, submitted: FormState<ErasureForm>) -> AnyView {
    let (f, e, message) = submitted.or_opened(|| ErasureForm {
        revision: c.revision.to_string(),
        ..ErasureForm::default()
    });
    let action = format!("/cases/{}/erase", c.id);
    let confirm_error = e.get("confirm").map(str::to_string);
    view! {
        <CaseFormFrame heading="Erase" case=c action message errors=e.clone() submit="Erase the case">
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <div class="form-message" role="note">
                <p>"Erasing deletes the case and everything recorded under it — profile, testimonies and transcripts, detentions, events, sources, its history — and destroys its data key. Testifiers who speak for no other case are erased with it. Only the case's id, the date, your account and the reason below are kept, and the audit log's entry."</p>
                <p>"Backups made before today still hold the case, under a key the current server key opens: keep them no longer than your retention period (see the README), and if you ever restore one, erase this case again."</p>
            </div>
            <TextArea name="reason" label="Why is the case erased?" value=f.reason.clone() errors=e.clone() sensitive=true rows=3
                hint="e.g. \"the family asked on 3 December, by phone to the coordinator\"."/>
            <div class="checkbox">
                <input type="checkbox" id="confirm" name="confirm" value="yes" checked=f.confirm == "yes"
                    aria-invalid=confirm_error.is_some().then_some("true") aria-describedby=confirm_error.is_some().then_some("confirm-error")/>
                <label for="confirm">"I understand that an erased case cannot be brought back"</label>
            </div>
            {confirm_error.map(|m| view! { <p class="field-error" id="confirm-error" role="alert">{m}</p> })}
        </CaseFormFrame>
    }
    .into_any()
}
