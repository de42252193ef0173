//! The guided intake, in the order an Atajurt testimony runs: who speaks, who is missing, when and
//! where they were last heard from, what is known, and where that knowledge comes from.

use super::options;
use crate::api::get_vocabularies;
use crate::components::fields::{
    DateField, FieldPrefix, FileField, FormMessage, FormState, SelectField, TextArea, TextField,
};
use crate::components::layout::{ErrorNote, PageTitle};
use crate::domain::forms::{
    relative_field, FieldErrors, IntakeForm, Lookalikes, PersonForm, RelativeForm,
    RELATIVE_PREFIXES,
};
use crate::domain::vocab::{names, Vocabularies};
use crate::i18n::tr;
use leptos::context::Provider;
use leptos::prelude::*;
use leptos_meta::Title;

/// The label of the note beside a place picker, for a place the gazetteer lacks.
pub(crate) fn place_note_label() -> String {
    tr!("intake-place-note")
}

/// Its hint.
pub(crate) fn place_note_hint() -> String {
    tr!("intake-place-note-hint")
}

/// A date field's hint: the forms of a partial date it takes.
pub(crate) fn date_hint() -> String {
    tr!("intake-date-hint")
}

/// The new-testimony page.
#[component]
pub fn IntakePage() -> impl IntoView {
    let state = FormState::<IntakeForm>::from_submission_or(|| IntakeForm {
        consent: "none".into(),
        ..IntakeForm::default()
    });
    let vocab = Resource::new(|| (), |_| get_vocabularies());
    let creates = crate::api::signed_in().is_some_and(|me| me.role.creates_cases());
    if !creates {
        return view! {
            <Title text=tr!("intake-title")/>
            <crate::components::layout::ErrorNote error=crate::error::AppError::Forbidden(
                tr!("intake-forbidden")
            )/>
        }
        .into_any();
    }
    view! {
        <PageTitle title=tr!("intake-title")/>
        <p class="lede">{tr!("intake-lede")}</p>
        <Suspense fallback=|| view! { <p class="hint">{tr!("intake-loading")}</p> }>
            {move || {
                let state = state.clone();
                Suspend::new(async move {
                    match vocab.await {
                        Ok(v) => view! { <IntakeFormView vocab=v state/> }.into_any(),
                        Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn IntakeFormView(vocab: Vocabularies, state: FormState<IntakeForm>) -> impl IntoView {
    let FormState {
        values: f,
        errors: e,
        message,
        lookalikes,
    } = state;
    let o = |name| options(&vocab, name);
    let found = |i: usize| lookalikes.get(i).cloned().unwrap_or_default();
    let count = f.relative_count();
    let first = f.first_relative();
    let more = f.more.iter().cloned().enumerate().map(|(k, relative)| {
        let number = k + 2;
        let prefix = RELATIVE_PREFIXES[k];
        let (vocab, e, found) = (vocab.clone(), e.clone(), found(k + 1));
        view! {
            <section class="relative" id=format!("relative-{number}") aria-labelledby=format!("relative-{number}-title")>
                <h2 id=format!("relative-{number}-title")>{tr!("intake-relative-number", {"number" => number})}</h2>
                <p class="hint">{tr!("intake-relative-more-hint")}</p>
                <Provider value=FieldPrefix(prefix)>
                    <SelectField name="relationship" label=tr!("intake-relative-relationship") options=options(&vocab, names::RELATIONSHIP) value=relative.relationship.clone() errors=e.clone() required=true
                        hint=tr!("intake-relative-relationship-hint")/>
                    <RelativeSteps vocab=vocab.clone() f=relative e=e.clone() found number/>
                </Provider>
                <button type="submit" class="secondary" name="relatives" value=format!("remove-{number}")
                    formaction=format!("/cases/new#relative-{}", number - 1)>
                    {tr!("intake-relative-remove", {"number" => number})}
                </button>
            </section>
        }
    }).collect_view();
    view! {
        <FormMessage message errors=e.clone()/>
        <form method="post" action="/cases/new" class="intake" novalidate enctype="multipart/form-data">
            // Enter in a field saves, as it always did, rather than adding a relative.
            <button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">{tr!("intake-save")}</button>
            <fieldset class="step">
                <legend><span class="step-no">"1"</span>" "{tr!("intake-step-testifier")}</legend>
                <TextField name="testifier_name" label=tr!("intake-testifier-name") value=f.testifier_name.clone() errors=e.clone() required=true sensitive=true
                    hint=tr!("intake-testifier-name-hint")/>
                <SelectField name="relationship" label=tr!("intake-relationship") options=o(names::RELATIONSHIP) value=f.relationship.clone() errors=e.clone() required=true
                    hint=tr!("intake-relationship-hint")/>
                <TextField name="testifier_contact" label=tr!("intake-contact") value=f.testifier_contact.clone() errors=e.clone() sensitive=true/>
                <SelectField name="consent" label=tr!("intake-consent") options=o(names::CONSENT) value=f.consent.clone() errors=e.clone() required=true
                    hint=tr!("intake-consent-hint")/>
                <TextArea name="pressure_notes" label=tr!("intake-pressure") value=f.pressure_notes.clone() errors=e.clone() sensitive=true
                    hint=tr!("intake-pressure-hint")/>
            </fieldset>

            <div class="relative" id="relative-1">
                {(count > 1).then(|| view! { <h2>{tr!("intake-relative-number", {"number" => 1})}</h2> })}
                <RelativeSteps vocab=vocab.clone() f=first e=e.clone() found=found(0) number=1/>
            </div>
            {more}
            <div class="add-relative">
                <button type="submit" class="secondary" name="relatives" value="add"
                    formaction=format!("/cases/new#relative-{}", count + 1)>
                    {tr!("intake-add-relative")}
                </button>
                <p class="hint" id="relatives-hint">{tr!("intake-add-relative-hint")}</p>
                {e.get("relatives").map(|m| view! { <p class="field-error" id="relatives-error" role="alert">{m.to_string()}</p> })}
            </div>

            <fieldset class="step">
                <legend><span class="step-no">"5"</span>" "{tr!("intake-step-testimony")}</legend>
                <SelectField name="testimony_medium" label=tr!("intake-testimony-medium") options=o(names::TESTIMONY_MEDIUM) value=f.testimony_medium.clone() errors=e.clone() required=true/>
                <DateField name="testimony_date" label=tr!("intake-testimony-date") value=f.testimony_date.clone() errors=e.clone() hint=date_hint()/>
                <SelectField name="testimony_language" label=tr!("intake-language") options=o(names::LANGUAGE) value=f.testimony_language.clone() errors=e.clone()/>
                <TextField name="testimony_duration" label=tr!("intake-testimony-duration") value=f.testimony_duration.clone() errors=e.clone()/>
                <TextField name="recording_location" label=tr!("intake-recording-location") value=f.recording_location.clone() errors=e.clone() sensitive=true/>
                <TextArea name="transcript" label=tr!("intake-transcript") value=f.transcript.clone() errors=e.clone() sensitive=true rows=6/>
                <SourceFields vocab=vocab.clone() f=f.source.clone() e=e.clone() optional=true/>
                <FileField name="recording" label=tr!("intake-recording") errors=e.clone() sensitive=true
                    hint=tr!("intake-recording-hint")/>
            </fieldset>

            <div class="form-actions">
                <button type="submit">{tr!("intake-save")}</button>
                <span class="hint">{tr!("intake-save-hint")}</span>
            </div>
        </form>
    }
}

/// Steps 2–4 for one missing relative (`number`, from 1): who they are, the last contact, what is
/// known; with the recorded cases they may be, if the server found any.
#[component]
fn RelativeSteps(
    vocab: Vocabularies,
    f: RelativeForm,
    e: FieldErrors,
    found: Lookalikes,
    number: usize,
) -> impl IntoView {
    let places = vocab.location_options();
    let o = |name| options(&vocab, name);
    let confirmed = f.not_duplicate == "yes";
    let confirm_name = relative_field(number - 1, "not_duplicate");
    view! {
        <PersonFieldset vocab=vocab.clone() f=f.person.clone() e=e.clone() step=2/>
        {(!found.is_empty() || confirmed).then(|| view! {
            <section class="possible-duplicates" aria-labelledby=format!("duplicates-{number}-title")>
                <h2 id=format!("duplicates-{number}-title")>{tr!("intake-lookalikes-title")}</h2>
                <p>{tr!("intake-lookalikes-body")}</p>
                <ul>
                    {found.shown.into_iter().map(|c| view! {
                        <li>
                            <a href=format!("/cases/{}", c.id) target="_blank" rel="noopener" dir="auto">{c.display_name.expose().to_string()}</a>
                            {c.birth_year.map(|y| format!(" · {}", tr!("intake-lookalike-born", {"year" => y.to_string()})))}
                            {format!(" · {}", c.status.label)}
                            {c.last_location.map(|l| format!(" · {l}"))}
                        </li>
                    }).collect_view()}
                </ul>
                {(found.hidden > 0).then(|| view! { <p class="hidden-matches">{super::search::hidden_matches(found.hidden)}</p> })}
                <div class="checkbox">
                    <input type="checkbox" id=confirm_name.clone() name=confirm_name.clone() value="yes" checked=confirmed/>
                    <label for=confirm_name>{tr!("intake-lookalikes-different")}</label>
                </div>
                <p class="hint">{tr!("intake-lookalikes-review")}</p>
            </section>
        })}

        <fieldset class="step">
            <legend><span class="step-no">"3"</span>" "{tr!("intake-step-last-contact")}</legend>
            <DateField name="last_contact_date" label=tr!("intake-last-contact-date") value=f.person.last_contact_date.clone() errors=e.clone() hint=date_hint()/>
            <SelectField name="last_contact_location" label=tr!("intake-last-contact-location") options=places.clone() value=f.person.last_contact_location.clone() errors=e.clone()
                hint=tr!("intake-last-contact-location-hint") empty=tr!("intake-unknown")/>
            <TextField name="last_contact_place_note" label=place_note_label() value=f.person.last_contact_place_note.clone() errors=e.clone() sensitive=true hint=place_note_hint()/>
            <TextArea name="last_contact_summary" label=tr!("intake-last-contact-summary") value=f.last_contact_summary.clone() errors=e.clone() sensitive=true rows=2/>
            <DateField name="disappearance_date" label=tr!("intake-disappearance-date") value=f.disappearance_date.clone() errors=e.clone() hint=date_hint()/>
        </fieldset>

        <fieldset class="step">
            <legend><span class="step-no">"4"</span>" "{tr!("intake-step-known")}</legend>
            <SelectField name="facility_kind" label=tr!("intake-facility-kind") options=o(names::FACILITY_KIND) value=f.facility_kind.clone() errors=e.clone() empty=tr!("intake-not-known")/>
            <TextField name="facility_name" label=tr!("intake-facility-name") value=f.facility_name.clone() errors=e.clone()
                hint=tr!("intake-facility-name-hint")/>
            <SelectField name="detention_location" label=tr!("intake-detention-location") options=places.clone() value=f.detention_location.clone() errors=e.clone() empty=tr!("intake-unknown")/>
            <TextField name="detention_place_note" label=place_note_label() value=f.detention_place_note.clone() errors=e.clone() sensitive=true hint=place_note_hint()/>
            <DateField name="detention_date" label=tr!("intake-detention-date") value=f.detention_date.clone() errors=e.clone() hint=date_hint()/>
            <TextArea name="alleged_act" label=tr!("intake-alleged-act") value=f.alleged_act.clone() errors=e.clone() rows=2
                hint=tr!("intake-alleged-act-hint")/>
            <SelectField name="legal_charge" label=tr!("intake-legal-charge") options=o(names::LEGAL_CHARGE) value=f.legal_charge.clone() errors=e.clone() empty=tr!("intake-none-known")/>
            <TextField name="sentence" label=tr!("intake-sentence") value=f.sentence.clone() errors=e.clone() hint=tr!("intake-sentence-hint")/>
            <TextField name="court" label=tr!("intake-court") value=f.court.clone() errors=e.clone()/>
            <DateField name="conviction_date" label=tr!("intake-conviction-date") value=f.conviction_date.clone() errors=e.clone() hint=date_hint()/>
            <DateField name="learned_date" label=tr!("intake-learned-date") value=f.learned_date.clone() errors=e.clone() hint=date_hint()/>
            <SelectField name="learned_how" label=tr!("intake-learned-how") options=o(names::LEARNED_HOW) value=f.learned_how.clone() errors=e.clone()/>
            <TextField name="confirmed_by" label=tr!("intake-confirmed-by") value=f.confirmed_by.clone() errors=e.clone()
                hint=tr!("intake-confirmed-by-hint")/>
        </fieldset>
    }
}

/// The missing person's fields, shared with the case edit form.
#[component]
pub fn PersonFieldset(
    vocab: Vocabularies,
    f: PersonForm,
    e: FieldErrors,
    step: u32,
) -> impl IntoView {
    let o = |name| options(&vocab, name);
    view! {
        <fieldset class="step">
            <legend><span class="step-no">{step}</span>" "{tr!("intake-step-missing")}</legend>
            <TextField name="name" label=tr!("intake-name") value=f.name.clone() errors=e.clone() required=true sensitive=true
                hint=tr!("intake-name-hint")/>
            <TextArea name="other_names" label=tr!("intake-other-names") value=f.other_names.clone() errors=e.clone() sensitive=true rows=2
                hint=tr!("intake-other-names-hint")/>
            <TextField name="aliases" label=tr!("intake-aliases") value=f.aliases.clone() errors=e.clone() sensitive=true/>
            <div class="row">
                <TextField name="birth_year" label=tr!("intake-birth-year") value=f.birth_year.clone() errors=e.clone()/>
                <TextField name="birth_date" label=tr!("intake-birth-date") value=f.birth_date.clone() errors=e.clone() sensitive=true hint=tr!("intake-birth-date-hint")/>
            </div>
            <div class="row">
                <SelectField name="gender" label=tr!("intake-gender") options=o(names::GENDER) value=f.gender.clone() errors=e.clone()/>
                <SelectField name="ethnicity" label=tr!("intake-ethnicity") options=o(names::ETHNICITY) value=f.ethnicity.clone() errors=e.clone()/>
            </div>
            <SelectField name="residency" label=tr!("intake-residency") options=o(names::RESIDENCY) value=f.residency.clone() errors=e.clone()/>
            <SelectField name="occupation" label=tr!("intake-occupation") options=o(names::OCCUPATION) value=f.occupation.clone() errors=e.clone()/>
            <TextField name="id_numbers" label=tr!("intake-id-numbers") value=f.id_numbers.clone() errors=e.clone() sensitive=true/>
            <TextArea name="address" label=tr!("intake-address") value=f.address.clone() errors=e.clone() sensitive=true rows=2/>
            <SelectField name="status" label=tr!("intake-status") options=o(names::CASE_STATUS) value=f.status.clone() errors=e.clone() required=true/>
            <SelectField name="verification" label=tr!("intake-verification") options=o(names::VERIFICATION) value=f.verification.clone() errors=e.clone()
                hint=tr!("intake-verification-hint") empty=tr!("intake-verification-default")/>
            <TextArea name="narrative" label=tr!("intake-narrative") value=f.narrative.clone() errors=e.clone() sensitive=true rows=4/>
        </fieldset>
    }
}

/// A source's fields (prefixed `source_`), shared by the intake and the source page.
#[component]
pub fn SourceFields(
    vocab: Vocabularies,
    f: crate::domain::forms::SourceForm,
    e: FieldErrors,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let o = |name| options(&vocab, name);
    let required = !optional;
    view! {
        <div class="source-fields">
            {optional.then(|| view! { <h3>{tr!("intake-source")}</h3><p class="hint">{tr!("intake-source-hint")}</p> })}
            <SelectField name="source_type" label=tr!("intake-source-type") options=o(names::SOURCE_TYPE) value=f.source_type.clone() errors=e.clone() required=required/>
            <TextField name="source_title" label=tr!("intake-source-title") value=f.source_title.clone() errors=e.clone() required=required
                hint=tr!("intake-source-title-hint")/>
            <TextField name="source_publisher" label=tr!("intake-source-publisher") value=f.source_publisher.clone() errors=e.clone()/>
            <TextField name="source_author" label=tr!("intake-source-author") value=f.source_author.clone() errors=e.clone() sensitive=true/>
            <TextField name="source_reference" label=tr!("intake-source-reference") value=f.source_reference.clone() errors=e.clone()
                hint=tr!("intake-source-reference-hint")/>
            <div class="row">
                <DateField name="source_date" label=tr!("intake-source-date") value=f.source_date.clone() errors=e.clone() hint=date_hint()/>
                <SelectField name="source_language" label=tr!("intake-language") options=o(names::LANGUAGE) value=f.source_language.clone() errors=e.clone()/>
            </div>
            <div class="row">
                <SelectField name="source_reliability" label=tr!("intake-source-reliability") options=o(names::RELIABILITY) value=f.source_reliability.clone() errors=e.clone() required=required/>
                <SelectField name="source_credibility" label=tr!("intake-source-credibility") options=o(names::CREDIBILITY) value=f.source_credibility.clone() errors=e.clone() required=required/>
            </div>
            <TextField name="source_sha256" label=tr!("intake-source-sha256") value=f.source_sha256.clone() errors=e.clone()/>
        </div>
    }
}
