//! The living record (issue 18): a case grows after intake — a second detention learned a year
//! later, a court corrected — each change a new revision, audited, with the history keeping what
//! was there.
#![cfg(feature = "ssr")]

mod common;

use common::{get, intake, post, spawn_app};
use izde::domain::account::Role;
use izde::server::auth::access::Actor;

/// The detention form's fields, with the case's revision.
fn detention<'a>(
    revision: &'a str,
    sentence: &'a str,
    court: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("revision", revision),
        ("facility_kind", "prison"),
        ("facility_name", "Ili prison number 3"),
        ("detention_location", "cn-xj-ili"),
        ("legal_charge", "separatism"),
        ("sentence", sentence),
        ("court", court),
        ("conviction_date", "2020"),
        ("learned_how", "official_notice"),
        ("confirmed_by", "Chinese Embassy in Astana"),
    ]
}

#[tokio::test]
async fn a_second_detention_is_added_then_corrected_and_the_history_keeps_the_first_version() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let id = app
        .create_as(&volunteer, &intake("Ерлан Сәрсенбайұлы"))
        .await;
    let web = app.web_as(&volunteer).await;
    let revision = app.detail(&id).await.revision.to_string();

    // The case page offers it; the form opens empty.
    let page = web.send(get(&format!("/cases/{id}"))).await;
    assert!(
        page.body.contains(&format!("/cases/{id}/detentions/new")),
        "{}",
        page.body
    );
    let form = web.send(get(&format!("/cases/{id}/detentions/new"))).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Add a detention"), "{}", form.body);

    // Bad input comes back beside its field, and nothing is saved.
    let bad = web
        .send(post(
            &format!("/cases/{id}/detentions/new"),
            &detention(&revision, "a long time", "Ili Intermediate People's Court"),
        ))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(bad.body.contains("a long time"), "what was typed stays");
    let empty = web
        .send(post(
            &format!("/cases/{id}/detentions/new"),
            &[("revision", revision.as_str())],
        ))
        .await;
    assert_eq!(empty.status, 422, "{}", empty.body);
    assert!(
        empty.body.contains("Fill in at least one field"),
        "{}",
        empty.body
    );
    // A name of the person in an unencrypted field is refused.
    let named = web
        .send(post(
            &format!("/cases/{id}/detentions/new"),
            &detention(&revision, "9 years", "Court that tried Yerlan Sarsenbaiuly"),
        ))
        .await;
    assert_eq!(named.status, 422, "{}", named.body);
    assert_eq!(
        app.detail(&id).await.detentions.len(),
        1,
        "nothing half-saved"
    );

    // A sentence learned a year later.
    let added = web
        .send(post(
            &format!("/cases/{id}/detentions/new"),
            &detention(&revision, "9 years", "Ili Intermediate Peoples Court"),
        ))
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let at = added.location().unwrap();
    assert!(at.starts_with(&format!("/cases/{id}#detention-")), "{at}");
    let case = app.detail(&id).await;
    assert_eq!(case.detentions.len(), 2);
    let second = case
        .detentions
        .iter()
        .find(|d| d.court.as_deref() == Some("Ili Intermediate Peoples Court"))
        .expect("the new detention");
    assert_eq!(second.sentence.as_deref(), Some("9 years"));
    assert_eq!(second.legal_charge.as_ref().unwrap().code, "separatism");
    // The longest sentence (the intake's 10 years) still orders and filters the list.
    let longest: Option<i64> =
        sqlx::query_scalar("SELECT sentence_months_max FROM cases WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(longest, Some(120));

    // Corrected from a form opened before: refused as stale, nothing saved.
    let detention_id = second.id.to_string();
    let edit = format!("/cases/{id}/detentions/{detention_id}/edit");
    let stale = web
        .send(post(
            &edit,
            &detention(&revision, "life", "Ili Higher Court"),
        ))
        .await;
    assert_eq!(stale.status, 409, "{}", stale.body);
    // The edit form opens filled in; corrected from it, the court and a life sentence land.
    let current = case.revision.to_string();
    let opened = web.send(get(&edit)).await;
    assert!(
        opened.body.contains("Ili Intermediate Peoples Court"),
        "{}",
        opened.body
    );
    let saved = web
        .send(post(
            &edit,
            &detention(&current, "life", "Ili Higher Court"),
        ))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let after = app.detail(&id).await;
    let corrected = after
        .detentions
        .iter()
        .find(|d| d.id.to_string() == detention_id)
        .unwrap();
    assert_eq!(corrected.court.as_deref(), Some("Ili Higher Court"));
    assert_eq!(corrected.sentence.as_deref(), Some("life imprisonment"));
    let longest: Option<i64> =
        sqlx::query_scalar("SELECT sentence_months_max FROM cases WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(longest, Some(9999), "life now orders the list");

    // The history keeps the detention as it was before the correction.
    let before = izde::server::records::case_at(&app.cx, &Actor::System, &id, case.revision)
        .await
        .unwrap();
    assert!(before
        .detentions
        .iter()
        .any(|d| d.court.as_deref() == Some("Ili Intermediate Peoples Court")));
    let history = izde::server::records::case_history(&app.cx, &Actor::System, &id)
        .await
        .unwrap();
    let said: Vec<&String> = history.iter().flat_map(|r| &r.changes).collect();
    for line in ["Detention added.", "Detention changed."] {
        assert!(said.iter().any(|s| *s == line), "{line} not in {said:?}");
    }
    // Each change is audited under its own action.
    for action in ["detention.create", "detention.update"] {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = $1")
            .bind(action)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert_eq!(n, 1, "{action}");
    }

    // A researcher may read the case but not add to it.
    let researcher = app.user("rita", Role::Researcher).await;
    let reader = app.web_as(&researcher).await;
    let refused = reader
        .send(post(
            &format!("/cases/{id}/detentions/new"),
            &detention(&after.revision.to_string(), "5 years", "Some court"),
        ))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert_eq!(app.detail(&id).await.detentions.len(), 2);
}

#[tokio::test]
async fn a_second_testimony_is_added_then_corrected_sealed_and_linked_to_its_source() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let id = app.create_as(&volunteer, &intake("Бақыт Омарұлы")).await;
    let web = app.web_as(&volunteer).await;
    let case = app.detail(&id).await;
    let testifier = case.testifiers[0].id.to_string();
    let source = case.sources[0].id.to_string();
    // The intake's testimony is held by the intake's source.
    assert_eq!(case.testimonies[0].source_id, Some(case.sources[0].id));
    let revision = case.revision.to_string();
    let new = format!("/cases/{id}/testimonies/new");

    let form = web.send(get(&new)).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Add a testimony"), "{}", form.body);
    assert!(
        form.body.contains("Gulzhan Testova"),
        "the testifier is offered"
    );

    const TRANSCRIPT: &str = "Екінші куәлік: інім 2019 жылы сотталды";
    const RECORDING: &str = "Almaty office drive, folder Omaruly";
    let testimony = |revision: &str, testifier: &str, transcript: &'static str| {
        vec![
            ("revision", revision.to_string()),
            ("testifier", testifier.to_string()),
            ("testimony_medium", "written".to_string()),
            ("testimony_date", "2019".to_string()),
            ("testimony_language", "kk".to_string()),
            ("recording_location", RECORDING.to_string()),
            ("transcript", transcript.to_string()),
            ("testimony_source", source.clone()),
        ]
    };
    let send = |uri: String, form: Vec<(&'static str, String)>| {
        let web = &web;
        async move {
            let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            web.send(post(&uri, &pairs)).await
        }
    };
    // A testifier of no case of this one is refused beside the field; nothing is saved.
    let stranger = uuid::Uuid::now_v7().to_string();
    let bad = send(new.clone(), testimony(&revision, &stranger, TRANSCRIPT)).await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(
        bad.body.contains("choose from the items of this case"),
        "{}",
        bad.body
    );
    let mut no_medium = testimony(&revision, &testifier, TRANSCRIPT);
    no_medium[2].1 = String::new();
    let bad = send(new.clone(), no_medium).await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert_eq!(
        app.detail(&id).await.testimonies.len(),
        1,
        "nothing half-saved"
    );

    let added = send(new.clone(), testimony(&revision, &testifier, TRANSCRIPT)).await;
    assert_eq!(added.status, 303, "{}", added.body);
    assert!(added
        .location()
        .unwrap()
        .starts_with(&format!("/cases/{id}#testimony-")));
    let case = app.detail(&id).await;
    assert_eq!(case.testimonies.len(), 2);
    let second = case
        .testimonies
        .iter()
        .find(|t| t.transcript.as_ref().map(|t| t.expose()) == Some(TRANSCRIPT))
        .expect("the new testimony");
    assert_eq!(second.medium.code, "written");
    assert_eq!(
        second.testifier_id.map(|t| t.to_string()),
        Some(testifier.clone())
    );
    assert_eq!(
        second.source_id.map(|s| s.to_string()),
        Some(source.clone())
    );

    // Corrected: the transcript changes, the history keeps the first wording.
    const CORRECTED: &str = "Екінші куәлік: інім 2019 жылы 9 жылға сотталды";
    let edit = format!("/cases/{id}/testimonies/{}/edit", second.id);
    let opened = web.send(get(&edit)).await;
    assert!(opened.body.contains(TRANSCRIPT), "the form opens filled in");
    let stale = send(edit.clone(), testimony(&revision, &testifier, CORRECTED)).await;
    assert_eq!(stale.status, 409, "{}", stale.body);
    let saved = send(
        edit.clone(),
        testimony(&case.revision.to_string(), &testifier, CORRECTED),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let now = app.detail(&id).await;
    assert!(now
        .testimonies
        .iter()
        .any(|t| t.transcript.as_ref().map(|t| t.expose()) == Some(CORRECTED)));
    let before = izde::server::records::case_at(&app.cx, &Actor::System, &id, case.revision)
        .await
        .unwrap();
    assert!(before
        .testimonies
        .iter()
        .any(|t| t.transcript.as_ref().map(|t| t.expose()) == Some(TRANSCRIPT)));
    // The history says, in words, what each save did (never quoting the transcript).
    let history = izde::server::records::case_history(&app.cx, &Actor::System, &id)
        .await
        .unwrap();
    let said: Vec<&String> = history.iter().flat_map(|r| &r.changes).collect();
    for line in ["Testimony added.", "Testimony changed."] {
        assert!(said.iter().any(|s| *s == line), "{line} not in {said:?}");
    }
    assert!(said.iter().all(|s| !s.contains("сотталды")), "{said:?}");
    for action in ["testimony.create", "testimony.update"] {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = $1")
            .bind(action)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert_eq!(n, 1, "{action}");
    }

    // Sealed at rest: neither wording nor where the recording is kept is on disk in plaintext.
    for file in app.raw_database_files().await {
        for secret in [TRANSCRIPT, CORRECTED, RECORDING] {
            assert!(
                !file.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret:?} is on disk"
            );
        }
    }

    // A researcher reads the case without the testifier's id, and may not add a testimony.
    let researcher = app.user("rita", Role::Researcher).await;
    let redacted = izde::server::records::case_detail(&app.cx, &researcher, &id)
        .await
        .unwrap();
    assert!(redacted
        .testimonies
        .iter()
        .all(|t| t.testifier_id.is_none()));
    let reader = app.web_as(&researcher).await;
    let pairs = testimony(&now.revision.to_string(), &testifier, CORRECTED);
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = reader.send(post(&new, &pairs)).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
}

/// An export of every case into memory in each profile, by an admin: their manifests.
async fn exports(app: &common::TestApp, admin: &Actor) -> Vec<izde::domain::export::Manifest> {
    let mut out = Vec::new();
    for profile in izde::domain::export::Profile::ALL {
        out.push(export_as(app, admin, profile).await);
    }
    out
}

/// Asserts (cases selected, cases left out for consent) of every profile's manifest.
async fn assert_selected(app: &common::TestApp, admin: &Actor, expected: (u64, u64)) {
    for m in exports(app, admin).await {
        assert_eq!(
            (m.rows_selected, m.rows_withheld_for_consent),
            expected,
            "{}",
            m.profile
        );
        if m.profile != "aggregate" {
            assert_eq!(
                m.rows_exported + m.rows_suppressed,
                expected.0,
                "{}",
                m.profile
            );
        }
    }
}

async fn export_as(
    app: &common::TestApp,
    admin: &Actor,
    profile: izde::domain::export::Profile,
) -> izde::domain::export::Manifest {
    use izde::domain::anonymize::Requirements;
    use izde::domain::export::{ExportOptions, Format};
    use izde::server::export;
    let request = export::Request {
        filter: izde::domain::case::CaseFilter::default(),
        options: ExportOptions {
            profile,
            format: Format::Csv,
            requirements: Requirements {
                k: 3,
                l: 1,
                max_suppressed: 0.5,
            },
            threshold: 5,
            stable_ids: false,
        },
    };
    let mut files = Vec::new();
    export::export(
        &app.cx,
        admin,
        &request,
        export::Sink::Memory(&mut files),
        &indicatif::ProgressBar::hidden(),
    )
    .await
    .unwrap()
    .manifest
}

#[tokio::test]
async fn a_family_withdraws_consent_and_the_case_leaves_every_export_from_that_moment() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let mut ids = Vec::new();
    for i in 0..12 {
        let mut f = intake(&format!("Consenting Person {i}"));
        f.person.status = ["camp", "sentenced"][i % 2].into();
        f.person.birth_year = "1970".into();
        ids.push(app.create_as(&volunteer, &f).await);
    }
    let admin = app.user("exporter", Role::Admin).await;
    assert_selected(&app, &admin, (12, 0)).await;

    let id = &ids[0];
    let case = app.detail(id).await;
    let testifier = case.testifiers[0].id.to_string();
    let revision = case.revision.to_string();
    let url = format!("/cases/{id}/testifiers/{testifier}/consent");
    let web = app.web_as(&volunteer).await;

    // The case page says when and by whom the consent was given, and offers to change it.
    let page = web.send(get(&format!("/cases/{id}"))).await;
    assert!(page.body.contains(&url), "{}", page.body);
    assert!(page.body.contains("recorded by vera"), "{}", page.body);
    assert!(!page.body.contains("left out of every export"));
    let form = web.send(get(&url)).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Consent to publish"), "{}", form.body);

    // A value outside the vocabulary is refused beside the field; nothing changes.
    let bad = web
        .send(post(&url, &[("revision", &revision), ("consent", "maybe")]))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(bad.body.contains("consent"), "{}", bad.body);
    // A researcher may not change it.
    let researcher = app.user("rita", Role::Researcher).await;
    let reader = app.web_as(&researcher).await;
    let refused = reader
        .send(post(&url, &[("revision", &revision), ("consent", "none")]))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(!reader
        .send(get(&format!("/cases/{id}")))
        .await
        .body
        .contains("Change consent"));
    assert_eq!(
        app.detail(id).await.testifiers[0].consent.code,
        "anonymized"
    );

    // Withdrawn, with how the family said it.
    let note = "Гүлжан phoned the coordinator on 3 December";
    let saved = web
        .send(post(
            &url,
            &[("revision", &revision), ("consent", "none"), ("note", note)],
        ))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(
        saved.location().as_deref(),
        Some(format!("/cases/{id}#testifier-{testifier}").as_str())
    );
    let after = app.detail(id).await;
    assert_eq!(after.testifiers[0].consent.code, "none");
    assert_eq!(after.testifiers[0].consent_by.as_deref(), Some("vera"));
    assert_eq!(after.revision, case.revision + 1);
    let page = web.send(get(&format!("/cases/{id}"))).await;
    assert!(
        page.body.contains("left out of every export"),
        "{}",
        page.body
    );
    assert!(page.body.contains(note), "{}", page.body);
    let theirs = reader.send(get(&format!("/cases/{id}"))).await;
    assert!(!theirs.body.contains("Гүлжан phoned"), "{}", theirs.body);
    for file in app.raw_database_files().await {
        let needle = "Гүлжан phoned".as_bytes();
        assert!(
            !file.windows(needle.len()).any(|w| w == needle),
            "the consent note is in the database in plaintext"
        );
    }
    // A form opened before the change is stale.
    let stale = web
        .send(post(&url, &[("revision", &revision), ("consent", "named")]))
        .await;
    assert_eq!(stale.status, 409, "{}", stale.body);

    // Every export profile leaves it out and says so; the others are still there.
    assert_selected(&app, &admin, (11, 1)).await;

    // The history says what changed, the version before keeps the old consent, and the audit
    // log has the change.
    let history = izde::server::records::case_history(&app.cx, &Actor::System, id)
        .await
        .unwrap();
    let said: Vec<&String> = history.iter().flat_map(|r| &r.changes).collect();
    let line =
        "Consent of the testifier (sister): May be published anonymized → No consent to publish.";
    assert!(said.iter().any(|s| *s == line), "{said:?}");
    let before = izde::server::records::case_at(&app.cx, &Actor::System, id, case.revision)
        .await
        .unwrap();
    assert_eq!(before.testifiers[0].consent.code, "anonymized");
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'consent.change' AND record_id = $1",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(n, 1);

    // Given again (the family agrees to names): back in the export from then on.
    let given = web
        .send(post(
            &url,
            &[
                ("revision", &after.revision.to_string()),
                ("consent", "named"),
            ],
        ))
        .await;
    assert_eq!(given.status, 303, "{}", given.body);
    assert_selected(&app, &admin, (12, 0)).await;
}

#[tokio::test]
async fn an_event_removed_with_a_reason_stays_in_the_history_and_the_reason_is_sealed() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let id = app
        .create_as(&volunteer, &intake("Removed Event Person"))
        .await;
    app.add_event(&id, "proof_of_life", "2021-05").await;
    let case = app.detail(&id).await;
    let event = case
        .events
        .iter()
        .find(|e| e.kind.code == "proof_of_life")
        .expect("the added event");
    let (event_id, revision) = (event.id.to_string(), case.revision.to_string());
    let url = format!("/cases/{id}/events/{event_id}/remove");
    let web = app.web_as(&volunteer).await;

    // The timeline offers it; the form says what is about to go.
    let page = web.send(get(&format!("/cases/{id}"))).await;
    assert!(page.body.contains(&url), "{}", page.body);
    let form = web.send(get(&url)).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Remove an event"), "{}", form.body);
    assert!(form.body.contains("(May 2021)"), "{}", form.body);

    // No reason: refused beside the field, nothing removed.
    let bare = web
        .send(post(&url, &[("revision", &revision), ("reason", "  ")]))
        .await;
    assert_eq!(bare.status, 422, "{}", bare.body);
    assert!(bare.body.contains("Say why"), "{}", bare.body);
    assert_eq!(app.detail(&id).await.events.len(), case.events.len());
    // A researcher may not remove anything.
    let researcher = app.user("rita", Role::Researcher).await;
    let refused = app
        .web_as(&researcher)
        .await
        .send(post(&url, &[("revision", &revision), ("reason", "no")]))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);

    let reason = "Entered twice: Гүлжан corrected the date on the phone";
    let removed = web
        .send(post(&url, &[("revision", &revision), ("reason", reason)]))
        .await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    assert_eq!(
        removed.location().as_deref(),
        Some(format!("/cases/{id}#timeline").as_str())
    );
    let after = app.detail(&id).await;
    assert!(after.events.iter().all(|e| e.id.to_string() != event_id));
    assert_eq!(after.removals.len(), 1);
    assert_eq!(after.removals[0].reason.as_ref().unwrap().expose(), reason);
    assert_eq!(after.removals[0].removed_by.as_deref(), Some("vera"));
    // A second removal from the same, now stale, form is refused.
    let again = web
        .send(post(&url, &[("revision", &revision), ("reason", reason)]))
        .await;
    assert_eq!(again.status, 409, "{}", again.body);

    // The history says what went and why; the version before still has it.
    let history = izde::server::records::case_history(&app.cx, &Actor::System, &id)
        .await
        .unwrap();
    let said: Vec<&String> = history.iter().flat_map(|r| &r.changes).collect();
    let why = format!("Reason for removing the event: “{reason}”");
    assert!(
        said.iter()
            .any(|s| s.starts_with("Event removed: Proof of life") && s.ends_with("(May 2021).")),
        "{said:?}"
    );
    assert!(said.iter().any(|s| **s == why), "{why} not in {said:?}");
    let before = izde::server::records::case_at(&app.cx, &Actor::System, &id, case.revision)
        .await
        .unwrap();
    assert!(before.events.iter().any(|e| e.id.to_string() == event_id));
    // A researcher's history says something was removed, without the reason.
    let theirs = izde::server::records::case_history(&app.cx, &researcher, &id)
        .await
        .unwrap();
    let said: Vec<&String> = theirs.iter().flat_map(|r| &r.changes).collect();
    assert!(said.iter().all(|s| !s.contains("Гүлжан")), "{said:?}");
    assert!(
        said.iter()
            .any(|s| s.starts_with("The event was removed with a reason")),
        "{said:?}"
    );
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'event.delete' AND record_id = $1",
    )
    .bind(&event_id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(n, 1);
    // The reason is sealed: not on disk in plaintext.
    for file in app.raw_database_files().await {
        let needle = "Гүлжан corrected".as_bytes();
        assert!(
            !file.windows(needle.len()).any(|w| w == needle),
            "the removal's reason is in the database in plaintext"
        );
    }
}

#[tokio::test]
async fn a_detention_and_a_testimony_are_removed_and_the_longest_sentence_follows() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let id = app
        .create_as(&volunteer, &intake("Removed Detention Person"))
        .await;
    let web = app.web_as(&volunteer).await;
    let case = app.detail(&id).await;
    let detention = case.detentions[0].id.to_string();
    let testimony = case.testimonies[0].id.to_string();
    let removed = web
        .send(post(
            &format!("/cases/{id}/detentions/{detention}/remove"),
            &[
                ("revision", &case.revision.to_string()),
                (
                    "reason",
                    "Another person's detention, entered here by mistake",
                ),
            ],
        ))
        .await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    let longest: Option<i64> =
        sqlx::query_scalar("SELECT sentence_months_max FROM cases WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        longest, None,
        "the list no longer orders it by the 10 years"
    );
    let revision = app.detail(&id).await.revision.to_string();
    let removed = web
        .send(post(
            &format!("/cases/{id}/testimonies/{testimony}/remove"),
            &[
                ("revision", &revision),
                ("reason", "Recorded for another case"),
            ],
        ))
        .await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    let after = app.detail(&id).await;
    assert!(after.detentions.is_empty() && after.testimonies.is_empty());
    let history = izde::server::records::case_history(&app.cx, &Actor::System, &id)
        .await
        .unwrap();
    let said: Vec<&String> = history.iter().flat_map(|r| &r.changes).collect();
    for line in ["Detention removed.", "Testimony removed."] {
        assert!(said.iter().any(|s| *s == line), "{line} not in {said:?}");
    }
    // An id that is not this case's is not found, and changes nothing.
    let other = app.create_as(&volunteer, &intake("Another Person")).await;
    let their_events = app.detail(&other).await.events.len();
    let theirs = app.detail(&other).await.events[0].id.to_string();
    let wrong = web
        .send(post(
            &format!("/cases/{id}/events/{theirs}/remove"),
            &[
                ("revision", &after.revision.to_string()),
                ("reason", "wrong case"),
            ],
        ))
        .await;
    assert_eq!(wrong.status, 404, "{}", wrong.body);
    assert_eq!(app.detail(&other).await.events.len(), their_events);
}

/// The brother who records a second video a year after the wife's testimony.
#[tokio::test]
async fn a_brother_is_added_as_a_testifier_and_gives_the_second_testimony() {
    const BROTHER: &str = "Мұрат Сәрсенбайұлы";
    const CONTACT: &str = "+7 777 010 2020";
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let id = app
        .create_as(&volunteer, &intake("Ерлан Сәрсенбайұлы"))
        .await;
    let web = app.web_as(&volunteer).await;
    let revision = app.detail(&id).await.revision.to_string();
    let form = |name: &'static str, revision: String| {
        vec![
            ("testifier_name", name.to_string()),
            ("testifier_contact", CONTACT.to_string()),
            ("relationship", "brother".to_string()),
            ("consent", "named".to_string()),
            ("pressure_notes", "Police visited our parents.".to_string()),
            ("revision", revision),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let pairs: Vec<(&str, String)> = fields;
        let encoded: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        post(&format!("/cases/{id}/testifiers/new"), &encoded)
    };

    // The page opens with the form; a name already in an unencrypted field is refused.
    let answer = web.send(get(&format!("/cases/{id}/testifiers/new"))).await;
    assert_eq!(answer.status.as_u16(), 200);
    assert!(answer.body.contains("name=\"testifier_name\""));
    let answer = web.send(send(form("Test camp", revision.clone()))).await;
    assert_eq!(
        answer.status.as_u16(),
        422,
        "the facility's name is stored unencrypted"
    );
    assert!(answer.body.contains("id=\"testifier_name-error\""));
    // An edit begun at an older revision is refused.
    let answer = web.send(send(form(BROTHER, "0".into()))).await;
    assert_eq!(answer.status.as_u16(), 409);

    let answer = web.send(send(form(BROTHER, revision))).await;
    assert_eq!(answer.status.as_u16(), 303, "{}", answer.body);
    let case = app.detail(&id).await;
    assert_eq!(case.testifiers.len(), 2);
    let brother = case
        .testifiers
        .iter()
        .find(|t| t.name.expose() == BROTHER)
        .unwrap();
    assert_eq!(brother.relationship.code, "brother");
    assert_eq!(brother.consent.code, "named");
    assert_eq!(brother.contact.as_ref().unwrap().expose(), CONTACT);
    assert!(answer
        .location()
        .unwrap()
        .ends_with(&format!("#testifier-{}", brother.id)));

    // He gives the second testimony.
    let revision = case.revision.to_string();
    let testifier = brother.id.to_string();
    let answer = web
        .send(post(
            &format!("/cases/{id}/testimonies/new"),
            &[
                ("testifier", testifier.as_str()),
                ("testimony_medium", "video"),
                ("testimony_date", "2019"),
                ("revision", revision.as_str()),
            ],
        ))
        .await;
    assert_eq!(answer.status.as_u16(), 303, "{}", answer.body);
    let case = app.detail(&id).await;
    assert!(case
        .testimonies
        .iter()
        .any(|t| t.testifier_name.expose() == BROTHER));

    // The history says who was added, by relationship (never by name); the audit log has it.
    let history = izde::server::records::case_history(&app.cx, &Actor::System, &id)
        .await
        .unwrap();
    let said: Vec<&String> = history.iter().flat_map(|r| &r.changes).collect();
    assert_eq!(
        said.iter()
            .filter(|s| s.starts_with("Testifier added"))
            .map(|s| s.as_str())
            .collect::<Vec<_>>(),
        ["Testifier added: the missing person's brother."],
        "{said:?}"
    );
    assert!(said.iter().all(|s| !s.contains(BROTHER)));
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'testifier.create'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(n, 1);

    // Sealed at rest.
    for file in app.raw_database_files().await {
        for secret in [BROTHER, CONTACT, "Police visited our parents."] {
            assert!(
                !file.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret:?} is on disk"
            );
        }
    }
}

#[tokio::test]
async fn a_source_is_corrected_then_retracted_and_counts_for_nothing_but_stays_in_the_history() {
    use izde::domain::provenance::{Claim, ClaimKind, Level};
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let id = app
        .create_as(&volunteer, &intake("Retracted Source Person"))
        .await;
    let status = |c: &izde::domain::case::CaseDetail| {
        c.claims
            .iter()
            .find(|v| v.claim == Claim::case(ClaimKind::Status))
            .expect("the status claim")
            .level()
    };
    let level_before = status(&app.detail(&id).await);
    let court = izde::domain::forms::SourceForm {
        source_type: "court_document".into(),
        source_title: "Verdict".into(),
        source_publisher: "Ili Intermediate People's Court".into(),
        source_reliability: "C".into(),
        source_credibility: "3".into(),
        ..Default::default()
    };
    let source = app.add_source(&id, &court).await.unwrap().to_string();
    let web = app.web_as(&volunteer).await;
    let case = app.detail(&id).await;
    let cited = web
        .send(post(
            &format!("/cases/{id}/claims/cite"),
            &[
                ("claim", "status"),
                ("source", &source),
                ("stance", "supports"),
                ("timecode", ""),
                ("revision", &case.revision.to_string()),
            ],
        ))
        .await;
    assert_eq!(cited.status, 303, "{}", cited.body);
    assert_eq!(status(&app.detail(&id).await), Level::Confirmed);

    // The case page offers both; the correction opens with the source as stored.
    let (edit, retract) = (
        format!("/cases/{id}/sources/{source}/edit"),
        format!("/cases/{id}/sources/{source}/retract"),
    );
    let page = web.send(get(&format!("/cases/{id}"))).await;
    assert!(page.body.contains(&edit) && page.body.contains(&retract));
    let form = web.send(get(&edit)).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Correct a source"), "{}", form.body);
    assert!(
        form.body.contains("Ili Intermediate People"),
        "{}",
        form.body
    );

    let case = app.detail(&id).await;
    let revision = case.revision.to_string();
    let corrected = |title: &'static str, revision: String| {
        vec![
            ("revision", revision),
            ("source_type", "court_document".to_string()),
            ("source_title", title.to_string()),
            (
                "source_publisher",
                "Ili Intermediate People's Court".to_string(),
            ),
            ("source_reliability", "B".to_string()),
            ("source_credibility", "2".to_string()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let url = edit.clone();
        let web = &web;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            web.send(post(&url, &fields)).await
        }
    };
    // A name of the person in the (unencrypted) title is refused beside the field.
    let named = send(corrected(
        "Verdict of Retracted Source Person",
        revision.clone(),
    ))
    .await;
    assert_eq!(named.status, 422, "{}", named.body);
    assert!(named.body.contains("source_title-error"), "{}", named.body);
    // A form opened before another change is refused.
    let stale = send(corrected("Verdict of the Ili court", "0".into())).await;
    assert_eq!(stale.status, 409, "{}", stale.body);
    let saved = send(corrected("Verdict of the Ili court", revision)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let after = app.detail(&id).await;
    let s = after
        .sources
        .iter()
        .find(|s| s.id.to_string() == source)
        .unwrap();
    assert_eq!(s.title, "Verdict of the Ili court");
    assert_eq!(s.reliability.code, "B");
    assert_eq!(status(&after), Level::Confirmed, "the citation stays");

    // Retracting needs a reason; a researcher may not.
    let revision = after.revision.to_string();
    let bare = web
        .send(post(&retract, &[("revision", &revision), ("reason", " ")]))
        .await;
    assert_eq!(bare.status, 422, "{}", bare.body);
    assert!(bare.body.contains("Say why"), "{}", bare.body);
    let researcher = app.user("rita", Role::Researcher).await;
    let refused = app
        .web_as(&researcher)
        .await
        .send(post(&retract, &[("revision", &revision), ("reason", "no")]))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let reason = "A forgery: the seal is of another court, Гүлнар says";
    let form = web.send(get(&retract)).await;
    assert!(form.body.contains("Retract a source"), "{}", form.body);
    let done = web
        .send(post(
            &retract,
            &[("revision", &revision), ("reason", reason)],
        ))
        .await;
    assert_eq!(done.status, 303, "{}", done.body);

    // It stays on the case, marked, and counts for nothing.
    let after = app.detail(&id).await;
    let s = after
        .sources
        .iter()
        .find(|s| s.id.to_string() == source)
        .unwrap();
    let r = s.retraction.as_ref().expect("retracted");
    assert_eq!(r.reason.as_ref().unwrap().expose(), reason);
    assert_eq!(r.by.as_deref(), Some("vera"));
    assert_eq!(
        status(&after),
        level_before,
        "the verdict no longer confirms"
    );
    let page = web.send(get(&format!("/cases/{id}"))).await;
    assert!(
        page.body.contains("no longer counted as evidence"),
        "{}",
        page.body
    );
    assert!(
        !page.body.contains(&edit),
        "a retracted source is not corrected"
    );
    // Neither corrected nor retracted again.
    let again = send(corrected("Verdict again", after.revision.to_string())).await;
    assert_eq!(again.status, 422, "{}", again.body);
    assert!(again.body.contains("was retracted"), "{}", again.body);
    let again = web
        .send(post(
            &retract,
            &[("revision", &after.revision.to_string()), ("reason", "x")],
        ))
        .await;
    assert_eq!(again.status, 422, "{}", again.body);

    // The history says both; the reason only to those who may read names.
    let history = izde::server::records::case_history(&app.cx, &Actor::System, &id)
        .await
        .unwrap();
    let said: Vec<&String> = history.iter().flat_map(|r| &r.changes).collect();
    assert!(
        said.iter()
            .any(|s| **s == "Source changed: “Verdict of the Ili court”."),
        "{said:?}"
    );
    assert!(
        said.iter().any(
            |s| s.starts_with("Source retracted: “Verdict of the Ili court”")
                && s.ends_with(&format!("Reason: “{reason}”"))
        ),
        "{said:?}"
    );
    let theirs = izde::server::records::case_history(&app.cx, &researcher, &id)
        .await
        .unwrap();
    let said: Vec<&String> = theirs.iter().flat_map(|r| &r.changes).collect();
    assert!(said.iter().all(|s| !s.contains("Гүлнар")), "{said:?}");
    assert!(
        said.iter().any(|s| s.starts_with("Source retracted")),
        "{said:?}"
    );
    for action in ["source.update", "source.retract"] {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = $1 AND record_id = $2",
        )
        .bind(action)
        .bind(&source)
        .fetch_one(&app.pool)
        .await
        .unwrap();
        assert_eq!(n, 1, "{action}");
    }
    for file in app.raw_database_files().await {
        let needle = "Гүлнар says".as_bytes();
        assert!(
            !file.windows(needle.len()).any(|w| w == needle),
            "the retraction's reason is in the database in plaintext"
        );
    }
}
