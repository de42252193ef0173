//! The language of each request, and the language switch every page carries.
//!
//! A request's language is, in order: the signed-in account's choice, the `izde-lang` cookie (the
//! choice made before log-in, or on this browser), the browser's `Accept-Language`, English. It is
//! put in the request's extensions for pages ([`crate::app::App`] provides it to every component)
//! and held for the request's task, so that messages written outside a page (a form's errors, an
//! error page) are in the same language ([`current`]).

use crate::domain::account::Me;
use crate::i18n::{self, Lang};
use crate::server::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

/// The language of the request being handled on this task (English outside a request).
pub use crate::i18n::current;

/// The language kept in the `izde-lang` cookie, if it names one of Izde's.
pub fn from_cookie(headers: &HeaderMap) -> Option<Lang> {
    crate::server::http::guard::cookie(headers, i18n::COOKIE).and_then(Lang::parse)
}

/// The language a request asks for before its account is known: cookie, then `Accept-Language`.
pub fn requested(headers: &HeaderMap) -> Lang {
    from_cookie(headers)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(i18n::from_accept_language)
        })
        .unwrap_or_default()
}

/// The request's language: the account's choice, else what the request asks for.
pub fn of_request(headers: &HeaderMap, me: Option<&Me>) -> Lang {
    me.and_then(|me| me.language.as_deref())
        .and_then(Lang::parse)
        .unwrap_or_else(|| requested(headers))
}

/// The cookie that keeps `lang` on this browser for a year.
pub fn cookie(state: &AppState, lang: Lang) -> HeaderValue {
    let secure = if state.web.https() { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000{secure}",
        i18n::COOKIE,
        lang.code()
    ))
    .expect("language codes are ASCII")
}

/// Decides the request's language (after the guard, which knows the account) and handles the
/// request in it.
pub async fn middleware(mut request: Request, next: Next) -> Response {
    let lang = of_request(request.headers(), request.extensions().get::<Me>());
    request.extensions_mut().insert(lang);
    crate::i18n::scope(lang, next.run(request)).await
}

/// The language switch's form.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Switch {
    lang: String,
    /// The page to return to (this Izde's own pages only).
    back: String,
}

/// POST /language — keeps the chosen language in a cookie, and in the account when signed in,
/// then shows the same page again.
pub async fn switch(
    State(state): State<AppState>,
    me: Option<axum::Extension<Me>>,
    crate::server::http::extract::Posted(form): crate::server::http::extract::Posted<Switch>,
) -> Response {
    let Some(lang) = Lang::parse(&form.lang) else {
        let lang = current();
        return (
            StatusCode::BAD_REQUEST,
            crate::i18n::tr!(lang, "language-unknown"),
        )
            .into_response();
    };
    if let Some(axum::Extension(me)) = me {
        if let Err(e) =
            crate::server::db::accounts::set_language(&state.pool, &me.id, lang.code()).await
        {
            tracing::error!(error = ?e, "cannot keep the account's language");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                crate::i18n::tr!(lang, "database-unavailable"),
            )
                .into_response();
        }
    }
    let back = back_to(&form.back);
    let mut response = Redirect::to(&back).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie(&state, lang));
    response
}

/// Where the switch returns: the page it was on (path and query), if that is one of Izde's pages.
fn back_to(back: &str) -> String {
    let (path, query) = back.split_once('?').unwrap_or((back, ""));
    let plain_query = query.chars().all(|c| c.is_ascii_graphic() && c != '#');
    match (crate::server::http::router::is_page(path), query) {
        (true, "") => path.to_string(),
        (true, query) if plain_query => format!("{path}?{query}"),
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn the_account_then_the_cookie_then_the_browser_decide() {
        let browser = headers(&[("accept-language", "ru-RU,ru;q=0.9,en;q=0.5")]);
        assert_eq!(of_request(&browser, None), Lang::Ru);
        let chosen = headers(&[
            ("accept-language", "ru-RU,ru;q=0.9"),
            ("cookie", "izde_session=abc; izde-lang=ug"),
        ]);
        assert_eq!(of_request(&chosen, None), Lang::Ug);
        let me = Me {
            id: "u".into(),
            username: "aigerim".into(),
            role: crate::domain::account::Role::Volunteer,
            must_enrol: false,
            language: Some("kk".into()),
        };
        assert_eq!(of_request(&chosen, Some(&me)), Lang::Kk);
        let unknown = headers(&[("cookie", "izde-lang=xx"), ("accept-language", "de")]);
        assert_eq!(of_request(&unknown, None), Lang::En);
    }

    #[test]
    fn the_switch_returns_only_to_izde_pages() {
        assert_eq!(
            back_to("/cases?status=detained&page=2"),
            "/cases?status=detained&page=2"
        );
        assert_eq!(back_to("/statistics"), "/statistics");
        assert_eq!(back_to("//evil.example/"), "/");
        assert_eq!(back_to("https://evil.example/"), "/");
        assert_eq!(back_to("/cases?x=1\r\nSet-Cookie:a"), "/");
        assert_eq!(back_to(""), "/");
    }
}
