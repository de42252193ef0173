//! Reading a file to import as a stream of rows: CSV in any encoding and with any delimiter, XLSX,
//! and JSON lines. Nothing is held but the row being read, so memory does not grow with the file.

use super::mapping::FileOptions;
use crate::i18n::{tr, Lang};
use calamine::{DataRef, Reader as _, Xlsx};
use encoding_rs::Encoding;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the rows come from: a file on the command line, or an upload held in memory by the
/// import page (a spreadsheet of names never touches the server's disk).
#[derive(Clone, Debug)]
pub enum Input {
    File(PathBuf),
    Bytes {
        /// The name it was uploaded under (its extension may tell JSON lines); never stored.
        name: String,
        bytes: Arc<[u8]>,
    },
}

/// What the readers read: a file, or bytes in memory.
pub trait Source: Read + Seek + Send {}
impl<T: Read + Seek + Send> Source for T {}

impl Input {
    /// Opens the input at its start.
    pub fn open(&self) -> std::io::Result<Box<dyn Source>> {
        Ok(match self {
            Input::File(path) => Box::new(BufReader::with_capacity(256 * 1024, File::open(path)?)),
            Input::Bytes { bytes, .. } => Box::new(std::io::Cursor::new(bytes.clone())),
        })
    }

    fn extension(&self) -> Option<String> {
        let name = match self {
            Input::File(path) => path.to_string_lossy().into_owned(),
            Input::Bytes { name, .. } => name.clone(),
        };
        Path::new(&name)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
    }
}

/// The kinds of file an import reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    JsonLines,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Xlsx => "XLSX",
            Format::JsonLines => "JSON lines",
        }
    }
}

/// How the file was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub format: Format,
    /// The text encoding (CSV only): named in the mapping, from a BOM, or the likeliest.
    pub encoding: Option<&'static str>,
    /// The delimiter (CSV only).
    pub delimiter: Option<char>,
    /// The sheet read (XLSX only).
    pub sheet: Option<String>,
}

/// One row: its line in the file (the sheet's row number for XLSX) and its cells, in the order of
/// the header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

/// What receives the rows as they are read.
pub trait Sink {
    /// The header row (the first row that is not empty), before any other row.
    fn headers(&mut self, headers: Vec<String>, opened: &Opened) -> anyhow::Result<()>;
    /// Every following row that is not empty.
    fn row(&mut self, row: Row) -> anyhow::Result<()>;
}

/// Why a file cannot be read at all (a row's problems are the mapping's business).
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot open the file: {0}")]
    Open(std::io::Error),
    #[error("the encoding {0:?} is not one Izde knows")]
    UnknownEncoding(String),
    #[error("the file has no sheet named {0:?}")]
    NoSheet(String),
    #[error("the spreadsheet cannot be read: {0}")]
    Spreadsheet(String),
    #[error("the CSV file cannot be read at line {line}: {reason}")]
    Csv { line: u64, reason: String },
    #[error("line {0} is not a JSON object")]
    Json(u64),
    #[error("the file has no header row")]
    NoHeaders,
    /// The receiver stopped the reading.
    #[error(transparent)]
    Stopped(#[from] anyhow::Error),
}

impl ReadError {
    /// The problem in words for the import page, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ReadError::Open(_) => tr!(lang, "import-error-open"),
            ReadError::UnknownEncoding(name) => {
                tr!(lang, "import-error-encoding", {"encoding" => name.clone()})
            }
            ReadError::NoSheet(name) => tr!(lang, "import-error-sheet", {"sheet" => name.clone()}),
            ReadError::Spreadsheet(_) => tr!(lang, "import-error-spreadsheet"),
            ReadError::Csv { line, .. } => tr!(lang, "import-error-csv", {"line" => *line}),
            ReadError::Json(line) => tr!(lang, "import-error-json", {"line" => *line}),
            ReadError::NoHeaders => tr!(lang, "import-error-no-headers"),
            ReadError::Stopped(e) => e.to_string(),
        }
    }
}

/// How many bytes are read to tell the format, the encoding and the delimiter.
const SAMPLE: usize = 64 * 1024;

/// Reads `input` into `sink`, row by row.
pub fn read(
    input: &Input,
    options: &FileOptions,
    sink: &mut dyn Sink,
) -> Result<Opened, ReadError> {
    let mut sample = Vec::with_capacity(SAMPLE);
    input
        .open()
        .map_err(ReadError::Open)?
        .take(SAMPLE as u64)
        .read_to_end(&mut sample)
        .map_err(ReadError::Open)?;
    match sniff_format(input.extension(), &sample) {
        Format::Xlsx => read_xlsx(input, options, sink),
        Format::JsonLines => read_json_lines(input, sink),
        Format::Csv => read_csv(input, options, &sample, sink),
    }
}

/// XLSX files are zip archives; JSON lines start with `{`; anything else is read as CSV.
fn sniff_format(ext: Option<String>, sample: &[u8]) -> Format {
    if sample.starts_with(b"PK\x03\x04") {
        return Format::Xlsx;
    }
    let text = sample.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(sample);
    let first = text.iter().find(|b| !b.is_ascii_whitespace());
    if first == Some(&b'{') || matches!(ext.as_deref(), Some("jsonl" | "ndjson")) {
        return Format::JsonLines;
    }
    Format::Csv
}

/// The encoding of a CSV file: the mapping's, else a BOM's, else UTF-16 if every other byte is
/// zero, else UTF-8 if the sample is valid UTF-8, else what `chardetng` finds likeliest
/// (Windows-1251 for Russian and Kazakh spreadsheets saved by older Excel).
pub fn sniff_encoding(sample: &[u8], named: Option<&str>) -> Result<&'static Encoding, ReadError> {
    if let Some(name) = named {
        return Encoding::for_label(name.trim().as_bytes())
            .ok_or_else(|| ReadError::UnknownEncoding(name.to_string()));
    }
    if let Some((encoding, _)) = Encoding::for_bom(sample) {
        return Ok(encoding);
    }
    let pairs = sample.len() / 2;
    if pairs > 0 {
        let zero_odd = sample
            .iter()
            .skip(1)
            .step_by(2)
            .filter(|b| **b == 0)
            .count();
        let zero_even = sample.iter().step_by(2).filter(|b| **b == 0).count();
        if zero_odd * 10 > pairs * 3 && zero_even * 10 < pairs {
            return Ok(encoding_rs::UTF_16LE);
        }
        if zero_even * 10 > pairs * 3 && zero_odd * 10 < pairs {
            return Ok(encoding_rs::UTF_16BE);
        }
    }
    // After UTF-16: text of Latin letters in UTF-16 is valid UTF-8 too (zero bytes are), but no
    // one types a spreadsheet full of NULs.
    match std::str::from_utf8(sample) {
        Ok(_) => return Ok(encoding_rs::UTF_8),
        // Valid but for a character cut at the end of the sample.
        Err(e) if e.error_len().is_none() => return Ok(encoding_rs::UTF_8),
        Err(_) => {}
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(sample, sample.len() < SAMPLE);
    Ok(detector.guess(None, chardetng::Utf8Detection::Deny))
}

/// The delimiter of a CSV file's header line: whichever of `,` `;` tab `|` it holds most of
/// outside quotes (a comma where it holds none).
pub fn sniff_delimiter(first_line: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0), ('|', 0)];
    let mut quoted = false;
    for c in first_line.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(n) = counts.iter_mut().find(|(d, _)| *d == c) {
                n.1 += 1;
            }
        }
    }
    counts
        .iter()
        .fold(
            (',', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

fn read_csv(
    input: &Input,
    options: &FileOptions,
    sample: &[u8],
    sink: &mut dyn Sink,
) -> Result<Opened, ReadError> {
    let encoding = sniff_encoding(sample, options.encoding.as_deref())?;
    let delimiter = match options.delimiter.as_deref().and_then(|d| d.chars().next()) {
        Some(d) => d,
        None => {
            let (text, _, _) = encoding.decode(sample);
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            sniff_delimiter(first)
        }
    };
    let opened = Opened {
        format: Format::Csv,
        encoding: Some(encoding.name()),
        delimiter: Some(delimiter),
        sheet: None,
    };
    let file = input.open().map_err(ReadError::Open)?;
    let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .strip_bom(true)
        .build(file);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter as u8)
        .from_reader(decoded);
    let mut record = csv::StringRecord::new();
    let mut headers_seen = false;
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(ReadError::Csv {
                    line,
                    reason: e.kind().to_string_safe(),
                })
            }
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(line, |p| p.line());
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if headers_seen {
            sink.row(Row { line, cells })?;
        } else {
            headers_seen = true;
            sink.headers(cells, &opened)?;
        }
    }
    if !headers_seen {
        return Err(ReadError::NoHeaders);
    }
    Ok(opened)
}

/// A CSV error's kind, without the bytes it was reading (they may be part of a name).
trait SafeText {
    fn to_string_safe(&self) -> String;
}

impl SafeText for csv::ErrorKind {
    fn to_string_safe(&self) -> String {
        match self {
            csv::ErrorKind::Io(e) => format!("{:?}", e.kind()),
            csv::ErrorKind::Utf8 { .. } => "text that is not valid in its encoding".into(),
            csv::ErrorKind::UnequalLengths { .. } => "rows of different lengths".into(),
            _ => "malformed CSV".into(),
        }
    }
}

fn read_xlsx(
    input: &Input,
    options: &FileOptions,
    sink: &mut dyn Sink,
) -> Result<Opened, ReadError> {
    let source = input.open().map_err(ReadError::Open)?;
    let mut book: Xlsx<_> = Xlsx::new(source)
        .map_err(|e: calamine::XlsxError| ReadError::Spreadsheet(spreadsheet_error(&e)))?;
    let names = book.sheet_names();
    let sheet = match &options.sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.trim() == wanted.trim())
            .cloned()
            .ok_or_else(|| ReadError::NoSheet(wanted.clone()))?,
        None => names.first().cloned().ok_or(ReadError::NoHeaders)?,
    };
    let opened = Opened {
        format: Format::Xlsx,
        encoding: None,
        delimiter: None,
        sheet: Some(sheet.clone()),
    };
    let mut cells = book
        .worksheet_cells_reader(&sheet)
        .map_err(|e| ReadError::Spreadsheet(spreadsheet_error(&e)))?;
    let mut current: Option<(u32, Vec<String>)> = None;
    let mut headers_seen = false;
    let mut emit = |row: u32, values: Vec<String>, sink: &mut dyn Sink| -> anyhow::Result<()> {
        if values.iter().all(|c| c.trim().is_empty()) {
            return Ok(());
        }
        if headers_seen {
            sink.row(Row {
                line: u64::from(row) + 1,
                cells: values,
            })
        } else {
            headers_seen = true;
            sink.headers(values, &opened)
        }
    };
    loop {
        let cell = cells
            .next_cell()
            .map_err(|e| ReadError::Spreadsheet(spreadsheet_error(&e)))?;
        let Some(cell) = cell else { break };
        let (row, col) = cell.get_position();
        let text = cell_text(cell.get_value());
        match &mut current {
            Some((r, values)) if *r == row => put(values, col as usize, text),
            _ => {
                if let Some((r, values)) = current.take() {
                    emit(r, values, sink)?;
                }
                let mut values = Vec::new();
                put(&mut values, col as usize, text);
                current = Some((row, values));
            }
        }
    }
    if let Some((r, values)) = current.take() {
        emit(r, values, sink)?;
    }
    if !headers_seen {
        return Err(ReadError::NoHeaders);
    }
    Ok(Opened {
        format: Format::Xlsx,
        encoding: None,
        delimiter: None,
        sheet: Some(sheet),
    })
}

/// What went wrong reading a spreadsheet, without any cell's text.
fn spreadsheet_error(e: &calamine::XlsxError) -> String {
    match e {
        calamine::XlsxError::Io(e) => format!("{:?}", e.kind()),
        calamine::XlsxError::Zip(_) => "not a valid XLSX (zip) file".into(),
        calamine::XlsxError::WorksheetNotFound(_) => "a sheet is missing".into(),
        _ => "the workbook is malformed".into(),
    }
}

fn put(values: &mut Vec<String>, col: usize, text: String) {
    // A sheet can place one cell far to the right of the others; a million empty columns is not
    // a row anyone typed.
    if col >= 16_384 {
        return;
    }
    if values.len() <= col {
        values.resize(col + 1, String::new());
    }
    values[col] = text;
}

/// A cell as the text a person would have typed: whole numbers without ".0", dates as
/// YYYY-MM-DD.
fn cell_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        DataRef::Float(f) => f.to_string(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => d
            .as_datetime()
            .map(|dt| dt.date().format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

fn read_json_lines(input: &Input, sink: &mut dyn Sink) -> Result<Opened, ReadError> {
    let opened = Opened {
        format: Format::JsonLines,
        encoding: Some("UTF-8"),
        delimiter: None,
        sheet: None,
    };
    let reader = BufReader::new(input.open().map_err(ReadError::Open)?);
    let mut headers: Option<Vec<String>> = None;
    for (i, line) in reader.lines().enumerate() {
        let number = i as u64 + 1;
        let line = line.map_err(ReadError::Open)?;
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() {
            continue;
        }
        let Ok(serde_json::Value::Object(object)) = serde_json::from_str(line) else {
            return Err(ReadError::Json(number));
        };
        let mut flat = Vec::new();
        flatten(&object, &mut flat);
        let headers = match &headers {
            Some(h) => h,
            None => {
                let h: Vec<String> = flat.iter().map(|(k, _)| k.clone()).collect();
                sink.headers(h.clone(), &opened)?;
                headers.insert(h)
            }
        };
        let cells = headers
            .iter()
            .map(|h| {
                flat.iter()
                    .find(|(k, _)| k == h)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            })
            .collect();
        sink.row(Row {
            line: number,
            cells,
        })?;
    }
    if headers.is_none() {
        return Err(ReadError::NoHeaders);
    }
    Ok(opened)
}

/// An object's fields as (key, text): nested objects by their own keys (`{"person": {"name":
/// …}}` gives `name`), lists as one item per line.
fn flatten(object: &serde_json::Map<String, serde_json::Value>, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    for (key, value) in object {
        let text = match value {
            Value::Object(inner) => {
                flatten(inner, out);
                continue;
            }
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            Value::Array(items) => items
                .iter()
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            other => other.to_string(),
        };
        if !out.iter().any(|(k, _)| k == key) {
            out.push((key.clone(), text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_line_tells_its_delimiter() {
        assert_eq!(sniff_delimiter("name;birth_year;status"), ';');
        assert_eq!(sniff_delimiter("name\tbirth_year"), '\t');
        assert_eq!(sniff_delimiter("\"Name; other\",Status,Year"), ',');
        assert_eq!(sniff_delimiter("name"), ',');
    }

    #[test]
    fn russian_text_saved_by_old_excel_is_read_as_windows_1251() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(
            "ФИО;Год рождения;Статус;Обвинение\nИванов Иван Иванович;1970;в лагере;экстремизм\n",
        );
        let found = sniff_encoding(&bytes, None).expect("an encoding");
        assert_eq!(found, encoding_rs::WINDOWS_1251);
    }

    #[test]
    fn utf8_with_or_without_a_bom_and_utf16_are_told_apart() {
        assert_eq!(
            sniff_encoding("имя,год\n".as_bytes(), None).ok(),
            Some(encoding_rs::UTF_8)
        );
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice("имя,год\n".as_bytes());
        assert_eq!(sniff_encoding(&bom, None).ok(), Some(encoding_rs::UTF_8));
        let utf16: Vec<u8> = "name,year\nAli,1970\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(
            sniff_encoding(&utf16, None).ok(),
            Some(encoding_rs::UTF_16LE)
        );
        assert!(matches!(
            sniff_encoding(b"a", Some("klingon")),
            Err(ReadError::UnknownEncoding(_))
        ));
    }
}
