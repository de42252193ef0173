//! The key hierarchy as operators use it: `izde keys init` with a passphrase and offline recovery
//! keys, a server that starts sealed, recipients added and removed, rotations interrupted and
//! resumed, and recovery with nothing but the database and an offline key.
#![cfg(feature = "ssr")]

use izde::server::auth::access::Actor;
mod common;

use common::{intake, izde, run, run_with_stdin, spawn_app, ServerProcess, TestApp};
use izde::server::crypto::keyring;
use izde::server::crypto::OnlineIdentity;
use izde::server::db::DatabaseUrl;
use izde::server::state::Storage;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::str::FromStr;
use std::time::{Duration, Instant};

/// An offline recovery key: its identity file (kept "off the server") and its recipient.
fn offline_key(dir: &Path, name: &str) -> (PathBuf, String) {
    let identity = age::x25519::Identity::generate();
    let path = dir.join(name);
    let secret = {
        use age::secrecy::ExposeSecret;
        identity.to_string().expose_secret().to_string()
    };
    std::fs::write(&path, format!("# offline\n{secret}\n")).unwrap();
    (path, identity.to_public().to_string())
}

const PASSPHRASE: &str = "correct horse battery staple";

/// `izde keys init` on a new SQLite data directory: returns (data dir, identity file, offline
/// identity file).
fn init_production(home: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let data = home.join("data");
    let identity = home.join("server-identity.age");
    let (offline, recipient) = offline_key(home, "offline.txt");
    let (ok, output) = run_with_stdin(
        izde()
            .args([
                "keys",
                "init",
                "--passphrase-stdin",
                "--recovery",
                &recipient,
            ])
            .arg("--new-identity")
            .arg(&identity)
            .arg("--data-dir")
            .arg(&data),
        &format!("{PASSPHRASE}\n"),
    );
    assert!(ok, "{output}");
    assert!(output.contains("Offline recovery keys (1)"), "{output}");
    (data, identity, offline)
}

/// Opens the installation in `data` with the passphrase-protected `identity`, as the library.
async fn production_app(data: &Path, identity: &Path) -> TestApp {
    let storage = Storage {
        data_dir: data.to_path_buf(),
        database: None,
        identity: Some(identity.to_path_buf()),
        s3: None,
    };
    let pool = izde::server::db::open(&storage.database_url().unwrap())
        .await
        .unwrap();
    let online = OnlineIdentity::from_passphrase_file(identity, PASSPHRASE).unwrap();
    let keys = keyring::unseal(&pool, online, false).await.unwrap();
    let vocab = izde::server::records::load_vocabularies(&pool)
        .await
        .unwrap();
    TestApp::new(tempfile::tempdir().unwrap(), storage, pool, keys, vocab)
}

#[tokio::test]
async fn init_writes_a_passphrase_protected_identity_and_a_wrong_passphrase_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let (data, identity, _offline) = init_production(home.path());
    let bytes = std::fs::read(&identity).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    assert!(!String::from_utf8_lossy(&bytes).contains("AGE-SECRET-KEY"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&identity).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0);
    }
    assert!(matches!(
        OnlineIdentity::from_passphrase_file(&identity, "wrong passphrase!!"),
        Err(izde::server::crypto::CryptoError::Passphrase)
    ));

    // A command with the wrong passphrase: a clear message, nothing written.
    let url = DatabaseUrl::sqlite_in(&data).unwrap();
    let keyring_state = || async {
        let pool = izde::server::db::connect(&url).await.unwrap();
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT recipient, added_at FROM key_recipients ORDER BY recipient")
                .fetch_all(&pool)
                .await
                .unwrap();
        let keks: Vec<(i64, Vec<u8>)> =
            sqlx::query_as("SELECT version, kek_age FROM keyring ORDER BY version")
                .fetch_all(&pool)
                .await
                .unwrap();
        pool.close().await;
        (rows, keks)
    };
    let before = keyring_state().await;
    let (ok, output) = run_with_stdin(
        izde()
            .args([
                "keys",
                "add-recipient",
                &offline_key(home.path(), "x.txt").1,
            ])
            .arg("--identity")
            .arg(&identity)
            .arg("--data-dir")
            .arg(&data),
        "not the passphrase\n",
    );
    assert!(!ok);
    assert!(output.contains("passphrase is wrong"), "{output}");
    assert!(keyring_state().await == before, "the keyring changed");

    // A second init is refused.
    let (ok, output) = run_with_stdin(
        izde()
            .args(["keys", "init", "--passphrase-stdin", "--recovery"])
            .arg(offline_key(home.path(), "y.txt").1)
            .arg("--new-identity")
            .arg(home.path().join("second.age"))
            .arg("--data-dir")
            .arg(&data),
        &format!("{PASSPHRASE}\n"),
    );
    assert!(!ok);
    assert!(output.contains("already has a keyring"), "{output}");
    assert!(!home.path().join("second.age").exists());
}

#[tokio::test]
async fn an_offline_key_alone_recovers_everything_and_opens_the_backup() {
    let home = tempfile::tempdir().unwrap();
    let (data, identity, offline) = init_production(home.path());
    let app = production_app(&data, &identity).await;
    for name in ["Нұрлан Сейітқали", "نۇرلان سەيىتقالي", "Aigul Zhaksylyk"]
    {
        app.create(&intake(name)).await;
    }
    app.pool.close().await;

    let (ok, output) = run(izde()
        .args(["keys", "recover", "--identity"])
        .arg(&offline)
        .arg("--data-dir")
        .arg(&data));
    assert!(ok, "{output}");
    assert!(output.contains("6 data keys"), "{output}");
    assert!(output.contains("opens everything"), "{output}");

    // A key that is not a recipient opens nothing.
    let (stranger, _) = offline_key(home.path(), "stranger.txt");
    let (ok, output) = run(izde()
        .args(["keys", "recover", "--identity"])
        .arg(&stranger)
        .arg("--data-dir")
        .arg(&data));
    assert!(!ok);
    assert!(
        output.contains("not one of the installation's recipients"),
        "{output}"
    );

    // The server lost: a backup restored with only the offline key.
    let backup = home.path().join("b.age");
    let (ok, output) = run_with_stdin(
        izde()
            .args(["backup", "--out"])
            .arg(&backup)
            .arg("--identity")
            .arg(&identity)
            .arg("--data-dir")
            .arg(&data),
        &format!("{PASSPHRASE}\n"),
    );
    assert!(ok, "{output}");
    let elsewhere = home.path().join("elsewhere");
    let (ok, output) = run(izde()
        .args(["restore", "--yes"])
        .arg(&backup)
        .arg("--identity")
        .arg(&offline)
        .arg("--data-dir")
        .arg(&elsewhere));
    assert!(ok, "{output}");
    // The recovery key now runs the restored server; the operator is told that the lost
    // server's key still opens everything, and that no recovery key is left.
    assert!(
        output.contains("this key becomes the server's online key"),
        "{output}"
    );
    assert!(
        output.contains("the former server key age1") && output.contains("keys remove-recipient"),
        "{output}"
    );
    assert!(
        output.contains("no other offline recovery key is left"),
        "{output}"
    );
    let (ok, listed) = run(izde().args(["keys", "list", "--data-dir"]).arg(&elsewhere));
    assert!(ok, "{listed}");
    let offline_recipient = age::x25519::Identity::from_str(
        std::fs::read_to_string(&offline)
            .unwrap()
            .lines()
            .find(|l| l.starts_with("AGE-SECRET-KEY-"))
            .unwrap(),
    )
    .unwrap()
    .to_public()
    .to_string();
    let role_of = |recipient: &str| {
        listed
            .lines()
            .find(|l| l.contains(recipient))
            .and_then(|l| l.split_whitespace().next())
            .map(str::to_string)
    };
    assert_eq!(
        role_of(&offline_recipient).as_deref(),
        Some("online"),
        "{listed}"
    );
    let (ok, output) = run(izde()
        .args(["keys", "recover", "--identity"])
        .arg(&offline)
        .arg("--data-dir")
        .arg(&elsewhere));
    assert!(ok, "{output}");
}

#[tokio::test]
async fn recipients_change_only_the_kek_and_the_last_recovery_key_stays() {
    let home = tempfile::tempdir().unwrap();
    let (data, identity, offline) = init_production(home.path());
    let app = production_app(&data, &identity).await;
    let id = app.create(&intake("Gulnisa Qadir")).await;
    let wrapped = |pool: izde::server::db::Pool, id: String| async move {
        sqlx::query_as::<_, (Vec<u8>,)>("SELECT dek_wrapped FROM cases WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap()
            .0
    };
    let before = wrapped(app.pool.clone(), id.clone()).await;

    let (second, second_recipient) = offline_key(home.path(), "second.txt");
    keyring::add_recipient(
        &app.pool,
        app.keys.identity(),
        &second_recipient,
        "recovery",
        "second",
    )
    .await
    .unwrap();
    assert_eq!(wrapped(app.pool.clone(), id.clone()).await, before);
    let second_identity = OnlineIdentity::from_identity_file(&second).unwrap();
    keyring::recover(&app.pool, second_identity.age_identity())
        .await
        .expect("the new recipient opens everything");

    // The server's own key and the last recovery key cannot be removed.
    let err = keyring::remove_recipient(&app.pool, app.keys.identity(), &app.keys.recipient())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("own key"), "{err}");
    keyring::remove_recipient(&app.pool, app.keys.identity(), &second_recipient)
        .await
        .unwrap();
    assert!(keyring::recover(&app.pool, second_identity.age_identity())
        .await
        .is_err());
    let first_recipient = OnlineIdentity::from_identity_file(&offline)
        .unwrap()
        .recipient();
    let err = keyring::remove_recipient(&app.pool, app.keys.identity(), &first_recipient)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("last offline recovery key"),
        "{err}"
    );
    assert_eq!(wrapped(app.pool.clone(), id.clone()).await, before);
    assert_eq!(app.detail(&id).await.profile.name.expose(), "Gulnisa Qadir");
}

/// Every case opens with the keys as they are now in the database.
async fn all_readable(app: &TestApp) -> usize {
    let keys = keyring::unseal(&app.pool, app.keys.identity().clone(), false)
        .await
        .unwrap();
    let ids: Vec<(String,)> = sqlx::query_as("SELECT id FROM cases")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    let cx = izde::server::context::Context::new(app.pool.clone(), keys, app.vocab.clone());
    for (id,) in &ids {
        izde::server::records::case_detail(&cx, &Actor::System, id)
            .await
            .unwrap_or_else(|e| panic!("case {id} does not open: {e}"));
    }
    ids.len()
}

async fn versions_in_use(app: &TestApp) -> Vec<(Option<i64>, i64)> {
    sqlx::query_as(
        "SELECT kek_version, COUNT(*) FROM cases GROUP BY kek_version ORDER BY kek_version",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap()
}

/// Starts `izde keys rotate` and kills it (SIGKILL) once some, not all, data keys have moved.
async fn kill_rotation_midway(app: &TestApp, extra: &[&str], target: i64, total: i64) {
    let mut child = izde()
        .args(["keys", "rotate"])
        .args(extra)
        .arg("--data-dir")
        .arg(&app.storage.data_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        let (moved,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM cases WHERE kek_version = $1")
            .bind(target)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        if moved > 0 {
            assert!(
                moved < total,
                "the rotation finished before it could be killed"
            );
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the rotation ended before it could be killed"
        );
        assert!(started.elapsed() < Duration::from_secs(120));
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

#[tokio::test]
async fn rotations_killed_midway_resume_and_every_case_stays_readable() {
    if common::on_postgres() {
        return; // the CLI runs against the data directory's SQLite file
    }
    let app = spawn_app().await;
    izde::server::ops::demo::generate(&app.storage, 6_000)
        .await
        .unwrap();
    let total = all_readable(&app).await as i64;
    assert_eq!(versions_in_use(&app).await, vec![(Some(1), total)]);
    let name_before: (Vec<u8>,) = sqlx::query_as("SELECT name_sealed FROM cases ORDER BY id")
        .fetch_one(&app.pool)
        .await
        .unwrap();

    // A re-wrap, killed: both KEKs in use, every case readable.
    kill_rotation_midway(&app, &[], 2, total).await;
    let mixed = versions_in_use(&app).await;
    assert_eq!(mixed.len(), 2, "{mixed:?}");
    assert_eq!(all_readable(&app).await as i64, total);

    // Resumed: everything under version 2, version 1 deleted, fields untouched.
    let (ok, output) = run(izde()
        .args(["keys", "rotate", "--data-dir"])
        .arg(&app.storage.data_dir));
    assert!(ok, "{output}");
    assert!(
        output.contains("finished rotating to KEK version 2"),
        "{output}"
    );
    assert_eq!(versions_in_use(&app).await, vec![(Some(2), total)]);
    assert_eq!(
        keyring::versions(&app.pool).await.unwrap()[0].0,
        2,
        "the unused KEK is deleted"
    );
    let name_after: (Vec<u8>,) = sqlx::query_as("SELECT name_sealed FROM cases ORDER BY id")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(name_before, name_after, "a re-wrap does not touch fields");
    assert_eq!(all_readable(&app).await as i64, total);

    // A re-encryption, killed and resumed: new data keys, every field sealed again.
    kill_rotation_midway(&app, &["--reencrypt"], 3, total).await;
    assert_eq!(all_readable(&app).await as i64, total);
    let (ok, output) = run(izde()
        .args(["keys", "rotate", "--data-dir"])
        .arg(&app.storage.data_dir));
    assert!(ok, "{output}");
    assert!(output.contains("every field sealed again"), "{output}");
    assert_eq!(versions_in_use(&app).await, vec![(Some(3), total)]);
    let name_now: (Vec<u8>,) = sqlx::query_as("SELECT name_sealed FROM cases ORDER BY id")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_ne!(
        name_before, name_now,
        "re-encryption seals every field again"
    );
    assert_eq!(all_readable(&app).await as i64, total);
}

#[tokio::test]
async fn a_server_with_a_passphrase_starts_sealed_and_unseals_with_the_right_passphrase() {
    let home = tempfile::tempdir().unwrap();
    let (data, identity, _) = init_production(home.path());
    {
        let app = production_app(&data, &identity).await;
        app.create(&intake("Yerbol Toqtarhan")).await;
        app.user("keeper", izde::domain::account::Role::Admin).await;
        app.pool.close().await;
    }
    let mut command = izde();
    command
        .arg("serve")
        .arg("--identity")
        .arg(&identity)
        .arg("--data-dir")
        .arg(&data)
        .stdin(Stdio::piped());
    let mut server = ServerProcess::start(command);
    let mut stdin = server.child.stdin.take().unwrap();
    tokio::task::spawn_blocking(move || {
        // Accounts work while sealed: they hold no sealed field.
        let browser = common::Browser::login(&server.base, "keeper", common::PASSWORD);
        let get = |path: &str| browser.get(path).1;
        let page = get("/cases");
        assert!(
            page.contains("Sealed."),
            "the list says the server is sealed"
        );
        assert!(!page.contains("Yerbol"));

        writeln!(stdin, "a wrong passphrase").unwrap();
        server.wait_for("still sealed");
        assert!(get("/cases").contains("Sealed."));

        writeln!(stdin, "{PASSPHRASE}").unwrap();
        server.wait_for("Izde is unsealed");
        let page = get("/cases");
        assert!(page.contains("Yerbol Toqtarhan"), "{page}");
        assert!(!page.contains("Sealed."));
        drop(server);
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn a_plain_identity_without_a_keyring_is_told_to_run_keys_init() {
    let home = tempfile::tempdir().unwrap();
    let (plain, _) = offline_key(home.path(), "plain.txt");
    let (ok, output) = run(izde()
        .args(["demo", "--identity"])
        .arg(&plain)
        .arg("--data-dir")
        .arg(home.path().join("data")));
    assert!(!ok);
    assert!(output.contains("izde keys init"), "{output}");
}

#[tokio::test]
async fn every_sealed_column_is_known_to_rotation_and_recovery() {
    if common::on_postgres() {
        return;
    }
    let app = spawn_app().await;
    let mut found = Vec::new();
    for table in izde::server::db::backup::TABLES {
        let columns: Vec<(String,)> = sqlx::query_as("SELECT name FROM pragma_table_info($1)")
            .bind(*table)
            .fetch_all(&app.pool)
            .await
            .unwrap();
        for (column,) in columns {
            if column.ends_with("_sealed") {
                found.push((table.to_string(), column));
            }
        }
    }
    assert!(found.len() >= 14, "{found:?}");
    for (table, column) in &found {
        assert!(
            keyring::SEALED_COLUMNS
                .iter()
                .any(|(t, c, ..)| t == table && c == column),
            "{table}.{column} is sealed but keyring::SEALED_COLUMNS does not list it: rotation \
             and recovery would miss it"
        );
    }
    assert_eq!(found.len(), keyring::SEALED_COLUMNS.len());
}

/// What the key hierarchy holds in the database: every KEK (version, age file, tags), every
/// recipient, and which KEK wraps every data key (and the wrapped keys).
async fn key_state(app: &TestApp) -> Vec<String> {
    /// A KEK row: version, age file, its tag, the recipients' tag.
    type KekRow = (i64, Vec<u8>, Option<Vec<u8>>, Option<Vec<u8>>);
    let keks: Vec<KekRow> = sqlx::query_as(
        "SELECT version, kek_age, auth, recipients_auth FROM keyring ORDER BY version",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    let recipients: Vec<(String, String, String)> =
        sqlx::query_as("SELECT recipient, role, label FROM key_recipients ORDER BY recipient")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    let mut deks: Vec<(String, Option<i64>, Vec<u8>)> =
        sqlx::query_as("SELECT id, kek_version, dek_wrapped FROM cases ORDER BY id")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    deks.extend(
        sqlx::query_as::<_, (String, Option<i64>, Vec<u8>)>(
            "SELECT id, kek_version, dek_wrapped FROM testifiers ORDER BY id",
        )
        .fetch_all(&app.pool)
        .await
        .unwrap(),
    );
    let mut out: Vec<String> = keks.iter().map(|k| format!("{k:?}")).collect();
    out.extend(recipients.iter().map(|r| format!("{r:?}")));
    out.extend(deks.iter().map(|d| format!("{d:?}")));
    out
}

/// Everything that opens or uses the keyring refuses it, says why, and changes nothing: the
/// library's unseal, a running server's reload on a new version, `izde serve`, `izde keys rotate`,
/// `izde keys add-recipient` and `izde backup`.
/// `running` is a server started before the plant, with a page of a case to ask it for.
async fn refused_everywhere(
    app: &TestApp,
    home: &Path,
    why: &str,
    running: Option<(&common::Web, &str)>,
) {
    let before = key_state(app).await;
    let err = keyring::unseal(&app.pool, app.keys.identity().clone(), false)
        .await
        .expect_err("unseal accepts the plant");
    assert!(format!("{err:#}").contains(why), "{err:#}");
    assert!(!format!("{err:#}").contains("AGE-SECRET-KEY"));

    // A server that was running before the plant, reloading its keyring at the next request.
    if let Some((web, page)) = running {
        let answer = web.send(common::get(page)).await;
        assert_eq!(
            answer.status, 500,
            "a page was served with the planted keyring"
        );
        assert!(!answer.body.contains("Nurlan"));
    }

    let mut server = ServerProcess::spawn(app.izde(&["serve"]));
    let line = server.wait_for(why);
    assert!(!line.contains("AGE-SECRET-KEY"), "{line}");
    assert!(!server.child.wait().unwrap().success(), "serve started");

    let (ok, output) = run(&mut app.izde(&["keys", "rotate"]));
    assert!(!ok && output.contains(why), "rotate: {output}");
    let (_, rogue) = offline_key(home, "another.txt");
    let (ok, output) = run(&mut app.izde(&["keys", "add-recipient", &rogue]));
    assert!(!ok && output.contains(why), "add-recipient: {output}");
    let out = home.join(format!("backup-{}.age", before.len()));
    let (ok, output) = run(app.izde(&["backup"]).arg("--out").arg(&out));
    assert!(!ok && output.contains(why), "backup: {output}");
    assert!(!out.exists(), "a backup was written");

    assert_eq!(key_state(app).await, before, "the key hierarchy changed");
}

#[tokio::test]
async fn a_planted_kek_or_recipient_is_refused_everywhere_and_changes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let app = spawn_app().await;
    let id = app.create(&intake("Nurlan Amanov")).await;
    let page = format!("/cases/{id}");
    let running = app.web().await;
    assert_eq!(running.send(common::get(&page)).await.status, 200);
    let now = izde::server::db::now();

    // A KEK the attacker knows, encrypted to the server's public key only, as version 2, with
    // the genuine version 1's tags copied (a tag it could compute would need the server's key).
    let planted = izde::server::crypto::Kek::generate(2);
    let sealed = izde::server::crypto::seal_kek(&planted, &[app.keys.age_recipient()]).unwrap();
    sqlx::query(
        "INSERT INTO keyring (version, kek_age, rotation, created_at, completed_at, auth,
                              recipients_auth)
         SELECT 2, $1, 'rewrap', $2, $2, auth, recipients_auth FROM keyring WHERE version = 1",
    )
    .bind(&sealed)
    .bind(&now)
    .execute(&app.pool)
    .await
    .unwrap();
    refused_everywhere(
        &app,
        home.path(),
        "key-encryption key version 2 is not authenticated",
        Some((&running, &page)),
    )
    .await;
    sqlx::query("DELETE FROM keyring WHERE version = 2")
        .execute(&app.pool)
        .await
        .unwrap();
    keyring::unseal(&app.pool, app.keys.identity().clone(), false)
        .await
        .expect("without the plant the keyring opens");

    // A recipient of the attacker's, added to the list.
    let (_, rogue) = offline_key(home.path(), "rogue.txt");
    sqlx::query(
        "INSERT INTO key_recipients (recipient, role, label, added_at)
         VALUES ($1, 'recovery', 'office backup key', $2)",
    )
    .bind(&rogue)
    .bind(&now)
    .execute(&app.pool)
    .await
    .unwrap();
    refused_everywhere(
        &app,
        home.path(),
        "is not the one this installation's key authenticated",
        None,
    )
    .await;
    sqlx::query("DELETE FROM key_recipients WHERE recipient = $1")
        .bind(&rogue)
        .execute(&app.pool)
        .await
        .unwrap();

    // Tags removed (as on a keyring from before them): refused, and `izde keys authenticate`
    // (after the administrator checked the list) tags them again.
    sqlx::query("UPDATE keyring SET auth = NULL, recipients_auth = NULL")
        .execute(&app.pool)
        .await
        .unwrap();
    let err = keyring::unseal(&app.pool, app.keys.identity().clone(), false)
        .await
        .unwrap_err();
    assert!(
        format!("{err:#}").contains("izde keys authenticate"),
        "{err:#}"
    );
    let (ok, output) = run(&mut app.izde(&["keys", "authenticate"]));
    assert!(!ok && output.contains("--yes"), "{output}");
    let (ok, output) = run(&mut app.izde(&["keys", "authenticate", "--yes"]));
    assert!(ok, "{output}");
    assert!(
        output.contains("authenticated 1 KEK version and the recipient list"),
        "{output}"
    );
    // A wrong tag is tampering, not age: `authenticate` does not bless it.
    sqlx::query("UPDATE keyring SET auth = recipients_auth")
        .execute(&app.pool)
        .await
        .unwrap();
    let (ok, output) = run(&mut app.izde(&["keys", "authenticate", "--yes"]));
    assert!(!ok && output.contains("did not make"), "{output}");
}

/// Issue 17, item 10: removing a recovery key replaces every data key and seals every field again,
/// and leaves no copy of the old keyring or the old wrapped keys in the database's files: the
/// removed key, with a copy of the keyring from before, opens nothing stored now.
#[tokio::test]
async fn a_removed_key_with_an_old_copy_of_the_keyring_opens_nothing_stored_now() {
    let home = tempfile::tempdir().unwrap();
    let app = spawn_app().await;
    let id = app.create(&intake("Removed Key Case")).await;
    let (leaving, leaving_recipient) = offline_key(home.path(), "leaving.txt");
    let (_, staying) = offline_key(home.path(), "staying.txt");
    for r in [&leaving_recipient, &staying] {
        let (ok, output) = run(&mut app.izde(&["keys", "add-recipient", r]));
        assert!(ok, "{output}");
    }
    // What the leaving key's holder copied while they could.
    let old_keyring: Vec<(i64, Vec<u8>)> =
        sqlx::query_as("SELECT version, kek_age FROM keyring ORDER BY version")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    let old_wrapped: (Vec<u8>,) = sqlx::query_as("SELECT dek_wrapped FROM cases WHERE id = $1")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let leaving_identity = OnlineIdentity::from_identity_file(&leaving).unwrap();
    let old_keks: Vec<izde::server::crypto::Kek> = old_keyring
        .iter()
        .map(|(v, age)| {
            izde::server::crypto::open_kek(*v, age, leaving_identity.age_identity()).unwrap()
        })
        .collect();
    let old_version = old_keyring.last().unwrap().0;
    let old_keys = izde::server::crypto::ServerKeys::new(leaving_identity, old_keks, old_version);
    let owner: uuid::Uuid = id.parse().unwrap();
    let old_dek = old_keys.unwrap_data_key(owner, &old_wrapped.0).unwrap();

    let (ok, output) = run(&mut app.izde(&["keys", "remove-recipient", &leaving_recipient]));
    assert!(ok, "{output}");
    assert!(output.contains("every field sealed again"), "{output}");

    // Today's wrapped key and sealed name open with nothing the leaving key had.
    let (wrapped, name): (Vec<u8>, Vec<u8>) =
        sqlx::query_as("SELECT dek_wrapped, name_sealed FROM cases WHERE id = $1")
            .bind(&id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert!(old_keys.unwrap_data_key(owner, &wrapped).is_err());
    let field = izde::server::crypto::FieldRef::of(owner, "cases.name");
    assert!(
        old_dek.open(&field, &name).is_err(),
        "the old data key opens the name"
    );
    assert_eq!(
        all_readable(&app).await,
        1,
        "the case opens with today's keys"
    );

    // No copy of the old keyring rows or wrapped key is left in the files (SQLite; PostgreSQL's
    // write-ahead log keeps old rows until it is recycled, as docs/security.md says).
    if !common::on_postgres() {
        let files = app.raw_database_files().await;
        let mut secrets: Vec<&[u8]> = old_keyring
            .iter()
            .map(|(_, age)| &age[age.len() - 64..])
            .collect();
        secrets.push(&old_wrapped.0[old_wrapped.0.len() - 40..]);
        for file in &files {
            for secret in &secrets {
                assert!(
                    !file.windows(secret.len()).any(|w| w == *secret),
                    "an old keyring row or wrapped key is still in the database's files"
                );
            }
        }
    }
}
