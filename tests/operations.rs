//! Operating Izde on either backend: backup and restore across SQLite and PostgreSQL, several app
//! instances on one PostgreSQL database, and clear refusals of bad input that change nothing.
//!
//! Needs the throwaway PostgreSQL server that `make test` starts (scripts/with-postgres.sh).
//! Not run again on PostgreSQL: each test chooses its backends itself (SQLite and PostgreSQL in
//! one test), so the PostgreSQL pass would repeat them unchanged.
#![cfg(feature = "ssr")]

use izde::server::auth::access::Actor;
mod common;

use common::{intake, izde, new_postgres_database, run, run_with_stdin, ServerProcess, TestApp};
use izde::domain::case::CaseDetail;
use izde::server::db::{self, backup, Backend, DatabaseUrl};
use izde::server::state::{open_storage, Storage};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// An installation on SQLite in `dir`, or on `database` when given.
async fn app_at(dir: &Path, database: Option<DatabaseUrl>) -> TestApp {
    let storage = Storage {
        data_dir: dir.to_path_buf(),
        database,
        identity: None,
        s3: None,
    };
    let (pool, keys, vocab) = open_storage(&storage).await.expect("open storage");
    TestApp::new(tempfile::tempdir().unwrap(), storage, pool, keys, vocab)
}

async fn case_ids(app: &TestApp) -> Vec<String> {
    sqlx::query_as::<_, (String,)>("SELECT id FROM cases ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .unwrap()
        .into_iter()
        .map(|(id,)| id)
        .collect()
}

async fn everything(app: &TestApp) -> Vec<CaseDetail> {
    let mut out = Vec::new();
    for id in case_ids(app).await {
        out.push(app.detail(&id).await);
    }
    out
}

async fn backup_to(app: &TestApp, out: &Path) {
    let url = app.storage.database_url().unwrap();
    backup::backup(
        &app.pool,
        url.backend(),
        out,
        vec![Box::new(app.keys.age_recipient())],
        &app.keys,
        Some(&app.storage.blob_store().unwrap()),
    )
    .await
    .expect("backup");
}

/// The evidence folder of a data directory.
fn store_in(dir: &Path) -> izde::server::evidence::store::BlobStore {
    izde::server::evidence::store::BlobStore::in_data_dir(dir).unwrap()
}

/// A throwaway evidence folder for restores that are refused.
fn scratch_store() -> izde::server::evidence::store::BlobStore {
    store_in(&tempfile::tempdir().unwrap().keep())
}

/// Stores `bytes` as a file of `case`, as the upload would.
async fn add_file(app: &TestApp, case: &str, bytes: &[u8]) -> String {
    izde::server::evidence::add_file(
        &app.cx,
        &app.storage.blob_store().unwrap(),
        &Actor::System,
        izde::server::evidence::NewFile {
            case_id: case,
            attach: "case",
            name: "court notice 2019.pdf",
        },
        futures_util::stream::iter([Ok::<_, std::convert::Infallible>(
            axum::body::Bytes::copy_from_slice(bytes),
        )]),
    )
    .await
    .unwrap()
    .to_string()
}

async fn record_total(url: &DatabaseUrl) -> u64 {
    let pool = db::connect(url).await.unwrap();
    backup::record_counts(&pool, url.backend())
        .await
        .unwrap()
        .values()
        .sum()
}

#[tokio::test]
async fn a_sqlite_backup_restores_into_postgresql_and_back_with_every_field_readable() {
    let home = tempfile::tempdir().unwrap();
    let sqlite = app_at(home.path(), None).await;
    izde::server::ops::demo::load_demo_cases(&sqlite.cx, home.path())
        .await
        .unwrap();
    // A village an admin added, where an event of a case took place: the backup carries it (and
    // not the seeded gazetteer, which the target's migrations bring).
    let village = izde::server::records::add_place(
        &sqlite.cx,
        &Actor::System,
        &izde::domain::forms::PlaceForm {
            parent: "cn-xj-ili-kuytun".into(),
            level: "village".into(),
            name_en: "Aqtal".into(),
            name_kk: "Ақтал".into(),
            name_ru: "Актал".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    sqlx::query("UPDATE events SET location_id = $1 WHERE id = (SELECT MIN(id) FROM events)")
        .bind(&village)
        .execute(&sqlite.pool)
        .await
        .unwrap();
    // Read the places again.
    let sqlite = app_at(home.path(), None).await;
    // An evidence file, larger than one part of the backup: its sealed bytes travel with it.
    let notice: Vec<u8> = (0..700_000u32).map(|i| (i % 251) as u8).collect();
    let first_case = case_ids(&sqlite).await[0].clone();
    let file = add_file(&sqlite, &first_case, &notice).await;
    let original = everything(&sqlite).await;
    assert!(
        original
            .iter()
            .flat_map(|c| &c.events)
            .any(|e| e.location.as_ref().is_some_and(|l| l.code == village)),
        "an event at the added village"
    );
    assert!(original.len() >= 30);
    assert!(original.iter().map(|c| c.events.len()).sum::<usize>() > 100);

    let files = tempfile::tempdir().unwrap();
    let first = files.path().join("izde.backup");
    backup_to(&sqlite, &first).await;

    // Restore into a new PostgreSQL database, with the same key (same data directory).
    let pg_url = new_postgres_database().await;
    let summary = backup::restore(
        &pg_url,
        sqlite.keys.identity(),
        &first,
        &mut |_| Ok(()),
        &store_in(home.path()),
    )
    .await
    .expect("restore into PostgreSQL");
    assert_eq!(summary.rows["cases"], original.len() as u64);
    assert_eq!(summary.files, 1);
    assert_eq!(summary.rows["locations"], 1, "the added place only");
    let pg = app_at(home.path(), Some(pg_url)).await;
    let russian = |app: &TestApp| {
        app.vocab
            .location(&village)
            .map(|l| (l.name.kk.clone(), l.name.ru.clone()))
    };
    assert_eq!(
        russian(&pg),
        Some(("Ақтал".to_string(), "Актал".to_string())),
        "the added place keeps its names, the Russian one too"
    );
    let restored = everything(&pg).await;
    assert_eq!(
        restored, original,
        "the same cases, timelines, sources, names"
    );
    assert!(restored[0].profile.name.expose().chars().count() > 3);

    // And back: PostgreSQL -> a new SQLite file.
    let second = files.path().join("from-postgres.backup");
    backup_to(&pg, &second).await;
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::copy(
        home.path().join("development-identity.txt"),
        elsewhere.path().join("development-identity.txt"),
    )
    .unwrap();
    let sqlite_url = DatabaseUrl::sqlite_in(elsewhere.path()).unwrap();
    // Into a data directory with no evidence files: they come from the backup alone.
    backup::restore(
        &sqlite_url,
        pg.keys.identity(),
        &second,
        &mut |_| Ok(()),
        &store_in(elsewhere.path()),
    )
    .await
    .expect("restore into SQLite");
    let again = app_at(elsewhere.path(), None).await;
    assert_eq!(russian(&again), russian(&pg));
    assert_eq!(everything(&again).await, original);
    let report =
        izde::server::evidence::verify_all(&again.cx, &again.storage.blob_store().unwrap())
            .await
            .unwrap();
    assert_eq!((report.checked, report.damaged.len()), (1, 0));
    let opened = izde::server::evidence::open_file(
        &again.cx,
        &Actor::System,
        &first_case,
        &file,
        izde::server::evidence::ReadKind::Download,
    )
    .await
    .unwrap();
    let pieces: Vec<axum::body::Bytes> =
        futures_util::TryStreamExt::try_collect(izde::server::evidence::read_range(
            again.storage.blob_store().unwrap(),
            &opened,
            0..opened.size(),
        ))
        .await
        .unwrap();
    assert_eq!(pieces.concat(), notice);

    // The list pages agree too.
    let filter = izde::domain::case::CaseFilter::default();
    let a = izde::server::records::list_cases(&sqlite.cx, &Actor::System, &filter)
        .await
        .unwrap();
    let b = izde::server::records::list_cases(&pg.cx, &Actor::System, &filter)
        .await
        .unwrap();
    assert_eq!(a, b);
}

#[tokio::test]
async fn the_backup_file_holds_no_plaintext() {
    let home = tempfile::tempdir().unwrap();
    let app = app_at(home.path(), None).await;
    app.create(&intake("Ержан Секретұлы")).await;
    let out = home.path().join("b.age");
    backup_to(&app, &out).await;
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    for needle in ["Ержан Секретұлы", "sentenced", "cases", "izde-backup"] {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "{needle:?} is readable in the backup file"
        );
    }
    // A second backup to the same name is refused, and the first is untouched.
    let url = app.storage.database_url().unwrap();
    let again = backup::backup(
        &app.pool,
        url.backend(),
        &out,
        vec![Box::new(app.keys.age_recipient())],
        &app.keys,
        None,
    )
    .await
    .unwrap_err();
    assert!(format!("{again:#}").contains("already exists"), "{again:#}");
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
}

#[tokio::test]
async fn restore_refuses_cut_or_altered_files_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let app = app_at(home.path(), None).await;
    for name in ["Asel One", "Berik Two", "Dana Three"] {
        app.create(&intake(name)).await;
    }
    let out = home.path().join("good.age");
    backup_to(&app, &out).await;
    let bytes = std::fs::read(&out).unwrap();

    let mut bad: Vec<(String, Vec<u8>)> = Vec::new();
    for fraction in [10, 30, 50, 70, 90, 99] {
        bad.push((
            format!("cut at {fraction}%"),
            bytes[..bytes.len() * fraction / 100].to_vec(),
        ));
    }
    bad.push((
        "last byte missing".into(),
        bytes[..bytes.len() - 1].to_vec(),
    ));
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x40;
    bad.push(("one byte altered".into(), flipped));
    bad.push(("empty".into(), Vec::new()));

    let target = DatabaseUrl::sqlite_in(&home.path().join("target")).unwrap();
    for (what, content) in bad {
        let file = home.path().join("bad.age");
        std::fs::write(&file, &content).unwrap();
        let err = backup::restore(
            &target,
            app.keys.identity(),
            &file,
            &mut |_| Ok(()),
            &scratch_store(),
        )
        .await
        .expect_err(&what);
        let message = format!("{err:#}");
        assert!(!message.is_empty(), "{what}");
        assert_eq!(record_total(&target).await, 0, "{what}: {message}");
    }
    // The good file still restores into that same target.
    backup::restore(
        &target,
        app.keys.identity(),
        &out,
        &mut |_| Ok(()),
        &scratch_store(),
    )
    .await
    .unwrap();
    assert_eq!(
        record_total(&target).await,
        record_total(&app.storage.database_url().unwrap()).await
    );
}

/// The plaintext lines of a backup (what only a holder of one of its keys can read).
fn backup_lines(app: &TestApp, file: &Path) -> Vec<serde_json::Value> {
    use std::io::Read;
    let bytes = std::fs::read(file).unwrap();
    let mut plain = String::new();
    izde::server::crypto::backup_stream::decrypt_with(app.keys.identity(), bytes.as_slice())
        .unwrap()
        .read_to_string(&mut plain)
        .unwrap();
    plain
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Changes the cell `column` of every row of `table` in `lines` with `change`.
fn change_cells(
    lines: &mut [serde_json::Value],
    table: &str,
    column: &str,
    change: impl Fn(&mut serde_json::Value),
) {
    let mut at = None;
    for line in lines.iter_mut() {
        if let Some(header) = line.get("table") {
            at = (header["name"] == table).then(|| {
                header["columns"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .position(|c| c["name"] == column)
                    .unwrap()
            });
        } else if let (Some(i), Some(row)) = (at, line.as_array_mut()) {
            change(&mut row[i]);
        }
    }
}

/// Writes `lines` as a backup, with the checksum made again over them (and the trailer's tag as
/// given), encrypted to `recipient` when given, else in plain text.
fn write_backup(
    file: &Path,
    lines: &[serde_json::Value],
    tag: Option<String>,
    recipient: Option<age::x25519::Recipient>,
) {
    use sha2::Digest;
    let mut text = Vec::new();
    let mut hasher = sha2::Sha256::new();
    let (body, end) = lines.split_at(lines.len() - 1);
    for line in body {
        let mut bytes = serde_json::to_vec(line).unwrap();
        bytes.push(b'\n');
        hasher.update(&bytes);
        text.extend_from_slice(&bytes);
    }
    let digest = hasher.finalize();
    let mut end = end[0].clone();
    end["end"]["sha256"] = hex::encode(digest).into();
    if let Some(tag) = tag {
        end["end"]["tag"] = tag.into();
    }
    text.extend_from_slice(&serde_json::to_vec(&end).unwrap());
    text.push(b'\n');
    let bytes = match recipient {
        None => text,
        Some(recipient) => {
            use std::io::Write;
            let recipients: Vec<izde::server::crypto::StreamRecipient> = vec![Box::new(recipient)];
            let mut writer =
                izde::server::crypto::backup_stream::encrypt_to(&recipients, Vec::new()).unwrap();
            writer.write_all(&text).unwrap();
            writer.finish().unwrap()
        }
    };
    std::fs::write(file, bytes).unwrap();
}

/// The SHA-256 a backup's trailer covers: every line before it.
fn lines_digest(lines: &[serde_json::Value]) -> Vec<u8> {
    use sha2::Digest;
    let mut hasher = sha2::Sha256::new();
    for line in &lines[..lines.len() - 1] {
        hasher.update(serde_json::to_vec(line).unwrap());
        hasher.update(b"\n");
    }
    hasher.finalize().to_vec()
}

#[tokio::test]
async fn restore_refuses_plaintext_and_forged_backups_and_shows_what_it_would_install() {
    let home = tempfile::tempdir().unwrap();
    let app = app_at(home.path(), None).await;
    app.user("aigerim-admin", izde::domain::account::Role::Admin)
        .await;
    for name in ["Asel One", "Berik Two"] {
        app.create(&intake(name)).await;
    }
    let out = home.path().join("good.age");
    backup_to(&app, &out).await;
    let lines = backup_lines(&app, &out);
    let target_dir = home.path().join("target");
    std::fs::create_dir_all(&target_dir).unwrap();
    std::fs::copy(
        home.path().join("development-identity.txt"),
        target_dir.join("development-identity.txt"),
    )
    .unwrap();
    let target = DatabaseUrl::sqlite_in(&target_dir).unwrap();
    let refused = |file: PathBuf, why: &'static str| {
        let target = target.clone();
        let identity = app.keys.identity().clone();
        async move {
            let err = backup::restore(&target, &identity, &file, &mut |_| Ok(()), &scratch_store())
                .await
                .expect_err(why);
            assert!(format!("{err:#}").contains(why), "{err:#}");
            assert_eq!(record_total(&target).await, 0, "{why}");
        }
    };

    // The genuine lines, unencrypted (as anyone could write them).
    let plain = home.path().join("plain.jsonl");
    write_backup(&plain, &lines, None, None);
    refused(plain, "not an encrypted Izde backup").await;

    // An attacker's keyring (a KEK they know, encrypted to the server's public key, the genuine
    // tags copied), with the trailer made under their KEK, encrypted to the server.
    let version = lines.last().unwrap()["end"]["kek_version"]
        .as_i64()
        .unwrap();
    let theirs = izde::server::crypto::Kek::generate(version);
    let sealed = izde::server::crypto::seal_kek(&theirs, &[app.keys.age_recipient()]).unwrap();
    let mut forged = lines.clone();
    change_cells(&mut forged, "keyring", "kek_age", |cell| {
        *cell = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &sealed).into();
    });
    let installation = lines[0]["header"]["installation"]["id"].as_str().unwrap();
    let tag =
        izde::server::crypto::BackupSeal::new(&theirs).tag(installation, &lines_digest(&forged));
    let file = home.path().join("their-keyring.age");
    write_backup(
        &file,
        &forged,
        Some(hex::encode(tag)),
        Some(app.keys.age_recipient()),
    );
    refused(file, "is not authenticated by this installation's key").await;

    // The genuine keyring and a changed row (every account made an admin): the checksum can be
    // made again, the trailer's tag cannot.
    let mut promoted = lines.clone();
    change_cells(&mut promoted, "users", "role", |cell| {
        *cell = "admin".into()
    });
    let file = home.path().join("promoted.age");
    write_backup(&file, &promoted, None, Some(app.keys.age_recipient()));
    refused(file, "last line is not authenticated").await;

    // The genuine file: without a terminal and without --yes, refused after showing what it would
    // install; with --yes, restored.
    let (ok, output) = run(izde()
        .arg("restore")
        .arg(&out)
        .arg("--data-dir")
        .arg(&target_dir));
    assert!(!ok, "{output}");
    assert!(output.contains("run again with --yes"), "{output}");
    for shown in [
        "keys that can open everything",
        &app.keys.recipient(),
        "admin accounts: aigerim-admin",
        "audit log: ",
        "keyring: authenticated by this server's key",
    ] {
        assert!(output.contains(shown), "{shown}: {output}");
    }
    assert_eq!(record_total(&target).await, 0);
    let (ok, output) = run(izde()
        .args(["restore", "--yes"])
        .arg(&out)
        .arg("--data-dir")
        .arg(&target_dir));
    assert!(ok, "{output}");
    assert_eq!(
        record_total(&target).await,
        record_total(&app.storage.database_url().unwrap()).await
    );
}

#[tokio::test]
async fn restore_refuses_another_installations_backup_and_a_target_that_holds_records() {
    let a_home = tempfile::tempdir().unwrap();
    let a = app_at(a_home.path(), None).await;
    a.create(&intake("Aigerim Installation")).await;
    let out = a_home.path().join("a.age");
    backup_to(&a, &out).await;

    // B has its own key: the file does not even decrypt.
    let b_home = tempfile::tempdir().unwrap();
    let b = app_at(b_home.path(), None).await;
    let target = new_postgres_database().await;
    let err = backup::restore(
        &target,
        b.keys.identity(),
        &out,
        &mut |_| Ok(()),
        &scratch_store(),
    )
    .await
    .unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("different installation"), "{message}");
    assert_eq!(record_total(&target).await, 0);

    // A target with records is refused, and keeps exactly what it had.
    b.create(&intake("Bolat Existing")).await;
    let b_url = b.storage.database_url().unwrap();
    let before = record_total(&b_url).await;
    let err = backup::restore(
        &b_url,
        a.keys.identity(),
        &out,
        &mut |_| Ok(()),
        &scratch_store(),
    )
    .await
    .unwrap_err();
    assert!(format!("{err:#}").contains("already holds"), "{err:#}");
    assert_eq!(record_total(&b_url).await, before);
}

#[tokio::test]
async fn a_database_migrated_by_a_newer_izde_is_refused_on_both_backends() {
    let dir = tempfile::tempdir().unwrap();
    for url in [
        DatabaseUrl::sqlite_in(dir.path()).unwrap(),
        new_postgres_database().await,
    ] {
        let pool = db::open(&url).await.unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES (9999, 'from the future', TRUE, $1, 1)",
        )
        .bind(vec![0u8; 48])
        .execute(&pool)
        .await
        .unwrap();
        let err = db::open(&url).await.unwrap_err();
        let message = format!("{err:#}");
        assert!(message.contains("newer Izde"), "{message}");
        assert!(message.contains("9999"), "{message}");
    }
}

#[tokio::test]
async fn a_new_data_directory_is_made_private_whatever_the_backend() {
    let database = new_postgres_database().await;
    let home = tempfile::tempdir().unwrap();
    for (dir, database) in [
        (home.path().join("on-postgres/new"), Some(&database)),
        (home.path().join("on-sqlite"), None),
    ] {
        let mut command = izde();
        command.arg("demo").arg("--data-dir").arg(&dir);
        if let Some(database) = database {
            command.env("IZDE_DATABASE_URL", database_url_text(database));
        }
        let (ok, output) = run(&mut command);
        assert!(ok, "{output}");
        // The development key and the demo passwords are in it, readable by the owner only.
        assert!(dir.join("development-identity.txt").exists(), "{output}");
        assert!(dir.join("demo-accounts.txt").exists(), "{output}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&dir).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "{}", dir.display());
        }
    }
}

/// Every file in `dir` (recursively) is its owner's alone, and every directory too.
#[cfg(unix)]
fn assert_private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let meta = entry.metadata().unwrap();
        let mode = meta.permissions().mode() & 0o777;
        if meta.is_dir() {
            assert_eq!(mode, 0o700, "{}", entry.path().display());
            assert_private(&entry.path());
        } else {
            assert_eq!(mode & 0o077, 0, "{} is {mode:o}", entry.path().display());
        }
    }
}

/// Issue 17, item 13: the database, its WAL and shared-memory files, backups and a restored
/// database are created 0600 (main created `izde.db` 0644), whatever the shell's umask.
#[cfg(unix)]
#[tokio::test]
async fn the_data_directory_s_files_are_private_after_serve_backup_and_restore() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let mut command = izde();
    command.args(["serve", "--demo", "--data-dir"]).arg(&data);
    let mut server = ServerProcess::start(command);
    let browser = common::Browser::login(
        &server.base,
        "demo-admin",
        &demo_password(&data, "demo-admin"),
    );
    assert_eq!(browser.get("/cases").0, 200);
    assert!(
        data.join("izde.db-wal").exists(),
        "a running server has its WAL"
    );
    assert_private(&data);
    drop(server.child.kill());
    let _ = server.child.wait();

    let backups = home.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    let (ok, output) = run(izde()
        .args(["backup", "--out"])
        .arg(backups.join("b.age"))
        .arg("--data-dir")
        .arg(&data));
    assert!(ok, "{output}");
    assert_private(&data);
    assert_private(&backups);

    let restored = home.path().join("restored");
    std::fs::create_dir(&restored).unwrap();
    std::fs::copy(
        data.join("development-identity.txt"),
        restored.join("development-identity.txt"),
    )
    .unwrap();
    let (ok, output) = run(izde()
        .args(["restore", "--yes"])
        .arg(backups.join("b.age"))
        .arg("--data-dir")
        .arg(&restored));
    assert!(ok, "{output}");
    assert!(restored.join("izde.db").exists());
    assert_private(&restored);
}

/// The password of a demo account, from the file `serve --demo` writes.
fn demo_password(data: &Path, username: &str) -> String {
    let text = std::fs::read_to_string(data.join("demo-accounts.txt")).unwrap();
    text.lines()
        .find_map(|l| {
            let mut words = l.split_whitespace();
            (words.next() == Some(username)).then(|| words.last().unwrap().to_string())
        })
        .unwrap_or_else(|| panic!("no {username} in demo-accounts.txt:\n{text}"))
}

#[tokio::test]
async fn bad_urls_and_unreachable_servers_get_clear_messages_without_the_password() {
    let err = DatabaseUrl::parse("mysql://root:hunter2@db/izde").unwrap_err();
    assert!(err.to_string().contains("not supported"), "{err}");
    assert!(!err.to_string().contains("hunter2"));
    let err = DatabaseUrl::parse("postgres://izde:hunter2@/").unwrap_err();
    assert!(!err.to_string().contains("hunter2"), "{err}");
    let err = DatabaseUrl::parse("no-scheme-at-all").unwrap_err();
    assert!(
        err.to_string().contains("sqlite:// or postgres://"),
        "{err}"
    );

    // Nothing listens on port 9 of loopback.
    let url = DatabaseUrl::parse("postgres://izde:hunter2@127.0.0.1:9/izde").unwrap();
    assert_eq!(url.backend(), Backend::Postgres);
    assert!(!format!("{url} {url:?}").contains("hunter2"));
    let err = db::connect(&url).await.unwrap_err();
    let message = format!("{err:#}");
    assert!(
        message.contains("cannot reach the PostgreSQL database"),
        "{message}"
    );
    assert!(message.contains("127.0.0.1:9"), "{message}");
    assert!(!message.contains("hunter2"), "{message}");
}

#[tokio::test]
async fn every_table_is_either_backed_up_or_known_not_to_be_a_record() {
    let dir = tempfile::tempdir().unwrap();
    for url in [
        DatabaseUrl::sqlite_in(dir.path()).unwrap(),
        new_postgres_database().await,
    ] {
        let pool = db::open(&url).await.unwrap();
        let tables = backup::tables_of(&pool, url.backend()).await.unwrap();
        for table in &tables {
            assert!(
                backup::TABLES.contains(&table.as_str())
                    || backup::NOT_RECORDS.contains(&table.as_str()),
                "table {table} ({:?}) is neither backed up nor listed as not a record",
                url.backend()
            );
        }
        assert!(tables.iter().any(|t| t == "cases"));
    }
}

// ---------------------------------------------------------------------------------------------
// The izde binary, as an operator runs it.

#[tokio::test]
async fn a_killed_backup_leaves_no_file_that_restore_accepts() {
    let home = tempfile::tempdir().unwrap();
    let app = app_at(home.path(), None).await;
    app.create(&intake("Kuat Bigcase")).await;
    // Enough rows that the backup takes a while: copies of the case with new ids.
    const COPIED: &str = "dek_wrapped, key_scheme, kek_version, status, gender, birth_year,
        ethnicity, residency, occupation, last_location_id, last_prefecture_id, last_contact_text,
        last_contact_sort, last_contact_rank, disappearance_year, verification, name_sealed,
        other_names_sealed, aliases_sealed, id_numbers_sealed, birth_date_sealed, address_sealed,
        narrative_sealed, created_at, updated_at";
    sqlx::query(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)
         INSERT INTO cases (id, {COPIED})
         SELECT lower(hex(randomblob(16))), {COPIED} FROM n, (SELECT * FROM cases LIMIT 1)"
    ))
    .execute(&app.pool)
    .await
    .unwrap();
    app.pool.close().await;

    let out = home.path().join("killed.age");
    let partial = home.path().join("killed.age.partial");
    let mut child = izde()
        .args(["backup", "--out"])
        .arg(&out)
        .arg("--data-dir")
        .arg(home.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        let written = std::fs::metadata(&partial).map(|m| m.len()).unwrap_or(0);
        if written > 256 * 1024 {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the backup finished before it could be killed: give it more rows"
        );
        assert!(started.elapsed() < Duration::from_secs(120));
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();
    assert!(
        !out.exists(),
        "a killed backup left a file under the final name"
    );

    let target = tempfile::tempdir().unwrap();
    std::fs::copy(
        home.path().join("development-identity.txt"),
        target.path().join("development-identity.txt"),
    )
    .unwrap();
    let (ok, output) = run(izde()
        .arg("restore")
        .arg(&partial)
        .arg("--data-dir")
        .arg(target.path()));
    assert!(!ok, "restore accepted a killed backup: {output}");
    assert!(
        output.contains("cut short") || output.contains("incomplete"),
        "{output}"
    );
    let url = DatabaseUrl::sqlite_in(target.path()).unwrap();
    assert_eq!(record_total(&url).await, 0);
}

#[tokio::test]
async fn check_reports_each_problem_and_fails() {
    let home = tempfile::tempdir().unwrap();
    let app = app_at(home.path(), None).await;
    app.create(&intake("Check Person")).await;
    let (ok, output) = run(izde().arg("check").arg("--data-dir").arg(home.path()));
    assert!(ok, "{output}");
    assert!(output.contains("schema"), "{output}");
    assert!(output.contains("1 cases"), "{output}");
    assert!(output.contains("DEVELOPMENT key"), "{output}");

    // Another key: check says so and fails; it writes no key of its own.
    let other = tempfile::tempdir().unwrap();
    izde::server::crypto::OnlineIdentity::load_or_create_development(other.path()).unwrap();
    let (ok, output) = run(izde()
        .arg("check")
        .arg("--data-dir")
        .arg(home.path())
        .arg("--identity")
        .arg(other.path().join("development-identity.txt")));
    assert!(!ok, "{output}");
    assert!(
        output.contains("cannot open the installation's key-encryption key"),
        "{output}"
    );

    // An unreachable server.
    let (ok, output) = run(izde()
        .arg("check")
        .arg("--data-dir")
        .arg(other.path())
        .arg("--database-url")
        .arg("postgres://izde:hunter2@127.0.0.1:9/izde"));
    assert!(!ok);
    assert!(output.contains("cannot reach"), "{output}");
    assert!(!output.contains("hunter2"), "{output}");
}

// ---------------------------------------------------------------------------------------------
// Several instances.

fn start(data_dir: &Path, database: &DatabaseUrl, identity: Option<&PathBuf>) -> ServerProcess {
    let mut c = izde();
    c.arg("serve")
        .arg("--demo")
        .arg("--data-dir")
        .arg(data_dir)
        .env("IZDE_DATABASE_URL", database_url_text(database));
    if let Some(identity) = identity {
        c.arg("--identity").arg(identity);
    }
    ServerProcess::spawn(c)
}

/// The URL as the test server gave it (DatabaseUrl hides passwords, and the test server has none).
fn database_url_text(url: &DatabaseUrl) -> String {
    url.to_string()
}

#[tokio::test]
async fn two_instances_on_one_postgresql_database_behave_as_one_app() {
    let database = new_postgres_database().await;
    let (a_dir, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // The installation's key, shared by both instances (as it would be on two hosts).
    izde::server::crypto::OnlineIdentity::load_or_create_development(a_dir.path()).unwrap();
    let key = a_dir.path().join("development-identity.txt");

    // An account, made from the command line (which also migrates the new database).
    let (ok, output) = run_with_stdin(
        izde()
            .args([
                "users",
                "add",
                "--username",
                "tester",
                "--role",
                "admin",
                "--password-stdin",
            ])
            .arg("--data-dir")
            .arg(a_dir.path())
            .env("IZDE_DATABASE_URL", database_url_text(&database)),
        common::PASSWORD,
    );
    assert!(ok, "{output}");

    // Both start at the same moment, both asked to load the demo: it is loaded once.
    let mut a = start(a_dir.path(), &database, None);
    let mut b = start(b_dir.path(), &database, Some(&key));
    let (a_data, database_text) = (a_dir.path().to_path_buf(), database_url_text(&database));
    tokio::task::spawn_blocking(move || {
        a.ready();
        b.ready();
        // One log-in works on both instances: sessions live in the database.
        let browser_a = common::Browser::login(&a.base, "tester", common::PASSWORD);
        let browser_b = common::Browser {
            base: b.base.clone(),
            ..browser_a.clone()
        };

        let form = [
            ("testifier_name", "Saule Instance"),
            ("relationship", "sister"),
            ("consent", "anonymized"),
            ("name", "Марат Екіданаұлы"),
            ("status", "camp"),
            ("last_contact_date", "June 2018"),
            ("testimony_medium", "video"),
        ];
        let (status, location) = browser_a.post("/cases/new", &form);
        assert_eq!(status, 303);
        let location = location.unwrap();
        assert!(location.starts_with("/cases/"), "{location}");

        // The other instance shows it.
        let (status, html) = browser_b.get(&location);
        assert_eq!(status, 200);
        assert!(
            html.contains("Марат Екіданаұлы"),
            "B does not show A's case"
        );
        let (_, list) = browser_b.get("/cases");
        assert!(list.contains("Марат Екіданаұлы"));

        // A KEK rotation made from a third process: both running instances follow it.
        let (ok, output) = run(izde()
            .args(["keys", "rotate", "--data-dir"])
            .arg(&a_data)
            .env("IZDE_DATABASE_URL", &database_text));
        assert!(ok, "{output}");
        assert!(output.contains("rotated to KEK version 2"), "{output}");
        for browser in [&browser_a, &browser_b] {
            let (status, html) = browser.get(&location);
            assert_eq!(status, 200);
            assert!(
                html.contains("Марат Екіданаұлы"),
                "an instance lost the rotated case"
            );
        }
        drop((a, b));
    })
    .await
    .unwrap();

    let pool = db::connect(&database).await.unwrap();
    let (cases,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM cases")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(
        cases, 31,
        "the demo was loaded exactly once (30) plus the new case"
    );

    // An instance with another key refuses to start instead of writing unreadable records.
    let c_dir = tempfile::tempdir().unwrap();
    let (ok, output) = run(izde()
        .arg("serve")
        .arg("--addr")
        .arg("127.0.0.1:0")
        .arg("--data-dir")
        .arg(c_dir.path())
        .env("IZDE_DATABASE_URL", database_url_text(&database)));
    assert!(!ok);
    assert!(
        output.contains("cannot open the installation's key-encryption key"),
        "{output}"
    );
}

#[tokio::test]
async fn a_backup_of_a_damaged_evidence_file_is_refused_on_restore_and_leaves_nothing() {
    let home = tempfile::tempdir().unwrap();
    let app = app_at(home.path(), None).await;
    let case = app.create(&intake("Nurlan Seitkali")).await;
    let file = add_file(&app, &case, &vec![7u8; 300_000]).await;
    // A byte of the stored file flipped before the backup (a failing disk, a tampered store).
    let path = home.path().join("evidence").join(&file);
    let mut stored = std::fs::read(&path).unwrap();
    stored[70_000] ^= 0x40;
    std::fs::write(&path, &stored).unwrap();
    let files = tempfile::tempdir().unwrap();
    let out = files.path().join("izde.backup");
    backup_to(&app, &out).await;

    let target_dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        home.path().join("development-identity.txt"),
        target_dir.path().join("development-identity.txt"),
    )
    .unwrap();
    let target = DatabaseUrl::sqlite_in(target_dir.path()).unwrap();
    let store = store_in(target_dir.path());
    let err = backup::restore(&target, app.keys.identity(), &out, &mut |_| Ok(()), &store)
        .await
        .unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("does not match its record"), "{message}");
    assert!(message.contains(&file), "{message}");
    assert_eq!(record_total(&target).await, 0);
    assert!(store.list().await.unwrap().is_empty());
}
