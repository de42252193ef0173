//! UN submission packs (issue 22): the PDF engine draws names in every script, the pack lists
//! what the working group needs and is missing, refuses without the family's consent, and a
//! complete pack's PDF holds every element.

mod common;

use izde::domain::document::{Block, Document, Entry, Section, Text};
use izde::server::pdf::{PdfEngine, PdfError};
use std::io::Write;
use std::process::{Command, Stdio};

/// The text `pdftotext` reads from a PDF given on its standard input (nothing written to disk).
pub fn pdf_text(pdf: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "fd://0", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (Debian's poppler-utils) is installed: scripts/install-tools.sh");
    let mut stdin = child.stdin.take().expect("stdin");
    let bytes = pdf.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&bytes));
    let out = child.wait_with_output().expect("pdftotext ran");
    writer
        .join()
        .expect("writer")
        .expect("PDF written to pdftotext");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Whitespace out, so that a name broken over two lines (or reordered words of a right-to-left
/// run) is still found.
pub fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

const KAZAKH: &str = "Серікжан Билашұлы";
const UYGHUR: &str = "ئابدۇرېھىم ھېيت";
const CHINESE: &str = "阿不都热依木·海依提";

fn document_with_names() -> Document {
    Document {
        title: "Engine check".into(),
        subtitle: "Names in every script".into(),
        notice: Some("Fictional names".into()),
        sections: vec![Section {
            heading: "Names".into(),
            blocks: vec![
                Block::Field {
                    label: "Full name".into(),
                    values: vec![
                        Text::guessed(KAZAKH),
                        Text::guessed(UYGHUR),
                        Text::guessed(CHINESE),
                        // Markup characters are data, printed as typed.
                        Text::plain("Abdurehim #Heyit *[x]* $1$"),
                    ],
                },
                Block::List {
                    entries: vec![Entry {
                        title: Text::plain("Letter to the embassy"),
                        details: vec![Text::guessed("Хат жазылды")],
                    }],
                },
                Block::Table {
                    header: vec!["Source".into(), "Date".into()],
                    rows: vec![vec![Text::plain("Video"), Text::plain("May 2019")]],
                },
            ],
        }],
        footer: "Prepared with Izde".into(),
    }
}

#[test]
fn the_engine_draws_kazakh_uyghur_and_chinese_names_that_a_pdf_reader_reads_back() {
    let engine = PdfEngine::default();
    let pdf = engine.render(&document_with_names()).expect("rendered");
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdf_text(&pdf);
    let flat = squeezed(&text);
    for name in [KAZAKH, CHINESE, "Хатжазылды", "Abdurehim#Heyit*[x]*$1$"] {
        assert!(
            flat.contains(&squeezed(name)),
            "{name} not in the PDF's text"
        );
    }
    // A right-to-left name comes back word by word (a reader may order the words either way).
    for word in UYGHUR.split_whitespace() {
        assert!(
            flat.contains(word),
            "an Uyghur word is not in the PDF's text"
        );
    }
}

#[test]
fn without_the_fonts_the_engine_refuses_and_names_the_missing_scripts() {
    let empty = tempfile::tempdir().unwrap();
    let engine = PdfEngine::new(vec![empty.path().to_path_buf()]);
    let err = engine.render(&document_with_names()).unwrap_err();
    assert!(matches!(err, PdfError::MissingFonts { .. }));
    let message = err.to_string();
    for script in ["Latin and Cyrillic", "Arabic script", "Chinese"] {
        assert!(message.contains(script), "{message}");
    }
}

use common::{get, intake, post, spawn_app, TestApp};
use izde::domain::account::Role;
use izde::domain::forms::{ConsentForm, DetentionForm, EventForm};
use izde::domain::pack::{PackForm, Template};
use izde::server::auth::access::Actor;
use izde::server::records::{self, RecordError};

/// A case of a Kazakh man whose sister agreed to publication with names, his name recorded in
/// Cyrillic, Latin, Arabic script and Chinese characters, detained in a camp (2018, charge,
/// sentence), last heard from in May 2017, whose sister wrote to an embassy. Entered by
/// `volunteer`. Nothing about who arrested him yet.
async fn named_case(app: &TestApp, volunteer: &Actor) -> String {
    let mut form = intake(KAZAKH);
    form.consent = "named".into();
    form.person.other_names = format!("Serikzhan Bilashuly\n{UYGHUR}\n{CHINESE}");
    form.person.id_numbers = "654101197501012345".into();
    form.court = "Ili Intermediate People's Court".into();
    let case = app.create_as(volunteer, &form).await;
    let step = EventForm {
        kind: "appeal_to_embassy".into(),
        date: "June 2018".into(),
        summary: "His sister wrote to the Chinese embassy in Astana.".into(),
        ..Default::default()
    };
    records::save_event(&app.cx, volunteer, &case, None, &step)
        .await
        .unwrap();
    case
}

/// Records who arrested him (and that no warrant was shown) on the case's detention.
async fn record_forces(app: &TestApp, actor: &Actor, case: &str) {
    let detail = app.detail(case).await;
    let d = &detail.detentions[0];
    let form = DetentionForm {
        responsible_forces: "public_security".into(),
        warrant_shown: "not_shown".into(),
        revision: detail.revision.to_string(),
        ..DetentionForm::from_view(d)
    };
    records::save_detention(&app.cx, actor, case, Some(&d.id.to_string()), &form)
        .await
        .unwrap();
}

fn submitter() -> PackForm {
    PackForm {
        submitter_organisation: "Atajurt Test Volunteers".into(),
        submitter_contact: "PO Box 1, Almaty".into(),
        confidential: "yes".into(),
    }
}

/// How many `pack.*` entries the audit log holds for `case`.
async fn pack_entries(app: &TestApp, case: &str) -> Vec<(String, Option<String>)> {
    sqlx::query_as(
        "SELECT action, actor FROM audit_log WHERE record_id = $1 AND action LIKE 'pack.%' ORDER BY seq",
    )
    .bind(case)
    .fetch_all(&app.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn a_pack_for_a_case_missing_the_responsible_forces_lists_that_element_and_refuses() {
    let app = spawn_app().await;
    let volunteer = app.user("volunteer", Role::Volunteer).await;
    let case = named_case(&app, &volunteer).await;

    let view = records::pack_view(&app.cx, &volunteer, &case, "wgeid")
        .await
        .unwrap();
    assert!(view.consent_refusal.is_none());
    let missing: Vec<&str> = view.missing().map(|i| i.code.as_str()).collect();
    assert_eq!(missing, ["responsible_forces", "submitter"], "{missing:?}");
    let forces = view
        .checklist
        .iter()
        .find(|i| i.code == "responsible_forces")
        .unwrap();
    let detention = app.detail(&case).await.detentions[0].id;
    assert_eq!(
        forces.fix.as_deref(),
        Some(format!("/cases/{case}/detentions/{detention}/edit#responsible_forces").as_str())
    );

    let refused = records::produce_pack(&app.cx, &volunteer, &case, "wgeid", &submitter()).await;
    match refused {
        Err(RecordError::Invalid(errors)) => {
            let message = errors.get("checklist").expect("the checklist's error");
            assert!(message.contains("Forces believed responsible"), "{message}");
        }
        other => panic!("expected a refusal, got {:?}", other.map(|_| ())),
    }

    // The page's PDF button: the pack page again, the missing element named, no PDF.
    let web = app.web_as(&volunteer).await;
    let form = [
        ("submitter_organisation", "Atajurt Test Volunteers"),
        ("submitter_contact", "PO Box 1, Almaty"),
    ];
    let answer = web
        .send(post(&format!("/cases/{case}/pack/wgeid/pdf"), &form))
        .await;
    assert_eq!(answer.status, 422);
    assert!(answer.body.contains("Forces believed responsible"));
    assert!(!answer.body.starts_with("%PDF"));
    assert!(
        pack_entries(&app, &case).await.is_empty(),
        "nothing was made"
    );

    // The page itself lists it, with the link to fill it.
    let page = web.send(get(&format!("/cases/{case}/pack/wgeid"))).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"check-responsible_forces\""));
    assert!(page.body.contains(&format!(
        "/cases/{case}/detentions/{detention}/edit#responsible_forces"
    )));

    // An empty submitter is said next to its field.
    let answer = web
        .send(post(&format!("/cases/{case}/pack/wgeid"), &[]))
        .await;
    assert_eq!(answer.status, 422);
    assert!(answer.body.contains("id=\"submitter_organisation-error\""));
}

#[tokio::test]
async fn a_complete_packs_pdf_holds_every_element_and_the_names_in_every_script() {
    let app = spawn_app().await;
    let volunteer = app.user("volunteer", Role::Volunteer).await;
    let case = named_case(&app, &volunteer).await;
    record_forces(&app, &volunteer, &case).await;

    let view = records::pack_view(&app.cx, &volunteer, &case, "wgeid")
        .await
        .unwrap();
    let missing: Vec<&str> = view.missing().map(|i| i.code.as_str()).collect();
    assert_eq!(missing, ["submitter"], "only the form's own field is left");

    let web = app.web_as(&volunteer).await;
    let form = [
        ("submitter_organisation", "Atajurt Test Volunteers"),
        ("submitter_contact", "PO Box 1, Almaty"),
        ("confidential", "yes"),
    ];
    let answer = web
        .send(post(&format!("/cases/{case}/pack/wgeid/pdf"), &form))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.headers["content-type"], "application/pdf");
    let disposition = answer.headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment; filename=\"izde-wgeid-"));
    assert!(
        !disposition.contains("Serik"),
        "the file is named by the pseudonym"
    );

    let text = pdf_text(&answer.bytes);
    let flat = squeezed(&text);
    for expected in [
        "Communication to the Working Group on Enforced or Involuntary Disappearances",
        KAZAKH,
        "Serikzhan Bilashuly",
        CHINESE,
        "654101197501012345",
        "1975",
        "May 2017 (month known, day not)",
        "Ili",
        "Police (Public Security Bureau)",
        "No warrant was shown",
        "Appeal to an embassy",
        "His sister wrote to the Chinese embassy in Astana.",
        "Ili Intermediate People's Court",
        "10 years",
        "Video testimony",
        "Atajurt Test Volunteers",
        "PO Box 1, Almaty",
        "kept confidential",
        "May be published with names",
    ] {
        assert!(
            flat.contains(&squeezed(expected)),
            "{expected:?} is not in the PDF"
        );
    }
    for word in UYGHUR.split_whitespace() {
        assert!(
            flat.contains(word),
            "an Arabic-script word is not in the PDF"
        );
    }
    // Never more precise than known: the camp is "2018", not a day in it.
    assert!(flat.contains(&squeezed("2018 (year known, month not)")));

    // Made once, by the volunteer, for this case and this working group.
    let entries = pack_entries(&app, &case).await;
    assert_eq!(
        entries,
        [(
            "pack.wgeid".to_string(),
            volunteer.user_id().map(String::from)
        )]
    );

    // The printable page holds the same communication.
    let page = web
        .send(post(&format!("/cases/{case}/pack/wgeid"), &form))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("class=\"printable\""));
    assert!(page.body.contains(CHINESE));
    assert!(page.body.contains("Police (Public Security Bureau)"));
    assert_eq!(pack_entries(&app, &case).await.len(), 2);
}

#[tokio::test]
async fn a_case_without_consent_to_publish_with_names_cannot_produce_a_pack() {
    let app = spawn_app().await;
    let admin = app.user("admin", Role::Admin).await;
    let case = named_case(&app, &admin).await;
    record_forces(&app, &admin, &case).await;

    for (consent, said) in [
        ("anonymized", "May be published anonymized"),
        ("none", "No consent to publish"),
    ] {
        let detail = app.detail(&case).await;
        let testifier = detail.testifiers[0].id.to_string();
        let change = ConsentForm {
            consent: consent.into(),
            note: String::new(),
            revision: detail.revision.to_string(),
        };
        records::change_consent(&app.cx, &admin, &case, &testifier, &change)
            .await
            .unwrap();
        for template in Template::ALL {
            let view = records::pack_view(&app.cx, &admin, &case, template.code())
                .await
                .unwrap();
            assert!(view.consent_refusal.as_deref().unwrap().contains(said));
            assert!(!view.ready());
            let refused =
                records::produce_pack(&app.cx, &admin, &case, template.code(), &submitter()).await;
            assert!(matches!(refused, Err(RecordError::Forbidden(_))));
        }
        let web = app.web_as(&admin).await;
        let answer = web
            .send(post(
                &format!("/cases/{case}/pack/wgad/pdf"),
                &[
                    ("submitter_organisation", "Atajurt Test Volunteers"),
                    ("submitter_contact", "PO Box 1, Almaty"),
                ],
            ))
            .await;
        assert_eq!(answer.status, 403);
        assert!(answer.body.contains(said));
        // The page offers no form to prepare one.
        let page = web.send(get(&format!("/cases/{case}/pack/wgeid"))).await;
        assert!(!page.body.contains("name=\"submitter_organisation\""));
    }
    assert!(pack_entries(&app, &case).await.is_empty());
}

#[tokio::test]
async fn only_an_admin_or_the_volunteer_of_the_case_may_prepare_a_pack() {
    let app = spawn_app().await;
    let owner = app.user("owner", Role::Volunteer).await;
    let other = app.user("other", Role::Volunteer).await;
    let researcher = app.user("researcher", Role::Researcher).await;
    let admin = app.user("admin", Role::Admin).await;
    let case = named_case(&app, &owner).await;
    record_forces(&app, &owner, &case).await;
    for actor in [&other, &researcher] {
        let refused = records::pack_view(&app.cx, actor, &case, "wgeid").await;
        assert!(matches!(refused, Err(RecordError::Forbidden(_))));
        let refused = records::produce_pack(&app.cx, actor, &case, "wgeid", &submitter()).await;
        assert!(matches!(refused, Err(RecordError::Forbidden(_))));
    }
    for actor in [&owner, &admin] {
        records::produce_pack(&app.cx, actor, &case, "wgad", &submitter())
            .await
            .unwrap();
    }
    // An unknown template is no page.
    let unknown = records::pack_view(&app.cx, &admin, &case, "wgxx").await;
    assert!(matches!(unknown, Err(RecordError::NotFound)));
}

#[tokio::test]
async fn the_wgad_needs_the_warrant_the_grounds_and_the_place_of_detention() {
    let app = spawn_app().await;
    let admin = app.user("admin", Role::Admin).await;
    let case = named_case(&app, &admin).await;
    let view = records::pack_view(&app.cx, &admin, &case, "wgad")
        .await
        .unwrap();
    let missing: Vec<&str> = view.missing().map(|i| i.code.as_str()).collect();
    assert_eq!(missing, ["responsible_forces", "warrant", "submitter"]);
    record_forces(&app, &admin, &case).await;
    let (_, document) = records::produce_pack(&app.cx, &admin, &case, "wgad", &submitter())
        .await
        .unwrap();
    assert_eq!(
        document.title,
        "Communication to the Working Group on Arbitrary Detention"
    );
}

#[tokio::test]
async fn a_dossier_shows_the_case_as_the_reader_may_see_it_and_its_pdf_is_audited() {
    let app = spawn_app().await;
    let volunteer = app.user("volunteer", Role::Volunteer).await;
    let researcher = app.user("researcher", Role::Researcher).await;
    let case = named_case(&app, &volunteer).await;
    record_forces(&app, &volunteer, &case).await;

    // The volunteer's: names in every script, the sentence clock, claims with their levels.
    let web = app.web_as(&volunteer).await;
    let answer = web
        .send(post(&format!("/cases/{case}/dossier/pdf"), &[]))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.headers["content-type"], "application/pdf");
    let flat = squeezed(&pdf_text(&answer.bytes));
    for expected in [
        KAZAKH,
        CHINESE,
        "Sentence clock",
        "10 years: expected release",
        "Claims and their evidence",
        "Arrested by: Police (Public Security Bureau)",
        "reported",
        "Video testimony",
        "Appeal to an embassy",
    ] {
        assert!(
            flat.contains(&squeezed(expected)),
            "{expected:?} is not in the dossier"
        );
    }
    let dossiers: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT action, actor FROM audit_log WHERE record_id = $1 AND action = 'dossier'",
    )
    .bind(&case)
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(dossiers.len(), 1);

    // The researcher's: the pseudonym, and no name, spelling, ID number or summary.
    let web = app.web_as(&researcher).await;
    let answer = web
        .send(post(&format!("/cases/{case}/dossier/pdf"), &[]))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let flat = squeezed(&pdf_text(&answer.bytes));
    let pseudonym = app.detail(&case).await.pseudonym;
    assert!(flat.contains(&squeezed(&pseudonym)));
    assert!(flat.contains(&squeezed("Sentence clock")));
    for secret in [
        KAZAKH,
        "Serikzhan",
        CHINESE,
        "654101197501012345",
        "His sister wrote",
    ] {
        assert!(
            !flat.contains(&squeezed(secret)),
            "a researcher's dossier shows a secret"
        );
    }
    for word in UYGHUR.split_whitespace() {
        assert!(!flat.contains(word));
    }
    let page = web.send(get(&format!("/cases/{case}/dossier"))).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("class=\"printable\""));
    assert!(!page.body.contains(KAZAKH));
}

#[tokio::test]
async fn a_dossier_follows_the_familys_consent() {
    let app = spawn_app().await;
    let admin = app.user("admin", Role::Admin).await;
    let case = named_case(&app, &admin).await;
    let set = |consent: &'static str| {
        let (app, admin, case) = (&app, &admin, &case);
        async move {
            let detail = app.detail(case).await;
            let form = ConsentForm {
                consent: consent.into(),
                note: String::new(),
                revision: detail.revision.to_string(),
            };
            let testifier = detail.testifiers[0].id.to_string();
            records::change_consent(&app.cx, admin, case, &testifier, &form)
                .await
                .unwrap();
        }
    };
    // Anonymized: no name even for an admin.
    set("anonymized").await;
    let document = records::dossier(&app.cx, &admin, &case, false)
        .await
        .unwrap();
    let json = serde_json::to_string(&document).unwrap();
    assert!(!json.contains(KAZAKH) && !json.contains(CHINESE) && !json.contains("Serikzhan"));
    assert!(json.contains("anonymized publication only"));
    // None: no dossier at all.
    set("none").await;
    let refused = records::dossier(&app.cx, &admin, &case, true).await;
    assert!(matches!(refused, Err(RecordError::Forbidden(_))));
}

#[tokio::test]
async fn a_date_known_only_to_the_year_is_not_enough_for_the_wgeid_and_links_to_where_it_is_written(
) {
    let app = spawn_app().await;
    let admin = app.user("admin", Role::Admin).await;
    let mut form = intake(KAZAKH);
    form.consent = "named".into();
    form.person.last_contact_date = "2017".into();
    let case = app.create_as(&admin, &form).await;
    let view = records::pack_view(&app.cx, &admin, &case, "wgeid")
        .await
        .unwrap();
    let date = view.checklist.iter().find(|i| i.code == "date").unwrap();
    assert!(!date.done);
    assert!(date.note.as_deref().unwrap().contains("\"2017\""));
    assert_eq!(
        date.fix.as_deref(),
        Some(format!("/cases/{case}/edit#last_contact_date").as_str())
    );
    // The WGAD takes the arrest as known: the camp, 2018.
    let view = records::pack_view(&app.cx, &admin, &case, "wgad")
        .await
        .unwrap();
    assert!(view.checklist.iter().any(|i| i.code == "date" && i.done));
}

#[tokio::test]
async fn without_fonts_a_pdf_is_refused_with_the_reason_and_nothing_is_audited() {
    let app = spawn_app().await;
    let admin = app.user("admin", Role::Admin).await;
    let case = named_case(&app, &admin).await;
    record_forces(&app, &admin, &case).await;
    let empty = tempfile::tempdir().unwrap();
    let web = app
        .web_with(&admin, |state| {
            state.pdf = std::sync::Arc::new(PdfEngine::new(vec![empty.path().to_path_buf()]));
        })
        .await;
    let answer = web
        .send(post(
            &format!("/cases/{case}/pack/wgeid/pdf"),
            &[
                ("submitter_organisation", "Atajurt Test Volunteers"),
                ("submitter_contact", "PO Box 1, Almaty"),
            ],
        ))
        .await;
    assert_eq!(answer.status, 403);
    assert!(answer.body.contains("lacks the fonts"));
    let dossier = web
        .send(post(&format!("/cases/{case}/dossier/pdf"), &[]))
        .await;
    assert!(dossier.body.contains("lacks the fonts"));
    let audited: Vec<(String,)> = sqlx::query_as(
        "SELECT action FROM audit_log WHERE record_id = $1 AND (action LIKE 'pack.%' OR action = 'dossier')",
    )
    .bind(&case)
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert!(audited.is_empty());
}
