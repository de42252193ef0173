//! The public register (issue 22): a static website of the cases whose families agreed to
//! publication, each approved by an admin. Named entries carry the name in its scripts; anonymized
//! ones nothing sealed (a leak scan of every file written); no entry carries testifier data; the
//! manifest verifies; withdrawing consent removes the entry on the next publication.

mod common;

use common::{get, intake, post, run, spawn_app, TestApp};
use izde::domain::account::Role;
use izde::domain::forms::{ConsentForm, SourceForm};
use izde::domain::register::Standing;
use izde::server::auth::access::Actor;
use izde::server::records::{self, RecordError};
use izde::server::register;
use std::path::{Path, PathBuf};

const KAZAKH: &str = "Серікжан Билашұлы";
const LATIN: &str = "Serikzhan Bilashuly";
const UYGHUR: &str = "ئابدۇرېھىم ھېيت";
const CHINESE: &str = "阿不都热依木·海依提";

/// What a named case keeps sealed besides its names, and what an anonymized case keeps sealed
/// (its names too), and every testifier's data: none of it may be in the register.
const ANONYMIZED_NAME: &str = "Nurlan Qupiyaev";
const ANONYMIZED_OTHER: &str = "Нұрлан Құпияев";
const ID_NUMBER: &str = "654101197501012345";
const ADDRESS: &str = "Kök Terek village, house 17";
const HEADLINE: &str = "Teacher from Qorghas village sentenced to 10 years";

async fn named_case(app: &TestApp, admin: &Actor) -> String {
    let mut form = intake(KAZAKH);
    form.consent = "named".into();
    form.person.other_names = format!("{LATIN}\n{UYGHUR}\n{CHINESE}");
    form.person.id_numbers = ID_NUMBER.into();
    form.person.address = ADDRESS.into();
    form.court = "Ili Intermediate People's Court".into();
    let case = app.create_as(admin, &form).await;
    let source = SourceForm {
        source_type: "media_report".into(),
        source_title: "Kazakh man held in Ili camp, sister says".into(),
        source_publisher: "Test Radio".into(),
        source_reference: "https://news.example.org/ili-camp".into(),
        source_date: "2019-05-04".into(),
        source_reliability: "B".into(),
        source_credibility: "2".into(),
        ..Default::default()
    };
    app.add_source(&case, &source).await.unwrap();
    case
}

async fn anonymized_case(app: &TestApp, admin: &Actor) -> String {
    let mut form = intake(ANONYMIZED_NAME);
    form.consent = "anonymized".into();
    form.testifier_name = "Aigerim Qupiyaeva".into();
    form.testifier_contact = "aigerim@example.org".into();
    form.person.other_names = ANONYMIZED_OTHER.into();
    form.person.id_numbers = "650102198002023456".into();
    form.person.address = ADDRESS.into();
    form.facility_name = "Secret Camp Number Nine".into();
    form.court = "Qorghas County Court".into();
    form.alleged_act = "Prayed at a neighbour's wedding".into();
    form.person.last_contact_date = "14 March 2017".into();
    let case = app.create_as(admin, &form).await;
    // A public article (Izde refuses names in a source's title): its title and address could
    // still point at him, so an anonymized entry shows neither.
    let source = SourceForm {
        source_type: "media_report".into(),
        source_title: HEADLINE.into(),
        source_publisher: "Test Radio".into(),
        source_reference: "https://news.example.org/qorghas-teacher".into(),
        source_date: "2020-02-03".into(),
        source_reliability: "B".into(),
        source_credibility: "2".into(),
        ..Default::default()
    };
    app.add_source(&case, &source).await.unwrap();
    // His sister's own post: its account is hers.
    let post = SourceForm {
        source_type: "social_media".into(),
        source_title: "Post about the sentence".into(),
        source_publisher: "@sister_in_almaty_2019".into(),
        source_date: "2020".into(),
        source_reliability: "C".into(),
        source_credibility: "3".into(),
        ..Default::default()
    };
    app.add_source(&case, &post).await.unwrap();
    case
}

/// Every file under `dir`, with its path.
fn files_of(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.push((path, bytes));
            }
        }
    }
    out
}

fn holds(bytes: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    bytes.windows(needle.len()).any(|w| w == needle)
}

/// The register's files that hold `needle`.
fn files_holding(dir: &Path, needle: &str) -> Vec<PathBuf> {
    files_of(dir)
        .into_iter()
        .filter(|(_, b)| holds(b, needle))
        .map(|(p, _)| p)
        .collect()
}

fn publish(app: &TestApp, dir: &Path) -> String {
    let (ok, out) = run(&mut app.izde(&["publish", "--out", dir.to_str().unwrap()]));
    assert!(ok, "izde publish failed: {out}");
    out
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Sets the consent of the case's (first) testifier.
async fn set_consent(app: &TestApp, admin: &Actor, case: &str, consent: &str, note: &str) {
    let detail = app.detail(case).await;
    let change = ConsentForm {
        consent: consent.into(),
        note: note.into(),
        revision: detail.revision.to_string(),
    };
    let testifier = detail.testifiers[0].id.to_string();
    records::change_consent(&app.cx, admin, case, &testifier, &change)
        .await
        .unwrap();
}

async fn entry_id(app: &TestApp, case: &str) -> Option<String> {
    let mut conn = app.pool.acquire().await.unwrap();
    register::candidates(&mut conn)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.case_id == case)
        .and_then(|c| c.entry_id)
}

#[tokio::test]
async fn the_register_holds_approved_entries_names_where_agreed_and_nothing_sealed_or_from_testifiers(
) {
    let app = spawn_app().await;
    let admin = app.user("admin", Role::Admin).await;
    let named = named_case(&app, &admin).await;
    let anonymized = anonymized_case(&app, &admin).await;
    // Agreed to names, but no admin reviewed it yet: not published.
    let mut awaiting = intake("Awaiting Reviewova");
    awaiting.consent = "named".into();
    let awaiting = app.create_as(&admin, &awaiting).await;
    // No consent: never a candidate.
    let mut withheld = intake("Withheld Consentov");
    withheld.consent = "none".into();
    let withheld = app.create_as(&admin, &withheld).await;

    let named_id = register::approve(&app.cx, &admin, &named).await.unwrap();
    let anonymized_id = register::approve(&app.cx, &admin, &anonymized)
        .await
        .unwrap();
    assert!(named_id.starts_with("IZ-") && named_id != anonymized_id);
    // Approving again changes nothing.
    assert_eq!(
        register::approve(&app.cx, &admin, &named).await.unwrap(),
        named_id
    );
    assert!(matches!(
        register::approve(&app.cx, &admin, &withheld).await,
        Err(RecordError::Forbidden(_))
    ));
    let mut conn = app.pool.acquire().await.unwrap();
    let candidates = register::candidates(&mut conn).await.unwrap();
    drop(conn);
    assert!(!candidates.iter().any(|c| c.case_id == withheld));
    assert_eq!(
        candidates
            .iter()
            .find(|c| c.case_id == awaiting)
            .map(|c| c.standing),
        Some(Standing::AwaitingReview)
    );

    let out_dir = tempfile::tempdir().unwrap();
    let dir = out_dir.path().join("register");
    let said = publish(&app, &dir);
    assert!(said.contains("published 2 entries"), "{said}");
    assert!(said.contains("2 added, 0 changed, 0 removed"), "{said}");
    assert!(said.contains("1 cases whose families agreed"), "{said}");

    // The named entry: every script of the name, the facts, the public source with its link.
    let page = read(&dir, &format!("en/entries/{named_id}.html"));
    for expected in [
        KAZAKH,
        LATIN,
        UYGHUR,
        CHINESE,
        "Named with the family",
        "Ili Intermediate People",
        "Kazakh man held in Ili camp, sister says",
        "https://news.example.org/ili-camp",
        "Sentence clock",
        "Using extremism to undermine law enforcement",
    ] {
        assert!(
            page.contains(expected),
            "{expected:?} not on the named entry"
        );
    }
    // In the other languages too, with their words.
    let russian = read(&dir, &format!("ru/entries/{named_id}.html"));
    assert!(russian.contains(KAZAKH) && russian.contains("lang=\"ru\""));

    // The anonymized entry: its number, the prefecture, years; no name, no title of an article
    // that names him, no facility name, court or alleged act, no exact date.
    let page = read(&dir, &format!("en/entries/{anonymized_id}.html"));
    for expected in [
        anonymized_id.as_str(),
        "Anonymized at the family",
        "Ili",
        "1975–1979",
        "2017",
        "Test Radio",
    ] {
        assert!(
            page.contains(expected),
            "{expected:?} not on the anonymized entry"
        );
    }
    for absent in ["March 2017", "14 March", "news.example.org"] {
        assert!(!page.contains(absent), "{absent:?} on the anonymized entry");
    }

    // The lists: every entry on the front page, by status, prefecture and charge; statistics.
    let index = read(&dir, "en/index.html");
    assert!(index.contains(KAZAKH) && index.contains(&anonymized_id));
    assert!(read(&dir, "en/status/sentenced.html").contains(&named_id));
    assert!(read(&dir, "en/prefecture/cn-xj-ili.html").contains(&anonymized_id));
    assert!(read(&dir, "en/charge/extremism.html").contains(&named_id));
    assert!(read(&dir, "en/stats.html").contains("chart-status"));
    let search = read(&dir, "en/search-index.js");
    assert!(search.starts_with("window.IZDE_REGISTER = ["));
    assert!(search.contains(&anonymized_id));
    assert!(read(&dir, "index.html").contains("zh/index.html"));

    // The leak scan: nothing sealed of the anonymized case, no testifier data of any case, no
    // case that was not approved or has no consent, no internal id, in any file.
    for secret in [
        ANONYMIZED_NAME,
        ANONYMIZED_OTHER,
        "Qupiyaev",
        ID_NUMBER,
        "650102198002023456",
        ADDRESS,
        HEADLINE,
        "qorghas-teacher",
        "sister_in_almaty",
        "Post about the sentence",
        "Secret Camp Number Nine",
        "Qorghas County Court",
        "Prayed at a neighbour",
        // Testifiers, testimonies and what they said.
        "Gulzhan Testova",
        "Aigerim",
        "+7 700 000 0000",
        "aigerim@example.org",
        "A police officer called from Ghulja",
        "A short WeChat call",
        "My brother went to visit our mother",
        "Video testimony",
        // Cases the register may not hold.
        "Awaiting Reviewova",
        "Withheld Consentov",
        named.as_str(),
        anonymized.as_str(),
        awaiting.as_str(),
        withheld.as_str(),
    ] {
        let found = files_holding(&dir, secret);
        assert!(found.is_empty(), "{secret:?} is in {found:?}");
    }

    // The manifest verifies, names the installation's export key, and catches a changed file.
    let (ok, out) = run(common::izde().args(["publish", "verify", dir.to_str().unwrap()]));
    assert!(ok, "{out}");
    assert!(
        out.contains("register verified: 2 entries in 5 languages"),
        "{out}"
    );
    let key = izde::server::export::public_key(&app.cx.keys);
    let (ok, out) = run(common::izde().args([
        "publish",
        "verify",
        dir.to_str().unwrap(),
        "--expect-key",
        &key,
    ]));
    assert!(ok && out.contains("the key is one you expect"), "{out}");
    let other = "0".repeat(64);
    let (ok, out) = run(common::izde().args([
        "publish",
        "verify",
        dir.to_str().unwrap(),
        "--expect-key",
        &other,
    ]));
    assert!(!ok && out.contains("not a key you expect"), "{out}");
    let manifest = register::verify(&dir).unwrap();
    assert_eq!(
        manifest.public_key,
        izde::server::export::public_key(&app.cx.keys)
    );
    assert!(manifest.files.iter().any(|f| f.name == "en/stats.html"));
    let copy = out_dir.path().join("changed");
    register::write_to(
        &copy,
        &register::Publication {
            files: files_of(&dir)
                .into_iter()
                .map(|(p, b)| {
                    let name = p
                        .strip_prefix(&dir)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/");
                    (name, b)
                })
                .collect(),
            changes: Default::default(),
            manifest: manifest.clone(),
        },
    )
    .unwrap();
    register::verify(&copy).unwrap();
    let entry = copy.join(format!("en/entries/{named_id}.html"));
    let original = std::fs::read(&entry).unwrap();
    let mut tampered = original.clone();
    tampered.extend_from_slice(b"<p>Released</p>");
    std::fs::write(&entry, tampered).unwrap();
    let err = register::verify(&copy).unwrap_err().to_string();
    assert!(err.contains("was changed"), "{err}");
    std::fs::write(&entry, original).unwrap();
    register::verify(&copy).unwrap();
    std::fs::write(copy.join("en/extra.html"), "<p>added</p>").unwrap();
    let err = register::verify(&copy).unwrap_err().to_string();
    assert!(err.contains("was added"), "{err}");

    // Audited: two approvals, one publication by the command line.
    let actions: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT action, record_id FROM audit_log WHERE action LIKE 'register.%' ORDER BY seq",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        actions,
        [
            ("register.approve".to_string(), Some(named.clone())),
            ("register.approve".to_string(), Some(anonymized.clone())),
            ("register.publish".to_string(), Some("register".to_string())),
        ]
    );
}

#[tokio::test]
async fn withdrawing_consent_removes_the_entry_on_the_next_publication_and_a_change_is_listed() {
    let app = spawn_app().await;
    let admin = app.user("admin", Role::Admin).await;
    let named = named_case(&app, &admin).await;
    let anonymized = anonymized_case(&app, &admin).await;
    let named_id = register::approve(&app.cx, &admin, &named).await.unwrap();
    let anonymized_id = register::approve(&app.cx, &admin, &anonymized)
        .await
        .unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let dir = out_dir.path().join("register");
    publish(&app, &dir);
    assert!(dir.join(format!("en/entries/{named_id}.html")).exists());

    // Publishing again, nothing changed.
    let said = publish(&app, &dir);
    assert!(
        said.contains("0 added, 0 changed, 0 removed, 2 unchanged"),
        "{said}"
    );

    // The sister withdraws her consent; the other case gets a new event.
    set_consent(&app, &admin, &named, "none", "She was threatened.").await;
    app.add_event(&anonymized, "proof_of_life", "2023").await;

    let said = publish(&app, &dir);
    assert!(said.contains("published 1 entries"), "{said}");
    assert!(
        said.contains("0 added, 1 changed, 1 removed, 0 unchanged"),
        "{said}"
    );
    assert!(said.contains(&format!("removed: {named_id}")), "{said}");
    assert!(
        said.contains(&format!("changed: {anonymized_id}")),
        "{said}"
    );
    for lang in ["en", "kk", "ru", "ug", "zh"] {
        assert!(!dir.join(format!("{lang}/entries/{named_id}.html")).exists());
    }
    for secret in [
        KAZAKH,
        LATIN,
        CHINESE,
        named_id.as_str(),
        "She was threatened",
    ] {
        let found = files_holding(&dir, secret);
        assert!(found.is_empty(), "{secret:?} is still in {found:?}");
    }
    register::verify(&dir).unwrap();
    // The register page recalls it.
    let overview = register::overview(&app.cx, &admin).await.unwrap();
    let last = overview.last_published.expect("published");
    assert_eq!(last.changes.removed, std::slice::from_ref(&named_id));
    assert_eq!(last.changes.changed, std::slice::from_ref(&anonymized_id));
    assert_eq!((last.entries, last.published_by), (1, None));

    // Consent given again: the case waits for a new review before it is published again.
    set_consent(&app, &admin, &named, "named", "").await;
    assert_eq!(entry_id(&app, &named).await, None);
    let said = publish(&app, &dir);
    assert!(said.contains("published 1 entries"), "{said}");

    // A folder that is not a register is refused, untouched.
    let other = out_dir.path().join("other");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("notes.txt"), "mine").unwrap();
    let (ok, out) = run(&mut app.izde(&["publish", "--out", other.to_str().unwrap()]));
    assert!(!ok && out.contains("holds no register"), "{out}");
    assert_eq!(
        std::fs::read_to_string(other.join("notes.txt")).unwrap(),
        "mine"
    );
}

#[tokio::test]
async fn only_admins_review_approve_and_download_the_register_and_the_review_shows_both_sides() {
    let app = spawn_app().await;
    let admin = app.user("admin", Role::Admin).await;
    let volunteer = app.user("volunteer", Role::Volunteer).await;
    let anonymized = anonymized_case(&app, &admin).await;

    assert!(matches!(
        register::approve(&app.cx, &volunteer, &anonymized).await,
        Err(RecordError::Forbidden(_))
    ));
    let web = app.web_as(&volunteer).await;
    let page = web.send(get("/admin/register")).await;
    assert!(page
        .body
        .contains("may not review or publish the public register"));
    assert!(!page.body.contains(&anonymized));

    let web = app.web_as(&admin).await;
    let page = web.send(get("/admin/register")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&format!("id=\"case-{anonymized}\"")));
    assert!(page.body.contains("Awaiting review"));

    // The review: the record on one side (the admin may read it), the public entry on the other.
    let page = web
        .send(get(&format!("/admin/register/{anonymized}")))
        .await;
    assert_eq!(page.status, 200);
    let (private, public) = page
        .body
        .split_once("id=\"public-side\"")
        .expect("both sides");
    assert!(private.contains(ANONYMIZED_NAME) && private.contains("Aigerim Qupiyaeva"));
    assert!(!public.contains(ANONYMIZED_NAME) && !public.contains("Aigerim"));
    assert!(public.contains("Anonymized at the family"));

    let answer = web
        .send(post(&format!("/admin/register/{anonymized}/approve"), &[]))
        .await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    let id = entry_id(&app, &anonymized).await.expect("approved");
    let page = web.send(get("/admin/register")).await;
    assert!(page.body.contains(&format!("Approved, entry {id}")));

    // The download: the register as a zip, built in memory and audited.
    let answer = web.send(post("/admin/register/download", &[])).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.headers["content-type"], "application/zip");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(answer.bytes.clone())).unwrap();
    assert!(zip
        .by_name(&format!("izde-register/en/entries/{id}.html"))
        .is_ok());
    assert!(zip.by_name("izde-register/manifest.sig").is_ok());
    let published: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'register.publish'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(published.0, 1);
    let page = web.send(get("/admin/register")).await;
    assert!(page
        .body
        .contains("1 added, 0 changed, 0 removed, 0 unchanged"));
    assert!(page.body.contains(&id) && page.body.contains("by admin"));

    // A volunteer gets no register.
    let web = app.web_as(&volunteer).await;
    let answer = web.send(post("/admin/register/download", &[])).await;
    assert!(answer
        .body
        .contains("may not review or publish the public register"));
    // Said on the register page (not on the review page the download's address would match).
    assert!(
        answer.body.contains("<h1>Public register"),
        "{}",
        answer.body
    );
    assert_ne!(
        answer
            .headers
            .get("content-type")
            .map(|v| v.to_str().unwrap()),
        Some("application/zip")
    );
}
