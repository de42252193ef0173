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

/// Latin words an interface in another language keeps as they are: the product's name, file
/// formats and names, codes, units and date patterns, and the names of languages written in their
/// own script. Proper names are kept too: places (every name of the gazetteer), accounts' usernames,
/// and the people of the demo (names in hints and in testimony choices); see [`proper_names`].
const KEPT_AS_IS: &[&str] = &[
    "Izde",
    "API",
    "CSV",
    "JSON",
    "XLSX",
    "PDF",
    "ZIP",
    "SHA",
    "sha256sum",
    "URL",
    "UUID",
    "ID",
    "TOTP",
    "HTTP",
    "HTTPS",
    "MB",
    "KB",
    "GB",
    "GiB",
    "MiB",
    "KiB",
    "age",
    "XPCC",
    "ISO",
    "UTC",
    "English",
    "OK",
    "README",
    "YYYY",
    "MM",
    "DD",
    "Nurlan",
    "Seitkali",
    "Gulnar",
    "Qaraqara",
];

/// The words of proper names a page may show in Latin letters in any language: every place's
/// name in the gazetteer, the accounts' usernames, and the names of the demo's people.
async fn proper_names(app: &common::TestApp) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    let mut add = |text: &str| names.extend(english_words(text, &Default::default()));
    let places: Vec<(String,)> = sqlx::query_as("SELECT name_en FROM locations")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    for (place,) in places {
        add(&place);
    }
    let users: Vec<(String,)> = sqlx::query_as("SELECT username FROM users")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    for (username,) in users {
        add(&username);
    }
    fn people(value: &serde_json::Value, add: &mut dyn FnMut(&str)) {
        match value {
            serde_json::Value::Object(fields) => {
                for (key, value) in fields {
                    match (
                        key.ends_with("name") || key.ends_with("names") || key == "aliases",
                        value,
                    ) {
                        (true, serde_json::Value::String(text)) => add(text),
                        _ => people(value, add),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| people(v, add)),
            _ => {}
        }
    }
    let demo: serde_json::Value =
        serde_json::from_str(include_str!("../src/server/ops/demo_cases.json")).unwrap();
    people(&demo, &mut add);
    names
}

/// What a reader sees or hears of a page's interface: its text and the words given to assistive
/// technology, without what people typed (marked `dir="auto"`), form values, scripts and code.
fn interface_text(html: &str) -> Vec<String> {
    use scraper::{ElementRef, Html, Node};
    fn walk(element: ElementRef, out: &mut Vec<String>) {
        let e = element.value();
        if matches!(
            e.name(),
            "script" | "style" | "textarea" | "code" | "kbd" | "samp" | "noscript" | "template"
        ) || e.attr("dir") == Some("auto")
            || e.attr("translate") == Some("no")
        {
            return;
        }
        for attribute in ["aria-label", "placeholder", "title", "alt"] {
            if let Some(v) = e.attr(attribute) {
                out.push(v.to_string());
            }
        }
        if e.name() == "input" && matches!(e.attr("type"), Some("submit" | "button")) {
            out.extend(e.attr("value").map(str::to_string));
        }
        for child in element.children() {
            match child.value() {
                Node::Text(text) => out.push(text.to_string()),
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(child) {
                        walk(child, out);
                    }
                }
                _ => {}
            }
        }
    }
    let document = Html::parse_document(html);
    let mut out = Vec::new();
    walk(document.root_element(), &mut out);
    out
}

/// The Latin words of `text` that are neither on the allow-list nor in `kept`. A token with a
/// digit in it is a number, a date, an id or a code, never a word to translate.
fn english_words(text: &str, kept: &std::collections::BTreeSet<String>) -> Vec<String> {
    static WORD: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\p{Latin}[\p{Latin}'’]+").unwrap());
    text.split_whitespace()
        .filter(|token| !token.chars().any(|c| c.is_ascii_digit()))
        .flat_map(|token| WORD.find_iter(token).map(|m| m.as_str().to_string()))
        .filter(|w| !KEPT_AS_IS.contains(&w.as_str()) && !kept.contains(w))
        .collect()
}

/// The kind of page a link leads to: ids replaced, the query's keys kept (sorted).
fn kind_of(href: &str) -> String {
    static ID: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"/(\d+|[0-9a-f]{8}-[0-9a-f-]{27,}|[0-9A-Za-z_-]{20,})(/|$)").unwrap()
    });
    let href = href.replace("&amp;", "&");
    let (path, query) = href.split_once('?').unwrap_or((&href, ""));
    let path = ID.replace_all(path, "/:id$2").to_string();
    let path = ID.replace_all(&path, "/:id$2").to_string();
    // Every combination of the case filters is the same page: one filter stands for all.
    let mut keys: Vec<&str> = query
        .split('&')
        .filter_map(|p| p.split('=').next())
        .filter(|k| !k.is_empty())
        .map(|k| match izde::domain::case_filter::KEYS.contains(&k) {
            true => "filter",
            false => k,
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    format!("{path}?{}", keys.join("&"))
}

/// Every page an `actor` reaches by following Izde's links from `/`, each kind of page once, in
/// `lang`: the pages where English words remain, with those words.
async fn english_left(
    web: &Web,
    lang: &str,
    kept: &std::collections::BTreeSet<String>,
) -> Vec<(String, Vec<String>)> {
    static HREF: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r#"href="(/[^"]*)""#).unwrap());
    let cookie = format!(
        "{}; izde-lang={lang}",
        web.cookie.clone().unwrap_or_default()
    );
    let web = browser(web, Some(cookie));
    let mut seen = std::collections::BTreeSet::new();
    let mut queue = std::collections::VecDeque::from(["/cases".to_string()]);
    seen.insert(kind_of("/cases"));
    let mut found = Vec::new();
    while let Some(path) = queue.pop_front() {
        let page = web.send(get(&path)).await;
        let html = page
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
        if page.status != 200 || !html {
            continue;
        }
        let mut words: Vec<String> = interface_text(&page.body)
            .iter()
            .flat_map(|t| english_words(t, kept))
            .collect();
        words.sort();
        words.dedup();
        if !words.is_empty() {
            found.push((path.clone(), words));
        }
        for link in HREF.captures_iter(&page.body) {
            let href = link[1].replace("&amp;", "&");
            let skipped = ["/logout", "/pkg/", "/api/", "/evidence/", "/export/"]
                .iter()
                .any(|p| href.starts_with(p))
                || href.contains("download")
                || href.starts_with("/favicon");
            if !skipped && seen.insert(kind_of(&href)) {
                queue.push_back(href);
            }
        }
    }
    found
}

#[tokio::test]
async fn no_english_is_left_on_any_page_in_another_language() {
    let app = spawn_app().await;
    izde::server::ops::demo::load_demo_cases(&app.cx, app.dir.path())
        .await
        .unwrap();
    let admin = app.web().await;
    let reader = app.user("aigerim", Role::Researcher).await;
    let researcher = app.web_as(&reader).await;
    let kept = proper_names(&app).await;
    let mut report = String::new();
    for lang in ["kk", "ru", "ug", "zh"] {
        for (who, web) in [("admin", &admin), ("researcher", &researcher)] {
            for (page, words) in english_left(web, lang, &kept).await {
                report.push_str(&format!("{lang} {who} {page}: {}\n", words.join(" ")));
            }
        }
    }
    assert!(report.is_empty(), "English left:\n{report}");
}
