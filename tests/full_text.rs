//! Full-text search over the cases' unencrypted text, and the year-of-detention facet.
#![cfg(feature = "ssr")]

mod common;

use common::{get, intake, spawn_app, TestApp};
use izde::domain::case::{CaseFilter, CasePage};
use izde::domain::forms::SourceForm;
use izde::server::auth::access::Actor;
use izde::server::records;

async fn list(app: &TestApp, filter: CaseFilter) -> CasePage {
    records::list_cases(&app.cx, &Actor::System, &filter)
        .await
        .unwrap()
}

fn words(q: &str) -> CaseFilter {
    CaseFilter {
        q: Some(q.into()),
        ..Default::default()
    }
}

async fn found(app: &TestApp, q: &str) -> Vec<String> {
    let mut ids: Vec<String> = list(app, words(q))
        .await
        .items
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    ids.sort();
    ids
}

/// Three cases that differ in charge, facility, court, place and detention year.
async fn dataset(app: &TestApp) -> (String, String, String) {
    let mut a = intake("Arman Serikuly");
    a.legal_charge = "extremism".into();
    a.facility_name = "Mongolkure county re-education centre".into();
    a.detention_location = "cn-xj-ili".into();
    a.detention_date = "2017".into();
    a.court = "Ili Intermediate Court".into();
    let a = app.create(&a).await;

    let mut b = intake("Dilnur Abdukerim");
    b.legal_charge = "separatism".into();
    b.facility_name = "Kashgar prison no. 2".into();
    b.detention_location = "cn-xj-kashgar".into();
    b.person.last_contact_location = "cn-xj-kashgar".into();
    b.detention_date = "2018-03".into();
    b.alleged_act = "Prayed at home and wore a headscarf".into();
    let b = app.create(&b).await;

    let mut c = intake("Yerlan Qasymuly");
    c.legal_charge = String::new();
    c.sentence = String::new();
    c.conviction_date = String::new();
    c.facility_kind = String::new();
    c.facility_name = String::new();
    c.alleged_act = String::new();
    c.detention_date = String::new();
    c.detention_location = String::new();
    let c = app.create(&c).await;
    (a, b, c)
}

#[tokio::test]
async fn words_find_cases_by_their_unencrypted_text_in_any_ui_language() {
    let app = spawn_app().await;
    let (a, b, c) = dataset(&app).await;
    let mut ab = vec![a.clone(), b.clone()];
    ab.sort();

    assert_eq!(found(&app, "Mongolkure").await, vec![a.clone()], "facility");
    assert_eq!(
        found(&app, "headscarf").await,
        vec![b.clone()],
        "alleged act"
    );
    assert_eq!(
        found(&app, "intermediate court").await,
        vec![a.clone()],
        "court, both words"
    );
    assert_eq!(found(&app, "kashg").await, vec![b.clone()], "a prefix");
    // Charges by their label in English and in Kazakh; places by a county's prefecture.
    let separatism = app
        .vocab
        .terms("legal_charge")
        .iter()
        .find(|t| t.code == "separatism")
        .unwrap()
        .label
        .clone();
    assert_eq!(found(&app, &separatism.en).await, vec![b.clone()]);
    assert_eq!(found(&app, &separatism.kk).await, vec![b.clone()]);
    assert_eq!(found(&app, &separatism.zh).await, vec![b.clone()]);
    // Event kinds: the two detained cases have a camp event.
    assert_eq!(
        found(&app, "camp").await,
        ab,
        "event kind (and facility kind)"
    );
    // Nothing typed that can be searched: the filter is ignored.
    assert_eq!(list(&app, words(" \"* ")).await.total, 3);
    // Quotes and operators are words like any other, never query syntax.
    assert!(found(&app, "\"extremism\" OR NEAR(x)").await.is_empty());
    assert_eq!(found(&app, "extremism\"").await, vec![a.clone()]);

    // Names are not in the index: a name finds nothing, on any backend.
    for name in ["Arman", "Serikuly", "Dilnur", "Qasymuly", "Gulzhan"] {
        assert!(found(&app, name).await.is_empty(), "a name was found");
    }
    let bodies: Vec<(String,)> = sqlx::query_as("SELECT body FROM case_text")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(bodies.len(), 3);
    assert!(bodies
        .iter()
        .all(|(b,)| !b.contains("arman") && !b.contains("gulzhan")));

    // A new source is found at once (the index follows every write).
    let source = SourceForm {
        source_type: "media_report".into(),
        source_title: "Herders vanish in Tekes".into(),
        source_publisher: "Radio Azattyq".into(),
        source_reliability: "B".into(),
        source_credibility: "2".into(),
        ..SourceForm::default()
    };
    app.add_source(&c, &source).await.unwrap();
    assert_eq!(found(&app, "azattyq").await, vec![c.clone()]);
    assert_eq!(found(&app, "herders tekes").await, vec![c.clone()]);

    // Words combine with the other filters, and the facets count within them.
    let page = list(
        &app,
        CaseFilter {
            q: Some("camp".into()),
            charge: Some("extremism".into()),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(page.total, 1);
    let page = list(&app, words("camp")).await;
    let charge = page.facets.iter().find(|f| f.key == "charge").unwrap();
    let mut counts: Vec<(&str, u64)> = charge
        .values
        .iter()
        .map(|v| (v.code.as_str(), v.count))
        .collect();
    counts.sort();
    assert_eq!(counts, vec![("extremism", 1), ("separatism", 1)]);

    // After a restore the index is empty: start-up makes it again.
    sqlx::query("DELETE FROM case_text")
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(found(&app, "azattyq").await.is_empty());
    let made = izde::server::db::text::index_missing(&app.pool, &app.vocab)
        .await
        .unwrap();
    assert_eq!(made, 3);
    assert_eq!(found(&app, "azattyq").await, vec![c]);

    // The list page carries the words in its URL and shows them in its form.
    let web = app.web().await;
    let page = web.send(get("/cases?q=headscarf")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Cases 1–1 of 1"), "one case");
    assert!(page.body.contains("value=\"headscarf\""));
}

#[tokio::test]
async fn the_year_of_detention_is_a_facet_and_a_filter() {
    let app = spawn_app().await;
    let (a, b, _) = dataset(&app).await;
    let page = list(&app, CaseFilter::default()).await;
    let detained = page.facets.iter().find(|f| f.key == "detained").unwrap();
    let counts: Vec<(String, u64)> = detained
        .values
        .iter()
        .map(|v| (v.code.clone(), v.count))
        .collect();
    let (n2017,): (i64,) = sqlx::query_as(
        "SELECT COUNT(DISTINCT case_id) FROM events
         WHERE kind IN ('camp', 'detention') AND date_sort LIKE '2017%'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(n2017, 1);
    assert_eq!(counts, vec![("2017".into(), 1), ("2018".into(), 1)]);
    let only = |year| CaseFilter {
        detained: Some(year),
        ..Default::default()
    };
    let ids = |p: CasePage| p.items.iter().map(|c| c.id.to_string()).collect::<Vec<_>>();
    assert_eq!(ids(list(&app, only(2017)).await), vec![a]);
    assert_eq!(ids(list(&app, only(2018)).await), vec![b]);
    assert!(list(&app, only(2019)).await.items.is_empty());
}

/// The search rows and kept facet values of the cases, as stored: (case, body, facet values) of
/// each full-text row and the case row's facet values, then the kept counts.
async fn search_state(app: &TestApp) -> (Vec<(String, String, String, String)>, Vec<String>) {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT t.case_id, t.body, COALESCE(t.facet_values, ''), COALESCE(c.facet_values, '') \
         FROM case_text t JOIN cases c ON c.id = t.case_id ORDER BY t.case_id",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    let mut counts: Vec<String> = Vec::new();
    let totals: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT facet, value, cases FROM facet_totals WHERE cases <> 0")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    counts.extend(totals.iter().map(|t| format!("{t:?}")));
    let pairs: Vec<(String, String, String, String, i64)> = sqlx::query_as(
        "SELECT facet, value, other_facet, other_value, cases FROM facet_pairs WHERE cases <> 0",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    counts.extend(pairs.iter().map(|p| format!("{p:?}")));
    counts.sort();
    (rows, counts)
}

#[tokio::test]
async fn the_search_rows_a_new_case_gets_from_its_rows_in_memory_are_those_read_back_later() {
    let app = spawn_app().await;
    dataset(&app).await;
    izde::server::ops::demo::load_demo_cases(&app.cx, app.dir.path())
        .await
        .unwrap();
    let made = search_state(&app).await;
    assert!(made.0.len() > 20, "the demo's cases and three more");
    assert!(
        made.0.iter().any(|r| r.2.contains("charge=")) && made.1.len() > 50,
        "facet values and counts were kept"
    );

    // Made again from the stored rows, as an edit does.
    let ids: Vec<String> = made.0.iter().map(|r| r.0.clone()).collect();
    let mut tx = izde::server::db::begin(&app.pool).await.unwrap();
    izde::server::db::text::refresh(&mut tx, &app.vocab, &ids)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let again = search_state(&app).await;
    assert_eq!(made.0, again.0, "the same text and facet values");
    assert_eq!(made.1, again.1, "the same kept counts");
}
