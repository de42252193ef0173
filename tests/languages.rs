//! The interface's language (issue 20): chosen from the browser, then the switch, kept in a cookie
//! before log-in and in the account after; the page's `lang` and `dir` follow it.

mod common;

use axum::http::header;
use common::{get, post, spawn_app, Web};
use izde::domain::account::Role;

/// The same application as `web`, with `cookie` as the browser's cookies (None: no cookie).
fn browser(web: &Web, cookie: Option<String>) -> Web {
    Web {
        router: web.router.clone(),
        cookie,
    }
}

fn with_accept_language(
    mut request: axum::http::Request<axum::body::Body>,
    value: &str,
) -> axum::http::Request<axum::body::Body> {
    request.headers_mut().insert(
        header::ACCEPT_LANGUAGE,
        axum::http::HeaderValue::from_str(value).unwrap(),
    );
    request
}

/// The `izde-lang` cookie a response sets, if any.
fn language_cookie(answer: &common::Answer) -> Option<String> {
    answer
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("izde-lang="))
        .map(|v| v.split(';').next().unwrap_or_default().to_string())
}

#[tokio::test]
async fn a_first_visit_follows_the_browser_and_the_switch_is_kept_before_log_in() {
    let app = spawn_app().await;
    let web = app.web().await;
    let visitor = browser(&web, None);
    let page = visitor
        .send(with_accept_language(
            get("/login"),
            "kk-KZ,kk;q=0.9,ru;q=0.8",
        ))
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(r#"<html lang="kk" dir="ltr""#),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Мазмұнға өту"),
        "the skip link is in Kazakh"
    );

    // The switch posts from the page and comes back to it, in Uyghur, right to left.
    let switched = visitor
        .send(post("/language", &[("lang", "ug"), ("back", "/login")]))
        .await;
    assert_eq!(switched.status, 303);
    assert_eq!(switched.location().as_deref(), Some("/login"));
    assert_eq!(language_cookie(&switched).as_deref(), Some("ug"));
    let chosen = browser(&web, Some("izde-lang=ug".into()));
    let page = chosen
        .send(with_accept_language(get("/login"), "kk-KZ"))
        .await;
    assert!(
        page.body.contains(r#"<html lang="ug" dir="rtl""#),
        "{}",
        page.body
    );

    // A language Izde does not have is refused, and a way elsewhere is not followed.
    let unknown = visitor
        .send(post("/language", &[("lang", "fr"), ("back", "/login")]))
        .await;
    assert_eq!(unknown.status, 400);
    let away = visitor
        .send(post(
            "/language",
            &[("lang", "ru"), ("back", "//evil.example/")],
        ))
        .await;
    assert_eq!(away.location().as_deref(), Some("/"));
}

#[tokio::test]
async fn the_account_keeps_its_language_on_every_browser() {
    let app = spawn_app().await;
    let reader = app.user("aigerim", Role::Researcher).await;
    let web = app.web_as(&reader).await;
    let switched = web
        .send(post(
            "/language",
            &[("lang", "zh"), ("back", "/statistics")],
        ))
        .await;
    assert_eq!(switched.status, 303);
    assert_eq!(switched.location().as_deref(), Some("/statistics"));
    // Another browser of the same account, which asks for English and has no cookie.
    let elsewhere = app.web_as(&reader).await;
    let page = elsewhere
        .send(with_accept_language(get("/cases"), "en-GB,en"))
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(r#"<html lang="zh" dir="ltr""#),
        "{}",
        page.body
    );
    assert!(page.body.contains("案件"), "the navigation is in Chinese");
}

#[tokio::test]
async fn logging_in_carries_the_accounts_language_or_adopts_the_browsers() {
    let app = spawn_app().await;
    let web = app.web().await;
    app.user("daulet", Role::Volunteer).await;
    // Chosen on this browser before logging in: the account, which had none, takes it.
    let before = browser(&web, Some("izde-lang=ru".into()));
    let logged_in = before
        .send(post(
            "/login",
            &[("username", "daulet"), ("password", common::PASSWORD)],
        ))
        .await;
    assert_eq!(logged_in.status, 303, "{}", logged_in.body);
    // On a fresh browser, logging in sets the account's language.
    let fresh = browser(&web, None);
    let again = fresh
        .send(post(
            "/login",
            &[("username", "daulet"), ("password", common::PASSWORD)],
        ))
        .await;
    assert_eq!(again.status, 303, "{}", again.body);
    assert_eq!(language_cookie(&again).as_deref(), Some("ru"));
}
