//! "Claims and their evidence" on the case page: each claim with its verification level, the sources
//! cited for and against it, a flag where they disagree, the reviewer's level and reason, and (for
//! those who may) the forms to cite a source and to review the level.

use crate::components::fields::option_list;
use crate::domain::case::SourceView;
use crate::domain::forms::FieldErrors;
use crate::domain::provenance::{format_timecode, ClaimView, Level, Stance, RECORDED};
use crate::i18n::{content_lang, tr};
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
    view! { <span class=format!("level level-{}", level.code())>{level_label(level)}</span> }
}

/// A level's name in the page's language.
pub fn level_label(level: Level) -> String {
    level.label_in(crate::i18n::use_lang())
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
    label: String,
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
                        {tr!("claims-disputed", {"count" => n})}
                    </p>
                }
            });
            let review = c.review.clone().map(|r| {
                let set = match r.reviewed_by {
                    Some(who) => tr!("claims-reviewed-by", {"who" => who, "when" => crate::pages::case::when(&r.reviewed_at)}),
                    None => tr!("claims-reviewed", {"when" => crate::pages::case::when(&r.reviewed_at)}),
                };
                let reason = r.reason.expose().to_string();
                view! {
                    <p class="review">
                        {set}" "
                        <span dir="auto" lang=content_lang(&reason)>{tr!("claims-quoted", {"text" => reason.clone()})}</span>
                        " "{tr!("claims-from-sources", {"level" => level_label(c.computed).to_lowercase()})}
                    </p>
                }
            });
            let backing = c
                .backing
                .iter()
                .map(|b| {
                    let stance = match b.stance {
                        Stance::Supports => tr!("claims-supports"),
                        Stance::Disputes => tr!("claims-disputes"),
                    };
                    let at = b.timecode.map(|t| format!(" {}", tr!("claims-at", {"timecode" => format_timecode(t)}))).unwrap_or_default();
                    // Taking a source off a claim needs a reason: a small form that opens in place.
                    let remove = editable.then(|| {
                        let form = format!("{anchor}-uncite-{}", b.source_id);
                        let this = values.source == b.source_id.to_string();
                        let failed = this && errors.get("uncite_reason").is_some();
                        let typed = if this { values.uncite_reason.clone() } else { String::new() };
                        let its_errors = if this { errors.clone() } else { FieldErrors::default() };
                        view! {
                            <details class="uncite" open=failed>
                                <summary>{tr!("claims-remove-summary")}</summary>
                                <form method="post" action=format!("/cases/{case_id}/claims/uncite")>
                                    <input type="hidden" name="claim" value=key.clone()/>
                                    <input type="hidden" name="source" value=b.source_id.to_string()/>
                                    <input type="hidden" name="revision" value=revision.to_string()/>
                                    {claim_field(&form, "uncite_reason", tr!("claims-uncite-label"), &its_errors,
                                        view! { <input type="text" id=format!("{form}-uncite_reason") name="uncite_reason" value=typed dir="auto"/> })}
                                    <p class="hint">{tr!("claims-uncite-hint")}</p>
                                    <button type="submit" class="secondary">{tr!("claims-remove")}</button>
                                </form>
                            </details>
                        }
                    });
                    view! {
                        <li class=format!("backing stance-{}{}", b.stance.code(), if b.retracted { " retracted" } else { "" })>
                            <span class="stance">{stance}</span>": "
                            <a href=format!("#source-{}", b.source_id) dir="auto" lang=content_lang(&b.title)>{b.title.clone()}</a>
                            <span class="hint">{format!(" · {}{at}", b.source_type_label)}</span>
                            {b.retracted.then(|| view! { <strong class="retracted-note">" · "{tr!("claims-retracted-not-counted")}</strong> })}
                            " "{remove}
                        </li>
                    }
                })
                .collect_view();
            let none = c.backing.is_empty().then(|| view! { <li class="hint">{tr!("claims-none")}</li> });
            let cite = editable.then(|| {
                let id = format!("{anchor}-cite");
                let open = mine && values.level.is_empty() && values.reason.is_empty();
                let body = if sources.is_empty() {
                    view! { <p class="hint">{tr!("claims-add-source-first")}</p> }.into_any()
                } else {
                    let options = sources
                        .iter()
                        .map(|s| {
                            let recorded = RECORDED.contains(&s.source_type.code.as_str());
                            let label = if recorded {
                                tr!("claims-option-timecode", {"title" => s.title.clone(), "kind" => s.source_type.label.clone()})
                            } else {
                                tr!("claims-option", {"title" => s.title.clone(), "kind" => s.source_type.label.clone()})
                            };
                            (s.id.to_string(), label)
                        })
                        .collect();
                    let fields = view! {
                        {claim_field(&id, "source", tr!("claims-source"), &errors, view! {
                            <select id=format!("{id}-source") name="source">
                                <option value="">{tr!("claims-choose")}</option>
                                {option_list(options, &values.source)}
                            </select>
                        })}
                        {claim_field(&id, "stance", tr!("claims-the-source"), &errors, view! {
                            <select id=format!("{id}-stance") name="stance">
                                <option value="supports" selected=values.stance != "disputes">{tr!("claims-supports-option")}</option>
                                <option value="disputes" selected=values.stance == "disputes">{tr!("claims-disputes-option")}</option>
                            </select>
                        })}
                        {claim_field(&id, "timecode", tr!("claims-timecode-label"), &errors, view! {
                            <input id=format!("{id}-timecode") name="timecode" inputmode="numeric" value=values.timecode.clone()
                                aria-describedby=format!("{id}-timecode-hint")/>
                            <p class="hint" id=format!("{id}-timecode-hint")>{tr!("claims-timecode-hint")}</p>
                        })}
                        {field_error(&errors, "claim", &id)}
                        <button type="submit" class="secondary">{tr!("claims-cite")}</button>
                    };
                    claim_form(&case_id, "cite", &key, revision, fields).into_any()
                };
                view! {
                    <details class="claim-form" open=open>
                        <summary>{tr!("claims-cite-summary")}</summary>
                        {body}
                    </details>
                }
            });
            let review_form = reviewer.then(|| {
                let id = format!("{anchor}-review");
                let open = mine && (!values.level.is_empty() || !values.reason.is_empty() || errors.get("level").is_some());
                let current = c.review.as_ref().map(|r| r.level.code().to_string()).unwrap_or_default();
                let chosen = if mine { values.level.clone() } else { current };
                let computed = tr!("claims-computed", {"level" => level_label(c.computed).to_lowercase()});
                let levels = Level::REVIEWABLE
                    .into_iter()
                    .map(|l| (l.code().to_string(), level_label(l)))
                    .collect();
                let fields = view! {
                    {claim_field(&id, "level", tr!("claims-level"), &errors, view! {
                        <select id=format!("{id}-level") name="level">
                            <option value="" selected=chosen.is_empty()>{computed}</option>
                            {option_list(levels, &chosen)}
                        </select>
                    })}
                    {claim_field(&id, "reason", tr!("claims-reason"), &errors, view! {
                        <textarea id=format!("{id}-reason") name="reason" rows="2" dir="auto"
                            aria-describedby=format!("{id}-reason-hint")>{values.reason.clone()}</textarea>
                        <p class="hint" id=format!("{id}-reason-hint")>{tr!("claims-reason-hint")}</p>
                    })}
                    <button type="submit" class="secondary">{tr!("claims-save-review")}</button>
                };
                view! {
                    <details class="claim-form" open=open>
                        <summary>{tr!("claims-review-summary")}</summary>
                        {claim_form(&case_id, "review", &key, revision, fields)}
                    </details>
                }
            });
            let message = (mine && errors.is_empty()).then(|| state.message.clone()).flatten().map(|m| view! { <p class="field-error" role="alert">{m}</p> });
            view! {
                <li class="claim" id=anchor.clone() class:is-disputed=c.disputed()>
                    <p class="claim-statement">
                        <span dir="auto" lang=content_lang(&c.statement)>{c.statement.clone()}</span>" "
                        <LevelBadge level=c.level()/>
                    </p>
                    {disputed}
                    {review}
                    <ul class="backing-list" aria-label=tr!("claims-sources-cited")>{backing}{none}</ul>
                    {message}
                    {cite}
                    {review_form}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="claims">{items}</ul> }
}
