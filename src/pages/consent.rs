//! Changing a testifier's consent to publish: a family withdraws it, or agrees to names later.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::{options, route_param};
use crate::components::fields::{FormState, SelectField, TextArea};
use crate::components::layout::ErrorNote;
use crate::domain::case::CaseDetail;
use crate::domain::forms::ConsentForm;
use crate::domain::vocab::{names, Vocabularies};
use crate::i18n::tr;
use leptos::prelude::*;

/// The consent page: `/cases/:id/testifiers/:testifier/consent`.
#[component]
pub fn ConsentPage() -> impl IntoView {
    view! { <CaseFormPage title=tr!("intake-consent") form=consent_form/> }
}

/// The consent form: what was submitted when the server sent the page back, else the testifier's
/// consent as it stands.
fn consent_form(v: Vocabularies, c: CaseDetail, submitted: FormState<ConsentForm>) -> AnyView {
    let testifier_id = route_param("testifier")();
    let Some(t) = c
        .testifiers
        .iter()
        .find(|t| t.id.to_string() == testifier_id)
        .cloned()
    else {
        return view! { <ErrorNote error=crate::error::AppError::NotFound/> }.into_any();
    };
    let (f, e, message) = submitted.or_opened(|| ConsentForm {
        consent: t.consent.code.clone(),
        note: String::new(),
        revision: c.revision.to_string(),
    });
    let action = format!("/cases/{}/testifiers/{testifier_id}/consent", c.id);
    let consents = options(&v, names::CONSENT);
    view! {
        <CaseFormFrame heading=tr!("intake-consent") case=c action message errors=e.clone() submit=tr!("consent-save")>
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <p>{tr!("consent-given-by")}" "<span dir="auto" lang=crate::i18n::content_lang(t.name.expose())>{t.name.expose().to_string()}</span>" — "{t.relationship.label.clone()}</p>
            <SelectField name="consent" label=tr!("intake-consent") options=consents value=f.consent.clone() errors=e.clone() required=true
                hint=tr!("consent-hint")/>
            <TextArea name="note" label=tr!("consent-note") value=f.note.clone() errors=e.clone() sensitive=true rows=2
                hint=tr!("consent-note-hint")/>
        </CaseFormFrame>
    }
    .into_any()
}
