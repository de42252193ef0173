//! Anonymized exports: nothing sensitive leaves in any file of any profile, every dataset holds the
//! k and l it reports, every table hides its small and derivable cells, and the signed manifest
//! catches any change — from the command line and from the web page.
#![cfg(feature = "ssr")]

mod common;

use common::{get, intake, post, spawn_app, TestApp};
use izde::domain::anonymize::Requirements;
use izde::domain::case::CaseFilter;
use izde::domain::export::{ExportOptions, Format, Profile};
use izde::domain::forms::{EventForm, SourceForm};
use izde::server::auth::access::Actor;
use izde::server::export::{self, ExportError, ExportFile, ExportIds, Exported, Sink};
use izde::server::records::search::skeleton::token_skeletons;
use std::collections::HashMap;

fn options(profile: Profile, format: Format, k: u32, l: u32, max: f64) -> ExportOptions {
    ExportOptions {
        profile,
        format,
        requirements: Requirements {
            k,
            l,
            max_suppressed: max,
        },
        threshold: 5,
        stable_ids: false,
    }
}

/// An export into memory: what it made, and its files by name.
async fn export_in_memory(
    app: &TestApp,
    actor: &Actor,
    options: ExportOptions,
) -> Result<(Exported, HashMap<String, Vec<u8>>), ExportError> {
    let request = export::Request {
        filter: CaseFilter::default(),
        options,
    };
    let mut files: Vec<ExportFile> = Vec::new();
    let made = export::export(
        &app.cx,
        actor,
        &request,
        Sink::Memory(&mut files),
        &indicatif::ProgressBar::hidden(),
    )
    .await?;
    Ok((made, files.into_iter().map(|f| (f.name, f.bytes)).collect()))
}

/// Generic English words of the fixtures below that the report's and dictionary's own prose may
/// use ("court", "number", "education"): not a leak there. The data files are checked for every
/// word.
const PROSE: [&str; 10] = [
    "court",
    "number",
    "people",
    "education",
    "video",
    "office",
    "message",
    "about",
    "drive",
    "variant",
];

/// Sensitive values in four scripts, one per case and field.
fn secrets(i: usize) -> Vec<(&'static str, String)> {
    let names = [
        format!("Nurlanbek Seitqaliev{i}"),
        format!("Нұрсұлтан Сейітқалиұлы{i}"),
        format!("ئابدۇرېھىم تۇرسۇنجان{i}"),
        format!("阿不都热依木{i}"),
    ];
    let n = &names[i % 4];
    vec![
        ("name", n.clone()),
        ("other_names", format!("{n} Variant")),
        ("aliases", format!("Qaraqojayev{i}")),
        ("id_numbers", format!("6540271975031{i:05}")),
        (
            "birth_date",
            format!("{}-03-{:02}", 1960 + i % 20, 1 + i % 28),
        ),
        ("address", format!("Zhibek Zholy kosesi {i}, Qulja")),
        (
            "narrative",
            format!("Bauyrzhan’s nephew saw him at the bazaar {i}"),
        ),
        ("testifier_name", format!("Gulzhanat Testimova{i}")),
        ("testifier_contact", format!("+7 701 555 {i:04}")),
        (
            "pressure_notes",
            format!("Policeman Wang Xiaoming{i} phoned"),
        ),
        (
            "last_contact_summary",
            format!("WeChat message about Almagul{i}"),
        ),
        ("recording_location", format!("Atajurt drive folder {i}")),
        ("transcript", format!("Менің інім Ерғали{i} жоқ")),
        // Unencrypted, but free text: never exported either.
        ("facility_name", format!("Orkesh re-education centre {i}")),
        ("alleged_act", format!("Posted on WhatsApp to Dilnaz{i}")),
        ("court", format!("Chamber number {i} of the People's Court")),
        ("confirmed_by", format!("Embassy counsellor office {i}")),
        ("source_title", format!("Appeal video number {i}")),
        ("source_author", format!("Saltanat Qasymqyzy{i}")),
        ("event_summary", format!("Seen by Aisulu{i} at the station")),
    ]
}

#[tokio::test]
async fn no_export_carries_a_sensitive_value_and_each_holds_its_k_and_l() {
    let app = spawn_app().await;
    let places = [
        "cn-xj-ili",
        "cn-xj-ili-tekes",
        "cn-xj-kashgar",
        "cn-xj-altay",
    ];
    let mut all_secrets = Vec::new();
    let mut whole: Vec<String> = Vec::new();
    for i in 0..48 {
        let s: HashMap<&str, String> = secrets(i).into_iter().collect();
        let mut f = intake(&s["name"]);
        f.person.other_names = s["other_names"].clone();
        f.person.aliases = s["aliases"].clone();
        f.person.id_numbers = s["id_numbers"].clone();
        f.person.birth_date = s["birth_date"].clone();
        f.person.birth_year = format!("{}", 1960 + (i % 20));
        f.person.address = s["address"].clone();
        f.person.narrative = s["narrative"].clone();
        f.person.status = ["camp", "sentenced", "missing"][i % 3].into();
        f.person.ethnicity = ["kazakh", "uyghur"][i % 2].into();
        f.person.last_contact_location = places[i % 4].into();
        f.testifier_name = s["testifier_name"].clone();
        f.testifier_contact = s["testifier_contact"].clone();
        f.pressure_notes = s["pressure_notes"].clone();
        f.last_contact_summary = s["last_contact_summary"].clone();
        f.recording_location = s["recording_location"].clone();
        f.transcript = s["transcript"].clone();
        f.facility_name = s["facility_name"].clone();
        f.alleged_act = s["alleged_act"].clone();
        f.court = s["court"].clone();
        f.confirmed_by = s["confirmed_by"].clone();
        f.source.source_title = s["source_title"].clone();
        f.source.source_author = s["source_author"].clone();
        f.detention_date = format!("{}-{:02}", 2017 + i % 2, 1 + i % 12);
        // One case has a charge and a sentence no other has: alone, they would name it.
        (f.legal_charge, f.sentence) = match i {
            7 => ("fraud".into(), "life imprisonment".into()),
            _ if i % 12 == 5 => ("separatism".into(), "3 years".into()),
            _ => (f.legal_charge, f.sentence),
        };
        let id = app.create(&f).await;
        let event = EventForm {
            kind: "pressure_on_family".into(),
            date: "2019".into(),
            summary: s["event_summary"].clone(),
            ..Default::default()
        };
        app.save_event(&id, None, &event).await.unwrap();
        let source = SourceForm {
            source_type: "media_report".into(),
            source_title: format!("Report number {i}"),
            source_publisher: "Azattyq".into(),
            source_reliability: "B".into(),
            source_credibility: "2".into(),
            ..SourceForm::default()
        };
        app.add_source(&id, &source).await.unwrap();
        all_secrets.extend(secrets(i).into_iter().map(|(_, v)| v));
        // The case's id and its pseudonym in the app would link a row back to a case page.
        whole.push(id.clone());
        whole.push(izde::domain::account::pseudonym(&id.parse().unwrap()));
    }

    let system = Actor::System;
    let mut runs = Vec::new();
    for profile in [Profile::Public, Profile::Researcher] {
        for (k, l) in [(2, 1), (5, 2)] {
            runs.push(options(profile, Format::Csv, k, l, 0.1));
        }
        runs.push(options(profile, Format::Json, 5, 2, 0.1));
    }
    runs.push(options(Profile::Aggregate, Format::Csv, 2, 1, 0.0));
    runs.push(options(Profile::Aggregate, Format::Json, 2, 1, 0.0));
    for opts in runs {
        let (k, l) = (opts.requirements.k, opts.requirements.l);
        let what = format!("{} {} k={k}", opts.profile.code(), opts.format.code());
        let (made, files) = export_in_memory(&app, &system, opts.clone()).await.unwrap();
        let m = &made.manifest;
        let data_name = opts.format.data_file(opts.profile);
        assert_eq!(
            files.keys().filter(|n| !n.starts_with("manifest")).count(),
            3,
            "{what}: data, dictionary and report"
        );
        for name in [
            &data_name,
            "dictionary.json",
            "report.html",
            "manifest.json",
        ] {
            let text = String::from_utf8(files[name].clone()).unwrap();
            let folded = text.to_lowercase();
            // The id column is random letters and digits, in which a short word could turn up by
            // chance: ids are left out of the word checks, and checked for whole ids only.
            let without_ids: String = folded
                .split(|c: char| c == ',' || c == '"' || c.is_whitespace())
                .filter(|w| !(w.starts_with("x-") && w.len() == 18))
                .collect::<Vec<_>>()
                .join(" ");
            for value in &whole {
                assert!(
                    !folded.contains(&value.to_lowercase()),
                    "{what}: a case id or pseudonym is in {name}"
                );
            }
            // (The aggregate's tables name statuses and charges in words, like the report.)
            let prose = name != data_name || !opts.profile.has_rows();
            for secret in &all_secrets {
                // The whole value, and each of its words (numbers alone, like a phone number's
                // last four digits, may well occur in a date by chance).
                let words = secret
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|p| p.chars().count() >= 4 && p.chars().any(char::is_alphabetic))
                    .filter(|p| !(prose && PROSE.contains(&p.to_lowercase().as_str())));
                for part in std::iter::once(secret.as_str()).chain(words) {
                    // (The fixtures are fictional, so the word may be named.)
                    assert!(
                        !without_ids.contains(&part.to_lowercase()),
                        "{what}: {part:?} is in {name}"
                    );
                }
            }
            // Nor transliterated: no word has the skeleton of a name's word.
            let exported: std::collections::BTreeSet<String> = without_ids
                .split(|c: char| !c.is_alphanumeric())
                .flat_map(token_skeletons)
                .collect();
            for i in 0..48 {
                let s: HashMap<&str, String> = secrets(i).into_iter().collect();
                for key in ["name", "testifier_name", "aliases", "source_author"] {
                    for skeleton in token_skeletons(&s[key])
                        .into_iter()
                        .filter(|k| k.len() >= 4)
                    {
                        assert!(
                            !exported.contains(&skeleton),
                            "{what}: {key} transliterated into {name}"
                        );
                    }
                }
            }
        }

        // The report's tables show no count from 1 to 4.
        for t in &made.tables {
            for (_, _, count) in t.entries() {
                assert!(
                    !matches!(count, izde::domain::stats::Count::Exact(1..=4)),
                    "{what}: a small count in {}",
                    t.id
                );
            }
        }
        if !opts.profile.has_rows() {
            assert_eq!((m.achieved_k, m.rows_exported), (None, 0));
            if opts.format == Format::Csv {
                let mut reader = csv::Reader::from_reader(files[&data_name].as_slice());
                let mut lines = 0;
                for row in reader.records() {
                    let row = row.unwrap();
                    lines += 1;
                    let n = &row[3];
                    assert!(
                        n == "x" || n.parse::<u64>().is_ok_and(|n| n == 0 || n >= 5),
                        "{what}: {n} in {row:?}"
                    );
                }
                assert!(lines > 10);
            }
            continue;
        }

        // Each released group of quasi-identifiers has at least k rows and l statuses.
        let rows: Vec<HashMap<String, String>> = match opts.format {
            Format::Csv => {
                let mut reader = csv::Reader::from_reader(files[&data_name].as_slice());
                let header = reader.headers().unwrap().clone();
                reader
                    .records()
                    .map(|r| {
                        let r = r.unwrap();
                        header
                            .iter()
                            .zip(r.iter())
                            .map(|(h, v)| (h.to_string(), v.to_string()))
                            .collect()
                    })
                    .collect()
            }
            Format::Json => {
                let rows: Vec<serde_json::Map<String, serde_json::Value>> =
                    serde_json::from_slice(&files[&data_name]).unwrap();
                rows.into_iter()
                    .map(|r| {
                        r.into_iter()
                            .map(|(k, v)| (k, v.as_str().map_or(v.to_string(), str::to_string)))
                            .collect()
                    })
                    .collect()
            }
        };
        assert_eq!(rows.len() as u64, m.rows_exported, "{what}");
        // Rows come in the order of their pseudonymous ids, not in the order cases were recorded.
        let ids: Vec<&String> = rows.iter().map(|r| &r["id"]).collect();
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "{what}: rows not in id order"
        );
        assert_eq!(m.rows_exported + m.rows_suppressed, 48, "{what}");
        assert!(m.rows_exported > 0, "{what}");
        let mut groups: HashMap<Vec<String>, Vec<String>> = HashMap::new();
        for row in &rows {
            // Every quasi-identifier, the charges and the sentence included.
            let key = [
                "gender",
                "birth_year",
                "ethnicity",
                "occupation",
                "place",
                "disappeared",
                "detained",
                "charges",
                "sentence",
            ]
            .iter()
            .map(|c| row[*c].clone())
            .collect();
            groups.entry(key).or_default().push(row["status"].clone());
        }
        for statuses in groups.values() {
            assert!(
                statuses.len() >= k as usize,
                "{what}: a group smaller than k"
            );
            let mut distinct = statuses.clone();
            distinct.sort();
            distinct.dedup();
            assert!(
                distinct.len() >= l as usize,
                "{what}: a group less diverse than l"
            );
        }
        assert!(m.achieved_k.unwrap() >= k && m.achieved_l.unwrap() >= l);
        // The levels respect the profile's floor.
        let levels = izde::domain::export::QUASI_IDENTIFIERS;
        assert_eq!(m.levels.len(), levels.len());
    }

    // Stable ids are the same in two exports; fresh ones never.
    let case = &whole[0];
    assert_eq!(
        ExportIds::stable(&app.keys).id(case),
        ExportIds::stable(&app.keys).id(case)
    );
    assert_ne!(
        ExportIds::fresh().id(case),
        ExportIds::stable(&app.keys).id(case)
    );
}

#[tokio::test]
async fn an_export_directory_is_signed_and_any_change_is_caught() {
    let app = spawn_app().await;
    for i in 0..12 {
        let mut f = intake(&format!("Exported Person {i}"));
        f.person.status = ["camp", "sentenced"][i % 2].into();
        f.person.birth_year = "1970".into();
        app.create(&f).await;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("export");
    let request = export::Request {
        filter: CaseFilter::default(),
        options: options(Profile::Public, Format::Csv, 5, 2, 0.0),
    };
    let progress = indicatif::ProgressBar::hidden();
    let admin = app
        .user("exporter", izde::domain::account::Role::Admin)
        .await;
    let made = export::export(&app.cx, &admin, &request, Sink::Dir(&out), &progress)
        .await
        .unwrap();
    let m = made.manifest;
    assert_eq!((m.rows_selected, m.rows_exported), (12, 12));
    assert!(m.achieved_k.unwrap() >= 5 && m.achieved_l.unwrap() >= 2);
    // The manifest says who by role, never by username.
    assert_eq!(
        m.exported_by.as_deref(),
        Some("an account with the role admin")
    );
    assert!(!std::fs::read_to_string(out.join("manifest.json"))
        .unwrap()
        .contains("exporter"));
    assert_eq!(m.public_key, export::public_key(&app.keys));
    assert_eq!(export::verify(&out).unwrap(), m);
    let names: Vec<&str> = m.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["data.csv", "dictionary.json", "report.html"]);
    let report = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(report.contains("Izde export report") && report.contains("<svg"));
    // Nothing runs and nothing is fetched (the SVG namespace is a name, not a request).
    for loads in ["<script", "src=", "<link", "href=\"http", "url(", "@import"] {
        assert!(!report.contains(loads), "{loads} in the report");
    }

    // One changed byte in a file, in the manifest, or a file added: each is caught.
    let data = out.join("data.csv");
    let original = std::fs::read(&data).unwrap();
    let mut changed = original.clone();
    let last = changed.len() - 2;
    changed[last] ^= 1;
    std::fs::write(&data, &changed).unwrap();
    let e = export::verify(&out).unwrap_err().to_string();
    assert!(e.contains("data.csv does not match"), "{e}");
    std::fs::write(&data, &original).unwrap();
    let manifest = out.join("manifest.json");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replacen("\"k\": 5", "\"k\": 6", 1)).unwrap();
    let e = export::verify(&out).unwrap_err().to_string();
    assert!(e.contains("signature"), "{e}");
    std::fs::write(&manifest, &text).unwrap();
    std::fs::write(out.join("extra.csv"), "x").unwrap();
    let e = export::verify(&out).unwrap_err().to_string();
    assert!(e.contains("extra.csv is not part of the export"), "{e}");
    std::fs::remove_file(out.join("extra.csv")).unwrap();
    export::verify(&out).unwrap();

    // The export is in the audit log, its manifest kept beside the entry as it was signed;
    // a second one into the same directory is refused.
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
    let (kept, after): (String, Option<String>) = sqlx::query_as(
        "SELECT m.manifest, a.after_hash FROM export_manifests m
         JOIN audit_log a ON a.seq = m.seq WHERE a.action = 'export'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        kept,
        std::fs::read_to_string(out.join("manifest.json")).unwrap()
    );
    assert_eq!(
        after.as_deref(),
        Some(izde::server::audit::digest(&[kept.as_bytes()]).as_str())
    );
    let again = export::export(&app.cx, &admin, &request, Sink::Dir(&out), &progress).await;
    assert!(again.err().unwrap().to_string().contains("not empty"));

    // Asking for more than the data allows refuses, and writes nothing.
    let refused = out.with_file_name("refused");
    let mut too_much = request.clone();
    too_much.options.requirements.k = 13;
    let e = export::export(&app.cx, &admin, &too_much, Sink::Dir(&refused), &progress)
        .await
        .err()
        .unwrap();
    assert!(matches!(e, ExportError::Refused(_)));
    let e = e.to_string();
    assert!(
        e.contains("nothing was exported") && e.contains("k = 13"),
        "{e}"
    );
    assert!(!refused.exists());

    // The command line does the same, and checks it.
    let cli_out = dir.path().join("cli");
    let (ok, said) = common::run(&mut app.izde(&[
        "export",
        "--profile",
        "researcher",
        "--k",
        "3",
        "--l",
        "1",
        "--filters",
        "status=camp",
        "--out",
        cli_out.to_str().unwrap(),
    ]));
    assert!(ok, "{said}");
    assert!(said.contains("exported 6 of 6 cases"), "{said}");
    let (ok, said) =
        common::run(common::izde().args(["export", "verify", cli_out.to_str().unwrap()]));
    assert!(
        ok && said.contains("export verified: 6 of 6 cases"),
        "{said}"
    );

    // The aggregate report from the command line, and a bad option named.
    let tables = dir.path().join("tables");
    let (ok, said) = common::run(&mut app.izde(&[
        "export",
        "--profile",
        "aggregate",
        "--format",
        "json",
        "--out",
        tables.to_str().unwrap(),
    ]));
    assert!(
        ok && said.contains("exported the tables of 12 cases"),
        "{said}"
    );
    assert!(tables.join("tables.json").exists() && !tables.join("data.csv").exists());
    let (ok, said) =
        common::run(common::izde().args(["export", "verify", tables.to_str().unwrap()]));
    assert!(ok && said.contains("cells under 5 suppressed"), "{said}");
    let (ok, said) = common::run(&mut app.izde(&[
        "export",
        "--profile",
        "public",
        "--k",
        "5",
        "--l",
        "6",
        "--out",
        dir.path().join("bad").to_str().unwrap(),
    ]));
    assert!(
        !ok && said.contains("--l: l cannot be more than k (5)"),
        "{said}"
    );
}

/// The export form for a public CSV with these k, l and share left out (%).
fn public_form<'a>(k: &'a str, l: &'a str, max: &'a str) -> [(&'static str, &'a str); 6] {
    profile_form("public", k, l, max)
}

/// The export form for a CSV of `profile` with these k, l and share left out (%).
fn profile_form<'a>(
    profile: &'a str,
    k: &'a str,
    l: &'a str,
    max: &'a str,
) -> [(&'static str, &'a str); 6] {
    [
        ("profile", profile),
        ("format", "csv"),
        ("k", k),
        ("l", l),
        ("max_suppressed", max),
        ("threshold", "5"),
    ]
}

/// A researcher makes an export on the web page, previews it and downloads it; nobody else can.
#[tokio::test]
async fn the_export_page_prepares_previews_and_downloads_for_its_maker_only() {
    let app = spawn_app().await;
    for i in 0..24 {
        let mut f = intake(&format!("Web Exported {i}"));
        f.person.status = ["camp", "sentenced", "missing"][i % 3].into();
        f.person.birth_year = "1970".into();
        f.person.last_contact_location = "cn-xj-ili".into();
        app.create(&f).await;
    }
    let researcher = app
        .user("reader", izde::domain::account::Role::Researcher)
        .await;
    let web = app.web_as(&researcher).await;
    let page = web.send(get("/export?status=camp")).await;
    assert_eq!(page.status, 200);
    // The selection in words, its value by its label (not its code).
    assert!(
        page.body.contains("Status: Political camp") && page.body.contains("Prepare the export"),
        "{}",
        page.body
    );

    // Bad values come back next to their fields, and nothing is made.
    let bad = web
        .send(post("/export?status=camp", &public_form("1", "2", "80")))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(
        bad.body.contains("Give a whole number from 5 to 1000."),
        "{}",
        bad.body
    );
    assert!(bad
        .body
        .contains("Give a percentage from 0 to 5: this profile"));
    assert!(
        bad.body.contains("Status: Political camp"),
        "the selection is kept"
    );
    // A public dataset is never less protected than k = 5, l = 2 (issue 17, item 9).
    let weak = web
        .send(post("/export?status=camp", &public_form("2", "1", "5")))
        .await;
    assert_eq!(weak.status, 422, "{}", weak.body);
    assert!(weak.body.contains("Give a whole number from 5 to 1000."));
    assert!(weak.body.contains("Give a whole number from 2 to 1000."));
    // More than 8 camp cases cannot be hidden among 9.
    let refused = web
        .send(post(
            "/export?status=camp",
            &profile_form("researcher", "9", "1", "0"),
        ))
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("fewer than k = 9"),
        "{}",
        refused.body
    );

    let made = web
        .send(post(
            "/export?status=camp",
            &profile_form("researcher", "3", "1", "5"),
        ))
        .await;
    assert_eq!(made.status, 303, "{}", made.body);
    // Stable ids, and a selection by words, need an admin (issue 17, item 9).
    let mut stable: Vec<(&str, &str)> = profile_form("researcher", "3", "1", "5").to_vec();
    stable.push(("stable_ids", "on"));
    let refused = web.send(post("/export?status=camp", &stable)).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(
        refused.body.contains("only an admin may"),
        "{}",
        refused.body
    );
    let refused = web
        .send(post(
            "/export?q=Ghulja",
            &profile_form("researcher", "3", "1", "5"),
        ))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(
        refused.body.contains("selection by words"),
        "{}",
        refused.body
    );
    let at = made.location().unwrap();
    assert!(at.starts_with("/export/"));
    let ready = web.send(get(&at)).await;
    assert_eq!(ready.status, 200);
    assert!(
        ready.body.contains("Risk report") && ready.body.contains("k achieved"),
        "{}",
        ready.body
    );
    assert!(ready.body.contains("8 of 8"), "every camp case is exported");

    let data = web.send(get(&format!("{at}/files/data.csv"))).await;
    assert_eq!(data.status, 200);
    assert!(data.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("attachment"));
    assert!(data.body.starts_with("id,status,verification,"));
    assert_eq!(data.body.lines().count(), 9);
    assert!(data.body.lines().skip(1).all(|l| l.contains(",camp,")));
    assert!(!data.body.contains("Web Exported"));
    let report = web.send(get(&format!("{at}/files/report.html"))).await;
    assert_eq!(report.status, 200);
    assert!(report.body.contains("Izde export report"));
    let policy = report.headers["content-security-policy"].to_str().unwrap();
    assert!(
        policy.starts_with("default-src 'none'; style-src 'sha256-"),
        "{policy}"
    );

    // The zip holds every file and verifies.
    let zip = web.send(get(&format!("{at}/izde-export.zip"))).await;
    assert_eq!(zip.status, 200);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("izde-export.zip");
    std::fs::write(&path, &zip.bytes).unwrap();
    let m = export::verify(&path).unwrap();
    assert_eq!(
        (m.rows_exported, m.exported_by.as_deref()),
        (8, Some("an account with the role researcher"))
    );
    let mut tampered = zip.bytes.clone();
    let at_data = tampered
        .windows(7)
        .position(|w| w == b"X-")
        .unwrap_or(tampered.len() / 2);
    tampered[at_data] ^= 0x20;
    std::fs::write(&path, &tampered).unwrap();
    assert!(
        export::verify(&path).is_err(),
        "a changed byte in the zip is caught"
    );

    // Another account, even an admin, cannot see or download it; a volunteer cannot export.
    let admin = app.user("boss", izde::domain::account::Role::Admin).await;
    let other = app.web_as(&admin).await;
    assert_eq!(
        other
            .send(get(&format!("{at}/files/data.csv")))
            .await
            .status,
        404
    );
    assert_eq!(
        other
            .send(get(&format!("{at}/izde-export.zip")))
            .await
            .status,
        404
    );
    let volunteer = app
        .user("helper", izde::domain::account::Role::Volunteer)
        .await;
    let v = app.web_as(&volunteer).await;
    let page = v.send(get("/export")).await;
    assert!(page.body.contains("your account cannot make one"));
    assert!(!page.body.contains("Prepare the export"));
    let answer = v.send(post("/export", &public_form("2", "1", "5"))).await;
    assert_eq!(answer.status, 403);

    // Each export is in the audit log, by who made it.
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
}

/// Issue 17, item 12: verification that trusts the key inside the manifest passes an export that
/// someone changed and signed again with their own key; against the installation's published key
/// (`izde keys signing-key`), it fails.
#[tokio::test]
async fn a_re_signed_export_fails_against_the_installation_s_published_key() {
    let app = spawn_app().await;
    for i in 0..6 {
        app.create(&intake(&format!("Signed Person {i}"))).await;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("export");
    let (ok, said) = common::run(&mut app.izde(&[
        "export",
        "--profile",
        "researcher",
        "--k",
        "3",
        "--l",
        "1",
        "--out",
        out.to_str().unwrap(),
    ]));
    assert!(ok, "{said}");
    let (ok, said) = common::run(&mut app.izde(&["keys", "signing-key"]));
    assert!(ok, "{said}");
    let published = export::public_key(&app.keys);
    assert!(
        said.contains(&format!("{published}  KEK v1")) && said.contains("(current)"),
        "{said}"
    );
    let verify = |expect: Option<&str>| {
        let mut c = common::izde();
        c.args(["export", "verify", out.to_str().unwrap()]);
        if let Some(key) = expect {
            c.args(["--expect-key", key]);
        }
        common::run(&mut c)
    };
    let (ok, said) = verify(Some(&published));
    assert!(ok && said.contains("the key is one you expect"), "{said}");

    // A row removed from the data, the manifest made to match, signed with another key.
    let data = out.join("data.csv");
    let text = std::fs::read_to_string(&data).unwrap();
    let cut: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
    std::fs::write(&data, &cut).unwrap();
    let mut manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    for f in manifest["files"].as_array_mut().unwrap() {
        if f["name"] == "data.csv" {
            use sha2::Digest;
            f["bytes"] = cut.len().into();
            f["sha256"] = hex::encode(sha2::Sha256::digest(cut.as_bytes())).into();
        }
    }
    let forger = izde::server::crypto::ManifestSigner::new(&izde::server::crypto::Kek::generate(1));
    manifest["public_key"] = hex::encode(forger.public_key()).into();
    let forged = serde_json::to_vec_pretty(&manifest).unwrap();
    std::fs::write(out.join("manifest.json"), &forged).unwrap();
    std::fs::write(out.join("manifest.sig"), hex::encode(forger.sign(&forged))).unwrap();

    let (ok, said) = verify(None);
    assert!(ok, "without a key to expect, the forgery verifies: {said}");
    assert!(said.contains("no --expect-key given"), "{said}");
    let (ok, said) = verify(Some(&published));
    assert!(!ok && said.contains("not a key you expect"), "{said}");
}

/// Issue 17, item 13: exports are made off the threads that answer pages, one at a time per
/// account: a second export asked for while the first is being made is refused with a way back,
/// and pages keep being answered meanwhile.
#[tokio::test]
async fn an_account_makes_one_export_at_a_time_and_pages_answer_meanwhile() {
    let app = spawn_app().await;
    izde::server::ops::demo::generate(&app.storage, 2_000)
        .await
        .unwrap();
    let researcher = app
        .user("reader", izde::domain::account::Role::Researcher)
        .await;
    // The test holds every turn to make an export, so the export that gets the account's mark
    // waits for a turn, being made, for as long as the test needs; no timing is guessed.
    let exports = std::sync::Arc::new(izde::server::http::downloads::Exports::default());
    let shared = exports.clone();
    let web = app
        .web_with(&researcher, move |state| state.exports = shared)
        .await;
    let other = app
        .web_as(
            &app.user("another", izde::domain::account::Role::Researcher)
                .await,
        )
        .await;
    let form = profile_form("researcher", "3", "1", "10");
    let hold = exports
        .hold_every_turn()
        .expect("no export is being made yet");
    let first = web.send(post("/export", &form));
    let second = web.send(post("/export", &form));
    tokio::pin!(first, second);
    // One of the two is refused at once; the other waits for its turn.
    let (refused, first_refused) = tokio::select! {
        r = &mut first => (r, true),
        r = &mut second => (r, false),
    };
    assert_eq!(refused.status, 429, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("an export of yours is still being made"),
        "{}",
        refused.body
    );
    let page = other.send(get("/statistics")).await;
    assert_eq!(
        page.status, 200,
        "pages answer while an export is being made"
    );
    drop(hold);
    let made = if first_refused {
        second.await
    } else {
        first.await
    };
    assert_eq!(made.status, 303, "{}", made.body);
    // Once it is made, the next one is.
    let third = web.send(post("/export", &form)).await;
    assert_eq!(third.status, 303, "{}", third.body);
}

#[tokio::test]
async fn an_admin_raises_the_minimums_and_every_exporter_is_held_to_them() {
    use izde::domain::account::Role;
    let app = spawn_app().await;
    for i in 0..24 {
        let mut f = intake(&format!("Held Exported {i}"));
        f.person.status = ["camp", "sentenced", "missing"][i % 3].into();
        f.person.birth_year = "1970".into();
        f.person.last_contact_location = "cn-xj-ili".into();
        app.create(&f).await;
    }
    let researcher = app
        .web_as(&app.user("reader", Role::Researcher).await)
        .await;
    let admin = app.web_as(&app.user("aida", Role::Admin).await).await;
    // At the defaults, a public k of 5 is accepted.
    let made = researcher
        .send(post("/export", &public_form("5", "2", "5")))
        .await;
    assert_eq!(made.status, 303, "{}", made.body);
    let page = researcher.send(get("/export")).await;
    assert!(
        page.body
            .contains("public datasets k ≥ 5, l ≥ 2, at most 5 % left out"),
        "{}",
        page.body
    );

    // Only an admin changes them.
    let minimums = [
        ("public_k", "10"),
        ("public_l", "2"),
        ("public_max_suppressed", "2"),
        ("researcher_k", "3"),
        ("researcher_l", "1"),
        ("researcher_max_suppressed", "10"),
        ("threshold", "5"),
    ];
    let refused = researcher
        .send(post("/admin/export-minimums", &minimums))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    // Bad values come back beside their fields, and nothing is saved.
    let mut bad = minimums.to_vec();
    bad[0] = ("public_k", "1");
    bad[4] = ("researcher_l", "4");
    let answer = admin.send(post("/admin/export-minimums", &bad)).await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer.body.contains("Give a whole number from 2 to 1000."),
        "{}",
        answer.body
    );
    assert!(
        answer.body.contains("l cannot be more than k (3)"),
        "{}",
        answer.body
    );
    let accounts = admin.send(get("/admin/accounts")).await;
    assert!(
        accounts.body.contains("Now: public datasets k ≥ 5"),
        "{}",
        accounts.body
    );

    let saved = admin.send(post("/admin/export-minimums", &minimums)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let accounts = admin.send(get("/admin/accounts")).await;
    assert!(
        accounts
            .body
            .contains("Now: public datasets k ≥ 10, l ≥ 2, at most 2 % left out"),
        "{}",
        accounts.body
    );
    // The researcher's public export at k = 5 is now refused, and the page says why.
    let weak = researcher
        .send(post("/export", &public_form("5", "2", "2")))
        .await;
    assert_eq!(weak.status, 422, "{}", weak.body);
    assert!(
        weak.body.contains("Give a whole number from 10 to 1000."),
        "{}",
        weak.body
    );
    assert!(
        weak.body.contains("public datasets k ≥ 10"),
        "{}",
        weak.body
    );
    let strong = researcher
        .send(post("/export", &public_form("10", "2", "2")))
        .await;
    assert_ne!(strong.status, 422, "{}", strong.body);
    // So is the command line's.
    let out = tempfile::tempdir().unwrap();
    let (ok, output) = common::run(&mut app.izde(&[
        "export",
        "--profile",
        "public",
        "--k",
        "5",
        "--out",
        &out.path().join("weak").to_string_lossy(),
    ]));
    assert!(!ok, "{output}");
    assert!(
        output.contains("--k: Give a whole number from 10 to 1000."),
        "{output}"
    );
}
