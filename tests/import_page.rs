//! The import page (issue 21): an upload held in memory, its check (a dry run) and mapping step,
//! the import in the background with its progress, and the rejected rows to download — for the
//! uploader only. On SQLite, and on PostgreSQL with IZDE_TEST_BACKEND=postgres.

mod common;

use common::*;
use izde::domain::account::Role;

const BOUNDARY: &str = "----izde-import-boundary-Xq83hPzL0w";

/// No column says how the testimony was given: the mapping step asks for it.
const HEADER: &str =
    "external_ref,name,birth_year,status,legal_charge,testifier_name,relationship,consent";

/// Two good rows (lines 2 and 5), a charge not in the list (3) and a row without a name (4).
fn sheet() -> String {
    [
        HEADER,
        "R1,Nurlanbek Sagyntaev,1975,detained,extremism,Aigerim Sagyntaeva,sister,anonymized",
        "R2,Gulbahar Tursunbaeva,1980,sentenced,spreading rumours,Marat Tursunbaev,brother,anonymized",
        "R3,,1982,missing,,Asel Omarova,sister,anonymized",
        "R4,Yerlan Kadyrbekov,1990,missing,,Dana Kadyrbekova,wife,anonymized",
    ]
    .join("\n")
        + "\n"
}

/// The multipart body the upload form sends: the file, then (if any) the mapping file.
fn multipart(name: &str, bytes: &[u8], mapping: Option<&str>) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: text/csv\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(b"\r\n");
    let (filename, text) = match mapping {
        Some(text) => ("mapping.toml", text),
        None => ("", ""),
    };
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"mapping\"; filename=\"{filename}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n{text}\r\n--{BOUNDARY}--\r\n"
        )
        .as_bytes(),
    );
    body
}

fn upload_request(body: axum::body::Body) -> axum::http::Request<axum::body::Body> {
    axum::http::Request::post("/import")
        .header(
            axum::http::header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(axum::http::header::ACCEPT, "text/html")
        .body(body)
        .unwrap()
}

async fn upload(web: &Web, name: &str, bytes: &[u8], mapping: Option<&str>) -> Answer {
    web.send(upload_request(axum::body::Body::from(multipart(
        name, bytes, mapping,
    ))))
    .await
}

/// Uploads `bytes`; the job's page address.
async fn uploaded(web: &Web, bytes: &[u8], mapping: Option<&str>) -> String {
    let answer = upload(web, "cases.csv", bytes, mapping).await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    let to = answer.location().unwrap();
    assert!(to.starts_with("/import/"), "{to}");
    to
}

/// The job's page once no run is going (it refreshes itself while one is).
async fn settled(web: &Web, page: &str) -> Answer {
    for _ in 0..600 {
        let answer = web.send(get(page)).await;
        if !answer.body.contains("http-equiv=\"refresh\"") {
            return answer;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{page} is still running");
}

async fn cases(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM cases")
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

/// Every file under `dir`, read.
fn files_under(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path, bytes));
        }
    }
}

/// The mapping step's choices as the page sends them, with `changes` made.
fn choices(changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = vec![
        ("column-0".into(), "external_ref".into()),
        ("column-1".into(), "name".into()),
        ("column-2".into(), "birth_year".into()),
        ("column-3".into(), "status".into()),
        ("column-4".into(), "legal_charge".into()),
        ("column-5".into(), "testifier_name".into()),
        ("column-6".into(), "relationship".into()),
        ("column-7".into(), "consent".into()),
        ("default-testimony_medium".into(), "written".into()),
    ];
    for (k, v) in changes {
        match form.iter_mut().find(|(key, _)| key == k) {
            Some(pair) => pair.1 = v.to_string(),
            None => form.push((k.to_string(), v.to_string())),
        }
    }
    form
}

async fn post_choices(web: &Web, page: &str, form: &[(String, String)]) -> Answer {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    web.send(post(page, &pairs)).await
}

#[tokio::test]
async fn a_researcher_is_refused_the_page_and_the_upload() {
    let app = spawn_app().await;
    let reader = app.user("aigerim", Role::Researcher).await;
    let web = app.web_as(&reader).await;
    let page = web.send(get("/import")).await;
    assert_eq!(page.status, 403, "{}", page.body);
    assert!(page.body.contains("may not enter"), "{}", page.body);
    assert!(!page.body.contains("type=\"file\""), "no upload form");
    let refused = upload(&web, "cases.csv", sheet().as_bytes(), None).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(refused.location().is_none());
    // The navigation offers the page to those who may use it only.
    let list = web.send(get("/cases")).await;
    assert!(!list.body.contains("href=\"/import\""));
    let admin = app.web().await;
    let list = admin.send(get("/cases")).await;
    assert!(list.body.contains("href=\"/import\""), "{}", list.body);
}

#[tokio::test]
async fn another_account_cannot_see_a_job_or_its_rejected_rows() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let other = app.user("oleg", Role::Volunteer).await;
    let web = app.web_as(&vera).await;
    let page = uploaded(&web, sheet().as_bytes(), None).await;
    let mine = settled(&web, &page).await;
    assert_eq!(mine.status, 200, "{}", mine.body);

    let theirs = app.web_as(&other).await;
    let seen = theirs.send(get(&page)).await;
    assert_eq!(seen.status, 404, "{}", seen.body);
    assert!(!seen.body.contains("Nurlanbek"));
    let posted = post_choices(&theirs, &page, &choices(&[("action", "import")])).await;
    assert_eq!(posted.status, 404);
    let rejects = theirs.send(get(&format!("{page}/rejects.csv"))).await;
    assert_eq!(rejects.status, 404);
    // Nor does an admin see another account's upload.
    let admin = app.web().await;
    assert_eq!(admin.send(get(&page)).await.status, 404);
    assert_eq!(cases(&app).await, 0);
    // And the uploader's own list of uploads has it.
    let list = web.send(get("/import")).await;
    assert!(
        list.body.contains(&format!("href=\"{page}\"")),
        "{}",
        list.body
    );
    assert!(!theirs.send(get("/import")).await.body.contains(&page));
}

#[tokio::test]
async fn an_oversized_upload_gets_the_form_again_with_the_reason() {
    let app = spawn_app().await;
    let web = app.web().await;
    // A body that says it is too large is refused before it is read.
    let mut declared = upload_request(axum::body::Body::from(multipart(
        "big.csv",
        b"name\nx\n",
        None,
    )));
    declared.headers_mut().insert(
        axum::http::header::CONTENT_LENGTH,
        axum::http::HeaderValue::from(200_000_000u64),
    );
    let answer = web.send(declared).await;
    assert_eq!(answer.status, 413, "{}", answer.body);
    assert!(answer.body.contains("larger than 50 MB"), "{}", answer.body);
    assert!(
        answer.body.contains("action=\"/import\""),
        "the form is there to try again"
    );
    // One that does not say its length is stopped at the limit as it is read.
    let head = multipart("big.csv", b"", None);
    let split = head
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .unwrap();
    let chunk = axum::body::Bytes::from(vec![b'a'; 1024 * 1024]);
    let mut parts: Vec<Result<axum::body::Bytes, std::io::Error>> =
        vec![Ok(axum::body::Bytes::from(head[..split].to_vec()))];
    parts.extend((0..51).map(|_| Ok(chunk.clone())));
    parts.push(Ok(axum::body::Bytes::from(head[split..].to_vec())));
    let streamed = web
        .send(upload_request(axum::body::Body::from_stream(
            futures_util::stream::iter(parts),
        )))
        .await;
    assert_eq!(streamed.status, 413, "{}", streamed.body);
    assert!(streamed.body.contains("larger than 50 MB"));
    assert!(streamed.body.contains("<html"), "a page, not a bare status");
    // An empty file, or none, is said beside the field.
    let empty = upload(&web, "empty.csv", b"", None).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("This file is empty"), "{}", empty.body);
    // Nothing was kept of any of them.
    assert!(!web.send(get("/import")).await.body.contains("Your uploads"));
}

#[tokio::test]
async fn a_bad_mapping_file_is_refused_beside_its_field() {
    let app = spawn_app().await;
    let web = app.web().await;
    let bad = upload(
        &web,
        "cases.csv",
        sheet().as_bytes(),
        Some("[defaults]\ntestimony_medium = \"carrier pigeon\"\n"),
    )
    .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(bad.body.contains("id=\"mapping-error\""), "{}", bad.body);
    assert!(bad.body.contains("not in its list"), "{}", bad.body);
}

#[tokio::test]
async fn the_check_imports_nothing_then_the_import_takes_the_good_rows_and_offers_the_bad() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let web = app.web_as(&vera).await;
    let page = uploaded(&web, sheet().as_bytes(), None).await;

    // No column says how the testimony was given: the page asks for a value for every row.
    let first = settled(&web, &page).await;
    assert_eq!(first.status, 200, "{}", first.body);
    assert!(
        first.body.contains("id=\"default-testimony_medium-error\""),
        "{}",
        first.body
    );
    assert!(
        first.body.contains("Nothing was imported"),
        "{}",
        first.body
    );
    assert!(
        first
            .body
            .contains("<label for=\"column-1\" dir=\"auto\">name"),
        "{}",
        first.body
    );
    assert_eq!(cases(&app).await, 0);

    // Two columns for one field are refused beside both, and nothing is checked.
    let twice = post_choices(
        &web,
        &page,
        &choices(&[("column-5", "name"), ("action", "check")]),
    )
    .await;
    assert_eq!(twice.status, 422, "{}", twice.body);
    assert!(
        twice.body.contains("id=\"column-1-error\""),
        "{}",
        twice.body
    );
    assert!(
        twice.body.contains("id=\"column-5-error\""),
        "{}",
        twice.body
    );

    // With a value for every row, the dry run reports each bad row by line.
    let checked = post_choices(&web, &page, &choices(&[("action", "check")])).await;
    assert_eq!(checked.status, 303, "{}", checked.body);
    let preview = settled(&web, &page).await;
    let body = &preview.body;
    assert!(body.contains("Import 2 rows"), "{body}");
    assert!(body.contains("id=\"line-3\""), "{body}");
    assert!(body.contains("id=\"line-4\""), "{body}");
    assert!(!body.contains("id=\"line-2\""), "{body}");
    assert!(body.contains("not one of the listed values"), "{body}");
    assert!(body.contains("name is required"), "{body}");
    // The charge not in the list is offered for mapping, the values of rows never in problems.
    assert!(body.contains("spreading rumours"), "{body}");
    assert!(
        !body.contains("Gulbahar"),
        "the rejected row's name is not on the page"
    );
    assert_eq!(cases(&app).await, 0, "a check imports nothing");

    // The import takes the two good rows.
    let import = post_choices(&web, &page, &choices(&[("action", "import")])).await;
    assert_eq!(import.status, 303, "{}", import.body);
    let report = settled(&web, &page).await;
    assert!(report.body.contains("Import finished"), "{}", report.body);
    assert!(report.body.contains("rejected-rows.csv"), "{}", report.body);
    assert_eq!(cases(&app).await, 2);

    // The rejected rows, as they were, with their line and problems: for the uploader only.
    let rejects = web.send(get(&format!("{page}/rejects.csv"))).await;
    assert_eq!(rejects.status, 200);
    assert_eq!(
        rejects.headers[axum::http::header::CONTENT_DISPOSITION],
        "attachment; filename=\"rejected-rows.csv\""
    );
    assert_eq!(
        rejects.headers[axum::http::header::CACHE_CONTROL],
        "no-store"
    );
    let csv = rejects.body.trim_start_matches('\u{feff}');
    assert!(
        csv.starts_with(&format!("{HEADER},import_line,import_problem")),
        "{csv}"
    );
    assert!(csv.contains("Gulbahar Tursunbaeva"), "{csv}");
    assert!(csv.contains("Asel Omarova"), "{csv}");
    assert!(!csv.contains("Nurlanbek"), "{csv}");
    assert!(!csv.contains("Yerlan"), "{csv}");
    let other = app.user("oleg", Role::Volunteer).await;
    let theirs = app.web_as(&other).await;
    assert_eq!(
        theirs
            .send(get(&format!("{page}/rejects.csv")))
            .await
            .status,
        404
    );

    // The fixed rows, uploaded again with a mapping for the charge, import the rest.
    // (The two columns the download adds are not imported: they may stay.)
    let fixed = csv.replace("R3,,1982", "R3,Asel Omarov,1982");
    let again = uploaded(
        &web,
        fixed.as_bytes(),
        Some("[values.legal_charge]\n\"spreading rumours\" = \"extremism\"\n\n[defaults]\ntestimony_medium = \"written\"\n"),
    )
    .await;
    let preview = settled(&web, &again).await;
    assert!(preview.body.contains("Import 2 rows"), "{}", preview.body);
    let import = web.send(post(&again, &[("action", "import")])).await;
    assert_eq!(import.status, 303, "{}", import.body);
    let report = settled(&web, &again).await;
    assert!(report.body.contains("Import finished"), "{}", report.body);
    assert!(
        !report.body.contains("rejected-rows.csv"),
        "{}",
        report.body
    );
    assert_eq!(cases(&app).await, 4);

    // Nothing of either upload is on the server's disk: the data directory holds no name of
    // them, nor do the database's files.
    let mut files = Vec::new();
    files_under(app.dir.path(), &mut files);
    let raw = app.raw_database_files().await;
    for name in [
        "Nurlanbek",
        "Gulbahar",
        "Asel Omarov",
        "Yerlan",
        "Kadyrbekova",
        "spreading rumours",
    ] {
        let finder = aho_corasick::AhoCorasick::new([name]).unwrap();
        for (path, bytes) in &files {
            assert!(!finder.is_match(bytes), "{} holds {name:?}", path.display());
        }
        for (i, bytes) in raw.iter().enumerate() {
            assert!(!finder.is_match(bytes), "database file {i} holds {name:?}");
        }
    }
}

#[tokio::test]
async fn a_value_not_in_the_list_is_mapped_on_the_page() {
    let app = spawn_app().await;
    let web = app.web().await;
    let page = uploaded(
        &web,
        sheet().as_bytes(),
        Some("[defaults]\ntestimony_medium = \"written\"\n"),
    )
    .await;
    let preview = settled(&web, &page).await;
    assert!(preview.body.contains("Import 2 rows"), "{}", preview.body);
    // The unknown charge is the first value listed: it means extremism.
    assert!(
        preview
            .body
            .contains("<input type=\"hidden\" name=\"value-0-text\" value=\"spreading rumours\""),
        "{}",
        preview.body
    );
    let checked = post_choices(
        &web,
        &page,
        &choices(&[
            ("value-0-field", "legal_charge"),
            ("value-0-text", "spreading rumours"),
            ("value-0", "extremism"),
            ("action", "import"),
        ]),
    )
    .await;
    // The mapping changed since the check: it is checked again, not imported.
    assert_eq!(checked.status, 303, "{}", checked.body);
    let preview = settled(&web, &page).await;
    assert!(preview.body.contains("Import 3 rows"), "{}", preview.body);
    assert_eq!(cases(&app).await, 0);
    let import = web.send(post(&page, &[("action", "import")])).await;
    assert_eq!(import.status, 303);
    let report = settled(&web, &page).await;
    assert!(report.body.contains("Import finished"), "{}", report.body);
    assert_eq!(cases(&app).await, 3);
    // The same file again: nothing to do.
    let same = uploaded(
        &web,
        sheet().as_bytes(),
        Some("[defaults]\ntestimony_medium = \"written\"\n"),
    )
    .await;
    let answer = settled(&web, &same).await;
    assert!(
        answer.body.contains("was imported to its end"),
        "{}",
        answer.body
    );
    assert!(!answer.body.contains("name=\"action\""), "{}", answer.body);
}

#[tokio::test]
async fn a_file_the_check_found_right_imports_at_the_first_click() {
    let app = spawn_app().await;
    let web = app.web().await;
    let page = uploaded(
        &web,
        sheet().as_bytes(),
        Some("[defaults]\ntestimony_medium = \"written\"\n"),
    )
    .await;
    let preview = settled(&web, &page).await;
    assert!(preview.body.contains("Import 2 rows"), "{}", preview.body);
    // The form names every column the check matched by its header: the same mapping.
    let import = post_choices(&web, &page, &choices(&[("action", "import")])).await;
    assert_eq!(import.status, 303, "{}", import.body);
    let report = settled(&web, &page).await;
    assert!(report.body.contains("Import finished"), "{}", report.body);
    assert_eq!(cases(&app).await, 2);
    // Done: nothing more is checked or imported from it.
    let again = post_choices(&web, &page, &choices(&[("action", "import")])).await;
    assert_eq!(again.status, 303);
    settled(&web, &page).await;
    assert_eq!(cases(&app).await, 2);
}

/// The English sentences of the import page (its messages without variables, of some length).
fn english_sentences() -> Vec<String> {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/import.ftl"),
    )
    .unwrap();
    text.lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.contains('{') && v.len() > 12)
        .collect()
}

#[tokio::test]
async fn the_pages_speak_the_reader_s_language() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let web = app.web_as(&vera).await;
    let english = english_sentences();
    assert!(english.len() > 30);
    let page = uploaded(&web, sheet().as_bytes(), None).await;
    settled(&web, &page).await;
    for lang in ["kk", "ru", "ug", "zh"] {
        let mut cookie = web.cookie.clone().unwrap();
        cookie.push_str(&format!("; izde-lang={lang}"));
        let reader = Web {
            router: web.router.clone(),
            cookie: Some(cookie),
        };
        for path in ["/import", page.as_str()] {
            // A page in another language than the check's checks again in its own.
            let answer = settled(&reader, path).await;
            assert_eq!(answer.status, 200, "{lang} {path}: {}", answer.body);
            assert!(answer.body.contains(&format!("<html lang=\"{lang}\"")));
            for sentence in &english {
                assert!(
                    !answer.body.contains(sentence.as_str()),
                    "{lang} {path} has {sentence:?}"
                );
            }
        }
    }
}
