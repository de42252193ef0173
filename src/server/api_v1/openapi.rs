//! The API's OpenAPI 3.1 description, generated from the handlers' annotations and the wire types
//! (so that it cannot drift from what is served), made once per process.

use super::handlers;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The document's root.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Izde read API",
        description = "Read what the token's owner may read on Izde's pages: the case list with its \
                       filters and facets, cases (redacted for the owner's role: researchers get \
                       pseudonyms and never a sealed field), their timelines, sources and claims, the \
                       statistics and the release alerts. Authenticate with a personal token from the \
                       account page: `Authorization: Bearer izde_pat_…`. See docs/api.md.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        handlers::list_cases,
        handlers::get_case,
        handlers::case_timeline,
        handlers::case_sources,
        handlers::case_claims,
        handlers::statistics,
        handlers::release_alerts,
        handlers::openapi,
    ),
    modifiers(&Bearer),
    tags(
        (name = "cases", description = "The case list and cases"),
        (name = "statistics", description = "Figures and alerts over the selected cases"),
        (name = "meta", description = "This description"),
    )
)]
struct ApiDoc;

/// The bearer token scheme every data endpoint requires.
struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A personal API token made on the account page (izde_pat_…).",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document as JSON, made once per process.
pub fn document() -> String {
    static DOCUMENT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DOCUMENT
        .get_or_init(|| {
            let mut doc = ApiDoc::openapi();
            doc.info.version = env!("CARGO_PKG_VERSION").to_string();
            doc.to_pretty_json().unwrap_or_default()
        })
        .clone()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_document_is_openapi_3_1_with_every_endpoint() {
        let doc: serde_json::Value = serde_json::from_str(&super::document()).unwrap();
        assert!(
            doc["openapi"].as_str().unwrap().starts_with("3.1"),
            "{}",
            doc["openapi"]
        );
        for path in [
            "/api/v1/cases",
            "/api/v1/cases/{id}",
            "/api/v1/cases/{id}/timeline",
            "/api/v1/cases/{id}/sources",
            "/api/v1/cases/{id}/claims",
            "/api/v1/statistics",
            "/api/v1/release-alerts",
            "/api/v1/openapi.json",
        ] {
            assert!(doc["paths"][path]["get"].is_object(), "{path}");
        }
        assert_eq!(
            doc["components"]["securitySchemes"]["bearer"]["scheme"],
            "bearer"
        );
    }
}
