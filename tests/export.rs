//! Anonymized datasets: nothing sensitive leaves, and every dataset holds the k and l it reports.
#![cfg(feature = "ssr")]

mod common;

use common::{intake, spawn_app};
use izde::domain::anonymize::Requirements;
use izde::domain::case::CaseFilter;
use izde::domain::export::Profile;
use izde::domain::forms::{EventForm, SourceForm};
use izde::server::export::{self, ExportIds};
use izde::server::search::skeleton::token_skeletons;
use std::collections::HashMap;

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

    let prepared = export::prepare(&app.pool, &app.vocab, &CaseFilter::default())
        .await
        .unwrap();
    for profile in [Profile::Public, Profile::Researcher] {
        for (k, l) in [(2, 1), (5, 2)] {
            let req = Requirements {
                k,
                l,
                max_suppressed: 0.1,
            };
            let outcome = export::anonymize(&prepared, profile, &req).unwrap();
            assert!(outcome
                .levels
                .iter()
                .zip(profile.floor())
                .all(|(a, b)| *a >= b));
            let mut csv = Vec::new();
            let written =
                export::write_csv(&mut csv, &prepared, &outcome, &ExportIds::fresh()).unwrap();
            let text = String::from_utf8(csv).unwrap();
            assert_eq!(written as usize, 48 - outcome.suppressed.len());
            assert!(written > 0);

            // Nothing sensitive, also not case-folded. (The id column is random letters and digits,
            // in which a short word could turn up by chance: it is checked for whole ids only.)
            let folded = text.to_lowercase();
            let without_ids: String = folded
                .lines()
                .map(|line| line.split_once(',').map_or("", |(_, rest)| rest))
                .collect::<Vec<_>>()
                .join("\n");
            for value in &whole {
                assert!(
                    !folded.contains(&value.to_lowercase()),
                    "a case id or pseudonym is in the export"
                );
            }
            for secret in &all_secrets {
                // The whole value, and each of its words (numbers alone, like a phone number's last
                // four digits, may well occur in an id or a date by chance).
                let words = secret
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|p| p.chars().count() >= 4 && p.chars().any(char::is_alphabetic));
                for part in std::iter::once(secret.as_str()).chain(words) {
                    // (The fixtures are fictional, so the word may be named.)
                    assert!(
                        !without_ids.contains(&part.to_lowercase()),
                        "{} k={k}: {part:?} is in the export",
                        profile.code()
                    );
                }
            }
            // Nor transliterated: no word of the export has the skeleton of a name's word.
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
                            "{key} transliterated into the export"
                        );
                    }
                }
            }

            // Each released group of quasi-identifiers has at least k rows and l statuses.
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let mut groups: HashMap<Vec<String>, Vec<String>> = HashMap::new();
            for row in reader.records() {
                let row = row.unwrap();
                let key = [3, 4, 5, 6, 7, 8, 9]
                    .iter()
                    .map(|&c| row[c].to_string())
                    .collect();
                groups.entry(key).or_default().push(row[1].to_string());
            }
            for statuses in groups.values() {
                assert!(statuses.len() >= k as usize, "a group smaller than k");
                let mut distinct = statuses.clone();
                distinct.sort();
                distinct.dedup();
                assert!(distinct.len() >= l as usize, "a group less diverse than l");
            }
            assert!(outcome.achieved_k >= k && outcome.achieved_l >= l);
        }
    }

    // Stable ids are the same in two exports; fresh ones never.
    let case = &prepared.rows[0].id;
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
        profile: Profile::Public,
        requirements: Requirements {
            k: 5,
            l: 2,
            max_suppressed: 0.0,
        },
        stable_ids: false,
    };
    let progress = indicatif::ProgressBar::hidden();
    let admin = app
        .user("exporter", izde::domain::account::Role::Admin)
        .await;
    let m = export::export_to_dir(
        &app.pool, &app.keys, &app.vocab, &admin, &request, &out, &progress,
    )
    .await
    .unwrap();
    assert_eq!((m.rows_selected, m.rows_exported), (12, 12));
    assert!(m.achieved_k >= 5 && m.achieved_l >= 2);
    assert_eq!(m.exported_by.as_deref(), Some("exporter"));
    assert_eq!(m.public_key, export::public_key(&app.keys));
    assert_eq!(export::verify_dir(&out).unwrap(), m);

    // One changed byte in a file, in the manifest, or a file added: each is caught.
    let data = out.join("data.csv");
    let original = std::fs::read(&data).unwrap();
    let mut changed = original.clone();
    let last = changed.len() - 2;
    changed[last] ^= 1;
    std::fs::write(&data, &changed).unwrap();
    let e = export::verify_dir(&out).unwrap_err().to_string();
    assert!(e.contains("data.csv does not match"), "{e}");
    std::fs::write(&data, &original).unwrap();
    let manifest = out.join("manifest.json");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replacen("\"k\": 5", "\"k\": 6", 1)).unwrap();
    let e = export::verify_dir(&out).unwrap_err().to_string();
    assert!(e.contains("signature"), "{e}");
    std::fs::write(&manifest, &text).unwrap();
    std::fs::write(out.join("extra.csv"), "x").unwrap();
    let e = export::verify_dir(&out).unwrap_err().to_string();
    assert!(e.contains("extra.csv is not part of the export"), "{e}");
    std::fs::remove_file(out.join("extra.csv")).unwrap();
    export::verify_dir(&out).unwrap();

    // The export is in the audit log; a second one into the same directory is refused.
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
    let again = export::export_to_dir(
        &app.pool, &app.keys, &app.vocab, &admin, &request, &out, &progress,
    )
    .await;
    assert!(again.unwrap_err().to_string().contains("not empty"));

    // Asking for more than the data allows refuses, and writes nothing.
    let refused = out.with_file_name("refused");
    let too_much = export::Request {
        requirements: Requirements {
            k: 13,
            ..request.requirements
        },
        ..request
    };
    let e = export::export_to_dir(
        &app.pool, &app.keys, &app.vocab, &admin, &too_much, &refused, &progress,
    )
    .await
    .unwrap_err()
    .to_string();
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
        "2",
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
    assert!(ok && said.contains("export verified: 6 rows"), "{said}");
}
