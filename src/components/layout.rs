//! The frame around every page.

use crate::api::ServerInfo;
use crate::domain::account::Role;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// The site header: name, navigation, and the development-key warning when it applies.
#[component]
pub fn Header(info: ServerInfo) -> impl IntoView {
    view! {
        {info.development_key.then(|| view! {
            <div class="dev-banner" role="status">
                <strong>"Development key — not for real testimonies."</strong>
                " This server encrypts with a key generated next to its database. Use it to try Izde with fictional data only."
            </div>
        })}
        {info.sealed.then(|| view! {
            <div class="sealed-banner" role="status">
                <strong>"Sealed."</strong>
                " Records stay encrypted until an administrator unseals this server with its passphrase."
            </div>
        })}
        <header class="site-header">
            <a class="brand" href="/">"Izde"<span class="brand-sub">" · testimonies of the missing"</span></a>
            {info.me.map(|me| {
                let creates = me.role.creates_cases();
                let admin = me.role == Role::Admin;
                view! {
                    <nav aria-label="Main">
                        <A href="/cases">"Cases"</A>
                        <A href="/statistics">"Statistics"</A>
                        <A href="/timeline">"Timeline"</A>
                        <A href="/release-alerts">"Past release"</A>
                        {me.role.exports().then(|| view! { <A href="/export">"Export"</A> })}
                        {creates.then(|| view! { <A href="/cases/new">"New testimony"</A> })}
                        {admin.then(|| view! {
                            <A href="/admin/reveals">"Reveal requests"</A>
                            <A href="/admin/duplicates">"Duplicates"</A>
                            <A href="/admin/places">"Places"</A>
                            <A href="/admin/accounts">"Accounts"</A>
                            <A href="/admin/audit">"Audit log"</A>
                        })}
                    </nav>
                    <div class="account">
                        <A href="/account">
                            <span class="username">{me.username.clone()}</span>
                            <span class=format!("role role-{}", me.role)>{me.role.to_string()}</span>
                        </A>
                        <form method="post" action="/logout" class="logout">
                            <button type="submit" class="link">"Log out"</button>
                        </form>
                    </div>
                }
            })}
        </header>
    }
}

/// Shown for an unknown address or record.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(axum::http::StatusCode::NOT_FOUND);
        }
    }
    view! {
        <section class="panel">
            <h1>"Not found"</h1>
            <p>"There is nothing at this address. "<a href="/cases">"Back to the cases"</a></p>
        </section>
    }
}

/// An error from a server function, said plainly.
#[component]
pub fn ErrorNote(error: crate::error::AppError) -> impl IntoView {
    if matches!(error, crate::error::AppError::NotFound) {
        return view! { <NotFound/> }.into_any();
    }
    #[cfg(feature = "ssr")]
    {
        use crate::error::AppError;
        let status = match &error {
            AppError::Forbidden(_) => Some(axum::http::StatusCode::FORBIDDEN),
            AppError::NotSignedIn => Some(axum::http::StatusCode::UNAUTHORIZED),
            AppError::Sealed => Some(axum::http::StatusCode::SERVICE_UNAVAILABLE),
            AppError::Internal { .. } => Some(axum::http::StatusCode::INTERNAL_SERVER_ERROR),
            _ => None,
        };
        if let (Some(status), Some(response)) =
            (status, use_context::<leptos_axum::ResponseOptions>())
        {
            response.set_status(status);
        }
    }
    view! { <div class="form-message" role="alert"><p>{error.to_string()}</p></div> }.into_any()
}

/// The browser tab's title and a page's `<h1>` (the same words), for a page without a page head.
#[component]
pub fn PageTitle(title: &'static str) -> impl IntoView {
    view! {
        <Title text=title/>
        <h1>{title}</h1>
    }
}

/// A page's head: the browser tab's title, then `<div class="page-head">` with the `<h1>` and
/// the links or buttons beside it (the children).
#[component]
pub fn PageHead(
    /// The browser tab's title; also the heading unless `heading` is given.
    title: &'static str,
    /// The `<h1>`, where it says more than the tab's title.
    #[prop(optional)]
    heading: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <Title text=title/>
        <div class="page-head">
            <h1>{heading.unwrap_or(title)}</h1>
            {children()}
        </div>
    }
}

/// A titled panel: `<section class="panel">` labelled by its `<h2>` (whose id is `{id}-h`).
#[component]
pub fn Panel(
    /// Names the heading's id, `{id}-h`.
    id: &'static str,
    /// The `<h2>`.
    title: &'static str,
    /// More classes of the section, after `panel`.
    #[prop(optional)]
    class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let heading = format!("{id}-h");
    let class = class.map_or_else(|| "panel".to_string(), |c| format!("panel {c}"));
    view! {
        <section class=class aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{title}</h2>
            {children()}
        </section>
    }
}

/// A list's links to its previous and next pages, where there are such pages.
#[component]
pub fn Pager(prev: Option<String>, next: Option<String>) -> impl IntoView {
    view! {
        <nav class="pager" aria-label="Pages">
            {prev.map(|h| view! { <a href=h rel="prev">"← Previous"</a> })}
            {next.map(|h| view! { <a href=h rel="next">"Next →"</a> })}
        </nav>
    }
}
