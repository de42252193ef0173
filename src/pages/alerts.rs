//! /release-alerts: the sentence clock's advocacy alert — cases of the current selection whose every
//! plausible release day has passed with no news of the person recorded since.

use super::selection::SelectionPage;
use crate::api::release_alerts;
use crate::components::column_heads;
use crate::components::layout::Pager;
use crate::domain::case::{CaseFilter, ReleaseAlerts};
use leptos::prelude::*;

/// The alert list.
#[component]
pub fn ReleaseAlertsPage() -> impl IntoView {
    view! {
        <SelectionPage title="Past expected release" heading="Past expected release, no proof of life since"
            fetch=release_alerts render=alert_list/>
    }
}

/// A page of the selection's alerts, after a sentence of what they count.
fn alert_list(a: ReleaseAlerts, f: CaseFilter) -> AnyView {
    let lede = format!(
        "{} case{} of this selection{} should have been released by {} on the recorded sentence, and nothing — proof of life, contact, release or death — has been recorded since. The clock counts from the first detention, else the conviction; a partial date gives a window, and a case is listed once every day of it has passed.",
        a.total,
        if a.total == 1 { "" } else { "s" },
        f.describe().map(|d| format!(" ({d})")).unwrap_or_default(),
        a.as_of,
    );
    let first = u64::from(a.page - 1) * u64::from(a.page_size);
    let more = first + (a.items.len() as u64) < a.total;
    let prev = (a.page > 1).then(|| alerts_href(&f, a.page - 1));
    let next = more.then(|| alerts_href(&f, a.page + 1));
    let rows = a.items.into_iter().map(|item| {
        let c = item.case;
        let last = item.last_news
            .map(|(kind, date)| format!("{kind}, {date}"))
            .unwrap_or_else(|| "nothing recorded".into());
        view! {
            <tr>
                <td><a href=format!("/cases/{}", c.id) dir="auto" class="case-name">{c.display_name.expose().to_string()}</a></td>
                <td><span class=format!("status status-{}", c.status.code)>{c.status.label}</span></td>
                <td>{item.sentence}</td>
                <td>{item.expected.describe()}</td>
                <td class="num">{format!("{:.1}", item.years_overdue)}</td>
                <td>{last}</td>
            </tr>
        }
    }).collect_view();
    view! {
        <p class="lede">{lede}</p>
        {if a.total == 0 {
            view! { <p class="empty">"No case of this selection is past its expected release without news."</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="cases alerts">
                        <caption class="visually-hidden">"Cases past their expected release"</caption>
                        <thead><tr>
                            {column_heads(&["Missing person", "Status", "Sentence", "Expected release", "Years past", "Last news before"])}
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
