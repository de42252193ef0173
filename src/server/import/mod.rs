//! Bulk import of existing case spreadsheets (`izde import`, and the Import page).
//!
//! A file is read as a stream of rows on a worker thread ([`read`]), each row mapped onto the
//! intake form ([`mapping`]), validated and sealed exactly as a volunteer's intake is, and handed
//! in batches to the writer, which commits each batch in one transaction with the run's progress
//! mark: an import stopped at any point (even `kill -9`) resumes after the last committed batch,
//! and nothing is half-written. A row that carries its source database's id ("external
//! reference") is found again on the next import: unchanged, it is left alone; changed, its case
//! gets a new revision. Rows that cannot be taken are listed by line with each field's problem
//! (never the field's value) and written, with a reason column, to a rejects file the user can
//! fix and import again.

pub mod jobs;
pub mod mapping;
pub mod read;

use crate::domain::account::Role;
use crate::domain::forms::NewTestimony;
use crate::i18n::{tr, Lang};
use crate::server::audit::{self, action, kind};
use crate::server::auth::access::{Actor, Doing};
use crate::server::context::Context;
use crate::server::db::imports::{self as store, FoundRef, ImportRow};
use crate::server::records::{self, RecordError, SealedTestimony};
use anyhow::Context as _;
use mapping::{Columns, Mapper, Mapping, MappingError};
pub use read::Input;
use read::{Opened, ReadError, Row};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use uuid::Uuid;

/// How an import runs.
#[derive(Clone, Debug)]
pub struct Options {
    pub mapping: Mapping,
    /// Check every row and report, writing nothing to the database.
    pub dry_run: bool,
    /// Where the rejected rows go (CSV with a reason column); none: not written.
    pub rejects: Option<RejectsTo>,
    /// The language of the problems reported.
    pub lang: Lang,
    /// Rows per transaction.
    pub batch_size: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            mapping: Mapping::default(),
            dry_run: false,
            rejects: None,
            lang: Lang::En,
            batch_size: 1_000,
        }
    }
}

/// Where the rejected rows are written.
#[derive(Clone, Debug)]
pub enum RejectsTo {
    /// A file the command line names (the user's own disk).
    File(PathBuf),
    /// Memory, for the import page to offer as a download: rejected rows hold names, and never
    /// touch the server's disk.
    Memory(Arc<std::sync::Mutex<Vec<u8>>>),
}

/// One problem of a rejected row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The field's key ("" for the row as a whole).
    pub field: &'static str,
    /// The file's header of that field's column ("" where no column gives it).
    pub column: String,
    pub message: String,
}

/// A row that was not imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub line: u64,
    pub problems: Vec<Problem>,
}

impl Rejected {
    /// The problems in one line of words: "Full name (name): Enter the name; …". No value of the
    /// row is in it.
    pub fn describe(&self) -> String {
        self.problems
            .iter()
            .map(|p| match (p.column.as_str(), p.field) {
                (_, "") => p.message.clone(),
                ("", field) => format!("{field}: {}", p.message),
                (column, field) if mapping::fold(column) == field => {
                    format!("{column}: {}", p.message)
                }
                (column, field) => format!("{column} ({field}): {}", p.message),
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The most rejected rows a report keeps (all of them go to the rejects file).
pub const REPORT_REJECTED: usize = 1_000;

/// What an import did (or, in a dry run, would do).
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub import_id: Option<String>,
    pub opened: Option<Opened>,
    /// Every column: its header and the field it fills (None: not imported).
    pub columns: Vec<(String, Option<&'static str>)>,
    /// Rows read (not counting the header row and empty rows).
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: u64,
    /// Rows an earlier run of this import had committed before it stopped.
    pub already_done: u64,
    /// New cases that look like recorded ones: sent to the duplicate review.
    pub flagged: u64,
    /// The line the import resumed after, if it did.
    pub resumed_after: Option<u64>,
    /// When this very file (the same bytes) was imported to the end before: nothing was done.
    pub imported_before: Option<String>,
    /// The first [`REPORT_REJECTED`] rejected rows.
    pub problems: Vec<Rejected>,
    pub rejects_file: Option<PathBuf>,
    /// Values of list and place columns that are not in the lists or the gazetteer, and how many
    /// rows have each: (field key, value) → rows. For the import page's mapping step only (at
    /// most [`REPORT_UNKNOWN`]); never printed or logged.
    pub unknown: std::collections::BTreeMap<(&'static str, String), u64>,
}

/// The most unknown values a report keeps.
pub const REPORT_UNKNOWN: usize = 200;

/// Progress, as an import goes.
#[derive(Clone, Debug)]
pub enum Progress<'a> {
    /// The file's columns are known.
    Columns(&'a [(String, Option<&'static str>)]),
    /// A batch is done: rows read so far, and the counts.
    Batch(&'a Report),
    /// A row was rejected.
    Rejected(&'a Rejected),
}

/// Why an import could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Mapping(#[from] MappingError),
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ImportError {
    /// The problem in words for the import page, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::Read(e) => e.message(lang),
            ImportError::Mapping(MappingError::NoName) => tr!(lang, "import-error-no-name"),
            ImportError::Mapping(MappingError::Required(fields)) => {
                let fields: Vec<String> = fields
                    .iter()
                    .filter_map(|key| mapping::field_of(key))
                    .map(|f| format!("{} ({})", f.label_in(lang), f.key))
                    .collect();
                tr!(lang, "import-error-required", {"fields" => fields.join(", ")})
            }
            ImportError::Mapping(e) => e.to_string(),
            ImportError::Record(RecordError::Forbidden(message)) => message.clone(),
            ImportError::Record(_) | ImportError::Internal(_) => tr!(lang, "import-error-internal"),
        }
    }
}

/// A valid row, read and sealed on the worker thread.
struct Valid {
    line: u64,
    /// The row as read (for the rejects file, should the writer refuse it).
    cells: Vec<String>,
    intake: NewTestimony,
    /// None in a dry run (nothing is sealed that will not be stored), and for rows committed by
    /// an earlier run.
    sealed: Option<SealedTestimony>,
    /// The reference's value and its digests under each KEK (the current one first).
    external_ref: Option<(String, Vec<String>)>,
    /// The row's content digests under each KEK (the current one first).
    row_digests: Vec<String>,
    /// Committed by an earlier run of this import.
    done: bool,
    /// What the look-alike check looks the person up by (made beside the sealing).
    lookups: records::Lookups,
}

/// A rejected row and its cells (for the rejects file).
struct Bad {
    rejected: Rejected,
    cells: Vec<String>,
    /// (field, value) of its cells not in the lists or the gazetteer.
    unknown: Vec<(&'static str, String)>,
}

/// What the worker thread sends the writer.
enum Message {
    Columns(Vec<(String, Option<&'static str>)>, Opened, Vec<String>),
    Batch(Vec<Valid>, Vec<Bad>, u64),
}

/// The keyed digest that names a file among import runs: of its SHA-256, so neither its name nor
/// its content is kept.
fn file_digest(cx: &Context, input: &Input) -> anyhow::Result<String> {
    use sha2::{Digest, Sha256};
    let mut file = input.open().context("cannot open the file")?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).context("cannot read the file")?;
    let sha = hex::encode(hasher.finalize());
    Ok(records::row_digests(&cx.keys, &format!("file {sha}"))
        .into_iter()
        .next()
        .unwrap_or_default())
}

/// Imports the file at `path` as `actor`, reporting progress as it goes.
pub async fn import_file(
    cx: &Context,
    actor: &Actor,
    path: &Path,
    options: Options,
    progress: impl FnMut(Progress<'_>) + Send,
) -> Result<Report, ImportError> {
    import(
        cx,
        actor,
        Input::File(path.to_path_buf()),
        options,
        progress,
    )
    .await
}

/// Imports `input` as `actor`, reporting progress as it goes.
pub async fn import(
    cx: &Context,
    actor: &Actor,
    input: Input,
    options: Options,
    mut progress: impl FnMut(Progress<'_>) + Send,
) -> Result<Report, ImportError> {
    actor.require(&[Role::Admin, Role::Volunteer], Doing::EnterTestimonies)?;
    options.mapping.check(&cx.vocab)?;
    let mut report = Report::default();
    let digest = {
        let input = input.clone();
        let cx2 = cx.clone();
        tokio::task::spawn_blocking(move || file_digest(&cx2, &input))
            .await
            .context("the file's digest")??
    };
    // The same bytes imported to the end before: every row is as it was then. (Rows without a
    // reference would otherwise be added a second time.)
    if let Some(earlier) = store::finished(&cx.pool, &digest)
        .await
        .context("imports")?
    {
        report.imported_before = earlier.finished_at;
        report.import_id = Some(earlier.id);
        return Ok(report);
    }
    let mut run = ImportRow::default();
    if !options.dry_run {
        run = match store::unfinished(&cx.pool, &digest)
            .await
            .context("imports")?
        {
            Some(earlier) => {
                report.resumed_after = Some(earlier.lines_done as u64);
                earlier
            }
            None => {
                let row = ImportRow {
                    id: Uuid::now_v7().to_string(),
                    file_digest: digest,
                    started_by: actor.user_id().map(str::to_string),
                    started_at: cx.clock.stamp(),
                    ..ImportRow::default()
                };
                store::start(&cx.pool, &row).await.context("imports")?;
                row
            }
        };
        report.import_id = Some(run.id.clone());
    }
    let done_until = report.resumed_after.unwrap_or(0);

    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Message>(2);
    let worker = {
        let (keys, vocab) = (cx.keys.clone(), cx.vocab.clone());
        let (input, options) = (input.clone(), options.clone());
        tokio::task::spawn_blocking(move || {
            crate::i18n::on_this_thread(options.lang, || {
                let mut reader = RowReader {
                    keys,
                    vocab: vocab.clone(),
                    mapping: &options.mapping,
                    mapper: None,
                    lang: options.lang,
                    dry_run: options.dry_run,
                    done_until,
                    batch_size: options.batch_size.max(1),
                    valid: Vec::new(),
                    bad: Vec::new(),
                    last_line: 0,
                    sender,
                };
                read::read(&input, &options.mapping.file, &mut reader)?;
                reader.flush()?;
                Ok::<_, ReadError>(())
            })
        })
    };

    // One connection looks up and writes every batch.
    let mut writer = crate::server::db::bulk_writer(&cx.pool)
        .await
        .context("a connection for the import")?;
    let mut rejects: Option<RejectsFile> = None;
    let mut headers: Vec<String> = Vec::new();
    let mut failure: Option<ImportError> = None;
    let mut seen: HashMap<String, u64> = HashMap::new();
    while let Some(message) = receiver.recv().await {
        match message {
            Message::Columns(columns, opened, file_headers) => {
                report.columns = columns;
                report.opened = Some(opened);
                headers = file_headers;
                progress(Progress::Columns(&report.columns));
            }
            Message::Batch(valid, bad, last_line) => {
                let ref_column = report
                    .columns
                    .iter()
                    .find(|(_, f)| *f == Some(mapping::EXTERNAL_REF))
                    .map_or("", |(h, _)| h.as_str());
                let step = Batch {
                    ref_column,
                    cx,
                    actor,
                    run: &run,
                    dry_run: options.dry_run,
                    lang: options.lang,
                };
                let outcome = match step
                    .handle(&mut writer, valid, bad, last_line, &mut seen)
                    .await
                {
                    Ok(outcome) => outcome,
                    Err(e) => {
                        failure = Some(e);
                        break;
                    }
                };
                for bad in &outcome.bad {
                    if let Some(to) = &options.rejects {
                        if rejects.is_none() {
                            rejects = Some(RejectsFile::create(to, &headers)?);
                        }
                        if let Some(file) = &mut rejects {
                            file.write(bad)?;
                        }
                    }
                    progress(Progress::Rejected(&bad.rejected));
                    for (field, value) in &bad.unknown {
                        let key = (*field, value.clone());
                        if report.unknown.len() < REPORT_UNKNOWN
                            || report.unknown.contains_key(&key)
                        {
                            *report.unknown.entry(key).or_default() += 1;
                        }
                    }
                    if report.problems.len() < REPORT_REJECTED {
                        report.problems.push(bad.rejected.clone());
                    }
                }
                report.rows += outcome.rows;
                report.created += outcome.created;
                report.updated += outcome.updated;
                report.unchanged += outcome.unchanged;
                report.already_done += outcome.already_done;
                report.rejected += outcome.bad.len() as u64;
                report.flagged += outcome.flagged;
                progress(Progress::Batch(&report));
            }
        }
    }
    drop(receiver);
    drop(writer);
    let read = worker.await.context("the import's reader stopped")?;
    if let Some(e) = failure {
        return Err(e);
    }
    match read {
        // A header row the mapping cannot use.
        Err(ReadError::Stopped(e)) => {
            return Err(match e.downcast::<MappingError>() {
                Ok(mapping) => ImportError::Mapping(mapping),
                Err(other) => ImportError::Read(ReadError::Stopped(other)),
            })
        }
        other => other?,
    }
    if let Some(mut file) = rejects {
        file.finish()?;
        if let Some(RejectsTo::File(path)) = &options.rejects {
            report.rejects_file = Some(path.clone());
        }
    }
    if !options.dry_run {
        store::finish(&cx.pool, &run.id, &cx.clock.stamp())
            .await
            .context("imports")?;
        if report.created + report.updated > 0 {
            crate::server::db::refresh_statistics(&cx.pool).await?;
        }
    }
    tracing::info!(
        rows = report.rows,
        created = report.created,
        updated = report.updated,
        unchanged = report.unchanged,
        rejected = report.rejected,
        dry_run = options.dry_run,
        "import done"
    );
    Ok(report)
}

/// The worker's side: rows mapped, validated and sealed, sent in batches.
struct RowReader<'m> {
    keys: Arc<crate::server::crypto::ServerKeys>,
    vocab: Arc<crate::domain::vocab::Vocabularies>,
    mapping: &'m Mapping,
    mapper: Option<Mapper>,
    lang: Lang,
    dry_run: bool,
    done_until: u64,
    batch_size: usize,
    valid: Vec<Valid>,
    bad: Vec<Bad>,
    last_line: u64,
    sender: tokio::sync::mpsc::Sender<Message>,
}

impl RowReader<'_> {
    fn flush(&mut self) -> anyhow::Result<()> {
        if self.valid.is_empty() && self.bad.is_empty() {
            return Ok(());
        }
        self.seal_batch()?;
        let message = Message::Batch(
            std::mem::take(&mut self.valid),
            std::mem::take(&mut self.bad),
            self.last_line,
        );
        self.sender
            .blocking_send(message)
            .map_err(|_| anyhow::anyhow!("the import stopped"))
    }

    /// Seals the batch's rows that will be stored (not those an earlier run committed; none in a
    /// dry run) and makes their look-alike lookups, split over the machine's cores: all the CPU
    /// work of an import, none of its I/O.
    fn seal_batch(&mut self) -> anyhow::Result<()> {
        let seal = !self.dry_run;
        let now = crate::server::db::now();
        let mut todo: Vec<&mut Valid> = self.valid.iter_mut().filter(|v| !v.done).collect();
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        let per = todo.len().div_ceil(workers).max(1);
        let (keys, vocab, now) = (&*self.keys, &*self.vocab, now.as_str());
        std::thread::scope(|scope| {
            let handles: Vec<_> = todo
                .chunks_mut(per)
                .map(|chunk| {
                    scope.spawn(move || -> anyhow::Result<()> {
                        for v in chunk.iter_mut() {
                            v.lookups = records::lookalike_lookups(keys, &v.intake.person);
                            if !seal {
                                continue;
                            }
                            v.sealed = Some(
                                records::seal_testimony(keys, vocab, &v.intake, now)
                                    .map_err(|e| anyhow::anyhow!("cannot seal a row: {e}"))?,
                            );
                        }
                        Ok(())
                    })
                })
                .collect();
            for handle in handles {
                handle
                    .join()
                    .map_err(|_| anyhow::anyhow!("a sealing thread stopped"))??;
            }
            Ok(())
        })
    }

    /// The file's header of the column of `field`, else the field's label in the report's
    /// language.
    fn column_of(&self, field: &str) -> String {
        self.mapper
            .as_ref()
            .and_then(|m| {
                m.columns()
                    .column_of(field)
                    .map(|i| m.columns().columns[i].0.clone())
            })
            .or_else(|| mapping::field_of(field).map(|f| f.label_in(self.lang)))
            .unwrap_or_default()
    }
}

impl read::Sink for RowReader<'_> {
    fn headers(&mut self, headers: Vec<String>, opened: &Opened) -> anyhow::Result<()> {
        let columns = Columns::match_headers(&headers, self.mapping)?;
        let described = columns
            .columns
            .iter()
            .map(|(h, f)| (h.clone(), f.map(|f| f.key)))
            .collect();
        self.mapper = Some(Mapper::new(
            self.vocab.clone(),
            self.mapping.clone(),
            columns,
            self.lang,
        ));
        self.sender
            .blocking_send(Message::Columns(described, opened.clone(), headers))
            .map_err(|_| anyhow::anyhow!("the import stopped"))
    }

    fn row(&mut self, row: Row) -> anyhow::Result<()> {
        let Some(mapper) = &self.mapper else {
            return Ok(());
        };
        let mapped = mapper.map_row(&row.cells);
        let mut problems: Vec<Problem> = mapped
            .problems
            .iter()
            .map(|p| Problem {
                field: p.field,
                column: self.column_of(p.field),
                message: p.message.clone(),
            })
            .collect();
        let valid = records::validate_intake(&mapped.form, &self.vocab);
        match valid {
            Err(errors) => {
                for (field, message) in errors.iter() {
                    let key = mapping::field_of(field).map_or("", |f| f.key);
                    // A value that could not be mapped left the field empty: its "required" is
                    // the same problem again.
                    if !key.is_empty() && mapped.problems.iter().any(|p| p.field == key) {
                        continue;
                    }
                    problems.push(Problem {
                        field: key,
                        column: self.column_of(key),
                        message: message.to_string(),
                    });
                }
            }
            Ok(intake) if problems.is_empty() => {
                let content = serde_json::to_string(&mapped.form).context("a row")?;
                let external_ref = mapped.external_ref.map(|value| {
                    let digests = records::external_ref_digests(&self.keys, &value);
                    (value, digests)
                });
                let done = row.line <= self.done_until;
                self.valid.push(Valid {
                    line: row.line,
                    cells: row.cells.clone(),
                    intake,
                    // Sealed with the whole batch, on every core (see `flush`).
                    sealed: None,
                    external_ref,
                    row_digests: records::row_digests(&self.keys, &content),
                    done,
                    lookups: Vec::new(),
                });
            }
            Ok(_) => {}
        }
        if !problems.is_empty() {
            self.bad.push(Bad {
                rejected: Rejected {
                    line: row.line,
                    problems,
                },
                cells: row.cells,
                unknown: mapped
                    .problems
                    .iter()
                    .map(|p| (p.field, p.value.clone()))
                    .collect(),
            });
        }
        self.last_line = row.line;
        if self.valid.len() + self.bad.len() >= self.batch_size {
            self.flush()?;
        }
        Ok(())
    }
}

/// What one batch did.
#[derive(Default)]
struct Outcome {
    rows: u64,
    created: u64,
    updated: u64,
    unchanged: u64,
    already_done: u64,
    flagged: u64,
    bad: Vec<Bad>,
}

/// The writer's side of one batch.
struct Batch<'a> {
    /// The header of the external reference's column.
    ref_column: &'a str,
    cx: &'a Context,
    actor: &'a Actor,
    run: &'a ImportRow,
    dry_run: bool,
    lang: Lang,
}

/// What becomes of a valid row.
enum Fate {
    New,
    Unchanged(FoundRef),
    Changed(FoundRef),
    Done,
}

impl Batch<'_> {
    fn duplicate_of(&self, v: &Valid, first: u64) -> Bad {
        let lang = self.lang;
        Bad {
            rejected: Rejected {
                line: v.line,
                problems: vec![Problem {
                    field: mapping::EXTERNAL_REF,
                    column: self.ref_column.to_string(),
                    message: tr!(lang, "import-same-reference", {"line" => first}),
                }],
            },
            cells: v.cells.clone(),
            unknown: Vec::new(),
        }
    }

    async fn handle(
        &self,
        writer: &mut crate::server::db::Conn,
        valid: Vec<Valid>,
        mut bad: Vec<Bad>,
        last_line: u64,
        seen: &mut HashMap<String, u64>,
    ) -> Result<Outcome, ImportError> {
        let (cx, actor) = (self.cx, self.actor);
        let mut outcome = Outcome {
            rows: (valid.len() + bad.len()) as u64,
            ..Outcome::default()
        };
        // The recorded references of the batch's rows.
        let wanted: Vec<String> = valid
            .iter()
            .filter_map(|v| v.external_ref.as_ref())
            .flat_map(|(_, digests)| digests.iter().cloned())
            .collect();
        let found: HashMap<String, FoundRef> = if wanted.is_empty() {
            HashMap::new()
        } else {
            records::find_external_refs(&mut *writer, &wanted)
                .await?
                .into_iter()
                .map(|f| (f.digest.clone(), f))
                .collect()
        };
        // References met earlier in this batch (in a dry run, earlier in the file: nothing is
        // written for the database to remember them by).
        if !self.dry_run {
            seen.clear();
        }
        let mut fates = Vec::with_capacity(valid.len());
        for v in &valid {
            let recorded = v
                .external_ref
                .as_ref()
                .and_then(|(_, digests)| digests.iter().find_map(|d| found.get(d)));
            if let Some((_, digests)) = &v.external_ref {
                let current = digests.first().map(String::as_str).unwrap_or_default();
                if let Some(first) = seen.get(current) {
                    bad.push(self.duplicate_of(v, *first));
                    fates.push(None);
                    continue;
                }
                seen.insert(current.to_string(), v.line);
            }
            let fate = match recorded {
                // Met earlier in this very file (by this run, or the run it resumes).
                Some(f) if f.import_id == self.run.id && f.line as u64 != v.line => {
                    bad.push(self.duplicate_of(v, f.line as u64));
                    fates.push(None);
                    continue;
                }
                _ if v.done => Fate::Done,
                Some(f) if v.row_digests.contains(&f.row_digest) => Fate::Unchanged(f.clone()),
                Some(f) => Fate::Changed(f.clone()),
                None => Fate::New,
            };
            fates.push(Some(fate));
        }
        // New cases that look like recorded ones go to the duplicate review.
        let persons: Vec<(&crate::domain::forms::PersonFields, &records::Lookups)> = valid
            .iter()
            .zip(&fates)
            .filter(|(_, fate)| matches!(fate, Some(Fate::New)))
            .map(|(v, _)| (&v.intake.person, &v.lookups))
            .collect();
        let mut alike = records::import_lookalikes(cx, &mut *writer, &persons)
            .await?
            .into_iter();
        let lookalikes: Vec<Vec<String>> = fates
            .iter()
            .map(|fate| match fate {
                Some(Fate::New) => alike.next().unwrap_or_default(),
                _ => Vec::new(),
            })
            .collect();
        outcome.flagged = lookalikes.iter().filter(|a| !a.is_empty()).count() as u64;
        if self.dry_run {
            for fate in fates.iter().flatten() {
                match fate {
                    Fate::New => outcome.created += 1,
                    Fate::Unchanged(_) => outcome.unchanged += 1,
                    Fate::Changed(_) => outcome.updated += 1,
                    Fate::Done => outcome.already_done += 1,
                }
            }
            outcome.bad = bad;
            return Ok(outcome);
        }

        let mut tx = crate::server::db::begin_on(writer).await.context("begin")?;
        let mut new = Vec::new();
        let mut touched: Vec<String> = Vec::new();
        for ((v, fate), alike) in valid.into_iter().zip(fates).zip(lookalikes) {
            let line = v.line as i64;
            match fate {
                None => {}
                Some(Fate::Done) => outcome.already_done += 1,
                Some(Fate::Unchanged(f)) => {
                    records::touch_unchanged(&mut tx, cx, (&self.run.id, line), &f).await?;
                    outcome.unchanged += 1;
                }
                Some(Fate::Changed(f)) => {
                    let digest = v.row_digests.first().cloned().unwrap_or_default();
                    match records::update_imported(
                        &mut tx,
                        cx,
                        actor,
                        (&self.run.id, line),
                        &f,
                        &digest,
                        &v.intake.person,
                    )
                    .await
                    {
                        Ok(()) => {
                            outcome.updated += 1;
                            touched.push(f.case_id.clone());
                        }
                        Err(e @ (RecordError::Forbidden(_) | RecordError::Invalid(_))) => {
                            bad.push(self.refused(&v, &e));
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
                Some(Fate::New) => {
                    let Some(sealed) = v.sealed else { continue };
                    let digest = v.row_digests.first().cloned().unwrap_or_default();
                    new.push(records::NewImported {
                        line,
                        sealed,
                        external_ref: v.external_ref.map(|(value, _)| (value, digest)),
                        lookalikes: alike,
                    });
                }
            }
        }
        outcome.created = new.len() as u64;
        let created = records::insert_imported(&mut tx, cx, actor, &self.run.id, new).await?;
        touched.extend(created);
        let ids: Vec<&[u8]> = touched.iter().map(|id| id.as_bytes()).collect();
        audit::append(
            &mut tx,
            &records::entry(actor, action::IMPORT, kind::IMPORT, &self.run.id)
                .change(None, Some(audit::digest(&ids))),
        )
        .await?;
        store::progress(
            &mut tx,
            &ImportRow {
                id: self.run.id.clone(),
                lines_done: last_line as i64,
                created: outcome.created as i64,
                updated: outcome.updated as i64,
                unchanged: outcome.unchanged as i64,
                rejected: bad.len() as i64,
                ..ImportRow::default()
            },
        )
        .await
        .context("imports")?;
        tx.commit().await.context("commit")?;
        outcome.bad = bad;
        Ok(outcome)
    }

    /// A changed row its case could not take (the account may not edit it, or a name would land
    /// in an unencrypted field).
    fn refused(&self, v: &Valid, e: &RecordError) -> Bad {
        let problems = match e {
            RecordError::Invalid(errors) => errors
                .iter()
                .map(|(field, message)| Problem {
                    field: mapping::field_of(field).map_or("", |f| f.key),
                    column: String::new(),
                    message: message.to_string(),
                })
                .collect(),
            RecordError::Forbidden(message) => vec![Problem {
                field: "",
                column: String::new(),
                message: message.clone(),
            }],
            _ => Vec::new(),
        };
        Bad {
            rejected: Rejected {
                line: v.line,
                problems,
            },
            cells: v.cells.clone(),
            unknown: Vec::new(),
        }
    }
}

/// The rejects file: the file's own columns, then the row's line and its problems. Rows are
/// written as they are rejected.
struct RejectsFile {
    writer: csv::Writer<Box<dyn std::io::Write + Send>>,
}

/// Appends to a buffer shared with whoever serves it.
struct SharedBuffer(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for SharedBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let mut buffer = self
            .0
            .lock()
            .map_err(|_| std::io::Error::other("the rejects buffer is poisoned"))?;
        buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl RejectsFile {
    fn create(to: &RejectsTo, headers: &[String]) -> anyhow::Result<Self> {
        let mut out: Box<dyn std::io::Write + Send> = match to {
            RejectsTo::File(path) => Box::new(
                std::fs::File::create(path)
                    .with_context(|| format!("cannot write {}", path.display()))?,
            ),
            RejectsTo::Memory(buffer) => {
                if let Ok(mut b) = buffer.lock() {
                    b.clear();
                }
                Box::new(SharedBuffer(buffer.clone()))
            }
        };
        // A BOM, so that Excel opens the UTF-8 file with its scripts intact.
        out.write_all(b"\xEF\xBB\xBF")?;
        let mut writer = csv::Writer::from_writer(out);
        let mut row: Vec<&str> = headers.iter().map(String::as_str).collect();
        row.extend(["import_line", "import_problem"]);
        writer.write_record(&row)?;
        Ok(Self { writer })
    }

    fn write(&mut self, bad: &Bad) -> anyhow::Result<()> {
        let line = bad.rejected.line.to_string();
        let reason = bad.rejected.describe();
        let mut row: Vec<&str> = bad.cells.iter().map(String::as_str).collect();
        row.extend([line.as_str(), reason.as_str()]);
        self.writer.write_record(&row)?;
        Ok(())
    }

    fn finish(&mut self) -> anyhow::Result<()> {
        self.writer.flush()?;
        Ok(())
    }
}
