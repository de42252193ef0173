//! Erasing a case (admins): the reason, and a confirmation that it cannot be undone.

use super::case_form::{CaseFormFrame, CaseFormPage};
use crate::components::fields::{FormState, TextArea};
use crate::domain::case::CaseDetail;
use crate::domain::forms::ErasureForm;
use crate::domain::vocab::Vocabularies;
use crate::i18n::tr;
use leptos::prelude::*;

/// `/cases/:id/erase`.
#[component]
pub fn ErasurePage() -> impl IntoView {
    view! { <CaseFormPage title=tr!("erasure-page-title") form=erasure_form/> }
}

fn erasure_form(_: Vocabularies, c: CaseDetail, submitted: FormState<ErasureForm>) -> AnyView {
    let (f, e, message) = submitted.or_opened(|| ErasureForm {
        revision: c.revision.to_string(),
        ..ErasureForm::default()
    });
    let action = format!("/cases/{}/erase", c.id);
    let confirm_error = e.get("confirm").map(str::to_string);
    view! {
        <CaseFormFrame heading=tr!("erasure-heading") case=c action message errors=e.clone() submit=tr!("erasure-submit")>
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <div class="form-message" role="note">
                <p>{tr!("erasure-what")}</p>
                <p>{tr!("erasure-backups")}</p>
            </div>
            <TextArea name="reason" label=tr!("erasure-reason") value=f.reason.clone() errors=e.clone() sensitive=true rows=3
                hint=tr!("erasure-reason-hint")/>
            <div class="checkbox">
                <input type="checkbox" id="confirm" name="confirm" value="yes" checked=f.confirm == "yes"
                    aria-invalid=confirm_error.is_some().then_some("true") aria-describedby=confirm_error.is_some().then_some("confirm-error")/>
                <label for="confirm">{tr!("erasure-confirm")}</label>
            </div>
            {confirm_error.map(|m| view! { <p class="field-error" id="confirm-error" role="alert">{m}</p> })}
        </CaseFormFrame>
    }
    .into_any()
}
