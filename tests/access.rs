//! Who may do what, asked of the real router: every server function and every form, called as
//! anonymous, a volunteer on their own case and on another's, a researcher and an admin.
#![cfg(feature = "ssr")]

mod common;

use axum::http::StatusCode;
use common::{get, post, spawn_app, Answer, TestApp, Web};
use izde::domain::account::Role;
use izde::server::auth::access::Actor;

struct World {
    app: TestApp,
    anonymous: Web,
    volunteer: Web,
    researcher: Web,
    admin: Web,
    /// Entered by the volunteer.
    own: String,
    /// Entered by another volunteer.
    other: String,
    own_event: String,
    other_event: String,
    /// A pending reveal request by the researcher, and an account to change.
    reveal: String,
    target_user: String,
    /// The volunteer, to record cases whose testifier may be linked to another.
    vera: Actor,
}

const OWN_NAME: &str = "Own Person Volunteerov";
const OTHER_NAME: &str = "Other Person Someoneov";

async fn world() -> World {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let colleague = app.user("colin", Role::Volunteer).await;
    let researcher = app.user("rustam", Role::Researcher).await;
    let admin = app.user("aida", Role::Admin).await;
    let own = app.create_as(&volunteer, &common::intake(OWN_NAME)).await;
    let other = app.create_as(&colleague, &common::intake(OTHER_NAME)).await;
    let own_event = app.detail(&own).await.events[0].id.to_string();
    let other_event = app.detail(&other).await.events[0].id.to_string();
    izde::server::auth::reveals::request(
        &app.cx,
        &researcher,
        &other,
        "Cross-checking against the Almaty list.",
    )
    .await
    .unwrap();
    let (reveal,): (String,) = sqlx::query_as("SELECT id FROM reveal_requests")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let target = app.user("tomas", Role::Volunteer).await;
    let web = |actor: &Actor| {
        let actor = actor.clone();
        let app = &app;
        async move { app.web_as(&actor).await }
    };
    World {
        anonymous: app.web_as(&Actor::System).await,
        volunteer: web(&volunteer).await,
        researcher: web(&researcher).await,
        admin: web(&admin).await,
        own,
        other,
        own_event,
        other_event,
        reveal,
        target_user: target.user_id().unwrap().to_string(),
        vera: volunteer,
        app,
    }
}

impl World {
    async fn revision(&self, case: &str) -> String {
        let (r,): (i64,) = sqlx::query_as("SELECT revision FROM cases WHERE id = $1")
            .bind(case)
            .fetch_one(&self.app.pool)
            .await
            .unwrap();
        r.to_string()
    }
}

/// Calls a server function the way the hydrated page does (form-encoded POST to /api/…,
/// answered in JSON).
async fn call(web: &Web, endpoint: &str, args: &[(&str, &str)]) -> Answer {
    let mut request = post(&format!("/api/{endpoint}"), args);
    request.headers_mut().insert(
        axum::http::header::ACCEPT,
        axum::http::HeaderValue::from_static("application/json"),
    );
    web.send(request).await
}

fn allowed(answer: &Answer) -> bool {
    answer.status.is_success() || answer.status == StatusCode::SEE_OTHER
}

#[track_caller]
fn expect(who: &str, what: &str, answer: &Answer, allow: bool) {
    if allow {
        assert!(
            allowed(answer),
            "{who} should be allowed to {what}: {} {}",
            answer.status,
            &answer.body[..answer.body.len().min(400)]
        );
    } else {
        assert!(
            matches!(
                answer.status,
                StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN
            ) || answer.body.contains("Forbidden")
                || answer.body.contains("NotSignedIn"),
            "{who} should be refused to {what}: {} {}",
            answer.status,
            &answer.body[..answer.body.len().min(400)]
        );
        assert!(!allowed(answer), "{who} {what}: {}", answer.status);
    }
}

#[tokio::test]
async fn every_server_function_checks_the_callers_role() {
    let w = world().await;
    // An erased case: its tombstone is for everyone signed in, its reason for admins only.
    let erased = w
        .app
        .create(&common::intake("Erased Tombstone Person"))
        .await;
    izde::server::records::erase_case(
        &w.app.cx,
        &izde::server::auth::access::Actor::System,
        &erased,
        &izde::domain::forms::ErasureForm {
            reason: "TOMBSTONE-REASON-7".into(),
            confirm: "yes".into(),
            revision: w.revision(&erased).await,
        },
    )
    .await
    .unwrap();
    // A pair in the duplicate review.
    let w_pair = uuid::Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO duplicate_pairs (id, case_id, other_id, found_at, found_in)
         VALUES ($1, $2, $3, '2026-01-01T00:00:00.000Z', 'intake')",
    )
    .bind(&w_pair)
    .bind(&w.own)
    .bind(&w.other)
    .execute(&w.app.pool)
    .await
    .unwrap();
    let who = [
        ("anonymous", &w.anonymous),
        ("volunteer", &w.volunteer),
        ("researcher", &w.researcher),
        ("admin", &w.admin),
    ];
    for (name, web) in who {
        let signed_in = name != "anonymous";
        let admin = name == "admin";
        let r = call(web, "cases/list", &[("filter[page]", "1")]).await;
        expect(name, "list cases", &r, signed_in);
        if signed_in {
            // Names only for those who may see them; the pseudonym otherwise.
            assert_eq!(
                r.body.contains(OWN_NAME),
                matches!(name, "volunteer" | "admin"),
                "{name}: own case name in the list"
            );
            assert_eq!(
                r.body.contains(OTHER_NAME),
                admin,
                "{name}: other case name in the list"
            );
            assert!(admin || r.body.contains("Case K-"), "{name}: pseudonyms");
        }
        for (case, sees) in [
            (&w.own, matches!(name, "volunteer" | "admin")),
            (&w.other, admin),
        ] {
            for endpoint in ["cases/get", "cases/history"] {
                let r = call(web, endpoint, &[("id", case)]).await;
                expect(name, endpoint, &r, signed_in);
                if signed_in {
                    assert_eq!(
                        r.body.contains(OWN_NAME) || r.body.contains(OTHER_NAME),
                        sees && endpoint == "cases/get",
                        "{name} {endpoint} on {case}: name shown?"
                    );
                    assert!(
                        sees || !r.body.contains("Gulzhan Testova"),
                        "{name}: the testifier's name leaked"
                    );
                }
            }
            let r = call(web, "cases/at", &[("id", case), ("revision", "1")]).await;
            expect(name, "read a revision", &r, signed_in);
            if signed_in {
                assert_eq!(
                    r.body.contains(OWN_NAME) || r.body.contains(OTHER_NAME),
                    sees,
                    "{name} cases/at"
                );
            }
            let r = call(web, "reveals/mine", &[("id", case)]).await;
            expect(name, "read own reveal requests", &r, signed_in);
        }
        let r = call(web, "cases/erasure", &[("id", &erased)]).await;
        expect(name, "read an erased case's tombstone", &r, signed_in);
        if signed_in {
            assert_eq!(
                r.body.contains("TOMBSTONE-REASON-7"),
                admin,
                "{name}: the erasure's reason"
            );
        }
        let r = call(web, "cases/statistics", &[("filter[page]", "1")]).await;
        expect(name, "read statistics", &r, signed_in);
        let r = call(web, "cases/timeline", &[("filter[page]", "1")]).await;
        expect(name, "read the cross-case timeline", &r, signed_in);
        let r = call(web, "cases/release-alerts", &[("filter[page]", "1")]).await;
        expect(name, "read release alerts", &r, signed_in);
        let r = call(web, "export/minimums", &[]).await;
        expect(
            name,
            "read the export minimums",
            &r,
            matches!(name, "researcher" | "admin"),
        );
        let r = call(web, "vocabularies", &[]).await;
        expect(name, "read vocabularies", &r, signed_in);
        for endpoint in [
            "reveals/pending",
            "admin/accounts",
            "admin/volunteers",
            "duplicates/open",
            "places/added",
        ] {
            let r = call(web, endpoint, &[]).await;
            expect(name, endpoint, &r, admin);
        }
        let r = call(web, "duplicates/merge-preview", &[("pair", &w_pair)]).await;
        expect(name, "compare a pair side by side", &r, admin);
        if admin {
            assert!(r.body.contains(OWN_NAME) && r.body.contains(OTHER_NAME));
        }
        let r = call(web, "cases/merged-into", &[("id", &w.own)]).await;
        expect(name, "follow a merged case's address", &r, signed_in);
        let r = call(web, "admin/audit", &[("filter[page]", "1")]).await;
        expect(name, "read the audit log", &r, admin);
    }
}

fn event_form(revision: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "trial".into()),
        ("date", "2020".into()),
        ("revision", revision.into()),
    ]
}

async fn send_form(web: &Web, uri: &str, form: &[(&'static str, String)]) -> Answer {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    web.send(post(uri, &pairs)).await
}

#[tokio::test]
async fn every_form_checks_the_callers_role_and_the_case() {
    let w = world().await;
    let who = [
        ("anonymous", &w.anonymous),
        ("volunteer", &w.volunteer),
        ("researcher", &w.researcher),
        ("admin", &w.admin),
    ];
    for (name, web) in who {
        let signed_in = name != "anonymous";
        let admin = name == "admin";
        let creates = matches!(name, "volunteer" | "admin");

        let mut intake = vec![
            ("testifier_name", "Saltanat K.".to_string()),
            ("relationship", "sister".into()),
            ("consent", "anonymized".into()),
            ("name", format!("Created By {name}")),
            ("status", "camp".into()),
            ("testimony_medium", "video".into()),
        ];
        intake.push(("not_duplicate", "yes".into()));
        let r = send_form(web, "/cases/new", &intake).await;
        expect(name, "enter a testimony", &r, creates);
        // One testimony about two relatives.
        intake.extend([
            ("relatives", "add".to_string()),
            ("r2-name", format!("Second relative by {name}")),
        ]);
        let r = send_form(web, "/cases/new", &intake).await;
        expect(name, "add a relative to the intake form", &r, creates);
        intake.retain(|(k, _)| *k != "relatives");
        intake.extend([
            ("r2-relationship", "brother".to_string()),
            ("r2-status", "camp".into()),
            ("r2-not_duplicate", "yes".into()),
        ]);
        let r = send_form(web, "/cases/new", &intake).await;
        expect(name, "enter a testimony about two relatives", &r, creates);

        // The duplicate review: admins only.
        let (a, b) = (
            w.app
                .create(&common::intake(&format!("Pair A {name}")))
                .await,
            w.app
                .create(&common::intake(&format!("Pair B {name}")))
                .await,
        );
        let pair = uuid::Uuid::now_v7().to_string();
        sqlx::query(
            "INSERT INTO duplicate_pairs (id, case_id, other_id, found_at, found_in)
             VALUES ($1, $2, $3, '2026-01-01T00:00:00.000Z', 'intake')",
        )
        .bind(&pair)
        .bind(a.to_string())
        .bind(b.to_string())
        .execute(&w.app.pool)
        .await
        .unwrap();
        let r = send_form(web, &format!("/admin/duplicates/{pair}/different"), &[]).await;
        expect(name, "decide that a pair are different people", &r, admin);
        let (c, d) = (
            w.app
                .create(&common::intake(&format!("Merge C {name}")))
                .await,
            w.app
                .create(&common::intake(&format!("Merge D {name}")))
                .await,
        );
        let pair = uuid::Uuid::now_v7().to_string();
        sqlx::query(
            "INSERT INTO duplicate_pairs (id, case_id, other_id, found_at, found_in)
             VALUES ($1, $2, $3, '2026-01-01T00:00:00.000Z', 'intake')",
        )
        .bind(&pair)
        .bind(c.to_string())
        .bind(d.to_string())
        .execute(&w.app.pool)
        .await
        .unwrap();
        let merge = [
            ("keep", "other".to_string()),
            ("notes", "Same person, entered twice.".into()),
            ("case_revision", w.revision(&c).await),
            ("other_revision", w.revision(&d).await),
        ];
        let r = send_form(web, &format!("/admin/duplicates/{pair}/merge"), &merge).await;
        let place = [
            ("parent", "cn-xj-ili-kuytun".to_string()),
            ("level", "village".to_string()),
            ("name_en", format!("Village of {name}")),
        ];
        let added = send_form(web, "/admin/places", &place).await;
        expect(name, "add a place to the gazetteer", &added, admin);
        expect(name, "merge two cases", &r, admin);

        let r = web.send(post("/cases/search", &[("q", OWN_NAME)])).await;
        expect(name, "search by name", &r, creates);

        // Erasure: admins only (a case of its own for each role, so the others stay).
        let doomed = w
            .app
            .create(&common::intake(&format!("Erased for {name}")))
            .await;
        let r = send_form(
            web,
            &format!("/cases/{doomed}/erase"),
            &[
                ("reason", "The family asked".to_string()),
                ("confirm", "yes".into()),
                ("revision", w.revision(&doomed).await),
            ],
        )
        .await;
        expect(name, "erase a case", &r, admin);

        for (case, event, edits) in [
            (&w.own, &w.own_event, creates),
            (&w.other, &w.other_event, admin),
        ] {
            let what = if case == &w.own { "own" } else { "other" };
            let revision = w.revision(case).await;
            let person = vec![
                ("name", format!("Edited by {name}")),
                ("status", "camp".to_string()),
                ("verification", "reported".into()),
                ("revision", revision.clone()),
            ];
            let r = send_form(web, &format!("/cases/{case}/edit"), &person).await;
            expect(name, &format!("edit the {what} case"), &r, edits);
            let revision = w.revision(case).await;
            let r = send_form(
                web,
                &format!("/cases/{case}/events/new"),
                &event_form(&revision),
            )
            .await;
            expect(name, &format!("add an event to the {what} case"), &r, edits);
            let revision = w.revision(case).await;
            let r = send_form(
                web,
                &format!("/cases/{case}/events/{event}/edit"),
                &event_form(&revision),
            )
            .await;
            expect(
                name,
                &format!("edit an event of the {what} case"),
                &r,
                edits,
            );
            let revision = w.revision(case).await;
            let detention = vec![
                ("facility_kind", "prison".to_string()),
                ("sentence", "7 years".into()),
                ("revision", revision),
            ];
            let r = send_form(web, &format!("/cases/{case}/detentions/new"), &detention).await;
            expect(
                name,
                &format!("add a detention to the {what} case"),
                &r,
                edits,
            );
            let first: String = sqlx::query_scalar(
                "SELECT id FROM detentions WHERE case_id = $1 ORDER BY created_at, id LIMIT 1",
            )
            .bind(case)
            .fetch_one(&w.app.pool)
            .await
            .unwrap();
            let mut detention = detention.clone();
            detention[2].1 = w.revision(case).await;
            let r = send_form(
                web,
                &format!("/cases/{case}/detentions/{first}/edit"),
                &detention,
            )
            .await;
            expect(
                name,
                &format!("correct a detention of the {what} case"),
                &r,
                edits,
            );
            let testifier: String = sqlx::query_scalar(
                "SELECT testifier_id FROM case_testifiers WHERE case_id = $1 LIMIT 1",
            )
            .bind(case)
            .fetch_one(&w.app.pool)
            .await
            .unwrap();
            let testimony = vec![
                ("testifier", testifier),
                ("testimony_medium", "written".to_string()),
                ("revision", w.revision(case).await),
            ];
            let r = send_form(web, &format!("/cases/{case}/testimonies/new"), &testimony).await;
            let testifier = vec![
                ("testifier_name", format!("Brother added by {name}")),
                ("relationship", "brother".to_string()),
                ("consent", "anonymized".to_string()),
                ("revision", w.revision(case).await),
            ];
            let added = send_form(web, &format!("/cases/{case}/testifiers/new"), &testifier).await;
            expect(
                name,
                &format!("add a testifier to the {what} case"),
                &added,
                edits,
            );
            // A testifier recorded for another case (of the volunteer's), found and linked.
            let donor = w
                .app
                .create_as(&w.vera, &common::intake(&format!("Donor {name} {what}")))
                .await;
            let donated: String =
                sqlx::query_scalar("SELECT testifier_id FROM case_testifiers WHERE case_id = $1")
                    .bind(&donor)
                    .fetch_one(&w.app.pool)
                    .await
                    .unwrap();
            let found = send_form(
                web,
                &format!("/cases/{case}/testifiers/find"),
                &[("testifier_query", "Gulzhan Testova".to_string())],
            )
            .await;
            expect(
                name,
                &format!("find a recorded testifier for the {what} case"),
                &found,
                edits,
            );
            let link = vec![
                ("existing", donated),
                ("relationship", "father".to_string()),
                ("consent", "anonymized".to_string()),
                ("revision", w.revision(case).await),
            ];
            let linked = send_form(web, &format!("/cases/{case}/testifiers/new"), &link).await;
            expect(
                name,
                &format!("link a recorded testifier to the {what} case"),
                &linked,
                edits,
            );
            expect(
                name,
                &format!("add a testimony to the {what} case"),
                &r,
                edits,
            );
            let first: String = sqlx::query_scalar(
                "SELECT id FROM testimonies WHERE case_id = $1 ORDER BY created_at, id LIMIT 1",
            )
            .bind(case)
            .fetch_one(&w.app.pool)
            .await
            .unwrap();
            let mut testimony = testimony.clone();
            testimony[2].1 = w.revision(case).await;
            let r = send_form(
                web,
                &format!("/cases/{case}/testimonies/{first}/edit"),
                &testimony,
            )
            .await;
            expect(
                name,
                &format!("correct a testimony of the {what} case"),
                &r,
                edits,
            );
            // Consent, changed back and forth so that every allowed change changes something.
            let consent: String =
                sqlx::query_scalar("SELECT consent FROM case_testifiers WHERE case_id = $1")
                    .bind(case)
                    .fetch_one(&w.app.pool)
                    .await
                    .unwrap();
            let flipped = if consent == "named" {
                "anonymized"
            } else {
                "named"
            };
            let r = send_form(
                web,
                &format!("/cases/{case}/testifiers/{}/consent", testimony[0].1),
                &[
                    ("consent", flipped.to_string()),
                    ("revision", w.revision(case).await),
                ],
            )
            .await;
            expect(
                name,
                &format!("change consent on the {what} case"),
                &r,
                edits,
            );
            // Removals: of the testimony and detention corrected above, and of an event other
            // than the one the next role edits.
            let added_event: String = sqlx::query_scalar(
                "SELECT id FROM events WHERE case_id = $1 AND id <> $2
                 ORDER BY created_at DESC, id DESC LIMIT 1",
            )
            .bind(case)
            .bind(event)
            .fetch_one(&w.app.pool)
            .await
            .unwrap();
            let detention_id: String = sqlx::query_scalar(
                "SELECT id FROM detentions WHERE case_id = $1 ORDER BY created_at, id LIMIT 1",
            )
            .bind(case)
            .fetch_one(&w.app.pool)
            .await
            .unwrap();
            for (kind, item) in [
                ("testimonies", first.clone()),
                ("detentions", detention_id),
                ("events", added_event),
            ] {
                let r = send_form(
                    web,
                    &format!("/cases/{case}/{kind}/{item}/remove"),
                    &[
                        ("reason", "Entered by mistake".to_string()),
                        ("revision", w.revision(case).await),
                    ],
                )
                .await;
                expect(
                    name,
                    &format!("remove one of the {what} case's {kind}"),
                    &r,
                    edits,
                );
            }
            let source = vec![
                ("source_type", "video_testimony".to_string()),
                ("source_title", "A source".into()),
                ("source_reliability", "B".into()),
                ("source_credibility", "2".into()),
            ];
            let r = send_form(web, &format!("/cases/{case}/sources/new"), &source).await;
            expect(name, &format!("add a source to the {what} case"), &r, edits);
            let source_id: String = sqlx::query_scalar(
                "SELECT id FROM sources WHERE case_id = $1 AND retracted_at IS NULL
                 ORDER BY created_at DESC, id DESC LIMIT 1",
            )
            .bind(case)
            .fetch_one(&w.app.pool)
            .await
            .unwrap();
            let mut corrected = source.clone();
            corrected.push(("revision", w.revision(case).await));
            let r = send_form(
                web,
                &format!("/cases/{case}/sources/{source_id}/edit"),
                &corrected,
            )
            .await;
            expect(
                name,
                &format!("correct a source of the {what} case"),
                &r,
                edits,
            );
            let r = send_form(
                web,
                &format!("/cases/{case}/sources/{source_id}/retract"),
                &[
                    ("reason", "The video was of someone else".to_string()),
                    ("revision", w.revision(case).await),
                ],
            )
            .await;
            expect(
                name,
                &format!("retract a source of the {what} case"),
                &r,
                edits,
            );

            let r = web
                .send(post(
                    &format!("/cases/{case}/reveal"),
                    &[("reason", "I need it for the Almaty list, please.")],
                ))
                .await;
            expect(name, "request a reveal", &r, name == "researcher");

            let r = web
                .send(post(
                    &format!("/cases/{case}/assign"),
                    &[("volunteer", "colin")],
                ))
                .await;
            expect(name, "assign a case", &r, admin);
        }

        let r = web
            .send(post(
                "/admin/accounts",
                &[
                    ("username", &format!("new-by-{name}")),
                    ("role", "researcher"),
                    ("password", "a long enough password"),
                ],
            ))
            .await;
        expect(name, "create an account", &r, admin);
        let r = web
            .send(post(
                &format!("/admin/accounts/{}", w.target_user),
                &[("role", "researcher")],
            ))
            .await;
        expect(name, "change an account", &r, admin);
        let r = web
            .send(post("/admin/settings", &[("reveal_auto_grant", "")]))
            .await;
        expect(name, "change settings", &r, admin);
        let minimums = [
            ("public_k", "6"),
            ("public_l", "2"),
            ("public_max_suppressed", "5"),
            ("researcher_k", "3"),
            ("researcher_l", "1"),
            ("researcher_max_suppressed", "10"),
            ("threshold", "5"),
        ];
        let r = web.send(post("/admin/export-minimums", &minimums)).await;
        expect(name, "change the export minimums", &r, admin);

        // The password form: anonymous is refused; everyone else is told the current password is
        // wrong (422), i.e. reached the check.
        let r = web
            .send(post(
                "/account/password",
                &[("current", "wrong"), ("new", "x"), ("confirm", "x")],
            ))
            .await;
        if signed_in {
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        } else {
            expect(name, "change a password", &r, false);
        }
    }
    // The decision on a reveal last: it needs the pending request.
    for (name, web, allow) in [
        ("anonymous", &w.anonymous, false),
        ("volunteer", &w.volunteer, false),
        ("researcher", &w.researcher, false),
        ("admin", &w.admin, true),
    ] {
        let r = web
            .send(post(
                &format!("/admin/reveals/{}", w.reveal),
                &[("decision", "grant")],
            ))
            .await;
        expect(name, "grant a reveal", &r, allow);
    }
}

#[tokio::test]
async fn pages_need_a_session_and_say_so_plainly() {
    let w = world().await;
    for path in ["/", "/cases", &format!("/cases/{}", w.own), "/admin/audit"] {
        let r = w.anonymous.send(get(path)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert!(r.location().unwrap().starts_with("/login"), "{path}");
    }
    let r = w.anonymous.send(get("/login")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Log in to Izde"));
    // A researcher opening an admin page or an edit form is told why, with the right status.
    let r = w.researcher.send(get("/admin/audit")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains("may not read the audit log"), "{}", r.body);
    let r = w
        .researcher
        .send(get(&format!("/cases/{}/edit", w.own)))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!r.body.contains(OWN_NAME));
}
