//! /release-alerts: the sentence clock's advocacy alert — cases of the current selection whose every
//! plausible release day has passed with no news of the person recorded since.

use crate::api::release_alerts;
use crate::components::layout::ErrorNote;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The alert list.
#[component]
pub fn ReleaseAlertsPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(super::cases::filter_from_query));
    let alerts = Resource::new(move || filter.get(), release_alerts);
    let list_href = move || super::cases::page_href(&filter.get(), 1);
    view! {
        <Title text="Past expected release"/>
        <div class="page-head">
            <h1>"Past expected release, no proof of life since"</h1>
            <a class="button secondary" href=list_href>"The cases of this selection"</a>
        </div>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                let f = filter.get_untracked();
                match alerts.await {
                    Ok(a) => {
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
                                                <th scope="col">"Missing person"</th>
                                                <th scope="col">"Status"</th>
                                                <th scope="col">"Sentence"</th>
                                                <th scope="col">"Expected release"</th>
                                                <th scope="col">"Years past"</th>
                                                <th scope="col">"Last news before"</th>
                                            </tr></thead>
                                            <tbody>{rows}</tbody>
                                        </table>
                                    </div>
                                    <nav class="pager" aria-label="Pages">
                                        {prev.map(|h| view! { <a href=h rel="prev">"← Previous"</a> })}
                                        {next.map(|h| view! { <a href=h rel="next">"Next →"</a> })}
                                    </nav>
                                }.into_any()
                            }}
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// This page's URL for a filter and page.
pub fn alerts_href(filter: &crate::domain::case::CaseFilter, page: u32) -> String {
    super::cases::page_href(filter, page).replacen("/cases", "/release-alerts", 1)
}
