//! Erasure by key destruction (issue 18): an admin erases a case when a family asks; its data
//! key and every row under it are gone, its name no longer matches, and a tombstone with a sealed
//! reason and the audit entry remain.
#![cfg(feature = "ssr")]

mod common;

use common::{get, intake, post, spawn_app};
use izde::domain::account::Role;
use izde::server::auth::access::Actor;

/// Tables whose rows belong to a case, by their `case_id` column.
const CASE_TABLES: &[&str] = &[
    "case_testifiers",
    "detentions",
    "events",
    "sources",
    "testimonies",
    "claim_sources",
    "claim_reviews",
    "removals",
    "case_versions",
    "case_assignments",
    "reveal_requests",
    "blind_index",
    "case_text",
];

async fn rows_of(app: &common::TestApp, id: &str) -> Vec<(String, i64)> {
    let mut out = Vec::new();
    for table in CASE_TABLES {
        let n: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE case_id = $1"))
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        out.push((table.to_string(), n));
    }
    out
}

#[tokio::test]
async fn an_erased_case_is_gone_with_its_key_and_only_a_sealed_tombstone_remains() {
    let app = spawn_app().await;
    let volunteer = app.user("vera", Role::Volunteer).await;
    let admin = app.user("aida", Role::Admin).await;
    let id = app
        .create_as(&volunteer, &intake("Ерлан Сәрсенбайұлы"))
        .await;
    let kept = app
        .create_as(&volunteer, &intake("Kept Person Nurlan"))
        .await;
    // A history and a removal, so there is more than the intake to erase.
    app.add_event(&id, "proof_of_life", "2021-05").await;
    let case = app.detail(&id).await;
    let wrapped: Vec<u8> = sqlx::query_scalar("SELECT dek_wrapped FROM cases WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let testifiers_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM testifiers")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert!(rows_of(&app, &id).await.iter().any(|(_, n)| *n > 0));
    let url = format!("/cases/{id}/erase");
    let revision = case.revision.to_string();
    let reason = "The family asked on 3 December: Гүлжан fears for her mother";

    // The volunteer who entered it may not erase it.
    let theirs = app.web_as(&volunteer).await;
    let refused = theirs
        .send(post(
            &url,
            &[
                ("revision", &revision),
                ("reason", reason),
                ("confirm", "yes"),
            ],
        ))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(!theirs
        .send(get(&format!("/cases/{id}")))
        .await
        .body
        .contains(&url));

    // An admin: offered on the case page; without the confirmation or a reason, nothing happens.
    let web = app.web_as(&admin).await;
    assert!(web
        .send(get(&format!("/cases/{id}")))
        .await
        .body
        .contains(&url));
    let form = web.send(get(&url)).await;
    assert_eq!(form.status, 200);
    assert!(
        form.body.contains("cannot be brought back"),
        "{}",
        form.body
    );
    let unconfirmed = web
        .send(post(&url, &[("revision", &revision), ("reason", reason)]))
        .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.body);
    assert!(
        unconfirmed.body.contains("Tick the box"),
        "{}",
        unconfirmed.body
    );
    let unexplained = web
        .send(post(&url, &[("revision", &revision), ("confirm", "yes")]))
        .await;
    assert_eq!(unexplained.status, 422, "{}", unexplained.body);
    assert_eq!(
        app.detail(&id).await.revision,
        case.revision,
        "nothing changed"
    );

    let erased = web
        .send(post(
            &url,
            &[
                ("revision", &revision),
                ("reason", reason),
                ("confirm", "yes"),
            ],
        ))
        .await;
    assert_eq!(erased.status, 303, "{}", erased.body);
    assert_eq!(
        erased.location().as_deref(),
        Some(format!("/cases/{id}").as_str())
    );

    // Nothing of it is left in the tables, its testifier went with it, the other case stays.
    for (table, n) in rows_of(&app, &id).await {
        assert_eq!(n, 0, "{table} still has rows of the erased case");
    }
    let cases: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cases WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(cases, 0);
    let testifiers_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM testifiers")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(testifiers_after, testifiers_before - 1);
    assert_eq!(
        app.detail(&kept).await.profile.name.expose(),
        "Kept Person Nurlan"
    );
    // Nobody can open it, the command line with the server key included.
    let opened = izde::server::records::case_detail(&app.cx, &Actor::System, &id).await;
    assert!(
        matches!(opened, Err(izde::server::records::RecordError::NotFound)),
        "{opened:?}"
    );
    // Its name no longer matches a search.
    let hits = theirs
        .send(post("/cases/search", &[("q", "Сәрсенбайұлы")]))
        .await;
    assert!(!hits.body.contains(&id), "{}", hits.body);
    assert!(!hits.body.contains("possible match"), "{}", hits.body);
    // Its wrapped key is in none of the database's files (SQLite zeroes deleted content and the
    // WAL is truncated; PostgreSQL's write-ahead log keeps old row versions until it is recycled,
    // as the README says).
    if !common::on_postgres() {
        for file in app.raw_database_files().await {
            assert!(
                !file.windows(wrapped.len()).any(|w| w == wrapped.as_slice()),
                "the erased case's wrapped data key is still in a database file"
            );
        }
    }

    // The tombstone: its page says when and by whom; the reason is for admins, sealed on disk.
    let page = web.send(get(&format!("/cases/{id}"))).await;
    assert!(page.body.contains("This case was erased"), "{}", page.body);
    assert!(page.body.contains("by aida"), "{}", page.body);
    assert!(page.body.contains("Гүлжан fears"), "{}", page.body);
    let page = theirs.send(get(&format!("/cases/{id}"))).await;
    assert!(page.body.contains("This case was erased"), "{}", page.body);
    assert!(!page.body.contains("Гүлжан fears"), "{}", page.body);
    for file in app.raw_database_files().await {
        let needle = "Гүлжан fears".as_bytes();
        assert!(
            !file.windows(needle.len()).any(|w| w == needle),
            "the erasure's reason is in the database in plaintext"
        );
    }
    // The audit log has the erasure and still verifies.
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'case.erase' AND record_id = $1",
    )
    .bind(&id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(n, 1);
    let verdict = izde::server::audit::verify(&app.pool).await.unwrap();
    assert!(verdict.is_intact(), "{verdict:?}");
    // The facet counts kept for the case list still add up.
    assert!(izde::server::db::facets::totals_add_up(&app.pool)
        .await
        .unwrap());
}
