//! The case list's facets: every count equals a direct SQL count over the same selection.
#![cfg(feature = "ssr")]

mod common;

use common::{intake, spawn_app, TestApp};
use izde::domain::case::{CaseFilter, CasePage};
use izde::domain::forms::PersonForm;
use izde::server::auth::access::Actor;
use izde::server::records;

/// Twelve cases with known statuses, ethnicities, charges and sentences.
async fn dataset() -> TestApp {
    let app = spawn_app().await;
    let rows = [
        ("camp", "kazakh", "extremism", "3 years", "cn-xj-ili"),
        ("camp", "kazakh", "separatism", "12 years", "cn-xj-ili"),
        ("camp", "uyghur", "extremism", "life", "cn-xj-kashgar"),
        (
            "sentenced",
            "uyghur",
            "extremism",
            "7 years",
            "cn-xj-kashgar",
        ),
        (
            "sentenced",
            "kazakh",
            "separatism",
            "20 years",
            "cn-xj-altay",
        ),
        ("sentenced", "kyrgyz", "", "", "cn-xj-altay"),
        ("missing", "kazakh", "", "", "cn-xj-ili"),
        ("missing", "uyghur", "extremism", "4 years", "cn-xj-ili"),
        ("missing", "kazakh", "", "", ""),
        (
            "released",
            "kazakh",
            "separatism",
            "10 years",
            "cn-xj-tacheng",
        ),
        ("released", "uyghur", "", "", "cn-xj-tacheng"),
        ("deceased", "kazakh", "extremism", "life", "cn-xj-ili"),
    ];
    for (i, (status, ethnicity, charge, sentence, place)) in rows.iter().enumerate() {
        let mut f = intake(&format!("Facet Person {i}"));
        f.person.status = status.to_string();
        f.person.ethnicity = ethnicity.to_string();
        f.person.last_contact_location = place.to_string();
        f.legal_charge = charge.to_string();
        f.sentence = sentence.to_string();
        if sentence.is_empty() {
            f.conviction_date = String::new();
        }
        app.create(&f).await;
    }
    app
}

async fn list(app: &TestApp, filter: &CaseFilter) -> CasePage {
    records::list_cases(&app.cx, &Actor::System, filter)
        .await
        .unwrap()
}

fn count(page: &CasePage, facet: &str, code: &str) -> u64 {
    page.facets
        .iter()
        .find(|f| f.key == facet)
        .and_then(|f| f.values.iter().find(|v| v.code == code))
        .map_or(0, |v| v.count)
}

async fn sql_count(app: &TestApp, sql: &str) -> u64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(&app.pool).await.unwrap();
    n as u64
}

/// Saves the case's profile with `change` made to it, as the form does.
async fn edit_profile(app: &TestApp, id: &str, change: impl FnOnce(&mut PersonForm)) {
    let case = app.detail(id).await;
    let mut person = PersonForm::from_profile(&case.profile);
    change(&mut person);
    person.revision = case.revision.to_string();
    app.update_case(id, &person).await.unwrap();
}

#[tokio::test]
async fn facet_counts_equal_direct_counts_over_the_other_filters() {
    let app = dataset().await;
    let all = list(&app, &CaseFilter::default()).await;
    assert_eq!(all.total, 12);
    for status in ["camp", "sentenced", "missing", "released", "deceased"] {
        let expected = sql_count(
            &app,
            &format!("SELECT COUNT(*) FROM cases WHERE status = '{status}'"),
        )
        .await;
        assert_eq!(count(&all, "status", status), expected, "{status}");
    }
    assert_eq!(count(&all, "ethnicity", "kazakh"), 7);
    // A case counts once per charge, however many detentions carry it.
    assert_eq!(
        count(&all, "charge", "extremism"),
        sql_count(
            &app,
            "SELECT COUNT(DISTINCT case_id) FROM detentions WHERE legal_charge = 'extremism'"
        )
        .await
    );
    assert_eq!(count(&all, "sentence", "life"), 2);
    assert_eq!(count(&all, "sentence", "lt5"), 2);
    assert_eq!(count(&all, "sentence", "10-20"), 2);
    assert_eq!(count(&all, "sentence", "20plus"), 1);
    assert_eq!(count(&all, "prefecture", "cn-xj-ili"), 5);

    // With status = camp: the list and every other facet narrow; the status facet still shows
    // what choosing another status would give.
    let camp = CaseFilter {
        status: Some("camp".into()),
        ..CaseFilter::default()
    };
    let page = list(&app, &camp).await;
    assert_eq!(page.total, 3);
    assert_eq!(count(&page, "status", "sentenced"), 3);
    assert_eq!(
        count(&page, "ethnicity", "uyghur"),
        sql_count(
            &app,
            "SELECT COUNT(*) FROM cases WHERE status = 'camp' AND ethnicity = 'uyghur'"
        )
        .await
    );
    assert_eq!(count(&page, "charge", "separatism"), 1);

    // Filters combine: Kazakh, extremism.
    let f = CaseFilter {
        ethnicity: Some("kazakh".into()),
        charge: Some("extremism".into()),
        ..CaseFilter::default()
    };
    let page = list(&app, &f).await;
    assert_eq!(
        page.total,
        sql_count(
            &app,
            "SELECT COUNT(*) FROM cases c WHERE c.ethnicity = 'kazakh' AND c.id IN \
             (SELECT case_id FROM detentions WHERE legal_charge = 'extremism')"
        )
        .await
    );
    assert_eq!(page.total, 2);

    // A county facet appears once a prefecture is chosen.
    assert!(all.facets.iter().all(|f| f.key != "place"));
    let ili = CaseFilter {
        prefecture: Some("cn-xj-ili".into()),
        ..CaseFilter::default()
    };
    let page = list(&app, &ili).await;
    assert_eq!(count(&page, "place", "cn-xj-ili"), 5);
}

#[tokio::test]
async fn sentence_ranges_filter_and_the_list_sorts_by_sentence_or_disappearance() {
    let app = dataset().await;
    let f = CaseFilter {
        sentence: Some("10-20".into()),
        ..CaseFilter::default()
    };
    assert_eq!(list(&app, &f).await.total, 2);
    let by_sentence = CaseFilter {
        sort: Some("sentence".into()),
        ..CaseFilter::default()
    };
    let page = list(&app, &by_sentence).await;
    let first: Vec<String> = page.items[..3]
        .iter()
        .map(|c| c.display_name.expose().to_string())
        .collect();
    assert!(
        first[0] == "Facet Person 2" || first[0] == "Facet Person 11",
        "{first:?}"
    );
    assert_eq!(
        first[2], "Facet Person 4",
        "20 years after the two life sentences"
    );
    // Unknown sentences last.
    let last = page.items.last().unwrap().display_name.expose().to_string();
    assert!(
        [
            "Facet Person 5",
            "Facet Person 6",
            "Facet Person 8",
            "Facet Person 10"
        ]
        .contains(&last.as_str()),
        "{last}"
    );
}

fn bar(stats: &izde::domain::stats::Statistics, chart: &str, label: &str) -> String {
    stats
        .charts
        .iter()
        .find(|c| c.id == chart)
        .and_then(|c| c.bars.iter().find(|b| b.label == label))
        .map_or("none".into(), |b| b.count.to_string())
}

#[tokio::test]
async fn statistics_count_the_filtered_cases_and_hide_small_cells_from_researchers() {
    use izde::domain::account::Role;
    let app = dataset().await;
    let admin = app.user("aida", Role::Admin).await;
    let researcher = app.user("rustam", Role::Researcher).await;
    let stats = |actor: Actor, filter: CaseFilter| {
        let app = &app;
        async move {
            izde::server::records::stats::statistics(&app.cx, &actor, &filter)
                .await
                .unwrap()
        }
    };
    let all = stats(admin.clone(), CaseFilter::default()).await;
    assert_eq!(all.total.to_string(), "12");
    assert!(!all.suppressed);
    let camp = sql_count(&app, "SELECT COUNT(*) FROM cases WHERE status = 'camp'").await;
    assert_eq!(
        bar(
            &all,
            "status",
            "Political camp (“re-education” / “vocational training”)"
        ),
        camp.to_string()
    );
    assert_eq!(
        bar(&all, "prefectures", "Ili Kazakh Autonomous Prefecture"),
        "5"
    );
    // Sentences by charge: extremism has 3 years, 4 years, life, life (and 7 years).
    assert_eq!(bar(&all, "sentences-extremism", "life"), "2");
    assert_eq!(bar(&all, "sentences-extremism", "under 5 years"), "2");
    assert_eq!(bar(&all, "sentences-extremism", "5 to under 10 years"), "1");

    // The same figures for a researcher: under 5 is "<5"; 5 and more are exact.
    let seen = stats(researcher.clone(), CaseFilter::default()).await;
    assert!(seen.suppressed);
    assert_eq!(seen.total.to_string(), "12");
    assert_eq!(
        bar(&seen, "prefectures", "Ili Kazakh Autonomous Prefecture"),
        "5"
    );
    assert_eq!(bar(&seen, "sentences-extremism", "life"), "<5");
    assert_eq!(
        bar(
            &seen,
            "status",
            "Political camp (“re-education” / “vocational training”)"
        ),
        "<5"
    );

    // Every figure honours the filters.
    let kazakh = CaseFilter {
        ethnicity: Some("kazakh".into()),
        ..CaseFilter::default()
    };
    let narrowed = stats(admin, kazakh).await;
    assert_eq!(
        narrowed.total.to_string(),
        sql_count(
            &app,
            "SELECT COUNT(*) FROM cases WHERE ethnicity = 'kazakh'"
        )
        .await
        .to_string()
    );
    assert_eq!(bar(&narrowed, "sentences-extremism", "life"), "1");
}

#[tokio::test]
async fn the_statistics_page_draws_each_figure_with_its_numbers_beside_it() {
    let app = dataset().await;
    let web = app.web().await;
    let page = web.send(common::get("/statistics?ethnicity=uyghur")).await;
    assert_eq!(page.status, axum::http::StatusCode::OK);
    assert!(
        page.body
            .contains("4 cases in this selection: Ethnicity: Uyghur"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<svg"));
    assert!(page.body.contains("role=\"img\""));
    assert!(page.body.contains("Cases by status"));
    assert!(page.body.contains("<summary>The numbers"), "{}", page.body);
    assert!(
        !page.body.contains("style="),
        "the page's policy allows no inline style"
    );
}

#[tokio::test]
async fn cached_counts_follow_every_write_at_once() {
    let app = dataset().await;
    let camp = CaseFilter {
        status: Some("camp".into()),
        ..Default::default()
    };
    let before = list(&app, &camp).await;
    assert_eq!(count(&before, "ethnicity", "kazakh"), 2);
    // The same selection again (on another page, in another order) comes from the cache.
    let again = list(
        &app,
        &CaseFilter {
            page: Some(2),
            sort: Some("sentence".into()),
            ..camp.clone()
        },
    )
    .await;
    assert_eq!(again.facets, before.facets);

    // A new case, an edited profile and a new event each show in the next counts.
    let mut f = intake("Cache Person");
    f.person.status = "camp".into();
    f.person.ethnicity = "kazakh".into();
    let id = app.create(&f).await;
    assert_eq!(count(&list(&app, &camp).await, "ethnicity", "kazakh"), 3);

    edit_profile(&app, &id, |p| p.ethnicity = "uyghur".into()).await;
    let after = list(&app, &camp).await;
    assert_eq!(count(&after, "ethnicity", "kazakh"), 2);
    assert_eq!(count(&after, "ethnicity", "uyghur"), 2);

    let detained_2016 = count(&after, "detained", "2016");
    app.add_event(&id, "detention", "2016-04").await;
    assert_eq!(
        count(&list(&app, &camp).await, "detained", "2016"),
        detained_2016 + 1
    );
}

/// A facet's own counts ignore its own filter, so choosing one of its values after another reuses
/// them — and they still follow a write at once.
#[tokio::test]
async fn a_facet_counted_apart_is_shared_by_its_values_and_follows_writes() {
    let app = dataset().await;
    let status = |code: &str| CaseFilter {
        status: Some(code.into()),
        ..Default::default()
    };
    let all = list(&app, &CaseFilter::default()).await;
    let camp = list(&app, &status("camp")).await;
    let missing = list(&app, &status("missing")).await;
    let statuses = |page: &CasePage| page.facets.iter().find(|f| f.key == "status").cloned();
    assert_eq!(statuses(&camp), statuses(&all));
    assert_eq!(statuses(&missing), statuses(&all));
    assert_eq!(count(&missing, "status", "camp"), 3);
    // The total comes with the counts: the chosen status's count, or every status's.
    assert_eq!((all.total, camp.total, missing.total), (12, 3, 3));
    assert_eq!(
        count(&missing, "ethnicity", "kazakh"),
        2,
        "other facets count the selection"
    );

    let mut f = intake("Apart Person");
    f.person.status = "camp".into();
    app.create(&f).await;
    let missing = list(&app, &status("missing")).await;
    assert_eq!(count(&missing, "status", "camp"), 4);
    assert_eq!(list(&app, &status("camp")).await.total, 4);
    assert_eq!(list(&app, &CaseFilter::default()).await.total, 13);
    assert_eq!(
        count(&missing, "status", "camp"),
        sql_count(&app, "SELECT COUNT(*) FROM cases WHERE status = 'camp'").await
    );
}

/// Each facet of `filter`'s page as (value, count), and the same counted straight from `cases`
/// over the selection `cases_sql` (`SELECT id FROM …`).
async fn facets_and_direct_counts(
    app: &TestApp,
    filter: &CaseFilter,
    cases_sql: &str,
) -> Vec<(String, Vec<(String, u64)>, Vec<(String, u64)>)> {
    let page = list(app, filter).await;
    let mut out = Vec::new();
    for (facet, column) in [
        ("status", "status"),
        ("prefecture", "last_prefecture_id"),
        ("year", "disappearance_year"),
        ("ethnicity", "ethnicity"),
        ("gender", "gender"),
        ("verification", "verification"),
    ] {
        if filter.get(facet).is_some() {
            continue; // counted over every case: the other values to choose
        }
        let mut shown: Vec<(String, u64)> = page
            .facets
            .iter()
            .filter(|f| f.key == facet)
            .flat_map(|f| f.values.iter())
            .filter(|v| v.count > 0)
            .map(|v| (v.code.clone(), v.count))
            .collect();
        shown.sort();
        let direct: Vec<(String, i64)> = sqlx::query_as(&format!(
            "SELECT CAST({column} AS TEXT), COUNT(*) FROM cases WHERE id IN ({cases_sql}) \
             AND {column} IS NOT NULL GROUP BY 1 ORDER BY 1"
        ))
        .fetch_all(&app.pool)
        .await
        .unwrap();
        let direct = direct.into_iter().map(|(v, n)| (v, n as u64)).collect();
        out.push((facet.to_string(), shown, direct));
    }
    out
}

/// Words alone are counted from the full-text rows the search finds, which hold a copy of each
/// case's facet columns: the counts equal direct counts over `cases`, and follow every edit.
#[tokio::test]
async fn a_words_search_counts_its_facets_over_the_cases_it_finds_and_follows_edits() {
    let app = dataset().await;
    let words = CaseFilter {
        q: Some("extremism".into()),
        ..Default::default()
    };
    let extremism = "SELECT case_id FROM detentions WHERE legal_charge = 'extremism'";
    assert_eq!(list(&app, &words).await.total, 5);
    let check = |label: &'static str| {
        let (app, words) = (&app, &words);
        async move {
            for (facet, shown, direct) in facets_and_direct_counts(app, words, extremism).await {
                assert!(!direct.is_empty(), "{label}: {facet} has values");
                assert_eq!(shown, direct, "{label}: {facet}");
            }
        }
    };
    check("as created").await;

    // One of the cases found moves to another status, group and verification level, and gets a
    // dated disappearance: each count follows at once.
    let (id,): (String,) = sqlx::query_as(&format!("{extremism} ORDER BY case_id LIMIT 1"))
        .fetch_one(&app.pool)
        .await
        .unwrap();
    edit_profile(&app, &id, |p| {
        p.status = "released".into();
        p.ethnicity = "kyrgyz".into();
        p.gender = "female".into();
        p.verification = "corroborated".into();
    })
    .await;
    app.add_event(&id, "disappearance", "2012-05").await;
    let after = list(&app, &words).await;
    assert_eq!(count(&after, "ethnicity", "kyrgyz"), 1);
    assert_eq!(count(&after, "year", "2012"), 1);
    check("after edits").await;

    // Words with another filter are counted over both, the words' own facet over the words alone.
    let both = CaseFilter {
        status: Some("camp".into()),
        ..words.clone()
    };
    let page = list(&app, &both).await;
    let direct = |condition: &str| {
        format!("SELECT COUNT(*) FROM cases WHERE {condition} AND id IN ({extremism})")
    };
    assert_eq!(
        page.total,
        sql_count(&app, &direct("status = 'camp'")).await
    );
    assert!(page.total > 0);
    assert_eq!(
        count(&page, "status", "released"),
        sql_count(&app, &direct("status = 'released'")).await
    );
    assert_eq!(
        count(&page, "ethnicity", "uyghur"),
        sql_count(&app, &direct("status = 'camp' AND ethnicity = 'uyghur'")).await
    );
}

/// The counts over every case, and over the cases with one facet value, come from totals and pairs
/// that each write keeps: after new cases, an edit that moves a case to other values and a new
/// event they equal direct counts, and the totals counted again from scratch; start-up counts them
/// again when they do not add up.
#[tokio::test]
async fn the_totals_of_every_case_follow_each_write_and_are_counted_again_when_off() {
    let app = dataset().await;
    let mut f = intake("Totals Person");
    f.person.status = "camp".into();
    f.legal_charge = "separatism".into();
    let id = app.create(&f).await;
    edit_profile(&app, &id, |p| {
        p.status = "missing".into();
        p.ethnicity = "kyrgyz".into();
    })
    .await;
    app.add_event(&id, "camp", "2017-11").await;

    let all = list(&app, &CaseFilter::default()).await;
    assert_eq!(all.total, 13);
    for (facet, column) in [("status", "status"), ("ethnicity", "ethnicity")] {
        for code in ["camp", "missing", "kazakh", "kyrgyz"] {
            let direct = sql_count(
                &app,
                &format!("SELECT COUNT(*) FROM cases WHERE {column} = '{code}'"),
            )
            .await;
            assert_eq!(count(&all, facet, code), direct, "{facet} {code}");
        }
    }
    assert_eq!(count(&all, "ethnicity", "kyrgyz"), 2);
    assert_eq!(
        count(&all, "charge", "separatism"),
        sql_count(
            &app,
            "SELECT COUNT(DISTINCT case_id) FROM detentions WHERE legal_charge = 'separatism'"
        )
        .await
    );
    assert_eq!(
        count(&all, "detained", "2017"),
        sql_count(
            &app,
            "SELECT COUNT(DISTINCT case_id) FROM events WHERE kind IN ('camp', 'detention') \
             AND date_sort LIKE '2017%'"
        )
        .await
    );

    // Under one filter the counts come from the kept pairs: each equals a direct count.
    let detained = "SELECT case_id FROM events WHERE kind IN ('camp', 'detention') \
                    AND date_sort LIKE '2017%'";
    for (filter, selection) in [
        (
            CaseFilter {
                status: Some("missing".into()),
                ..Default::default()
            },
            "SELECT id FROM cases WHERE status = 'missing'",
        ),
        (
            CaseFilter {
                ethnicity: Some("kyrgyz".into()),
                ..Default::default()
            },
            "SELECT id FROM cases WHERE ethnicity = 'kyrgyz'",
        ),
        (
            CaseFilter {
                charge: Some("separatism".into()),
                ..Default::default()
            },
            "SELECT case_id FROM detentions WHERE legal_charge = 'separatism'",
        ),
        (
            CaseFilter {
                detained: Some(2017),
                ..Default::default()
            },
            detained,
        ),
    ] {
        for (facet, shown, direct) in facets_and_direct_counts(&app, &filter, selection).await {
            assert_eq!(shown, direct, "{facet} under {filter:?}");
        }
        let page = list(&app, &filter).await;
        assert_eq!(
            page.total,
            sql_count(
                &app,
                &format!("SELECT COUNT(DISTINCT id) FROM cases WHERE id IN ({selection})")
            )
            .await
        );
        if filter.charge.is_none() {
            assert_eq!(
                count(&page, "charge", "separatism"),
                sql_count(
                    &app,
                    &format!(
                        "SELECT COUNT(DISTINCT case_id) FROM detentions \
                         WHERE legal_charge = 'separatism' AND case_id IN ({selection})"
                    )
                )
                .await,
                "charge under {filter:?}"
            );
        }
    }

    // Totals changed by hand no longer add up: opening the database counts them again.
    // Counted again from scratch, the totals and pairs are the same.
    let kept = izde::server::db::facets::facet_totals(&app.pool)
        .await
        .unwrap();
    let pairs = |facet: &'static str, value: &'static str| {
        let pool = app.pool.clone();
        async move {
            izde::server::db::facets::facet_pairs(&pool, facet, value)
                .await
                .unwrap()
        }
    };
    let kazakh = pairs("ethnicity", "kazakh").await;
    let separatism = pairs("charge", "separatism").await;
    assert!(!kazakh.is_empty());
    izde::server::db::facets::recount_totals(&app.pool)
        .await
        .unwrap();
    assert_eq!(
        kept,
        izde::server::db::facets::facet_totals(&app.pool)
            .await
            .unwrap()
    );
    assert_eq!(kazakh, pairs("ethnicity", "kazakh").await);
    assert_eq!(separatism, pairs("charge", "separatism").await);
    for broken in [
        "UPDATE facet_totals SET cases = cases + 3 WHERE facet = 'status'",
        "DELETE FROM facet_pairs",
    ] {
        sqlx::query(broken).execute(&app.pool).await.unwrap();
        assert!(
            !izde::server::db::facets::totals_add_up(&app.pool)
                .await
                .unwrap(),
            "{broken}"
        );
        izde::server::state::open_storage(&app.storage)
            .await
            .unwrap();
        assert!(izde::server::db::facets::totals_add_up(&app.pool)
            .await
            .unwrap());
        assert_eq!(
            kept,
            izde::server::db::facets::facet_totals(&app.pool)
                .await
                .unwrap()
        );
        assert_eq!(kazakh, pairs("ethnicity", "kazakh").await);
    }
}

#[tokio::test]
async fn kept_statistics_and_timelines_follow_a_write_made_by_another_instance() {
    use izde::domain::account::Role;
    use izde::server::records::{stats::statistics, waves::cross_timeline};
    let app = dataset().await;
    let admin = app.user("aida", Role::Admin).await;
    // A second instance on the same database, with caches of its own.
    let other =
        izde::server::context::Context::new(app.pool.clone(), app.keys.clone(), app.vocab.clone());
    let all = CaseFilter::default();
    let stats = statistics(&other, &admin, &all).await.unwrap();
    let timeline = cross_timeline(&other, &admin, &all).await.unwrap();
    assert_eq!(statistics(&other, &admin, &all).await.unwrap(), stats);
    assert_eq!(
        cross_timeline(&other, &admin, &all).await.unwrap(),
        timeline
    );

    // A case and a dated detention recorded through the first instance.
    let id = app.create(&intake("Kept Figures")).await;
    app.add_event(&id, "detention", "2019").await;
    let later = statistics(&other, &admin, &all).await.unwrap();
    assert_eq!(
        (stats.total.to_string(), later.total.to_string()),
        ("12".to_string(), "13".to_string())
    );
    let redrawn = cross_timeline(&other, &admin, &all).await.unwrap();
    let dated = app
        .detail(&id)
        .await
        .events
        .iter()
        .filter(|e| e.date.is_some())
        .count();
    assert!(dated >= 1);
    assert_eq!(redrawn.events, timeline.events + dated as u64);
    assert_eq!(redrawn.cases, timeline.cases + 1);
}
