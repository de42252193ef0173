//! Adding a testifier to a case after intake: a relative who gives a second testimony — a new
//! person, or one already recorded for another case (a father who spoke for one son speaks for
//! this one too), found by name and linked rather than typed again.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::options;
use crate::components::fields::{error_view, FormState, SelectField, TextArea, TextField};
use crate::domain::case::{CaseDetail, TestifierHit, TestifierMatches};
use crate::domain::forms::{FieldErrors, TestifierForm};
use crate::domain::vocab::{names, Vocabularies};
use leptos::prelude::*;

/// `/cases/:id/testifiers/new`.
#[component]
pub fn NewTestifierPage() -> impl IntoView {
    view! { <CaseFormPage title="Add a testifier" form=testifier_form/> }
}

fn testifier_form(v: Vocabularies, c: CaseDetail, submitted: FormState<TestifierForm>) -> AnyView {
    // What "Find" found, when the page answers that search.
    let found = SharedValue::new(use_context::<TestifierMatches>).into_inner();
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
    let before = find_form(&c, found.as_ref()).into_any();
    let who = who_testifies(found.map(|m| m.hits), &f.existing, &e);
    view! {
        <CaseFormFrame heading="Add a testifier" case=c action message errors=e.clone() submit="Add testifier" before>
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <p class="hint">"Another relative who speaks for the missing person. Their testimony is added afterwards, with \"Add testimony\"."</p>
            {who}
            <TextField name="testifier_name" label="Testifier's full name" value=f.testifier_name.clone() errors=e.clone() required=true sensitive=true
                hint="In any script, as they write it. Leave empty when you chose a recorded testifier above."/>
            <SelectField name="relationship" label="Relationship to the missing person" options=relationships value=f.relationship.clone() errors=e.clone() required=true
                hint="The testifier is the missing person's …"/>
            <TextField name="testifier_contact" label="Contact (phone, e-mail, messenger)" value=f.testifier_contact.clone() errors=e.clone() sensitive=true
                hint="A recorded testifier keeps the contact already recorded."/>
            <SelectField name="consent" label="Consent to publish" options=consents value=f.consent.clone() errors=e.clone() required=true
                hint="For this case. \"No consent to publish\" keeps the case out of every export."/>
            <TextArea name="pressure_notes" label="Pressure or threats received" value=f.pressure_notes.clone() errors=e.clone() sensitive=true
                hint="Calls from police, threats to relatives in Xinjiang, visits by officials."/>
        </CaseFormFrame>
    }
    .into_any()
}

/// The search for a testifier already recorded: a form of its own (posted, so the name stays out
/// of the address), and what it found.
fn find_form(c: &CaseDetail, found: Option<&TestifierMatches>) -> impl IntoView {
    let action = format!("/cases/{}/testifiers/find", c.id);
    let query = found.map(|m| m.query.clone()).unwrap_or_default();
    let summary = found.map(|m| {
        let hidden = (m.hidden > 0).then(|| {
            format!(
                "{} more recorded testifier{} of this name speak{} only for cases you may not read by name: an admin can link them.",
                m.hidden,
                if m.hidden == 1 { "" } else { "s" },
                if m.hidden == 1 { "s" } else { "" },
            )
        });
        let count = (!m.hits.is_empty()).then(|| {
            format!(
                "{} recorded testifier{} found: choose one under \"Who testifies\" below.",
                m.hits.len(),
                if m.hits.len() == 1 { "" } else { "s" }
            )
        });
        view! {
            <div class="find-result" role="status">
                {m.message.clone().map(|t| view! { <p>{t}</p> })}
                {count.map(|t| view! { <p>{t}</p> })}
                {hidden.map(|t| view! { <p class="hint">{t}</p> })}
            </div>
        }
    });
    view! {
        <section class="panel find-testifier" aria-labelledby="find-testifier-h">
            <h2 id="find-testifier-h">"Already recorded for another case?"</h2>
            <p class="hint">"A relative who testified about another missing person (a father about his first son) is linked, not typed again: their name and contact stay recorded once, and this case gets its own relationship and consent."</p>
            <form method="post" action=action class="inline-search" novalidate>
                <TextField name="testifier_query" label="Testifier's name" value=query errors=FieldErrors::default() sensitive=true
                    hint="In any script: Гүлнар, Gulnar and گۈلنار find the same person."/>
                <button type="submit" class="secondary">"Find"</button>
            </form>
            {summary}
        </section>
    }
}

/// "Who testifies": the testifiers a search found, to choose from, or the one chosen before the
/// page came back with an error; nothing when there was no search.
fn who_testifies(
    hits: Option<Vec<TestifierHit>>,
    chosen: &str,
    e: &FieldErrors,
) -> Option<AnyView> {
    match hits {
        Some(hits) if !hits.is_empty() => {
            let choices = hits
                .into_iter()
                .map(|h| {
                    let input_id = format!("existing-{}", h.id);
                    let label_for = input_id.clone();
                    let (value, on) = (h.id.to_string(), chosen == h.id.to_string());
                    let speaks = h
                        .speaks_for
                        .iter()
                        .map(|(_, missing, relationship)| {
                            format!("{} of {}", relationship.to_lowercase(), missing.expose())
                        })
                        .collect::<Vec<_>>()
                        .join("; ");
                    let more = (h.more > 0).then(|| format!(" (and {} more case{})", h.more, if h.more == 1 { "" } else { "s" }));
                    view! {
                        <label class="check" for=label_for>
                            <input type="radio" id=input_id name="existing" value=value checked=on disabled=h.on_this_case/>
                            <span><strong dir="auto">{h.name.expose().to_string()}</strong>" — "<span dir="auto">{speaks}</span>{more}
                                {h.on_this_case.then_some(" (already a testifier of this case)")}</span>
                        </label>
                    }
                })
                .collect_view();
            Some(
                view! {
                    <fieldset class="field checks testifier-choices">
                        <legend>"Who testifies"</legend>
                        {choices}
                        <label class="check" for="existing-new">
                            <input type="radio" id="existing-new" name="existing" value="" checked=chosen.is_empty()/>
                            <span>"Someone not recorded yet (fill in their name below)"</span>
                        </label>
                        {error_view("existing", e)}
                    </fieldset>
                }
                .into_any(),
            )
        }
        _ if !chosen.is_empty() => Some(
            view! {
                <div class="field">
                    <input type="hidden" name="existing" value=chosen.to_string()/>
                    <p class="hint">"Linking the recorded testifier you chose. To choose another, find them again above."</p>
                    {error_view("existing", e)}
                </div>
            }
            .into_any(),
        ),
        _ => None,
    }
}
