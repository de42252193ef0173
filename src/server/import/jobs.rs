//! The import page's uploads (issue 21): each file held in this process's memory — never written
//! to the server's disk — with the mapping its uploader edits, the runs of the import over it (a
//! check, then the import itself, each a background task) and what they reported, and the rejected
//! rows to download.
//!
//! A job belongs to the account that uploaded it: to any other account it does not exist. It is
//! known by a random, unguessable id, and forgotten [`KEPT_FOR`] after it was last looked at (never
//! while it runs); the file itself is let go as soon as its import is done. Every upload and
//! rejects file held together stay under [`MAX_HELD_BYTES`]: past that, an upload is refused until
//! others are done or forgotten.
//!
//! The jobs live in one process: a deployment that runs several app instances behind a load
//! balancer must send each browser back to the same instance (sticky sessions) for the import page
//! to find its upload. `izde import` reads its file from disk and needs nothing of the kind.

use super::mapping::{self, Columns, Mapping, MappingError};
use super::read::{self, Opened, ReadError, Row};
use super::{ImportError, Input, Options, Progress, RejectsTo, Report};
use crate::i18n::{tr, Lang};
use crate::server::auth::access::Actor;
use crate::server::state::AppState;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

/// The largest file the page takes (the command line takes any size).
pub const MAX_UPLOAD_BYTES: usize = 50 * 1024 * 1024;
/// The largest mapping file.
pub const MAX_MAPPING_BYTES: usize = 256 * 1024;
/// What every upload and rejects file held together may weigh.
pub const MAX_HELD_BYTES: usize = 256 * 1024 * 1024;
/// How long a job is kept after it was last looked at.
pub const KEPT_FOR: Duration = Duration::from_secs(60 * 60);
/// How many jobs one account holds at once (the oldest that is not running is forgotten).
const PER_ACCOUNT: usize = 3;
/// Rows per transaction of a page's import: progress shows after each.
const BATCH_SIZE: usize = 250;

/// Where a job is.
#[derive(Clone, Debug)]
pub enum Stage {
    /// A dry run is going through the file: rows read so far.
    Checking { rows: Arc<AtomicU64> },
    /// The dry run's report, or why it could not run.
    Checked(Result<Arc<Report>, Failure>),
    /// The import is running: rows done so far, of `total` (the rows the check read).
    Importing { rows: Arc<AtomicU64>, total: u64 },
    /// The import's report, or why it stopped.
    Imported(Result<Arc<Report>, Failure>),
}

impl Stage {
    pub fn is_running(&self) -> bool {
        matches!(self, Stage::Checking { .. } | Stage::Importing { .. })
    }
}

/// Why a run could not be done.
#[derive(Clone, Debug)]
pub enum Failure {
    /// The mapping does not fit the file (shown beside the field it is about).
    Mapping(Arc<MappingError>),
    /// Anything else, in the words of the run's language (never a value of the file).
    Message(String),
}

/// One upload and what was done with it.
struct Job {
    owner: String,
    uploaded: Instant,
    touched: Instant,
    /// "upload.csv": only the extension of the name it was uploaded under (it tells JSON lines);
    /// the name itself is not kept.
    name: String,
    /// Let go once the import is done.
    bytes: Option<Arc<[u8]>>,
    mapping: Mapping,
    /// The file's header row and how it was read, once a run has read them.
    headers: Option<(Vec<String>, Opened)>,
    stage: Stage,
    /// Counts the runs: a run's outcome is kept only if no other run started since.
    run: u64,
    task: Option<tokio::task::AbortHandle>,
    rejects: Arc<Mutex<Vec<u8>>>,
    /// The language of the last run's messages.
    lang: Lang,
}

impl Job {
    fn weight(&self) -> usize {
        let rejects = self.rejects.lock().map(|r| r.len()).unwrap_or_default();
        self.bytes.as_ref().map_or(0, |b| b.len()) + rejects
    }

    /// Kept while a run goes, else for [`KEPT_FOR`] after it was last looked at.
    fn live(&self) -> bool {
        (self.stage.is_running() && self.task.is_some()) || self.touched.elapsed() < KEPT_FOR
    }
}

/// What the page shows of a job.
#[derive(Clone, Debug)]
pub struct JobView {
    pub id: String,
    pub stage: Stage,
    pub mapping: Mapping,
    pub headers: Option<(Vec<String>, Opened)>,
    /// The language the last run wrote its messages in.
    pub lang: Lang,
    /// Minutes since the upload.
    pub minutes: u64,
    /// Whether the rejected rows can be downloaded.
    pub has_rejects: bool,
}

/// Why an upload was not kept.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Every upload held together would weigh more than [`MAX_HELD_BYTES`].
    Full,
}

/// Why a run was not started.
#[derive(Debug, PartialEq, Eq)]
pub enum NotStarted {
    /// No such job for this account.
    Gone,
    /// A run of the import is going, or the import is done.
    Busy,
}

/// The import page's jobs, in this process's memory.
#[derive(Default)]
pub struct Jobs {
    held: Mutex<HashMap<String, Job>>,
}

impl Jobs {
    /// The jobs of this process (the app state reaches them with `AppState::imports`).
    pub fn global() -> &'static Jobs {
        static JOBS: OnceLock<Jobs> = OnceLock::new();
        JOBS.get_or_init(Jobs::default)
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, Job>> {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.retain(|_, job| job.live());
        held
    }

    /// Keeps an upload of `owner`'s; returns its id. `extension` is the uploaded name's (it tells
    /// JSON lines from CSV).
    pub fn add(
        &self,
        owner: &str,
        extension: &str,
        bytes: Vec<u8>,
        mapping: Mapping,
        lang: Lang,
    ) -> Result<String, Refused> {
        use rand::RngCore;
        let mut held = self.lock();
        // The account's oldest jobs that are not running make room for this one.
        let mut mine: Vec<(String, Instant)> = held
            .iter()
            .filter(|(_, j)| j.owner == owner && !j.stage.is_running())
            .map(|(id, j)| (id.clone(), j.touched))
            .collect();
        mine.sort_by_key(|(_, touched)| *touched);
        let running = held
            .values()
            .filter(|j| j.owner == owner && j.stage.is_running())
            .count();
        while !mine.is_empty() && mine.len() + running >= PER_ACCOUNT {
            let (oldest, _) = mine.remove(0);
            held.remove(&oldest);
        }
        let weight: usize = held.values().map(Job::weight).sum();
        if weight + bytes.len() > MAX_HELD_BYTES {
            return Err(Refused::Full);
        }
        let mut random = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut random);
        let id = hex::encode(random);
        let extension: String = extension
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(8)
            .collect::<String>()
            .to_ascii_lowercase();
        let now = Instant::now();
        held.insert(
            id.clone(),
            Job {
                owner: owner.to_string(),
                uploaded: now,
                touched: now,
                name: format!("upload.{extension}"),
                bytes: Some(Arc::from(bytes)),
                mapping,
                headers: None,
                stage: Stage::Checking {
                    rows: Arc::default(),
                },
                run: 0,
                task: None,
                rejects: Arc::default(),
                lang,
            },
        );
        Ok(id)
    }

    /// A job of `owner`'s, as the page shows it (and it is kept an hour longer).
    pub fn view(&self, id: &str, owner: &str) -> Option<JobView> {
        let mut held = self.lock();
        let job = held.get_mut(id).filter(|j| j.owner == owner)?;
        job.touched = Instant::now();
        Some(view_of(id, job))
    }

    /// Every job of `owner`'s, the latest upload first.
    pub fn mine(&self, owner: &str) -> Vec<JobView> {
        let held = self.lock();
        let mut mine: Vec<(Instant, JobView)> = held
            .iter()
            .filter(|(_, j)| j.owner == owner)
            .map(|(id, j)| (j.uploaded, view_of(id, j)))
            .collect();
        mine.sort_by_key(|(uploaded, _)| std::cmp::Reverse(*uploaded));
        mine.into_iter().map(|(_, v)| v).collect()
    }

    /// The rejected rows of a job of `owner`'s import (CSV), if it rejected any.
    pub fn rejects(&self, id: &str, owner: &str) -> Option<Vec<u8>> {
        let held = self.lock();
        let job = held.get(id).filter(|j| j.owner == owner)?;
        if !matches!(job.stage, Stage::Imported(_)) {
            return None;
        }
        let rejects = job.rejects.lock().ok()?;
        (!rejects.is_empty()).then(|| rejects.clone())
    }

    /// Checks the file again (a dry run in the background) with `mapping` if given, in `lang`.
    pub fn check(
        &self,
        state: &AppState,
        id: &str,
        actor: &Actor,
        mapping: Option<Mapping>,
        lang: Lang,
    ) -> Result<(), NotStarted> {
        let mut held = self.lock();
        let job = owned(&mut held, id, actor)?;
        if matches!(job.stage, Stage::Importing { .. } | Stage::Imported(Ok(_))) {
            return Err(NotStarted::Busy);
        }
        if let Some(mapping) = mapping {
            if mapping.file != job.mapping.file {
                job.headers = None;
            }
            job.mapping = mapping;
        }
        self.spawn(state, id, job, actor, lang, false)
    }

    /// Starts the import of a checked job (or one whose import stopped: it resumes), in `lang`.
    pub fn import(
        &self,
        state: &AppState,
        id: &str,
        actor: &Actor,
        lang: Lang,
    ) -> Result<(), NotStarted> {
        let mut held = self.lock();
        let job = owned(&mut held, id, actor)?;
        match &job.stage {
            Stage::Checked(Ok(report)) if report.imported_before.is_none() => {}
            Stage::Imported(Err(_)) => {}
            _ => return Err(NotStarted::Busy),
        }
        self.spawn(state, id, job, actor, lang, true)
    }

    fn spawn(
        &self,
        state: &AppState,
        id: &str,
        job: &mut Job,
        actor: &Actor,
        lang: Lang,
        real: bool,
    ) -> Result<(), NotStarted> {
        let Some(bytes) = job.bytes.clone() else {
            return Err(NotStarted::Busy);
        };
        // A check still going is of a mapping that has changed since.
        if let Some(task) = job.task.take() {
            task.abort();
        }
        job.run += 1;
        job.lang = lang;
        job.touched = Instant::now();
        let rows = Arc::new(AtomicU64::new(0));
        let total = match &job.stage {
            Stage::Checked(Ok(report)) => report.rows,
            _ => 0,
        };
        job.stage = if real {
            Stage::Importing {
                rows: rows.clone(),
                total,
            }
        } else {
            Stage::Checking { rows: rows.clone() }
        };
        let run = Run {
            state: state.clone(),
            actor: actor.clone(),
            input: Input::Bytes {
                name: job.name.clone(),
                bytes,
            },
            mapping: job.mapping.clone(),
            real,
            rows,
            rejects: real.then(|| job.rejects.clone()),
            read_headers: job.headers.is_none(),
            lang,
        };
        let (id, number) = (id.to_string(), job.run);
        let task = tokio::spawn(async move {
            use futures_util::FutureExt;
            let outcome = std::panic::AssertUnwindSafe(crate::i18n::scope(lang, run.go()))
                .catch_unwind()
                .await
                .unwrap_or_else(|_| {
                    tracing::error!("an import of the import page panicked");
                    (
                        None,
                        Err(Failure::Message(tr!(lang, "import-error-internal"))),
                    )
                });
            Jobs::global().finish(&id, number, real, outcome);
        });
        job.task = Some(task.abort_handle());
        Ok(())
    }

    /// Keeps a run's outcome, unless another run started since.
    fn finish(&self, id: &str, run: u64, real: bool, outcome: Outcome) {
        let mut held = self.lock();
        let Some(job) = held.get_mut(id).filter(|j| j.run == run) else {
            return;
        };
        let (headers, result) = outcome;
        if headers.is_some() {
            job.headers = headers;
        }
        job.task = None;
        job.touched = Instant::now();
        let result = result.map(Arc::new);
        job.stage = if real {
            if result.is_ok() {
                // Nothing more is done with the file: it is let go at once.
                job.bytes = None;
            }
            Stage::Imported(result)
        } else {
            Stage::Checked(result)
        };
    }
}

fn owned<'a>(
    held: &'a mut HashMap<String, Job>,
    id: &str,
    actor: &Actor,
) -> Result<&'a mut Job, NotStarted> {
    let owner = actor.user_id().ok_or(NotStarted::Gone)?;
    held.get_mut(id)
        .filter(|j| j.owner == owner)
        .ok_or(NotStarted::Gone)
}

fn view_of(id: &str, job: &Job) -> JobView {
    JobView {
        id: id.to_string(),
        stage: job.stage.clone(),
        mapping: job.mapping.clone(),
        headers: job.headers.clone(),
        lang: job.lang,
        minutes: job.uploaded.elapsed().as_secs() / 60,
        has_rejects: matches!(job.stage, Stage::Imported(_))
            && job.rejects.lock().is_ok_and(|r| !r.is_empty()),
    }
}

/// What a run found: the header row (if it read it) and the report.
type Outcome = (Option<(Vec<String>, Opened)>, Result<Report, Failure>);

/// One run of the import over a job's file.
struct Run {
    state: AppState,
    actor: Actor,
    input: Input,
    mapping: Mapping,
    real: bool,
    rows: Arc<AtomicU64>,
    rejects: Option<Arc<Mutex<Vec<u8>>>>,
    read_headers: bool,
    lang: Lang,
}

impl Run {
    async fn go(self) -> Outcome {
        let lang = self.lang;
        let headers = if self.read_headers {
            match header_row(&self.input, &self.mapping, lang).await {
                Ok(headers) => Some(headers),
                Err(failure) => return (None, Err(failure)),
            }
        } else {
            None
        };
        let cx = match self.state.context().await {
            Ok(cx) => cx,
            Err(e) => {
                let message = crate::error::AppError::from(e).to_string();
                return (headers, Err(Failure::Message(message)));
            }
        };
        let options = Options {
            mapping: self.mapping,
            dry_run: !self.real,
            rejects: self.rejects.map(RejectsTo::Memory),
            lang,
            batch_size: BATCH_SIZE,
        };
        let rows = self.rows;
        let progress = move |p: Progress<'_>| {
            if let Progress::Batch(report) = p {
                rows.store(report.rows, Ordering::Relaxed);
            }
        };
        let result = super::import(&cx, &self.actor, self.input, options, progress).await;
        let result = result.map_err(|e| match e {
            ImportError::Mapping(e) => Failure::Mapping(Arc::new(e)),
            ImportError::Internal(cause) => {
                // The engine's causes name steps and tables, never a row's value.
                tracing::error!(error = ?cause, "an import of the import page failed");
                Failure::Message(tr!(lang, "import-error-internal"))
            }
            other => Failure::Message(other.message(lang)),
        });
        (headers, result)
    }
}

/// Reads the file's header row only.
async fn header_row(
    input: &Input,
    mapping: &Mapping,
    lang: Lang,
) -> Result<(Vec<String>, Opened), Failure> {
    struct FirstRow(Option<(Vec<String>, Opened)>);
    impl read::Sink for FirstRow {
        fn headers(&mut self, headers: Vec<String>, opened: &Opened) -> anyhow::Result<()> {
            self.0 = Some((headers, opened.clone()));
            // Enough read.
            Err(anyhow::anyhow!("the header row is read"))
        }
        fn row(&mut self, _: Row) -> anyhow::Result<()> {
            Ok(())
        }
    }
    let (input, file) = (input.clone(), mapping.file.clone());
    let read = tokio::task::spawn_blocking(move || {
        let mut first = FirstRow(None);
        let outcome = read::read(&input, &file, &mut first);
        (first.0, outcome)
    })
    .await;
    match read {
        Ok((Some(headers), _)) => Ok(headers),
        Ok((None, Err(e))) if !matches!(e, ReadError::Stopped(_)) => {
            Err(Failure::Message(e.message(lang)))
        }
        Ok((None, _)) => Err(Failure::Message(ReadError::NoHeaders.message(lang))),
        Err(_) => Err(Failure::Message(tr!(lang, "import-error-internal"))),
    }
}

/// The field each of `headers` fills under `mapping`, as far as it can be said while the mapping
/// does not yet fit the file (no name column, a required field no column gives): for the page's
/// column choices.
pub fn assigned(headers: &[String], mapping: &Mapping) -> Vec<Option<&'static str>> {
    // Required fields without a column are not this question: any default will do.
    let mut probe = mapping.clone();
    for key in mapping::REQUIRED {
        probe.defaults.entry((*key).to_string()).or_default();
    }
    let of = |columns: Columns| -> Vec<Option<&'static str>> {
        columns
            .columns
            .iter()
            .map(|(_, f)| f.map(|f| f.key))
            .collect()
    };
    match Columns::match_headers(headers, &probe) {
        Ok(columns) => of(columns),
        Err(MappingError::NoName) => {
            // No column is the name yet: one more, made up, is, and is then left out.
            const PROBE: &str = "\u{1}izde-probe-name";
            let mut with_name = headers.to_vec();
            with_name.push(PROBE.to_string());
            probe.columns.insert(PROBE.to_string(), "name".to_string());
            match Columns::match_headers(&with_name, &probe) {
                Ok(columns) => {
                    let mut fields = of(columns);
                    fields.pop();
                    fields
                }
                Err(_) => explicit(headers, mapping),
            }
        }
        Err(_) => explicit(headers, mapping),
    }
}

/// The fields the mapping's `[columns]` names for `headers`, where matching fails as a whole.
fn explicit(headers: &[String], mapping: &Mapping) -> Vec<Option<&'static str>> {
    let named: HashMap<String, &String> = mapping
        .columns
        .iter()
        .map(|(h, f)| (mapping::fold(h), f))
        .collect();
    headers
        .iter()
        .map(|h| {
            named
                .get(&mapping::fold(h))
                .and_then(|f| mapping::field_of(f))
                .map(|f| f.key)
        })
        .collect()
}
