//! A case's history: every revision, when and by whom it was saved and what it changed, and the
//! case as it was recorded at any of them.

use super::case::{when, CaseView};
use super::route_param;
use crate::api::{case_at, case_history, case_merge};
use crate::components::layout::ErrorNote;
use crate::i18n::tr;
use leptos::prelude::*;
use leptos_meta::Title;

/// /cases/:id/history
#[component]
pub fn HistoryPage() -> impl IntoView {
    let id = route_param("id");
    let history = Resource::new(id.clone(), case_history);
    let merge = Resource::new(id.clone(), case_merge);
    view! {
        <Title text=tr!("history-title")/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("history-loading")}</p> }>
            {move || {
                let id = id();
                Suspend::new(async move {
                    // A case merged into another: this is its history before the merge.
                    let merged = merge.await.ok().flatten();
                    let was_merged = merged.is_some();
                    let back = merged.as_ref().map(|m| m.kept_id.to_string()).unwrap_or_else(|| id.clone());
                    let banner = merged.map(|m| view! {
                        <div class="form-message as-of" role="status">
                            <p>{match m.merged_by {
                                    Some(who) => tr!("history-merged-by", {"when" => when(&m.merged_at), "who" => who}),
                                    None => tr!("history-merged", {"when" => when(&m.merged_at)}),
                                }}" "
                                <a href=format!("/cases/{}", m.kept_id)>{tr!("history-see-kept")}</a>{tr!("history-merged-end")}</p>
                        </div>
                    });
                    match history.await {
                        Ok(revisions) => {
                            let newest = revisions.first().map(|r| r.revision);
                            let items = revisions.into_iter().map(|r| {
                                let href = format!("/cases/{id}/history/{}", r.revision);
                                let current = Some(r.revision) == newest;
                                let who = r.recorded_by.clone().unwrap_or_else(|| tr!("history-command-line"));
                                view! {
                                    <li class="revision-item">
                                        <p class="card-title">
                                            <a href=href>{tr!("history-revision", {"revision" => r.revision})}</a>
                                            {current.then(|| format!(" {}", if was_merged { tr!("history-at-merge") } else { tr!("history-current") }))}
                                        </p>
                                        <p class="hint">{tr!("history-saved", {"when" => when(&r.recorded_at), "who" => who})}</p>
                                        <ul class="changes">
                                            {r.changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                                        </ul>
                                    </li>
                                }
                            }).collect_view();
                            view! {
                                {banner}
                                <div class="page-head">
                                    <h1>{tr!("history-title")}</h1>
                                    <a class="button secondary" href=format!("/cases/{back}")>{tr!("history-back")}</a>
                                </div>
                                <p class="hint">{tr!("history-hint")}</p>
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
        <Suspense fallback=|| view! { <p class="hint">{tr!("history-loading")}</p> }>
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
