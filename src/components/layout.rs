//! The frame around every page.

use crate::api::ServerInfo;
use leptos::prelude::*;
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
            <nav aria-label="Main">
                <A href="/cases">"Cases"</A>
                <A href="/cases/new">"New testimony"</A>
            </nav>
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
    view! { <div class="form-message" role="alert"><p>{error.to_string()}</p></div> }.into_any()
}
