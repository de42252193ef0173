//! A case's history: every revision, when and by whom it was saved and what it changed, and the
//! case as it was recorded at any of them.

use super::case::{short_time, CaseView};
use super::route_param;
use crate::api::{case_at, case_history};
use crate::components::layout::ErrorNote;
use leptos::prelude::*;
use leptos_meta::Title;

/// /cases/:id/history
#[component]
pub fn HistoryPage() -> impl IntoView {
    let id = route_param("id");
    let history = Resource::new(id.clone(), case_history);
    view! {
        <Title text="Case history"/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || {
                let id = id();
                Suspend::new(async move {
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
                                            {current.then_some(" (current)")}
                                        </p>
                                        <p class="hint">{format!("Saved {} UTC by {who}", short_time(&r.recorded_at))}</p>
                                        <ul class="changes">
                                            {r.changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                                        </ul>
                                    </li>
                                }
                            }).collect_view();
                            view! {
                                <div class="page-head">
                                    <h1>"Case history"</h1>
                                    <a class="button secondary" href=format!("/cases/{id}")>"Back to the case"</a>
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
