//! Merging two records of one person from the duplicate review, through the merge form as a
//! browser posts it: everything recorded under either case ends under the kept one, re-sealed
//! with its key; the profile takes the admin's choices; the other case's address leads to the
//! kept one and its history stays readable; one transaction, audited.
#![cfg(feature = "ssr")]

mod common;

use axum::http::StatusCode;
use common::{get, post, spawn_app, TestApp};
use izde::domain::account::Role;
use izde::domain::forms::PersonForm;
use izde::server::auth::access::Actor;

const MERGE_NOTE: &str = "MERGE-NOTE-same-ID-number-his-brother-confirmed";
const SAVED_TRANSCRIPT: &str = "TRANSCRIPT-OF-THE-SAVED-RECORD: he was taken at night.";

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.pool).await.unwrap()
}

/// Saves a case's profile changed by `change`, as an edit form would.
async fn edit(app: &TestApp, id: &str, change: impl FnOnce(&mut PersonForm)) {
    let case = app.detail(id).await;
    let mut form = PersonForm::from_profile(&case.profile);
    form.revision = case.revision.to_string();
    change(&mut form);
    app.update_case(id, &form).await.unwrap();
}

/// The open review pair of two cases.
async fn pair_of(app: &TestApp, a: &str, b: &str) -> String {
    sqlx::query_scalar(
        "SELECT id FROM duplicate_pairs WHERE decision IS NULL
           AND ((case_id = $1 AND other_id = $2) OR (case_id = $2 AND other_id = $1))",
    )
    .bind(a)
    .bind(b)
    .fetch_one(&app.pool)
    .await
    .unwrap()
}

async fn revision(app: &TestApp, id: &str) -> String {
    let r: i64 = sqlx::query_scalar("SELECT revision FROM cases WHERE id = $1")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    r.to_string()
}

/// Two records of Zhanat Ospanuly: `recorded` first, by one volunteer; `saved` by another, then
/// edited to the Cyrillic spelling, which puts the pair in the review.
struct TwoRecords {
    app: TestApp,
    recorded: String,
    saved: String,
    pair: String,
    second_volunteer: Actor,
}

async fn two_records() -> TwoRecords {
    let app = spawn_app().await;
    let first = app.user("vera", Role::Volunteer).await;
    let second = app.user("colin", Role::Volunteer).await;
    let mut form = common::intake("Zhanat Ospanuly");
    form.person.narrative = "NARRATIVE-RECORDED: a teacher from Ghulja.".into();
    form.person.id_numbers = "654321197501011234".into();
    let recorded = app.create_as(&first, &form).await;
    let mut form = common::intake("Someone Else");
    form.transcript = SAVED_TRANSCRIPT.into();
    form.testifier_name = "Айгүл Оспанова".into();
    form.relationship = "wife".into();
    form.person.narrative = "NARRATIVE-SAVED: his wife says he was sentenced.".into();
    form.court = "Ghulja intermediate court".into();
    let saved = app.create_as(&second, &form).await;
    app.add_event(&saved, "proof_of_life", "2021").await;
    edit(&app, &saved, |f| {
        f.name = "Жанат Оспанұлы".into();
        f.status = "camp".into();
    })
    .await;
    let pair = pair_of(&app, &saved, &recorded).await;
    TwoRecords {
        app,
        recorded,
        saved,
        pair,
        second_volunteer: second,
    }
}

#[tokio::test]
async fn an_admin_merges_two_records_and_everything_moves_under_the_kept_case() {
    let TwoRecords {
        app,
        recorded,
        saved,
        pair,
        second_volunteer,
    } = two_records().await;
    // A third case paired with the one that will go: its pair follows the kept case.
    let third = app.create(&common::intake("Zhanat Ospan")).await;
    sqlx::query(
        "INSERT INTO duplicate_pairs (id, case_id, other_id, found_at, found_in)
         VALUES ($1, $2, $3, '2026-01-01T00:00:00.000Z', 'intake')",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(&third)
    .bind(&saved)
    .execute(&app.pool)
    .await
    .unwrap();
    let before_recorded = app.detail(&recorded).await;
    let before_saved = app.detail(&saved).await;
    let web = app.web().await;

    // The side-by-side page: both names, the fields that differ offered as a choice.
    let page = web
        .send(get(&format!("/admin/duplicates/{pair}/merge")))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "Zhanat Ospanuly",
        "Жанат Оспанұлы",
        "name=\"pick-name\"",
        "name=\"pick-status\"",
        "name=\"pick-narrative\" value=\"both\"",
        "Merge into one case",
    ] {
        assert!(page.body.contains(text), "the merge page shows {text}");
    }
    assert!(
        !page.body.contains("name=\"pick-birth\""),
        "the same birth year on both sides is not a choice"
    );

    let form = [
        ("keep", "other".to_string()),
        ("pick-name", "case".into()),
        ("pick-status", "other".into()),
        ("pick-narrative", "both".into()),
        ("notes", MERGE_NOTE.into()),
        ("case_revision", revision(&app, &saved).await),
        ("other_revision", revision(&app, &recorded).await),
    ];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let answer = web
        .send(post(&format!("/admin/duplicates/{pair}/merge"), &form))
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(answer.location().unwrap(), format!("/cases/{recorded}"));

    // One case: the recorded one's address, the profile as chosen.
    let kept = app.detail(&recorded).await;
    let p = &kept.profile;
    assert_eq!(p.name.expose(), "Жанат Оспанұлы");
    assert_eq!(
        p.other_names.as_ref().unwrap().expose(),
        "Zhanat Ospanuly",
        "the name not chosen is another spelling"
    );
    assert_eq!(p.status.code, "sentenced");
    assert_eq!(
        p.narrative.as_ref().unwrap().expose(),
        "NARRATIVE-RECORDED: a teacher from Ghulja.\n\nNARRATIVE-SAVED: his wife says he was sentenced."
    );
    assert_eq!(
        p.id_numbers.as_ref().unwrap().expose(),
        "654321197501011234"
    );
    // Everything of both, opened with the kept case's key.
    assert_eq!(
        kept.testimonies.len(),
        before_recorded.testimonies.len() + before_saved.testimonies.len()
    );
    assert!(kept
        .testimonies
        .iter()
        .any(|t| t.transcript.as_ref().map(|s| s.expose()) == Some(SAVED_TRANSCRIPT)));
    assert_eq!(kept.testifiers.len(), 2);
    assert!(kept
        .testifiers
        .iter()
        .any(|t| t.name.expose() == "Айгүл Оспанова"));
    assert_eq!(kept.detentions.len(), 2);
    assert!(kept
        .detentions
        .iter()
        .any(|d| d.court.as_deref() == Some("Ghulja intermediate court")));
    assert_eq!(
        kept.events.len(),
        before_recorded.events.len() + before_saved.events.len()
    );
    assert_eq!(
        kept.sources.len(),
        before_recorded.sources.len() + before_saved.sources.len()
    );
    assert_eq!(kept.merged_in.len(), 1);
    assert_eq!(kept.merged_in[0].id.to_string(), saved);
    assert_eq!(
        kept.merged_in[0].notes.as_ref().unwrap().expose(),
        MERGE_NOTE
    );

    // The merged case is gone from every table but the merge's own.
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM cases").await, 2);
    for (table, column) in izde::server::db::merges::MOVED.iter().chain(&[
        ("case_versions", "case_id"),
        ("case_assignments", "case_id"),
        ("case_text", "case_id"),
        ("blind_index", "case_id"),
        ("duplicate_pairs", "case_id"),
        ("duplicate_pairs", "other_id"),
        ("cases", "id"),
    ]) {
        let n: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1"))
                .bind(&saved)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        assert_eq!(n, 0, "{table}.{column} still names the merged case");
    }
    // Every sealed field of the installation still opens, each with its owner's key.
    izde::server::crypto::keyring::recover(&app.pool, app.keys.identity().age_identity())
        .await
        .expect("every sealed field opens after the merge");
    // The counts and the list see one case where there were two.
    let list = izde::server::records::list_cases(
        &app.cx,
        &Actor::System,
        &izde::domain::case::CaseFilter::default(),
    )
    .await
    .unwrap();
    assert_eq!(list.total, 2);
    // The name index: both spellings find the kept case.
    for name in ["Zhanat Ospanuly", "Жанат Оспанұлы"] {
        let found = izde::server::records::search_cases(&app.cx, &Actor::System, name)
            .await
            .unwrap();
        assert!(
            found.hits.iter().any(|(c, _)| c.id.to_string() == recorded),
            "{name} finds the kept case"
        );
        assert!(found.hits.iter().all(|(c, _)| c.id.to_string() != saved));
    }
    // The third case's pair now names the kept case, still waiting for a decision.
    let (open,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM duplicate_pairs WHERE decision IS NULL
           AND ((case_id = $1 AND other_id = $2) OR (case_id = $2 AND other_id = $1))",
    )
    .bind(&third)
    .bind(&recorded)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(open, 1);
    // The volunteer who entered the merged case works on the kept one now.
    let names = izde::server::records::case_detail(&app.cx, &second_volunteer, &recorded)
        .await
        .unwrap();
    assert!(
        names.sensitive,
        "the merged case's volunteer reads the kept case"
    );
    // Audited on both ids.
    for id in [&recorded, &saved] {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'case.merge' AND record_id = $1",
        )
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
        assert_eq!(n, 1, "one merge entry on {id}");
    }

    // The old address leads to the kept case, page by page; its history stays where it was.
    let answer = web.send(get(&format!("/cases/{saved}"))).await;
    assert_eq!(answer.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(answer.location().unwrap(), format!("/cases/{recorded}"));
    let answer = web.send(get(&format!("/cases/{saved}/edit"))).await;
    assert_eq!(
        answer.location().unwrap(),
        format!("/cases/{recorded}/edit")
    );
    let history = web.send(get(&format!("/cases/{saved}/history"))).await;
    assert_eq!(history.status, StatusCode::OK);
    assert!(history
        .body
        .contains("This record was merged into another case"));
    assert!(history.body.contains("(at the merge)"));
    assert!(history.body.contains("Name changed."), "its own edit");
    let first = web.send(get(&format!("/cases/{saved}/history/1"))).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(
        first.body.contains("Someone Else"),
        "the merged record as it was first recorded"
    );
    let kept_history = web.send(get(&format!("/cases/{recorded}/history"))).await;
    assert!(kept_history.body.contains("merged into this case"));
    let page = web.send(get(&format!("/cases/{recorded}"))).await;
    assert!(page.body.contains("Merged records"));
    assert!(page.body.contains(MERGE_NOTE));

    // A researcher reads both histories without a name.
    let researcher = app.user("rustam", Role::Researcher).await;
    let web = app.web_as(&researcher).await;
    for path in [
        format!("/cases/{saved}/history"),
        format!("/cases/{saved}/history/1"),
        format!("/cases/{recorded}"),
    ] {
        let answer = web.send(get(&path)).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        for secret in [
            "Someone Else",
            "Жанат",
            "Zhanat",
            MERGE_NOTE,
            SAVED_TRANSCRIPT,
        ] {
            assert!(!answer.body.contains(secret), "{path} shows {secret}");
        }
    }

    // The merge notes and every re-sealed field are ciphertext on disk.
    for file in app.raw_database_files().await {
        for secret in [
            MERGE_NOTE,
            SAVED_TRANSCRIPT,
            "NARRATIVE-SAVED",
            "Айгүл Оспанова",
        ] {
            assert!(
                !file.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret} is on disk in plaintext"
            );
        }
    }
}

#[tokio::test]
async fn a_merge_without_notes_or_after_another_save_changes_nothing() {
    let TwoRecords {
        app,
        recorded,
        saved,
        pair,
        ..
    } = two_records().await;
    let web = app.web().await;
    let revisions = (
        revision(&app, &saved).await,
        revision(&app, &recorded).await,
    );
    let counts = app.row_counts().await;

    // No notes: the page again, the error next to the field, the choices kept.
    let answer = web
        .send(post(
            &format!("/admin/duplicates/{pair}/merge"),
            &[
                ("keep", "case"),
                ("pick-name", "other"),
                ("case_revision", &revisions.0),
                ("other_revision", &revisions.1),
            ],
        ))
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("Say why these are one person"));
    assert!(
        answer
            .body
            .contains("name=\"keep\" value=\"case\" id=\"keep-case\" checked"),
        "the kept case chosen is still chosen"
    );
    assert_eq!(app.row_counts().await, counts);

    // Someone saves the case meanwhile: the merge is refused as stale, nothing moves.
    edit(&app, &saved, |f| f.occupation = "teacher".into()).await;
    let answer = web
        .send(post(
            &format!("/admin/duplicates/{pair}/merge"),
            &[
                ("keep", "case"),
                ("notes", "same person"),
                ("case_revision", &revisions.0),
                ("other_revision", &revisions.1),
            ],
        ))
        .await;
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert!(answer.body.contains("after you opened this form"));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM cases").await, 2);
    assert_eq!(pair_of(&app, &saved, &recorded).await, pair, "still open");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM case_merges").await, 0);
}

/// A father's testimony about two sons (the same intake), the second son's record later found
/// to be the first son typed again.
#[tokio::test]
async fn a_testifier_of_both_keeps_one_link_with_the_stricter_consent() {
    let app = spawn_app().await;
    let web = app.web().await;
    let mut form: Vec<(String, String)> = [
        ("testifier_name", "Сейітқали Нұрланұлы"),
        ("relationship", "father"),
        ("consent", "named"),
        ("testimony_medium", "video"),
        ("transcript", "My son was taken in 2018."),
        ("name", "Асқар Сейітқали"),
        ("status", "camp"),
        ("r2-name", "Нұрбол Сейітқали"),
        ("r2-relationship", "father"),
        ("r2-status", "camp"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    form.push(("source_type".into(), "video_testimony".into()));
    form.push(("source_title".into(), "Video testimony".into()));
    form.push(("source_reliability".into(), "B".into()));
    form.push(("source_credibility".into(), "2".into()));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let answer = web.send(post("/cases/new", &pairs)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM cases ORDER BY created_at, id")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    let (first, second) = (ids[0].clone(), ids[1].clone());
    let father: String = sqlx::query_scalar("SELECT id FROM testifiers")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    // The family withdraws consent for the first son's record only.
    izde::server::records::change_consent(
        &app.cx,
        &Actor::System,
        &first,
        &father,
        &izde::domain::forms::ConsentForm {
            consent: "none".into(),
            note: "CONSENT-NOTE: by phone, 3 December".into(),
            revision: revision(&app, &first).await,
        },
    )
    .await
    .unwrap();
    // The second record turns out to be the first son again.
    edit(&app, &second, |f| f.name = "Асқар Сейітқали".into()).await;
    let pair = pair_of(&app, &first, &second).await;
    let answer = web
        .send(post(
            &format!("/admin/duplicates/{pair}/merge"),
            &[
                ("keep", "case"),
                ("notes", "The same son, entered twice."),
                ("case_revision", &revision(&app, &second).await),
                ("other_revision", &revision(&app, &first).await),
            ],
        ))
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let kept = app.detail(&second).await;
    assert_eq!(kept.testifiers.len(), 1, "the father once");
    assert_eq!(
        kept.testifiers[0].consent.code, "none",
        "the withdrawal is not lost in the merge"
    );
    assert_eq!(
        kept.testimonies.len(),
        2,
        "both copies of the shared testimony"
    );
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM case_testifiers").await,
        1
    );
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM testifiers").await, 1);
    izde::server::crypto::keyring::recover(&app.pool, app.keys.identity().age_identity())
        .await
        .expect("the consent note opens under the kept case");
}
