//! /timeline: the cross-case timeline of the cases the list's filters select (the same URL
//! parameters).

use crate::api::cross_timeline;
use crate::components::layout::ErrorNote;
use crate::components::waves::CrossTimelineChart;
use crate::domain::waves::MAX_LANES;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The cross-case timeline page.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(super::cases::filter_from_query));
    let timeline = Resource::new(move || filter.get(), cross_timeline);
    let list_href = move || super::cases::page_href(&filter.get(), 1);
    view! {
        <Title text="Timeline of cases"/>
        <div class="page-head">
            <h1>"Timeline of cases"</h1>
            <a class="button secondary" href=list_href>"The cases of this selection"</a>
        </div>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                let f = filter.get_untracked();
                match timeline.await {
                    Ok(t) => {
                        let lede = format!(
                            "{} dated events of {} cases ({} in this selection{}), {}–{}.{}{}",
                            t.events,
                            t.cases_with_events,
                            t.cases,
                            f.describe().map(|d| format!(": {d}")).unwrap_or_default(),
                            t.from_year,
                            t.to_year,
                            if t.vague > 0 {
                                format!(
                                    " {} event{} with open-ended or very wide dates {} drawn in the lanes but left out of the waves.",
                                    t.vague,
                                    if t.vague == 1 { "" } else { "s" },
                                    if t.vague == 1 { "is" } else { "are" }
                                )
                            } else {
                                String::new()
                            },
                            if t.suppressed {
                                " Yearly counts under 5 are shown as “<5” and not drawn."
                            } else {
                                ""
                            },
                        );
                        let too_many = (t.lanes.is_empty() && t.cases_with_events > 0).then(|| view! {
                            <p class="hint">{format!("One lane per case is drawn for selections of up to {MAX_LANES} cases: narrow the filters to see each case.")}</p>
                        });
                        view! {
                            <p class="lede">{lede}</p>
                            {if t.events == 0 {
                                view! { <p class="empty">"No case of this selection has a dated event."</p> }.into_any()
                            } else {
                                view! { <CrossTimelineChart timeline=t/>{too_many} }.into_any()
                            }}
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// This page's URL for a filter.
pub fn timeline_href(filter: &crate::domain::case::CaseFilter) -> String {
    super::cases::page_href(filter, 1).replacen("/cases", "/timeline", 1)
}
