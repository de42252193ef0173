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
use leptos::context::Provider;
use leptos::prelude::*;
use leptos_meta::Title;

/// The label of the note beside a place picker, for a place the gazetteer lacks.
pub(crate) const PLACE_NOTE_LABEL: &str = "Not in the list? The place itself";
/// Its hint.
pub(crate) const PLACE_NOTE_HINT: &str =
    "Choose the county it lies in above, then name the village or place here, as the family says it.";

pub(crate) const DATE_HINT: &str =
    "e.g. 2017, May 2017, c. 2012, late 2019, before 2018, 2019–2020, 2017-05-14";

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
            <Title text="New testimony"/>
            <crate::components::layout::ErrorNote error=crate::error::AppError::Forbidden(
                "Volunteers and admins record testimonies; a researcher's account reads them.".into()
            )/>
        }
        .into_any();
    }
    view! {
        <PageTitle title="New testimony"/>
        <p class="lede">"Follow the relative's account in order. Only the fields marked * are required; anything unknown can stay empty and be added later."</p>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
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
                <h2 id=format!("relative-{number}-title")>{format!("Missing relative {number}")}</h2>
                <p class="hint">"From the same testimony: this relative becomes a case of their own, with the same testifier and testimony."</p>
                <Provider value=FieldPrefix(prefix)>
                    <SelectField name="relationship" label="Relationship to this missing relative" options=options(&vocab, names::RELATIONSHIP) value=relative.relationship.clone() errors=e.clone() required=true
                        hint="The testifier is this relative's …"/>
                    <RelativeSteps vocab=vocab.clone() f=relative e=e.clone() found number/>
                </Provider>
                <button type="submit" class="secondary" name="relatives" value=format!("remove-{number}")
                    formaction=format!("/cases/new#relative-{}", number - 1)>
                    {format!("Remove missing relative {number}")}
                </button>
            </section>
        }
    }).collect_view();
    view! {
        <FormMessage message errors=e.clone()/>
        <form method="post" action="/cases/new" class="intake" novalidate enctype="multipart/form-data">
            // Enter in a field saves, as it always did, rather than adding a relative.
            <button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">"Save testimony"</button>
            <fieldset class="step">
                <legend><span class="step-no">"1"</span>" Who is testifying"</legend>
                <TextField name="testifier_name" label="Testifier's full name" value=f.testifier_name.clone() errors=e.clone() required=true sensitive=true
                    hint="In any script, as they write it."/>
                <SelectField name="relationship" label="Relationship to the missing person" options=o(names::RELATIONSHIP) value=f.relationship.clone() errors=e.clone() required=true
                    hint="The testifier is the missing person's … (the first one, if the testimony is about several relatives)"/>
                <TextField name="testifier_contact" label="Contact (phone, e-mail, messenger)" value=f.testifier_contact.clone() errors=e.clone() sensitive=true/>
                <SelectField name="consent" label="Consent to publish" options=o(names::CONSENT) value=f.consent.clone() errors=e.clone() required=true
                    hint="For every relative this testimony is about; it can be changed later on each case."/>
                <TextArea name="pressure_notes" label="Pressure or threats received" value=f.pressure_notes.clone() errors=e.clone() sensitive=true
                    hint="Calls from police, threats to relatives in Xinjiang, visits by officials."/>
            </fieldset>

            <div class="relative" id="relative-1">
                {(count > 1).then(|| view! { <h2>"Missing relative 1"</h2> })}
                <RelativeSteps vocab=vocab.clone() f=first e=e.clone() found=found(0) number=1/>
            </div>
            {more}
            <div class="add-relative">
                <button type="submit" class="secondary" name="relatives" value="add"
                    formaction=format!("/cases/new#relative-{}", count + 1)>
                    "Add another missing relative"
                </button>
                <p class="hint" id="relatives-hint">"Is the testimony about more than one person (a father about his sons)? Each relative becomes a case of their own, sharing the testifier and the testimony; all are saved together."</p>
                {e.get("relatives").map(|m| view! { <p class="field-error" id="relatives-error" role="alert">{m.to_string()}</p> })}
            </div>

            <fieldset class="step">
                <legend><span class="step-no">"5"</span>" The testimony and its sources"</legend>
                <SelectField name="testimony_medium" label="Testimony given as" options=o(names::TESTIMONY_MEDIUM) value=f.testimony_medium.clone() errors=e.clone() required=true/>
                <DateField name="testimony_date" label="Recorded on" value=f.testimony_date.clone() errors=e.clone() hint=DATE_HINT/>
                <SelectField name="testimony_language" label="Language" options=o(names::LANGUAGE) value=f.testimony_language.clone() errors=e.clone()/>
                <TextField name="testimony_duration" label="Duration (minutes)" value=f.testimony_duration.clone() errors=e.clone()/>
                <TextField name="recording_location" label="Where the recording is kept" value=f.recording_location.clone() errors=e.clone() sensitive=true/>
                <TextArea name="transcript" label="Transcript" value=f.transcript.clone() errors=e.clone() sensitive=true rows=6/>
                <SourceFields vocab=vocab.clone() f=f.source.clone() e=e.clone() optional=true/>
                <FileField name="recording" label="The recording, or a document of it" errors=e.clone() sensitive=true
                    hint="Optional: the video or audio of this testimony, or a photo or scan of the written one. Stored encrypted with the case, hashed as it arrives; it can also be added on the case page later."/>
            </fieldset>

            <div class="form-actions">
                <button type="submit">"Save testimony"</button>
                <span class="hint">"Saved in one step: if anything needs fixing, nothing is stored until it is."</span>
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
                <h2 id=format!("duplicates-{number}-title")>"Possibly already recorded"</h2>
                <p>"These cases have the same name in another spelling or script, or the same ID number. Open them (in a new tab) before saving a second record of one person."</p>
                <ul>
                    {found.shown.into_iter().map(|c| view! {
                        <li>
                            <a href=format!("/cases/{}", c.id) target="_blank" rel="noopener" dir="auto">{c.display_name.expose().to_string()}</a>
                            {c.birth_year.map(|y| format!(" · born {y}"))}
                            {format!(" · {}", c.status.label)}
                            {c.last_location.map(|l| format!(" · {l}"))}
                        </li>
                    }).collect_view()}
                </ul>
                {(found.hidden > 0).then(|| view! { <p class="hidden-matches">{super::search::hidden_matches(found.hidden)}</p> })}
                <div class="checkbox">
                    <input type="checkbox" id=confirm_name.clone() name=confirm_name.clone() value="yes" checked=confirmed/>
                    <label for=confirm_name>"This is a different person: save the testimony anyway"</label>
                </div>
                <p class="hint">"An admin still compares the two records in the duplicate review, with your answer."</p>
            </section>
        })}

        <fieldset class="step">
            <legend><span class="step-no">"3"</span>" Last contact"</legend>
            <DateField name="last_contact_date" label="When were they last heard from?" value=f.person.last_contact_date.clone() errors=e.clone() hint=DATE_HINT/>
            <SelectField name="last_contact_location" label="Where were they then?" options=places.clone() value=f.person.last_contact_location.clone() errors=e.clone()
                hint="Choose the prefecture if the county is unknown." empty="Unknown"/>
            <TextField name="last_contact_place_note" label=PLACE_NOTE_LABEL value=f.person.last_contact_place_note.clone() errors=e.clone() sensitive=true hint=PLACE_NOTE_HINT/>
            <TextArea name="last_contact_summary" label="What happened at the last contact" value=f.last_contact_summary.clone() errors=e.clone() sensitive=true rows=2/>
            <DateField name="disappearance_date" label="When did they disappear, if different?" value=f.disappearance_date.clone() errors=e.clone() hint=DATE_HINT/>
        </fieldset>

        <fieldset class="step">
            <legend><span class="step-no">"4"</span>" What is known"</legend>
            <SelectField name="facility_kind" label="Held in" options=o(names::FACILITY_KIND) value=f.facility_kind.clone() errors=e.clone() empty="Not known"/>
            <TextField name="facility_name" label="Name of the camp, detention centre or prison" value=f.facility_name.clone() errors=e.clone()
                hint="This step's text fields are not encrypted (researchers search them): no names of people."/>
            <SelectField name="detention_location" label="Where" options=places.clone() value=f.detention_location.clone() errors=e.clone() empty="Unknown"/>
            <TextField name="detention_place_note" label=PLACE_NOTE_LABEL value=f.detention_place_note.clone() errors=e.clone() sensitive=true hint=PLACE_NOTE_HINT/>
            <DateField name="detention_date" label="Since when" value=f.detention_date.clone() errors=e.clone() hint=DATE_HINT/>
            <TextArea name="alleged_act" label="What they are said to have done" value=f.alleged_act.clone() errors=e.clone() rows=2
                hint="The act itself, e.g. \"a 2012 forum post\", \"travelled to Kazakhstan\" — kept apart from the legal charge."/>
            <SelectField name="legal_charge" label="Legal charge" options=o(names::LEGAL_CHARGE) value=f.legal_charge.clone() errors=e.clone() empty="None known"/>
            <TextField name="sentence" label="Sentence" value=f.sentence.clone() errors=e.clone() hint="e.g. 10 years, 7 years 6 months, life"/>
            <TextField name="court" label="Court" value=f.court.clone() errors=e.clone()/>
            <DateField name="conviction_date" label="Date of conviction" value=f.conviction_date.clone() errors=e.clone() hint=DATE_HINT/>
            <DateField name="learned_date" label="When the family learned of it" value=f.learned_date.clone() errors=e.clone() hint=DATE_HINT/>
            <SelectField name="learned_how" label="How the family learned of it" options=o(names::LEARNED_HOW) value=f.learned_how.clone() errors=e.clone()/>
            <TextField name="confirmed_by" label="Confirmed by (institution or official role)" value=f.confirmed_by.clone() errors=e.clone()
                hint="e.g. Chinese Embassy in Astana. Not a private person's name."/>
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
            <legend><span class="step-no">{step}</span>" Who is missing"</legend>
            <TextField name="name" label="Full name" value=f.name.clone() errors=e.clone() required=true sensitive=true
                hint="In the script the family uses: Cyrillic, Arabic script, Chinese characters or Latin."/>
            <TextArea name="other_names" label="Other spellings of the name" value=f.other_names.clone() errors=e.clone() sensitive=true rows=2
                hint="One per line: other scripts, the Chinese transcription on their ID card."/>
            <TextField name="aliases" label="Aliases or nicknames" value=f.aliases.clone() errors=e.clone() sensitive=true/>
            <div class="row">
                <TextField name="birth_year" label="Birth year" value=f.birth_year.clone() errors=e.clone()/>
                <TextField name="birth_date" label="Exact date of birth" value=f.birth_date.clone() errors=e.clone() sensitive=true hint="YYYY-MM-DD, if known"/>
            </div>
            <div class="row">
                <SelectField name="gender" label="Gender" options=o(names::GENDER) value=f.gender.clone() errors=e.clone()/>
                <SelectField name="ethnicity" label="Ethnicity" options=o(names::ETHNICITY) value=f.ethnicity.clone() errors=e.clone()/>
            </div>
            <SelectField name="residency" label="Citizenship or residency abroad" options=o(names::RESIDENCY) value=f.residency.clone() errors=e.clone()/>
            <SelectField name="occupation" label="Occupation" options=o(names::OCCUPATION) value=f.occupation.clone() errors=e.clone()/>
            <TextField name="id_numbers" label="ID or passport numbers" value=f.id_numbers.clone() errors=e.clone() sensitive=true/>
            <TextArea name="address" label="Address in Xinjiang" value=f.address.clone() errors=e.clone() sensitive=true rows=2/>
            <SelectField name="status" label="Current status" options=o(names::CASE_STATUS) value=f.status.clone() errors=e.clone() required=true/>
            <SelectField name="verification" label="Verification" options=o(names::VERIFICATION) value=f.verification.clone() errors=e.clone()
                hint="Reported: one source. Corroborated: two independent sources. Confirmed: official or documentary." empty="Reported (default)"/>
            <TextArea name="narrative" label="Their story, in brief" value=f.narrative.clone() errors=e.clone() sensitive=true rows=4/>
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
            {optional.then(|| view! { <h3>"Source"</h3><p class="hint">"Where is this known from? Leave empty if the testimony is the only source."</p> })}
            <SelectField name="source_type" label="Kind of source" options=o(names::SOURCE_TYPE) value=f.source_type.clone() errors=e.clone() required=required/>
            <TextField name="source_title" label="Title or short description" value=f.source_title.clone() errors=e.clone() required=required
                hint="Not encrypted, so that researchers can search it: no names (e.g. \"Video testimony of his sister\")."/>
            <TextField name="source_publisher" label="Publisher" value=f.source_publisher.clone() errors=e.clone()/>
            <TextField name="source_author" label="Author" value=f.source_author.clone() errors=e.clone() sensitive=true/>
            <TextField name="source_reference" label="Reference or URL" value=f.source_reference.clone() errors=e.clone()
                hint="Not encrypted: a link or archive number without names."/>
            <div class="row">
                <DateField name="source_date" label="Date" value=f.source_date.clone() errors=e.clone() hint=DATE_HINT/>
                <SelectField name="source_language" label="Language" options=o(names::LANGUAGE) value=f.source_language.clone() errors=e.clone()/>
            </div>
            <div class="row">
                <SelectField name="source_reliability" label="Reliability of the source" options=o(names::RELIABILITY) value=f.source_reliability.clone() errors=e.clone() required=required/>
                <SelectField name="source_credibility" label="Credibility of the claim" options=o(names::CREDIBILITY) value=f.source_credibility.clone() errors=e.clone() required=required/>
            </div>
            <TextField name="source_sha256" label="SHA-256 of a stored copy" value=f.source_sha256.clone() errors=e.clone()/>
        </div>
    }
}
