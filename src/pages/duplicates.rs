//! /admin/duplicates: the duplicate review. Pairs of cases the name index found alike when one of
//! them was saved (at intake, even when the volunteer said it is someone else), until an admin
//! compares them and decides.

use crate::api::duplicate_pairs;
use crate::components::fields::{FormMessage, FormState};
use crate::components::layout::{ErrorNote, PageTitle};
use crate::domain::case::{CaseSummary, DuplicatePair};
use crate::i18n::tr;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The review queue.
#[component]
pub fn DuplicatesPage() -> impl IntoView {
    let pairs = Resource::new(|| (), |_| duplicate_pairs());
    let state = FormState::<BTreeMap<String, String>>::from_submission_or(BTreeMap::new);
    view! {
        <PageTitle title=tr!("dup-title")/>
        <p class="lede">{tr!("dup-lede")}</p>
        <FormMessage message=state.message errors=state.errors/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
            {move || Suspend::new(async move {
                match pairs.await {
                    Ok(list) if list.is_empty() => view! { <p class="empty">{tr!("dup-empty")}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="cards duplicates">
                            {list.into_iter().map(|p| view! { <Pair p/> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Pair(p: DuplicatePair) -> impl IntoView {
    let when = super::admin::when(&p.found_at);
    let found = match (p.found_in == "intake", p.found_by) {
        (true, None) => tr!("dup-found-intake", {"when" => when}),
        (true, Some(b)) => tr!("dup-found-intake-by", {"when" => when, "username" => b}),
        (false, None) => tr!("dup-found-edit", {"when" => when}),
        (false, Some(b)) => tr!("dup-found-edit-by", {"when" => when, "username" => b}),
    };
    view! {
        <li class="card duplicate-pair" id=format!("pair-{}", p.id)>
            <div class="pair-sides">
                <Side c=p.case label=tr!("dup-saved")/>
                <Side c=p.other label=tr!("dup-looks-like")/>
            </div>
            <p class="hint">{found}</p>
            {p.said_different.then(|| view! { <p class="answer">{tr!("dup-said-different")}</p> })}
            <div class="decision">
                <a class="button" href=format!("/admin/duplicates/{}/merge", p.id)>{tr!("dup-compare")}</a>
                <form method="post" action=format!("/admin/duplicates/{}/different", p.id)>
                    <button type="submit" class="secondary">{tr!("dup-different")}</button>
                </form>
            </div>
        </li>
    }
}

#[component]
fn Side(c: CaseSummary, label: String) -> impl IntoView {
    let meta = [
        c.birth_year
            .map(|y| tr!("dup-born", {"year" => y.to_string()})),
        Some(c.status.label.clone()),
        c.last_location.clone(),
        c.disappearance_year
            .map(|y| tr!("dup-missing-since", {"year" => y.to_string()})),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <div class="pair-side">
            <p class="hint">{label}</p>
            <p class="card-title"><a href=format!("/cases/{}", c.id) target="_blank" rel="noopener" dir="auto" lang=crate::i18n::content_lang(c.display_name.expose())>{c.display_name.expose().to_string()}</a></p>
            <p class="hint">{meta}</p>
        </div>
    }
}
