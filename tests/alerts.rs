//! The sentence clock's advocacy alert: cases past their expected release with no news since.

mod common;

use common::{get, intake, spawn_app, TestApp};
use izde::domain::account::Role;
use izde::domain::case::CaseFilter;
use izde::server::auth::access::Actor;
use izde::server::records::alerts;

/// A case detained in `detained` with a sentence of `sentence`, entered by `actor`.
async fn sentenced(
    app: &TestApp,
    actor: &Actor,
    name: &str,
    detained: &str,
    sentence: &str,
) -> String {
    let mut form = intake(name);
    form.detention_date = detained.into();
    form.conviction_date = String::new();
    form.sentence = sentence.into();
    app.create_as(actor, &form).await
}

#[tokio::test]
async fn cases_past_release_without_news_are_listed_longest_overdue_first() {
    let app = spawn_app().await;
    let volunteer = app.user("entering", Role::Volunteer).await;
    let researcher = app.user("reading", Role::Researcher).await;
    let v = &volunteer;
    // Five years from 2015: released by the end of 2020 at the latest, and nothing heard since.
    let silent = sentenced(&app, v, "Silent Case", "2015", "5 years").await;
    // The same, but only a call from before the window: still an alert.
    let old_news = sentenced(&app, v, "Old News", "2016", "3 years").await;
    app.add_event(&old_news, "proof_of_life", "2018-06").await;
    // Proof of life after the expected release: no alert.
    let alive = sentenced(&app, v, "Seen Alive", "2015", "5 years").await;
    app.add_event(&alive, "proof_of_life", "2022").await;
    // Still inside the sentence; a life sentence; a case recorded as released.
    let serving = sentenced(&app, v, "Still Serving", "2019", "15 years").await;
    let life = sentenced(&app, v, "Life Sentence", "2015", "life").await;
    let mut released = intake("Released Person");
    released.detention_date = "2015".into();
    released.sentence = "2 years".into();
    released.person.status = "released".into();
    let released = app.create_as(v, &released).await;

    let found = alerts::overdue(
        &app.pool,
        &CaseFilter::default(),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
    )
    .await
    .unwrap();
    let ids: Vec<&str> = found.iter().map(|o| o.case_id.as_str()).collect();
    assert_eq!(
        ids,
        vec![old_news.as_str(), silent.as_str()],
        "2019 before 2020"
    );
    for other in [&alive, &serving, &life, &released] {
        assert!(!ids.contains(&other.as_str()));
    }
    assert_eq!(
        found[0]
            .last_news
            .as_ref()
            .map(|(k, d)| (k.as_str(), d.to_string())),
        Some(("proof_of_life", "June 2018".to_string()))
    );
    assert_eq!(
        found[1].expected.describe_in(izde::i18n::Lang::En),
        "between 1 Jan 2020 and 31 Dec 2020"
    );

    // The case page says the same of each sentence.
    let alert = |case: izde::domain::case::CaseDetail| case.detentions[0].release_alert;
    assert!(alert(app.detail(&silent).await));
    assert!(!alert(app.detail(&alive).await));
    assert!(!alert(app.detail(&serving).await));

    // The filters apply: a status the two do not have leaves none.
    let filter = CaseFilter {
        status: Some("camp".into()),
        ..Default::default()
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    assert!(alerts::overdue(&app.pool, &filter, today)
        .await
        .unwrap()
        .is_empty());

    // The page: names for the volunteer who entered them, pseudonyms for a researcher.
    let named = app
        .web_as(&volunteer)
        .await
        .send(get("/release-alerts"))
        .await;
    assert_eq!(named.status, 200);
    assert!(named.body.contains("Silent Case") && named.body.contains("Old News"));
    assert!(!named.body.contains("Seen Alive"));
    let hidden = app
        .web_as(&researcher)
        .await
        .send(get("/release-alerts"))
        .await;
    assert!(!hidden.body.contains("Silent Case"));
    let pseudonym = izde::domain::account::pseudonym(&silent.parse().unwrap());
    assert!(
        hidden.body.contains(&pseudonym),
        "listed under its pseudonym"
    );
    assert!(hidden.body.contains("2 cases of this selection"));
}
