//! Accounts as the first admin makes them: `izde users add`, argon2id hashes, folded usernames.
#![cfg(feature = "ssr")]

mod common;

use common::{izde, run, run_with_stdin, spawn_app};
use izde::server::auth::accounts::{self, Role};
use zeroize::Zeroizing;

#[tokio::test]
async fn an_account_is_stored_with_an_argon2id_hash_and_its_name_folded() {
    let app = spawn_app().await;
    let password = "a long enough passphrase";
    let user = accounts::add_user(
        &app.pool,
        "Aigerim",
        Role::Admin,
        Zeroizing::new(password.into()),
    )
    .await
    .unwrap();
    assert_eq!(user.username, "aigerim");
    let hash = accounts::password_hash_of(&app.pool, "AIGERIM")
        .await
        .unwrap()
        .expect("found whatever the case");
    assert!(hash.starts_with("$argon2id$"));
    assert!(accounts::verify_password(&hash, password));
    assert!(!accounts::verify_password(
        &hash,
        "a long enough passphrasE"
    ));

    // The same name in another case is taken; a short password is refused; nothing is added.
    let taken = accounts::add_user(
        &app.pool,
        "aigerim",
        Role::Volunteer,
        Zeroizing::new(password.into()),
    )
    .await
    .unwrap_err();
    assert!(taken.to_string().contains("taken"), "{taken}");
    let short = accounts::add_user(
        &app.pool,
        "dana",
        Role::Volunteer,
        Zeroizing::new("short".into()),
    )
    .await
    .unwrap_err();
    assert!(short.to_string().contains("at least 12"), "{short}");
    assert_eq!(accounts::list_users(&app.pool).await.unwrap().len(), 1);

    // No password in the stored files.
    for bytes in app.raw_database_files().await {
        assert!(!bytes
            .windows(password.len())
            .any(|w| w == password.as_bytes()));
    }
}

#[test]
fn the_first_admin_is_made_from_the_command_line() {
    let home = tempfile::tempdir().unwrap();
    let add = |name: &str, password: &str| {
        run_with_stdin(
            izde()
                .args([
                    "users",
                    "add",
                    "--role",
                    "admin",
                    "--password-stdin",
                    "--username",
                    name,
                ])
                .arg("--data-dir")
                .arg(home.path()),
            &format!("{password}\n"),
        )
    };
    let (ok, output) = add("Admin.One", "correct horse battery staple");
    assert!(ok, "{output}");
    assert!(
        output.contains("created the admin account admin.one"),
        "{output}"
    );
    let (ok, output) = add("admin.one", "correct horse battery staple");
    assert!(!ok);
    assert!(output.contains("taken"), "{output}");
    assert!(
        !output.contains("correct horse"),
        "the password is never printed"
    );
    let (ok, output) = run(izde()
        .args(["users", "list", "--data-dir"])
        .arg(home.path()));
    assert!(ok, "{output}");
    assert!(
        output.contains("admin.one") && output.contains("admin"),
        "{output}"
    );
}

#[tokio::test]
async fn a_locked_out_admin_is_given_a_new_password_from_the_command_line() {
    let app = spawn_app().await;
    let admin = app.user("aida", Role::Admin).await;
    let web = app.web_as(&admin).await;
    izde::server::auth::two_step::begin(&app.cx, &admin)
        .await
        .unwrap();
    sqlx::query("UPDATE users SET disabled = 1")
        .execute(&app.pool)
        .await
        .unwrap();
    let set_password = |username: &str| {
        run_with_stdin(
            &mut app.izde(&[
                "users",
                "set-password",
                "--password-stdin",
                "--username",
                username,
            ]),
            "a completely new passphrase",
        )
    };
    let (ok, output) = set_password("Aida");
    assert!(ok, "{output}");
    assert!(output.contains("set a new password for aida"), "{output}");
    let hash = accounts::password_hash_of(&app.pool, "aida")
        .await
        .unwrap()
        .expect("enabled again");
    assert!(accounts::verify_password(
        &hash,
        "a completely new passphrase"
    ));
    let (sessions,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(sessions, 0, "every session ended");
    assert!(
        !izde::server::auth::two_step::enabled(&app.pool, admin.user_id().unwrap())
            .await
            .unwrap()
    );
    assert_eq!(
        web.send(common::get("/cases")).await.status,
        axum::http::StatusCode::SEE_OTHER
    );
    let (ok, output) = set_password("nobody");
    assert!(!ok);
    assert!(output.contains("there is no account nobody"), "{output}");
}
