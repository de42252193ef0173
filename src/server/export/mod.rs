//! Anonymized datasets: the rows of the selected cases, read from unencrypted columns only (no key
//! is used and no sealed field is opened), generalized by the lattice search of
//! [`crate::domain::anonymize`] from the profile's floor until the exporter's k and l hold, with
//! pseudonymous ids that are keyed hashes of the case ids.

pub mod report;

use crate::domain::anonymize::{
    self, date_ladder, place_ladder, Dataset, Dimension, Interner, Outcome, Refusal, Requirements,
};
use crate::domain::case::CaseFilter;
use crate::domain::export::{
    ExportOptions, Format, Manifest, ManifestFile, Preview, Profile, MANIFEST_FORMAT,
    NEVER_EXPORTED, QUASI_IDENTIFIERS,
};
use crate::domain::release::DETENTION_KINDS;
use crate::domain::report::{Table, Tally, TallyRow};
use crate::domain::stats::Count;
use crate::domain::vocab::{names, Vocabularies};
use crate::domain::PartialDate;
use crate::server::auth::access::Actor;
use crate::server::context::Context;
use crate::server::crypto::{ManifestKey, ManifestSigner, PseudonymKey, ServerKeys};
use crate::server::db::Pool;
use crate::server::records::RecordError;
use anyhow::Context as _;
use sha2::Digest;
use sha2::Sha256;
use std::collections::HashMap;
use std::path::Path;

/// Makes the pseudonymous ids of one export.
pub struct ExportIds {
    /// The key of the ids (HMAC-SHA256).
    key: PseudonymKey,
    /// Whether the ids are the same in every export (recorded in the manifest).
    pub stable: bool,
}

impl ExportIds {
    /// A fresh random key: ids that no other export shares, so two exports cannot be joined.
    pub fn fresh() -> Self {
        Self {
            key: PseudonymKey::fresh(),
            stable: false,
        }
    }

    /// Ids that are the same in every export made under the current key-encryption key (a key
    /// rotation changes them), for exporters who must follow cases across exports.
    pub fn stable(keys: &ServerKeys) -> Self {
        Self {
            key: PseudonymKey::stable(keys.current_kek()),
            stable: true,
        }
    }

    /// The id of a case: "X-" and 16 letters and digits (Crockford base 32 of an HMAC-SHA256).
    pub fn id(&self, case_id: &str) -> String {
        const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let digest = self.key.digest(case_id);
        let bits = u128::from_be_bytes(digest[..16].try_into().expect("16 bytes"));
        let mut id = String::with_capacity(18);
        id.push_str("X-");
        id.extend((0..16).map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char));
        id
    }
}

/// The dimensions of the lattice, in [`QUASI_IDENTIFIERS`] order.
fn dimensions() -> [Dimension; 7] {
    let names = QUASI_IDENTIFIERS;
    [
        Dimension::new(
            names[0],
            vec!["as recorded", "county", "prefecture", "region", "hidden"],
        ),
        Dimension::new(names[1], vec!["year", "5 years", "10 years", "hidden"]),
        Dimension::new(names[2], vec!["as recorded", "hidden"]),
        Dimension::new(names[3], vec!["specific", "grouped", "hidden"]),
        Dimension::new(names[4], vec!["specific", "sector", "hidden"]),
        Dimension::new(names[5], vec!["day", "month", "quarter", "year", "hidden"]),
        Dimension::new(names[6], vec!["day", "month", "quarter", "year", "hidden"]),
    ]
}

/// The event kinds an export reads the dates of: disappearance, camp and detention.
fn dated_kinds() -> Vec<&'static str> {
    std::iter::once("disappearance")
        .chain(DETENTION_KINDS.iter().copied())
        .collect()
}

/// The texts of the first dated disappearance and the first dated detention of a case, from
/// [`ExportRow::dated`]; each date is parsed once per export (`parsed`).
fn firsts(
    dated: Option<&str>,
    parsed: &mut HashMap<String, Option<PartialDate>>,
) -> [Option<String>; 2] {
    let mut firsts: [Option<(String, PartialDate)>; 2] = [None, None];
    for event in dated
        .unwrap_or_default()
        .split(crate::server::db::export_rows::RECORD_SEPARATOR)
    {
        let Some((kind, text)) = event.split_once(crate::server::db::export_rows::UNIT_SEPARATOR)
        else {
            continue;
        };
        let slot = match kind {
            "disappearance" => 0,
            k if DETENTION_KINDS.contains(&k) => 1,
            _ => continue,
        };
        let date = match parsed.get(text) {
            Some(d) => *d,
            None => {
                let d = PartialDate::parse(text).ok();
                parsed.insert(text.to_string(), d);
                d
            }
        };
        let Some(date) = date else { continue };
        if firsts[slot]
            .as_ref()
            .is_none_or(|(_, d)| date.sort_key() < d.sort_key())
        {
            firsts[slot] = Some((text.to_string(), date));
        }
    }
    firsts.map(|f| f.map(|(text, _)| text))
}

/// What an export keeps of a case besides its quasi-identifiers: a few integers (no text of the
/// case is held; the pseudonymous id is made as the row is read).
struct Kept {
    /// The 16 letters and digits of the pseudonymous id (after "X-").
    id: [u8; 16],
    status: u32,
    verification: u32,
    charges: u32,
    sentence: u32,
    sources: u32,
}

/// The selected cases as the export needs them: their quasi-identifiers, laddered and interned,
/// for the lattice search, and what else each row shows.
pub struct Prepared {
    pub dataset: Dataset,
    kept: Vec<Kept>,
    strings: Interner,
}

impl Prepared {
    pub fn rows(&self) -> usize {
        self.dataset.rows()
    }
}

/// Reads the selected cases (unencrypted columns only) in one streamed pass, laddering each
/// quasi-identifier once per distinct value.
async fn prepare(
    pool: &Pool,
    vocab: &Vocabularies,
    filter: &CaseFilter,
    ids: &ExportIds,
    progress: &indicatif::ProgressBar,
) -> Result<Prepared, RecordError> {
    let mut dims = dimensions();
    let mut strings = Interner::default();
    let mut statuses = Vec::new();
    let mut kept = Vec::new();
    // Ladders climb the gazetteer and parse dates: once per distinct value, not per row.
    let mut places: HashMap<Option<String>, Vec<u32>> = HashMap::new();
    let mut births: HashMap<Option<i32>, Vec<u32>> = HashMap::new();
    let mut codes: [HashMap<Option<String>, Vec<u32>>; 3] = Default::default();
    let mut dates: [HashMap<Option<String>, Vec<u32>>; 2] = Default::default();
    let mut parsed: HashMap<String, Option<PartialDate>> = HashMap::new();
    let mut conn = pool.acquire().await?;
    crate::server::db::export_rows::each_export_row(
        &mut conn,
        filter,
        &dated_kinds(),
        |r| -> Result<(), RecordError> {
            let [d0, d1, d2, d3, d4, d5, d6] = &mut dims;
            let place = places.entry(r.last_location_id.clone()).or_insert_with(|| {
                d0.intern_ladder(place_ladder(vocab, r.last_location_id.as_deref()))
            });
            d0.push_ids(place);
            let birth = births
                .entry(r.birth_year)
                .or_insert_with(|| d1.intern_ladder(anonymize::birth_year_ladder(r.birth_year)));
            d1.push_ids(birth);
            for (i, (d, value)) in [(d2, &r.gender), (d3, &r.ethnicity), (d4, &r.occupation)]
                .into_iter()
                .enumerate()
            {
                let ladder = codes[i].entry(value.clone()).or_insert_with(|| {
                    d.intern_ladder(match i {
                        0 => vec![value.clone().unwrap_or_else(|| "*".into())],
                        1 => anonymize::ethnicity_ladder(value.as_deref()),
                        _ => anonymize::occupation_ladder(value.as_deref()),
                    })
                });
                d.push_ids(ladder);
            }
            let firsts = firsts(r.dated.as_deref(), &mut parsed);
            for (i, (d, text)) in [(d5, &firsts[0]), (d6, &firsts[1])].into_iter().enumerate() {
                let ladder = dates[i].entry(text.clone()).or_insert_with(|| {
                    let date = text
                        .as_deref()
                        .and_then(|t| parsed.get(t).copied().flatten());
                    d.intern_ladder(date_ladder(date.as_ref()))
                });
                d.push_ids(ladder);
            }
            let status = strings.id(&r.status);
            statuses.push(status);
            let id = ids.id(&r.id);
            let charges: Vec<&str> = facet(r.facet_values.as_deref(), "charge").collect();
            kept.push(Kept {
                id: id.as_bytes()[2..18]
                    .try_into()
                    .expect("an id is X- and 16 letters"),
                status,
                verification: strings.id(&r.verification),
                charges: strings.id(&charges.join("|")),
                sentence: strings.id(r.sentence.as_deref().unwrap_or_default()),
                sources: u32::try_from(r.sources).unwrap_or(u32::MAX),
            });
            progress.inc(1);
            Ok(())
        },
    )
    .await?;
    Ok(Prepared {
        dataset: Dataset {
            dimensions: dims.into(),
            statuses,
        },
        kept,
        strings,
    })
}

/// Finds the generalization for a profile and the exporter's requirements. The aggregate report
/// releases no rows: its tables are counted at the profile's levels, and its cells are protected
/// by suppression instead.
pub fn anonymize(
    prepared: &Prepared,
    profile: Profile,
    req: &Requirements,
) -> Result<Outcome, Refusal> {
    if !profile.has_rows() {
        let levels = profile.floor().to_vec();
        return Ok(Outcome {
            loss: 0.0,
            suppressed: Vec::new(),
            achieved_k: 0,
            achieved_l: 0,
            levels,
        });
    }
    prepared.dataset.search_from(req, &profile.floor())
}

/// The values of `facet_values` under one key ("charge").
fn facet<'a>(values: Option<&'a str>, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    crate::server::db::text::facet_entries(values.unwrap_or_default())
        .filter_map(move |(k, v)| (k == key).then_some(v))
}

/// The columns of a dataset row, in order.
pub const ROW_HEADER: [&str; 13] = [
    "id",
    "status",
    "verification",
    "gender",
    "birth_year",
    "ethnicity",
    "occupation",
    "place",
    "disappeared",
    "detained",
    "charges",
    "sentence",
    "sources",
];

/// How many rows the preview shows.
pub const PREVIEW_ROWS: usize = 20;

/// One file of an export being written: to disk, or to memory for a download.
pub struct Output {
    name: String,
    target: Target,
    hasher: Sha256,
    bytes: u64,
}

enum Target {
    File(std::io::BufWriter<std::fs::File>),
    Memory(Vec<u8>),
}

impl std::io::Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = match &mut self.target {
            Target::File(f) => f.write(buf)?,
            Target::Memory(v) => v.write(buf)?,
        };
        sha2::Digest::update(&mut self.hasher, &buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.target {
            Target::File(f) => f.flush(),
            Target::Memory(_) => Ok(()),
        }
    }
}

/// One file of an export held in memory.
#[derive(Clone, Debug)]
pub struct ExportFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Where an export's files go.
pub enum Sink<'a> {
    /// A new (or empty) directory, written as the rows pass: the command line's export, in memory
    /// that does not grow with the rows.
    Dir(&'a Path),
    /// Memory, for a download from the web page.
    Memory(&'a mut Vec<ExportFile>),
}

impl Sink<'_> {
    fn create(&mut self, name: &str) -> anyhow::Result<Output> {
        let target = match self {
            Sink::Dir(dir) => {
                let path = dir.join(name);
                let file = std::fs::File::create(&path)
                    .with_context(|| format!("cannot create {}", path.display()))?;
                Target::File(std::io::BufWriter::with_capacity(1 << 16, file))
            }
            Sink::Memory(_) => Target::Memory(Vec::new()),
        };
        Ok(Output {
            name: name.to_string(),
            target,
            hasher: Sha256::new(),
            bytes: 0,
        })
    }

    /// Finishes a file; returns its manifest line.
    fn finish(&mut self, mut out: Output) -> anyhow::Result<ManifestFile> {
        std::io::Write::flush(&mut out)?;
        let line = ManifestFile {
            name: out.name.clone(),
            bytes: out.bytes,
            sha256: hex::encode(out.hasher.finalize()),
        };
        if let (Sink::Memory(files), Target::Memory(bytes)) = (self, out.target) {
            files.push(ExportFile {
                name: out.name,
                bytes,
            });
        }
        Ok(line)
    }

    /// Writes a whole file.
    fn write(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut Output) -> anyhow::Result<()>,
    ) -> anyhow::Result<ManifestFile> {
        let mut out = self.create(name)?;
        write(&mut out)?;
        self.finish(out)
    }
}

/// One row of `data.json`: the columns of [`ROW_HEADER`], charges as a list, sources a number.
#[derive(serde::Serialize)]
struct JsonRow<'a> {
    id: &'a str,
    status: &'a str,
    verification: &'a str,
    gender: &'a str,
    birth_year: &'a str,
    ethnicity: &'a str,
    occupation: &'a str,
    place: &'a str,
    disappeared: &'a str,
    detained: &'a str,
    charges: Vec<&'a str>,
    sentence: &'a str,
    sources: u32,
}

/// Writes the released rows in the chosen format, one at a time.
enum RowWriter<'a> {
    Csv(Box<csv::Writer<&'a mut Output>>),
    Json { out: &'a mut Output, first: bool },
}

impl<'a> RowWriter<'a> {
    fn new(format: Format, out: &'a mut Output) -> anyhow::Result<Self> {
        Ok(match format {
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(ROW_HEADER)?;
                RowWriter::Csv(Box::new(w))
            }
            Format::Json => {
                std::io::Write::write_all(out, b"[")?;
                RowWriter::Json { out, first: true }
            }
        })
    }

    fn row(&mut self, fields: &[&str; 13], sources: u32) -> anyhow::Result<()> {
        match self {
            RowWriter::Csv(w) => w.write_record(fields)?,
            RowWriter::Json { out, first } => {
                std::io::Write::write_all(*out, if *first { b"\n" } else { b",\n" })?;
                *first = false;
                let [id, status, verification, gender, birth_year, ethnicity, occupation, place, disappeared, detained, charges, sentence, _] =
                    *fields;
                let row = JsonRow {
                    id,
                    status,
                    verification,
                    gender,
                    birth_year,
                    ethnicity,
                    occupation,
                    place,
                    disappeared,
                    detained,
                    charges: charges.split('|').filter(|c| !c.is_empty()).collect(),
                    sentence,
                    sources,
                };
                serde_json::to_writer(&mut **out, &row)?;
            }
        }
        Ok(())
    }

    fn finish(self) -> anyhow::Result<()> {
        match self {
            RowWriter::Csv(mut w) => w.flush()?,
            RowWriter::Json { out, .. } => std::io::Write::write_all(out, b"\n]\n")?,
        }
        Ok(())
    }
}

/// The labels of the report's tables, from the vocabularies (English).
struct VocabLabels<'a>(&'a Vocabularies);

impl crate::domain::report::Labels for VocabLabels<'_> {
    fn status(&self, code: &str) -> String {
        self.0.label(names::CASE_STATUS, code)
    }
    fn place(&self, id: &str) -> String {
        self.0
            .location(id)
            .map_or_else(|| id.to_string(), |l| l.name.en.clone())
    }
    fn charge(&self, code: &str) -> String {
        self.0.label(names::LEGAL_CHARGE, code)
    }
    fn gender(&self, code: &str) -> String {
        self.0.label(names::GENDER, code)
    }
    fn status_order(&self) -> Vec<String> {
        self.0
            .terms(names::CASE_STATUS)
            .iter()
            .map(|t| t.code.clone())
            .collect()
    }
    fn charge_order(&self) -> Vec<String> {
        self.0
            .terms(names::LEGAL_CHARGE)
            .iter()
            .map(|t| t.code.clone())
            .collect()
    }
}

/// Writes the released rows, counting them into the report's tables.
fn write_rows(
    prepared: &Prepared,
    outcome: &Outcome,
    writer: Option<RowWriter<'_>>,
    tally: &mut Tally,
    preview: &mut Preview,
    progress: &indicatif::ProgressBar,
) -> anyhow::Result<u64> {
    let dims = &prepared.dataset.dimensions;
    let levels = &outcome.levels;
    let strings = &prepared.strings;
    let mut left_out = vec![false; prepared.rows()];
    for &row in &outcome.suppressed {
        left_out[row] = true;
    }
    // In the order of the pseudonymous ids, which says nothing of when a case was recorded (the
    // case ids, and so their order, follow the time of recording).
    let mut order: Vec<usize> = (0..prepared.rows()).filter(|&r| !left_out[r]).collect();
    order.sort_unstable_by_key(|&r| prepared.kept[r].id);
    progress.inc(outcome.suppressed.len() as u64);
    let mut written = 0u64;
    let mut writer = writer;
    // The tables count combinations, each once with its number of rows.
    let mut combinations: HashMap<[u32; 8], u64> = HashMap::new();
    for row in order {
        let k = &prepared.kept[row];
        progress.inc(1);
        let at_least = |d: usize, level: u8| dims[d].id(row, levels[d].max(level));
        *combinations
            .entry([
                k.status,
                at_least(0, 2),
                at_least(5, 3),
                at_least(6, 3),
                k.charges,
                k.sentence,
                at_least(3, 1),
                at_least(2, 0),
            ])
            .or_default() += 1;
        let Some(w) = writer.as_mut() else { continue };
        let qi = |d: usize| dims[d].value(row, levels[d]);
        let mut id = [0u8; 18];
        id[..2].copy_from_slice(b"X-");
        id[2..].copy_from_slice(&k.id);
        let sources = k.sources.to_string();
        let fields = [
            std::str::from_utf8(&id).unwrap_or_default(),
            strings.text(k.status),
            strings.text(k.verification),
            qi(2),
            qi(1),
            qi(3),
            qi(4),
            qi(0),
            qi(5),
            qi(6),
            strings.text(k.charges),
            strings.text(k.sentence),
            &sources,
        ];
        if preview.rows.len() < PREVIEW_ROWS {
            preview
                .rows
                .push(fields.iter().map(|f| f.to_string()).collect());
        }
        w.row(&fields, k.sources)?;
        written += 1;
    }
    if let Some(w) = writer {
        w.finish()?;
    }
    for (key, n) in combinations {
        let charges: Vec<&str> = strings
            .text(key[4])
            .split('|')
            .filter(|c| !c.is_empty())
            .collect();
        let sentence = strings.text(key[5]);
        tally.add(
            &TallyRow {
                status: strings.text(key[0]),
                prefecture: dims[0].text(key[1]),
                disappeared: dims[5].text(key[2]),
                detained: dims[6].text(key[3]),
                charges: &charges,
                sentence: (!sentence.is_empty()).then_some(sentence),
                ethnicity: dims[3].text(key[6]),
                gender: dims[2].text(key[7]),
            },
            n,
        );
    }
    Ok(written)
}

/// Writes the aggregate report's tables: one line (or object) per published entry.
fn write_tables(out: &mut Output, format: Format, tables: &[Table]) -> anyhow::Result<()> {
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["table", "row", "column", "count"])?;
            for t in tables {
                for (row, column, count) in t.entries() {
                    w.write_record([t.id.as_str(), &row, &column, &count.to_string()])?;
                }
            }
            w.flush()?;
        }
        Format::Json => {
            let tables: Vec<serde_json::Value> = tables
                .iter()
                .map(|t| {
                    let entries: Vec<serde_json::Value> = t
                        .entries()
                        .into_iter()
                        .map(|(row, column, count)| {
                            let n = match count {
                                Count::Exact(n) => serde_json::json!(n),
                                _ => serde_json::Value::Null,
                            };
                            serde_json::json!({"row": row, "column": column, "count": n})
                        })
                        .collect();
                    serde_json::json!({
                        "table": t.id,
                        "title": t.title,
                        "rows": t.rows,
                        "columns": t.columns,
                        "entries": entries,
                    })
                })
                .collect();
            serde_json::to_writer_pretty(out, &serde_json::json!({ "tables": tables }))?;
        }
    }
    Ok(())
}

/// The installation's Ed25519 key for signing export manifests (derived from the current KEK).
fn signing_key(keys: &ServerKeys) -> ManifestSigner {
    ManifestSigner::new(keys.current_kek())
}

/// The installation's public export key (hex), which recipients compare with the manifest's.
pub fn public_key(keys: &ServerKeys) -> String {
    hex::encode(signing_key(keys).public_key())
}

/// What an export asked for.
#[derive(Clone, Debug)]
pub struct Request {
    pub filter: CaseFilter,
    pub options: ExportOptions,
}

/// What an export made: its manifest (also written), its first rows and its tables.
pub struct Exported {
    pub manifest: Manifest,
    pub preview: Preview,
    pub tables: Vec<Table>,
}

/// Why an export was not made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// No generalization passes: nothing was written.
    #[error("nothing was exported: {0}")]
    Refused(Refusal),
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<sqlx::Error> for ExportError {
    fn from(e: sqlx::Error) -> Self {
        ExportError::Record(e.into())
    }
}

/// Makes an export: reads the selection twice in one snapshot (first its quasi-identifiers, for
/// the lattice search; then the rows, written as they pass), writes the data, its dictionary and
/// the printable report, then the signed manifest, and records the export in the audit log.
/// Refuses, writing nothing, when no generalization satisfies the request.
pub async fn export(
    cx: &Context,
    actor: &Actor,
    request: &Request,
    mut sink: Sink<'_>,
    progress: &indicatif::ProgressBar,
) -> Result<Exported, ExportError> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let options = &request.options;
    if let Sink::Dir(dir) = sink {
        if dir.exists()
            && std::fs::read_dir(dir)
                .map_err(anyhow::Error::from)?
                .next()
                .is_some()
        {
            return Err(anyhow::anyhow!(
                "{} is not empty: export into a new directory",
                dir.display()
            )
            .into());
        }
    }
    let started = std::time::Instant::now();
    let ids = if options.stable_ids {
        ExportIds::stable(keys)
    } else {
        ExportIds::fresh()
    };
    let prepared = prepare(pool, vocab, &request.filter, &ids, progress).await?;
    tracing::debug!(
        rows = prepared.rows(),
        ms = started.elapsed().as_millis(),
        "export: read"
    );
    let outcome = anonymize(&prepared, options.profile, &options.requirements)
        .map_err(ExportError::Refused)?;
    tracing::debug!(
        ms = started.elapsed().as_millis(),
        "export: lattice searched"
    );
    if let Sink::Dir(dir) = sink {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    progress.set_length(2 * prepared.rows() as u64);
    let mut tally = Tally::default();
    let mut preview = Preview::default();
    let mut files = Vec::new();
    let data_name = options.format.data_file(options.profile);
    let written = if options.profile.has_rows() {
        let mut out = sink.create(&data_name)?;
        let writer = RowWriter::new(options.format, &mut out)?;
        let written = write_rows(
            &prepared,
            &outcome,
            Some(writer),
            &mut tally,
            &mut preview,
            progress,
        )?;
        files.push(sink.finish(out)?);
        preview.header = ROW_HEADER.iter().map(|h| h.to_string()).collect();
        written
    } else {
        write_rows(
            &prepared,
            &outcome,
            None,
            &mut tally,
            &mut preview,
            progress,
        )?;
        0
    };
    tracing::debug!(ms = started.elapsed().as_millis(), "export: rows written");
    let tables = tally.tables(&VocabLabels(vocab), options.threshold);
    if !options.profile.has_rows() {
        files.push(sink.write(&data_name, |out| write_tables(out, options.format, &tables))?);
        let mut entries = tables.iter().flat_map(Table::entries);
        preview.header = ["table", "row", "column", "count"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        preview.rows = (&mut entries)
            .take(PREVIEW_ROWS)
            .map(|(r, c, n)| vec![String::new(), r, c, n.to_string()])
            .collect();
        let mut at = 0;
        for t in &tables {
            for _ in t.entries() {
                if at < preview.rows.len() {
                    preview.rows[at][0] = t.id.clone();
                }
                at += 1;
            }
        }
    }
    let levels: Vec<(String, String)> = prepared
        .dataset
        .dimensions
        .iter()
        .zip(&outcome.levels)
        .map(|(d, &l)| (d.name.to_string(), d.levels[usize::from(l)].to_string()))
        .collect();
    let profile = options.profile;
    files.push(sink.write("dictionary.json", |out| {
        let dictionary = serde_json::json!({
            "profile": profile.code(),
            "profile_description": profile.describe(),
            "file": data_name,
            "columns": profile.columns(),
            "levels": levels,
            "never_exported": NEVER_EXPORTED,
            "codes": "statuses, charges, sentence ranges and gazetteer ids are Izde's vocabulary codes; report.html names them",
        });
        serde_json::to_writer_pretty(out, &dictionary)?;
        Ok(())
    })?);
    let installation = {
        let mut conn = pool.acquire().await.map_err(RecordError::from)?;
        crate::server::db::installation::get(&mut conn)
            .await
            .map_err(RecordError::from)?
            .map(|i| i.id)
            .unwrap_or_default()
    };
    let rows = prepared.rows() as u64;
    let rows_out = options.profile.has_rows();
    let mut manifest = Manifest {
        format: MANIFEST_FORMAT.into(),
        installation,
        profile: profile.code().into(),
        profile_description: profile.describe().into(),
        filters: request.filter.clone(),
        data_format: options.format.code().into(),
        k: rows_out.then_some(options.requirements.k),
        l: rows_out.then_some(options.requirements.l),
        max_suppressed: if rows_out {
            options.requirements.max_suppressed
        } else {
            0.0
        },
        achieved_k: rows_out.then_some(outcome.achieved_k),
        achieved_l: rows_out.then_some(outcome.achieved_l),
        threshold: options.threshold,
        cells_suppressed: tables.iter().map(|t| t.suppressed() as u64).sum(),
        rows_selected: rows,
        rows_exported: written,
        rows_suppressed: if rows_out {
            outcome.suppressed.len() as u64
        } else {
            0
        },
        levels,
        stable_ids: rows_out && ids.stable,
        never_exported: NEVER_EXPORTED.iter().map(|s| s.to_string()).collect(),
        files: Vec::new(),
        exported_by: match actor {
            Actor::System => Some("command line".into()),
            Actor::User(me) => Some(me.username.clone()),
        },
        exported_at: cx.clock.stamp(),
        public_key: public_key(keys),
    };
    let filters_described = request.filter.describe();
    files.push(sink.write("report.html", |out| {
        let html =
            crate::server::export::report::render(&manifest, filters_described.as_deref(), &tables);
        std::io::Write::write_all(out, html.as_bytes())?;
        Ok(())
    })?);
    manifest.files = files;
    let text = serde_json::to_vec_pretty(&manifest).map_err(anyhow::Error::from)?;
    let signature = signing_key(keys).sign(&text);
    sink.write("manifest.json", |out| {
        std::io::Write::write_all(out, &text)?;
        Ok(())
    })?;
    sink.write("manifest.sig", |out| {
        std::io::Write::write_all(out, hex::encode(signature).as_bytes())?;
        Ok(())
    })?;
    tracing::debug!(
        ms = started.elapsed().as_millis(),
        "export: report and manifest written"
    );
    let mut tx = pool.begin().await?;
    crate::server::audit::append(
        &mut tx,
        &crate::server::records::entry(
            actor,
            crate::domain::audit::action::EXPORT,
            crate::domain::audit::kind::EXPORT,
            profile.code(),
        )
        .change(None, Some(crate::server::audit::digest(&[&text]))),
    )
    .await?;
    tx.commit().await?;
    Ok(Exported {
        manifest,
        preview,
        tables,
    })
}

/// Size and SHA-256 (hex) of what a reader yields.
fn hash_of(mut reader: impl std::io::Read) -> anyhow::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let bytes = std::io::copy(&mut reader, &mut hasher)?;
    Ok((bytes, hex::encode(hasher.finalize())))
}

/// Checks an export: a directory, or the zip archive the web page gives (`izde-export/` inside).
/// First the signature of `manifest.json`, then every file's size and SHA-256, and that no file
/// was added. Returns the manifest, or says what does not match.
pub fn verify(path: &Path) -> anyhow::Result<Manifest> {
    if path.is_dir() {
        return verify_dir(path);
    }
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).with_context(|| {
        format!(
            "{} is neither an export's folder nor its zip",
            path.display()
        )
    })?;
    let names: Vec<String> = zip
        .file_names()
        .map(|n| n.map(|n| n.into_owned()))
        .collect::<Result<_, _>>()?;
    let prefix = names
        .iter()
        .find_map(|n| n.strip_suffix("manifest.json"))
        .unwrap_or_default()
        .to_string();
    let mut read = |name: &str| -> anyhow::Result<Option<Vec<u8>>> {
        match zip.by_name(&format!("{prefix}{name}")) {
            Ok(mut f) => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut bytes)?;
                Ok(Some(bytes))
            }
            Err(zip::result::ZipError::FileNotFound) => Ok(None),
            Err(e) => Err(e.into()),
        }
    };
    let text = read("manifest.json")?.context("no manifest.json in the archive")?;
    let signature = read("manifest.sig")?.context("no manifest.sig in the archive")?;
    let listed: Vec<String> = names
        .iter()
        .filter_map(|n| n.strip_prefix(&prefix))
        .filter(|n| !n.is_empty() && !n.ends_with('/'))
        .map(str::to_string)
        .collect();
    check(&text, &signature, &listed, |name| {
        read(name)?.map(|b| hash_of(b.as_slice())).transpose()
    })
}

/// Checks an export directory (see [`verify`]), reading each file as a stream.
pub fn verify_dir(dir: &Path) -> anyhow::Result<Manifest> {
    let text = std::fs::read(dir.join("manifest.json"))
        .with_context(|| format!("no manifest.json in {}", dir.display()))?;
    let signature = std::fs::read(dir.join("manifest.sig"))
        .with_context(|| format!("no manifest.sig in {}", dir.display()))?;
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        names.push(entry?.file_name().to_string_lossy().into_owned());
    }
    check(
        &text,
        &signature,
        &names,
        |name| match std::fs::File::open(dir.join(name)) {
            Ok(f) => hash_of(std::io::BufReader::new(f)).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        },
    )
}

/// The checks of [`verify`], whatever holds the files: `hash` gives a file's size and SHA-256, or
/// `None` when it is missing; `names` are the files present.
fn check(
    text: &[u8],
    signature: &[u8],
    names: &[String],
    mut hash: impl FnMut(&str) -> anyhow::Result<Option<(u64, String)>>,
) -> anyhow::Result<Manifest> {
    let manifest: Manifest =
        serde_json::from_slice(text).context("manifest.json is not an Izde export manifest")?;
    let key: [u8; 32] = hex::decode(&manifest.public_key)
        .ok()
        .and_then(|k| k.try_into().ok())
        .context("the manifest's public key is not an Ed25519 key")?;
    let key =
        ManifestKey::from_bytes(&key).context("the manifest's public key is not an Ed25519 key")?;
    let signature: [u8; 64] = std::str::from_utf8(signature)
        .ok()
        .and_then(|s| hex::decode(s.trim()).ok())
        .and_then(|s| s.try_into().ok())
        .context("manifest.sig is not an Ed25519 signature")?;
    key.verify(text, &signature).map_err(|_| {
        anyhow::anyhow!("the signature of manifest.json does not match: the manifest was changed")
    })?;
    for f in &manifest.files {
        let (bytes, sha) = hash(&f.name)?.with_context(|| format!("{} is missing", f.name))?;
        if bytes != f.bytes || sha != f.sha256 {
            anyhow::bail!("{} does not match the manifest: it was changed", f.name);
        }
    }
    for name in names {
        let listed = manifest.files.iter().any(|f| &f.name == name)
            || matches!(name.as_str(), "manifest.json" | "manifest.sig");
        if !listed {
            anyhow::bail!("{name} is not part of the export: it was added");
        }
    }
    Ok(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Known answers for a fixed KEK: stable ids and published public keys depend on these bytes.
    #[test]
    fn stable_ids_and_the_public_key_of_a_fixed_kek_are_known() {
        let keys = ServerKeys::new(
            crate::server::crypto::OnlineIdentity::generate(),
            vec![crate::server::crypto::Kek::from_key(1, [7u8; 32])],
            1,
        );
        assert_eq!(
            ExportIds::stable(&keys).id("01a22609-b6ac-70b4-838d-e88cc7952c3b"),
            "X-8YWNY3ZS5ZM0NKQF"
        );
        assert_eq!(
            public_key(&keys),
            "6797f21167d9eda8afe48b1c1dc2e90e8b2e1ebbbde9d798deefa5fc05f1a58a"
        );
    }

    #[test]
    fn fresh_ids_differ_between_exports_and_hide_the_case_id() {
        let case = "01a22609-b6ac-70b4-838d-e88cc7952c3b";
        let (a, b) = (ExportIds::fresh(), ExportIds::fresh());
        assert_ne!(a.id(case), b.id(case));
        assert_eq!(a.id(case), a.id(case));
        assert!(a.id(case).starts_with("X-") && a.id(case).len() == 18);
        assert!(!a.id(case).contains("01a22609"));
        assert_eq!(
            facet(Some("charge=a;detained=2018;charge=b"), "charge").collect::<Vec<_>>(),
            ["a", "b"]
        );
    }
}
