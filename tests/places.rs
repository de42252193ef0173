//! Places the gazetteer lacks (issue 18): an admin adds a village under a county, with its names in
//! each script; every place picker offers it at once (this instance and any other reads the places
//! again), a case can point at it, and the addition is audited. Nobody else may add places.
#![cfg(feature = "ssr")]

mod common;

use common::{get, post, spawn_app, Web};
use izde::domain::account::Role;

/// The same browser as `web` (its session), on pages in Russian (the `izde-lang` cookie).
fn in_russian(web: &Web) -> Web {
    Web {
        router: web.router.clone(),
        cookie: Some(format!(
            "{}; izde-lang=ru",
            web.cookie.clone().unwrap_or_default()
        )),
    }
}

#[tokio::test]
async fn an_admin_adds_a_village_and_a_volunteer_records_an_event_there() {
    let mut app = spawn_app().await;
    let admin = app.user("aida", Role::Admin).await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let id = app
        .create_as(&volunteer, &common::intake("Village Person"))
        .await;
    let web = app.web_as(&admin).await;
    let page = web.send(get("/admin/places")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Add a township or village"));
    assert!(page.body.contains("No place has been added yet"));

    // Bad input comes back beside its field, and nothing is added.
    let village = [
        ("parent", "cn-xj-ili-kuytun"),
        ("level", "village"),
        ("name_en", "Aqtal"),
        ("name_kk", "Ақтал"),
        ("name_ug", "ئاقتال"),
        ("name_zh", "阿克塔勒村"),
        ("name_ru", "Актал"),
    ];
    let mut unnamed = village;
    unnamed[2].1 = " ";
    let answer = web.send(post("/admin/places", &unnamed)).await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(answer.body.contains("name_en-error"), "{}", answer.body);
    let mut township_under_prefecture = village;
    township_under_prefecture[0].1 = "cn-xj-ili";
    township_under_prefecture[1].1 = "township";
    let answer = web
        .send(post("/admin/places", &township_under_prefecture))
        .await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer.body.contains("a township is added under its county"),
        "{}",
        answer.body
    );
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM locations WHERE added_at IS NOT NULL")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);

    // Others may not add places.
    for (who, role) in [("rita", Role::Researcher), ("colin", Role::Volunteer)] {
        let actor = app.user(who, role).await;
        let refused = app
            .web_as(&actor)
            .await
            .send(post("/admin/places", &village))
            .await;
        assert_eq!(refused.status, 403, "{who}: {}", refused.body);
    }

    let added = web.send(post("/admin/places", &village)).await;
    assert_eq!(added.status, 303, "{}", added.body);
    let place = "cn-xj-ili-kuytun-aqtal";
    assert_eq!(
        added.location().as_deref(),
        Some(format!("/admin/places#place-{place}").as_str())
    );
    let page = web.send(get("/admin/places")).await;
    assert!(
        page.body.contains(&format!("id=\"place-{place}\"")),
        "{}",
        page.body
    );
    assert!(page.body.contains("Aqtal, Kuytun"), "{}", page.body);
    assert!(page.body.contains("阿克塔勒村") && page.body.contains("by aida"));
    assert!(
        page.body.contains(r#"<td dir="auto" lang="ru">Актал<"#),
        "{}",
        page.body
    );
    let stored: Option<String> = sqlx::query_scalar("SELECT name_ru FROM locations WHERE id = $1")
        .bind(place)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(stored.as_deref(), Some("Актал"));
    // The same place again (by any of its names) is refused.
    let mut again = village;
    again[2].1 = "Aktal";
    let twice = web.send(post("/admin/places", &again)).await;
    assert_eq!(twice.status, 422, "{}", twice.body);
    assert!(
        twice.body.contains("already in the gazetteer"),
        "{}",
        twice.body
    );
    // Its Russian name alone is enough to tell.
    let by_russian = web
        .send(post(
            "/admin/places",
            &[
                ("parent", "cn-xj-ili-kuytun"),
                ("level", "village"),
                ("name_en", "Aktal Auyly"),
                ("name_ru", " актал "),
            ],
        ))
        .await;
    assert_eq!(by_russian.status, 422, "{}", by_russian.body);
    assert!(
        by_russian.body.contains("already in the gazetteer"),
        "{}",
        by_russian.body
    );

    // A volunteer's place picker offers it, right under its county, and a case can point at it.
    let theirs = app.web_as(&volunteer).await;
    let form = theirs.send(get(&format!("/cases/{id}/events/new"))).await;
    let county = form
        .body
        .find("value=\"cn-xj-ili-kuytun\"")
        .expect("the county");
    let offered = form
        .body
        .find(&format!("value=\"{place}\""))
        .expect("the village");
    assert!(offered > county, "the village follows its county");
    let revision = app.detail(&id).await.revision.to_string();
    let saved = theirs
        .send(post(
            &format!("/cases/{id}/events/new"),
            &[
                ("kind", "proof_of_life"),
                ("date", "2021"),
                ("location", place),
                ("revision", &revision),
            ],
        ))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let at: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM events WHERE case_id = $1 AND location_id = $2")
            .bind(&id)
            .bind(place)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(at, 1);
    let page = theirs.send(get(&format!("/cases/{id}"))).await;
    assert!(page.body.contains("Aqtal, Kuytun"), "{}", page.body);

    // In Russian, the place and its county read in Russian, and the picker gives the Russian name.
    let russian = in_russian(&theirs);
    let page = russian.send(get(&format!("/cases/{id}"))).await;
    assert!(page.body.contains(r#"<html lang="ru""#), "{}", page.body);
    assert!(
        page.body
            .contains("Актал, Куйтун, Или-Казахский автономный округ"),
        "{}",
        page.body
    );
    let form = russian.send(get(&format!("/cases/{id}/events/new"))).await;
    assert!(
        form.body.contains("Aqtal · Ақтал · Актал · 阿克塔勒村"),
        "{}",
        form.body
    );
    assert!(
        form.body
            .contains("Ghulja (Yining City) · Құлжа қаласы · Кульджа (Инин) · 伊宁市"),
        "{}",
        form.body
    );
    // The case list's prefecture filter, and the place facet of a case last seen there.
    // (The services called directly read the places again as the web application does.)
    app.cx.vocab = std::sync::Arc::new(
        izde::server::records::load_vocabularies(&app.pool)
            .await
            .unwrap(),
    );
    let mut last_seen = common::intake("Last Seen In Aqtal");
    last_seen.person.last_contact_location = place.into();
    app.create_as(&volunteer, &last_seen).await;
    let list = russian.send(get("/cases?prefecture=cn-xj-ili")).await;
    assert_eq!(list.status, 200, "{}", list.body);
    assert!(
        list.body.contains(">Или-Казахский автономный округ"),
        "{}",
        list.body
    );
    assert!(
        list.body
            .contains("Актал, Куйтун, Или-Казахский автономный округ"),
        "{}",
        list.body
    );
    // A place added without a Russian name reads in Latin letters on Russian pages.
    let unnamed = web
        .send(post(
            "/admin/places",
            &[
                ("parent", "cn-xj-ili-kuytun"),
                ("level", "village"),
                ("name_en", "Shyghanaq"),
                ("name_kk", "Шығанақ"),
            ],
        ))
        .await;
    assert_eq!(unnamed.status, 303, "{}", unnamed.body);
    let stored: Option<String> = sqlx::query_scalar("SELECT name_ru FROM locations WHERE id = $1")
        .bind("cn-xj-ili-kuytun-shyghanaq")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(stored, None);
    let places = in_russian(&web).send(get("/admin/places")).await;
    assert!(
        places
            .body
            .contains("Shyghanaq, Куйтун, Или-Казахский автономный округ"),
        "{}",
        places.body
    );

    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'place.create' AND record_id = $1",
    )
    .bind(place)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_place_the_gazetteer_lacks_is_recorded_in_its_county_with_a_sealed_note() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let note = "Qaraqara auyly, by the Kash river";
    // A note needs the county it lies in.
    for place in ["", "cn-xj-ili"] {
        let mut form = common::intake("Noted Place Person");
        form.person.last_contact_location = place.into();
        form.person.last_contact_place_note = note.into();
        let refused = izde::server::records::create_testimony(&app.cx, &volunteer, &form).await;
        match refused {
            Err(izde::server::records::RecordError::Invalid(errors)) => assert!(
                errors
                    .get("last_contact_place_note")
                    .is_some_and(|m| m.contains("choose the county")),
                "{errors:?}"
            ),
            other => panic!("a note without its county was not refused: {other:?}"),
        }
    }
    let mut form = common::intake("Noted Place Person");
    form.person.last_contact_location = "cn-xj-ili-kuytun".into();
    form.person.last_contact_place_note = note.into();
    let id = app.create_as(&volunteer, &form).await;
    let case = app.detail(&id).await;
    assert_eq!(
        case.profile.last_place_note.as_ref().map(|n| n.expose()),
        Some(note)
    );
    let contact = case
        .events
        .iter()
        .find(|e| e.kind.code == "last_contact")
        .expect("the last contact event");
    assert_eq!(contact.place_note.as_ref().map(|n| n.expose()), Some(note));

    // A detention and an event elsewhere, each in its county with a note.
    let web = app.web_as(&volunteer).await;
    let revision = app.detail(&id).await.revision.to_string();
    let detention = web
        .send(post(
            &format!("/cases/{id}/detentions/new"),
            &[
                ("revision", revision.as_str()),
                ("facility_kind", "detention_centre"),
                ("detention_location", "cn-xj-ili-kuytun"),
                ("detention_place_note", "the old grain store turned lock-up"),
            ],
        ))
        .await;
    assert_eq!(detention.status, 303, "{}", detention.body);
    let revision = app.detail(&id).await.revision.to_string();
    let event = web
        .send(post(
            &format!("/cases/{id}/events/new"),
            &[
                ("revision", revision.as_str()),
                ("kind", "proof_of_life"),
                ("date", "2021"),
                ("location", "cn-xj-ili-kuytun"),
                ("place_note", "his aunt's house in Tasbulaq"),
            ],
        ))
        .await;
    assert_eq!(event.status, 303, "{}", event.body);
    let page = web.send(get(&format!("/cases/{id}"))).await;
    for shown in [
        format!("another place: {note}"),
        "another place: the old grain store turned lock-up".to_string(),
        "another place: his aunt's house in Tasbulaq".to_string(),
    ] {
        assert!(page.body.contains(&shown), "{shown} not on {}", page.body);
    }
    let edit = web.send(get(&format!("/cases/{id}/edit"))).await;
    assert!(edit.body.contains(note), "the edit form keeps the note");

    // A researcher reads the county only; the notes are sealed on disk.
    let researcher = app.user("rita", Role::Researcher).await;
    let theirs = app
        .web_as(&researcher)
        .await
        .send(get(&format!("/cases/{id}")))
        .await;
    assert_eq!(theirs.status, 200);
    assert!(theirs.body.contains("Kuytun"), "{}", theirs.body);
    for secret in ["Qaraqara", "grain store", "Tasbulaq"] {
        assert!(
            !theirs.body.contains(secret),
            "{secret} shown to a researcher"
        );
        for file in app.raw_database_files().await {
            assert!(
                !file.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret} is in the database in plaintext"
            );
        }
    }
}

#[tokio::test]
async fn every_seeded_place_has_a_russian_name() {
    let app = spawn_app().await;
    let rows: Vec<(String, Option<String>, String)> = sqlx::query_as(
        "SELECT id, name_ru, name_en FROM locations WHERE added_at IS NULL ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(rows.len(), 150, "the seeded gazetteer");
    let missing: Vec<&str> = rows
        .iter()
        .filter(|(_, ru, _)| ru.as_deref().is_none_or(|ru| ru.trim().is_empty()))
        .map(|(id, _, _)| id.as_str())
        .collect();
    assert!(missing.is_empty(), "no Russian name: {missing:?}");
    // In Cyrillic (the official names of three Kazakh regions keep Kazakh letters), with no
    // spaces around it and brackets that close.
    for (id, ru, en) in &rows {
        let ru = ru.as_deref().unwrap_or_default();
        assert!(
            ru.chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
            "{id}: {ru:?} is not in Cyrillic"
        );
        assert_eq!(ru.trim(), ru, "{id}");
        assert!(
            ru.chars().next().is_some_and(char::is_uppercase),
            "{id}: {ru:?}"
        );
        assert_eq!(
            ru.matches('(').count(),
            ru.matches(')').count(),
            "{id}: {ru:?}"
        );
        assert_ne!(ru, en, "{id}");
    }
    // And Izde reads them: a Russian page names the place in Russian.
    let ru = |id: &str| {
        app.vocab
            .location(id)
            .map(|l| l.name.get(izde::i18n::Lang::Ru).to_string())
    };
    assert_eq!(
        ru("cn-xj-ili").as_deref(),
        Some("Или-Казахский автономный округ")
    );
    assert_eq!(
        ru("cn-xj-ili-ghulja-city").as_deref(),
        Some("Кульджа (Инин)")
    );
    assert_eq!(ru("cn-xj-urumqi").as_deref(), Some("Урумчи"));
    assert_eq!(ru("kz-almaty").as_deref(), Some("Алматы"));
    assert_eq!(ru("tr-istanbul").as_deref(), Some("Стамбул"));
}
