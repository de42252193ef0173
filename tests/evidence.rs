//! The evidence locker (issue 19): files uploaded to a case as a stream, stored sealed in chunks
//! (in the data directory, or in S3-compatible object storage when `IZDE_TEST_BLOBS=s3`), read
//! back by range, refused to those who may not read the case, and checked by `verify`.
#![cfg(feature = "ssr")]

mod common;

use common::{get, intake, on_s3, spawn_app, TestApp, Web};
use izde::domain::account::Role;
use izde::server::crypto::chunks::{CHUNK_SIZE, TAG_SIZE};

const BOUNDARY: &str = "----izde-test-boundary-7MA4YWxkTrZu0gW";

/// The multipart body a browser sends for the upload form: `attach`, then `file`.
fn multipart(attach: &str, name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"attach\"\r\n\r\n{attach}\r\n\
             --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    body
}

fn upload_request(case: &str, body: axum::body::Body) -> axum::http::Request<axum::body::Body> {
    axum::http::Request::post(format!("/cases/{case}/evidence/new"))
        .header(
            axum::http::header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(axum::http::header::ACCEPT, "text/html")
        .body(body)
        .unwrap()
}

async fn upload(web: &Web, case: &str, attach: &str, name: &str, bytes: &[u8]) -> common::Answer {
    web.send(upload_request(
        case,
        axum::body::Body::from(multipart(attach, name, bytes)),
    ))
    .await
}

/// A text of `len` bytes that says something no stored byte may show.
fn testimony_text(len: usize) -> Vec<u8> {
    let line = b"My brother Nurlan Seitkali was taken to the camp in Ghulja in May 2017. ";
    line.iter().copied().cycle().take(len).collect()
}

/// The file id an upload's redirect names.
fn file_of(answer: &common::Answer) -> String {
    let location = answer.location().expect("a redirect to the case page");
    location
        .split("#evidence-")
        .nth(1)
        .expect("the redirect names the file")
        .to_string()
}

/// Where the sealed bytes of `file` are on disk: the data directory's evidence/ folder, or the
/// test S3 server's root (bucket folder, object named by the file's id).
fn blob_path(app: &TestApp, file: &str) -> std::path::PathBuf {
    if on_s3() {
        let root = std::env::var("IZDE_TEST_S3_ROOT").unwrap();
        let bucket = std::env::var("IZDE_TEST_S3_BUCKET").unwrap();
        let prefix = app.storage.s3.as_ref().unwrap().prefix.clone().unwrap();
        std::path::Path::new(&root)
            .join(bucket)
            .join(prefix)
            .join(file)
    } else {
        app.dir.path().join("evidence").join(file)
    }
}

/// Every stored object of this installation's files (by the ids in its database).
async fn stored_ids(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar("SELECT id FROM evidence_files")
        .fetch_all(&app.pool)
        .await
        .unwrap()
}

fn sha256sum(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("original");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("sha256sum")
        .arg(&path)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()[..64].to_string()
}

#[tokio::test]
async fn an_upload_is_stored_sealed_hashed_and_read_back_whole_or_by_range() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let case = app.create_as(&volunteer, &intake("Nurlan Seitkali")).await;
    let web = app.web_as(&volunteer).await;
    let original = testimony_text(3 * CHUNK_SIZE as usize + 12_345);
    let name = "Nurlan Seitkali court notice.txt";

    let answer = upload(&web, &case, "case", name, &original).await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    let file = file_of(&answer);

    // The stored form: exactly the sealed size, and none of the original's text in it.
    let stored = std::fs::read(blob_path(&app, &file)).unwrap();
    let chunks = (original.len() as u64).div_ceil(CHUNK_SIZE);
    assert_eq!(
        stored.len() as u64,
        original.len() as u64 + chunks * TAG_SIZE
    );
    assert!(!stored.windows(16).any(|w| w == b"Nurlan Seitkali "));
    assert!(!stored.windows(16).any(|w| w == &original[..16]));
    // Nor the file's name or hash in the database's files.
    let hash = sha256sum(&original);
    for raw in app.raw_database_files().await {
        assert!(!raw.windows(name.len()).any(|w| w == name.as_bytes()));
        assert!(!raw.windows(64).any(|w| w == hash.as_bytes()));
    }

    // The case page shows its name, kind and the SHA-256 that `sha256sum` computes.
    let page = web.send(get(&format!("/cases/{case}"))).await;
    assert!(page.body.contains(name), "{}", page.body);
    assert!(page.body.contains(&hash), "{}", page.body);

    // Downloaded whole: the original bytes, under the original name, never cached.
    let whole = web
        .send(get(&format!("/cases/{case}/evidence/{file}/download")))
        .await;
    assert_eq!(whole.status, 200);
    assert_eq!(whole.bytes, original);
    let disposition = whole.headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    assert!(
        disposition.contains("Nurlan%20Seitkali%20court%20notice%2Etxt"),
        "{disposition}"
    );
    assert_eq!(whole.headers["cache-control"], "no-store");

    // A range across a chunk boundary: exactly those bytes.
    let (from, to) = (CHUNK_SIZE - 10, 2 * CHUNK_SIZE + 5);
    let ranged = web
        .send(
            axum::http::Request::get(format!("/cases/{case}/evidence/{file}"))
                .header("Range", format!("bytes={from}-{to}"))
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(ranged.status, 206);
    assert_eq!(ranged.bytes, original[from as usize..=to as usize]);
    assert_eq!(
        ranged.headers["content-range"],
        format!("bytes {from}-{to}/{}", original.len()).as_str()
    );
    // The last bytes, asked as a suffix.
    let tail = web
        .send(
            axum::http::Request::get(format!("/cases/{case}/evidence/{file}"))
                .header("Range", "bytes=-100")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(tail.status, 206);
    assert_eq!(tail.bytes, original[original.len() - 100..]);
    // A range past the end.
    let past = web
        .send(
            axum::http::Request::get(format!("/cases/{case}/evidence/{file}"))
                .header("Range", format!("bytes={}-", original.len() + 5))
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(past.status, 416);

    // Every upload and read is in the audit log.
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE action LIKE 'evidence.%' ORDER BY seq",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        actions,
        [
            "evidence.add",
            "evidence.download",
            "evidence.view",
            "evidence.view",
            "evidence.view"
        ]
    );
}

#[tokio::test]
async fn a_researcher_sees_only_the_kind_and_size_and_is_refused_the_bytes() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let researcher = app.user("rustam", Role::Researcher).await;
    let case = app.create_as(&volunteer, &intake("Nurlan Seitkali")).await;
    let web = app.web_as(&volunteer).await;
    let original = testimony_text(250_000);
    let answer = upload(&web, &case, "case", "Nurlan at the camp.txt", &original).await;
    let file = file_of(&answer);

    let theirs = app.web_as(&researcher).await;
    let page = theirs.send(get(&format!("/cases/{case}"))).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("file, 250 KB"), "{}", page.body);
    assert!(!page.body.contains("Nurlan at the camp"), "{}", page.body);
    assert!(!page.body.contains(&sha256sum(&original)));
    for path in [
        format!("/cases/{case}/evidence/{file}"),
        format!("/cases/{case}/evidence/{file}/download"),
    ] {
        let refused = theirs.send(get(&path)).await;
        assert_eq!(refused.status, 403, "{path}");
        assert!(!refused.bytes.windows(20).any(|w| w == &original[..20]));
    }
    // Nor may they add a file.
    let refused = upload(&theirs, &case, "case", "mine.txt", b"a researcher's file").await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert_eq!(stored_ids(&app).await.len(), 1);
}

#[tokio::test]
async fn a_flipped_byte_or_swapped_chunks_are_found_by_verify_flagged_and_refused() {
    let app = spawn_app().await;
    let case = app.create(&intake("Nurlan Seitkali")).await;
    let web = app.web().await;
    let original = testimony_text(4 * CHUNK_SIZE as usize + 99);
    let file = file_of(&upload(&web, &case, "case", "notice.txt", &original).await);
    let blobs = app.storage.blob_store().unwrap();

    let report = izde::server::evidence::verify_all(&app.cx, &blobs)
        .await
        .unwrap();
    assert_eq!((report.checked, report.damaged.len()), (1, 0));

    let path = blob_path(&app, &file);
    let sound = std::fs::read(&path).unwrap();
    let sealed_chunk = (CHUNK_SIZE + TAG_SIZE) as usize;

    // A byte flipped inside the third chunk.
    let mut flipped = sound.clone();
    flipped[2 * sealed_chunk + 1000] ^= 0x01;
    std::fs::write(&path, &flipped).unwrap();
    let report = izde::server::evidence::verify_all(&app.cx, &blobs)
        .await
        .unwrap();
    assert_eq!(report.damaged, vec![(case.clone(), file.clone())]);
    // The case page flags it, and the file is refused, whole or by range.
    let page = web.send(get(&format!("/cases/{case}"))).await;
    assert!(page.body.contains("damaged"), "{}", page.body);
    let refused = web
        .send(get(&format!("/cases/{case}/evidence/{file}/download")))
        .await;
    assert_eq!(refused.status, 409);
    assert!(!refused.bytes.windows(20).any(|w| w == &original[..20]));

    // Put back: sound again, and the flag goes.
    std::fs::write(&path, &sound).unwrap();
    let report = izde::server::evidence::verify_all(&app.cx, &blobs)
        .await
        .unwrap();
    assert!(report.damaged.is_empty());
    let whole = web
        .send(get(&format!("/cases/{case}/evidence/{file}/download")))
        .await;
    assert_eq!(whole.bytes, original);

    // The first two chunks swapped: each opens only at its own place.
    let mut swapped = sound.clone();
    swapped[..sealed_chunk].copy_from_slice(&sound[sealed_chunk..2 * sealed_chunk]);
    swapped[sealed_chunk..2 * sealed_chunk].copy_from_slice(&sound[..sealed_chunk]);
    std::fs::write(&path, &swapped).unwrap();
    let report = izde::server::evidence::verify_all(&app.cx, &blobs)
        .await
        .unwrap();
    assert_eq!(report.damaged.len(), 1);
    let ranged = web
        .send(
            axum::http::Request::get(format!("/cases/{case}/evidence/{file}"))
                .header("Range", "bytes=10-20")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(ranged.status, 409);

    // Cut after its fourth chunk: the last chunk is missing.
    std::fs::write(&path, &sound[..4 * sealed_chunk]).unwrap();
    let report = izde::server::evidence::verify_all(&app.cx, &blobs)
        .await
        .unwrap();
    assert_eq!(report.damaged.len(), 1);

    // `izde evidence verify` says so, and fails.
    let (ok, output) = common::run(&mut app.izde(&["evidence", "verify"]));
    assert!(!ok, "{output}");
    assert!(output.contains(&file), "{output}");
    std::fs::write(&path, &sound).unwrap();
    let (ok, output) = common::run(&mut app.izde(&["evidence", "verify"]));
    assert!(ok, "{output}");
    assert!(output.contains("checked 1 evidence files"), "{output}");
}

#[tokio::test]
async fn an_upload_cut_off_midway_leaves_nothing_behind() {
    let app = spawn_app().await;
    let case = app.create(&intake("Nurlan Seitkali")).await;
    let web = app.web().await;
    let whole = multipart(
        "case",
        "video.mp4",
        &testimony_text(5 * CHUNK_SIZE as usize),
    );
    let half = whole[..whole.len() / 2].to_vec();
    let body = futures_util::stream::iter(vec![
        Ok(axum::body::Bytes::from(half)),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "the volunteer's connection dropped",
        )),
    ]);
    let answer = web
        .send(upload_request(&case, axum::body::Body::from_stream(body)))
        .await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(answer.body.contains("cut off"), "{}", answer.body);
    assert!(stored_ids(&app).await.is_empty());
    let blobs = app.storage.blob_store().unwrap();
    if !on_s3() {
        // Not even a part file in the folder.
        assert_eq!(
            std::fs::read_dir(app.dir.path().join("evidence"))
                .unwrap()
                .count(),
            0
        );
    }
    assert_eq!(blobs.list().await.unwrap(), Vec::<String>::new());
}

#[tokio::test]
async fn an_empty_file_or_one_over_the_admin_s_limit_is_refused_beside_the_field() {
    let app = spawn_app().await;
    let case = app.create(&intake("Nurlan Seitkali")).await;
    let web = app.web().await;
    let empty = upload(&web, &case, "case", "empty.mp4", b"").await;
    assert_eq!(empty.status, 422, "{}", empty.body);
    assert!(empty.body.contains("This file is empty"), "{}", empty.body);

    let mut conn = app.pool.acquire().await.unwrap();
    izde::server::db::settings::put(
        &mut conn,
        izde::server::evidence::MAX_FILE_SETTING,
        "100000",
    )
    .await
    .unwrap();
    drop(conn);
    let big = upload(&web, &case, "case", "big.mp4", &testimony_text(150_000)).await;
    assert_eq!(big.status, 422, "{}", big.body);
    assert!(big.body.contains("larger than the 100 KB"), "{}", big.body);
    assert!(stored_ids(&app).await.is_empty());
    if !on_s3() {
        assert_eq!(
            std::fs::read_dir(app.dir.path().join("evidence"))
                .unwrap()
                .count(),
            0
        );
    }
    // A testimony of another case is not a place to attach it.
    let other = app.create(&intake("Aigul Zhaksylyk")).await;
    let theirs = app.detail(&other).await.testimonies[0].id;
    let wrong = upload(
        &web,
        &case,
        &format!("testimony:{theirs}"),
        "a.txt",
        b"words",
    )
    .await;
    assert_eq!(wrong.status, 422, "{}", wrong.body);
    assert!(
        wrong.body.contains("not part of this case"),
        "{}",
        wrong.body
    );
    assert!(stored_ids(&app).await.is_empty());
}

#[tokio::test]
async fn an_uploaded_html_or_svg_file_is_served_as_a_download_and_never_rendered() {
    let app = spawn_app().await;
    let case = app.create(&intake("Nurlan Seitkali")).await;
    let web = app.web().await;
    for (name, content) in [
        (
            "page.html",
            &b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"[..],
        ),
        (
            "drawing.svg",
            &b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"[..],
        ),
    ] {
        let file = file_of(&upload(&web, &case, "case", name, content).await);
        let served = web
            .send(get(&format!("/cases/{case}/evidence/{file}")))
            .await;
        assert_eq!(served.status, 200);
        assert_eq!(served.headers["content-type"], "application/octet-stream");
        assert!(served.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment"));
        assert_eq!(served.headers["x-content-type-options"], "nosniff");
        assert!(served.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox"));
    }
}

#[tokio::test]
async fn an_admin_sets_the_largest_file_and_the_archiver_s_hosts_on_the_settings_page() {
    let app = spawn_app().await;
    let case = app.create(&intake("Nurlan Seitkali")).await;
    let web = app.web().await;
    let page = web.send(get("/admin/accounts")).await;
    assert!(page.body.contains("Largest file (MB)"), "{}", page.body);
    assert!(page.body.contains("value=\"2148\""), "{}", page.body);

    let bad = web
        .send(common::post(
            "/admin/evidence-settings",
            &[
                ("max_file_mb", "two gigabytes"),
                ("allowed_hosts", "http://archive/x"),
            ],
        ))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(
        bad.body.contains("A whole number of megabytes"),
        "{}",
        bad.body
    );
    assert!(bad.body.contains("is not a host name"), "{}", bad.body);

    let saved = web
        .send(common::post(
            "/admin/evidence-settings",
            &[
                ("max_file_mb", "1"),
                ("allowed_hosts", "archive.example.org, 10.0.0.5"),
            ],
        ))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = web.send(get("/admin/accounts")).await;
    assert!(
        page.body.contains("archive.example.org, 10.0.0.5"),
        "{}",
        page.body
    );
    let big = upload(&web, &case, "case", "big.webm", &testimony_text(1_500_000)).await;
    assert_eq!(big.status, 422, "{}", big.body);
    assert!(big.body.contains("larger than the 1 MB"), "{}", big.body);

    // Not for a volunteer.
    let volunteer = app.user("vera", Role::Volunteer).await;
    let refused = app
        .web_as(&volunteer)
        .await
        .send(common::post(
            "/admin/evidence-settings",
            &[("max_file_mb", "100000")],
        ))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
}

#[tokio::test]
async fn erasing_a_case_removes_its_files_from_the_store() {
    let app = spawn_app().await;
    let case = app.create(&intake("Nurlan Seitkali")).await;
    let web = app.web().await;
    let file = file_of(&upload(&web, &case, "case", "notice.txt", &testimony_text(200_000)).await);
    let blobs = app.storage.blob_store().unwrap();
    assert_eq!(blobs.list().await.unwrap(), vec![file.clone()]);
    let revision = app.detail(&case).await.revision.to_string();
    let erased = web
        .send(common::post(
            &format!("/cases/{case}/erase"),
            &[
                ("revision", revision.as_str()),
                ("reason", "The family asked for the record to be removed."),
                ("confirm", "yes"),
            ],
        ))
        .await;
    assert_eq!(erased.status, 303, "{}", erased.body);
    assert!(stored_ids(&app).await.is_empty());
    assert_eq!(blobs.list().await.unwrap(), Vec::<String>::new());
    assert!(!blob_path(&app, &file).exists());
}

/// A multipart body of text fields, then (if any) the file field `name` with `filename`.
fn multipart_form(fields: &[(String, String)], file: Option<(&str, &str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((name, filename, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; \
                 filename=\"{filename}\"\r\nContent-Type: video/mp4\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// The intake form's fields as a browser sends them (the page has no `revision` field; the
/// serialized form has two, from the parts it shares with the edit forms).
fn intake_fields(form: &izde::domain::forms::IntakeForm) -> Vec<(String, String)> {
    let pairs: Vec<(String, String)> =
        serde_html_form::from_str(&serde_html_form::to_string(form).unwrap()).unwrap();
    pairs.into_iter().filter(|(k, _)| k != "revision").collect()
}

fn post_multipart(uri: &str, body: Vec<u8>) -> axum::http::Request<axum::body::Body> {
    axum::http::Request::post(uri)
        .header(
            axum::http::header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(axum::http::header::ACCEPT, "text/html")
        .body(axum::body::Body::from(body))
        .unwrap()
}

#[tokio::test]
async fn the_intake_stores_the_testimony_s_recording_with_it_in_one_save() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let web = app.web_as(&volunteer).await;
    let recording = testimony_text(300_000);
    let fields = intake_fields(&intake("Nurlan Seitkali"));
    let saved = web
        .send(post_multipart(
            "/cases/new",
            multipart_form(
                &fields,
                Some(("recording", "testimony 2019.mp4", &recording)),
            ),
        ))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let case = saved
        .location()
        .unwrap()
        .trim_start_matches("/cases/")
        .to_string();
    let detail = app.detail(&case).await;
    assert_eq!(detail.evidence.len(), 1);
    let item = &detail.evidence[0];
    assert_eq!(
        (item.attached_kind.as_str(), item.attached_id.clone()),
        ("testimony", detail.testimonies[0].id.to_string())
    );
    assert_eq!(item.name.as_deref(), Some("testimony 2019.mp4"));
    assert_eq!(item.sha256.as_deref(), Some(sha256sum(&recording).as_str()));

    // Without a file the multipart intake saves as before.
    let fields = intake_fields(&intake("Aigul Zhaksylyk"));
    let saved = web
        .send(post_multipart("/cases/new", multipart_form(&fields, None)))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(stored_ids(&app).await.len(), 1);
}

#[tokio::test]
async fn an_intake_that_is_not_saved_keeps_nothing_of_its_recording_and_asks_for_it_again() {
    let app = spawn_app().await;
    let web = app.web().await;
    let before = app.row_counts().await;
    let mut form = intake("Nurlan Seitkali");
    form.person.last_contact_date = "2019-13-45".into();
    let saved = web
        .send(post_multipart(
            "/cases/new",
            multipart_form(
                &intake_fields(&form),
                Some(("recording", "testimony.mp4", &testimony_text(200_000))),
            ),
        ))
        .await;
    assert_eq!(saved.status, 422, "{}", saved.body);
    assert!(saved.body.contains("choose it again"), "{}", saved.body);
    // What was typed comes back.
    assert!(saved.body.contains("Nurlan Seitkali"), "{}", saved.body);
    assert_eq!(app.row_counts().await, before);
    assert!(stored_ids(&app).await.is_empty());
    let blobs = app.storage.blob_store().unwrap();
    assert_eq!(blobs.list().await.unwrap(), Vec::<String>::new());
}
