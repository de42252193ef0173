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

    let (status, _, html) = send(&router, get("/cases")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Бақытжан Ерланұлы"));
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
