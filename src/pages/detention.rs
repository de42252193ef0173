//! Adding or correcting a detention: where the person is held, what they are accused and charged
//! with, the trial and the sentence (a person may be detained more than once: a camp, then prison).

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::{options, route_param};
use crate::components::fields::{DateField, FormState, SelectField, TextArea, TextField};
use crate::components::layout::ErrorNote;
use crate::domain::case::CaseDetail;
use crate::domain::forms::DetentionForm;
use crate::domain::vocab::{names, Vocabularies};
use crate::i18n::tr;
use leptos::prelude::*;

/// The detention page: `/cases/:id/detentions/new` or `/cases/:id/detentions/:detention/edit`.
#[component]
pub fn DetentionPage() -> impl IntoView {
    view! { <CaseFormPage title=tr!("detention-page-title") form=detention_form/> }
}

/// The detention form: what was submitted when the server sent the page back, else the route's
/// detention of the case (empty for a new one).
fn detention_form(v: Vocabularies, c: CaseDetail, submitted: FormState<DetentionForm>) -> AnyView {
    let detention_id = route_param("detention")();
    let editing = (!detention_id.is_empty()).then(|| {
        c.detentions
            .iter()
            .find(|d| d.id.to_string() == detention_id)
            .cloned()
    });
    let revision = c.revision.to_string();
    let state = match (&editing, submitted.message.is_some()) {
        (_, true) => submitted,
        (Some(Some(d)), false) => FormState {
            values: DetentionForm {
                revision,
                ..DetentionForm::from_view(d)
            },
            ..FormState::default()
        },
        (Some(None), false) => {
            return view! { <ErrorNote error=crate::error::AppError::NotFound/> }.into_any()
        }
        (None, false) => FormState {
            values: DetentionForm {
                revision,
                ..DetentionForm::default()
            },
            ..FormState::default()
        },
    };
    let (heading, action) = match editing {
        Some(_) => (
            tr!("detention-correct"),
            format!("/cases/{}/detentions/{detention_id}/edit", c.id),
        ),
        None => (
            tr!("detention-add"),
            format!("/cases/{}/detentions/new", c.id),
        ),
    };
    let (kinds, charges, learned, places) = (
        options(&v, names::FACILITY_KIND),
        options(&v, names::LEGAL_CHARGE),
        options(&v, names::LEARNED_HOW),
        v.location_options(),
    );
    let (forces, warrant) = (
        options(&v, names::RESPONSIBLE_FORCES),
        options(&v, names::WARRANT_SHOWN),
    );
    let FormState {
        values: f,
        errors: e,
        message,
        ..
    } = state;
    view! {
        <CaseFormFrame heading case=c action message errors=e.clone() submit=tr!("detention-save")>
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <p class="hint">{tr!("detention-not-encrypted")}</p>
            <SelectField name="facility_kind" label=tr!("detention-held-in") options=kinds value=f.facility_kind.clone() errors=e.clone() empty=tr!("detention-not-known")/>
            <TextField name="facility_name" label=tr!("detention-facility-name") value=f.facility_name.clone() errors=e.clone()/>
            <SelectField name="detention_location" label=tr!("detention-where") options=places value=f.detention_location.clone() errors=e.clone() empty=tr!("detention-unknown")/>
            <SelectField name="responsible_forces" label=tr!("detention-responsible-forces") options=forces value=f.responsible_forces.clone() errors=e.clone() empty=tr!("detention-not-known")
                hint=tr!("detention-responsible-forces-hint")/>
            <SelectField name="warrant_shown" label=tr!("detention-warrant") options=warrant value=f.warrant_shown.clone() errors=e.clone()/>
            <TextField name="detention_place_note" label=super::intake::place_note_label() value=f.detention_place_note.clone() errors=e.clone() sensitive=true hint=super::intake::place_note_hint()/>
            <TextArea name="alleged_act" label=tr!("detention-alleged-act") value=f.alleged_act.clone() errors=e.clone() rows=2
                hint=tr!("detention-alleged-act-hint")/>
            <SelectField name="legal_charge" label=tr!("detention-legal-charge") options=charges value=f.legal_charge.clone() errors=e.clone() empty=tr!("detention-none-known")/>
            <TextField name="sentence" label=tr!("detention-sentence") value=f.sentence.clone() errors=e.clone() hint=tr!("detention-sentence-hint")/>
            <TextField name="court" label=tr!("detention-court") value=f.court.clone() errors=e.clone()/>
            <div class="row">
                <DateField name="conviction_date" label=tr!("detention-conviction-date") value=f.conviction_date.clone() errors=e.clone() hint=super::intake::date_hint()/>
                <DateField name="learned_date" label=tr!("detention-learned-date") value=f.learned_date.clone() errors=e.clone() hint=super::intake::date_hint()/>
            </div>
            <SelectField name="learned_how" label=tr!("detention-learned-how") options=learned value=f.learned_how.clone() errors=e.clone()/>
            <TextField name="confirmed_by" label=tr!("detention-confirmed-by") value=f.confirmed_by.clone() errors=e.clone()
                hint=tr!("detention-confirmed-by-hint")/>
        </CaseFormFrame>
    }
    .into_any()
}
