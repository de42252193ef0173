//! The read API (/api/v1, docs/api.md): personal tokens, what each role reads through it (never a
//! sealed field for researchers), keyset paging, filters as on the case list page, refusals, the
//! rate limit, the audit log, and the OpenAPI document checked against the real answers.

mod common;

use axum::http::{header, HeaderMap, StatusCode};
use common::{get, intake, post, spawn_app, TestApp, Web};
use izde::domain::account::Role;
use izde::domain::case::CaseFilter;
use izde::server::api_v1::{tokens, ApiLimits};
use izde::server::auth::access::Actor;
use izde::server::records;
use serde_json::Value;
use std::num::NonZeroU32;

/// An answer of the API, its body read as JSON.
struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
    json: Value,
}

/// The web application without a session cookie: how a script calls the API.
fn script(web: &Web) -> Web {
    Web {
        router: web.router.clone(),
        cookie: None,
    }
}

/// GET `path` with `token` as `Authorization: Bearer` (none when `None`).
async fn call(web: &Web, token: Option<&str>, path: &str) -> Reply {
    let mut request = get(path);
    if let Some(token) = token {
        request.headers_mut().insert(
            header::AUTHORIZATION,
            format!("Bearer {token}").parse().unwrap(),
        );
    }
    let answer = web.send(request).await;
    let json = serde_json::from_str(&answer.body).unwrap_or(Value::Null);
    Reply {
        status: answer.status,
        headers: answer.headers,
        body: answer.body,
        json,
    }
}

/// A 30-day read token of `actor`, made as the account page makes it.
async fn token_of(app: &TestApp, actor: &Actor) -> String {
    tokens::create(&app.pool, &app.cx.clock, actor, "test script", "30")
        .await
        .unwrap()
        .token
}

/// Asserts `reply` is the JSON error `code` with `status`, and nothing internal in it.
fn assert_error(reply: &Reply, status: u16, code: &str) {
    assert_eq!(reply.status.as_u16(), status, "{}", reply.body);
    assert_eq!(reply.json["error"]["code"], code, "{}", reply.body);
    let message = reply.json["error"]["message"].as_str().unwrap_or_default();
    assert!(!message.is_empty(), "{}", reply.body);
    assert!(
        reply
            .headers
            .get(header::CONTENT_TYPE)
            .is_some_and(|t| t == "application/json"),
        "{:?}",
        reply.headers
    );
    for internal in [
        "sqlx",
        "SQLITE",
        "relation",
        "syntax",
        "panicked",
        "constraint",
    ] {
        assert!(!reply.body.contains(internal), "{}", reply.body);
    }
}

/// The sealed values of the seeded cases: none may reach a researcher.
struct Seeded {
    /// (case id, the missing person's name, entered by the volunteer)
    cases: Vec<(String, String, bool)>,
    secrets: Vec<String>,
}

/// Six cases with different statuses, places, years and sentences (the first three entered by the
/// volunteer, the rest by the command line), each with its own sealed values.
async fn seed(app: &TestApp, volunteer: &Actor) -> Seeded {
    let rows = [
        (
            "Nurlan Seitkaliuly",
            "sentenced",
            "male",
            "kazakh",
            "May 2017",
            "10 years",
            "2018",
        ),
        (
            "Ayshem Tursunova",
            "camp",
            "female",
            "uyghur",
            "2018-03",
            "",
            "2018",
        ),
        (
            "Qairat Bekmuratov",
            "sentenced",
            "male",
            "kazakh",
            "2016",
            "life",
            "2017",
        ),
        (
            "Gulnar Omarbekova",
            "missing",
            "female",
            "kazakh",
            "",
            "",
            "",
        ),
        (
            "Erlan Zhaksybekov",
            "sentenced",
            "male",
            "uyghur",
            "2019",
            "5 years",
            "2019",
        ),
        (
            "Mihrigul Abdurehim",
            "released",
            "female",
            "uyghur",
            "2017-11",
            "2 years",
            "2017",
        ),
    ];
    let mut out = Seeded {
        cases: Vec::new(),
        secrets: Vec::new(),
    };
    for (i, (name, status, gender, ethnicity, contact, sentence, detained)) in
        rows.iter().enumerate()
    {
        let mut f = intake(name);
        f.person.status = status.to_string();
        f.person.gender = gender.to_string();
        f.person.ethnicity = ethnicity.to_string();
        f.person.last_contact_date = contact.to_string();
        f.person.id_numbers = format!("65010119750{i}0{i}23");
        f.person.narrative = format!("Narrative {i}: taken from the bazaar by four policemen");
        f.person.address = format!("Ainabulaq street {i}7, Ghulja");
        f.person.other_names = format!("Алиас{i} Жасырын");
        f.testifier_name = format!("Testifier{i} Sultanova");
        f.testifier_contact = format!("+7 700 555 0{i}0{i}");
        f.transcript = format!("Transcript {i}: my relative never came back from the camp");
        f.sentence = sentence.to_string();
        f.detention_date = detained.to_string();
        if sentence.is_empty() {
            f.conviction_date = String::new();
        }
        let by_volunteer = i < 3;
        let id = if by_volunteer {
            app.create_as(volunteer, &f).await
        } else {
            app.create(&f).await
        };
        out.secrets.extend([
            name.to_string(),
            f.person.id_numbers.clone(),
            f.person.narrative.clone(),
            f.person.address.clone(),
            f.person.other_names.clone(),
            f.testifier_name.clone(),
            f.testifier_contact.clone(),
            f.transcript.clone(),
        ]);
        out.cases.push((id, name.to_string(), by_volunteer));
    }
    // What every intake seals alike.
    out.secrets.extend([
        "A police officer called from Ghulja.".to_string(),
        "A short WeChat call.".to_string(),
    ]);
    out
}

/// Every data endpoint's path for these cases.
fn every_path(cases: &[(String, String, bool)]) -> Vec<String> {
    let mut paths = vec![
        "/api/v1/cases?limit=100".to_string(),
        "/api/v1/cases?sort=disappeared&limit=3".to_string(),
        "/api/v1/statistics".to_string(),
        "/api/v1/statistics?gender=female".to_string(),
        "/api/v1/release-alerts".to_string(),
    ];
    for (id, ..) in cases {
        for tail in ["", "/timeline", "/sources", "/claims"] {
            paths.push(format!("/api/v1/cases/{id}{tail}"));
        }
    }
    paths
}

#[tokio::test]
async fn each_role_reads_what_its_pages_show_and_a_researcher_never_a_sealed_field() {
    let app = spawn_app().await;
    let admin = app.user("api-admin", Role::Admin).await;
    let volunteer = app.user("api-volunteer", Role::Volunteer).await;
    let researcher = app.user("api-researcher", Role::Researcher).await;
    let seeded = seed(&app, &volunteer).await;
    let api = script(&app.web().await);
    let paths = every_path(&seeded.cases);

    let mut seen_by = std::collections::BTreeMap::new();
    for (role, actor) in [
        ("admin", &admin),
        ("volunteer", &volunteer),
        ("researcher", &researcher),
    ] {
        let token = token_of(&app, actor).await;
        let mut bodies = String::new();
        for path in &paths {
            let reply = call(&api, Some(&token), path).await;
            assert_eq!(reply.status, 200, "{role} {path}: {}", reply.body);
            assert!(reply.json.is_object(), "{role} {path}");
            bodies.push_str(&reply.body);
        }
        // Each case reads as its page reads to the same account (the same service decides).
        for (id, name, by_volunteer) in &seeded.cases {
            let page = records::case_detail(&app.cx, actor, id).await.unwrap();
            let reply = call(&api, Some(&token), &format!("/api/v1/cases/{id}")).await;
            let case = &reply.json;
            assert_eq!(case["named"], page.sensitive, "{role} {name}");
            assert_eq!(
                case["profile"]["name"],
                page.profile.name.expose(),
                "{role}"
            );
            assert_eq!(
                case["profile"]["id_numbers"].as_str(),
                page.profile.id_numbers.as_ref().map(|s| s.expose()),
                "{role}"
            );
            let named = match role {
                "admin" => true,
                "volunteer" => *by_volunteer,
                _ => false,
            };
            assert_eq!(page.sensitive, named, "{role} {name}");
            if named {
                assert_eq!(case["profile"]["name"], name.as_str());
                assert!(case["profile"]["narrative"]
                    .as_str()
                    .unwrap()
                    .starts_with("Narrative"));
            } else {
                assert_eq!(case["profile"]["name"], case["pseudonym"]);
                assert!(case["profile"]["narrative"].is_null());
                assert!(case["profile"]["id_numbers"].is_null());
            }
            // The list names a case exactly where the case page does.
            let list = call(&api, Some(&token), "/api/v1/cases?limit=100").await;
            let line = list.json["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["id"] == id.as_str())
                .unwrap()
                .clone();
            assert_eq!(line["named"], named, "{role} {name}");
        }
        seen_by.insert(role, bodies);
    }
    let leaked: Vec<&String> = seeded
        .secrets
        .iter()
        .filter(|s| seen_by["researcher"].contains(s.as_str()))
        .collect();
    assert!(
        leaked.is_empty(),
        "a researcher read sealed values: {leaked:?}"
    );
    // The check above looks for what is really there for those who may see it.
    let missing: Vec<&String> = seeded
        .secrets
        .iter()
        .filter(|s| !seen_by["admin"].contains(s.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "an admin should read these: {missing:?}"
    );
    for (_, name, by_volunteer) in &seeded.cases {
        assert_eq!(
            seen_by["volunteer"].contains(name.as_str()),
            *by_volunteer,
            "{name}"
        );
    }
}

/// Walks a listing with `limit`, following `next_cursor`, and returns the ids in order.
async fn walk(api: &Web, token: &str, path: &str, limit: u32, item_id: &str) -> Vec<String> {
    walk_from(api, token, path, limit, item_id, None).await
}

/// [`walk`] from `cursor` on.
async fn walk_from(
    api: &Web,
    token: &str,
    path: &str,
    limit: u32,
    item_id: &str,
    mut cursor: Option<String>,
) -> Vec<String> {
    let sep = if path.contains('?') { '&' } else { '?' };
    let mut ids = Vec::new();
    for _ in 0..100 {
        let url = match &cursor {
            None => format!("{path}{sep}limit={limit}"),
            Some(c) => format!("{path}{sep}limit={limit}&cursor={c}"),
        };
        let reply = call(api, Some(token), &url).await;
        assert_eq!(reply.status, 200, "{url}: {}", reply.body);
        let items = reply.json["items"].as_array().unwrap();
        assert!(items.len() <= limit as usize);
        for item in items {
            let id = match item_id {
                "case" => item["case"]["id"].as_str(),
                _ => item["id"].as_str(),
            };
            ids.push(id.unwrap().to_string());
        }
        match reply.json["next_cursor"].as_str() {
            Some(next) => {
                assert_eq!(
                    items.len(),
                    limit as usize,
                    "a slice before the last is full"
                );
                cursor = Some(next.to_string());
            }
            None => return ids,
        }
    }
    panic!("the cursor never ended");
}

/// The case list page's order for `filter`, all on one page.
async fn page_order(app: &TestApp, actor: &Actor, filter: &CaseFilter) -> Vec<String> {
    let filter = CaseFilter {
        page_size: Some(100),
        ..filter.clone()
    };
    records::list_cases(&app.cx, actor, &filter)
        .await
        .unwrap()
        .items
        .iter()
        .map(|s| s.id.to_string())
        .collect()
}

#[tokio::test]
async fn the_cursor_walks_every_case_exactly_once_in_the_pages_order() {
    let app = spawn_app().await;
    let volunteer = app.user("pager-volunteer", Role::Volunteer).await;
    let researcher = app.user("pager-researcher", Role::Researcher).await;
    let seeded = seed(&app, &volunteer).await;
    // More cases than one slice, several with the same sort keys (ties break on the id).
    for i in 0..5 {
        let mut f = intake(&format!("Paging Person {i}"));
        f.person.last_contact_date = "2018".into();
        f.sentence = "10 years".into();
        app.create(&f).await;
    }
    let api = script(&app.web().await);
    let token = token_of(&app, &researcher).await;
    for sort in ["updated", "disappeared", "sentence"] {
        let filter = CaseFilter {
            sort: Some(sort.into()),
            ..CaseFilter::default()
        };
        let expected = page_order(&app, &researcher, &filter).await;
        assert_eq!(expected.len(), seeded.cases.len() + 5);
        for limit in [1, 2, 4, 100] {
            let walked = walk(
                &api,
                &token,
                &format!("/api/v1/cases?sort={sort}"),
                limit,
                "id",
            )
            .await;
            assert_eq!(walked, expected, "sort {sort}, limit {limit}");
        }
    }
    // With filters too: the cursor carries on within them.
    let filter = CaseFilter {
        ethnicity: Some("kazakh".into()),
        sort: Some("sentence".into()),
        ..CaseFilter::default()
    };
    let expected = page_order(&app, &researcher, &filter).await;
    assert!(expected.len() >= 3);
    let walked = walk(
        &api,
        &token,
        "/api/v1/cases?ethnicity=kazakh&sort=sentence",
        2,
        "id",
    )
    .await;
    assert_eq!(walked, expected);

    // A case saved while walking moves to the front (as on the page): the rest are each still
    // listed once.
    let first = call(&api, Some(&token), "/api/v1/cases?limit=3").await;
    let cursor = first.json["next_cursor"].as_str().unwrap().to_string();
    let (changed, ..) = &seeded.cases[5];
    app.add_event(changed, "proof_of_life", "2024").await;
    let mut rest = walk_from(&api, &token, "/api/v1/cases", 2, "id", Some(cursor)).await;
    let mut seen: Vec<String> = first.json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();
    seen.append(&mut rest);
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "no case twice");
}

#[tokio::test]
async fn the_release_alerts_walk_in_slices_as_the_page_lists_them() {
    let app = spawn_app().await;
    let volunteer = app.user("alerts-volunteer", Role::Volunteer).await;
    // Short sentences from years ago: all overdue, with nothing heard since.
    let mut overdue = Vec::new();
    for (i, year) in ["2015", "2016", "2017", "2018", "2019"].iter().enumerate() {
        let mut f = intake(&format!("Overdue Person {i}"));
        f.detention_date = year.to_string();
        f.conviction_date = String::new();
        f.sentence = "3 years".into();
        overdue.push(app.create_as(&volunteer, &f).await);
    }
    let api = script(&app.web().await);
    let token = token_of(&app, &volunteer).await;
    let page = records::alerts::release_alerts(
        &app.cx,
        &volunteer,
        &CaseFilter {
            page_size: Some(100),
            ..CaseFilter::default()
        },
    )
    .await
    .unwrap();
    let expected: Vec<String> = page.items.iter().map(|a| a.case.id.to_string()).collect();
    assert_eq!(expected.len(), overdue.len());
    for limit in [1, 2, 3] {
        let walked = walk(&api, &token, "/api/v1/release-alerts", limit, "case").await;
        assert_eq!(walked, expected, "limit {limit}");
    }
    let first = call(&api, Some(&token), "/api/v1/release-alerts?limit=1").await;
    assert_eq!(first.json["total"], 5);
    assert_eq!(
        first.json["items"][0]["case"]["display_name"],
        "Overdue Person 0"
    );
    assert_eq!(
        first.json["items"][0]["expected_release"]["counted_from"],
        "detention"
    );
}

#[tokio::test]
async fn filters_and_facets_match_the_case_list_page() {
    let app = spawn_app().await;
    let volunteer = app.user("filter-volunteer", Role::Volunteer).await;
    seed(&app, &volunteer).await;
    let api = script(&app.web().await);
    let token = token_of(&app, &volunteer).await;
    for query in [
        "",
        "status=sentenced",
        "gender=female",
        "ethnicity=uyghur&status=released",
        "year=2018",
        "charge=extremism",
        "sentence=life",
        "q=Kazakhstan",
        "place=cn-xj-ili",
        "source_type=video_testimony",
        "status=camp&sort=disappeared",
    ] {
        let filter = CaseFilter::from_pairs(query.split('&').filter_map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        }));
        let page = records::list_cases(
            &app.cx,
            &volunteer,
            &CaseFilter {
                page_size: Some(100),
                ..filter.clone()
            },
        )
        .await
        .unwrap();
        let path = format!("/api/v1/cases?{query}");
        let walked = walk(&api, &token, &path, 2, "id").await;
        let listed: Vec<String> = page.items.iter().map(|s| s.id.to_string()).collect();
        assert_eq!(walked, listed, "{query}");
        let reply = call(&api, Some(&token), &format!("{path}&limit=100")).await;
        assert_eq!(reply.json["total"], page.total, "{query}");
        let facets: Vec<(String, String, u64)> = page
            .facets
            .iter()
            .flat_map(|f| {
                f.values
                    .iter()
                    .map(|v| (f.key.clone(), v.code.clone(), v.count))
            })
            .collect();
        let answered: Vec<(String, String, u64)> = reply.json["facets"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| {
                f["values"].as_array().unwrap().iter().map(|v| {
                    (
                        f["key"].as_str().unwrap().to_string(),
                        v["code"].as_str().unwrap().to_string(),
                        v["count"].as_u64().unwrap(),
                    )
                })
            })
            .collect();
        assert_eq!(answered, facets, "{query}");
        // The statistics count the same selection.
        let stats_query = query.replace("&sort=disappeared", "");
        let stats = call(
            &api,
            Some(&token),
            &format!("/api/v1/statistics?{stats_query}"),
        )
        .await;
        assert_eq!(stats.status, 200, "{}", stats.body);
        assert_eq!(stats.json["total"]["value"], page.total, "{query}");
    }
    // The page itself, as a researcher reads it, lists exactly the API's cases.
    let researcher = app.user("filter-researcher", Role::Researcher).await;
    let page = app
        .web_as(&researcher)
        .await
        .send(get("/cases?status=sentenced"))
        .await;
    assert_eq!(page.status, 200);
    let rtoken = token_of(&app, &researcher).await;
    let all = call(&api, Some(&rtoken), "/api/v1/cases?limit=100").await;
    let selected = call(
        &api,
        Some(&rtoken),
        "/api/v1/cases?status=sentenced&limit=100",
    )
    .await;
    let names = |reply: &Reply| -> Vec<String> {
        reply.json["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["display_name"].as_str().unwrap().to_string())
            .collect()
    };
    let shown = names(&selected);
    assert_eq!(shown.len(), 3);
    for name in names(&all) {
        assert_eq!(
            page.body.contains(&name),
            shown.contains(&name),
            "{name} on the page and in the API"
        );
    }
    // Some filters select something and some do not: the comparison above is not of empties.
    let some = call(&api, Some(&token), "/api/v1/cases?status=sentenced").await;
    assert_eq!(some.json["total"], 3);
    let none = call(&api, Some(&token), "/api/v1/cases?status=deceased").await;
    assert_eq!(none.json["total"], 0);
}

#[tokio::test]
async fn expired_revoked_and_disabled_tokens_are_refused_and_roles_follow_the_account() {
    let app = spawn_app().await;
    let volunteer = app.user("token-volunteer", Role::Volunteer).await;
    let other = app.user("token-other", Role::Volunteer).await;
    let admin = app.user("token-admin", Role::Admin).await;
    let seeded = seed(&app, &volunteer).await;
    let admin_web = app.web_as(&admin).await;
    let api = script(&admin_web);
    let (own_case, own_name, _) = &seeded.cases[0];
    let case_path = format!("/api/v1/cases/{own_case}");

    // No token, a malformed one, an unknown one: 401 with the Bearer challenge.
    for token in [
        None,
        Some("nonsense"),
        Some(&*format!("izde_pat_{}", "A".repeat(43))),
    ] {
        let reply = call(&api, token, "/api/v1/cases").await;
        let code = if token.is_none() {
            "missing_token"
        } else {
            "invalid_token"
        };
        assert_error(&reply, 401, code);
        let challenge = reply.headers.get(header::WWW_AUTHENTICATE).unwrap();
        assert!(
            challenge.to_str().unwrap().starts_with("Bearer"),
            "{challenge:?}"
        );
    }
    // A browser's session is not an API credential, and nothing is redirected to log in.
    let with_cookie = call(&admin_web, None, "/api/v1/cases").await;
    assert_error(&with_cookie, 401, "missing_token");

    // Revoked by its owner on the account page.
    let token = token_of(&app, &volunteer).await;
    assert_eq!(call(&api, Some(&token), &case_path).await.status, 200);
    let mine = tokens::mine(&app.pool, &app.cx.clock, &volunteer)
        .await
        .unwrap();
    let id = mine[0].id.clone();
    // Someone else cannot revoke it (it does not exist for them).
    let stranger = app.web_as(&other).await;
    let refused = stranger
        .send(post(&format!("/account/tokens/{id}/revoke"), &[]))
        .await;
    assert_eq!(refused.status, 404, "{}", refused.body);
    assert_eq!(call(&api, Some(&token), &case_path).await.status, 200);
    let owner = app.web_as(&volunteer).await;
    let revoked = owner
        .send(post(&format!("/account/tokens/{id}/revoke"), &[]))
        .await;
    assert_eq!(revoked.status, 303, "{}", revoked.body);
    assert_error(
        &call(&api, Some(&token), &case_path).await,
        401,
        "invalid_token",
    );
    let listed = tokens::mine(&app.pool, &app.cx.clock, &volunteer)
        .await
        .unwrap();
    assert!(!listed[0].active && listed[0].revoked_at.is_some());

    // Revoked by an admin on the accounts page.
    let token = token_of(&app, &other).await;
    assert_eq!(call(&api, Some(&token), "/api/v1/cases").await.status, 200);
    let all = tokens::all(&app.pool, &app.cx.clock, &Actor::System)
        .await
        .unwrap();
    let theirs = all
        .iter()
        .find(|t| t.username == "token-other" && t.active)
        .unwrap();
    let page = admin_web.send(get("/admin/accounts")).await;
    assert!(page
        .body
        .contains(&format!("/admin/tokens/{}/revoke", theirs.id)));
    let done = admin_web
        .send(post(&format!("/admin/tokens/{}/revoke", theirs.id), &[]))
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_error(
        &call(&api, Some(&token), "/api/v1/cases").await,
        401,
        "invalid_token",
    );

    // Expired: 30 days later.
    let token = token_of(&app, &volunteer).await;
    assert_eq!(call(&api, Some(&token), &case_path).await.status, 200);
    app.cx
        .clock
        .advance(std::time::Duration::from_secs(31 * 24 * 60 * 60));
    assert_error(
        &call(&api, Some(&token), &case_path).await,
        401,
        "token_expired",
    );
    // (The admin's session has ended meanwhile: they log in again.)
    let admin_web = app.web_as(&admin).await;

    // The token follows its account: a role taken away shows pseudonyms at once…
    let token = token_of(&app, &volunteer).await;
    let named = call(&api, Some(&token), &case_path).await;
    assert_eq!(named.json["profile"]["name"], own_name.as_str());
    let vid = volunteer.user_id().unwrap();
    let changed = admin_web
        .send(post(
            &format!("/admin/accounts/{vid}"),
            &[("role", "researcher")],
        ))
        .await;
    assert_eq!(changed.status, 303, "{}", changed.body);
    let redacted = call(&api, Some(&token), &case_path).await;
    assert_eq!(redacted.status, 200);
    assert_eq!(redacted.json["named"], false);
    assert!(!redacted.body.contains(own_name.as_str()));
    // …and a disabled account's tokens stop.
    let disabled = admin_web
        .send(post(
            &format!("/admin/accounts/{vid}"),
            &[("role", "researcher"), ("disabled", "yes")],
        ))
        .await;
    assert_eq!(disabled.status, 303, "{}", disabled.body);
    assert_error(
        &call(&api, Some(&token), &case_path).await,
        401,
        "invalid_token",
    );
}

#[tokio::test]
async fn a_token_is_shown_once_and_only_its_hash_is_stored() {
    let app = spawn_app().await;
    let researcher = app.user("once-researcher", Role::Researcher).await;
    let web = app.web_as(&researcher).await;
    let made = web
        .send(post(
            "/account/tokens",
            &[("name", "R notebook"), ("days", "90")],
        ))
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    let found = regex::Regex::new(r"izde_pat_[A-Za-z0-9_-]{43}")
        .unwrap()
        .find(&made.body)
        .map(|m| m.as_str().to_string());
    let token = found.expect("the new token is on the page");
    // It works…
    let api = script(&web);
    assert_eq!(call(&api, Some(&token), "/api/v1/cases").await.status, 200);
    // …and is never shown again: not on the account page, not on the admins' list.
    let again = web.send(get("/account")).await;
    assert_eq!(again.status, 200);
    assert!(again.body.contains("R notebook"));
    assert!(!again.body.contains(&token) && !again.body.contains("izde_pat_"));
    let admin = app.web().await;
    let accounts = admin.send(get("/admin/accounts")).await;
    assert!(accounts.body.contains("R notebook") && accounts.body.contains("once-researcher"));
    assert!(!accounts.body.contains(&token));
    // A bad form says why and makes nothing.
    let bad = web
        .send(post("/account/tokens", &[("name", " "), ("days", "9999")]))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(!bad.body.contains("izde_pat_"));
    assert_eq!(
        tokens::mine(&app.pool, &app.cx.clock, &researcher)
            .await
            .unwrap()
            .len(),
        1
    );

    // The database holds its SHA-256, never the token.
    let hash = tokens::hash(&token);
    let files = app.raw_database_files().await;
    let finder = aho_corasick::AhoCorasick::new([token.as_bytes()]).unwrap();
    for file in &files {
        assert!(
            finder.find(file).is_none(),
            "the token is in a database file"
        );
    }
    let stored: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM api_tokens")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(stored, vec![hash.clone()]);
    let hashes = aho_corasick::AhoCorasick::new([hash.as_bytes()]).unwrap();
    assert!(
        files.iter().any(|f| hashes.find(f).is_some()),
        "the search above reads the files the rows are in"
    );
}

#[tokio::test]
async fn too_many_calls_with_one_token_are_answered_429() {
    let app = spawn_app().await;
    let researcher = app.user("busy-researcher", Role::Researcher).await;
    let admin = app.user("limit-admin", Role::Admin).await;
    let web = app
        .web_with(&admin, |state| {
            state.api = std::sync::Arc::new(ApiLimits::per_minute(NonZeroU32::new(3).unwrap()))
        })
        .await;
    let api = script(&web);
    let token = token_of(&app, &researcher).await;
    let other = token_of(&app, &admin).await;
    for _ in 0..3 {
        assert_eq!(
            call(&api, Some(&token), "/api/v1/statistics").await.status,
            200
        );
    }
    let limited = call(&api, Some(&token), "/api/v1/statistics").await;
    assert_error(&limited, 429, "rate_limited");
    let wait: u64 = limited.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=20).contains(&wait), "{wait}");
    // Another token has its own allowance.
    assert_eq!(
        call(&api, Some(&other), "/api/v1/statistics").await.status,
        200
    );
}

/// How many audit entries of `action` there are.
async fn entries(app: &TestApp, action: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn every_call_and_every_token_change_is_in_the_audit_log() {
    let app = spawn_app().await;
    let volunteer = app.user("audited-volunteer", Role::Volunteer).await;
    let researcher = app.user("audited-researcher", Role::Researcher).await;
    let seeded = seed(&app, &volunteer).await;
    let api = script(&app.web().await);
    let web = app.web_as(&researcher).await;
    let made = web
        .send(post(
            "/account/tokens",
            &[("name", "audited"), ("days", "7")],
        ))
        .await;
    assert_eq!(made.status, 201);
    assert_eq!(entries(&app, "token.create").await, 1);
    let token = regex::Regex::new(r"izde_pat_[A-Za-z0-9_-]{43}")
        .unwrap()
        .find(&made.body)
        .unwrap()
        .as_str()
        .to_string();
    let token_id = tokens::mine(&app.pool, &app.cx.clock, &researcher)
        .await
        .unwrap()[0]
        .id
        .clone();
    let paths = every_path(&seeded.cases);
    let before = entries(&app, "api.read").await;
    for path in &paths {
        assert_eq!(call(&api, Some(&token), path).await.status, 200);
    }
    // A refused call that reached the API with a valid token is logged too.
    let missing = format!("/api/v1/cases/{}", uuid::Uuid::new_v4());
    assert_eq!(call(&api, Some(&token), &missing).await.status, 404);
    assert_eq!(
        entries(&app, "api.read").await - before,
        paths.len() as i64 + 1
    );
    // On the case for a case's endpoints, else on the token; always by the account.
    let (case, ..) = &seeded.cases[1];
    let on_case: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'api.read' AND record_kind = 'case'
         AND record_id = $1 AND actor = $2",
    )
    .bind(case)
    .bind(researcher.user_id().unwrap())
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(on_case, 4, "case, timeline, sources, claims");
    let on_token: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'api.read' AND record_kind = 'api_token'
         AND record_id = $1",
    )
    .bind(&token_id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(on_token, 5, "the listings");
    // A volunteer reading names through the API leaves the case.read entries the pages leave.
    let reads = entries(&app, "case.read").await;
    let vtoken = token_of(&app, &volunteer).await;
    let (own, ..) = &seeded.cases[0];
    call(&api, Some(&vtoken), &format!("/api/v1/cases/{own}")).await;
    assert_eq!(entries(&app, "case.read").await, reads + 1);

    let revoked = web
        .send(post(&format!("/account/tokens/{token_id}/revoke"), &[]))
        .await;
    assert_eq!(revoked.status, 303);
    assert_eq!(entries(&app, "token.revoke").await, 1);
    // Refused tokens leave no entry (no account to name), and the chain still holds.
    let after = entries(&app, "api.read").await;
    call(&api, Some(&token), "/api/v1/cases").await;
    assert_eq!(entries(&app, "api.read").await, after);
    let verdict = izde::server::audit::verify(&app.pool).await.unwrap();
    assert!(verdict.first_broken.is_none(), "{:?}", verdict.first_broken);
}

#[tokio::test]
async fn errors_are_json_with_stable_codes() {
    let app = spawn_app().await;
    let researcher = app.user("error-researcher", Role::Researcher).await;
    let admin = app.user("error-admin", Role::Admin).await;
    let volunteer = app.user("error-volunteer", Role::Volunteer).await;
    seed(&app, &volunteer).await;
    let web = app.web().await;
    let api = script(&web);
    let token = token_of(&app, &researcher).await;
    let t = Some(token.as_str());
    for (path, status, code) in [
        ("/api/v1/cases?colour=red", 400, "unknown_parameter"),
        ("/api/v1/cases?year=twenty", 400, "invalid_filter"),
        ("/api/v1/cases?status=nonsense", 400, "invalid_filter"),
        ("/api/v1/cases?place=cn-nowhere", 400, "invalid_filter"),
        ("/api/v1/cases?sort=random", 400, "invalid_filter"),
        ("/api/v1/cases?limit=0", 400, "invalid_filter"),
        ("/api/v1/cases?limit=101", 400, "invalid_filter"),
        (
            "/api/v1/cases?status=camp&status=released",
            400,
            "invalid_filter",
        ),
        (
            "/api/v1/cases?cursor=bm90IGEgY3Vyc29y",
            400,
            "invalid_cursor",
        ),
        ("/api/v1/statistics?sort=updated", 400, "unknown_parameter"),
        (
            "/api/v1/release-alerts?cursor=%21%21",
            400,
            "invalid_cursor",
        ),
        ("/api/v1/cases/not-a-case", 404, "not_found"),
        (
            "/api/v1/cases/00000000-0000-0000-0000-000000000000/claims",
            404,
            "not_found",
        ),
        ("/api/v1/nothing-here", 404, "not_found"),
    ] {
        assert_error(&call(&api, t, path).await, status, code);
    }
    // A cursor handed back with other filters.
    let first = call(&api, t, "/api/v1/cases?status=sentenced&limit=1").await;
    let cursor = first.json["next_cursor"].as_str().unwrap();
    let mismatched = call(&api, t, &format!("/api/v1/cases?limit=1&cursor={cursor}")).await;
    assert_error(&mismatched, 400, "cursor_mismatch");
    // The API only reads: anything else is refused as such, from anywhere, cookie or not.
    for origin in [
        Some("http://127.0.0.1:3000"),
        Some("https://evil.example"),
        None,
    ] {
        let answer = web
            .send_from(post("/api/v1/cases", &[("status", "camp")]), origin)
            .await;
        let reply = Reply {
            status: answer.status,
            json: serde_json::from_str(&answer.body).unwrap_or(Value::Null),
            headers: answer.headers,
            body: answer.body,
        };
        assert_error(&reply, 405, "method_not_allowed");
    }
    // An admin who must turn on two-step verification is refused, as on the pages.
    let admin_token = token_of(&app, &admin).await;
    assert_eq!(
        call(&api, Some(&admin_token), "/api/v1/cases").await.status,
        200
    );
    sqlx::query("INSERT INTO settings (key, value) VALUES ('admin_totp_required', 'true')")
        .execute(&app.pool)
        .await
        .unwrap();
    assert_error(
        &call(&api, Some(&admin_token), "/api/v1/cases").await,
        403,
        "two_step_required",
    );
    // The researcher is not concerned by that setting.
    assert_eq!(call(&api, t, "/api/v1/cases").await.status, 200);
    // Messages follow the account's language; codes do not change.
    sqlx::query("UPDATE users SET language = 'ru' WHERE id = $1")
        .bind(researcher.user_id().unwrap())
        .execute(&app.pool)
        .await
        .unwrap();
    let russian = call(&api, t, "/api/v1/cases?year=twenty").await;
    assert_error(&russian, 400, "invalid_filter");
    assert!(
        russian.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("не принимается"),
        "{}",
        russian.body
    );
}

/// A validator for `schema` (a part of the OpenAPI document `doc`), its `$ref`s resolved in the
/// document's components, checking formats (`uuid`, `int32`…) too.
fn validator(doc: &Value, schema: &Value) -> jsonschema::Validator {
    let mut root = schema.clone();
    if let Value::Object(map) = &mut root {
        map.insert("components".into(), doc["components"].clone());
        map.insert(
            "$schema".into(),
            Value::String("https://json-schema.org/draft/2020-12/schema".into()),
        );
    }
    jsonschema::options()
        .should_validate_formats(true)
        .build(&root)
        .unwrap_or_else(|e| panic!("{schema}: {e}"))
}

/// The JSON schema of `path`'s GET answer with `status`.
fn answer_schema<'d>(doc: &'d Value, path: &str, status: u16) -> &'d Value {
    let schema = &doc["paths"][path]["get"]["responses"][status.to_string()]["content"]
        ["application/json"]["schema"];
    assert!(schema.is_object(), "no schema for {path} {status}");
    schema
}

#[tokio::test]
async fn the_openapi_document_is_valid_and_every_answer_matches_it() {
    let app = spawn_app().await;
    let volunteer = app.user("schema-volunteer", Role::Volunteer).await;
    let researcher = app.user("schema-researcher", Role::Researcher).await;
    let seeded = seed(&app, &volunteer).await;
    // A reviewed claim and a retracted source, so that those parts of the answers are there too.
    let (case, ..) = &seeded.cases[0];
    let revision = || async {
        records::case_detail(&app.cx, &Actor::System, case)
            .await
            .unwrap()
            .revision
            .to_string()
    };
    let form = records::provenance::ReviewForm {
        claim: "status".into(),
        level: "corroborated".into(),
        reason: "Two independent accounts agree".into(),
        revision: revision().await,
    };
    records::provenance::review(&app.cx, &Actor::System, case, &form)
        .await
        .unwrap();
    let source = records::case_detail(&app.cx, &Actor::System, case)
        .await
        .unwrap()
        .sources[0]
        .id
        .to_string();
    let retraction = izde::domain::forms::RemovalForm {
        reason: "The video was re-uploaded by another channel".into(),
        revision: revision().await,
    };
    records::retract_source(&app.cx, &Actor::System, case, &source, &retraction)
        .await
        .unwrap();
    let api = script(&app.web().await);

    // Served without a token: it holds no data.
    let served = call(&api, None, "/api/v1/openapi.json").await;
    assert_eq!(served.status, 200, "{}", served.body);
    let doc = served.json.clone();

    // The document is OpenAPI 3.1 and reads as such…
    let spec = oas3::from_json(&served.body).expect("an OpenAPI 3.1 document");
    let version = spec.validate_version().expect("a 3.1 version");
    assert_eq!((version.major, version.minor), (3, 1));
    let mut operations = 0;
    for (path, method, operation) in spec.operations() {
        operations += 1;
        assert_eq!(method.as_str(), "GET", "{path}");
        for (status, response) in operation.responses(&spec) {
            for (media, content) in &response.content {
                let schema = content.schema(&spec);
                assert!(schema.is_ok(), "{path} {status} {media}: {schema:?}");
            }
        }
    }
    assert_eq!(operations, 8);
    // …and every schema in it is a valid JSON Schema (2020-12, as OpenAPI 3.1 says).
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        let mut schema = schema.clone();
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema".into();
        assert!(jsonschema::meta::is_valid(&schema), "{name}: {schema}");
    }

    // Every endpoint's real answer, for a reader of names and a researcher, matches its schema.
    let endpoints = [
        (
            "/api/v1/cases",
            "/api/v1/cases?limit=2&sort=sentence".to_string(),
        ),
        ("/api/v1/cases/{id}", format!("/api/v1/cases/{case}")),
        (
            "/api/v1/cases/{id}/timeline",
            format!("/api/v1/cases/{case}/timeline"),
        ),
        (
            "/api/v1/cases/{id}/sources",
            format!("/api/v1/cases/{case}/sources"),
        ),
        (
            "/api/v1/cases/{id}/claims",
            format!("/api/v1/cases/{case}/claims"),
        ),
        ("/api/v1/statistics", "/api/v1/statistics".to_string()),
        (
            "/api/v1/release-alerts",
            "/api/v1/release-alerts".to_string(),
        ),
    ];
    let mut checked = 0;
    for actor in [&volunteer, &researcher] {
        let token = token_of(&app, actor).await;
        for (template, path) in &endpoints {
            let reply = call(&api, Some(&token), path).await;
            assert_eq!(reply.status, 200, "{path}: {}", reply.body);
            let validator = validator(&doc, answer_schema(&doc, template, 200));
            let errors: Vec<String> = validator
                .iter_errors(&reply.json)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{path}: {errors:?}\n{}", reply.body);
            checked += 1;
        }
        // And the errors match theirs.
        for (template, path, status) in [
            ("/api/v1/cases", "/api/v1/cases?year=x", 400),
            ("/api/v1/cases/{id}", "/api/v1/cases/nothing", 404),
        ] {
            let reply = call(&api, Some(&token), path).await;
            assert_eq!(reply.status.as_u16(), status);
            let validator = validator(&doc, answer_schema(&doc, template, status));
            assert!(validator.is_valid(&reply.json), "{path}: {}", reply.body);
        }
        let unauthorized = call(&api, None, "/api/v1/statistics").await;
        let validator = validator(&doc, answer_schema(&doc, "/api/v1/statistics", 401));
        assert!(validator.is_valid(&unauthorized.json));
    }
    assert_eq!(checked, 14);
    // The review and the retraction are in the answers checked above.
    let token = token_of(&app, &volunteer).await;
    let claims = call(&api, Some(&token), &format!("/api/v1/cases/{case}/claims")).await;
    assert!(
        claims.body.contains("Two independent accounts agree"),
        "{}",
        claims.body
    );
    let sources = call(&api, Some(&token), &format!("/api/v1/cases/{case}/sources")).await;
    assert!(
        sources.json["sources"][0]["retraction"]["at"].is_string(),
        "{}",
        sources.body
    );
    // The validators are not blind: a wrong shape is caught.
    let validator = validator(&doc, answer_schema(&doc, "/api/v1/cases", 200));
    assert!(!validator.is_valid(&serde_json::json!({"items": "none", "total": -1})));
    // An alert really is listed above (the alert schema is exercised, not an empty list).
    let alerts = call(
        &api,
        Some(&token_of(&app, &volunteer).await),
        "/api/v1/release-alerts",
    )
    .await;
    assert!(
        !alerts.json["items"].as_array().unwrap().is_empty(),
        "{}",
        alerts.body
    );
}

/// Everything written to the log while it is held, at every level.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The log of this test process, from the first call on: every test's lines, at every level (a
/// subscriber of one thread misses lines whose call sites another test's thread met first).
fn captured_log() -> Captured {
    static LOG: std::sync::OnceLock<Captured> = std::sync::OnceLock::new();
    LOG.get_or_init(|| {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
        captured
    })
    .clone()
}

#[tokio::test]
async fn token_values_never_reach_the_log() {
    let captured = captured_log();
    let app = spawn_app().await;
    let researcher = app.user("logged-researcher", Role::Researcher).await;
    let web = app.web_as(&researcher).await;
    let made = web
        .send(post(
            "/account/tokens",
            &[("name", "logged"), ("days", "7")],
        ))
        .await;
    let token = regex::Regex::new(r"izde_pat_[A-Za-z0-9_-]{43}")
        .unwrap()
        .find(&made.body)
        .unwrap()
        .as_str()
        .to_string();
    let api = script(&web);
    assert_eq!(call(&api, Some(&token), "/api/v1/cases").await.status, 200);
    // A token one character off is refused without being written down either.
    let last = if token.ends_with('A') { 'B' } else { 'A' };
    let wrong = format!("{}{last}", &token[..token.len() - 1]);
    assert_eq!(call(&api, Some(&wrong), "/api/v1/cases").await.status, 401);
    let id = tokens::mine(&app.pool, &app.cx.clock, &researcher)
        .await
        .unwrap()[0]
        .id
        .clone();
    web.send(post(&format!("/account/tokens/{id}/revoke"), &[]))
        .await;
    assert_eq!(call(&api, Some(&token), "/api/v1/cases").await.status, 401);
    let log = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(
        log.contains("made an API token"),
        "the log was captured: {log}"
    );
    assert!(log.contains("refused an API token"), "{log}");
    for secret in [
        token.clone(),
        wrong.clone(),
        token[9..].to_string(),
        tokens::hash(&token),
    ] {
        assert!(
            !log.contains(secret.as_str()),
            "a token value is in the log"
        );
    }
    // Nor any other test's token, while they run beside this one.
    assert!(!log.contains(tokens::PREFIX), "a token is in the log");
}
