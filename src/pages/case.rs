//! The case page: profile, detention and sentence, testifiers, testimonies, sources and timeline.

use super::route_param;
use crate::api::{get_case, my_reveal};
use crate::components::claims::Claims;
use crate::components::fields::{FormMessage, FormState, TextArea};
use crate::components::layout::{ErrorNote, Panel};
use crate::components::timeline::Timeline;
use crate::components::{date, label};
use crate::domain::account::{Me, Role};
use crate::domain::case::{CaseDetail, DetentionView, SourceView, TestifierView, TestimonyView};
use crate::domain::evidence::EvidenceItem;
use crate::domain::release::{ClockStart, ExpectedRelease};
use crate::domain::reveal::{RevealStatus, RevealView};
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

/// One case, as the reader may see it.
#[component]
pub fn CasePage() -> impl IntoView {
    let id = route_param("id");
    let id_now = id.clone();
    let case = Resource::new(id.clone(), get_case);
    let reveal = Resource::new(id, my_reveal);
    let me = crate::api::signed_in();
    view! {
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || {
                let (me, id_now) = (me.clone(), id_now.clone());
                Suspend::new(async move {
                    match (case.await, reveal.await) {
                        (Ok(c), Ok(r)) => {
                            let admin = me.as_ref().is_some_and(|m| m.role == Role::Admin);
                            let access = (!c.sensitive).then(|| view! { <AccessNote case_id=c.id.to_string() me reveal=r/> });
                            let erase = format!("/cases/{}/erase", c.id);
                            let assign = admin.then(|| view! {
                                <AssignForm case_id=c.id.to_string()/>
                                <section class="panel erase">
                                    <h2>"Erase this case"</h2>
                                    <p class="hint">"When the family asks, or to protect them: the case's key is destroyed and nothing of it can be read again."</p>
                                    <p><a class="button danger" href=erase>"Erase this case…"</a></p>
                                </section>
                            });
                            view! { {access}<CaseView case=c as_of=None reviewer=admin/>{assign} }.into_any()
                        }
                        (Err(crate::error::AppError::NotFound), _) => view! { <ErasedOrMissing case_id=id_now()/> }.into_any(),
                        (Err(e), _) | (_, Err(e)) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// A case that is not there: erased (when, by whom and, for admins, why), or never recorded.
#[component]
fn ErasedOrMissing(case_id: String) -> impl IntoView {
    let erasure = Resource::new(move || case_id.clone(), crate::api::case_erasure);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match erasure.await {
                    Ok(Some(e)) => view! {
                        <Title text="Erased case"/>
                        <h1>"This case was erased"</h1>
                        <div class="form-message" role="status">
                            <p>{format!(
                                "Erased on {}{}. Its data key was destroyed: nothing of it can be read again, here or in any copy of the database.",
                                short_time(&e.erased_at),
                                e.erased_by.map(|u| format!(" by {u}")).unwrap_or_default()
                            )}</p>
                            {e.reason.map(|r| view! { <p>"Reason: "<span dir="auto">{r.expose().to_string()}</span></p> })}
                        </div>
                        <p><a href="/cases">"Back to the cases"</a></p>
                    }.into_any(),
                    Ok(None) => view! { <ErrorNote error=crate::error::AppError::NotFound/> }.into_any(),
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Why the names are hidden, and (for a researcher) the reveal request or its answer.
#[component]
fn AccessNote(case_id: String, me: Option<Me>, reveal: Option<RevealView>) -> impl IntoView {
    let state = FormState::<RevealForm>::from_submission_or(RevealForm::default);
    let researcher = me.as_ref().is_some_and(|m| m.role == Role::Researcher);
    let body = if !researcher {
        view! {
            <p>"You see this case as a researcher does: names, contacts, narratives and transcripts are shown only to the volunteers who entered it or were assigned to it. Ask an admin to assign you if you work on this case."</p>
        }.into_any()
    } else {
        match reveal {
            Some(RevealView { status: RevealStatus::Pending, requested_at, .. }) => view! {
                <p class="reveal-status">{format!("You asked to see the names of this case on {}. An admin has not decided yet.", short_time(&requested_at))}</p>
            }.into_any(),
            Some(RevealView { status: RevealStatus::Granted, expired: false, .. }) => view! {
                <p class="reveal-status">"Your reveal was granted: reload the page to see the names."</p>
            }.into_any(),
            other => {
                let note = match other {
                    Some(RevealView { status: RevealStatus::Denied, .. }) => Some("An admin declined your last request to see this case's names. You may ask again with more detail."),
                    Some(RevealView { status: RevealStatus::Granted, .. }) => Some("Your reveal of this case has run out. Ask again if you still need the names."),
                    _ => None,
                };
                view! {
                    {note.map(|n| view! { <p class="reveal-status">{n}</p> })}
                    <FormMessage message=state.message.clone() errors=state.errors.clone()/>
                    <form method="post" action=format!("/cases/{case_id}/reveal") class="reveal-form">
                        <TextArea name="reason" label="Why do you need the names of this case?" value=state.values.reason.clone()
                            errors=state.errors.clone() sensitive=true
                            hint="An admin reads this before granting. Every reveal is recorded in the audit log; a grant lasts 7 days."/>
                        <button type="submit">"Request to see names"</button>
                    </form>
                }.into_any()
            }
        }
    };
    view! {
        <Panel id="access" title="Names are hidden" class="access-note">
            {body}
        </Panel>
    }
}

/// An admin gives a volunteer this case (they then see and edit its names).
#[component]
fn AssignForm(case_id: String) -> impl IntoView {
    let volunteers = Resource::new(|| (), |_| crate::api::list_volunteers());
    let state = FormState::<AssignValues>::from_submission_or(AssignValues::default);
    view! {
        <Panel id="assign" title="Assign a volunteer">
            <Suspense fallback=|| ()>
                {move || {
                    let (case_id, state) = (case_id.clone(), state.clone());
                    Suspend::new(async move {
                        let options: Vec<(String, String)> = volunteers
                            .await
                            .unwrap_or_default()
                            .into_iter()
                            .map(|v| (v.clone(), v))
                            .collect();
                        view! {
                            <form method="post" action=format!("/cases/{case_id}/assign")>
                                <crate::components::fields::SelectField name="volunteer" label="Volunteer" options
                                    value=state.values.volunteer.clone() errors=state.errors.clone()
                                    hint="They will see and edit this case's names, contacts and testimonies."/>
                                <button type="submit" class="secondary">"Assign"</button>
                            </form>
                        }
                    })
                }}
            </Suspense>
        </Panel>
    }
}

#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct AssignValues {
    volunteer: String,
}

#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct RevealForm {
    reason: String,
}

/// "2026-11-29 04:31" from a stored timestamp.
/// A place as the gazetteer names it, with the place itself when the gazetteer lacks it ("Tekes
/// County — another place: Qaraqara village").
pub fn with_note(place: String, note: &Option<Sensitive>) -> String {
    match note {
        Some(note) => format!("{place} — another place: {}", note.expose()),
        None => place,
    }
}

pub fn short_time(at: &str) -> String {
    at.get(..16).unwrap_or(at).replace('T', " ")
}

/// The case (current, or as it was at a revision when `as_of` is set).
#[component]
pub fn CaseView(
    case: CaseDetail,
    as_of: Option<i64>,
    /// May set claims' levels (admins), on the current version only.
    #[prop(optional)]
    reviewer: bool,
) -> impl IntoView {
    let id = case.id.to_string();
    let p = case.profile;
    let name = p.name.expose().to_string();
    let editable = case.can_edit && as_of.is_none();
    let reviewer = reviewer && as_of.is_none();
    let disputed = case.claims.iter().filter(|c| c.disputed()).count();
    let title_class = if case.sensitive {
        "case-title"
    } else {
        "case-title pseudonym"
    };
    let recorded = format!(
        "Revision {} · saved {}{}",
        case.revision,
        short_time(&case.updated_at),
        case.updated_by
            .as_ref()
            .map(|u| format!(" by {u}"))
            .unwrap_or_default()
    );
    // Each panel's contents are a closure that takes what it uses: these are the timeline's and
    // the claims' own copies.
    let (timeline_case, claims_case, detentions_case, testimonies_case, testifiers_case) =
        (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
    let sources_case = id.clone();
    let withdrawn = case.testifiers.iter().any(|t| t.consent.code == "none");
    let cited = case.sources.clone();
    let merged_in = case.merged_in.clone();
    // What each file documents, in words, before the testimonies and sources move into panels.
    let evidence: Vec<(EvidenceItem, String)> = case
        .evidence
        .iter()
        .map(|e| {
            let target = match e.attached_kind.as_str() {
                "testimony" => case
                    .testimonies
                    .iter()
                    .find(|t| t.id.to_string() == e.attached_id)
                    .map(crate::pages::evidence::testimony_label),
                "source" => case
                    .sources
                    .iter()
                    .find(|s| s.id.to_string() == e.attached_id)
                    .map(|s| format!("Source: {}", s.title)),
                _ => Some("The case".to_string()),
            };
            (e.clone(), target.unwrap_or_else(|| "A removed item".into()))
        })
        .collect();
    let evidence_case = id.clone();
    view! {
        <Title text=if as_of.is_some() { "Case history" } else { "Case" }/>
        {as_of.map(|_| view! {
            <div class="form-message as-of" role="status">
                <p>{format!("As recorded on {}. ", short_time(&case.updated_at))}<a href=format!("/cases/{id}")>"See the case as it is now"</a>" · "<a href=format!("/cases/{id}/history")>"All revisions"</a></p>
            </div>
        })}
        <article class="case">
            {withdrawn.then(|| view! {
                <div class="form-message consent-withheld" role="note">
                    <p>"No consent to publish: this case is left out of every export and of everything Izde makes for others. "<a href="#testifiers">"See the testifiers"</a></p>
                </div>
            })}
            <div class="page-head">
                <div>
                    <h1 dir="auto" class=title_class>{name}</h1>
                    <p class="case-meta">
                        <span class=format!("status status-{}", p.status.code)>{p.status.label.clone()}</span>
                        " · "<span class="verification">{format!("Verification: {}", p.verification.label)}</span>
                    </p>
                    <p class="hint revision">{recorded}" · "<a href=format!("/cases/{id}/history")>"History"</a></p>
                </div>
                {editable.then(|| view! {
                    <div class="actions">
                        <a class="button secondary" href=format!("/cases/{id}/edit")>"Edit case"</a>
                        <a class="button secondary" href=format!("/cases/{id}/events/new")>"Add event"</a>
                        <a class="button secondary" href=format!("/cases/{id}/sources/new")>"Add source"</a>
                        <a class="button secondary" href=format!("/cases/{id}/detentions/new")>"Add detention"</a>
                        <a class="button secondary" href=format!("/cases/{id}/testimonies/new")>"Add testimony"</a>
                        <a class="button secondary" href=format!("/cases/{id}/testifiers/new")>"Add testifier"</a>
                        <a class="button secondary" href=format!("/cases/{id}/evidence/new")>"Add a file"</a>
                    </div>
                })}
            </div>

            <Panel id="profile" title="Profile">
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
                    {row("Last known place", with_note(label(&p.last_location), &p.last_place_note))}
                </dl>
                {p.narrative.map(|n| view! { <p class="narrative" dir="auto">{n.expose().to_string()}</p> })}
            </Panel>

            <Panel id="detention" title="Detention and sentence">
                {if case.detentions.is_empty() {
                    view! { <p class="hint">"Nothing known yet."</p> }.into_any()
                } else {
                    let case_id = detentions_case;
                    case.detentions.into_iter().map(|d| {
                        let edit = editable.then(|| format!("/cases/{case_id}/detentions/{}/edit", d.id));
                        view! { <Detention d edit/> }
                    }).collect_view().into_any()
                }}
            </Panel>

            <Panel id="testifiers" title="Testifiers">
                <ul class="cards">
                    {case.testifiers.into_iter().map(|t| {
                        let change = editable.then(|| format!("/cases/{testifiers_case}/testifiers/{}/consent", t.id));
                        view! { <Testifier t change/> }
                    }).collect_view()}
                </ul>
            </Panel>

            <Panel id="testimonies" title="Testimonies">
                <ul class="cards">
                    {case.testimonies.into_iter().map(|t| {
                        let edit = editable.then(|| format!("/cases/{testimonies_case}/testimonies/{}/edit", t.id));
                        view! { <Testimony t edit/> }
                    }).collect_view()}
                </ul>
            </Panel>

            <Panel id="timeline" title="Timeline">
                <Timeline case_id=timeline_case events=case.events editable/>
            </Panel>

            <Panel id="claims" title="Claims and their evidence">
                <p class="hint">"Each claim's level comes from its sources: one source — reported; two independent sources — corroborated; an official statement, court or leaked document — confirmed. Sources that share a publisher, reference or author count once."</p>
                {(disputed > 0).then(|| view! {
                    <p class="disputed" role="note">{format!("Sources disagree on {disputed} claim{} of this case: see the flagged claims below.", if disputed == 1 { "" } else { "s" })}</p>
                })}
                <Claims case_id=claims_case claims=case.claims sources=cited revision=case.revision editable reviewer/>
            </Panel>

            <Panel id="sources" title="Sources">
                {if case.sources.is_empty() {
                    view! { <p class="hint">"No sources yet. "{editable.then(|| view! { <a href=format!("/cases/{id}/sources/new")>"Add a source"</a> })}</p> }.into_any()
                } else {
                    view! { <ul class="sources">{case.sources.into_iter().map(|s| {
                        let edit = (editable && s.retraction.is_none()).then(|| format!("/cases/{sources_case}/sources/{}/edit", s.id));
                        view! { <Source s edit/> }
                    }).collect_view()}</ul> }.into_any()
                }}
            </Panel>
            {as_of.is_none().then(|| view! {
                <Panel id="evidence" title="Files">
                    {if evidence.is_empty() {
                        view! { <p class="hint">"No videos, recordings, photos or documents stored yet. "{editable.then(|| view! { <a href=format!("/cases/{evidence_case}/evidence/new")>"Add a file"</a> })}</p> }.into_any()
                    } else {
                        view! { <ul class="evidence-list">{evidence.into_iter().map(|(e, target)| view! { <EvidenceFile case_id=evidence_case.clone() e target/> }).collect_view()}</ul> }.into_any()
                    }}
                </Panel>
            })}
            {(!merged_in.is_empty()).then(|| view! {
                <Panel id="merged" title="Merged records" class="merged-in">
                    <p class="hint">"Other records of this person were merged into this case from the duplicate review. Their addresses lead here; each one's history before the merge is kept."</p>
                    <ul class="merged">
                        {merged_in.into_iter().map(|m| view! {
                            <li>
                                <p>{format!("{} — merged {}{}. ", m.pseudonym, short_time(&m.merged_at), m.merged_by.map(|u| format!(" by {u}")).unwrap_or_default())}
                                    <a href=format!("/cases/{}/history", m.id)>"Its history before the merge"</a></p>
                                {m.notes.map(|n| view! { <p class="reason" dir="auto">"Why: "{n.expose().to_string()}</p> })}
                            </li>
                        }).collect_view()}
                    </ul>
                </Panel>
            })}
        </article>
    }
}

/// One stored file: for readers of the case's names, its name, player (video, audio, image),
/// SHA-256 and download; for others, only its kind and size.
#[component]
fn EvidenceFile(case_id: String, e: EvidenceItem, target: String) -> impl IntoView {
    let src = format!("/cases/{case_id}/evidence/{}", e.id);
    let download = format!("{src}/download");
    let summary = e.summary();
    let added = format!(
        "{summary} · {target} · added {}{}",
        short_time(&e.added_at),
        e.added_by
            .as_ref()
            .map(|u| format!(" by {u}"))
            .unwrap_or_default()
    );
    let damaged = e.damaged.then(|| view! {
        <p class="damaged" role="alert">{format!("Damaged: what is stored no longer matches what was uploaded (checked {}). Izde will not send it; restore it from a backup.", e.checked_at.as_deref().map(short_time).unwrap_or_default())}</p>
    });
    let Some(name) = e.name.clone() else {
        return view! {
            <li id=format!("evidence-{}", e.id) class="evidence">
                <p class="card-title">{summary}</p>
                <p class="hint">{format!("{target} · added {}", short_time(&e.added_at))}</p>
                {damaged}
            </li>
        }
        .into_any();
    };
    let player = (!e.damaged).then(|| match e.kind.as_str() {
        "video" => {
            Some(view! { <video controls preload="metadata" src=src.clone()></video> }.into_any())
        }
        "audio" => {
            Some(view! { <audio controls preload="metadata" src=src.clone()></audio> }.into_any())
        }
        "image" => Some(
            view! { <img src=src.clone() alt=format!("Image: {name}") loading="lazy"/> }.into_any(),
        ),
        _ => None,
    });
    view! {
        <li id=format!("evidence-{}", e.id) class="evidence">
            <p class="card-title" dir="auto">{name.clone()}</p>
            {player}
            <p class="hint">{added}</p>
            {damaged}
            <p class="hash">"SHA-256: "<code>{e.sha256.clone().unwrap_or_default()}</code></p>
            <p class="item-actions"><a href=download>"Download the original"</a></p>
        </li>
    }
    .into_any()
}

/// The sentence clock in words, with what it counted from and whether the date has passed.
fn release_text(r: &ExpectedRelease, overdue: bool, alert: bool) -> String {
    match r {
        ExpectedRelease::Never => r.describe(),
        ExpectedRelease::Between { from, .. } => format!(
            "{} (counted from the {}){}",
            r.describe(),
            match from {
                ClockStart::Detention => "detention",
                ClockStart::Conviction => "conviction",
            },
            if alert {
                " — past, and no proof of life recorded since: an advocacy alert"
            } else if overdue {
                " — past; news of the person was recorded since"
            } else {
                ""
            }
        ),
    }
}

#[component]
fn Detention(d: DetentionView, edit: Option<String>) -> impl IntoView {
    view! {
        <dl class="facts detention" id=format!("detention-{}", d.id)>
            {row("Facility", [label(&d.facility_kind), d.facility_name.clone().unwrap_or_default()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" — "))}
            {row("Place", with_note(label(&d.location), &d.place_note))}
            {row("Alleged act", d.alleged_act.unwrap_or_default())}
            {row("Legal charge", label(&d.legal_charge))}
            {row("Sentence", d.sentence.unwrap_or_default())}
            {row("Expected release", d.expected_release.as_ref().map(|r| release_text(r, d.release_overdue, d.release_alert)).unwrap_or_default())}
            {row("Court", d.court.unwrap_or_default())}
            {row("Convicted", date(&d.conviction_date))}
            {row("Family learned", [date(&d.learned_date), label(&d.learned_how)].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" — "))}
            {row("Confirmed by", d.confirmed_by.unwrap_or_default())}
        </dl>
        {edit.map(|href| {
            let remove = href.replace("/edit", "/remove");
            view! { <p class="item-actions"><a href=href>"Correct this detention"</a>" · "<a href=remove>"Remove"</a></p> }
        })}
    }
}

#[component]
fn Testifier(t: TestifierView, change: Option<String>) -> impl IntoView {
    let consent = consent_text(&t);
    view! {
        <li class="card" id=format!("testifier-{}", t.id)>
            <p class="card-title"><span dir="auto">{t.name.expose().to_string()}</span>" — "{t.relationship.label}</p>
            <dl class="facts">
                {row("Contact", secret(&t.contact))}
                {row("Consent to publish", consent)}
                {row("How consent was given", secret(&t.consent_note))}
                {row("Pressure received", secret(&t.pressure_notes))}
            </dl>
            {change.map(|href| view! { <p class="item-actions"><a href=href>"Change consent"</a></p> })}
        </li>
    }
}

/// "May be published anonymized — since 2026-12-04, recorded by vera".
fn consent_text(t: &TestifierView) -> String {
    let mut text = t.consent.label.clone();
    if let Some(day) = t.consent_since.as_deref().and_then(|s| s.get(..10)) {
        text.push_str(&format!(" — since {day}"));
        if let Some(by) = &t.consent_by {
            text.push_str(&format!(", recorded by {by}"));
        }
    }
    text
}

#[component]
fn Testimony(t: TestimonyView, edit: Option<String>) -> impl IntoView {
    let who = t.testifier_name.expose().to_string();
    let relation = t
        .relationship
        .map(|r| format!(" ({})", r.label))
        .unwrap_or_default();
    view! {
        <li class="card testimony" id=format!("testimony-{}", t.id)>
            <p class="card-title"><span dir="auto">{who}</span>{relation}</p>
            <p class="hint">
                {[t.medium.label, date(&t.recorded), label(&t.language), t.duration_minutes.map(|m| format!("{m} min")).unwrap_or_default()]
                    .into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")}
            </p>
            {t.recording_location.map(|r| view! { <p>"Recording: "<span dir="auto">{r.expose().to_string()}</span></p> })}
            {t.transcript.map(|tr| view! {
                <details><summary>"Transcript"</summary><p class="transcript" dir="auto">{tr.expose().to_string()}</p></details>
            })}
            {t.source_id.map(|s| view! { <p class="hint"><a href=format!("#source-{s}")>"Published as a source of this case"</a></p> })}
            {(!t.also_about.is_empty()).then(|| {
                let n = t.also_about.len();
                view! {
                    <p class="hint also-about">
                        {format!("The same testimony is about {n} other missing relative{}: ", if n == 1 { "" } else { "s" })}
                        {t.also_about.iter().enumerate().map(|(i, other)| view! {
                            {(i > 0).then_some(", ")}
                            <a href=format!("/cases/{other}")>{format!("relative {}", i + 1)}</a>
                        }).collect_view()}
                        " (each a case of their own; a correction made here is not copied there)."
                    </p>
                }
            })}
            {edit.map(|href| {
                let remove = href.replace("/edit", "/remove");
                view! { <p class="item-actions"><a href=href>"Correct this testimony"</a>" · "<a href=remove>"Remove"</a></p> }
            })}
        </li>
    }
}

#[component]
fn Source(
    s: SourceView,
    /// The correction form's address, for those who may change the case.
    edit: Option<String>,
) -> impl IntoView {
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
    let retracted = s.retraction.is_some();
    let retraction = s.retraction.map(|r| {
        let who = r.by.map(|u| format!(" by {u}")).unwrap_or_default();
        view! {
            <div class="retraction" role="note">
                <p><strong>{format!("Retracted {}{who}", short_time(&r.at))}</strong>" — no longer counted as evidence for any claim."</p>
                {r.reason.map(|reason| view! { <p>"Why: "<span dir="auto">{reason.expose().to_string()}</span></p> })}
            </div>
        }
    });
    let is_web = s
        .reference
        .as_deref()
        .is_some_and(|r| r.trim().starts_with("http://") || r.trim().starts_with("https://"));
    let archived = s.archive.is_some();
    let archive = s.archive.map(|a| {
        let class = format!("archive archive-{}", a.state);
        let note = format!(
            "Archived {} (HTTP {}{}). Last checked {}: {} (since {})",
            short_time(&a.archived_at),
            a.http_status,
            if a.final_url != a.url { format!(", from {}", a.final_url) } else { String::new() },
            a.checked_at.as_deref().map(short_time).unwrap_or_default(),
            a.state_text(),
            short_time(&a.state_since),
        );
        let copy = format!("#evidence-{}", a.evidence_id);
        view! {
            <p class=class role=if a.state == "alive" { "note" } else { "alert" }>{note}" "<a href=copy>"The archived copy"</a></p>
        }
    });
    view! {
        <li class="source" class:retracted=retracted id=format!("source-{}", s.id)>
            {retraction}
            <p class="card-title" dir="auto">{s.title}</p>
            <p class="hint">{meta}</p>
            <p>
                <span class="grade">{format!("{}{}", s.reliability.code, s.credibility.code)}</span>
                " "{s.reliability.label}" · "{s.credibility.label}
            </p>
            {s.author.map(|a| view! { <p>"Author: "<span dir="auto">{a.expose().to_string()}</span></p> })}
            {s.reference.map(|r| view! { <p class="reference">"Reference: "<span dir="auto">{r}</span></p> })}
            {s.content_sha256.map(|h| view! { <p class="hash">"SHA-256 "<code>{h}</code></p> })}
            {archive}
            {edit.map(|href| {
                let retract = href.replace("/edit", "/retract");
                let archive = (is_web && !retracted).then(|| {
                    let to = href.replace("/edit", "/archive");
                    view! { " · "<a href=to>{if archived { "Archive the page again" } else { "Archive this page" }}</a> }
                });
                view! { <p class="item-actions"><a href=href>"Correct this source"</a>" · "<a href=retract>"Retract"</a>{archive}</p> }
            })}
        </li>
    }
}
