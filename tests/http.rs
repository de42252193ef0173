//! The web application through its HTTP interface: forms work without JavaScript, errors come back
//! next to their fields with everything typed still there, and nothing sensitive lands in a URL.
#![cfg(feature = "ssr")]

use izde::server::auth::access::Actor;
mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{get, post, spawn_app};

async fn router() -> (common::TestApp, common::Web) {
    let app = spawn_app().await;
    let web = app.web().await;
    (app, web)
}

async fn send(web: &common::Web, request: Request<Body>) -> (StatusCode, Option<String>, String) {
    let answer = web.send(request).await;
    (answer.status, answer.location(), answer.body)
}

#[tokio::test]
async fn an_invalid_intake_comes_back_with_every_value_kept_and_errors_by_their_fields() {
    let (app, router) = router().await;
    let before = app.row_counts().await;
    let (status, location, html) = send(
        &router,
        post(
            "/cases/new",
            &[
                ("testifier_name", "Айгүл Жақсылық"),
                ("relationship", "sister"),
                ("consent", "named"),
                ("name", "نۇرلان سەيىتقالي"),
                ("last_contact_date", "2019-13-45"),
                ("transcript", "Менің ағам 2017 жылы жоғалып кетті."),
            ],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(location, None);
    // Rendered completely, not streamed behind a loading placeholder that needs JavaScript.
    assert!(
        !html.contains("Loading…"),
        "the page must not depend on script to show the form"
    );
    assert!(
        html.contains("value=\"Айгүл Жақсылық\""),
        "the testifier's name is kept"
    );
    assert!(
        html.contains("value=\"نۇرلان سەيىتقالي\""),
        "the Arabic-script name is kept"
    );
    assert!(
        html.contains("Менің ағам 2017 жылы жоғалып кетті."),
        "the transcript is kept"
    );
    assert!(
        html.contains("value=\"2019-13-45\""),
        "the bad date is kept for correction"
    );
    assert!(html.contains("id=\"last_contact_date-error\""));
    assert!(html.contains("month must be between 1 and 12"));
    assert!(
        html.contains("choose the person&#x27;s current status")
            || html.contains("choose the person's current status")
    );
    assert!(html.contains("choose how the testimony was given"));
    assert_eq!(app.row_counts().await, before, "nothing was saved");
}

#[tokio::test]
async fn a_valid_intake_redirects_to_the_new_case_which_shows_the_name() {
    let (_app, router) = router().await;
    let (status, location, _) = send(
        &router,
        post(
            "/cases/new",
            &[
                ("testifier_name", "Gulzhan T."),
                ("relationship", "daughter"),
                ("consent", "anonymized"),
                ("name", "Бақытжан Ерланұлы"),
                ("status", "camp"),
                ("last_contact_date", "May 2017"),
                ("last_contact_location", "cn-xj-tacheng"),
                ("testimony_medium", "video"),
            ],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = location.unwrap();
    assert!(location.starts_with("/cases/"));
    assert!(
        !location.contains("Бақытжан"),
        "no sensitive value in the URL"
    );

    let (status, _, html) = send(&router, get(&location)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Бақытжан Ерланұлы"));
    assert!(html.contains("May 2017"));
    assert!(html.contains("Development key — not for real testimonies."));
    no_record_in_scripts(&html, &["Бақытжан", "Gulzhan"]);

    let (status, _, html) = send(&router, get("/cases")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Бақытжан Ерланұлы"));
    no_record_in_scripts(&html, &["Бақытжан"]);
}

/// A page shows its records as HTML only: none is also serialized into a script for the browser.
fn no_record_in_scripts(html: &str, words: &[&str]) {
    let scripts: Vec<&str> = html
        .split("<script")
        .skip(1)
        .map(|s| s.split("</script>").next().unwrap_or(s))
        .collect();
    assert!(!scripts.is_empty(), "the page loads its bundle");
    for script in scripts {
        for word in words {
            assert!(
                !script.contains(word),
                "{word:?} is in a script: {script:.200}"
            );
        }
    }
}

#[tokio::test]
async fn an_event_form_error_keeps_the_input_and_a_good_event_appears_on_the_timeline() {
    let (app, router) = router().await;
    let id = izde::server::records::create_testimony(
        &app.cx,
        &Actor::System,
        &common::intake("Timeline Person"),
    )
    .await
    .unwrap();
    let uri = format!("/cases/{id}/events/new");
    let (status, _, html) = send(
        &router,
        post(
            &uri,
            &[
                ("kind", "trial"),
                ("date", "2020–2019"),
                ("summary", "Closed trial"),
            ],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("a range must end after it starts"));
    assert!(html.contains("Closed trial"));

    let (status, location, _) = send(
        &router,
        post(
            &uri,
            &[
                ("kind", "trial"),
                ("date", "late 2019"),
                ("summary", "Closed trial"),
            ],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, _, html) = send(&router, get(location.unwrap().split('#').next().unwrap())).await;
    assert!(html.contains("late 2019"));
    assert!(html.contains("Closed trial"));
}

#[tokio::test]
async fn unknown_cases_and_pages_are_not_found() {
    let (_app, router) = router().await;
    let (status, _, html) = send(&router, get("/cases/00000000-0000-0000-0000-000000000000")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Not found"));
    let (status, _, _) = send(&router, get("/no/such/page")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[test]
fn serve_refuses_to_listen_beyond_loopback_on_the_development_key_or_without_an_origin() {
    use izde::server::ops::startup::check_addr;
    let any = "0.0.0.0:3000".parse().unwrap();
    assert!(check_addr("127.0.0.1:3000".parse().unwrap(), None, true).is_ok());
    assert!(check_addr("[::1]:3000".parse().unwrap(), None, true).is_ok());
    let err = check_addr(any, Some("https://izde.example.org"), true).unwrap_err();
    assert!(err.to_string().contains("development key"), "{err}");
    let err = check_addr(any, None, false).unwrap_err();
    assert!(err.to_string().contains("--origin"), "{err}");
    assert!(check_addr(any, Some("https://izde.example.org"), false).is_ok());
}

fn minimal_intake(name: &str) -> Vec<(&'static str, String)> {
    vec![
        ("testifier_name", "Saltanat K.".into()),
        ("relationship", "sister".into()),
        ("consent", "anonymized".into()),
        ("name", name.into()),
        ("status", "camp".into()),
        ("testimony_medium", "video".into()),
    ]
}

fn post_owned(uri: &str, form: &[(&'static str, String)]) -> Request<Body> {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    post(uri, &pairs)
}

#[tokio::test]
async fn an_intake_of_a_person_already_recorded_in_another_script_asks_before_saving() {
    let (app, router) = router().await;
    let existing = app.create(&common::intake("Nurlan Seitkali")).await;
    let before = app.row_counts().await;

    let form = minimal_intake("نۇرلان سەيىتقالي");
    let (status, location, html) = send(&router, post_owned("/cases/new", &form)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(location, None);
    assert!(html.contains("Possibly already recorded"));
    assert!(
        html.contains(&format!("href=\"/cases/{existing}\"")),
        "the candidate is linked"
    );
    assert!(
        html.contains("Nurlan Seitkali"),
        "the candidate's name is shown"
    );
    assert!(
        html.contains("value=\"نۇرلان سەيىتقالي\""),
        "what was typed is kept"
    );
    assert!(html.contains("id=\"name-error\""));
    assert_eq!(app.row_counts().await, before, "nothing was saved");

    // Confirmed as someone else: saved.
    let mut confirmed = form.clone();
    confirmed.push(("not_duplicate", "yes".into()));
    let (status, location, _) = send(&router, post_owned("/cases/new", &confirmed)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location.unwrap().starts_with("/cases/"));

    // A decoy is not asked about.
    let (status, _, _) = send(
        &router,
        post_owned("/cases/new", &minimal_intake("Nurbol Seitkali")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_name_search_is_posted_and_finds_the_person_in_any_script() {
    let (app, router) = router().await;
    let id = app.create(&common::intake("Айгүл Жақсылық")).await;
    app.create(&common::intake("Айгерим Жақсылық")).await;

    let (status, _, html) = send(&router, get("/cases/search")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("method=\"post\" action=\"/cases/search\""));

    let (status, location, html) =
        send(&router, post("/cases/search", &[("q", "Aygul Jaqsylyq")])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(location, None, "no redirect carries the name into a URL");
    assert!(html.contains(&format!("href=\"/cases/{id}\"")));
    assert!(
        html.contains("1 case found"),
        "the decoy Айгерим is not found"
    );
    assert!(html.contains("same name"));
    assert!(
        !html.contains("?q=") && !html.contains("q=Aygul"),
        "the name is in no link"
    );

    let (_, _, html) = send(&router, post("/cases/search", &[("q", "Nobody Atall")])).await;
    assert!(html.contains("No case matches"));
}

/// Several routers built and used at the same moment in one process (as these tests do) all answer.
/// Generating the route list renders the app in a special mode; done per router, it left other
/// routers' page renders waiting forever about one run in five.
#[test]
fn routers_built_at_the_same_moment_all_answer() {
    let (done, finished) = std::sync::mpsc::channel();
    for _ in 0..4 {
        let done = done.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async {
                for _ in 0..3 {
                    let (_app, router) = router().await;
                    let (status, _, html) = send(&router, get("/cases")).await;
                    assert_eq!(status, StatusCode::OK);
                    assert!(html.contains("Cases"));
                }
            });
            done.send(()).unwrap();
        });
    }
    for _ in 0..4 {
        finished
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("a router never answered");
    }
}

/// A site directory as `cargo leptos build --release --precompress` leaves it, with a hash file
/// next to this test binary naming the bundle's files by `hash`.
struct BuiltSite {
    dir: tempfile::TempDir,
    hash_file: std::path::PathBuf,
}

impl BuiltSite {
    fn new(hash: &str) -> BuiltSite {
        let dir = tempfile::tempdir().unwrap();
        let pkg = dir.path().join("pkg");
        std::fs::create_dir_all(&pkg).unwrap();
        for (name, body) in [
            (format!("izde.{hash}.js"), "plain script"),
            (format!("izde.{hash}.js.br"), "brotli script"),
            (format!("izde.{hash}.js.gz"), "gzip script"),
            (format!("izde.{hash}.css"), "body {}"),
        ] {
            std::fs::write(pkg.join(name), body).unwrap();
        }
        let exe_dir = std::env::current_exe()
            .unwrap()
            .parent()
            .unwrap()
            .to_path_buf();
        let hash_file = exe_dir.join(format!("hash-{}.txt", uuid::Uuid::new_v4()));
        std::fs::write(
            &hash_file,
            format!("js: {hash}\nwasm: {hash}\ncss: {hash}\n"),
        )
        .unwrap();
        BuiltSite { dir, hash_file }
    }

    fn options(&self, hash_files: bool) -> leptos::config::LeptosOptions {
        let mut options = izde::server::ops::startup::leptos_options().unwrap();
        options.site_root = self.dir.path().to_str().unwrap().into();
        options.hash_file = self.hash_file.file_name().unwrap().to_str().unwrap().into();
        options.hash_files = hash_files;
        options
    }
}

impl Drop for BuiltSite {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.hash_file);
    }
}

fn get_accepting(uri: &str, encodings: &str) -> Request<Body> {
    Request::get(uri)
        .header("accept-encoding", encodings)
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn the_bundle_is_named_by_hash_sent_precompressed_and_kept_a_year() {
    let app = spawn_app().await;
    let site = BuiltSite::new("a1b2c3");
    let web = app
        .web_with(&Actor::System, |s| s.leptos_options = site.options(true))
        .await;

    let page = web.send(get("/login")).await;
    assert_eq!(page.status, StatusCode::OK);
    for name in [
        "/pkg/izde.a1b2c3.js",
        "/pkg/izde.a1b2c3.wasm",
        "/pkg/izde.a1b2c3.css",
    ] {
        assert!(page.body.contains(name), "the page should load {name}");
    }
    assert!(
        !page.body.contains("/pkg/izde.js"),
        "no unhashed bundle name"
    );

    for (accepts, encoding, body) in [
        ("br, gzip", Some("br"), "brotli script"),
        ("gzip", Some("gzip"), "gzip script"),
        ("identity", None, "plain script"),
    ] {
        let file = web
            .send(get_accepting("/pkg/izde.a1b2c3.js", accepts))
            .await;
        assert_eq!(file.status, StatusCode::OK, "accepting {accepts}");
        assert_eq!(file.body, body, "accepting {accepts}");
        assert_eq!(
            file.headers
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            encoding,
            "accepting {accepts}"
        );
        assert_eq!(
            file.headers["cache-control"], "public, max-age=31536000, immutable",
            "accepting {accepts}"
        );
    }
    // A page is never cached, whatever the bundle is.
    assert_eq!(page.headers["cache-control"], "no-store");

    // Files whose names do not change with their content are checked again on every use.
    let unhashed = app
        .web_with(&Actor::System, |s| s.leptos_options = site.options(false))
        .await;
    let file = unhashed.send(get("/pkg/izde.a1b2c3.css")).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["cache-control"], "no-cache");
}

/// Issue 17, "Also": a body over the limit gets a page that says what happened and leads back to
/// the form (never a bare 413), whether or not it declared its length, on a form and on a server
/// function alike; a field over its own limit gets its error beside it; nothing is saved.
#[tokio::test]
async fn oversized_posts_get_a_page_with_a_way_back_and_nothing_is_saved() {
    use axum::http::header;
    let app = spawn_app().await;
    let volunteer = app
        .user("vera", izde::domain::account::Role::Volunteer)
        .await;
    let web = app.web_as(&volunteer).await;
    let huge = "x".repeat(izde::server::http::extract::MAX_FORM_BYTES + 1);
    let form = [
        ("person.name", "Oversized Person"),
        ("transcript", huge.as_str()),
    ];

    // Streamed (no declared length): cut while it is read.
    let streamed = web.send(post("/cases/new", &form)).await;
    // Declared: refused before it is read.
    let mut declared = post("/cases/new", &form);
    let length = serde_html_form::to_string(form).unwrap().len();
    declared
        .headers_mut()
        .insert(header::CONTENT_LENGTH, length.to_string().parse().unwrap());
    let declared = web.send(declared).await;
    // A server function's endpoint.
    let mut function = post("/api/cases/list", &[("filter", huge.as_str())]);
    function.headers_mut().insert(
        header::CONTENT_LENGTH,
        (huge.len() + 7).to_string().parse().unwrap(),
    );
    let function = web.send(function).await;
    for (what, answer, back) in [
        ("streamed form", &streamed, "/cases/new"),
        ("declared form", &declared, "/cases/new"),
        ("server function", &function, "/"),
    ] {
        assert_eq!(answer.status, 413, "{what}");
        assert!(
            answer.body.contains("Nothing was"),
            "{what}: {}",
            answer.body
        );
        assert!(
            answer.body.contains(&format!("href=\"{back}\"")),
            "{what}: {}",
            answer.body
        );
        assert!(answer.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
    }

    // Under the body limit, a field over its own limit: its error beside it, the form kept.
    let long_name = "N".repeat(izde::domain::forms::MAX_SHORT + 1);
    let answer = web
        .send(post("/cases/new", &[("name", long_name.as_str())]))
        .await;
    assert_eq!(answer.status, 422);
    let error = answer
        .body
        .split("id=\"name-error\"")
        .nth(1)
        .and_then(|rest| rest.split("</").next())
        .unwrap_or_else(|| panic!("no error beside the name: {}", answer.body));
    assert!(error.contains("300"), "the limit is named: {error}");
    assert_eq!(
        app.row_counts().await.iter().map(|(_, n)| n).sum::<i64>(),
        0,
        "nothing was saved"
    );
}
