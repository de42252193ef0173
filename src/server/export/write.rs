//! The files of an export: dataset rows as CSV or JSON, the aggregate tables, written to a
//! directory or kept in memory for the web page.

use super::*;
use crate::i18n::Lang;

/// The values of `facet_values` under one key ("charge").
pub(super) fn facet<'a>(
    values: Option<&'a str>,
    key: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
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
    pub(super) name: String,
    pub(super) target: Target,
    pub(super) hasher: Sha256,
    pub(super) bytes: u64,
}

pub(super) enum Target {
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
    pub(super) fn create(&mut self, name: &str) -> anyhow::Result<Output> {
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
    pub(super) fn finish(&mut self, mut out: Output) -> anyhow::Result<ManifestFile> {
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
    pub(super) fn write(
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
pub(super) struct JsonRow<'a> {
    pub(super) id: &'a str,
    pub(super) status: &'a str,
    pub(super) verification: &'a str,
    pub(super) gender: &'a str,
    pub(super) birth_year: &'a str,
    pub(super) ethnicity: &'a str,
    pub(super) occupation: &'a str,
    pub(super) place: &'a str,
    pub(super) disappeared: &'a str,
    pub(super) detained: &'a str,
    pub(super) charges: Vec<&'a str>,
    pub(super) sentence: &'a str,
    pub(super) sources: u32,
}

/// Writes the released rows in the chosen format, one at a time.
pub(super) enum RowWriter<'a> {
    Csv(Box<csv::Writer<&'a mut Output>>),
    Json { out: &'a mut Output, first: bool },
}

impl<'a> RowWriter<'a> {
    pub(super) fn new(format: Format, out: &'a mut Output) -> anyhow::Result<Self> {
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

    pub(super) fn row(&mut self, fields: &[&str; 13], sources: u32) -> anyhow::Result<()> {
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

    pub(super) fn finish(self) -> anyhow::Result<()> {
        match self {
            RowWriter::Csv(mut w) => w.flush()?,
            RowWriter::Json { out, .. } => std::io::Write::write_all(out, b"\n]\n")?,
        }
        Ok(())
    }
}

/// The labels of the report's tables, from the vocabularies: in English for the data file (which
/// keeps codes and English labels), in the reader's language for the printable report.
pub(super) struct VocabLabels<'a>(pub(super) &'a Vocabularies);

impl VocabLabels<'_> {
    fn term(&self, vocabulary: &str, code: &str, lang: Lang) -> String {
        self.0
            .terms(vocabulary)
            .iter()
            .find(|t| t.code == code)
            .map_or_else(|| code.to_string(), |t| t.label.get(lang).to_string())
    }
}

impl crate::domain::report::Labels for VocabLabels<'_> {
    fn status(&self, code: &str, lang: Lang) -> String {
        self.term(names::CASE_STATUS, code, lang)
    }
    fn place(&self, id: &str, lang: Lang) -> String {
        self.0
            .location(id)
            .map_or_else(|| id.to_string(), |l| l.name.get(lang).to_string())
    }
    fn charge(&self, code: &str, lang: Lang) -> String {
        self.term(names::LEGAL_CHARGE, code, lang)
    }
    fn gender(&self, code: &str, lang: Lang) -> String {
        self.term(names::GENDER, code, lang)
    }
    fn status_order(&self) -> Vec<String> {
        codes(self.0, names::CASE_STATUS)
    }
    fn charge_order(&self) -> Vec<String> {
        codes(self.0, names::LEGAL_CHARGE)
    }
}

/// A vocabulary's codes in its own order.
fn codes(vocab: &Vocabularies, vocabulary: &str) -> Vec<String> {
    let terms = vocab.terms(vocabulary);
    terms.iter().map(|t| t.code.clone()).collect()
}

/// Writes the released rows, counting them into the report's tables.
pub(super) fn write_rows(
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
            qi(7),
            qi(8),
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

/// Writes the aggregate report's tables: one line (or object) per published entry. A data file:
/// stable ids and English labels ([`Table`]'s own), whatever the exporter's language, so that the
/// files of two exports compare; the printable report says the same in the exporter's language.
pub(super) fn write_tables(
    out: &mut Output,
    format: Format,
    tables: &[Table],
) -> anyhow::Result<()> {
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
