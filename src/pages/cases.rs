//! The case list: filters by status, prefecture, legal charge and year of disappearance.

use super::options;
use crate::api::{get_vocabularies, list_cases};
use crate::components::fields::option_list;
use crate::components::layout::{ErrorNote, PageHead, Pager};
use crate::domain::case::{CaseFilter, CasePage, CaseSummary, Facet, Sort};
use crate::domain::vocab::{names, Vocabularies};
use crate::i18n::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The list's filters from its URL.
pub fn filter_from_query(q: &leptos_router::params::ParamsMap) -> CaseFilter {
    let mut f = CaseFilter::default();
    for key in crate::domain::case_filter::KEYS {
        f.set(key, q.get(key));
    }
    f.page = q.get("page").and_then(|p| p.parse().ok());
    f
}

/// The list's URL for `filter` at `page`.
pub fn page_href(filter: &CaseFilter, page: u32) -> String {
    match filter.query(page) {
        q if q.is_empty() => "/cases".to_string(),
        q => format!("/cases?{q}"),
    }
}

/// The list with one filter changed (and back to the first page).
fn with(filter: &CaseFilter, key: &str, value: Option<String>) -> String {
    let mut f = filter.clone();
    f.set(key, value);
    if key == "prefecture" {
        f.place = None;
    }
    page_href(&f, 1)
}

/// The list of cases.
#[component]
pub fn CasesPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(filter_from_query));
    let cases = Resource::new(move || filter.get(), list_cases);
    let vocab = Resource::new(|| (), |_| get_vocabularies());

    let exports = crate::api::signed_in().is_some_and(|me| me.role.exports());
    view! {
        <PageHead title=tr!("cases-title")>
            <a class="button" href="/cases/new">{tr!("cases-new-testimony")}</a>
        </PageHead>
        <super::search::SearchBox/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("cases-loading")}</p> }>
            {move || Suspend::new(async move {
                let filter = filter.get_untracked();
                match (vocab.await, cases.await) {
                    (Ok(v), Ok(page)) => {
                        let facets = page.facets.clone();
                        view! {
                            <Filters vocab=v filter=filter.clone() facets=facets.clone()/>
                            <p class="to-stats">
                                <a href=page_href(&filter, 1).replacen("/cases", "/statistics", 1)>{tr!("cases-link-statistics")}</a>
                                " · "<a href=super::waves::timeline_href(&filter)>{tr!("cases-link-timeline")}</a>
                                " · "<a href=super::alerts::alerts_href(&filter, 1)>{tr!("cases-link-alerts")}</a>
                                {exports.then(|| view! { " · "<a href=super::export::export_href(&filter)>{tr!("cases-link-export")}</a> })}
                            </p>
                            <div class="list-layout">
                                <Facets facets filter=filter.clone()/>
                                <div class="results"><CaseTable page filter/></div>
                            </div>
                        }.into_any()
                    }
                    (Err(e), _) | (_, Err(e)) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Every facet with its counts: a value is a link that selects it (or, when selected, clears it).
#[component]
fn Facets(facets: Vec<Facet>, filter: CaseFilter) -> impl IntoView {
    let groups = facets
        .into_iter()
        .map(|facet| {
            let current = filter.get(&facet.key);
            let values = facet
                .values
                .into_iter()
                .map(|v| {
                    let on = current.as_deref() == Some(v.code.as_str());
                    let href = with(&filter, &facet.key, (!on).then(|| v.code.clone()));
                    view! {
                        <li class:selected=on>
                            <a href=href aria-current=on.then_some("true")>
                                <span class="facet-label">{v.label}</span>
                                <span class="facet-count">{v.count}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="facet" data-facet=facet.key.clone()>
                    <h2>{facet.label}</h2>
                    <ul>{values}</ul>
                </section>
            }
        })
        .collect_view();
    view! { <aside class="facets" aria-label=tr!("cases-facets-label")>{groups}</aside> }
}

#[component]
fn Filters(vocab: Vocabularies, filter: CaseFilter, facets: Vec<Facet>) -> impl IntoView {
    let counted = |key: &str, mut opts: Vec<(String, String)>| {
        if let Some(f) = facets.iter().find(|f| f.key == key) {
            for (code, text) in &mut opts {
                let n = f
                    .values
                    .iter()
                    .find(|v| &v.code == code)
                    .map_or(0, |v| v.count);
                *text = format!("{text} ({n})");
            }
        }
        opts
    };
    let select = |name: &'static str,
                  label: String,
                  opts: Vec<(String, String)>,
                  current: Option<String>| {
        let opts = option_list(opts, &current.unwrap_or_default());
        view! {
            <div class="field">
                <label for=format!("filter-{name}")>{label}</label>
                <select id=format!("filter-{name}") name=name>
                    <option value="">{tr!("cases-filter-any")}</option>
                    {opts}
                </select>
            </div>
        }
    };
    let prefectures = vocab
        .prefectures()
        .map(|l| (l.id.clone(), l.name.current().to_string()))
        .collect();
    view! {
        <form class="filters" method="get" action="/cases" role="search" aria-label=tr!("cases-filter-label")>
            <div class="field field-wide">
                <label for="filter-q">{tr!("cases-filter-words")}</label>
                <input id="filter-q" name="q" type="search" value=filter.q.clone().unwrap_or_default()
                    aria-describedby="filter-q-hint"/>
                <p class="hint" id="filter-q-hint">{tr!("cases-filter-words-hint")}</p>
            </div>
            {select("status", tr!("cases-filter-status"), counted("status", options(&vocab, names::CASE_STATUS)), filter.status.clone())}
            {select("prefecture", tr!("cases-filter-prefecture"), counted("prefecture", prefectures), filter.prefecture.clone())}
            {select("charge", tr!("cases-filter-charge"), counted("charge", options(&vocab, names::LEGAL_CHARGE)), filter.charge.clone())}
            <div class="field">
                <label for="filter-year">{tr!("cases-filter-year")}</label>
                <input id="filter-year" name="year" type="number" min="1950" max="2100" inputmode="numeric"
                    value=filter.year.map(|y| y.to_string()).unwrap_or_default()/>
            </div>
            {select("sort", tr!("cases-filter-sort"), Sort::ALL.iter().map(|o| (o.code().to_string(), o.label_in(crate::i18n::use_lang()))).collect(), filter.sort.clone())}
            // The facets chosen in the side panel stay chosen when the form is applied.
            {["place", "detained", "sentence", "ethnicity", "gender", "verification", "source_type"].into_iter().filter_map(|k| {
                filter.get(k).map(|v| view! { <input type="hidden" name=k value=v/> })
            }).collect_view()}
            <div class="filter-actions">
                <button type="submit">{tr!("cases-filter-apply")}</button>
                <a href="/cases">{tr!("cases-filter-clear")}</a>
            </div>
        </form>
    }
}

/// The table of a case list; each case may carry a note (why a search found it).
pub fn case_rows(items: Vec<(CaseSummary, String)>) -> impl IntoView {
    let with_notes = items.iter().any(|(_, note)| !note.is_empty());
    let rows = items
        .into_iter()
        .map(|(c, note)| {
            let href = format!("/cases/{}", c.id);
            let facts = [
                c.gender.map(|g| g.label),
                c.birth_year.map(|y| tr!("cases-born", {"year" => y.to_string()})),
                c.ethnicity.map(|e| e.label),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            view! {
                <tr>
                    <td><a href=href dir="auto" class="case-name">{c.display_name.expose().to_string()}</a>
                        <div class="hint">{facts}</div></td>
                    <td><span class=format!("status status-{}", c.status.code)>{c.status.label}</span></td>
                    <td>{c.last_location.unwrap_or_default()}</td>
                    <td>{c.disappearance_year.map(|y| y.to_string()).unwrap_or_default()}</td>
                    <td>{c.charges.join(", ")}</td>
                    {with_notes.then(|| view! { <td>{note}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="cases">
                <thead><tr>
                    {[
                        tr!("cases-col-person"),
                        tr!("cases-col-status"),
                        tr!("cases-col-place"),
                        tr!("cases-col-disappeared"),
                        tr!("cases-col-charge"),
                    ]
                    .into_iter()
                    .map(|h| view! { <th scope="col">{h}</th> })
                    .collect_view()}
                    {with_notes.then(|| view! { <th scope="col">{tr!("cases-col-why")}</th> })}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
fn CaseTable(page: CasePage, filter: CaseFilter) -> impl IntoView {
    let total = page.total;
    let first = (page.page - 1) as u64 * page.page_size as u64 + 1;
    let last = first + page.items.len() as u64 - 1;
    let prev = (page.page > 1).then(|| page_href(&filter, page.page - 1));
    let next = page.has_next().then(|| page_href(&filter, page.page + 1));
    if page.items.is_empty() {
        return view! { <p class="empty">{tr!("cases-none")}</p> }.into_any();
    }
    view! {
        <p class="count" aria-live="polite">{tr!("cases-count", {"first" => first, "last" => last, "total" => total})}</p>
        {case_rows(page.items.into_iter().map(|c| (c, String::new())).collect())}
        <Pager prev next/>
    }
    .into_any()
}
