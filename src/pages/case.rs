//! The case page: profile, detention and sentence, testifiers, testimonies, sources and timeline.

use super::route_param;
use crate::api::{get_case, my_reveal};
use crate::components::claims::Claims;
use crate::components::fields::{FormMessage, FormState, TextArea};
use crate::components::label;
use crate::components::layout::{ErrorNote, Panel};
use crate::components::timeline::Timeline;
use crate::domain::account::{Me, Role};
use crate::domain::case::{CaseDetail, DetentionView, SourceView, TestifierView, TestimonyView};
use crate::domain::evidence::EvidenceItem;
use crate::domain::partial_date::PartialDate;
use crate::domain::release::{ClockStart, ExpectedRelease};
use crate::domain::reveal::{RevealStatus, RevealView};
use crate::domain::Sensitive;
use crate::i18n::{content_lang, dates, tr, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

fn secret(value: &Option<Sensitive>) -> String {
    value
        .as_ref()
        .map(|v| v.expose().to_string())
        .unwrap_or_default()
}

/// A definition-list row, left out when there is nothing to say.
fn row(term: String, value: String) -> impl IntoView {
    (!value.is_empty()).then(|| {
        let lang = content_lang(&value);
        view! { <dt>{term}</dt><dd dir="auto" lang=lang>{value}</dd> }
    })
}

/// A partial date in the page's language, or an empty string.
fn date(value: &Option<PartialDate>) -> String {
    value
        .as_ref()
        .map(|d| dates::partial(use_lang(), d))
        .unwrap_or_default()
}

/// A stored timestamp ("2026-11-29T04:31:07.000Z") as the current language writes it.
pub fn when(at: &str) -> String {
    super::admin::when(at)
}

/// A stored day ("2026-12-04…") as the current language writes it.
fn stored_day(at: &str) -> String {
    match at
        .get(..10)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        Some(d) => {
            use chrono::Datelike;
            dates::day(crate::i18n::current(), d.year(), d.month(), d.day())
        }
        None => at.get(..10).unwrap_or(at).to_string(),
    }
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
        <Suspense fallback=|| view! { <p class="hint">{tr!("case-loading")}</p> }>
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
                                    <h2>{tr!("case-erase-heading")}</h2>
                                    <p class="hint">{tr!("case-erase-hint")}</p>
                                    <p><a class="button danger" href=erase>{tr!("case-erase-button")}</a></p>
                                </section>
                            });
                            // UN submission packs: for those who may change the case.
                            let packs = c.can_edit.then(|| {
                                let base = format!("/cases/{}/pack", c.id);
                                view! {
                                    <section class="panel packs" aria-labelledby="packs-heading">
                                        <h2 id="packs-heading">{tr!("case-packs-heading")}</h2>
                                        <p class="hint">{tr!("case-packs-hint")}</p>
                                        <p>
                                            <a class="button secondary" href=format!("{base}/wgeid")>{tr!("case-pack-wgeid")}</a>" "
                                            <a class="button secondary" href=format!("{base}/wgad")>{tr!("case-pack-wgad")}</a>
                                        </p>
                                    </section>
                                }
                            });
                            let dossier = view! {
                                <p class="no-print"><a href=format!("/cases/{}/dossier", c.id)>{tr!("case-dossier-link")}</a></p>
                            };
                            view! { {access}<CaseView case=c as_of=None reviewer=admin/>{dossier}{packs}{assign} }.into_any()
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
                        <Title text=tr!("case-erased-title")/>
                        <h1>{tr!("case-erased-heading")}</h1>
                        <div class="form-message" role="status">
                            <p>{match e.erased_by {
                                Some(who) => tr!("case-erased-on-by", {"when" => when(&e.erased_at), "who" => who}),
                                None => tr!("case-erased-on", {"when" => when(&e.erased_at)}),
                            }}</p>
                            {e.reason.map(|r| {
                                let r = r.expose().to_string();
                                view! { <p>{tr!("case-erased-reason")}" "<span dir="auto" lang=content_lang(&r)>{r.clone()}</span></p> }
                            })}
                        </div>
                        <p><a href="/cases">{tr!("case-back-to-cases")}</a></p>
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
            <p>{tr!("case-access-others")}</p>
        }
        .into_any()
    } else {
        match reveal {
            Some(RevealView { status: RevealStatus::Pending, requested_at, .. }) => view! {
                <p class="reveal-status">{tr!("case-reveal-pending", {"when" => when(&requested_at)})}</p>
            }.into_any(),
            Some(RevealView { status: RevealStatus::Granted, expired: false, .. }) => view! {
                <p class="reveal-status">{tr!("case-reveal-granted")}</p>
            }.into_any(),
            other => {
                let note = match other {
                    Some(RevealView { status: RevealStatus::Denied, .. }) => Some(tr!("case-reveal-denied")),
                    Some(RevealView { status: RevealStatus::Granted, .. }) => Some(tr!("case-reveal-expired")),
                    _ => None,
                };
                view! {
                    {note.map(|n| view! { <p class="reveal-status">{n}</p> })}
                    <FormMessage message=state.message.clone() errors=state.errors.clone()/>
                    <form method="post" action=format!("/cases/{case_id}/reveal") class="reveal-form">
                        <TextArea name="reason" label=tr!("case-reveal-reason-label") value=state.values.reason.clone()
                            errors=state.errors.clone() sensitive=true
                            hint=tr!("case-reveal-reason-hint")/>
                        <button type="submit">{tr!("case-reveal-submit")}</button>
                    </form>
                }.into_any()
            }
        }
    };
    view! {
        <Panel id="access" title=tr!("case-access-title") class="access-note">
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
        <Panel id="assign" title=tr!("case-assign-title")>
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
                                <crate::components::fields::SelectField name="volunteer" label=tr!("case-assign-volunteer") options
                                    value=state.values.volunteer.clone() errors=state.errors.clone()
                                    hint=tr!("case-assign-hint")/>
                                <button type="submit" class="secondary">{tr!("case-assign-submit")}</button>
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

/// A place as the gazetteer names it, with the place itself when the gazetteer lacks it ("Tekes
/// County — another place: Qaraqara village").
pub fn with_note(place: String, note: &Option<Sensitive>) -> String {
    match note {
        Some(note) => {
            tr!("case-another-place", {"place" => place, "note" => note.expose().to_string()})
        }
        None => place,
    }
}

/// "2026-11-29 04:31" from a stored timestamp.
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
    let recorded = match &case.updated_by {
        Some(who) => {
            tr!("case-recorded-by", {"revision" => case.revision, "when" => when(&case.updated_at), "who" => who.clone()})
        }
        None => {
            tr!("case-recorded", {"revision" => case.revision, "when" => when(&case.updated_at)})
        }
    };
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
                    .map(|s| tr!("case-target-source", {"title" => s.title.clone()})),
                _ => Some(tr!("case-target-case")),
            };
            (
                e.clone(),
                target.unwrap_or_else(|| tr!("case-target-removed")),
            )
        })
        .collect();
    let evidence_case = id.clone();
    view! {
        <Title text=if as_of.is_some() { tr!("history-title") } else { tr!("case-title") }/>
        {as_of.map(|_| view! {
            <div class="form-message as-of" role="status">
                <p>{tr!("case-as-of", {"when" => when(&case.updated_at)})}" "<a href=format!("/cases/{id}")>{tr!("case-see-current")}</a>" · "<a href=format!("/cases/{id}/history")>{tr!("case-all-revisions")}</a></p>
            </div>
        })}
        <article class="case">
            {withdrawn.then(|| view! {
                <div class="form-message consent-withheld" role="note">
                    <p>{tr!("case-no-consent")}" "<a href="#testifiers">{tr!("case-see-testifiers")}</a></p>
                </div>
            })}
            <div class="page-head">
                <div>
                    <h1 dir="auto" lang=content_lang(&name) class=title_class>{name.clone()}</h1>
                    <p class="case-meta">
                        <span class=format!("status status-{}", p.status.code)>{p.status.label.clone()}</span>
                        " · "<span class="verification">{tr!("case-verification", {"level" => p.verification.label.clone()})}</span>
                    </p>
                    <p class="hint revision">{recorded}" · "<a href=format!("/cases/{id}/history")>{tr!("case-history-link")}</a></p>
                </div>
                {editable.then(|| view! {
                    <div class="actions">
                        <a class="button secondary" href=format!("/cases/{id}/edit")>{tr!("case-edit")}</a>
                        <a class="button secondary" href=format!("/cases/{id}/events/new")>{tr!("case-add-event")}</a>
                        <a class="button secondary" href=format!("/cases/{id}/sources/new")>{tr!("case-add-source")}</a>
                        <a class="button secondary" href=format!("/cases/{id}/detentions/new")>{tr!("case-add-detention")}</a>
                        <a class="button secondary" href=format!("/cases/{id}/testimonies/new")>{tr!("case-add-testimony")}</a>
                        <a class="button secondary" href=format!("/cases/{id}/testifiers/new")>{tr!("case-add-testifier")}</a>
                        <a class="button secondary" href=format!("/cases/{id}/evidence/new")>{tr!("case-add-file")}</a>
                    </div>
                })}
            </div>

            <Panel id="profile" title=tr!("case-profile")>
                <dl class="facts">
                    {row(tr!("case-other-names"), secret(&p.other_names))}
                    {row(tr!("case-aliases"), secret(&p.aliases))}
                    {row(tr!("case-gender"), label(&p.gender))}
                    {row(tr!("case-born"), if secret(&p.birth_date).is_empty() { p.birth_year.map(|y| y.to_string()).unwrap_or_default() } else { secret(&p.birth_date) })}
                    {row(tr!("case-ethnicity"), label(&p.ethnicity))}
                    {row(tr!("case-residency"), label(&p.residency))}
                    {row(tr!("case-occupation"), label(&p.occupation))}
                    {row(tr!("case-id-numbers"), secret(&p.id_numbers))}
                    {row(tr!("case-address"), secret(&p.address))}
                    {row(tr!("case-last-contact"), date(&p.last_contact))}
                    {row(tr!("case-last-place"), with_note(label(&p.last_location), &p.last_place_note))}
                </dl>
                {p.narrative.map(|n| {
                    let n = n.expose().to_string();
                    view! { <p class="narrative" dir="auto" lang=content_lang(&n)>{n.clone()}</p> }
                })}
            </Panel>

            <Panel id="detention" title=tr!("case-detention-title")>
                {if case.detentions.is_empty() {
                    view! { <p class="hint">{tr!("case-nothing-known")}</p> }.into_any()
                } else {
                    let case_id = detentions_case;
                    case.detentions.into_iter().map(|d| {
                        let edit = editable.then(|| format!("/cases/{case_id}/detentions/{}/edit", d.id));
                        view! { <Detention d edit/> }
                    }).collect_view().into_any()
                }}
            </Panel>

            <Panel id="testifiers" title=tr!("case-testifiers")>
                <ul class="cards">
                    {case.testifiers.into_iter().map(|t| {
                        let change = editable.then(|| format!("/cases/{testifiers_case}/testifiers/{}/consent", t.id));
                        view! { <Testifier t change/> }
                    }).collect_view()}
                </ul>
            </Panel>

            <Panel id="testimonies" title=tr!("case-testimonies")>
                <ul class="cards">
                    {case.testimonies.into_iter().map(|t| {
                        let edit = editable.then(|| format!("/cases/{testimonies_case}/testimonies/{}/edit", t.id));
                        view! { <Testimony t edit/> }
                    }).collect_view()}
                </ul>
            </Panel>

            <Panel id="timeline" title=tr!("case-timeline")>
                <Timeline case_id=timeline_case events=case.events editable/>
            </Panel>

            <Panel id="claims" title=tr!("case-claims-title")>
                <p class="hint">{tr!("case-claims-hint")}</p>
                {(disputed > 0).then(|| view! {
                    <p class="disputed" role="note">{tr!("case-disputed-claims", {"count" => disputed})}</p>
                })}
                <Claims case_id=claims_case claims=case.claims sources=cited revision=case.revision editable reviewer/>
            </Panel>

            <Panel id="sources" title=tr!("case-sources")>
                {if case.sources.is_empty() {
                    view! { <p class="hint">{tr!("case-no-sources")}" "{editable.then(|| view! { <a href=format!("/cases/{id}/sources/new")>{tr!("case-add-a-source")}</a> })}</p> }.into_any()
                } else {
                    view! { <ul class="sources">{case.sources.into_iter().map(|s| {
                        let edit = (editable && s.retraction.is_none()).then(|| format!("/cases/{sources_case}/sources/{}/edit", s.id));
                        view! { <Source s edit/> }
                    }).collect_view()}</ul> }.into_any()
                }}
            </Panel>
            {as_of.is_none().then(|| view! {
                <Panel id="evidence" title=tr!("case-files")>
                    {if evidence.is_empty() {
                        view! { <p class="hint">{tr!("case-no-files")}" "{editable.then(|| view! { <a href=format!("/cases/{evidence_case}/evidence/new")>{tr!("case-add-file")}</a> })}</p> }.into_any()
                    } else {
                        view! { <ul class="evidence-list">{evidence.into_iter().map(|(e, target)| view! { <EvidenceFile case_id=evidence_case.clone() e target/> }).collect_view()}</ul> }.into_any()
                    }}
                </Panel>
            })}
            {(!merged_in.is_empty()).then(|| view! {
                <Panel id="merged" title=tr!("case-merged-title") class="merged-in">
                    <p class="hint">{tr!("case-merged-hint")}</p>
                    <ul class="merged">
                        {merged_in.into_iter().map(|m| view! {
                            <li>
                                <p>{match m.merged_by {
                                        Some(who) => tr!("case-merged-item-by", {"pseudonym" => m.pseudonym.clone(), "when" => when(&m.merged_at), "who" => who}),
                                        None => tr!("case-merged-item", {"pseudonym" => m.pseudonym.clone(), "when" => when(&m.merged_at)}),
                                    }}" "
                                    <a href=format!("/cases/{}/history", m.id)>{tr!("case-merged-history")}</a></p>
                                {m.notes.map(|n| {
                                    let n = n.expose().to_string();
                                    view! { <p class="reason">{tr!("case-why")}" "<span dir="auto" lang=content_lang(&n)>{n.clone()}</span></p> }
                                })}
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
    let summary = evidence_summary(&e);
    let added = match &e.added_by {
        Some(who) => {
            tr!("evidence-added-by", {"summary" => summary.clone(), "target" => target.clone(), "when" => when(&e.added_at), "who" => who.clone()})
        }
        None => {
            tr!("evidence-added", {"summary" => summary.clone(), "target" => target.clone(), "when" => when(&e.added_at)})
        }
    };
    let damaged = e.damaged.then(|| view! {
        <p class="damaged" role="alert">{tr!("evidence-damaged", {"when" => e.checked_at.as_deref().map(when).unwrap_or_default()})}</p>
    });
    let Some(name) = e.name.clone() else {
        return view! {
            <li id=format!("evidence-{}", e.id) class="evidence">
                <p class="card-title">{summary}</p>
                <p class="hint">{tr!("evidence-added-hidden", {"target" => target.clone(), "when" => when(&e.added_at)})}</p>
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
            view! { <img src=src.clone() alt=tr!("evidence-image-alt", {"name" => name.clone()}) loading="lazy"/> }.into_any(),
        ),
        _ => None,
    });
    view! {
        <li id=format!("evidence-{}", e.id) class="evidence">
            <p class="card-title" dir="auto" lang=content_lang(&name)>{name.clone()}</p>
            {player}
            <p class="hint">{added}</p>
            {damaged}
            <p class="hash">"SHA-256: "<code>{e.sha256.clone().unwrap_or_default()}</code></p>
            <p class="item-actions"><a href=download>{tr!("evidence-download")}</a></p>
        </li>
    }
    .into_any()
}

/// The sentence clock in words, with what it counted from and whether the date has passed.
fn release_text(r: &ExpectedRelease, overdue: bool, alert: bool) -> String {
    match r {
        ExpectedRelease::Never => r.describe_in(use_lang()),
        ExpectedRelease::Between { from, .. } => {
            let window = r.describe_in(use_lang());
            let counted = match from {
                ClockStart::Detention => tr!("case-release-from-detention", {"release" => window}),
                ClockStart::Conviction => {
                    tr!("case-release-from-conviction", {"release" => window})
                }
            };
            if alert {
                tr!("case-release-alert", {"release" => counted})
            } else if overdue {
                tr!("case-release-overdue", {"release" => counted})
            } else {
                counted
            }
        }
    }
}

/// A file's kind and size: "video, 12 MB".
fn evidence_summary(e: &EvidenceItem) -> String {
    let kind = match e.kind.as_str() {
        "video" => tr!("evidence-kind-video"),
        "audio" => tr!("evidence-kind-audio"),
        "image" => tr!("evidence-kind-image"),
        "pdf" => tr!("evidence-kind-pdf"),
        _ => tr!("evidence-kind-file"),
    };
    tr!("evidence-summary", {"kind" => kind, "size" => crate::domain::evidence::size_label(e.size_bytes)})
}

#[component]
fn Detention(d: DetentionView, edit: Option<String>) -> impl IntoView {
    view! {
        <dl class="facts detention" id=format!("detention-{}", d.id)>
            {row(tr!("case-facility"), [label(&d.facility_kind), d.facility_name.clone().unwrap_or_default()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" — "))}
            {row(tr!("case-place"), with_note(label(&d.location), &d.place_note))}
            {row(tr!("case-responsible-forces"), label(&d.responsible_forces))}
            {row(tr!("case-warrant"), label(&d.warrant_shown))}
            {row(tr!("case-alleged-act"), d.alleged_act.unwrap_or_default())}
            {row(tr!("case-legal-charge"), label(&d.legal_charge))}
            {row(tr!("case-sentence"), d.sentence.unwrap_or_default())}
            {row(tr!("case-expected-release"), d.expected_release.as_ref().map(|r| release_text(r, d.release_overdue, d.release_alert)).unwrap_or_default())}
            {row(tr!("case-court"), d.court.unwrap_or_default())}
            {row(tr!("case-convicted"), date(&d.conviction_date))}
            {row(tr!("case-family-learned"), [date(&d.learned_date), label(&d.learned_how)].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" — "))}
            {row(tr!("case-confirmed-by"), d.confirmed_by.unwrap_or_default())}
        </dl>
        {edit.map(|href| {
            let remove = href.replace("/edit", "/remove");
            view! { <p class="item-actions"><a href=href>{tr!("case-correct-detention")}</a>" · "<a href=remove>{tr!("case-remove")}</a></p> }
        })}
    }
}

#[component]
fn Testifier(t: TestifierView, change: Option<String>) -> impl IntoView {
    let consent = consent_text(&t);
    view! {
        <li class="card" id=format!("testifier-{}", t.id)>
            <p class="card-title"><span dir="auto" lang=content_lang(t.name.expose())>{t.name.expose().to_string()}</span>" — "{t.relationship.label}</p>
            <dl class="facts">
                {row(tr!("case-contact"), secret(&t.contact))}
                {row(tr!("case-consent"), consent)}
                {row(tr!("case-consent-how"), secret(&t.consent_note))}
                {row(tr!("case-pressure"), secret(&t.pressure_notes))}
            </dl>
            {change.map(|href| view! { <p class="item-actions"><a href=href>{tr!("case-change-consent")}</a></p> })}
        </li>
    }
}

/// "May be published anonymized — since 4 Dec 2026, recorded by vera".
fn consent_text(t: &TestifierView) -> String {
    let consent = t.consent.label.clone();
    match (t.consent_since.as_deref(), &t.consent_by) {
        (Some(since), Some(by)) => {
            tr!("case-consent-since-by", {"consent" => consent, "date" => stored_day(since), "who" => by.clone()})
        }
        (Some(since), None) => {
            tr!("case-consent-since", {"consent" => consent, "date" => stored_day(since)})
        }
        _ => consent,
    }
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
            <p class="card-title"><span dir="auto" lang=content_lang(&who)>{who.clone()}</span>{relation}</p>
            <p class="hint">
                {[t.medium.label, date(&t.recorded), label(&t.language), t.duration_minutes.map(|m| tr!("case-minutes", {"count" => m})).unwrap_or_default()]
                    .into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")}
            </p>
            {t.recording_location.map(|r| {
                let r = r.expose().to_string();
                view! { <p>{tr!("case-recording")}" "<span dir="auto" lang=content_lang(&r)>{r.clone()}</span></p> }
            })}
            {t.transcript.map(|text| {
                let text = text.expose().to_string();
                view! {
                    <details><summary>{tr!("case-transcript")}</summary><p class="transcript" dir="auto" lang=content_lang(&text)>{text.clone()}</p></details>
                }
            })}
            {t.source_id.map(|s| view! { <p class="hint"><a href=format!("#source-{s}")>{tr!("case-published-as-source")}</a></p> })}
            {(!t.also_about.is_empty()).then(|| {
                let n = t.also_about.len();
                view! {
                    <p class="hint also-about">
                        {tr!("case-also-about", {"count" => n})}" "
                        {t.also_about.iter().enumerate().map(|(i, other)| view! {
                            {(i > 0).then_some(", ")}
                            <a href=format!("/cases/{other}")>{tr!("case-relative-n", {"n" => i + 1})}</a>
                        }).collect_view()}
                        " "{tr!("case-also-about-end")}
                    </p>
                }
            })}
            {edit.map(|href| {
                let remove = href.replace("/edit", "/remove");
                view! { <p class="item-actions"><a href=href>{tr!("case-correct-testimony")}</a>" · "<a href=remove>{tr!("case-remove")}</a></p> }
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
        let retracted = match r.by {
            Some(who) => tr!("case-retracted-by", {"when" => when(&r.at), "who" => who}),
            None => tr!("case-retracted", {"when" => when(&r.at)}),
        };
        view! {
            <div class="retraction" role="note">
                <p><strong>{retracted}</strong>" "{tr!("case-retracted-note")}</p>
                {r.reason.map(|reason| {
                    let reason = reason.expose().to_string();
                    view! { <p>{tr!("case-why")}" "<span dir="auto" lang=content_lang(&reason)>{reason.clone()}</span></p> }
                })}
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
        let state = match a.state.as_str() {
            "gone" => tr!("case-archive-gone"),
            "changed" => tr!("case-archive-changed"),
            _ => tr!("case-archive-alive"),
        };
        let checked = a.checked_at.as_deref().map(when).unwrap_or_default();
        let note = if a.final_url != a.url {
            tr!("case-archived-from", {"when" => when(&a.archived_at), "status" => a.http_status, "url" => a.final_url.clone(), "checked" => checked, "state" => state, "since" => when(&a.state_since)})
        } else {
            tr!("case-archived", {"when" => when(&a.archived_at), "status" => a.http_status, "checked" => checked, "state" => state, "since" => when(&a.state_since)})
        };
        let copy = format!("#evidence-{}", a.evidence_id);
        view! {
            <p class=class role=if a.state == "alive" { "note" } else { "alert" }>{note}" "<a href=copy>{tr!("case-archived-copy")}</a></p>
        }
    });
    view! {
        <li class="source" class:retracted=retracted id=format!("source-{}", s.id)>
            {retraction}
            <p class="card-title" dir="auto" lang=content_lang(&s.title)>{s.title.clone()}</p>
            <p class="hint">{meta}</p>
            <p>
                <span class="grade">{format!("{}{}", s.reliability.code, s.credibility.code)}</span>
                " "{s.reliability.label}" · "{s.credibility.label}
            </p>
            {s.author.map(|a| {
                let a = a.expose().to_string();
                view! { <p>{tr!("case-author")}" "<span dir="auto" lang=content_lang(&a)>{a.clone()}</span></p> }
            })}
            {s.reference.map(|r| view! { <p class="reference">{tr!("case-reference")}" "<span dir="auto">{r}</span></p> })}
            {s.content_sha256.map(|h| view! { <p class="hash">"SHA-256 "<code>{h}</code></p> })}
            {archive}
            {edit.map(|href| {
                let retract = href.replace("/edit", "/retract");
                let archive = (is_web && !retracted).then(|| {
                    let to = href.replace("/edit", "/archive");
                    view! { " · "<a href=to>{if archived { tr!("case-archive-again") } else { tr!("case-archive-page") }}</a> }
                });
                view! { <p class="item-actions"><a href=href>{tr!("case-correct-source")}</a>" · "<a href=retract>{tr!("case-retract")}</a>{archive}</p> }
            })}
        </li>
    }
}
