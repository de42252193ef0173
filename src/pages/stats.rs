//! /statistics: figures of the cases the list's filters select (the same URL parameters).

use crate::api::statistics;
use crate::components::chart::BarChart;
use crate::components::layout::ErrorNote;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The statistics page.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(super::cases::filter_from_query));
    let stats = Resource::new(move || filter.get(), statistics);
    let list_href = move || super::cases::page_href(&filter.get(), 1);
    view! {
        <Title text="Statistics"/>
        <div class="page-head">
            <h1>"Statistics"</h1>
            <a class="button secondary" href=list_href>"The cases of this selection"</a>
            <a class="button secondary" href=move || super::waves::timeline_href(&filter.get())>"Their timeline"</a>
        </div>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                let f = filter.get_untracked();
                match stats.await {
                    Ok(s) => view! {
                        <p class="lede">
                            {format!(
                                "{} cases in this selection{}.{}",
                                s.total,
                                f.describe().map(|d| format!(": {d}")).unwrap_or_default(),
                                if s.suppressed {
                                    " Counts under 5 are shown as “<5” and drawn as no bar, so that a small group cannot point at a family."
                                } else {
                                    ""
                                }
                            )}
                        </p>
                        <div class="charts">
                            {s.charts.into_iter().map(|chart| view! { <BarChart chart/> }).collect_view()}
                        </div>
                    }.into_any(),
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
