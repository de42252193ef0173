//! /admin/duplicates/:pair/merge: two records of one person side by side, field by field, and the
//! merge into one (admins).

use super::route_param;
use crate::api::merge_preview;
use crate::components::fields::{FormMessage, FormState, TextArea};
use crate::components::layout::{ErrorNote, PageTitle};
use crate::domain::case::CaseDetail;
use crate::domain::forms::FieldErrors;
use crate::domain::merge::{MergePreview, MergeRow, RowKind};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The merge page.
#[component]
pub fn MergePage() -> impl IntoView {
    let pair = route_param("pair");
    let preview = Resource::new(pair, merge_preview);
    view! {
        <PageTitle title="Merge two records of one person"/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match preview.await {
                    Ok(p) => view! { <MergeForm p/> }.into_any(),
                    Err(e) => view! {
                        <ErrorNote error=e/>
                        <p><a href="/admin/duplicates">"Back to the possible duplicates"</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// "3 testimonies, 1 detention, …": what a side brings.
fn contents(c: &CaseDetail) -> String {
    let count = |n: usize, one: &str, many: &str| match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    };
    let parts: Vec<String> = [
        count(c.testifiers.len(), "testifier", "testifiers"),
        count(c.testimonies.len(), "testimony", "testimonies"),
        count(c.detentions.len(), "detention", "detentions"),
        count(c.events.len(), "event", "events"),
        count(c.sources.len(), "source", "sources"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        "Nothing recorded under it yet.".into()
    } else {
        parts.join(", ") + "."
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
    let side = |c: &CaseDetail, heading: &'static str, key: &'static str| {
        let checked = keep == key;
        let id = format!("keep-{key}");
        view! {
            <div class="pair-side merge-side">
                <p class="hint">{heading}</p>
                <p class="card-title"><a href=format!("/cases/{}", c.id) target="_blank" rel="noopener" dir="auto">{c.profile.name.expose().to_string()}</a></p>
                <p class="hint">{contents(c)}</p>
                <div class="checkbox">
                    <input type="radio" name="keep" value=key id=id.clone() checked=checked/>
                    <label for=id>"Keep this case's address"</label>
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
        <p class="lede">"Everything recorded under either case — testifiers, testimonies, detentions, events, sources, claims and their reviews — is kept under one case. Choose which address is kept (the other leads to it from now on), and for each profile field that differs, which value is right. Other spellings, aliases and ID numbers of both are all kept; a name not chosen becomes another spelling. Both histories stay readable."</p>
        <FormMessage message errors=errors.clone()/>
        <form method="post" action=action class="merge-form">
            <input type="hidden" name="case_revision" value=p.case.revision.to_string()/>
            <input type="hidden" name="other_revision" value=p.other.revision.to_string()/>
            <fieldset class="pair-sides">
                <legend>"Which case keeps its address?"</legend>
                {side(&p.case, "Saved later", "case")}
                {side(&p.other, "Recorded before", "other")}
            </fieldset>
            {keep_error.map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            <table class="merge-fields">
                <caption>"The missing person's profile"</caption>
                <thead>
                    <tr><th scope="col">"Field"</th><th scope="col">"Saved later"</th><th scope="col">"Recorded before"</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <TextArea name="notes" label="Why are these one person?" value=value("notes") errors=errors.clone() sensitive=true rows=3
                hint="e.g. \"same ID number; his brother confirmed by phone on 3 December\". Kept with the case, encrypted."/>
            <div class="form-actions">
                <button type="submit">"Merge into one case"</button>
                <a class="button secondary" href="/admin/duplicates">"Cancel"</a>
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
        RowKind::Joined => Some(view! { <p class="hint">"Both kept."</p> }.into_any()),
        RowKind::Choose if r.both => {
            let id = format!("{name}-both");
            Some(view! {
                <p class="checkbox">
                    <input type="radio" name=name.clone() value="both" id=id.clone() checked=picked == "both"/>
                    <label for=id>"Keep both, the kept case's first"</label>
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
