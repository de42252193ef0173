//! A case's history: every revision, when and by whom it was saved and what it changed, and the
//! case as it was recorded at any of them.

use super::case::{short_time, CaseView};
use super::route_param;
use crate::api::{case_at, case_history, case_merge};
use crate::components::layout::ErrorNote;
use leptos::prelude::*;
use leptos_meta::Title;

/// /cases/:id/history
#[component]
pub fn HistoryPage() -> impl IntoView {
    let id = route_param("id");
    let history = Resource::new(id.clone(), case_history);
    let merge = Resource::new(id.clone(), case_merge);
    view! {
        <Title text="Case history"/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || {
                let id = id();
                Suspend::new(async move {
                    // A case merged into another: this is its history before the merge.
                    let merged = merge.await.ok().flatten();
                    let was_merged = merged.is_some();
                    let back = merged.as_ref().map(|m| m.kept_id.to_string()).unwrap_or_else(|| id.clone());
                    let banner = merged.map(|m| view! {
                        <div class="form-message as-of" role="status">
                            <p>{format!("This record was merged into another case on {}{}. Below is its history before the merge; ", short_time(&m.merged_at), m.merged_by.map(|u| format!(" by {u}")).unwrap_or_default())}
                                <a href=format!("/cases/{}", m.kept_id)>"see the case it is part of now"</a>"."</p>
                        </div>
                    });
                    match history.await {
                        Ok(revisions) => {
                            let newest = revisions.first().map(|r| r.revision);
                            let items = revisions.into_iter().map(|r| {
                                let href = format!("/cases/{id}/history/{}", r.revision);
                                let current = Some(r.revision) == newest;
                                let who = r.recorded_by.clone().unwrap_or_else(|| "the command line".into());
                                view! {
                                    <li class="revision-item">
                                        <p class="card-title">
                                            <a href=href>{format!("Revision {}", r.revision)}</a>
                                            {current.then_some(if was_merged { " (at the merge)" } else { " (current)" })}
                                        </p>
                                        <p class="hint">{format!("Saved {} UTC by {who}", short_time(&r.recorded_at))}</p>
                                        <ul class="changes">
                                            {r.changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                                        </ul>
                                    </li>
                                }
                            }).collect_view();
                            view! {
                                {banner}
                                <div class="page-head">
                                    <h1>"Case history"</h1>
                                    <a class="button secondary" href=format!("/cases/{back}")>"Back to the case"</a>
                                </div>
                                <p class="hint">"Every save keeps the case as it was before, encrypted like the case itself. Open a revision to read the case as it was recorded then."</p>
                                <ol class="revisions" reversed>{items}</ol>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// /cases/:id/history/:revision
#[component]
pub fn RevisionPage() -> impl IntoView {
    let id = route_param("id");
    let revision = route_param("revision");
    let case = Resource::new(
        move || (id(), revision()),
        |(id, revision)| async move {
            match revision.parse::<i64>() {
                Ok(r) => case_at(id, r).await,
                Err(_) => Err(crate::error::AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match case.await {
                    Ok(c) => {
                        let revision = c.revision;
                        view! { <CaseView case=c as_of=Some(revision)/> }.into_any()
                    }
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
