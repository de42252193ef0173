//! The route table: every page (rendered by Leptos), every form post and download, and the guard
//! every request passes first.

use super::{downloads, evidence, forms, guard, import, language, packs, sign_in};
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

/// Whether `path` is one of Izde's pages: segments of URL-safe characters only (letters, digits,
/// `-`, `_`, `.`, `~`), matching a route's segments one for one. Nothing a browser could read as
/// another host gets through: no scheme, no `//`, no backslash, tab, newline or escape.
pub fn is_page(path: &str) -> bool {
    let Some(rest) = path.strip_prefix('/') else {
        return false;
    };
    let segments: Vec<&str> = rest.split('/').collect();
    let safe = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~'))
    };
    if path != "/" && !segments.iter().all(|s| !s.is_empty() && safe(s)) {
        return false;
    }
    routes().iter().any(|route| {
        let pattern: Vec<&str> = route.path().trim_start_matches('/').split('/').collect();
        pattern.len() == segments.len()
            && pattern.iter().zip(&segments).all(|(p, s)| {
                p == s || (p.starts_with('{') && p.ends_with('}') && !matches!(*s, "." | ".."))
            })
    })
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
        .route("/cases/search", post(forms::search))
        .route("/cases/{id}/edit", post(forms::edit_case))
        .route("/cases/{id}/events/new", post(forms::new_event))
        .route("/cases/{id}/events/{event}/edit", post(forms::edit_event))
        .route("/cases/{id}/detentions/new", post(forms::new_detention))
        .route("/cases/{id}/testimonies/new", post(forms::new_testimony))
        .route(
            "/cases/{id}/testimonies/{testimony}/edit",
            post(forms::edit_testimony),
        )
        .route(
            "/cases/{id}/detentions/{detention}/edit",
            post(forms::edit_detention),
        )
        .route("/cases/{id}/erase", post(forms::erase_case))
        .route("/cases/{id}/pack/{template}", post(packs::prepare))
        .route("/cases/{id}/pack/{template}/pdf", post(packs::pdf))
        .route("/cases/{id}/dossier/pdf", post(packs::dossier_pdf))
        .route(
            "/cases/{id}/events/{item}/remove",
            post(forms::remove_event),
        )
        .route(
            "/cases/{id}/testimonies/{item}/remove",
            post(forms::remove_testimony),
        )
        .route(
            "/cases/{id}/detentions/{item}/remove",
            post(forms::remove_detention),
        )
        .route("/cases/{id}/testifiers/new", post(forms::new_testifier))
        .route("/cases/{id}/testifiers/find", post(forms::find_testifiers))
        .route(
            "/cases/{id}/testifiers/{testifier}/consent",
            post(forms::change_consent),
        )
        .route("/cases/{id}/sources/new", post(forms::new_source))
        .route(
            "/cases/{id}/sources/{source}/archive",
            post(evidence::archive),
        )
        .route(
            "/cases/{id}/sources/{source}/edit",
            post(forms::edit_source),
        )
        .route(
            "/cases/{id}/sources/{item}/retract",
            post(forms::retract_source),
        )
        .route("/cases/{id}/reveal", post(forms::request_reveal))
        .route("/admin/reveals/{request}", post(forms::decide_reveal))
        .route(
            "/admin/duplicates/{pair}/different",
            post(forms::mark_different),
        )
        .route("/admin/duplicates/{pair}/merge", post(forms::merge_cases))
        .route("/admin/places", post(forms::add_place))
        .route("/admin/register/download", post(forms::download_register))
        .route(
            "/admin/register/{id}/approve",
            post(forms::approve_publication),
        )
        .route("/admin/accounts", post(forms::create_account))
        .route("/admin/accounts/{user}", post(forms::update_account))
        .route("/admin/settings", post(forms::save_settings))
        .route("/admin/export-minimums", post(forms::save_export_minimums))
        .route(
            "/admin/evidence-settings",
            post(forms::save_evidence_settings),
        )
        .route("/cases/{id}/assign", post(forms::assign))
        .route("/cases/{id}/claims/{step}", post(forms::claim))
        .route("/account/password", post(forms::change_password))
        .route("/account/totp/{step}", post(forms::two_step))
        .route("/account/tokens", post(forms::new_api_token))
        .route("/account/tokens/{id}/revoke", post(forms::revoke_api_token))
        .route("/admin/tokens/{id}/revoke", post(forms::revoke_api_token))
        .route("/export", post(downloads::make))
        .route("/export/{token}/files/{name}", get(downloads::file))
        .route("/export/{token}/izde-export.zip", get(downloads::archive))
        .route("/import/{job}", post(import::submit))
        .route("/import/{job}/rejects.csv", get(import::rejects))
        .route("/login", post(sign_in::login))
        .route("/logout", post(sign_in::logout))
        .route("/language", post(language::switch))
        // The read API: JSON, bearer tokens only (server::api_v1).
        .nest(
            crate::server::api_v1::PREFIX,
            crate::server::api_v1::router(state.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // No body over the limit is read, on any route (see http::extract::limit_body).
        .layer(axum::extract::DefaultBodyLimit::max(
            super::extract::MAX_FORM_BYTES,
        ))
        .layer(axum::middleware::from_fn(super::extract::limit_body))
        // Evidence files are far larger than any form: the upload reads its body as a stream and
        // stops at the admin's per-file limit itself (server::http::evidence).
        .route(
            "/cases/{id}/evidence/new",
            post(evidence::upload).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        // A file to import is held in memory up to the import page's own limit, which the handler
        // applies itself (server::http::import), saying so on the page.
        .route(
            "/import",
            post(import::upload).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        // The intake may carry the testimony's recording: its text fields are held to the form
        // limit by the handler, the file to the per-file limit.
        .route(
            "/cases/new",
            post(forms::intake).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route("/cases/{id}/evidence/{file}", get(evidence::view))
        .route(
            "/cases/{id}/evidence/{file}/download",
            get(evidence::download),
        )
        // A merged case's old address leads to the case it was merged into.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            merged_redirect,
        ))
        // Each request is handled in its language (the account's, the cookie's or the browser's).
        .layer(axum::middleware::from_fn(language::middleware))
        // Every request passes the guard: origin check, session, headers (http::guard).
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::guard,
        ))
        .with_state(state)
}

/// Sends a page request for a case merged into another (`/cases/{old}`, `/cases/{old}/edit`, …) to
/// the same page of the kept case, with a 308 so bookmarks and links keep working. The merged
/// case's own history (`/cases/{old}/history…`) stays where it is: it is read there.
async fn merged_redirect(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let path = request.uri().path();
    let old = path
        .strip_prefix("/cases/")
        .map(|rest| rest.split_once('/').unwrap_or((rest, "")))
        .filter(|(_, tail)| !tail.starts_with("history"))
        .and_then(|(id, tail)| Some((uuid::Uuid::parse_str(id).ok()?, tail)));
    if let Some((old, tail)) = old {
        if let Ok(mut conn) = state.pool.acquire().await {
            if let Ok(Some(kept)) =
                crate::server::db::merges::kept_for(&mut conn, &old.to_string()).await
            {
                let to = match tail {
                    "" => format!("/cases/{kept}"),
                    tail => format!("/cases/{kept}/{tail}"),
                };
                return axum::response::Redirect::permanent(&to).into_response();
            }
        }
    }
    next.run(request).await
}
