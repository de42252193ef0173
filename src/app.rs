//! The HTML shell, the application frame and the route table.

use crate::components::layout::{Header, NotFound};
use crate::pages::{
    admin::{AccountPage, AccountsPage, AuditPage, RevealsPage},
    case::CasePage,
    case_edit::EditCasePage,
    cases::CasesPage,
    event::EventPage,
    history::{HistoryPage, RevisionPage},
    intake::IntakePage,
    login::LoginPage,
    search::SearchPage,
    source::SourcePage,
    stats::StatisticsPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The document around the app (server side only).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="no-referrer"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Sends the page's Content-Security-Policy header with the nonce Leptos puts on its own scripts
/// for this response.
#[cfg(feature = "ssr")]
fn content_security_policy() {
    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) {
        if let Ok(value) =
            axum::http::HeaderValue::from_str(&crate::server::http::guard::page_policy(&nonce))
        {
            response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
}

/// The application. Every route renders completely on the server before it is sent
/// (`SsrMode::Async`), so pages and forms work before WebAssembly loads, or without it.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let info = SharedValue::new(crate::api::server_info).into_inner();
    provide_context(info.clone());
    view! {
        <Stylesheet id="leptos" href="/pkg/izde.css"/>
        <Link rel="icon" type_="image/svg+xml" href="/favicon.svg"/>
        <Title formatter=|t: String| if t.is_empty() { "Izde".to_string() } else { format!("{t} · Izde") }/>
        <Router>
            <Header info/>
            <main>
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=CasesPage ssr=SsrMode::Async/>
                    <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/reveals") view=RevealsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/accounts") view=AccountsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/audit") view=AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases") view=CasesPage ssr=SsrMode::Async/>
                    <Route path=path!("/statistics") view=StatisticsPage ssr=SsrMode::Async/>
                    <Route path=path!("/timeline") view=crate::pages::waves::TimelinePage ssr=SsrMode::Async/>
                    <Route path=path!("/release-alerts") view=crate::pages::alerts::ReleaseAlertsPage ssr=SsrMode::Async/>
                    <Route path=path!("/export") view=crate::pages::export::ExportPage ssr=SsrMode::Async/>
                    <Route path=path!("/export/:token") view=crate::pages::export::ExportReadyPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/new") view=IntakePage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/search") view=SearchPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/:id") view=CasePage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/:id/edit") view=EditCasePage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/:id/history") view=HistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/:id/history/:revision") view=RevisionPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/:id/events/new") view=EventPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/:id/events/:event/edit") view=EventPage ssr=SsrMode::Async/>
                    <Route path=path!("/cases/:id/sources/new") view=SourcePage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>"Izde keeps names, contacts, narratives and transcripts encrypted. This page loads nothing from any other site."</p>
            </footer>
        </Router>
    }
}
