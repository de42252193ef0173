//! /timeline: the cross-case timeline of the cases the list's filters select (the same URL
//! parameters).

use super::selection::SelectionPage;
use crate::api::cross_timeline;
use crate::components::waves::CrossTimelineChart;
use crate::domain::case::CaseFilter;
use crate::domain::waves::{CrossTimeline, MAX_LANES};
use leptos::prelude::*;

/// The cross-case timeline page.
#[component]
pub fn TimelinePage() -> impl IntoView {
    view! { <SelectionPage title="Timeline of cases" fetch=cross_timeline render=timeline/> }
}

/// The timeline of a selection, after a sentence of what it counts.
fn timeline(t: CrossTimeline, f: CaseFilter) -> AnyView {
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
    }
    .into_any()
}

/// This page's URL for a filter.
pub fn timeline_href(filter: &CaseFilter) -> String {
    super::cases::page_href(filter, 1).replacen("/cases", "/timeline", 1)
}
