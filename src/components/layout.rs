//! The frame around every page.

use crate::api::ServerInfo;
use crate::domain::account::Role;
use crate::i18n::{tr, use_lang, Lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// The site header: name, navigation, the language switch, and the development-key warning when
/// it applies.
#[component]
pub fn Header(info: ServerInfo) -> impl IntoView {
    view! {
        {info.development_key.then(|| view! {
            <div class="dev-banner" role="status">
                <strong>{tr!("dev-key-title")}</strong>" "{tr!("dev-key-body")}
            </div>
        })}
        {info.sealed.then(|| view! {
            <div class="sealed-banner" role="status">
                <strong>{tr!("sealed-title")}</strong>" "{tr!("sealed-body")}
            </div>
        })}
        <header class="site-header">
            <a class="brand" href="/">"Izde"<span class="brand-sub">" · "{tr!("brand-tagline")}</span></a>
            {info.me.map(|me| {
                let creates = me.role.creates_cases();
                let admin = me.role == Role::Admin;
                view! {
                    <nav aria-label=tr!("nav-main")>
                        <A href="/cases">{tr!("nav-cases")}</A>
                        <A href="/statistics">{tr!("nav-statistics")}</A>
                        <A href="/timeline">{tr!("nav-timeline")}</A>
                        <A href="/release-alerts">{tr!("nav-release-alerts")}</A>
                        {me.role.exports().then(|| view! { <A href="/export">{tr!("nav-export")}</A> })}
                        {creates.then(|| view! {
                            <A href="/cases/new">{tr!("nav-new-testimony")}</A>
                            <A href="/import">{tr!("nav-import")}</A>
                        })}
                        {admin.then(|| view! {
                            <A href="/admin/reveals">{tr!("nav-reveals")}</A>
                            <A href="/admin/duplicates">{tr!("nav-duplicates")}</A>
                            <A href="/admin/places">{tr!("nav-places")}</A>
                            <A href="/admin/register">{tr!("nav-register")}</A>
                            <A href="/admin/accounts">{tr!("nav-accounts")}</A>
                            <A href="/admin/audit">{tr!("nav-audit")}</A>
                        })}
                    </nav>
                    <div class="account">
                        <A href="/account">
                            <span class="username" dir="auto">{me.username.clone()}</span>
                            <span class=format!("role role-{}", me.role)>{role_name(me.role)}</span>
                        </A>
                        <form method="post" action="/logout" class="logout">
                            <button type="submit" class="link">{tr!("log-out")}</button>
                        </form>
                    </div>
                }
            })}
            <LanguageSwitch/>
        </header>
    }
}

/// A role's name in the page's language.
pub fn role_name(role: Role) -> String {
    role_name_in(role, crate::i18n::use_lang())
}

/// A role's name in `lang`.
pub fn role_name_in(role: Role, lang: crate::i18n::Lang) -> String {
    match role {
        Role::Admin => tr!(lang, "role-admin"),
        Role::Researcher => tr!(lang, "role-researcher"),
        Role::Volunteer => tr!(lang, "role-volunteer"),
    }
}

/// The language switch: each language named in itself; posting it keeps the choice (in the
/// account, and in a cookie before log-in) and shows the same page again.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let current = use_lang();
    let location = leptos_router::hooks::use_location();
    let back = location.pathname.get_untracked() + &location.search.get_untracked().to_string();
    let back = if back.ends_with('?') {
        back.trim_end_matches('?').to_string()
    } else {
        back
    };
    view! {
        <form method="post" action="/language" class="language-switch">
            <input type="hidden" name="back" value=back/>
            <label for="language-choice">{tr!("language-label")}</label>
            <select id="language-choice" name="lang">
                {Lang::ALL.into_iter().map(|lang| view! {
                    <option value=lang.code() lang=lang.code() dir=lang.dir() selected=lang == current>{lang.name()}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="secondary">{tr!("language-apply")}</button>
        </form>
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
            <h1>{tr!("not-found-title")}</h1>
            <p>{tr!("not-found-body")}" "<a href="/cases">{tr!("back-to-cases")}</a></p>
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
pub fn PageTitle(#[prop(into)] title: String) -> impl IntoView {
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
    }
}

/// A page's head: the browser tab's title, then `<div class="page-head">` with the `<h1>` and
/// the links or buttons beside it (the children).
#[component]
pub fn PageHead(
    /// The browser tab's title; also the heading unless `heading` is given.
    #[prop(into)]
    title: String,
    /// The `<h1>`, where it says more than the tab's title.
    #[prop(optional, into)]
    heading: Option<String>,
    children: Children,
) -> impl IntoView {
    let h1 = heading.unwrap_or_else(|| title.clone());
    view! {
        <Title text=title/>
        <div class="page-head">
            <h1>{h1}</h1>
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
    #[prop(into)]
    title: String,
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
        <nav class="pager" aria-label=tr!("pager")>
            {prev.map(|h| view! { <a href=h rel="prev">{tr!("pager-previous")}</a> })}
            {next.map(|h| view! { <a href=h rel="next">{tr!("pager-next")}</a> })}
        </nav>
    }
}
