//! What the statistics, timeline and release-alert pages share: each shows the cases the list's
//! filters select, read from the same URL parameters as the list.

use crate::components::layout::{ErrorNote, PageHead};
use crate::domain::case::CaseFilter;
use crate::error::AppError;
use crate::i18n::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::future::Future;

/// A link in a selection page's head: its words (in the page's language), and its address for the
/// selection.
pub type SelectionLink = (fn() -> String, fn(&CaseFilter) -> String);

/// A page about the cases the list's filters select: loads `fetch` for the filter in the URL and
/// shows `render`'s view of it (or the error), under a page head that links back to the cases of
/// the selection, then to `links`.
#[component]
pub fn SelectionPage<T, Fut>(
    /// The browser tab's title; also the heading unless `heading` is given.
    #[prop(into)]
    title: String,
    /// The `<h1>`, where it says more than the tab's title.
    #[prop(optional)]
    heading: Option<String>,
    /// Loads the page's data for a filter (a server function).
    fetch: fn(CaseFilter) -> Fut,
    /// The page below its head, from the data, the filter and the filter in words (None: every
    /// case).
    render: fn(T, CaseFilter, Option<String>) -> AnyView,
    /// More links in the head, after the one to the cases of the selection.
    #[prop(optional)]
    links: &'static [SelectionLink],
) -> impl IntoView
where
    T: serde::Serialize + serde::de::DeserializeOwned + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
{
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(super::cases::filter_from_query));
    let data = Resource::new(move || filter.get(), fetch);
    let described = Resource::new(move || filter.get(), crate::api::describe_selection);
    let list_href = move || super::cases::page_href(&filter.get(), 1);
    let links = links
        .iter()
        .map(|&(words, href)| {
            let words = words();
            view! { <a class="button secondary" href=move || href(&filter.get())>{words}</a> }
        })
        .collect_view();
    view! {
        <PageHead title=title.clone() heading=heading.unwrap_or(title)>
            <a class="button secondary" href=list_href>{tr!("selection-cases")}</a>
            {links}
        </PageHead>
        <Suspense fallback=|| view! { <p class="hint">{tr!("cases-loading")}</p> }>
            {move || Suspend::new(async move {
                let f = filter.get_untracked();
                let described = described.await.ok().flatten();
                match data.await {
                    Ok(d) => render(d, f, described),
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
