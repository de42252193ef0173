//! /admin/duplicates/:pair/merge: two records of one person side by side, field by field, and the
//! merge into one (admins).

use super::route_param;
use crate::api::merge_preview;
use crate::components::fields::{FormMessage, FormState, TextArea};
use crate::components::layout::{ErrorNote, PageTitle};
use crate::domain::case::CaseDetail;
use crate::domain::forms::FieldErrors;
use crate::domain::merge::{MergePreview, MergeRow, RowKind};
use crate::i18n::tr;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The merge page.
#[component]
pub fn MergePage() -> impl IntoView {
    let pair = route_param("pair");
    let preview = Resource::new(pair, merge_preview);
    view! {
        <PageTitle title=tr!("merge-title")/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
            {move || Suspend::new(async move {
                match preview.await {
                    Ok(p) => view! { <MergeForm p/> }.into_any(),
                    Err(e) => view! {
                        <ErrorNote error=e/>
                        <p><a href="/admin/duplicates">{tr!("merge-back")}</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// "3 testimonies, 1 detention, …": what a side brings.
fn contents(c: &CaseDetail) -> String {
    let parts: Vec<String> = [
        (!c.testifiers.is_empty())
            .then(|| tr!("merge-testifiers", {"count" => c.testifiers.len()})),
        (!c.testimonies.is_empty())
            .then(|| tr!("merge-testimonies", {"count" => c.testimonies.len()})),
        (!c.detentions.is_empty())
            .then(|| tr!("merge-detentions", {"count" => c.detentions.len()})),
        (!c.events.is_empty()).then(|| tr!("merge-events", {"count" => c.events.len()})),
        (!c.sources.is_empty()).then(|| tr!("merge-sources", {"count" => c.sources.len()})),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        tr!("merge-nothing")
    } else {
        tr!("merge-contents", {"list" => parts.join(&tr!("merge-list-separator"))})
    }
}

#[component]
fn MergeForm(p: MergePreview) -> impl IntoView {
    let state = FormState::<BTreeMap<String, String>>::from_submission_or(BTreeMap::new);
    let (values, errors, message) = state.or_opened(BTreeMap::new);
    let value = |k: &str| values.get(k).cloned().unwrap_or_default();
    let keep = match value("keep").as_str() {
        "case" => "case",
        _ => "other",
    };
    let action = format!("/admin/duplicates/{}/merge", p.pair_id);
    let side = |c: &CaseDetail, heading: String, key: &'static str| {
        let checked = keep == key;
        let id = format!("keep-{key}");
        view! {
            <div class="pair-side merge-side">
                <p class="hint">{heading}</p>
                <p class="card-title"><a href=format!("/cases/{}", c.id) target="_blank" rel="noopener" dir="auto" lang=crate::i18n::content_lang(c.profile.name.expose())>{c.profile.name.expose().to_string()}</a></p>
                <p class="hint">{contents(c)}</p>
                <div class="checkbox">
                    <input type="radio" name="keep" value=key id=id.clone() checked=checked/>
                    <label for=id>{tr!("merge-keep-address")}</label>
                </div>
            </div>
        }
    };
    let keep_error = errors.get("keep").map(str::to_string);
    let rows = p
        .rows
        .iter()
        .map(|r| view! { <Row r=r.clone() keep picked=value(&format!("pick-{}", r.key)) errors=errors.clone()/> })
        .collect_view();
    view! {
        <p class="lede">{tr!("merge-lede")}</p>
        <FormMessage message errors=errors.clone()/>
        <form method="post" action=action class="merge-form">
            <input type="hidden" name="case_revision" value=p.case.revision.to_string()/>
            <input type="hidden" name="other_revision" value=p.other.revision.to_string()/>
            <fieldset class="pair-sides">
                <legend>{tr!("merge-which-keeps")}</legend>
                {side(&p.case, tr!("merge-saved-later"), "case")}
                {side(&p.other, tr!("merge-recorded-before"), "other")}
            </fieldset>
            {keep_error.map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            <table class="merge-fields">
                <caption>{tr!("merge-profile")}</caption>
                <thead>
                    <tr><th scope="col">{tr!("merge-field")}</th><th scope="col">{tr!("merge-saved-later")}</th><th scope="col">{tr!("merge-recorded-before")}</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <TextArea name="notes" label=tr!("merge-notes") value=value("notes") errors=errors.clone() sensitive=true rows=3
                hint=tr!("merge-notes-hint")/>
            <div class="form-actions">
                <button type="submit">{tr!("merge-submit")}</button>
                <a class="button secondary" href="/admin/duplicates">{tr!("merge-cancel")}</a>
            </div>
        </form>
    }
}

/// One profile field: the two values, and for one that differs, the choice.
#[component]
fn Row(r: MergeRow, keep: &'static str, picked: String, errors: FieldErrors) -> impl IntoView {
    let name = format!("pick-{}", r.key);
    let error = errors.get(&name).map(str::to_string);
    let error_id = format!("{name}-error");
    let picked = match picked.as_str() {
        "case" | "other" | "both" => picked,
        _ => keep.to_string(),
    };
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    let cell = |side: &'static str, v: &Option<String>| {
        let text = shown(v);
        match r.kind {
            RowKind::Choose => {
                let id = format!("{name}-{side}");
                view! {
                    <td>
                        <input type="radio" name=name.clone() value=side id=id.clone() checked=picked == side
                            aria-describedby=error.is_some().then(|| error_id.clone())/>
                        <label for=id dir="auto" class="merge-value">{text}</label>
                    </td>
                }.into_any()
            }
            _ => view! { <td><span dir="auto" class="merge-value">{text}</span></td> }.into_any(),
        }
    };
    let note = match r.kind {
        RowKind::Same => None,
        RowKind::Joined => Some(view! { <p class="hint">{tr!("merge-both-kept")}</p> }.into_any()),
        RowKind::Choose if r.both => {
            let id = format!("{name}-both");
            Some(view! {
                <p class="checkbox">
                    <input type="radio" name=name.clone() value="both" id=id.clone() checked=picked == "both"/>
                    <label for=id>{tr!("merge-keep-both")}</label>
                </p>
            }.into_any())
        }
        RowKind::Choose => None,
    };
    let class = match r.kind {
        RowKind::Choose => "differs",
        _ => "",
    };
    view! {
        <tr class=class>
            <th scope="row">{r.label.clone()}{note}
                {error.clone().map(|m| view! { <p class="field-error" id=error_id.clone() role="alert">{m}</p> })}
            </th>
            {cell("case", &r.case_value)}
            {cell("other", &r.other_value)}
        </tr>
    }
}
