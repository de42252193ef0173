//! "Claims and their evidence" on the case page: each claim with its verification level, the sources
//! cited for and against it, a flag where they disagree, the reviewer's level and reason, and (for
//! those who may) the forms to cite a source and to review the level.

use crate::components::fields::option_list;
use crate::domain::case::SourceView;
use crate::domain::forms::FieldErrors;
use crate::domain::provenance::{format_timecode, ClaimView, Level, Stance, RECORDED};
use leptos::prelude::*;

/// What a claim form posted, sent back with the page when it had errors.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct ClaimValues {
    claim: String,
    source: String,
    stance: String,
    timecode: String,
    level: String,
    reason: String,
    uncite_reason: String,
}

/// The badge of a level.
#[component]
pub fn LevelBadge(level: Level) -> impl IntoView {
    view! { <span class=format!("level level-{}", level.code())>{level.label()}</span> }
}

fn field_error(errors: &FieldErrors, name: &str, id: &str) -> impl IntoView {
    errors.get(name).map(|m| {
        view! { <p class="field-error" id=format!("{id}-{name}-error") role="alert">{m.to_string()}</p> }
    })
}

/// A field of a claim form: `<div class="field">` (marked when `name` has an error), the label of
/// the control whose id is `{form}-{name}`, the control (and any hint), and the error.
fn claim_field(
    form: &str,
    name: &'static str,
    label: &'static str,
    errors: &FieldErrors,
    control: impl IntoView,
) -> impl IntoView {
    view! {
        <div class="field" class:has-error=errors.get(name).is_some()>
            <label for=format!("{form}-{name}")>{label}</label>
            {control}
            {field_error(errors, name, form)}
        </div>
    }
}

/// A form about one claim: posts `fields` to `/cases/{case_id}/claims/{action}` with the claim's
/// key and the case's revision.
fn claim_form(
    case_id: &str,
    action: &str,
    claim: &str,
    revision: i64,
    fields: impl IntoView,
) -> impl IntoView {
    view! {
        <form method="post" action=format!("/cases/{case_id}/claims/{action}")>
            <input type="hidden" name="claim" value=claim.to_string()/>
            <input type="hidden" name="revision" value=revision.to_string()/>
            {fields}
        </form>
    }
}

/// Every claim of the case.
#[component]
pub fn Claims(
    case_id: String,
    claims: Vec<ClaimView>,
    sources: Vec<SourceView>,
    revision: i64,
    editable: bool,
    reviewer: bool,
) -> impl IntoView {
    let state =
        crate::components::fields::FormState::<ClaimValues>::from_submission_or(Default::default);
    let items = claims
        .into_iter()
        .map(|c| {
            let key = c.claim.key();
            let anchor = c.claim.anchor();
            // A failed post re-renders the page: its errors and values go to its own claim only.
            let mine = state.values.claim == key && (state.message.is_some() || !state.errors.is_empty());
            let (values, errors) = if mine {
                (state.values.clone(), state.errors.clone())
            } else {
                (ClaimValues::default(), FieldErrors::default())
            };
            let disputed = c.disputed().then(|| {
                let n = c.disputing();
                view! {
                    <p class="disputed" role="note">
                        {format!("Sources disagree: {n} cited source{} dispute{} this claim.", if n == 1 { "" } else { "s" }, if n == 1 { "s" } else { "" })}
                    </p>
                }
            });
            let review = c.review.clone().map(|r| {
                let who = r.reviewed_by.map(|u| format!(" by {u}")).unwrap_or_default();
                view! {
                    <p class="review">
                        {format!("Level set by a reviewer{who} on {}: ", crate::pages::case::short_time(&r.reviewed_at))}
                        <span dir="auto">{format!("“{}”", r.reason.expose())}</span>
                        {format!(" From the sources alone: {}.", c.computed.label().to_lowercase())}
                    </p>
                }
            });
            let backing = c
                .backing
                .iter()
                .map(|b| {
                    let stance = match b.stance {
                        Stance::Supports => "Supports",
                        Stance::Disputes => "Disputes",
                    };
                    let at = b.timecode.map(|t| format!(" at {}", format_timecode(t))).unwrap_or_default();
                    // Taking a source off a claim needs a reason: a small form that opens in place.
                    let remove = editable.then(|| {
                        let form = format!("{anchor}-uncite-{}", b.source_id);
                        let this = values.source == b.source_id.to_string();
                        let failed = this && errors.get("uncite_reason").is_some();
                        let typed = if this { values.uncite_reason.clone() } else { String::new() };
                        let its_errors = if this { errors.clone() } else { FieldErrors::default() };
                        view! {
                            <details class="uncite" open=failed>
                                <summary>"Remove…"</summary>
                                <form method="post" action=format!("/cases/{case_id}/claims/uncite")>
                                    <input type="hidden" name="claim" value=key.clone()/>
                                    <input type="hidden" name="source" value=b.source_id.to_string()/>
                                    <input type="hidden" name="revision" value=revision.to_string()/>
                                    {claim_field(&form, "uncite_reason", "Why does this source no longer count for this claim?", &its_errors,
                                        view! { <input type="text" id=format!("{form}-uncite_reason") name="uncite_reason" value=typed dir="auto"/> })}
                                    <p class="hint">"Kept with the case, encrypted; the history says the source was taken off."</p>
                                    <button type="submit" class="secondary">"Remove"</button>
                                </form>
                            </details>
                        }
                    });
                    view! {
                        <li class=format!("backing stance-{}{}", b.stance.code(), if b.retracted { " retracted" } else { "" })>
                            <span class="stance">{stance}</span>": "
                            <a href=format!("#source-{}", b.source_id) dir="auto">{b.title.clone()}</a>
                            <span class="hint">{format!(" · {}{at}", b.source_type_label)}</span>
                            {b.retracted.then(|| view! { <strong class="retracted-note">" · retracted, not counted"</strong> })}
                            " "{remove}
                        </li>
                    }
                })
                .collect_view();
            let none = c.backing.is_empty().then(|| view! { <li class="hint">"No source cited yet."</li> });
            let cite = editable.then(|| {
                let id = format!("{anchor}-cite");
                let open = mine && values.level.is_empty() && values.reason.is_empty();
                let body = if sources.is_empty() {
                    view! { <p class="hint">"Add a source to the case first."</p> }.into_any()
                } else {
                    let options = sources
                        .iter()
                        .map(|s| {
                            let recorded = RECORDED.contains(&s.source_type.code.as_str());
                            let label = format!("{} ({}{})", s.title, s.source_type.label, if recorded { ", timecode possible" } else { "" });
                            (s.id.to_string(), label)
                        })
                        .collect();
                    let fields = view! {
                        {claim_field(&id, "source", "Source", &errors, view! {
                            <select id=format!("{id}-source") name="source">
                                <option value="">"Choose…"</option>
                                {option_list(options, &values.source)}
                            </select>
                        })}
                        {claim_field(&id, "stance", "The source", &errors, view! {
                            <select id=format!("{id}-stance") name="stance">
                                <option value="supports" selected=values.stance != "disputes">"supports this claim"</option>
                                <option value="disputes" selected=values.stance == "disputes">"disputes this claim"</option>
                            </select>
                        })}
                        {claim_field(&id, "timecode", "Timecode in the recording", &errors, view! {
                            <input id=format!("{id}-timecode") name="timecode" inputmode="numeric" value=values.timecode.clone()
                                aria-describedby=format!("{id}-timecode-hint")/>
                            <p class="hint" id=format!("{id}-timecode-hint")>"Optional, for a video testimony or interview: 12:05 or 1:02:30."</p>
                        })}
                        {field_error(&errors, "claim", &id)}
                        <button type="submit" class="secondary">"Cite"</button>
                    };
                    claim_form(&case_id, "cite", &key, revision, fields).into_any()
                };
                view! {
                    <details class="claim-form" open=open>
                        <summary>"Cite a source"</summary>
                        {body}
                    </details>
                }
            });
            let review_form = reviewer.then(|| {
                let id = format!("{anchor}-review");
                let open = mine && (!values.level.is_empty() || !values.reason.is_empty() || errors.get("level").is_some());
                let current = c.review.as_ref().map(|r| r.level.code().to_string()).unwrap_or_default();
                let chosen = if mine { values.level.clone() } else { current };
                let computed = format!("As computed from the sources ({})", c.computed.label().to_lowercase());
                let levels = Level::REVIEWABLE
                    .into_iter()
                    .map(|l| (l.code().to_string(), l.label().to_string()))
                    .collect();
                let fields = view! {
                    {claim_field(&id, "level", "Level", &errors, view! {
                        <select id=format!("{id}-level") name="level">
                            <option value="" selected=chosen.is_empty()>{computed}</option>
                            {option_list(levels, &chosen)}
                        </select>
                    })}
                    {claim_field(&id, "reason", "Reason", &errors, view! {
                        <textarea id=format!("{id}-reason") name="reason" rows="2" dir="auto"
                            aria-describedby=format!("{id}-reason-hint")>{values.reason.clone()}</textarea>
                        <p class="hint" id=format!("{id}-reason-hint")>"Every reader of the case sees it, researchers too: no names."</p>
                    })}
                    <button type="submit" class="secondary">"Save review"</button>
                };
                view! {
                    <details class="claim-form" open=open>
                        <summary>"Review the level"</summary>
                        {claim_form(&case_id, "review", &key, revision, fields)}
                    </details>
                }
            });
            let message = (mine && errors.is_empty()).then(|| state.message.clone()).flatten().map(|m| view! { <p class="field-error" role="alert">{m}</p> });
            view! {
                <li class="claim" id=anchor.clone() class:is-disputed=c.disputed()>
                    <p class="claim-statement">
                        <span dir="auto">{c.statement.clone()}</span>" "
                        <LevelBadge level=c.level()/>
                    </p>
                    {disputed}
                    {review}
                    <ul class="backing-list" aria-label="Sources cited">{backing}{none}</ul>
                    {message}
                    {cite}
                    {review_form}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="claims">{items}</ul> }
}
