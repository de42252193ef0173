//! /statistics: figures of the cases the list's filters select (the same URL parameters).

use super::selection::{SelectionLink, SelectionPage};
use crate::api::statistics;
use crate::components::chart::BarChart;
use crate::domain::case::CaseFilter;
use crate::domain::stats::Statistics;
use leptos::prelude::*;

/// The statistics page.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    const LINKS: &[SelectionLink] = &[("Their timeline", super::waves::timeline_href)];
    view! { <SelectionPage title="Statistics" fetch=statistics render=figures links=LINKS/> }
}

/// The figures of a selection.
fn figures(s: Statistics, f: CaseFilter) -> AnyView {
    view! {
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
    }
    .into_any()
}
