//! /release-alerts: the sentence clock's advocacy alert — cases of the current selection whose every
//! plausible release day has passed with no news of the person recorded since.

use super::selection::SelectionPage;
use crate::api::release_alerts;
use crate::components::layout::Pager;
use crate::domain::case::{CaseFilter, ReleaseAlerts};
use crate::i18n::tr;
use leptos::prelude::*;

/// The alert list.
#[component]
pub fn ReleaseAlertsPage() -> impl IntoView {
    view! {
        <SelectionPage title=tr!("alerts-title") heading=tr!("alerts-heading")
            fetch=release_alerts render=alert_list/>
    }
}

/// A page of the selection's alerts, after a sentence of what they count.
fn alert_list(a: ReleaseAlerts, f: CaseFilter, described: Option<String>) -> AnyView {
    let lede = format!(
        "{} {}",
        match described {
            Some(d) =>
                tr!("alerts-lede-described", {"count" => a.total, "selection" => d, "date" => a.as_of.clone()}),
            None => tr!("alerts-lede", {"count" => a.total, "date" => a.as_of.clone()}),
        },
        tr!("alerts-method")
    );
    let lang = crate::i18n::use_lang();
    let first = u64::from(a.page - 1) * u64::from(a.page_size);
    let more = first + (a.items.len() as u64) < a.total;
    let prev = (a.page > 1).then(|| alerts_href(&f, a.page - 1));
    let next = more.then(|| alerts_href(&f, a.page + 1));
    let rows = a.items.into_iter().map(|item| {
        let c = item.case;
        let last = item.last_news
            .map(|(kind, date)| tr!("alerts-last-news", {"kind" => kind, "date" => crate::i18n::dates::partial(lang, &date)}))
            .unwrap_or_else(|| tr!("alerts-no-news"));
        view! {
            <tr>
                <td><a href=format!("/cases/{}", c.id) dir="auto" class="case-name">{c.display_name.expose().to_string()}</a></td>
                <td><span class=format!("status status-{}", c.status.code)>{c.status.label}</span></td>
                <td>{item.sentence}</td>
                <td>{item.expected.describe_in(lang)}</td>
                <td class="num">{format!("{:.1}", item.years_overdue)}</td>
                <td>{last}</td>
            </tr>
        }
    }).collect_view();
    view! {
        <p class="lede">{lede}</p>
        {if a.total == 0 {
            view! { <p class="empty">{tr!("alerts-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="cases alerts">
                        <caption class="visually-hidden">{tr!("alerts-caption")}</caption>
                        <thead><tr>
                            {[
                                tr!("alerts-col-person"),
                                tr!("alerts-col-status"),
                                tr!("alerts-col-sentence"),
                                tr!("alerts-col-expected"),
                                tr!("alerts-col-years"),
                                tr!("alerts-col-last-news"),
                            ]
                            .into_iter()
                            .map(|h| view! { <th scope="col">{h}</th> })
                            .collect_view()}
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <Pager prev next/>
            }.into_any()
        }}
    }
    .into_any()
}

/// This page's URL for a filter and page.
pub fn alerts_href(filter: &CaseFilter, page: u32) -> String {
    super::cases::page_href(filter, page).replacen("/cases", "/release-alerts", 1)
}
