//! The case page: profile, detention and sentence, testifiers, testimonies, sources and timeline.

use super::route_param;
use crate::api::get_case;
use crate::components::layout::ErrorNote;
use crate::components::timeline::Timeline;
use crate::components::{date, label};
use crate::domain::case::{CaseDetail, DetentionView, SourceView, TestifierView, TestimonyView};
use crate::domain::Sensitive;
use leptos::prelude::*;
use leptos_meta::Title;

fn secret(value: &Option<Sensitive>) -> String {
    value
        .as_ref()
        .map(|v| v.expose().to_string())
        .unwrap_or_default()
}

/// A definition-list row, left out when there is nothing to say.
fn row(term: &'static str, value: String) -> impl IntoView {
    (!value.is_empty()).then(|| view! { <dt>{term}</dt><dd dir="auto">{value}</dd> })
}

/// One case.
#[component]
pub fn CasePage() -> impl IntoView {
    let id = route_param("id");
    let case = Resource::new(id, get_case);
    view! {
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match case.await {
                    Ok(c) => view! { <CaseView case=c/> }.into_any(),
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CaseView(case: CaseDetail) -> impl IntoView {
    let id = case.id.to_string();
    let p = case.profile;
    let name = p.name.expose().to_string();
    view! {
        <Title text="Case"/>
        <article class="case">
            <div class="page-head">
                <div>
                    <h1 dir="auto" class="case-title">{name}</h1>
                    <p class="case-meta">
                        <span class=format!("status status-{}", p.status.code)>{p.status.label.clone()}</span>
                        " · "<span class="verification">{format!("Verification: {}", p.verification.label)}</span>
                    </p>
                </div>
                <div class="actions">
                    <a class="button secondary" href=format!("/cases/{id}/edit")>"Edit case"</a>
                    <a class="button secondary" href=format!("/cases/{id}/events/new")>"Add event"</a>
                    <a class="button secondary" href=format!("/cases/{id}/sources/new")>"Add source"</a>
                </div>
            </div>

            <section class="panel" aria-labelledby="profile-h">
                <h2 id="profile-h">"Profile"</h2>
                <dl class="facts">
                    {row("Other names", secret(&p.other_names))}
                    {row("Aliases", secret(&p.aliases))}
                    {row("Gender", label(&p.gender))}
                    {row("Born", if secret(&p.birth_date).is_empty() { p.birth_year.map(|y| y.to_string()).unwrap_or_default() } else { secret(&p.birth_date) })}
                    {row("Ethnicity", label(&p.ethnicity))}
                    {row("Residency abroad", label(&p.residency))}
                    {row("Occupation", label(&p.occupation))}
                    {row("ID numbers", secret(&p.id_numbers))}
                    {row("Address", secret(&p.address))}
                    {row("Last contact", date(&p.last_contact))}
                    {row("Last known place", label(&p.last_location))}
                </dl>
                {p.narrative.map(|n| view! { <p class="narrative" dir="auto">{n.expose().to_string()}</p> })}
            </section>

            <section class="panel" aria-labelledby="detention-h">
                <h2 id="detention-h">"Detention and sentence"</h2>
                {if case.detentions.is_empty() {
                    view! { <p class="hint">"Nothing known yet."</p> }.into_any()
                } else {
                    case.detentions.into_iter().map(|d| view! { <Detention d/> }).collect_view().into_any()
                }}
            </section>

            <section class="panel" aria-labelledby="testifiers-h">
                <h2 id="testifiers-h">"Testifiers"</h2>
                <ul class="cards">
                    {case.testifiers.into_iter().map(|t| view! { <Testifier t/> }).collect_view()}
                </ul>
            </section>

            <section class="panel" aria-labelledby="testimonies-h">
                <h2 id="testimonies-h">"Testimonies"</h2>
                <ul class="cards">
                    {case.testimonies.into_iter().map(|t| view! { <Testimony t/> }).collect_view()}
                </ul>
            </section>

            <section class="panel" aria-labelledby="timeline-h">
                <h2 id="timeline-h">"Timeline"</h2>
                <Timeline case_id=id.clone() events=case.events/>
            </section>

            <section class="panel" aria-labelledby="sources-h">
                <h2 id="sources-h">"Sources"</h2>
                {if case.sources.is_empty() {
                    view! { <p class="hint">"No sources yet. "<a href=format!("/cases/{id}/sources/new")>"Add a source"</a></p> }.into_any()
                } else {
                    view! { <ul class="sources">{case.sources.into_iter().map(|s| view! { <Source s/> }).collect_view()}</ul> }.into_any()
                }}
            </section>
        </article>
    }
}

#[component]
fn Detention(d: DetentionView) -> impl IntoView {
    view! {
        <dl class="facts">
            {row("Facility", [label(&d.facility_kind), d.facility_name.clone().unwrap_or_default()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" — "))}
            {row("Place", label(&d.location))}
            {row("Alleged act", d.alleged_act.unwrap_or_default())}
            {row("Legal charge", label(&d.legal_charge))}
            {row("Sentence", d.sentence.unwrap_or_default())}
            {row("Court", d.court.unwrap_or_default())}
            {row("Convicted", date(&d.conviction_date))}
            {row("Family learned", [date(&d.learned_date), label(&d.learned_how)].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" — "))}
            {row("Confirmed by", d.confirmed_by.unwrap_or_default())}
        </dl>
    }
}

#[component]
fn Testifier(t: TestifierView) -> impl IntoView {
    view! {
        <li class="card">
            <p class="card-title"><span dir="auto">{t.name.expose().to_string()}</span>" — "{t.relationship.label}</p>
            <dl class="facts">
                {row("Contact", secret(&t.contact))}
                {row("Consent to publish", t.consent.label)}
                {row("Pressure received", secret(&t.pressure_notes))}
            </dl>
        </li>
    }
}

#[component]
fn Testimony(t: TestimonyView) -> impl IntoView {
    let who = t.testifier_name.expose().to_string();
    let relation = t
        .relationship
        .map(|r| format!(" ({})", r.label))
        .unwrap_or_default();
    view! {
        <li class="card testimony">
            <p class="card-title"><span dir="auto">{who}</span>{relation}</p>
            <p class="hint">
                {[t.medium.label, date(&t.recorded), label(&t.language), t.duration_minutes.map(|m| format!("{m} min")).unwrap_or_default()]
                    .into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")}
            </p>
            {t.recording_location.map(|r| view! { <p>"Recording: "<span dir="auto">{r.expose().to_string()}</span></p> })}
            {t.transcript.map(|tr| view! {
                <details><summary>"Transcript"</summary><p class="transcript" dir="auto">{tr.expose().to_string()}</p></details>
            })}
        </li>
    }
}

#[component]
fn Source(s: SourceView) -> impl IntoView {
    let meta = [
        s.source_type.label.clone(),
        s.publisher.clone().unwrap_or_default(),
        date(&s.published),
        label(&s.language),
    ]
    .into_iter()
    .filter(|x| !x.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <li class="source" id=format!("source-{}", s.id)>
            <p class="card-title" dir="auto">{s.title}</p>
            <p class="hint">{meta}</p>
            <p>
                <span class="grade">{format!("{}{}", s.reliability.code, s.credibility.code)}</span>
                " "{s.reliability.label}" · "{s.credibility.label}
            </p>
            {s.author.map(|a| view! { <p>"Author: "<span dir="auto">{a.expose().to_string()}</span></p> })}
            {s.reference.map(|r| view! { <p class="reference">"Reference: "<span dir="auto">{r}</span></p> })}
            {s.content_sha256.map(|h| view! { <p class="hash">"SHA-256 "<code>{h}</code></p> })}
        </li>
    }
}
