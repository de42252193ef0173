//! Bulk import (`izde import`, `server::import`): what a coordinator bringing an existing
//! spreadsheet into Izde would notice. On SQLite, and on PostgreSQL with IZDE_TEST_BACKEND=postgres.

mod common;

use common::*;
use izde::domain::account::Role;
use izde::i18n::Lang;
use izde::server::auth::access::Actor;
use izde::server::import::{self, mapping::Mapping, Options, Report};
use std::path::{Path, PathBuf};

/// The columns of the test files: Russian headers, as a Kazakhstan organisation's sheet has them.
const HEADER: &str = "ID;ФИО;Год рождения;Пол;Статус;Обвинение;Место;Срок;Дата задержания;Заявитель;Родство;Согласие;Паспорт;Описание";

/// A good row: reference `id`, a name in two scripts, an ID number and a narrative of its own.
fn good_row(id: &str, name: &str, year: u32) -> String {
    format!(
        "{id};{name} / {name}ов;{year};Мужской;Осуждён / в заключении;extremism;Или / Кульджа (Инин);10 лет;2018-03;Айгуль {id};Жена;anonymized;N{id}77;Рассказ о {name} {id}"
    )
}

/// The sheets have no column for how the testimony was given: the mapping says.
fn mapping() -> Mapping {
    let mut mapping = Mapping::default();
    mapping
        .defaults
        .insert("testimony_medium".into(), "written".into());
    mapping
}

fn write(dir: &Path, name: &str, lines: &[String]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("{HEADER}\n{}\n", lines.join("\n"))).unwrap();
    path
}

async fn import_as(app: &TestApp, actor: &Actor, path: &Path, dry_run: bool) -> Report {
    let options = Options {
        mapping: mapping(),
        dry_run,
        rejects: Some(import::RejectsTo::File(path.with_extension("rejects.csv"))),
        lang: Lang::En,
        batch_size: 3,
    };
    import::import_file(&app.cx, actor, path, options, |_| {})
        .await
        .unwrap_or_else(|e| panic!("the import failed: {e}"))
}

async fn case_ids(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar("SELECT id FROM cases ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .unwrap()
}

async fn count(app: &TestApp, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

/// The problems reported for `line`, as "field: message".
fn problems_of(report: &Report, line: u64) -> Vec<String> {
    report
        .problems
        .iter()
        .filter(|r| r.line == line)
        .flat_map(|r| {
            r.problems
                .iter()
                .map(|p| format!("{}: {}", p.field, p.message))
        })
        .collect()
}

#[tokio::test]
async fn every_kind_of_bad_row_is_reported_on_its_line_and_the_good_rows_are_imported() {
    let app = spawn_app().await;
    let admin = app.user("coordinator", Role::Admin).await;
    let lines = vec![
        good_row("R1", "Серик", 1975), // line 2
        good_row("R2", "Бахыт", 1976).replace(";extremism;", ";unknown charge;"), // 3
        good_row("R3", "Ерлан", 1977).replace(";2018-03;", ";2019-13-45;"), // 4
        good_row("R4", "Арман", 1978).replace("Арман / Арманов", ""), // 5
        good_row("R5", "Дана", 1979).replace("Или / Кульджа (Инин)", "Atlantis"), // 6
        good_row("R6", "Асет", 1980).replace(";10 лет;", ";ten yrs;"), // 7
        good_row("R1", "Другой", 1981), // 8
        good_row("", "Мурат", 1982),   // 9
    ];
    let file = write(app.dir.path(), "cases.csv", &lines);

    // The dry run reports every problem and writes nothing.
    let dry = import_as(&app, &admin, &file, true).await;
    assert_eq!((dry.rows, dry.created, dry.rejected), (8, 2, 6));
    assert_eq!(count(&app, "cases").await, 0, "a dry run imports nothing");

    let report = import_as(&app, &admin, &file, false).await;
    assert_eq!(report.rows, 8);
    assert_eq!(report.created, 2, "the two good rows are imported");
    assert_eq!(report.rejected, 6);
    let expect = [
        (3, "legal_charge: not one of the listed values"),
        (4, "detention_date: month must be between 1 and 12"),
        (5, "name: the missing person's name is required"),
        (6, "last_contact_location: not a place in the gazetteer"),
        (7, "sentence: write the sentence as years and months"),
        (8, "external_ref: the same reference as line 2"),
    ];
    for (line, wanted) in expect {
        let found = problems_of(&report, line);
        assert!(
            found.iter().any(|p| p.starts_with(wanted)),
            "line {line} should say {wanted:?}, says {found:?}"
        );
        assert_eq!(found.len(), 1, "line {line} has one problem: {found:?}");
    }
    assert_eq!(
        dry.problems, report.problems,
        "the dry run said what the import found"
    );
    assert_eq!(count(&app, "cases").await, 2);

    // The rejects file holds the rejected rows as they were, each with its line and reason.
    let rejects = std::fs::read_to_string(file.with_extension("rejects.csv")).unwrap();
    let mut reader =
        csv::ReaderBuilder::new().from_reader(rejects.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.get(1), Some("ФИО"));
    assert_eq!(headers.get(headers.len() - 2), Some("import_line"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let lines_in_file: Vec<&str> = rows
        .iter()
        .map(|r| r.get(headers.len() - 2).unwrap())
        .collect();
    assert_eq!(lines_in_file, ["3", "4", "5", "6", "7", "8"]);
    assert_eq!(
        rows[0].get(5),
        Some("unknown charge"),
        "the row is kept as it was, to fix"
    );
    assert!(rows[5]
        .get(headers.len() - 1)
        .unwrap()
        .contains("the same reference as line 2"));

    // Every case as at intake: sealed, indexed, audited; the names split into other spellings.
    let ids = case_ids(&app).await;
    let detail = app.detail(&ids[0]).await;
    assert_eq!(detail.profile.name.expose(), "Серик");
    assert_eq!(
        detail
            .profile
            .other_names
            .as_ref()
            .map(|n| n.expose().to_string()),
        Some("Сериков".into())
    );
    assert_eq!(detail.profile.status.code, "sentenced");
    assert_eq!(
        detail
            .profile
            .last_location
            .as_ref()
            .map(|l| l.code.as_str()),
        Some("cn-xj-ili-ghulja-city")
    );
    assert_eq!(
        detail.detentions[0]
            .legal_charge
            .as_ref()
            .map(|c| c.code.as_str()),
        Some("extremism")
    );
    let found = izde::server::records::search_cases(&app.cx, &admin, "Serik")
        .await
        .unwrap();
    assert_eq!(
        found.hits.len(),
        1,
        "the name index finds an imported case from another script"
    );
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'case.create' OR action = 'import'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    // Two cases, and one entry per batch of three rows (8 rows: 3 batches).
    assert_eq!(audited, 2 + 3);
    let verdict = izde::server::audit::verify(&app.pool).await.unwrap();
    assert!(
        verdict.first_broken.is_none(),
        "the audit chain holds: {verdict:?}"
    );
}

#[tokio::test]
async fn importing_the_same_file_twice_changes_nothing_and_a_changed_row_makes_one_revision() {
    let app = spawn_app().await;
    let admin = app.user("coordinator", Role::Admin).await;
    let lines: Vec<String> = (0..7)
        .map(|i| good_row(&format!("X{i}"), &format!("Имя{i}"), 1960 + i))
        .collect();
    let file = write(app.dir.path(), "cases.csv", &lines);
    let first = import_as(&app, &admin, &file, false).await;
    assert_eq!(first.created, 7);
    let before = app.row_counts().await;
    let ids = case_ids(&app).await;
    let mut revisions = Vec::new();
    for id in &ids {
        revisions.push(app.detail(id).await.revision);
    }

    let again = import_as(&app, &admin, &file, false).await;
    assert!(
        again.imported_before.is_some(),
        "the same file again: nothing to do"
    );
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 0));
    assert_eq!(app.row_counts().await, before, "nothing was added");
    for (id, revision) in ids.iter().zip(&revisions) {
        assert_eq!(
            app.detail(id).await.revision,
            *revision,
            "case {id} did not change"
        );
    }

    // One row changed in the source database: its case, and only it, gets a new revision.
    let mut changed = lines.clone();
    changed[3] = changed[3].replace(";1963;", ";1964;");
    let file = write(app.dir.path(), "cases.csv", &changed);
    let third = import_as(&app, &admin, &file, false).await;
    assert_eq!((third.created, third.updated, third.unchanged), (0, 1, 6));
    assert_eq!(app.row_counts().await, before);
    let mut updated = 0;
    for (id, revision) in ids.iter().zip(&revisions) {
        let detail = app.detail(id).await;
        if detail.revision != *revision {
            updated += 1;
            assert_eq!(detail.revision, revision + 1, "one new revision");
            assert_eq!(detail.profile.birth_year, Some(1964));
            let history = izde::server::records::case_history(&app.cx, &admin, id)
                .await
                .unwrap();
            assert!(
                history.len() >= 2,
                "the earlier revision is kept: {history:?}"
            );
        }
    }
    assert_eq!(updated, 1);
}

#[tokio::test]
async fn a_row_that_looks_like_a_recorded_case_goes_to_the_duplicate_review() {
    let app = spawn_app().await;
    let admin = app.user("coordinator", Role::Admin).await;
    app.create(&intake("Серик")).await;
    let file = write(app.dir.path(), "cases.csv", &[good_row("", "Серик", 1975)]);
    let report = import_as(&app, &admin, &file, false).await;
    assert_eq!((report.created, report.flagged), (1, 1));
    assert_eq!(count(&app, "cases").await, 2, "not merged silently");
    assert_eq!(
        count(&app, "duplicate_pairs").await,
        1,
        "but put to the admins"
    );
}

#[tokio::test]
async fn a_volunteer_cannot_change_a_case_another_account_imported() {
    let app = spawn_app().await;
    let admin = app.user("coordinator", Role::Admin).await;
    let volunteer = app.user("volunteer", Role::Volunteer).await;
    let file = write(
        app.dir.path(),
        "cases.csv",
        &[good_row("V1", "Серик", 1975)],
    );
    import_as(&app, &admin, &file, false).await;
    let file = write(
        app.dir.path(),
        "cases.csv",
        &[good_row("V1", "Серик", 1975).replace(";1975;", ";1976;")],
    );
    let report = import_as(&app, &volunteer, &file, false).await;
    assert_eq!((report.updated, report.rejected), (0, 1));
    let researcher = app.user("reader", Role::Researcher).await;
    let refused =
        import::import_file(&app.cx, &researcher, &file, Options::default(), |_| {}).await;
    assert!(refused.is_err(), "a researcher's account imports nothing");
}

#[tokio::test]
async fn an_import_killed_midway_resumes_and_makes_each_case_exactly_once() {
    let app = spawn_app().await;
    // Rows without references: only the committed mark keeps them from being imported twice.
    let lines: Vec<String> = (0..1500)
        .map(|i| good_row("", &format!("Тест{i}"), 1940 + (i % 60)))
        .collect();
    let file = write(app.dir.path(), "big.csv", &lines);
    std::fs::write(
        app.dir.path().join("map.toml"),
        "[defaults]\ntestimony_medium = \"written\"\n",
    )
    .unwrap();
    let map = app.dir.path().join("map.toml");
    let args = |extra: &[&str]| {
        let mut c = app.izde(&["import"]);
        c.arg(&file)
            .arg("--mapping")
            .arg(&map)
            .args(["--batch", "25"])
            .args(extra);
        c
    };
    let mut child = args(&[])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it as soon as some batches are committed.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let n = count(&app, "cases").await;
        if n >= 100 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the import did not start"
        );
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the import ended before it could be killed: {status}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let partial = count(&app, "cases").await;
    assert!(
        partial > 0 && partial < 1500,
        "killed midway ({partial} cases)"
    );
    assert_eq!(
        partial % 25,
        0,
        "only whole batches were committed ({partial} cases)"
    );

    let (ok, out) = run(&mut args(&[]));
    assert!(ok, "{out}");
    assert!(out.contains("resumed an import"), "{out}");
    assert_eq!(count(&app, "cases").await, 1500, "each case exactly once");
    // And a third run of the finished file adds nothing.
    let (ok, out) = run(&mut args(&[]));
    assert!(ok, "{out}");
    assert!(out.contains("nothing to do"), "{out}");
    assert_eq!(count(&app, "cases").await, 1500);
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM imports WHERE finished_at IS NULL")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

#[tokio::test]
async fn no_sensitive_value_of_a_good_row_reaches_the_disk_the_rejects_file_or_the_terminal() {
    let app = spawn_app().await;
    app.user("coordinator", Role::Admin).await;
    let good = "SECRETREF1;Гүлмира Секретова / 古丽米拉 / Gulmira Sekretova;1975;Женский;Осуждён / в заключении;extremism;Или;10 лет;2018-03;Жанар Куәгерова;Сестра;anonymized;N9988776655;Особо тайный рассказ".to_string();
    let bad = "SECRETREF2;Бахыт Отклонённый;1976;Мужской;Осуждён / в заключении;unknown charge;Или;10 лет;2018;Жанар Вторая;Сестра;anonymized;N1122334455;Тайна второго".to_string();
    let file = write(app.dir.path(), "cases.csv", &[good, bad]);
    let map = app.dir.path().join("map.toml");
    std::fs::write(&map, "[defaults]\ntestimony_medium = \"written\"\n").unwrap();
    let (ok, out) = run(app
        .izde(&["import"])
        .arg(&file)
        .args(["--as", "coordinator", "--mapping"])
        .arg(&map)
        .env("RUST_LOG", "debug"));
    assert!(ok, "{out}");
    assert!(out.contains("1 new cases"), "{out}");
    // Neither the good row's values nor the bad row's are printed: lines and fields only.
    for secret in [
        "Гүлмира",
        "古丽米拉",
        "Gulmira",
        "Секретова",
        "Куәгерова",
        "N9988776655",
        "SECRETREF",
        "тайный",
        "Бахыт",
        "N1122334455",
        "Тайна",
        "unknown charge",
    ] {
        assert!(
            !out.contains(secret),
            "the terminal shows {secret:?}: {out}"
        );
    }
    assert!(out.contains("line 3"), "{out}");

    let good_values = [
        "Гүлмира",
        "古丽米拉",
        "Gulmira Sekretova",
        "Секретова",
        "Жанар Куәгерова",
        "N9988776655",
        "SECRETREF1",
        "Особо тайный рассказ",
    ];
    let rejects = std::fs::read_to_string(file.with_file_name("cases.rejects.csv")).unwrap();
    assert!(
        rejects.contains("Бахыт"),
        "the rejected row is there to fix"
    );
    for secret in good_values {
        assert!(
            !rejects.contains(secret),
            "the rejects file holds {secret:?}"
        );
        for (i, bytes) in app.raw_database_files().await.iter().enumerate() {
            let finder = aho_corasick::AhoCorasick::new([secret]).unwrap();
            assert!(
                !finder.is_match(bytes),
                "database file {i} holds {secret:?} in plaintext"
            );
        }
    }
}

#[tokio::test]
async fn xlsx_windows_1251_csv_and_json_lines_are_read_right() {
    let app = spawn_app().await;
    let admin = app.user("coordinator", Role::Admin).await;
    let dir = app.dir.path();

    // XLSX with Chinese headers, a number cell and a date cell.
    let xlsx = dir.join("cases.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "编号",
        "姓名",
        "出生年份",
        "性别",
        "状态",
        "罪名",
        "所在地",
        "刑期",
        "拘留日期",
        "证人",
        "关系",
        "同意",
    ];
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "XL-1").unwrap();
    sheet.write_string(1, 1, "阿依古丽; Aygul").unwrap();
    sheet.write_number(1, 2, 1980).unwrap();
    sheet.write_string(1, 3, "女").unwrap();
    sheet.write_string(1, 4, "已判刑／服刑中").unwrap();
    sheet.write_string(1, 5, "分裂国家罪").unwrap();
    sheet.write_string(1, 6, "伊犁").unwrap();
    sheet.write_string(1, 7, "15年").unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2018, 4, 9).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet
        .write_datetime_with_format(1, 8, &date, &format)
        .unwrap();
    sheet.write_string(1, 9, "阿斯卡尔").unwrap();
    sheet.write_string(1, 10, "儿子").unwrap();
    sheet.write_string(1, 11, "可匿名公开").unwrap();
    book.save(&xlsx).unwrap();
    let report = import_as(&app, &admin, &xlsx, false).await;
    assert_eq!(
        (report.created, report.rejected),
        (1, 0),
        "{:?}",
        report.problems
    );
    let ids = case_ids(&app).await;
    let d = app.detail(&ids[0]).await;
    assert_eq!(d.profile.name.expose(), "阿依古丽");
    assert_eq!(d.profile.birth_year, Some(1980));
    assert_eq!(d.profile.status.code, "sentenced");
    assert_eq!(
        d.detentions[0]
            .legal_charge
            .as_ref()
            .map(|c| c.code.as_str()),
        Some("separatism")
    );
    assert_eq!(d.detentions[0].sentence.as_deref(), Some("15 years"));

    // A CSV saved by an old Excel in Windows-1251 (Russian only: it has no Kazakh letters), with
    // tabs.
    let text = "ФИО\tГод рождения\tСтатус\tЗаявитель\tРодство\tСогласие\nЕржан Сапаров\t1966\tУмер\tАйжан\tДочь\tnone\n";
    let (bytes, _, bad) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!bad);
    let cp1251 = dir.join("old.csv");
    std::fs::write(&cp1251, &bytes).unwrap();
    let report = import_as(&app, &admin, &cp1251, false).await;
    assert_eq!(
        (report.created, report.rejected),
        (1, 0),
        "{:?}",
        report.problems
    );
    assert_eq!(
        report.opened.as_ref().and_then(|o| o.encoding),
        Some("windows-1251")
    );
    let ids = case_ids(&app).await;
    let names: Vec<String> = futures_names(&app, &ids).await;
    assert!(names.contains(&"Ержан Сапаров".to_string()), "{names:?}");

    // JSON lines in Izde's field names, UTF-16 CSV with a BOM.
    let jsonl = dir.join("cases.jsonl");
    std::fs::write(
        &jsonl,
        "{\"name\": \"Nurlan Jsonov\", \"status\": \"missing\", \"testifier_name\": \"A\", \"relationship\": \"son\", \"consent\": \"none\", \"other_names\": [\"Нурлан\", \"努尔兰\"]}\n",
    )
    .unwrap();
    let report = import_as(&app, &admin, &jsonl, false).await;
    assert_eq!(
        (report.created, report.rejected),
        (1, 0),
        "{:?}",
        report.problems
    );
    let utf16 = dir.join("utf16.csv");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "name,status,testifier_name,relationship,consent\nАлия Юникод,missing,Б,son,none\n"
        .encode_utf16()
    {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(&utf16, bytes).unwrap();
    let report = import_as(&app, &admin, &utf16, false).await;
    assert_eq!(
        (report.created, report.rejected),
        (1, 0),
        "{:?}",
        report.problems
    );
    let ids = case_ids(&app).await;
    let names = futures_names(&app, &ids).await;
    assert!(names.contains(&"Nurlan Jsonov".to_string()), "{names:?}");
    assert!(names.contains(&"Алия Юникод".to_string()), "{names:?}");
}

async fn futures_names(app: &TestApp, ids: &[String]) -> Vec<String> {
    let mut names = Vec::new();
    for id in ids {
        names.push(app.detail(id).await.profile.name.expose().to_string());
    }
    names
}

#[tokio::test]
async fn after_a_key_rotation_a_reimport_still_finds_its_cases() {
    let app = spawn_app().await;
    let lines: Vec<String> = (0..4)
        .map(|i| good_row(&format!("K{i}"), &format!("Имя{i}"), 1960 + i))
        .collect();
    let file = write(app.dir.path(), "cases.csv", &lines);
    let map = app.dir.path().join("map.toml");
    std::fs::write(&map, "[defaults]\ntestimony_medium = \"written\"\n").unwrap();
    let import = |file: &Path| {
        let mut c = app.izde(&["import"]);
        c.arg(file).arg("--mapping").arg(&map);
        run(&mut c)
    };
    let (ok, out) = import(&file);
    assert!(ok && out.contains("4 new cases"), "{out}");
    // The rotation deletes the KEK the references' blind index was made under.
    let (ok, out) = run(&mut app.izde(&["keys", "rotate"]));
    assert!(ok, "{out}");
    let versions: Vec<i64> =
        sqlx::query_scalar("SELECT DISTINCT kek_version FROM case_external_refs")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        versions,
        vec![2],
        "the references are indexed under the new KEK"
    );
    let mut changed = lines.clone();
    changed[1] = changed[1].replace(";1961;", ";1962;");
    let file = write(app.dir.path(), "changed.csv", &changed);
    let (ok, out) = import(&file);
    assert!(ok, "{out}");
    assert!(
        out.contains("0 new cases"),
        "no case is imported twice: {out}"
    );
    assert_eq!(count(&app, "cases").await, 4);
}
