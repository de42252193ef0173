//! The route table: every page (rendered by Leptos), every form post and download, and the guard
//! every request passes first.

use crate::app::{shell, App};
use crate::server::state::AppState;
use axum::routing::{get, post};
use axum::Router;
use leptos_axum::{generate_route_list, LeptosRoutes};

/// The application's routes, generated once per process. Generating them renders the app in a
/// special mode; doing that while another router serves requests in the same process (tests build
/// one router each) could leave that router's pending page renders never woken.
fn routes() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The whole application as an axum router.
pub fn router(state: AppState) -> Router {
    let routes = routes();
    let options = state.leptos_options.clone();
    Router::new()
        .leptos_routes(&state, routes, {
            let options = options.clone();
            move || shell(options.clone())
        })
        // Forms post to their own page; see server::http::forms.
        .route("/cases/new", post(crate::server::http::forms::intake))
        .route("/cases/search", post(crate::server::http::forms::search))
        .route(
            "/cases/{id}/edit",
            post(crate::server::http::forms::edit_case),
        )
        .route(
            "/cases/{id}/events/new",
            post(crate::server::http::forms::new_event),
        )
        .route(
            "/cases/{id}/events/{event}/edit",
            post(crate::server::http::forms::edit_event),
        )
        .route(
            "/cases/{id}/sources/new",
            post(crate::server::http::forms::new_source),
        )
        .route(
            "/cases/{id}/reveal",
            post(crate::server::http::forms::request_reveal),
        )
        .route(
            "/admin/reveals/{request}",
            post(crate::server::http::forms::decide_reveal),
        )
        .route(
            "/admin/accounts",
            post(crate::server::http::forms::create_account),
        )
        .route(
            "/admin/accounts/{user}",
            post(crate::server::http::forms::update_account),
        )
        .route(
            "/admin/settings",
            post(crate::server::http::forms::save_settings),
        )
        .route(
            "/cases/{id}/assign",
            post(crate::server::http::forms::assign),
        )
        .route(
            "/cases/{id}/claims/{step}",
            post(crate::server::http::forms::claim),
        )
        .route(
            "/account/password",
            post(crate::server::http::forms::change_password),
        )
        .route(
            "/account/totp/{step}",
            post(crate::server::http::forms::two_step),
        )
        .route("/export", post(crate::server::http::downloads::make))
        .route(
            "/export/{token}/files/{name}",
            get(crate::server::http::downloads::file),
        )
        .route(
            "/export/{token}/izde-export.zip",
            get(crate::server::http::downloads::archive),
        )
        .route("/login", post(crate::server::http::sign_in::login))
        .route("/logout", post(crate::server::http::sign_in::logout))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // Every request passes the guard: origin check, session, headers (server::auth).
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::server::http::guard::guard,
        ))
        .with_state(state)
}
