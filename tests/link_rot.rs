//! Link rot (issue 19): a source's web page archived into the evidence locker, then re-checked as
//! it stays, changes and is taken down — against a real local HTTP server that serves, changes and
//! removes the page. The fetcher refuses private addresses unless an admin allowed the host.
#![cfg(feature = "ssr")]

mod common;

use common::{get, intake, post, spawn_app, TestApp};
use izde::domain::forms::SourceForm;
use std::sync::{Arc, Mutex};

/// A page that a test can change: its status and body.
#[derive(Clone)]
struct Page(Arc<Mutex<(u16, String)>>);

impl Page {
    fn set(&self, status: u16, body: &str) {
        *self.0.lock().unwrap() = (status, body.to_string());
    }
}

/// A local web server on a free port: `/video` answers the page as it is now; `/moved` redirects
/// to `/video`; `/to-private` redirects to a private address. Returns its address.
async fn platform(page: Page) -> String {
    use axum::response::{IntoResponse, Redirect};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new()
        .route(
            "/video",
            axum::routing::get(move || {
                let page = page.clone();
                async move {
                    let (status, body) = page.0.lock().unwrap().clone();
                    (axum::http::StatusCode::from_u16(status).unwrap(), body).into_response()
                }
            }),
        )
        .route(
            "/moved",
            axum::routing::get(|| async { Redirect::temporary("/video") }),
        )
        .route(
            "/to-private",
            axum::routing::get(|| async { Redirect::temporary("http://10.0.0.1/video") }),
        );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

async fn allow(app: &TestApp, hosts: &str) {
    let mut conn = app.pool.acquire().await.unwrap();
    izde::server::db::settings::put(
        &mut conn,
        izde::server::evidence::fetch::ALLOWED_HOSTS_SETTING,
        hosts,
    )
    .await
    .unwrap();
}

async fn source_at(app: &TestApp, case: &str, url: &str) -> String {
    let form = SourceForm {
        source_type: "media_report".into(),
        source_title: "Video testimony on a platform".into(),
        source_reference: url.into(),
        source_reliability: "B".into(),
        source_credibility: "2".into(),
        ..SourceForm::default()
    };
    app.add_source(case, &form).await.unwrap().to_string()
}

async fn state_of(app: &TestApp, source: &str) -> String {
    sqlx::query_scalar("SELECT state FROM source_archives WHERE source_id = $1")
        .bind(source)
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

const PAGE: &str =
    "<html><body><h1>Testimony 1021</h1><p>My father was taken in 2018.</p></body></html>";

// Several threads: the local server must answer while the command line runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_archived_page_is_found_unchanged_then_changed_then_taken_down_and_its_copy_stays() {
    let app = spawn_app().await;
    let page = Page(Arc::new(Mutex::new((200, PAGE.into()))));
    let base = platform(page.clone()).await;
    allow(&app, "127.0.0.1").await;
    let case = app.create(&intake("Nurlan Seitkali")).await;
    // Archived through a redirect: the final address is kept.
    let source = source_at(&app, &case, &format!("{base}/moved")).await;
    let web = app.web().await;

    // The case page offers it; the archive page explains it.
    let page_html = web.send(get(&format!("/cases/{case}"))).await.body;
    assert!(page_html.contains(&format!("/cases/{case}/sources/{source}/archive")));
    let form = web
        .send(get(&format!("/cases/{case}/sources/{source}/archive")))
        .await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Archive now"), "{}", form.body);

    let archived = web
        .send(post(
            &format!("/cases/{case}/sources/{source}/archive"),
            &[],
        ))
        .await;
    assert_eq!(archived.status, 303, "{}", archived.body);
    assert_eq!(state_of(&app, &source).await, "alive");
    let (final_url, status): (String, i64) =
        sqlx::query_as("SELECT final_url, http_status FROM source_archives WHERE source_id = $1")
            .bind(&source)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!((final_url, status), (format!("{base}/video"), 200));
    // The snapshot is a file of the source, whose bytes are the page's.
    let detail = app.detail(&case).await;
    let snapshot = detail
        .evidence
        .iter()
        .find(|e| e.attached_kind == "source" && e.attached_id == source)
        .expect("the snapshot is in the case's files")
        .clone();
    let copy = web
        .send(get(&format!(
            "/cases/{case}/evidence/{}/download",
            snapshot.id
        )))
        .await;
    assert_eq!(copy.body, PAGE);

    let recheck = || izde::server::evidence::archive::recheck_all(&app.cx);
    let r = recheck().await.unwrap();
    assert_eq!((r.checked, r.alive, r.changed, r.gone), (1, 1, 0, 0));
    assert_eq!(state_of(&app, &source).await, "alive");

    // Edited on the platform: changed.
    page.set(
        200,
        "<html><body><h1>Testimony 1021</h1><p>[edited]</p></body></html>",
    );
    let r = recheck().await.unwrap();
    assert_eq!(r.changed, 1);
    assert_eq!(state_of(&app, &source).await, "changed");
    let page_html = web.send(get(&format!("/cases/{case}"))).await.body;
    assert!(
        page_html.contains("Changed since it was archived"),
        "{page_html}"
    );

    // Taken down: 404, then a platform's "removed" page with 200 — gone either way.
    page.set(404, "Not Found");
    let r = recheck().await.unwrap();
    assert_eq!(r.gone, 1);
    assert_eq!(state_of(&app, &source).await, "gone");
    page.set(200, "<html><h1>Video unavailable</h1><p>This video has been removed by the uploader.</p></html>");
    assert_eq!(recheck().await.unwrap().gone, 1);
    let page_html = web.send(get(&format!("/cases/{case}"))).await.body;
    assert!(page_html.contains("Taken down"), "{page_html}");
    // The archived copy is still there, whole.
    let copy = web
        .send(get(&format!(
            "/cases/{case}/evidence/{}/download",
            snapshot.id
        )))
        .await;
    assert_eq!(copy.body, PAGE);
    // The statistics count it.
    let stats = web.send(get("/statistics")).await.body;
    assert!(stats.contains("Archived sources: taken down"), "{stats}");

    // Each change of state is in the audit log, once.
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE action LIKE 'source.%' AND record_id = $1 ORDER BY seq",
    )
    .bind(&source)
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        actions,
        [
            "source.create",
            "source.archive",
            "source.changed",
            "source.gone"
        ]
    );

    // Back as archived: the command line says so.
    page.set(200, PAGE);
    let (ok, output) = common::run(&mut app.izde(&["sources", "recheck"]));
    assert!(ok, "{output}");
    assert!(
        output.contains("re-checked 1 archived sources: 1 unchanged"),
        "{output}"
    );
    assert_eq!(state_of(&app, &source).await, "alive");
}

#[tokio::test]
async fn a_url_pointing_at_a_private_address_is_refused_and_nothing_is_kept() {
    let app = spawn_app().await;
    let page = Page(Arc::new(Mutex::new((200, PAGE.into()))));
    let base = platform(page).await;
    let case = app.create(&intake("Nurlan Seitkali")).await;
    let web = app.web().await;
    for url in [
        format!("{base}/video"),
        "http://169.254.169.254/latest/meta-data/".to_string(),
        "http://[::1]/".to_string(),
        "http://10.0.0.1/".to_string(),
    ] {
        let source = source_at(&app, &case, &url).await;
        let refused = web
            .send(post(
                &format!("/cases/{case}/sources/{source}/archive"),
                &[],
            ))
            .await;
        assert_eq!(refused.status, 422, "{url}: {}", refused.body);
        assert!(
            refused.body.contains("private network"),
            "{url}: {}",
            refused.body
        );
    }
    // Allowed host, but a redirect to a private address: refused too.
    allow(&app, "127.0.0.1").await;
    let source = source_at(&app, &case, &format!("{base}/to-private")).await;
    let refused = web
        .send(post(
            &format!("/cases/{case}/sources/{source}/archive"),
            &[],
        ))
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("private network"), "{}", refused.body);
    // A reference that is not a web address has nothing to archive.
    let source = source_at(&app, &case, "Azattyq, 12 May 2019, printed edition").await;
    let refused = web
        .send(post(
            &format!("/cases/{case}/sources/{source}/archive"),
            &[],
        ))
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("not a web address"),
        "{}",
        refused.body
    );

    // A researcher may not archive anything.
    let researcher = app
        .user("rustam", izde::domain::account::Role::Researcher)
        .await;
    let theirs = app.web_as(&researcher).await;
    let refused = theirs
        .send(post(
            &format!("/cases/{case}/sources/{source}/archive"),
            &[],
        ))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);

    let (archives, files): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM source_archives), (SELECT COUNT(*) FROM evidence_files)",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((archives, files), (0, 0));
}
