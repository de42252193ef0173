//! The HTML shell, the application frame and the route table.

use crate::components::layout::{Header, NotFound};
use crate::pages::{
    admin::{AccountPage, AccountsPage, AuditPage, RevealsPage},
    alerts::ReleaseAlertsPage,
    case::CasePage,
    case_edit::EditCasePage,
    cases::CasesPage,
    consent::ConsentPage,
    detention::DetentionPage,
    erasure::ErasurePage,
    event::EventPage,
    export::{ExportPage, ExportReadyPage},
    history::{HistoryPage, RevisionPage},
    intake::IntakePage,
    login::LoginPage,
    removal::RemovalPage,
    search::SearchPage,
    source::SourcePage,
    stats::StatisticsPage,
    testimony::TestimonyPage,
    waves::TimelinePage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, MetaTags, Title};
use leptos_router::components::{Router, Routes};
use leptos_router::{path, ChooseView, NestedRoute, PossibleRouteMatch, SsrMode};

/// The document around the app (server side only).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    content_security_policy();
    let lang = crate::i18n::of_this_request();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="no-referrer"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options=options.clone() islands=true/>
                <HashedStylesheet options id="leptos"/>
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
/// ([`AsyncRoute`]), so pages and forms work before WebAssembly loads, or without it.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    crate::i18n::provide(crate::i18n::of_this_request());
    let info = SharedValue::new(crate::api::server_info).into_inner();
    provide_context(info.clone());
    view! {
        <Link rel="icon" type_="image/svg+xml" href="/favicon.svg"/>
        <Title formatter=|t: String| if t.is_empty() { "Izde".to_string() } else { format!("{t} · Izde") }/>
        <Router>
            <a class="skip-link" href="#content">{crate::i18n::tr!("skip-to-content")}</a>
            <Header info/>
            <main id="content" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <AsyncRoute path=path!("/") view=CasesPage/>
                    <AsyncRoute path=path!("/login") view=LoginPage/>
                    <AsyncRoute path=path!("/admin/reveals") view=RevealsPage/>
                    <AsyncRoute path=path!("/admin/accounts") view=AccountsPage/>
                    <AsyncRoute path=path!("/admin/audit") view=AuditPage/>
                    <AsyncRoute path=path!("/admin/duplicates") view=crate::pages::duplicates::DuplicatesPage/>
                    <AsyncRoute path=path!("/admin/places") view=crate::pages::places::PlacesPage/>
                    <AsyncRoute path=path!("/admin/register") view=crate::pages::register::RegisterPage/>
                    <AsyncRoute path=path!("/admin/register/:id") view=crate::pages::register::RegisterReviewPage/>
                    <AsyncRoute path=path!("/admin/duplicates/:pair/merge") view=crate::pages::merge::MergePage/>
                    <AsyncRoute path=path!("/account") view=AccountPage/>
                    <AsyncRoute path=path!("/cases") view=CasesPage/>
                    <AsyncRoute path=path!("/statistics") view=StatisticsPage/>
                    <AsyncRoute path=path!("/timeline") view=TimelinePage/>
                    <AsyncRoute path=path!("/release-alerts") view=ReleaseAlertsPage/>
                    <AsyncRoute path=path!("/export") view=ExportPage/>
                    <AsyncRoute path=path!("/export/:token") view=ExportReadyPage/>
                    <AsyncRoute path=path!("/import") view=crate::pages::import::ImportPage/>
                    <AsyncRoute path=path!("/import/:job") view=crate::pages::import::ImportJobPage/>
                    <AsyncRoute path=path!("/cases/new") view=IntakePage/>
                    <AsyncRoute path=path!("/cases/search") view=SearchPage/>
                    <AsyncRoute path=path!("/cases/:id") view=CasePage/>
                    <AsyncRoute path=path!("/cases/:id/edit") view=EditCasePage/>
                    <AsyncRoute path=path!("/cases/:id/history") view=HistoryPage/>
                    <AsyncRoute path=path!("/cases/:id/history/:revision") view=RevisionPage/>
                    <AsyncRoute path=path!("/cases/:id/events/new") view=EventPage/>
                    <AsyncRoute path=path!("/cases/:id/events/:event/edit") view=EventPage/>
                    <AsyncRoute path=path!("/cases/:id/sources/new") view=SourcePage/>
                    <AsyncRoute path=path!("/cases/:id/evidence/new") view=crate::pages::evidence::EvidencePage/>
                    <AsyncRoute path=path!("/cases/:id/sources/:source/archive") view=crate::pages::evidence::ArchivePage/>
                    <AsyncRoute path=path!("/cases/:id/sources/:source/edit") view=SourcePage/>
                    <AsyncRoute path=path!("/cases/:id/sources/:item/retract") view=RemovalPage/>
                    <AsyncRoute path=path!("/cases/:id/detentions/new") view=DetentionPage/>
                    <AsyncRoute path=path!("/cases/:id/testimonies/new") view=TestimonyPage/>
                    <AsyncRoute path=path!("/cases/:id/testimonies/:testimony/edit") view=TestimonyPage/>
                    <AsyncRoute path=path!("/cases/:id/detentions/:detention/edit") view=DetentionPage/>
                    <AsyncRoute path=path!("/cases/:id/testifiers/new") view=crate::pages::testifier::NewTestifierPage/>
                    <AsyncRoute path=path!("/cases/:id/testifiers/:testifier/consent") view=ConsentPage/>
                    <AsyncRoute path=path!("/cases/:id/erase") view=ErasurePage/>
                    <AsyncRoute path=path!("/cases/:id/pack/:template") view=crate::pages::pack::PackPage/>
                    <AsyncRoute path=path!("/cases/:id/dossier") view=crate::pages::pack::DossierPage/>
                    <AsyncRoute path=path!("/cases/:id/events/:item/remove") view=RemovalPage/>
                    <AsyncRoute path=path!("/cases/:id/testimonies/:item/remove") view=RemovalPage/>
                    <AsyncRoute path=path!("/cases/:id/detentions/:item/remove") view=RemovalPage/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{crate::i18n::tr!("footer-note")}</p>
            </footer>
        </Router>
    }
}

/// A route that renders completely on the server before it is sent (`SsrMode::Async`).
#[component(transparent)]
fn AsyncRoute<Segments, View>(
    /// The path it matches (made with `path!`).
    path: Segments,
    /// The page it shows.
    view: View,
) -> <NestedRoute<Segments, (), (), View> as IntoMaybeErased>::Output
where
    View: ChooseView + Clone + 'static,
    Segments: PossibleRouteMatch + Clone + Send + 'static,
{
    NestedRoute::new(path, view)
        .ssr_mode(SsrMode::Async)
        .into_maybe_erased()
}
