//! Adding a testifier to a case after intake: a relative who gives a second testimony — a new
//! person, or one already recorded for another case (a father who spoke for one son speaks for
//! this one too), found by name and linked rather than typed again.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::options;
use crate::components::fields::{error_view, FormState, SelectField, TextArea, TextField};
use crate::domain::case::{CaseDetail, TestifierHit, TestifierMatches};
use crate::domain::forms::{FieldErrors, TestifierForm};
use crate::domain::vocab::{names, Vocabularies};
use crate::i18n::tr;
use leptos::prelude::*;

/// `/cases/:id/testifiers/new`.
#[component]
pub fn NewTestifierPage() -> impl IntoView {
    view! { <CaseFormPage title=tr!("testifier-title") form=testifier_form/> }
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
        <CaseFormFrame heading=tr!("testifier-title") case=c action message errors=e.clone() submit=tr!("testifier-submit") before>
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <p class="hint">{tr!("testifier-intro")}</p>
            {who}
            <TextField name="testifier_name" label=tr!("intake-testifier-name") value=f.testifier_name.clone() errors=e.clone() required=true sensitive=true
                hint=tr!("testifier-name-hint")/>
            <SelectField name="relationship" label=tr!("intake-relationship") options=relationships value=f.relationship.clone() errors=e.clone() required=true
                hint=tr!("testifier-relationship-hint")/>
            <TextField name="testifier_contact" label=tr!("intake-contact") value=f.testifier_contact.clone() errors=e.clone() sensitive=true
                hint=tr!("testifier-contact-hint")/>
            <SelectField name="consent" label=tr!("intake-consent") options=consents value=f.consent.clone() errors=e.clone() required=true
                hint=tr!("testifier-consent-hint")/>
            <TextArea name="pressure_notes" label=tr!("intake-pressure") value=f.pressure_notes.clone() errors=e.clone() sensitive=true
                hint=tr!("intake-pressure-hint")/>
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
        let hidden = (m.hidden > 0).then(|| tr!("testifier-find-hidden", {"count" => m.hidden}));
        let count =
            (!m.hits.is_empty()).then(|| tr!("testifier-find-count", {"count" => m.hits.len()}));
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
            <h2 id="find-testifier-h">{tr!("testifier-find-title")}</h2>
            <p class="hint">{tr!("testifier-find-intro")}</p>
            <form method="post" action=action class="inline-search" novalidate>
                <TextField name="testifier_query" label=tr!("testifier-find-name") value=query errors=FieldErrors::default() sensitive=true
                    hint=tr!("testifier-find-name-hint")/>
                <button type="submit" class="secondary">{tr!("testifier-find")}</button>
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
                            tr!("testifier-speaks-for", {"relationship" => relationship.to_lowercase(), "name" => missing.expose().to_string()})
                        })
                        .collect::<Vec<_>>()
                        .join("; ");
                    let more = (h.more > 0).then(|| format!(" {}", tr!("testifier-more-cases", {"count" => h.more})));
                    view! {
                        <label class="check" for=label_for>
                            <input type="radio" id=input_id name="existing" value=value checked=on disabled=h.on_this_case/>
                            <span><strong dir="auto" lang=crate::i18n::content_lang(h.name.expose())>{h.name.expose().to_string()}</strong>" — "<span dir="auto">{speaks}</span>{more}
                                {h.on_this_case.then(|| format!(" {}", tr!("testifier-already-here")))}</span>
                        </label>
                    }
                })
                .collect_view();
            Some(
                view! {
                    <fieldset class="field checks testifier-choices">
                        <legend>{tr!("testifier-who")}</legend>
                        {choices}
                        <label class="check" for="existing-new">
                            <input type="radio" id="existing-new" name="existing" value="" checked=chosen.is_empty()/>
                            <span>{tr!("testifier-who-new")}</span>
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
                    <p class="hint">{tr!("testifier-linking")}</p>
                    {error_view("existing", e)}
                </div>
            }
            .into_any(),
        ),
        _ => None,
    }
}
