//! The one test helper: a fresh installation (data directory, key, vocabularies) on a fresh database.
//!
//! The database is a SQLite file in the data directory, or, when `IZDE_TEST_BACKEND=postgres`, a new
//! database on the PostgreSQL server at `IZDE_TEST_POSTGRES` (`make test` starts a throwaway server
//! and runs the suite both ways: see scripts/with-postgres.sh).
#![allow(dead_code)]

use izde::domain::forms::IntakeForm;
use izde::domain::vocab::Vocabularies;
use izde::server::auth::access::Actor;
use izde::server::context::Context;
use izde::server::crypto::ServerKeys;
use izde::server::db::{DatabaseUrl, Pool};
use izde::server::state::{open_storage, Storage};
use std::path::PathBuf;
use std::sync::Arc;

pub struct TestApp {
    pub dir: tempfile::TempDir,
    pub storage: Storage,
    pub pool: Pool,
    pub keys: Arc<ServerKeys>,
    pub vocab: Arc<Vocabularies>,
    /// The same pool, keys and vocabularies, with the app's clock (`app.cx.clock.advance(…)` moves
    /// time for the services and the router alike) and facet cache.
    pub cx: Context,
}

impl TestApp {
    pub fn new(
        dir: tempfile::TempDir,
        storage: Storage,
        pool: Pool,
        keys: ServerKeys,
        vocab: Vocabularies,
    ) -> TestApp {
        let cx = Context::new(pool.clone(), keys, vocab);
        TestApp {
            dir,
            storage,
            pool,
            keys: cx.keys.clone(),
            vocab: cx.vocab.clone(),
            cx,
        }
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join(izde::server::db::DATABASE_FILE)
    }

    /// The bytes of every file the database keeps this installation's data in, as a thief with
    /// the disk would read them: the SQLite file and its WAL (before and after a checkpoint), or
    /// PostgreSQL's data files of this database and its write-ahead log.
    pub async fn raw_database_files(&self) -> Vec<Vec<u8>> {
        let mut files = Vec::new();
        if on_postgres() {
            sqlx::query("CHECKPOINT").execute(&self.pool).await.unwrap();
            let (oid,): (i64,) = sqlx::query_as(
                "SELECT oid::bigint FROM pg_database WHERE datname = current_database()",
            )
            .fetch_one(&self.pool)
            .await
            .unwrap();
            let data =
                std::path::PathBuf::from(std::env::var("IZDE_TEST_POSTGRES_DATA").expect(
                    "IZDE_TEST_POSTGRES_DATA (the test server's data directory) is not set",
                ));
            for dir in [data.join("base").join(oid.to_string()), data.join("pg_wal")] {
                for entry in std::fs::read_dir(&dir).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_file() {
                        files.push(std::fs::read(&path).unwrap());
                    }
                }
            }
            return files;
        }
        files.push(std::fs::read(self.db_path()).unwrap());
        let wal = self.db_path().with_extension("db-wal");
        if wal.exists() {
            files.push(std::fs::read(&wal).unwrap());
        }
        // And once more after a checkpoint moves the WAL into the main file.
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await
            .unwrap();
        files.push(std::fs::read(self.db_path()).unwrap());
        // And a copy made the way SQLite backs a database up.
        let copy = self.dir.path().join("copy.db");
        let _ = std::fs::remove_file(&copy);
        sqlx::query("VACUUM INTO $1")
            .bind(copy.to_str().unwrap())
            .execute(&self.pool)
            .await
            .unwrap();
        files.push(std::fs::read(&copy).unwrap());
        files
    }

    /// Records a complete testimony for `form`; returns the case id.
    pub async fn create(&self, form: &IntakeForm) -> String {
        self.create_as(&Actor::System, form).await
    }

    /// Records a complete testimony entered by `actor`; returns the case id.
    pub async fn create_as(&self, actor: &Actor, form: &IntakeForm) -> String {
        izde::server::records::create_testimony(&self.cx, actor, form)
            .await
            .unwrap()
            .to_string()
    }

    /// Adds (`event` None) or rewrites an event of a case as the command line would.
    pub async fn save_event(
        &self,
        case: &str,
        event: Option<&str>,
        form: &izde::domain::forms::EventForm,
    ) -> Result<uuid::Uuid, izde::server::records::RecordError> {
        izde::server::records::save_event(&self.cx, &Actor::System, case, event, form).await
    }

    /// Adds a dated event of `kind` (and nothing else) to a case's timeline.
    pub async fn add_event(&self, case: &str, kind: &str, date: &str) {
        let form = izde::domain::forms::EventForm {
            kind: kind.into(),
            date: date.into(),
            ..Default::default()
        };
        self.save_event(case, None, &form).await.unwrap();
    }

    /// Saves a case's edited profile as the command line would.
    pub async fn update_case(
        &self,
        case: &str,
        form: &izde::domain::forms::PersonForm,
    ) -> Result<(), izde::server::records::RecordError> {
        izde::server::records::update_case(&self.cx, &Actor::System, case, form).await
    }

    /// Adds a source to a case as the command line would.
    pub async fn add_source(
        &self,
        case: &str,
        form: &izde::domain::forms::SourceForm,
    ) -> Result<uuid::Uuid, izde::server::records::RecordError> {
        izde::server::records::add_source(&self.cx, &Actor::System, case, form).await
    }

    /// Everything the case page would show for a case.
    pub async fn detail(&self, id: &str) -> izde::domain::case::CaseDetail {
        izde::server::records::case_detail(&self.cx, &Actor::System, id)
            .await
            .unwrap()
    }

    /// The `izde` binary pointed at this installation (its data directory and database); the
    /// subcommand's words come first, e.g. `app.izde(&["users", "list"])`.
    pub fn izde(&self, words: &[&str]) -> std::process::Command {
        let mut c = izde();
        c.args(words).arg("--data-dir").arg(&self.storage.data_dir);
        if let Some(url) = &self.storage.database {
            c.arg("--database-url").arg(url.to_string());
        }
        if let Some(s3) = &self.storage.s3 {
            c.arg("--s3-bucket").arg(&s3.bucket);
            c.arg("--s3-region").arg(&s3.region);
            if let Some(endpoint) = &s3.endpoint {
                c.arg("--s3-endpoint").arg(endpoint);
            }
            if let Some(prefix) = &s3.prefix {
                c.arg("--s3-prefix").arg(prefix);
            }
            c.env("IZDE_S3_ACCESS_KEY_ID", &s3.access_key_id);
            c.env("IZDE_S3_SECRET_ACCESS_KEY", &s3.secret_access_key.0);
        }
        c
    }

    /// A new account with `role` (password "correct horse battery staple").
    pub async fn user(&self, username: &str, role: izde::domain::account::Role) -> Actor {
        let user = izde::server::auth::accounts::add_user(
            &self.pool,
            username,
            role,
            zeroize::Zeroizing::new(PASSWORD.to_string()),
        )
        .await
        .unwrap();
        Actor::User(izde::domain::account::Me {
            id: user.id,
            username: user.username,
            role,
            must_enrol: false,
            language: None,
        })
    }

    /// The whole web application in this process, as an admin would use it (see [`Web`]).
    pub async fn web(&self) -> Web {
        let admin = self
            .user("test-admin", izde::domain::account::Role::Admin)
            .await;
        self.web_as(&admin).await
    }

    /// The web application as `actor` (logged in with a session cookie).
    pub async fn web_as(&self, actor: &Actor) -> Web {
        self.web_with(actor, |_| {}).await
    }

    /// The web application as `actor`, its state changed by `tune` first (the Leptos options:
    /// where static files are; the web settings: trusted proxies).
    pub async fn web_with(
        &self,
        actor: &Actor,
        tune: impl FnOnce(&mut izde::server::state::AppState),
    ) -> Web {
        let mut state = izde::server::state::AppState {
            leptos_options: izde::server::ops::startup::leptos_options().unwrap(),
            pool: self.pool.clone(),
            keys: std::sync::Arc::new(izde::server::state::KeyState::unsealed(
                izde::server::crypto::keyring::unseal(
                    &self.pool,
                    izde::server::crypto::OnlineIdentity::load_development(self.dir.path())
                        .unwrap(),
                    false,
                )
                .await
                .unwrap(),
            )),
            vocab: Arc::new(izde::server::state::VocabState::new((*self.vocab).clone())),
            web: std::sync::Arc::new(
                izde::server::http::guard::WebConfig::new(None, ORIGIN_ADDR.parse().unwrap())
                    .unwrap(),
            ),
            exports: std::sync::Arc::default(),
            clock: self.cx.clock.clone(),
            facets: self.cx.facets.clone(),
            reads: self.cx.reads.clone(),
            views: self.cx.views.clone(),
            blobs: self.storage.blob_store().unwrap(),
            api: std::sync::Arc::default(),
            pdf: std::sync::Arc::default(),
        };
        tune(&mut state);
        let cookie = match actor.user_id() {
            Some(id) => Some(format!(
                "izde-session={}",
                izde::server::auth::sessions::create_session(&self.pool, &self.cx.clock, id)
                    .await
                    .unwrap()
            )),
            None => None,
        };
        Web {
            router: izde::server::http::router::router(state),
            cookie,
        }
    }

    /// Counts the rows of every table that a testimony writes to.
    pub async fn row_counts(&self) -> Vec<(String, i64)> {
        let mut out = Vec::new();
        for table in [
            "cases",
            "testifiers",
            "case_testifiers",
            "detentions",
            "events",
            "sources",
            "event_sources",
            "testimonies",
        ] {
            let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&self.pool)
                .await
                .unwrap();
            out.push((table.to_string(), n));
        }
        out
    }
}

/// The password of every account the tests make.
pub const PASSWORD: &str = "correct horse battery staple";
/// The address (and so the origin, http://127.0.0.1:3000) of the in-process web application.
pub const ORIGIN_ADDR: &str = "127.0.0.1:3000";

/// The web application in this process, with a browser's session cookie: requests go through the
/// same router, guard and handlers as in `izde serve`, without a socket.
pub struct Web {
    pub router: axum::Router,
    /// `Cookie` header value (None: anonymous).
    pub cookie: Option<String>,
}

/// A response, read whole.
pub struct Answer {
    pub status: axum::http::StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent (for files that are not text).
    pub bytes: Vec<u8>,
}

impl Answer {
    pub fn location(&self) -> Option<String> {
        self.headers
            .get(axum::http::header::LOCATION)
            .map(|l| l.to_str().unwrap().to_string())
    }
}

impl Web {
    /// Sends a request as a browser on Izde's own page would: with the cookie and, for anything
    /// but GET, the `Origin` header.
    pub async fn send(&self, request: axum::http::Request<axum::body::Body>) -> Answer {
        self.send_from(request, Some("http://127.0.0.1:3000")).await
    }

    /// Sends a request with the cookie and the given `Origin` (None: no Origin header).
    pub async fn send_from(
        &self,
        mut request: axum::http::Request<axum::body::Body>,
        origin: Option<&str>,
    ) -> Answer {
        use axum::http::{header, HeaderValue, Method};
        use tower::ServiceExt;
        if let Some(cookie) = &self.cookie {
            request
                .headers_mut()
                .insert(header::COOKIE, HeaderValue::from_str(cookie).unwrap());
        }
        if let (Some(origin), false) = (origin, request.method() == Method::GET) {
            request
                .headers_mut()
                .insert(header::ORIGIN, HeaderValue::from_str(origin).unwrap());
        }
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        Answer {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }
}

/// A form POST, as a browser sends it.
pub fn post(uri: &str, form: &[(&str, &str)]) -> axum::http::Request<axum::body::Body> {
    use axum::http::header;
    let body = serde_html_form::to_string(form).unwrap();
    axum::http::Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .body(axum::body::Body::from(body))
        .unwrap()
}

/// A GET.
pub fn get(uri: &str) -> axum::http::Request<axum::body::Body> {
    axum::http::Request::get(uri)
        .body(axum::body::Body::empty())
        .unwrap()
}

/// Whether this run of the suite is against PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var("IZDE_TEST_BACKEND").is_ok_and(|b| b == "postgres")
}

/// The throwaway PostgreSQL server's URL (any database on it); the test fails without one.
pub fn postgres_server() -> String {
    std::env::var("IZDE_TEST_POSTGRES").expect(
        "IZDE_TEST_POSTGRES is not set: run the tests with `make test` (or through \
         scripts/with-postgres.sh), which starts a throwaway PostgreSQL server",
    )
}

/// A new, empty database on the test PostgreSQL server.
pub async fn new_postgres_database() -> DatabaseUrl {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let server = postgres_server();
    let name = format!("izde_test_{}", uuid::Uuid::new_v4().simple());
    let mut admin = sqlx::AnyConnection::connect(&server)
        .await
        .expect("connect to the test PostgreSQL server");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .expect("create a test database");
    let (base, _) = server.rsplit_once('/').expect("a database URL");
    DatabaseUrl::parse(&format!("{base}/{name}")).unwrap()
}

/// The storage of a new installation in `dir`: on the suite's backend.
pub async fn new_storage(dir: &std::path::Path) -> Storage {
    Storage {
        data_dir: dir.to_path_buf(),
        database: if on_postgres() {
            Some(new_postgres_database().await)
        } else {
            None
        },
        identity: None,
        s3: test_s3(),
    }
}

/// Whether this run keeps evidence files in S3-compatible object storage (`IZDE_TEST_BLOBS=s3`,
/// with the server `scripts/with-s3.sh` starts) rather than the data directory.
pub fn on_s3() -> bool {
    std::env::var("IZDE_TEST_BLOBS").is_ok_and(|b| b == "s3")
}

/// The test object storage's settings when [`on_s3`] (a folder of the bucket of its own).
pub fn test_s3() -> Option<izde::server::evidence::store::S3Settings> {
    if !on_s3() {
        return None;
    }
    let var = |name: &str| {
        std::env::var(name).unwrap_or_else(|_| {
            panic!("{name} is not set: run the tests through scripts/with-s3.sh")
        })
    };
    Some(izde::server::evidence::store::S3Settings {
        endpoint: Some(var("IZDE_TEST_S3_ENDPOINT")),
        bucket: var("IZDE_TEST_S3_BUCKET"),
        region: var("IZDE_TEST_S3_REGION"),
        access_key_id: var("IZDE_TEST_S3_ACCESS_KEY"),
        secret_access_key: izde::server::evidence::store::Secret(var("IZDE_TEST_S3_SECRET_KEY")),
        // Each test installation in a folder of its own, so that it sees only its own files.
        prefix: Some(format!("test-{}", uuid::Uuid::new_v4().simple())),
    })
}

/// A new, empty installation in a temp directory (generated development key) on a new database.
pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let storage = new_storage(dir.path()).await;
    let (pool, keys, vocab) = open_storage(&storage).await.expect("open storage");
    TestApp::new(dir, storage, pool, keys, vocab)
}

/// A complete, valid intake for a missing person with the given name.
pub fn intake(name: &str) -> IntakeForm {
    let mut f = IntakeForm {
        testifier_name: "Gulzhan Testova".into(),
        testifier_contact: "+7 700 000 0000".into(),
        relationship: "sister".into(),
        consent: "anonymized".into(),
        pressure_notes: "A police officer called from Ghulja.".into(),
        last_contact_summary: "A short WeChat call.".into(),
        facility_kind: "camp".into(),
        facility_name: "Test camp".into(),
        detention_location: "cn-xj-ili".into(),
        detention_date: "2018".into(),
        alleged_act: "Travelled to Kazakhstan".into(),
        legal_charge: "extremism".into(),
        sentence: "10 years".into(),
        conviction_date: "late 2019".into(),
        learned_date: "2020".into(),
        testimony_medium: "video".into(),
        testimony_date: "2019-03-02".into(),
        testimony_language: "kk".into(),
        transcript: "My brother went to visit our mother and never came back.".into(),
        ..IntakeForm::default()
    };
    f.person.name = name.into();
    f.person.birth_year = "1975".into();
    f.person.gender = "male".into();
    f.person.ethnicity = "kazakh".into();
    f.person.status = "sentenced".into();
    f.person.last_contact_date = "May 2017".into();
    f.person.last_contact_location = "cn-xj-ili".into();
    f.source.source_type = "video_testimony".into();
    f.source.source_title = "Video testimony".into();
    f.source.source_reliability = "B".into();
    f.source.source_credibility = "2".into();
    f
}

/// The `izde` binary of this build, with none of the environment's IZDE_* settings.
pub fn izde() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_izde"));
    for var in [
        "IZDE_DATA_DIR",
        "IZDE_DATABASE_URL",
        "IZDE_IDENTITY",
        "IZDE_ADDR",
        "IZDE_DEMO",
        "IZDE_S3_BUCKET",
        "IZDE_S3_ENDPOINT",
        "IZDE_S3_REGION",
        "IZDE_S3_PREFIX",
        "IZDE_S3_ACCESS_KEY_ID",
        "IZDE_S3_SECRET_ACCESS_KEY",
    ] {
        c.env_remove(var);
    }
    c.env("RUST_LOG", "warn");
    c
}

/// Runs a command to its end: whether it succeeded, and what it printed (stdout, then stderr).
pub fn run(c: &mut std::process::Command) -> (bool, String) {
    let out = c.output().unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Runs a command with `input` on its stdin: whether it succeeded, and what it printed.
pub fn run_with_stdin(c: &mut std::process::Command, input: &str) -> (bool, String) {
    let mut child = c
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// A running `izde serve`, killed when dropped.
pub struct ServerProcess {
    pub child: std::process::Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    /// The lines it logs (stderr), as they come.
    log: std::sync::mpsc::Receiver<String>,
    /// The lines read so far, for the message of a failed wait.
    seen: Vec<String>,
}

impl ServerProcess {
    /// Starts `izde serve` (`command`, without `--addr`) on a port the system chooses, and waits
    /// until the server says which one it listens on.
    pub fn start(command: std::process::Command) -> ServerProcess {
        let mut server = Self::spawn(command);
        server.ready();
        server
    }

    /// Starts `izde serve` like [`ServerProcess::start`] without waiting: [`ServerProcess::ready`]
    /// waits (several servers can start at the same moment).
    pub fn spawn(mut command: std::process::Command) -> ServerProcess {
        use std::io::BufRead;
        // The lines waited for (where it listens, unsealed) are at info level.
        command
            .env("RUST_LOG", "info,sqlx=warn")
            .arg("--addr")
            .arg("127.0.0.1:0")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        let mut child = command.spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let (sender, log) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        ServerProcess {
            child,
            base: String::new(),
            log,
            seen: Vec::new(),
        }
    }

    /// Waits until the server says where it listens (it then accepts connections), and keeps
    /// that address in `base`.
    pub fn ready(&mut self) {
        let line = self.wait_for("Izde is serving");
        let at = line
            .find("http://")
            .expect("the serving line names its address");
        self.base = line[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '/' | '.'))
            .collect();
    }

    /// Waits until the server logs a line containing `text`, and returns it; fails with all it
    /// logged if it exits (or 120 s pass) first.
    pub fn wait_for(&mut self, text: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.log.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(text) {
                        return line;
                    }
                }
                Err(_) => panic!(
                    "izde serve never logged {text:?}; it logged:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser talking to a real `izde serve` process: logs in, keeps the session cookie, and sends
/// forms with the `Origin` a browser on Izde's page would.
#[derive(Clone)]
pub struct Browser {
    pub base: String,
    pub cookie: String,
}

impl Browser {
    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .timeout_global(Some(std::time::Duration::from_secs(30)))
            .build()
            .into()
    }

    /// Logs in (panics if the server refuses).
    pub fn login(base: &str, username: &str, password: &str) -> Self {
        let response = Self::agent()
            .post(&format!("{base}/login"))
            .header("Origin", base)
            .send_form([("username", username), ("password", password)])
            .unwrap();
        assert_eq!(response.status(), 303, "log-in refused");
        let cookie = response
            .headers()
            .get("set-cookie")
            .expect("a session cookie")
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string();
        Self {
            base: base.to_string(),
            cookie,
        }
    }

    /// GET a path: (status, body).
    pub fn get(&self, path: &str) -> (u16, String) {
        let mut r = Self::agent()
            .get(&format!("{}{path}", self.base))
            .header("Cookie", &self.cookie)
            .call()
            .unwrap();
        (r.status().as_u16(), r.body_mut().read_to_string().unwrap())
    }

    /// POST a form: (status, Location).
    pub fn post(&self, path: &str, form: &[(&str, &str)]) -> (u16, Option<String>) {
        let r = Self::agent()
            .post(&format!("{}{path}", self.base))
            .header("Cookie", &self.cookie)
            .header("Origin", &self.base)
            .header("Accept", "text/html")
            .send_form(form.iter().copied())
            .unwrap();
        let location = r
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_string());
        (r.status().as_u16(), location)
    }
}
