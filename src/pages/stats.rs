//! /statistics: figures of the cases the list's filters select (the same URL parameters).

use super::selection::{SelectionLink, SelectionPage};
use crate::api::statistics;
use crate::components::chart::BarChart;
use crate::domain::case::CaseFilter;
use crate::domain::stats::{Count, Statistics};
use crate::i18n::tr;
use leptos::prelude::*;

/// The statistics page.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    fn their_timeline() -> String {
        tr!("stats-link-timeline")
    }
    const LINKS: &[SelectionLink] = &[(their_timeline, super::waves::timeline_href)];
    view! { <SelectionPage title=tr!("stats-title") fetch=statistics render=figures links=LINKS/> }
}

/// The figures of a selection.
fn figures(s: Statistics, _: CaseFilter, described: Option<String>) -> AnyView {
    view! {
        <p class="lede">
            {match (s.total, described) {
                (Count::Exact(n), Some(d)) => tr!("stats-lede-described", {"count" => n, "selection" => d}),
                (Count::Exact(n), None) => tr!("stats-lede", {"count" => n}),
                (few, Some(d)) => tr!("stats-lede-few-described", {"count" => few.to_string(), "selection" => d}),
                (few, None) => tr!("stats-lede-few", {"count" => few.to_string()}),
            }}
            {s.suppressed.then(|| format!(" {}", tr!("stats-suppressed")))}
        </p>
        <div class="charts">
            {s.charts.into_iter().map(|chart| view! { <BarChart chart/> }).collect_view()}
        </div>
    }
    .into_any()
}
