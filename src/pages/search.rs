//! Finding a person by name in any script, or by ID number. The form posts, so the name typed never
//! appears in a URL; the server answers with this page and the results.

use super::cases::case_rows;
use crate::components::layout::PageHead;
use crate::domain::case::SearchOutcome;
use crate::i18n::tr;
use leptos::prelude::*;

/// The search box; `query` is shown again after a search.
#[component]
pub fn SearchBox(#[prop(optional)] query: String) -> impl IntoView {
    view! {
        <form class="search" method="post" action="/cases/search" role="search" aria-label=tr!("search-label")>
            <div class="field">
                <label for="search-q">{tr!("search-field")}</label>
                <input id="search-q" name="q" type="search" dir="auto" autocomplete="off" value=query
                    aria-describedby="search-q-hint"/>
                <p class="hint" id="search-q-hint">{tr!("search-hint")}</p>
            </div>
            <button type="submit">{tr!("search-submit")}</button>
        </form>
    }
}

/// /cases/search: the results of a posted search, or just the box.
#[component]
pub fn SearchPage() -> impl IntoView {
    let outcome = leptos::prelude::SharedValue::new(use_context::<SearchOutcome>).into_inner();
    let searched = outcome.is_some();
    let SearchOutcome {
        query,
        hits,
        message,
        hidden,
    } = outcome.unwrap_or_default();
    let count = hits.len();
    view! {
        <PageHead title=tr!("search-title")>
            <a href="/cases">{tr!("search-all-cases")}</a>
        </PageHead>
        <SearchBox query/>
        {message.map(|m| view! { <p class="empty" role="status">{m}</p> })}
        {(searched && count > 0).then(|| view! {
            <p class="count" role="status">
                {tr!("search-found", {"count" => count})}
            </p>
            {case_rows(hits)}
        })}
        {(hidden > 0).then(|| view! { <p class="hidden-matches" role="status">{hidden_matches(hidden)}</p> })}
    }
}

/// What a volunteer is told of matches among cases they may not read: that they exist, not which.
pub(crate) fn hidden_matches(hidden: usize) -> String {
    let lang = crate::i18n::current();
    tr!(lang, "search-hidden-matches", {"count" => hidden})
}
