//! One testimony about several missing relatives, through the intake form as a browser without
//! JavaScript posts it: each relative becomes a case of their own, sharing the testifier and the
//! testimony, all saved in one transaction or not at all; look-alikes (also those an edit of the
//! names makes) go to the admins' duplicate review.
#![cfg(feature = "ssr")]

mod common;

use axum::http::StatusCode;
use common::{post, spawn_app};

/// A father's testimony about his sons, with `sons` of them (names given).
fn about_sons(sons: &[&str]) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = [
        ("testifier_name", "Сейітқали Нұрланұлы"),
        ("testifier_contact", "+7 701 555 0101"),
        ("relationship", "father"),
        ("consent", "anonymized"),
        ("testimony_medium", "video"),
        ("testimony_date", "2019-03-02"),
        ("transcript", "Three of my sons were taken in 2018."),
        ("source_type", "video_testimony"),
        ("source_title", "Video testimony of their father"),
        ("source_reliability", "B"),
        ("source_credibility", "2"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for (i, son) in sons.iter().enumerate() {
        let prefix = if i == 0 {
            String::new()
        } else {
            format!("r{}-", i + 1)
        };
        let mut field = |name: &str, value: &str| {
            form.push((format!("{prefix}{name}"), value.to_string()));
        };
        field("name", son);
        field("status", "sentenced");
        if i > 0 {
            field("relationship", "father");
        }
        field("facility_kind", "prison");
        field("sentence", &format!("{} years", 10 + i));
        field("court", &format!("Court number {}", i + 1));
        field("detention_date", "2018");
    }
    form
}

fn as_request(form: &[(String, String)]) -> axum::http::Request<axum::body::Body> {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    post("/cases/new", &pairs)
}

async fn scalar(app: &common::TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.pool).await.unwrap()
}

#[tokio::test]
async fn the_add_button_brings_the_form_back_with_one_more_relative_and_saves_nothing() {
    let app = spawn_app().await;
    let web = app.web().await;
    let before = app.row_counts().await;
    let mut form = about_sons(&["Ерлан Сейітқали"]);
    form.push(("relatives".into(), "add".into()));
    let answer = web.send(as_request(&form)).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = answer.body;
    assert!(html.contains("id=\"relative-2\""), "a second relative");
    assert!(html.contains("name=\"r2-name\""));
    assert!(html.contains("name=\"r2-relationship\""));
    assert!(html.contains("name=\"r2-court\""));
    assert!(
        html.contains("value=\"Ерлан Сейітқали\""),
        "the first relative is kept"
    );
    assert!(
        html.contains("value=\"Сейітқали Нұрланұлы\""),
        "the testifier is kept"
    );
    assert!(html.contains("Remove missing relative 2"));
    assert!(!html.contains("role=\"alert\""), "no error is shown");
    assert_eq!(app.row_counts().await, before, "nothing was saved");

    // Removing it again.
    let mut form = about_sons(&["Ерлан Сейітқали", "Нұрбол Сейітқали"]);
    form.push(("relatives".into(), "remove-2".into()));
    let answer = web.send(as_request(&form)).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(!answer.body.contains("name=\"r2-name\""));
    assert_eq!(app.row_counts().await, before);
}

#[tokio::test]
async fn one_intake_about_three_sons_makes_three_cases_sharing_the_testifier_and_the_testimony() {
    let app = spawn_app().await;
    let web = app.web().await;
    let sons = ["Ерлан Сейітқали", "Нұрбол Сейітқали", "Асқар Сейітқали"];
    let answer = web.send(as_request(&about_sons(&sons))).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let first = answer.location().unwrap();

    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM cases").await, 3);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM testifiers").await,
        1,
        "the father is one testifier"
    );
    assert_eq!(
        scalar(
            &app,
            "SELECT COUNT(DISTINCT testifier_id) FROM case_testifiers WHERE relationship = 'father'"
        )
        .await,
        1
    );
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM case_testifiers").await,
        3
    );
    assert_eq!(
        scalar(
            &app,
            "SELECT COUNT(DISTINCT shared_id) FROM testimonies WHERE shared_id IS NOT NULL"
        )
        .await,
        1,
        "the three copies of the testimony are one"
    );
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM testimonies").await,
        3,
        "each case holds its own copy, sealed with its own key"
    );

    // Each case has its own relative, detention and sentence, and points at the others.
    let first_id = first.trim_start_matches("/cases/");
    let case = app.detail(first_id).await;
    assert_eq!(case.profile.name.expose(), sons[0]);
    assert_eq!(case.detentions.len(), 1);
    assert_eq!(case.detentions[0].court.as_deref(), Some("Court number 1"));
    assert_eq!(case.testimonies.len(), 1);
    assert_eq!(
        case.testimonies[0].transcript.as_ref().unwrap().expose(),
        "Three of my sons were taken in 2018."
    );
    let others = &case.testimonies[0].also_about;
    assert_eq!(others.len(), 2);
    let mut names = vec![case.profile.name.expose().to_string()];
    for other in others {
        let case = app.detail(&other.to_string()).await;
        assert_eq!(case.testifiers.len(), 1);
        assert_eq!(case.testifiers[0].name.expose(), "Сейітқали Нұрланұлы");
        assert_eq!(case.testifiers[0].relationship.code, "father");
        assert_eq!(case.testimonies[0].also_about.len(), 2);
        assert_eq!(case.sources.len(), 1);
        names.push(case.profile.name.expose().to_string());
        let sentence = case.detentions[0].sentence.clone().unwrap();
        assert!(sentence == "11 years" || sentence == "12 years");
    }
    names.sort();
    let mut expected = sons.map(String::from).to_vec();
    expected.sort();
    assert_eq!(names, expected);

    // The case page links the other relatives' cases.
    let answer = web.send(common::get(&first)).await;
    assert!(answer
        .body
        .contains("The same testimony is about 2 other missing relatives"));
    assert!(answer
        .body
        .contains(&format!("href=\"/cases/{}\"", others[0])));
}

#[tokio::test]
async fn an_error_in_the_second_relative_is_shown_by_its_field_and_nothing_is_saved() {
    let app = spawn_app().await;
    let web = app.web().await;
    let before = app.row_counts().await;
    let mut form = about_sons(&["Ерлан Сейітқали", "Нұрбол Сейітқали"]);
    form.retain(|(k, _)| k != "r2-name" && k != "r2-relationship");
    // A name of the first relative in the second's unencrypted court field.
    form.retain(|(k, _)| k != "r2-court");
    form.push(("r2-court".into(), "Court of Ерлан Сейітқали".into()));
    form.push(("r2-name".into(), String::new()));
    let answer = web.send(as_request(&form)).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = answer.body;
    assert!(html.contains("id=\"r2-name-error\""), "the missing name");
    assert!(html.contains("id=\"r2-relationship-error\""));
    assert!(
        html.contains("id=\"r2-court-error\""),
        "a relative's name is kept out of every unencrypted field"
    );
    assert!(
        !html.contains("id=\"name-error\""),
        "the first relative is fine"
    );
    assert!(html.contains("value=\"Ерлан Сейітқали\""));
    assert_eq!(app.row_counts().await, before, "nothing was saved");
}

#[tokio::test]
async fn a_second_relative_already_recorded_is_asked_about_and_the_answer_goes_to_the_review() {
    let app = spawn_app().await;
    let web = app.web().await;
    let existing = app.create(&common::intake("Nurbol Seitkali")).await;
    let before = app.row_counts().await;

    let form = about_sons(&["Ерлан Сейітқали", "Нұрбол Сейітқали"]);
    let answer = web.send(as_request(&form)).await;
    assert_eq!(answer.status, StatusCode::CONFLICT);
    let html = answer.body;
    assert!(html.contains("id=\"r2-name-error\""));
    assert!(!html.contains("id=\"name-error\""));
    assert!(html.contains(&format!("href=\"/cases/{existing}\"")));
    assert!(html.contains("name=\"r2-not_duplicate\""));
    assert_eq!(app.row_counts().await, before, "nothing was saved");

    let mut confirmed = form.clone();
    confirmed.push(("r2-not_duplicate".into(), "yes".into()));
    let answer = web.send(as_request(&confirmed)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM cases").await, 3);
    let (case_id, other_id, answer, found_in): (String, String, Option<String>, String) =
        sqlx::query_as("SELECT case_id, other_id, volunteer_answer, found_in FROM duplicate_pairs")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(other_id, existing.to_string());
    assert_ne!(case_id, other_id);
    assert_eq!(answer.as_deref(), Some("different"));
    assert_eq!(found_in, "intake");
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM duplicate_pairs").await,
        1,
        "the first son looks like nobody"
    );

    // An admin finds the pair in the review, with both names and the volunteer's answer …
    let answer = web.send(common::get("/admin/duplicates")).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = answer.body;
    assert!(html.contains("Нұрбол Сейітқали") && html.contains("Nurbol Seitkali"));
    assert!(html.contains("said this is a different person"));
    assert!(html.contains(&format!("href=\"/cases/{existing}\"")));
    let pair: String = sqlx::query_scalar("SELECT id FROM duplicate_pairs")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert!(html.contains(&format!("action=\"/admin/duplicates/{pair}/different\"")));

    // … and decides they are different people: the pair leaves the queue, audited on both cases.
    let answer = web
        .send(post(&format!("/admin/duplicates/{pair}/different"), &[]))
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let answer = web.send(common::get("/admin/duplicates")).await;
    assert!(answer.body.contains("No pair is waiting for a decision."));
    assert_eq!(
        scalar(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'duplicate.different'"
        )
        .await,
        2
    );
    // Deciding twice finds nothing to decide.
    let answer = web
        .send(post(&format!("/admin/duplicates/{pair}/different"), &[]))
        .await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn editing_a_name_into_one_already_recorded_puts_the_pair_in_the_review() {
    let app = spawn_app().await;
    let recorded = app.create(&common::intake("Жанат Оспанұлы")).await;
    let edited = app.create(&common::intake("Someone Else")).await;
    let case = app.detail(&edited.to_string()).await;
    let mut form = izde::domain::forms::PersonForm::from_profile(&case.profile);
    form.revision = case.revision.to_string();

    // An edit that leaves the names alone finds nothing.
    form.status = "released_restricted".into();
    app.update_case(&edited.to_string(), &form).await.unwrap();
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM duplicate_pairs").await,
        0
    );

    // The names corrected to the Latin spelling of a recorded person: a pair, found in an edit.
    form.revision = (case.revision + 1).to_string();
    form.other_names = "Zhanat Ospanuly".into();
    app.update_case(&edited.to_string(), &form).await.unwrap();
    let (case_id, other_id, found_in, answer): (String, String, String, Option<String>) =
        sqlx::query_as("SELECT case_id, other_id, found_in, volunteer_answer FROM duplicate_pairs")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        (case_id, other_id, found_in.as_str(), answer),
        (edited.to_string(), recorded.to_string(), "edit", None)
    );

    // Saving again does not pair them twice.
    form.revision = (case.revision + 2).to_string();
    form.narrative = "Corrected again.".into();
    app.update_case(&edited.to_string(), &form).await.unwrap();
    form.revision = (case.revision + 3).to_string();
    form.aliases = "Zhanat".into();
    app.update_case(&edited.to_string(), &form).await.unwrap();
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM duplicate_pairs").await,
        1
    );
}

#[tokio::test]
async fn a_father_recorded_for_one_son_is_found_by_name_and_linked_to_another_sons_case() {
    use izde::domain::account::Role;
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let mut first = common::intake("Ерлан Сейітқалиұлы");
    first.testifier_name = "Сейітқали Нұрланұлы".into();
    first.testifier_contact = "+7 701 555 0101".into();
    first.relationship = "father".into();
    let first_id = app.create_as(&vera, &first).await;
    // The second son's case, from his wife's testimony a year later.
    let mut second = common::intake("Асқар Сейітқалиұлы");
    second.relationship = "wife".into();
    let second_id = app.create_as(&vera, &second).await;
    let father: String =
        sqlx::query_scalar("SELECT testifier_id FROM case_testifiers WHERE case_id = $1")
            .bind(&first_id)
            .fetch_one(&app.pool)
            .await
            .unwrap();

    // Found from a Latin spelling, with the son he spoke for; the name stays out of the address.
    let web = app.web_as(&vera).await;
    let find = format!("/cases/{second_id}/testifiers/find");
    let found = web
        .send(post(&find, &[("testifier_query", "Seyitkali Nurlanuly")]))
        .await;
    assert_eq!(found.status, 200, "{}", found.body);
    assert!(
        found.body.contains(&format!("value=\"{father}\"")),
        "{}",
        found.body
    );
    assert!(found.body.contains("father of Ерлан Сейітқалиұлы"));
    assert!(found.body.contains("1 recorded testifier found"));
    let nobody = web
        .send(post(&find, &[("testifier_query", "Nobody Atall")]))
        .await;
    assert!(nobody.body.contains("No recorded testifier has this name"));

    // Another volunteer learns only that someone of this name is recorded, and cannot link him.
    let colin = app.user("colin", Role::Volunteer).await;
    let own = app
        .create_as(&colin, &common::intake("Colin Own Case"))
        .await;
    let theirs = app.web_as(&colin).await;
    let answer = theirs
        .send(post(
            &format!("/cases/{own}/testifiers/find"),
            &[("testifier_query", "Сейітқали Нұрланұлы")],
        ))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(!answer.body.contains(&father), "{}", answer.body);
    assert!(!answer.body.contains("Ерлан"), "{}", answer.body);
    assert!(
        answer.body.contains("1 more recorded testifier"),
        "{}",
        answer.body
    );
    let revision = app.detail(&own).await.revision.to_string();
    let refused = theirs
        .send(post(
            &format!("/cases/{own}/testifiers/new"),
            &[
                ("existing", father.as_str()),
                ("relationship", "father"),
                ("consent", "named"),
                ("revision", &revision),
            ],
        ))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    // Nor may anyone look on a case they may not change.
    let snooping = theirs
        .send(post(&find, &[("testifier_query", "Сейітқали Нұрланұлы")]))
        .await;
    assert_eq!(snooping.status, 403, "{}", snooping.body);

    // Linked, with a relationship and consent of this case's own; a missing one is refused first.
    let link = format!("/cases/{second_id}/testifiers/new");
    let revision = app.detail(&second_id).await.revision.to_string();
    let bad = web
        .send(post(
            &link,
            &[
                ("existing", father.as_str()),
                ("consent", "named"),
                ("revision", &revision),
            ],
        ))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(bad.body.contains("relationship-error"), "{}", bad.body);
    assert!(
        bad.body
            .contains("Linking the recorded testifier you chose"),
        "the choice is kept: {}",
        bad.body
    );
    let linked = web
        .send(post(
            &link,
            &[
                ("existing", father.as_str()),
                ("relationship", "father"),
                ("consent", "named"),
                ("revision", &revision),
            ],
        ))
        .await;
    assert_eq!(
        linked.status,
        StatusCode::SEE_OTHER.as_u16(),
        "{}",
        linked.body
    );
    let after = app.detail(&second_id).await;
    let him = after
        .testifiers
        .iter()
        .find(|t| t.id.to_string() == father)
        .expect("the father is a testifier of the second son's case");
    assert_eq!(him.name.expose(), "Сейітқали Нұрланұлы");
    assert_eq!(
        him.contact.as_ref().map(|c| c.expose()),
        Some("+7 701 555 0101")
    );
    assert_eq!(
        (him.relationship.code.as_str(), him.consent.code.as_str()),
        ("father", "named")
    );
    let before = app.detail(&first_id).await;
    assert_eq!(
        before.testifiers[0].consent.code, "anonymized",
        "each case its own consent"
    );
    let (people, links): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM testifiers WHERE id = $1),
                (SELECT COUNT(*) FROM case_testifiers WHERE testifier_id = $1)",
    )
    .bind(&father)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((people, links), (1, 2), "one person, two links");
    let again = web
        .send(post(
            &link,
            &[
                ("existing", father.as_str()),
                ("relationship", "father"),
                ("consent", "named"),
                ("revision", &after.revision.to_string()),
            ],
        ))
        .await;
    assert_eq!(again.status, 422, "{}", again.body);
    assert!(again.body.contains("already a testifier of this case"));
    let history = izde::server::records::case_history(
        &app.cx,
        &izde::server::auth::access::Actor::System,
        &second_id,
    )
    .await
    .unwrap();
    assert!(history
        .iter()
        .flat_map(|r| &r.changes)
        .any(|s| s == "Testifier added: the missing person's father."));
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'testifier.link' AND record_id = $1",
    )
    .bind(&father)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(n, 1);

    // The index holds digests only, and is made again when lost (as after a KEK rotation).
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT digest FROM testifier_index WHERE testifier_id = $1")
            .bind(&father)
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert!(
        stored.len() >= 3 && stored.iter().all(|d| d.len() <= 8),
        "{stored:?}"
    );
    sqlx::query("DELETE FROM testifier_index")
        .execute(&app.pool)
        .await
        .unwrap();
    let gone = web
        .send(post(&find, &[("testifier_query", "Seyitkali Nurlanuly")]))
        .await;
    assert!(gone.body.contains("No recorded testifier has this name"));
    izde::server::records::reindex_stale(&app.pool, &app.keys)
        .await
        .unwrap();
    let back = web
        .send(post(&find, &[("testifier_query", "Сейітқали")]))
        .await;
    assert!(
        back.body.contains("father of Ерлан Сейітқалиұлы"),
        "{}",
        back.body
    );
}
