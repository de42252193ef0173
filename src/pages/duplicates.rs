//! /admin/duplicates: the duplicate review. Pairs of cases the name index found alike when one of
//! them was saved (at intake, even when the volunteer said it is someone else), until an admin
//! compares them and decides.

use crate::api::duplicate_pairs;
use crate::components::fields::{FormMessage, FormState};
use crate::components::layout::{ErrorNote, PageTitle};
use crate::domain::case::{CaseSummary, DuplicatePair};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The review queue.
#[component]
pub fn DuplicatesPage() -> impl IntoView {
    let pairs = Resource::new(|| (), |_| duplicate_pairs());
    let state = FormState::<BTreeMap<String, String>>::from_submission_or(BTreeMap::new);
    view! {
        <PageTitle title="Possible duplicates"/>
        <p class="lede">"Cases the name index found alike — the same name in another spelling or script, or the same ID number — when one of them was saved. Open both (each in a new tab) and compare before deciding. Opening this page is a reading of every case on it, and is audited."</p>
        <FormMessage message=state.message errors=state.errors/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match pairs.await {
                    Ok(list) if list.is_empty() => view! { <p class="empty">"No pair is waiting for a decision."</p> }.into_any(),
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
    let found = format!(
        "Found {} on {} UTC{}",
        if p.found_in == "intake" {
            "at intake"
        } else {
            "when a case was edited"
        },
        p.found_at
            .get(..16)
            .unwrap_or(&p.found_at)
            .replace('T', " "),
        p.found_by.map(|b| format!(" by {b}")).unwrap_or_default(),
    );
    view! {
        <li class="card duplicate-pair" id=format!("pair-{}", p.id)>
            <div class="pair-sides">
                <Side c=p.case label="Saved"/>
                <Side c=p.other label="Looks like (recorded before)"/>
            </div>
            <p class="hint">{found}</p>
            {p.said_different.then(|| view! { <p class="answer">"Whoever saved it said this is a different person."</p> })}
            <div class="decision">
                <a class="button" href=format!("/admin/duplicates/{}/merge", p.id)>"Compare and merge…"</a>
                <form method="post" action=format!("/admin/duplicates/{}/different", p.id)>
                    <button type="submit" class="secondary">"Different people"</button>
                </form>
            </div>
        </li>
    }
}

#[component]
fn Side(c: CaseSummary, label: &'static str) -> impl IntoView {
    let meta = [
        c.birth_year.map(|y| format!("born {y}")),
        Some(c.status.label.clone()),
        c.last_location.clone(),
        c.disappearance_year.map(|y| format!("missing since {y}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <div class="pair-side">
            <p class="hint">{label}</p>
            <p class="card-title"><a href=format!("/cases/{}", c.id) target="_blank" rel="noopener" dir="auto">{c.display_name.expose().to_string()}</a></p>
            <p class="hint">{meta}</p>
        </div>
    }
}
