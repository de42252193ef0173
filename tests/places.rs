//! Places the gazetteer lacks (issue 18): an admin adds a village under a county, with its names in
//! each script; every place picker offers it at once (this instance and any other reads the places
//! again), a case can point at it, and the addition is audited. Nobody else may add places.
#![cfg(feature = "ssr")]

mod common;

use common::{get, post, spawn_app};
use izde::domain::account::Role;

#[tokio::test]
async fn an_admin_adds_a_village_and_a_volunteer_records_an_event_there() {
    let app = spawn_app().await;
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

    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'place.create' AND record_id = $1",
    )
    .bind(place)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}
