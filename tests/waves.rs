//! The cross-case timeline: waves per kind of event and a lane per case, for the filtered cases.
#![cfg(feature = "ssr")]

mod common;

use common::{get, intake, spawn_app};
use izde::domain::account::Role;
use izde::domain::case::CaseFilter;
use izde::domain::stats::Count;
use izde::server::auth::access::Actor;
use izde::server::records::waves::cross_timeline;

#[tokio::test]
async fn the_waves_count_each_event_once_and_the_lanes_draw_each_case() {
    let app = spawn_app().await;
    // Six detained in 2017 (camp), two in late 2018; one with no dated event at all.
    let mut ids = Vec::new();
    for (i, (date, ethnicity)) in [
        ("2017", "kazakh"),
        ("2017-03", "kazakh"),
        ("2017-05-02", "uyghur"),
        ("early 2017", "kazakh"),
        ("2017-11", "kazakh"),
        ("2017", "uyghur"),
        ("late 2018", "kazakh"),
        ("2018-10-01", "uyghur"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut f = intake(&format!("Wave Person {i}"));
        f.detention_date = date.into();
        f.person.ethnicity = ethnicity.into();
        f.person.last_contact_date = String::new();
        f.person.last_contact_location = String::new();
        f.last_contact_summary = String::new();
        f.sentence = String::new();
        f.conviction_date = String::new();
        ids.push(app.create(&f).await);
    }
    let mut undated = intake("Undated Person");
    undated.detention_date = String::new();
    undated.person.last_contact_date = String::new();
    undated.sentence = String::new();
    undated.conviction_date = String::new();
    app.create(&undated).await;

    let t = cross_timeline(&app.cx, &Actor::System, &CaseFilter::default())
        .await
        .unwrap();
    assert_eq!(t.cases, 9);
    assert_eq!(t.cases_with_events, 8);
    assert_eq!((t.from_year, t.to_year), (2017, 2018));
    let camp = t.waves.iter().find(|w| w.kind == "camp").unwrap();
    // Each event weighs one, spread over its range: 6 in 2017, 2 in 2018, as SQL counts them.
    let (n2017,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM events WHERE kind = 'camp' AND date_sort LIKE '2017%'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        camp.per_year,
        vec![Count::Exact(n2017 as u64), Count::Exact(2)]
    );
    let total: f32 = camp.per_month.iter().sum();
    assert!((total - 8.0).abs() < 1e-3);
    // "late 2018" lies in September–December only; "2017" in all of 2017.
    assert!(camp.per_month[12 + 7] == 0.0, "nothing in August 2018");
    assert!(camp.per_month[0] > 0.0);

    // A lane per case, ordered by detention; each mark is the range of its date.
    assert_eq!(t.lanes.len(), 8);
    let first = &t.lanes[0];
    assert!(first
        .marks
        .iter()
        .any(|m| m.kind == "camp" && m.start == 0.0));
    let late = t
        .lanes
        .iter()
        .flat_map(|l| &l.marks)
        .find(|m| m.date == "late 2018")
        .unwrap();
    assert_eq!(late.start, 20.0);
    assert_eq!(late.end, 24.0);

    // The filters apply; researchers see small yearly counts as "<5".
    let uyghur = CaseFilter {
        ethnicity: Some("uyghur".into()),
        ..Default::default()
    };
    let researcher = app.user("reader", Role::Researcher).await;
    let t = cross_timeline(&app.cx, &researcher, &uyghur).await.unwrap();
    assert_eq!(t.cases, 3);
    let camp = t.waves.iter().find(|w| w.kind == "camp").unwrap();
    assert_eq!(camp.per_year, vec![Count::Few, Count::Few]);
    assert!(
        camp.per_month.iter().all(|&m| m == 0.0),
        "what is hidden is not drawn"
    );
    assert!(
        t.lanes.iter().all(|l| !l.case.named),
        "pseudonyms for researchers"
    );
    let admin = app.user("boss", Role::Admin).await;
    let t = cross_timeline(&app.cx, &admin, &uyghur).await.unwrap();
    let camp = t.waves.iter().find(|w| w.kind == "camp").unwrap();
    assert_eq!(camp.per_year, vec![Count::Exact(2), Count::Exact(1)]);

    // The page draws it, with the numbers in a table.
    let page = app
        .web_as(&admin)
        .await
        .send(get("/timeline?ethnicity=uyghur"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Timeline of cases"));
    assert!(page.body.contains("Events per month, by kind"));
    assert!(
        page.body
            .contains("<title>Sent to a camp: 2017-05-02</title>")
            || page.body.contains("Sent to a camp: 2 May 2017")
    );
    assert!(
        page.body.contains("Wave Person 2"),
        "the admin sees names in the lanes"
    );
}
