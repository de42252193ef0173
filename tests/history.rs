//! History, stale edits, reveals and the audit trail of real operations.
#![cfg(feature = "ssr")]

mod common;

use axum::http::StatusCode;
use common::{get, post, spawn_app};
use izde::domain::account::Role;
use izde::domain::forms::PersonForm;
use izde::server::auth::reveals;
use izde::server::{audit, records};

#[tokio::test]
async fn every_save_keeps_the_version_before_it_readable_as_recorded_then() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let id = app
        .create_as(&vera, &common::intake("First Spelling"))
        .await;
    let case = app.detail(&id).await;
    assert_eq!(case.revision, 1);
    let mut form = PersonForm::from_profile(&case.profile);
    form.revision = "1".into();
    form.name = "Second Spelling".into();
    form.status = "released_restricted".into();
    records::update_case(&app.cx, &vera, &id, &form)
        .await
        .unwrap();

    let history = records::case_history(&app.cx, &vera, &id).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].revision, 2);
    assert_eq!(history[0].recorded_by.as_deref(), Some("vera"));
    assert!(
        history[0].changes.contains(&"Name changed.".to_string()),
        "{:?}",
        history[0].changes
    );
    assert!(
        history[0]
            .changes
            .iter()
            .any(|c| c.starts_with("Status: Sentenced") && c.contains("→")),
        "{:?}",
        history[0].changes
    );
    let then = records::case_at(&app.cx, &vera, &id, 1).await.unwrap();
    assert_eq!(then.profile.name.expose(), "First Spelling");
    assert_eq!(then.profile.status.code, "sentenced");
    assert!(!then.can_edit, "an old version is read-only");

    // The kept version is sealed like the case: no plaintext of either name on disk.
    for file in app.raw_database_files().await {
        for needle in ["First Spelling", "Second Spelling"] {
            assert!(
                !file.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} is in the database in plaintext"
            );
        }
    }

    // A researcher reads the history under the pseudonym.
    let rustam = app.user("rustam", Role::Researcher).await;
    let then = records::case_at(&app.cx, &rustam, &id, 1).await.unwrap();
    assert!(then.profile.name.expose().starts_with("Case K-"));
    assert!(then.testifiers.iter().all(|t| t.contact.is_none()));
}

#[tokio::test]
async fn a_stale_edit_is_refused_with_its_input_kept_and_can_then_be_saved_on_purpose() {
    let app = spawn_app().await;
    let id = app.create(&common::intake("Stale Case")).await;
    let web = app.web().await;
    let form = |name: &str, revision: &str| {
        vec![
            ("name", name.to_string()),
            ("status", "camp".to_string()),
            ("verification", "reported".to_string()),
            ("narrative", format!("{name} narrative typed by hand")),
            ("revision", revision.to_string()),
        ]
    };
    let send = |f: Vec<(&'static str, String)>| {
        let web = &web;
        let id = &id;
        async move {
            let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            web.send(post(&format!("/cases/{id}/edit"), &pairs)).await
        }
    };
    // Two people opened the form at revision 1; the first saves.
    let first = send(form("Saved First", "1")).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    // The second is refused, told why, and keeps what they typed.
    let second = send(form("Typed Second", "1")).await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert!(second.body.contains("was changed"), "{}", second.body);
    assert!(second.body.contains("nothing of yours was saved"));
    assert!(second.body.contains("value=\"Typed Second\""));
    assert!(second.body.contains("Typed Second narrative typed by hand"));
    assert!(
        second.body.contains("name=\"revision\" value=\"2\""),
        "the form now carries the current revision"
    );
    assert_eq!(app.detail(&id).await.profile.name.expose(), "Saved First");
    // Saving again, knowingly, replaces it.
    let third = send(form("Typed Second", "2")).await;
    assert_eq!(third.status, StatusCode::SEE_OTHER);
    assert_eq!(app.detail(&id).await.profile.name.expose(), "Typed Second");

    // The history page lists both saves.
    let page = web.send(get(&format!("/cases/{id}/history"))).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Revision 3"));
    assert!(page.body.contains("test-admin"));
    let old = web.send(get(&format!("/cases/{id}/history/1"))).await;
    assert!(old.body.contains("As recorded on"));
    assert!(old.body.contains("Stale Case"));
}

#[tokio::test]
async fn a_reveal_is_requested_with_a_reason_granted_by_an_admin_and_logged() {
    let app = spawn_app().await;
    let id = app.create(&common::intake("Revealed Person")).await;
    let rustam = app.user("rustam", Role::Researcher).await;
    let aida = app.user("aida", Role::Admin).await;
    let hidden = records::case_detail(&app.cx, &rustam, &id).await.unwrap();
    assert!(!hidden.sensitive);
    assert_ne!(hidden.profile.name.expose(), "Revealed Person");

    // No reason, no request.
    let err = reveals::request(&app.cx, &rustam, &id, "   ")
        .await
        .unwrap_err();
    assert!(matches!(err, records::RecordError::Invalid(_)));
    reveals::request(&app.cx, &rustam, &id, "Matching the Almaty family list.")
        .await
        .unwrap();
    let pending = reveals::pending(&app.pool, &app.keys, &aida).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(
        pending[0].reason.expose(),
        "Matching the Almaty family list."
    );
    assert!(reveals::pending(&app.pool, &app.keys, &rustam)
        .await
        .is_err());
    reveals::decide(&app.pool, &app.cx.clock, &aida, &pending[0].id, true)
        .await
        .unwrap();

    let shown = records::case_detail(&app.cx, &rustam, &id).await.unwrap();
    assert!(shown.sensitive);
    assert_eq!(shown.profile.name.expose(), "Revealed Person");
    assert!(!shown.can_edit, "a reveal is for reading");

    // The log: request, grant, and the researcher's read, by whom; never the reason's text.
    let (rows, _) = audit::list(&app.pool, &Default::default()).await.unwrap();
    let actions: Vec<(&str, Option<&str>)> = rows
        .iter()
        .map(|r| (r.action.as_str(), r.actor_username.as_deref()))
        .collect();
    assert!(
        actions.contains(&("reveal.request", Some("rustam"))),
        "{actions:?}"
    );
    assert!(
        actions.contains(&("reveal.grant", Some("aida"))),
        "{actions:?}"
    );
    assert!(
        actions.contains(&("case.read", Some("rustam"))),
        "{actions:?}"
    );
    assert!(audit::verify(&app.pool)
        .await
        .unwrap()
        .first_broken
        .is_none());
    for file in app.raw_database_files().await {
        let needle = b"Almaty family list";
        assert!(
            !file.windows(needle.len()).any(|w| w == needle),
            "the reason is sealed"
        );
    }

    // A grant runs out after a week.
    app.cx
        .clock
        .advance(std::time::Duration::from_secs(6 * 24 * 3600));
    let still = records::case_detail(&app.cx, &rustam, &id).await.unwrap();
    assert!(still.sensitive, "six days on, the grant holds");
    app.cx
        .clock
        .advance(std::time::Duration::from_secs(24 * 3600 + 1));
    let again = records::case_detail(&app.cx, &rustam, &id).await.unwrap();
    assert!(!again.sensitive);
}

#[tokio::test]
async fn writes_and_reads_of_names_leave_entries_with_hashes_only() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let id = app.create_as(&vera, &common::intake("Logged Person")).await;
    records::case_detail(&app.cx, &vera, &id).await.unwrap();
    // Reading under a pseudonym is not a sensitive read.
    let colin = app.user("colin", Role::Volunteer).await;
    records::case_detail(&app.cx, &colin, &id).await.unwrap();
    let (rows, total) = audit::list(&app.pool, &Default::default()).await.unwrap();
    assert_eq!(total, 2, "{rows:?}");
    let create = rows.iter().find(|r| r.action == "case.create").unwrap();
    assert_eq!(create.record_id.as_deref(), Some(id.as_str()));
    assert_eq!(create.actor_username.as_deref(), Some("vera"));
    assert_eq!(create.after_hash.as_ref().map(String::len), Some(64));
    assert!(rows
        .iter()
        .any(|r| r.action == "case.read" && r.actor_username.as_deref() == Some("vera")));
    assert!(!rows
        .iter()
        .any(|r| r.actor_username.as_deref() == Some("colin")));
}
