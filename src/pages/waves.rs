//! /timeline: the cross-case timeline of the cases the list's filters select (the same URL
//! parameters).

use super::selection::SelectionPage;
use crate::api::cross_timeline;
use crate::components::waves::CrossTimelineChart;
use crate::domain::case::CaseFilter;
use crate::domain::waves::{CrossTimeline, MAX_LANES};
use crate::i18n::tr;
use leptos::prelude::*;

/// The cross-case timeline page.
#[component]
pub fn TimelinePage() -> impl IntoView {
    view! { <SelectionPage title=tr!("waves-title") fetch=cross_timeline render=timeline/> }
}

/// The timeline of a selection, after a sentence of what it counts.
fn timeline(t: CrossTimeline, _: CaseFilter, described: Option<String>) -> AnyView {
    let lang = crate::i18n::use_lang();
    let years = tr!("waves-years", {
        "from" => crate::i18n::dates::year(lang, t.from_year),
        "to" => crate::i18n::dates::year(lang, t.to_year)
    });
    let mut lede = match described {
        Some(d) => tr!("waves-lede-described", {
            "events" => t.events,
            "cases_with_events" => t.cases_with_events,
            "cases" => t.cases,
            "selection" => d,
            "years" => years
        }),
        None => tr!("waves-lede", {
            "events" => t.events,
            "cases_with_events" => t.cases_with_events,
            "cases" => t.cases,
            "years" => years
        }),
    };
    if t.vague > 0 {
        lede.push(' ');
        lede.push_str(&tr!("waves-vague", {"count" => t.vague}));
    }
    if t.suppressed {
        lede.push(' ');
        lede.push_str(&tr!("waves-suppressed"));
    }
    let too_many = (t.lanes.is_empty() && t.cases_with_events > 0).then(|| {
        view! {
            <p class="hint">{tr!("waves-too-many", {"count" => MAX_LANES})}</p>
        }
    });
    view! {
        <p class="lede">{lede}</p>
        {if t.events == 0 {
            view! { <p class="empty">{tr!("waves-none")}</p> }.into_any()
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
