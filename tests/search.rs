//! Finding a person by name across scripts without decrypting every record, and the intake's
//! warning when a missing person looks like an existing case. Test people come from
//! tests/data/name_variants.tsv (fictional, with decoys that must not match).
#![cfg(feature = "ssr")]

use izde::server::auth::access::Actor;
mod common;

use common::{intake, spawn_app, TestApp};
use izde::server::records;
use izde::server::records::search::Match;

const VARIANTS: &str = include_str!("data/name_variants.tsv");

/// (person, script, spelling) rows.
fn variants() -> Vec<(&'static str, &'static str, &'static str)> {
    VARIANTS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            (
                cols.next().unwrap(),
                cols.next().unwrap(),
                cols.next().unwrap(),
            )
        })
        .collect()
}

async fn search(app: &TestApp, text: &str) -> Vec<(String, Match)> {
    records::search_cases(&app.cx, &Actor::System, text)
        .await
        .unwrap()
        .hits
        .into_iter()
        .map(|(summary, how)| (summary.id.to_string(), how))
        .collect()
}

#[tokio::test]
async fn every_spelling_finds_the_same_case_and_decoys_find_none() {
    let app = spawn_app().await;
    let rows = variants();
    let mut cases = std::collections::BTreeMap::new();
    for (person, _, spelling) in &rows {
        if *person != "decoy" && !cases.contains_key(person) {
            cases.insert(*person, app.create(&intake(spelling)).await);
        }
    }
    assert_eq!(cases.len(), 5);
    for (person, script, spelling) in &rows {
        let found = search(&app, spelling).await;
        if *person == "decoy" {
            assert!(found.is_empty(), "decoy {spelling:?} found {found:?}");
        } else {
            assert_eq!(
                found,
                vec![(cases[person].clone(), Match::FullName)],
                "{person} spelled {spelling:?} ({script})"
            );
        }
    }
    // One word finds the people with that word in their name.
    let nurlan = search(&app, "Нұрлан").await;
    assert_eq!(nurlan, vec![(cases["p1"].clone(), Match::Words)]);
}

#[tokio::test]
async fn other_spellings_and_id_numbers_are_found_too() {
    let app = spawn_app().await;
    let mut form = intake("Abdukerim Memet");
    form.person.other_names = "Абдукерим Мәмәт".into();
    form.person.id_numbers = "653101 19750314 2219".into();
    let id = app.create(&form).await;
    let _other = app.create(&intake("Gulnara Qadir")).await;
    assert_eq!(
        search(&app, "ئابدۇكېرىم مەمەت").await,
        vec![(id.clone(), Match::FullName)]
    );
    assert_eq!(
        search(&app, "65310119750314 2219").await,
        vec![(id.clone(), Match::IdNumber)]
    );
    assert!(search(&app, "65310119750314 2218").await.is_empty());
}

#[tokio::test]
async fn an_edited_name_is_found_under_its_new_spelling_only() {
    let app = spawn_app().await;
    let id = app.create(&intake("Yerbol Toqtarhan")).await;
    let mut person = intake("Dana Serikkyzy").person;
    person.birth_year = "1980".into();
    person.revision = "1".into();
    app.update_case(&id, &person).await.unwrap();
    assert!(search(&app, "Ербол Тоқтархан").await.is_empty());
    assert_eq!(search(&app, "Дана Серікқызы").await.len(), 1);
}

#[tokio::test]
async fn a_new_intake_of_a_known_person_in_another_script_is_a_duplicate_candidate() {
    let app = spawn_app().await;
    let id = app.create(&intake("Nurlan Seitkali")).await;
    for (spelling, expected) in [
        ("Нұрлан Сейітқали", true),
        ("نۇرلان سەيىتقالي", true),
        ("Seitkali Nurlan", true),
        ("Nurbol Seitkali", false),
        ("Nurlan Seitkhan", false),
    ] {
        let person = intake(spelling).person.validate(&app.vocab).unwrap();
        let found = records::duplicate_candidates(&app.cx, &Actor::System, &person)
            .await
            .unwrap();
        let ids: Vec<String> = found.hits.iter().map(|(c, _)| c.id.to_string()).collect();
        if expected {
            assert_eq!(ids, vec![id.clone()], "{spelling}");
            assert_eq!(found.hits[0].0.display_name.expose(), "Nurlan Seitkali");
        } else {
            assert!(ids.is_empty(), "{spelling} is someone else");
        }
    }
}

#[tokio::test]
async fn the_index_holds_no_name_and_is_made_again_when_missing() {
    let app = spawn_app().await;
    let id = app.create(&intake("Aigul Zhaksylyk")).await;
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT kind, digest FROM blind_index WHERE case_id = $1")
            .bind(&id)
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert!(rows.len() >= 5, "{rows:?}");
    for (kind, digest) in &rows {
        assert!(kind == "indexed" || digest.len() == 8, "{kind} {digest}");
        assert!(!digest.to_lowercase().contains("aigul"));
    }
    // Lost (as after a restore): made again, and found again.
    sqlx::query("DELETE FROM blind_index")
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(search(&app, "Айгүл Жақсылық").await.is_empty());
    assert_eq!(
        records::reindex_stale(&app.pool, &app.keys).await.unwrap(),
        1
    );
    assert_eq!(search(&app, "Айгүл Жақсылық").await.len(), 1);
}

#[tokio::test]
async fn a_common_first_name_does_not_crowd_out_the_person_searched_for() {
    let app = spawn_app().await;
    // More cases sharing the first name than a search shows.
    for _ in 0..(records::SEARCH_LIMIT + 10) {
        app.create(&intake("Gulkan Testova")).await;
    }
    let id = app.create(&intake("Gulkan Tolkanmar Serikuly")).await;
    // Two of the three words: found through the words, though 210 others share one of them.
    assert_eq!(
        search(&app, "Гүлқан Толқанмар").await,
        vec![(id, Match::Words)]
    );
    assert_eq!(
        search(&app, "Gulkan").await.len(),
        records::SEARCH_LIMIT as usize,
        "a search shows at most SEARCH_LIMIT cases"
    );
}

/// A name search must not tell a volunteer which case a person is in unless they may read it:
/// another volunteer's case that matches is only counted (no pseudonym, no link, for the search
/// and the intake's duplicate check alike). Every search is logged with every case it matched,
/// and an account may search only so often.
#[tokio::test]
async fn a_volunteer_learns_only_that_a_case_they_may_not_read_matches_and_every_search_is_logged()
{
    use axum::http::StatusCode;
    use izde::domain::account::Role;
    use izde::server::records::SEARCHES_PER_WINDOW;
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let bob = app.user("bob", Role::Volunteer).await;
    let case = app.create_as(&vera, &intake("Серік Болатұлы")).await;
    let web = app.web_as(&bob).await;
    let search = |q: &str| web.send(common::post("/cases/search", &[("q", q)]));

    let page = search("Серік").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("One case you may not read matches too"),
        "{}",
        page.body
    );
    assert!(!page.body.contains(&case), "no link to the case");
    assert!(!page.body.contains("case found"), "no line for it");

    // Logged: a keyed hash of the words, and the case, though bob was not shown it.
    let Actor::User(me) = &bob else { panic!() };
    let logged: Vec<(i64, Option<String>)> = sqlx::query_as(
        "SELECT seq, before_hash FROM audit_log WHERE actor = $1 AND action = 'case.search'",
    )
    .bind(&me.id)
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(logged.len(), 1, "one entry per search");
    let (seq, query) = &logged[0];
    assert_eq!(
        query.as_deref().map(str::len),
        Some(64),
        "a digest of the query"
    );
    let listed: Vec<(String,)> =
        sqlx::query_as("SELECT case_id FROM audit_read_cases WHERE seq = $1")
            .bind(seq)
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(listed, vec![(case.clone(),)]);

    // The duplicate check of an intake says as little.
    let person = intake("Серік Болатұлы")
        .person
        .validate(&app.vocab)
        .unwrap();
    let found = records::duplicate_candidates(&app.cx, &bob, &person)
        .await
        .unwrap();
    assert!(found.hits.is_empty());
    assert_eq!(found.hidden, 1);
    // vera, whose case it is, and an admin are shown the case.
    let found = records::duplicate_candidates(&app.cx, &vera, &person)
        .await
        .unwrap();
    assert_eq!(found.hits.len(), 1);
    assert_eq!(found.hidden, 0);

    // So far two searches (the page and the duplicate check); the rest of the window's allowance,
    // then one too many.
    for i in 2..SEARCHES_PER_WINDOW {
        let page = search(&format!("Name{i}")).await;
        assert_eq!(page.status, StatusCode::OK, "search {i}");
    }
    let refused = search("Серік").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused.body.contains("Try again in 15 minutes"),
        "{}",
        refused.body
    );
    let verdict = izde::server::audit::verify(&app.pool).await.unwrap();
    assert!(verdict.is_intact(), "{verdict:?}");
}

/// A start makes the name index of cases that have none under the current tables (after an
/// upgrade of the transliteration tables, or a restore: the index is not in backups), so name
/// search finds them without a key rotation.
#[tokio::test]
async fn a_start_makes_missing_name_index_rows_again() {
    let app = spawn_app().await;
    let id = app.create(&intake("阿卜杜克热木·买买提")).await;
    sqlx::query("DELETE FROM blind_index WHERE case_id = $1")
        .bind(&id)
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(search(&app, "Abdukerim Memet").await.is_empty());
    izde::server::state::open_storage(&app.storage)
        .await
        .unwrap();
    assert_eq!(
        search(&app, "Abdukerim Memet").await,
        vec![(id, Match::FullName)]
    );
}
