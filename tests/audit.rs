//! The audit log on a real database: entries commit with their change, concurrent appenders make
//! one chain, the database refuses edits, and `izde audit verify` names the entry someone with
//! the database file changed anyway.
#![cfg(feature = "ssr")]

mod common;

use common::{new_storage, on_postgres, run, spawn_app, TestApp};
use izde::domain::account::Role;
use izde::domain::audit::AuditFilter;
use izde::domain::case::CaseFilter;
use izde::server::audit::{self, action, digest, kind, Entry, GENESIS};
use izde::server::db::{self, backup, DatabaseUrl, Pool};
use izde::server::records;
use sqlx::Connection;

const CASE: &str = "0193a1f2-0000-7000-8000-00000000000c";
const USER: &str = "0193a1f2-0000-7000-8000-0000000000a1";

/// A case update as a caller would record it.
fn update(n: u32) -> Entry<'static> {
    Entry::new(action::CASE_UPDATE)
        .by(USER)
        .on(kind::CASE, CASE)
        .change(
            Some(digest(&[format!("sealed {n}").as_bytes()])),
            Some(digest(&[format!("sealed {}", n + 1).as_bytes()])),
        )
}

/// Appends `n` entries, each in its own committed transaction.
async fn append_many(pool: &Pool, n: u32) {
    for i in 0..n {
        audit::record(pool, &update(i)).await.unwrap();
    }
}

async fn seqs(pool: &Pool) -> Vec<i64> {
    sqlx::query_as::<_, (i64,)>("SELECT seq FROM audit_log ORDER BY seq")
        .fetch_all(pool)
        .await
        .unwrap()
        .into_iter()
        .map(|(s,)| s)
        .collect()
}

/// `izde audit …` on the app's database, as an operator runs it.
fn izde_audit(app: &TestApp, args: &[&str]) -> (bool, String) {
    let words: Vec<&str> = std::iter::once("audit")
        .chain(args.iter().copied())
        .collect();
    run(&mut app.izde(&words))
}

/// Runs `statements` the way someone with the database file (or a superuser) would: on a raw
/// connection, after dropping the append-only triggers.
async fn tamper(app: &TestApp, statements: &str) {
    if on_postgres() {
        let url = app.storage.database.as_ref().unwrap().to_string();
        let mut conn = sqlx::postgres::PgConnection::connect(&url).await.unwrap();
        sqlx::raw_sql(&format!(
            "DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log; \
             DROP TRIGGER IF EXISTS audit_read_cases_no_change ON audit_read_cases; {statements}"
        ))
        .execute(&mut conn)
        .await
        .unwrap();
        conn.close().await.unwrap();
    } else {
        let options = sqlx::sqlite::SqliteConnectOptions::new().filename(app.db_path());
        let mut conn = sqlx::sqlite::SqliteConnection::connect_with(&options)
            .await
            .unwrap();
        sqlx::raw_sql(&format!(
            "DROP TRIGGER IF EXISTS audit_log_no_update; \
             DROP TRIGGER IF EXISTS audit_log_no_delete; \
             DROP TRIGGER IF EXISTS audit_read_cases_no_update; \
             DROP TRIGGER IF EXISTS audit_read_cases_no_delete; {statements}"
        ))
        .execute(&mut conn)
        .await
        .unwrap();
        conn.close().await.unwrap();
    }
}

#[tokio::test]
async fn an_entry_commits_or_rolls_back_with_its_transaction_and_leaves_no_gap() {
    let app = spawn_app().await;
    let empty = audit::verify(&app.pool).await.unwrap();
    assert!(empty.is_intact(), "{empty:?}");
    assert_eq!((empty.entries, empty.head.as_str()), (0, GENESIS));

    let mut tx = app.pool.begin().await.unwrap();
    assert_eq!(audit::append(&mut tx, &update(0)).await.unwrap(), 1);
    tx.commit().await.unwrap();

    let mut tx = app.pool.begin().await.unwrap();
    assert_eq!(audit::append(&mut tx, &update(1)).await.unwrap(), 2);
    tx.rollback().await.unwrap();

    let mut tx = app.pool.begin().await.unwrap();
    assert_eq!(
        audit::append(&mut tx, &update(2)).await.unwrap(),
        2,
        "the rolled-back number is given again"
    );
    tx.commit().await.unwrap();

    assert_eq!(seqs(&app.pool).await, [1, 2]);
    let verdict = audit::verify(&app.pool).await.unwrap();
    assert!(verdict.is_intact(), "{verdict:?}");
    assert_eq!(verdict.entries, 2);
    let (head,): (String,) = sqlx::query_as("SELECT hash FROM audit_log WHERE seq = 2")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(verdict.head, head);

    // A refused entry (a name where an id belongs) writes nothing, and the number stays free.
    let mut tx = app.pool.begin().await.unwrap();
    let refused = Entry::new(action::CASE_READ).on(kind::CASE, "Erlan Serikuly");
    assert!(audit::append(&mut tx, &refused).await.is_err());
    tx.commit().await.unwrap();
    assert_eq!(audit::record(&app.pool, &update(3)).await.unwrap(), 3);
}

#[tokio::test]
async fn concurrent_appends_make_one_contiguous_valid_chain() {
    let app = spawn_app().await;
    let tasks: Vec<_> = (0..6)
        .map(|t| {
            let pool = app.pool.clone();
            tokio::spawn(async move {
                for i in 0..20 {
                    let mut tx = pool.begin().await.unwrap();
                    audit::append(&mut tx, &update(t * 100 + i)).await.unwrap();
                    tokio::task::yield_now().await;
                    tx.commit().await.unwrap();
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(seqs(&app.pool).await, (1..=120).collect::<Vec<_>>());
    let verdict = audit::verify(&app.pool).await.unwrap();
    assert!(verdict.is_intact(), "{verdict:?}");
    assert_eq!(verdict.entries, 120);
}

#[tokio::test]
async fn the_database_refuses_to_change_or_remove_entries() {
    let app = spawn_app().await;
    append_many(&app.pool, 2).await;
    let reads = audit::ReadLog::start(app.pool.clone());
    reads.record(USER, &[CASE.to_string()]).await.unwrap();
    let mut attempts = vec![
        "UPDATE audit_log SET action = 'case.read' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 2",
        "DELETE FROM audit_log",
        "UPDATE audit_read_cases SET case_id = 'x' WHERE seq = 3",
        "DELETE FROM audit_read_cases",
    ];
    if on_postgres() {
        attempts.extend(["TRUNCATE audit_log CASCADE", "TRUNCATE audit_read_cases"]);
    }
    for sql in attempts {
        let err = sqlx::query(sql).execute(&app.pool).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    assert_eq!(seqs(&app.pool).await, [1, 2, 3]);
    assert!(audit::verify(&app.pool).await.unwrap().is_intact());
}

#[tokio::test]
async fn an_entry_edited_in_the_database_is_named_by_izde_audit_verify() {
    let app = spawn_app().await;
    append_many(&app.pool, 3).await;
    let (ok, output) = izde_audit(&app, &["verify"]);
    assert!(ok, "{output}");
    let head = audit::verify(&app.pool).await.unwrap().head;
    assert!(
        output.contains(&format!("audit log intact: 3 entries, head {head}")),
        "{output}"
    );

    tamper(
        &app,
        "UPDATE audit_log SET action = 'case.read' WHERE seq = 2",
    )
    .await;
    let (ok, output) = izde_audit(&app, &["verify"]);
    assert!(!ok, "{output}");
    assert!(
        output.contains("audit log BROKEN at entry 2: its contents do not match its hash"),
        "{output}"
    );
}

#[tokio::test]
async fn an_entry_whose_hash_holds_but_comes_from_another_chain_breaks_the_link() {
    let app = spawn_app().await;
    append_many(&app.pool, 3).await;
    let other = spawn_app().await;
    for i in 0..3 {
        audit::record(&other.pool, &update(i + 100)).await.unwrap();
    }
    // Entry 2 of another log, copied whole: its own hash recomputes, its link does not.
    let (at, before, after, prev, hash): (String, String, String, String, String) = sqlx::query_as(
        "SELECT at, before_hash, after_hash, prev_hash, hash FROM audit_log WHERE seq = 2",
    )
    .fetch_one(&other.pool)
    .await
    .unwrap();
    tamper(
        &app,
        &format!(
            "UPDATE audit_log SET at = '{at}', before_hash = '{before}', after_hash = '{after}',
                                  prev_hash = '{prev}', hash = '{hash}'
             WHERE seq = 2"
        ),
    )
    .await;
    let verdict = audit::verify(&app.pool).await.unwrap();
    let broken = verdict.first_broken.expect("broken");
    assert_eq!(
        (broken.seq, broken.reason.as_str()),
        (2, "prev_hash does not match entry 1")
    );
    assert_eq!(verdict.entries, 1);
}

#[tokio::test]
async fn removed_entries_are_caught_in_the_middle_and_at_the_end() {
    let app = spawn_app().await;
    append_many(&app.pool, 4).await;
    tamper(&app, "DELETE FROM audit_log WHERE seq = 4").await;
    let (ok, output) = izde_audit(&app, &["verify"]);
    assert!(!ok, "{output}");
    assert!(
        output.contains("BROKEN at entry 4: the head names entry 4 but the log ends at 3"),
        "{output}"
    );

    // Moving the head back as well hides the cut from the chain alone (a noted head catches it).
    tamper(
        &app,
        "UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3)",
    )
    .await;
    assert!(izde_audit(&app, &["verify"]).0);

    tamper(&app, "DELETE FROM audit_log WHERE seq = 2").await;
    let verdict = audit::verify(&app.pool).await.unwrap();
    let broken = verdict.first_broken.expect("broken");
    assert_eq!(
        (broken.seq, broken.reason.as_str()),
        (2, "entry 2 is missing")
    );
}

#[tokio::test]
async fn a_log_rewritten_wholesale_verifies_but_fails_the_noted_head() {
    let app = spawn_app().await;
    append_many(&app.pool, 3).await;
    let verdict = audit::verify(&app.pool).await.unwrap();
    let noted = format!("{}@3", &verdict.head[..16]);
    let (ok, output) = izde_audit(&app, &["verify", "--expect-head", &noted]);
    assert!(ok, "{output}");
    assert!(output.contains("is still in the log"), "{output}");

    // Someone with write access throws the log away and writes a new, consistent one.
    tamper(&app, "DELETE FROM audit_log; DELETE FROM audit_head").await;
    for i in 0..3 {
        audit::record(&app.pool, &update(i + 10)).await.unwrap();
    }
    let (ok, output) = izde_audit(&app, &["verify"]);
    assert!(ok, "the chain alone cannot tell: {output}");
    let (ok, output) = izde_audit(&app, &["verify", "--expect-head", &noted]);
    assert!(!ok, "{output}");
    assert!(
        output.contains("audit log REWRITTEN: entry 3 has the hash"),
        "{output}"
    );

    let (ok, output) = izde_audit(&app, &["verify", "--expect-head", "0123456789abcdef@9"]);
    assert!(!ok, "{output}");
    assert!(
        output.contains("entry 9, which the log no longer has"),
        "{output}"
    );
}

#[tokio::test]
async fn a_log_longer_than_one_page_verifies_and_a_break_beyond_it_is_found() {
    let app = spawn_app().await;
    // 10 000 entries a page: one transaction writes a little more than that.
    let mut tx = app.pool.begin().await.unwrap();
    for i in 0..10_005 {
        audit::append(&mut tx, &update(i)).await.unwrap();
    }
    tx.commit().await.unwrap();
    let verdict = audit::verify(&app.pool).await.unwrap();
    assert!(verdict.is_intact(), "{verdict:?}");
    assert_eq!(verdict.entries, 10_005);

    tamper(
        &app,
        "UPDATE audit_log SET at = '2000-01-01T00:00:00.000Z' WHERE seq = 10003",
    )
    .await;
    let verdict = audit::verify(&app.pool).await.unwrap();
    assert_eq!(verdict.first_broken.unwrap().seq, 10_003);
    assert_eq!(verdict.entries, 10_002);
}

#[tokio::test]
async fn the_list_filters_joins_the_username_and_shows_newest_first() {
    let app = spawn_app().await;
    sqlx::query(
        "INSERT INTO users (id, username, role, password_hash, created_at, password_changed_at)
         VALUES ($1, 'aigerim', 'admin', 'x', $2, $2)",
    )
    .bind(USER)
    .bind(db::now())
    .execute(&app.pool)
    .await
    .unwrap();
    audit::record(&app.pool, &Entry::new(action::LOGIN).by(USER))
        .await
        .unwrap();
    append_many(&app.pool, 3).await;
    audit::record(&app.pool, &Entry::new(action::EXPORT))
        .await
        .unwrap();

    let (rows, total) = audit::list(&app.pool, &AuditFilter::default())
        .await
        .unwrap();
    assert_eq!(total, 5);
    assert_eq!(
        rows.iter().map(|r| r.seq).collect::<Vec<_>>(),
        [5, 4, 3, 2, 1]
    );
    assert_eq!(rows[4].actor_username.as_deref(), Some("aigerim"));
    assert_eq!(rows[0].actor, None);

    let only = |f: AuditFilter| {
        let pool = app.pool.clone();
        async move {
            let (rows, total) = audit::list(&pool, &f).await.unwrap();
            (rows.iter().map(|r| r.seq).collect::<Vec<_>>(), total)
        }
    };
    let updates = AuditFilter {
        action: Some(action::CASE_UPDATE.into()),
        page_size: Some(2),
        ..AuditFilter::default()
    };
    assert_eq!(only(updates.clone()).await, (vec![4, 3], 3));
    let second = AuditFilter {
        page: Some(2),
        ..updates
    };
    assert_eq!(only(second).await, (vec![2], 3));
    let by_user = AuditFilter {
        actor: Some(USER.into()),
        record_id: Some(CASE.into()),
        ..AuditFilter::default()
    };
    assert_eq!(only(by_user).await.1, 3);
    let today = db::now()[..10].to_string();
    let dated = |from: &str, to: &str| AuditFilter {
        from: Some(from.into()),
        to: Some(to.into()),
        ..AuditFilter::default()
    };
    assert_eq!(only(dated(&today, &today)).await.1, 5);
    assert_eq!(only(dated("2001-01-01", "2001-12-31")).await.1, 0);
    assert!(audit::list(&app.pool, &dated("yesterday", ""))
        .await
        .is_err());

    let (ok, output) = izde_audit(&app, &["list", "--limit", "2"]);
    assert!(ok, "{output}");
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 2, "{output}");
    assert!(
        lines[0].contains("export") && lines[1].contains("case.update"),
        "{output}"
    );
    assert!(
        lines[1].contains("aigerim") && lines[1].contains(CASE),
        "{output}"
    );
}

/// The first entry `verify` finds broken (the test fails if the chain holds).
async fn first_break(pool: &Pool) -> audit::Broken {
    let verdict = audit::verify(pool).await.unwrap();
    verdict.first_broken.expect("the chain should be broken")
}

/// The `case.read` entries, oldest first: (number, the case it names, the cases it lists).
async fn reads(app: &TestApp) -> Vec<(i64, Option<String>, Vec<String>)> {
    let filter = AuditFilter {
        action: Some(action::CASE_READ.into()),
        page_size: Some(100),
        ..AuditFilter::default()
    };
    let (rows, _) = audit::list(&app.pool, &filter).await.unwrap();
    let mut out: Vec<_> = rows
        .into_iter()
        .map(|r| (r.seq, r.record_id, r.read_cases))
        .collect();
    out.reverse();
    out
}

#[tokio::test]
async fn a_list_view_is_one_entry_naming_every_case_it_showed_and_the_chain_covers_the_list() {
    let app = spawn_app().await;
    let mut ids = Vec::new();
    for i in 0..7 {
        ids.push(
            app.create(&common::intake(&format!("Reader Case {i}")))
                .await,
        );
    }
    ids.sort();
    let admin = app.user("aida", Role::Admin).await;
    let researcher = app.user("rustam", Role::Researcher).await;
    let page = records::list_cases(&app.cx, &admin, &CaseFilter::default())
        .await
        .unwrap();
    assert_eq!(page.items.len(), 7);
    records::list_cases(&app.cx, &researcher, &CaseFilter::default())
        .await
        .unwrap();
    records::case_detail(&app.cx, &admin, &ids[3])
        .await
        .unwrap();

    // One entry for the admin's list (seven names shown), none for the researcher's (pseudonyms
    // only), one for the case page, naming its case.
    let read = reads(&app).await;
    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!((read[0].1.as_deref(), &read[0].2), (None, &ids));
    assert_eq!(read[1].1.as_deref(), Some(ids[3].as_str()));
    assert_eq!(read[1].2, [ids[3].clone()]);

    // The audit page's filter by record finds both reads of that case, and only the list's of
    // another.
    let of = |case: &str| AuditFilter {
        action: Some(action::CASE_READ.into()),
        record_id: Some(case.into()),
        ..AuditFilter::default()
    };
    let seqs_of = |rows: Vec<izde::domain::audit::AuditRow>| {
        rows.into_iter().map(|r| r.seq).collect::<Vec<_>>()
    };
    let (rows, total) = audit::list(&app.pool, &of(&ids[3])).await.unwrap();
    assert_eq!((seqs_of(rows), total), (vec![read[1].0, read[0].0], 2));
    let (rows, _) = audit::list(&app.pool, &of(&ids[0])).await.unwrap();
    assert_eq!(seqs_of(rows), [read[0].0]);
    assert!(audit::verify(&app.pool).await.unwrap().is_intact());

    // A case taken off the list, or one slipped in, breaks that entry.
    let list_seq = read[0].0;
    tamper(
        &app,
        &format!(
            "DELETE FROM audit_read_cases WHERE seq = {list_seq} AND case_id = '{}'",
            ids[2]
        ),
    )
    .await;
    let broken = first_break(&app.pool).await;
    assert_eq!(broken.seq, list_seq);
    assert!(broken.reason.contains("cases read"), "{}", broken.reason);
    let (ok, output) = izde_audit(&app, &["verify"]);
    assert!(
        !ok && output.contains(&format!("entry {list_seq}")),
        "{output}"
    );
    tamper(
        &app,
        &format!(
            "INSERT INTO audit_read_cases (seq, case_id) VALUES ({list_seq}, '{}'); \
             INSERT INTO audit_read_cases (seq, case_id) VALUES ({list_seq}, '{CASE}')",
            ids[2]
        ),
    )
    .await;
    let broken = first_break(&app.pool).await;
    assert_eq!(broken.seq, list_seq);
}

#[tokio::test]
async fn reads_of_many_requests_at_once_each_get_their_own_entry_in_one_valid_chain() {
    let app = spawn_app().await;
    for i in 0..3 {
        app.create(&common::intake(&format!("Busy Case {i}"))).await;
    }
    let admin = app.user("aida", Role::Admin).await;
    let views = futures_util::future::join_all((0..40).map(|_| {
        let (cx, admin) = (app.cx.clone(), admin.clone());
        async move { records::list_cases(&cx, &admin, &CaseFilter::default()).await }
    }))
    .await;
    assert!(views.iter().all(Result::is_ok));
    let read = reads(&app).await;
    assert_eq!(read.len(), 40);
    assert!(read.iter().all(|(_, _, cases)| cases.len() == 3));
    let numbers = seqs(&app.pool).await;
    assert_eq!(numbers, (1..=numbers.len() as i64).collect::<Vec<_>>());
    assert!(audit::verify(&app.pool).await.unwrap().is_intact());
}

#[tokio::test]
async fn a_restored_installation_keeps_a_chain_that_verifies_and_continues() {
    let app = spawn_app().await;
    app.create(&common::intake("Asel Audit")).await;
    let admin = app.user("aida", Role::Admin).await;
    records::list_cases(&app.cx, &admin, &CaseFilter::default())
        .await
        .unwrap();
    append_many(&app.pool, 5).await;
    let before = audit::verify(&app.pool).await.unwrap();
    assert!(before.is_intact());

    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("backup.age");
    let url = app.storage.database_url().unwrap();
    let made = backup::backup(
        &app.pool,
        url.backend(),
        &out,
        vec![Box::new(app.keys.age_recipient())],
        &app.keys,
        Some(&app.storage.blob_store().unwrap()),
    )
    .await
    .unwrap();
    // The intake's case.create entry, the admin's list view and the five appended here; the list
    // view's one case.
    assert_eq!(
        (
            made.rows["audit_log"],
            made.rows["audit_read_cases"],
            made.rows["audit_head"]
        ),
        (7, 1, 1)
    );

    // Into the suite's backend, and into the other one when a PostgreSQL server is at hand.
    let mut targets = vec![new_storage(&home.path().join("target"))
        .await
        .database_url()
        .unwrap()];
    if std::env::var_os("IZDE_TEST_POSTGRES").is_some() {
        targets.push(if on_postgres() {
            DatabaseUrl::sqlite_in(&home.path().join("other")).unwrap()
        } else {
            common::new_postgres_database().await
        });
    }
    for target in targets {
        let store = izde::server::evidence::store::BlobStore::in_data_dir(
            &home.path().join("target-files"),
        )
        .unwrap();
        backup::restore(&target, app.keys.identity(), &out, &mut |_| Ok(()), &store)
            .await
            .unwrap();
        let restored = db::open(&target).await.unwrap();
        let after = audit::verify(&restored).await.unwrap();
        assert_eq!(after, before, "{:?}", target.backend());
        assert_eq!(audit::record(&restored, &update(9)).await.unwrap(), 8);
        assert!(audit::verify(&restored).await.unwrap().is_intact());
    }
}

/// Issue 17, item 13: the audit page verifies from where this server last verified (kept in its
/// memory), with the same answer as a walk of the whole chain; and that checkpoint catches a
/// rewrite of the whole log, which the chain alone cannot tell.
#[tokio::test]
async fn the_page_verifies_from_a_checkpoint_and_a_wholesale_rewrite_breaks_it() {
    let app = spawn_app().await;
    let reads = app.cx.reads.clone();
    append_many(&app.pool, 3).await;
    let first = audit::verify_since(&app.pool, &reads).await.unwrap();
    assert!(first.is_intact());
    assert_eq!(first, audit::verify(&app.pool).await.unwrap());
    append_many(&app.pool, 4).await;
    let since = audit::verify_since(&app.pool, &reads).await.unwrap();
    assert_eq!(since, audit::verify(&app.pool).await.unwrap());
    assert_eq!(since.entries, first.entries + 4);

    // A new entry whose contents do not match its hash, after the checkpoint: found.
    append_many(&app.pool, 1).await;
    let last = since.entries as i64 + 1;
    tamper(
        &app,
        &format!("UPDATE audit_log SET at = '2000-01-01T00:00:00.000Z' WHERE seq = {last}"),
    )
    .await;
    let broken = audit::verify_since(&app.pool, &reads).await.unwrap();
    assert_eq!(broken.first_broken.unwrap().seq, last);

    // The log thrown away and written again, consistently: the whole chain verifies, but not
    // from this server's checkpoint.
    tamper(&app, "DELETE FROM audit_log; DELETE FROM audit_head").await;
    append_many(&app.pool, 2).await;
    assert!(audit::verify_since(&app.pool, &reads)
        .await
        .unwrap()
        .is_intact());
    append_many(&app.pool, 2).await;
    let checkpointed = audit::verify(&app.pool).await.unwrap();
    assert!(checkpointed.is_intact());
    tamper(&app, "DELETE FROM audit_log; DELETE FROM audit_head").await;
    for i in 0..5 {
        audit::record(&app.pool, &update(i + 100)).await.unwrap();
    }
    assert!(
        audit::verify(&app.pool).await.unwrap().is_intact(),
        "the chain alone cannot tell"
    );
    let rewritten = audit::verify_since(&app.pool, &reads).await.unwrap();
    let broken = rewritten.first_broken.expect("the rewrite is caught");
    assert!(broken.reason.contains("rewritten"), "{}", broken.reason);
}
