//! PDF documents made in the server's memory with typst (as a library): a
//! [`Document`](crate::domain::document::Document) goes in as JSON, a PDF comes out as bytes.
//! Nothing is written to disk and nothing is fetched: the only files the template can read are
//! the template itself and its data, and the only fonts are those of Izde's font directories.
//!
//! Fonts: the directories are scanned once, on first use (or at start, [`PdfEngine::check_fonts`]),
//! and each font file is read when a document first needs it. Without a font for Latin and
//! Cyrillic, Arabic script and Chinese, producing refuses with [`PdfError::MissingFonts`] rather
//! than print boxes for the names.

use crate::domain::document::Document;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

/// Debian's Noto fonts (`fonts-noto-core`, `fonts-noto-cjk`): the default font directories.
pub const DEFAULT_FONT_DIRS: &[&str] = &[
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/opentype/noto",
];

/// The template every document is drawn with (kept in the repository, built into the binary).
const TEMPLATE: &str = include_str!("../../../templates/document.typ");

/// The font families a document needs, each with the scripts it is for: the first family of
/// each line that is installed is used (the template lists them in this order).
const NEEDED: &[(&[&str], &str)] = &[
    (&["Noto Sans"], "Latin and Cyrillic"),
    (&["Noto Naskh Arabic", "Noto Sans Arabic"], "Arabic script"),
    (&["Noto Sans CJK SC"], "Chinese"),
];

/// Why a PDF could not be made.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum PdfError {
    /// A script's font is not in the font directories.
    #[error(
        "PDF fonts missing: no font for {scripts} in {dirs} (install Debian's fonts-noto-core \
         and fonts-noto-cjk, or point --pdf-font-dir at a directory with Noto Sans, Noto Naskh \
         Arabic and Noto Sans CJK SC)"
    )]
    MissingFonts { scripts: String, dirs: String },
    /// The template failed (a bug in Izde, not in the data: the messages name no value).
    #[error("the PDF template failed: {0}")]
    Template(String),
}

/// Makes PDFs: the font directories, their fonts once scanned, and typst's standard library.
pub struct PdfEngine {
    dirs: Vec<PathBuf>,
    fonts: OnceLock<Result<Arc<FontStore>, PdfError>>,
    library: OnceLock<LazyHash<Library>>,
}

impl std::fmt::Debug for PdfEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfEngine")
            .field("dirs", &self.dirs)
            .finish()
    }
}

impl Default for PdfEngine {
    /// With Debian's Noto directories.
    fn default() -> Self {
        Self::new(DEFAULT_FONT_DIRS.iter().map(PathBuf::from).collect())
    }
}

impl PdfEngine {
    /// An engine reading fonts from `dirs` (searched recursively, on first use).
    pub fn new(dirs: Vec<PathBuf>) -> Self {
        Self {
            dirs,
            fonts: OnceLock::new(),
            library: OnceLock::new(),
        }
    }

    /// Scans the font directories now (if not yet) and says whether every script has a font.
    pub fn check_fonts(&self) -> Result<(), PdfError> {
        self.fonts().map(|_| ())
    }

    fn fonts(&self) -> Result<&Arc<FontStore>, PdfError> {
        self.fonts
            .get_or_init(|| {
                let mut store = FontStore::new();
                for dir in &self.dirs {
                    store.extend(typst_kit::fonts::scan(dir));
                }
                let book = store.book();
                let missing: Vec<&str> = NEEDED
                    .iter()
                    .filter(|(families, _)| {
                        !families
                            .iter()
                            .any(|f| book.contains_family(&f.to_lowercase()))
                    })
                    .map(|(_, scripts)| *scripts)
                    .collect();
                if missing.is_empty() {
                    Ok(Arc::new(store))
                } else {
                    Err(PdfError::MissingFonts {
                        scripts: missing.join(", "),
                        dirs: self
                            .dirs
                            .iter()
                            .map(|d| d.display().to_string())
                            .collect::<Vec<_>>()
                            .join(", "),
                    })
                }
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Draws `document` as a PDF, in memory. CPU-bound (a second or so for a few pages): call it
    /// from a blocking thread.
    pub fn render(&self, document: &Document) -> Result<Vec<u8>, PdfError> {
        let fonts = self.fonts()?;
        let data = serde_json::to_vec(document)
            .map_err(|e| PdfError::Template(format!("the document did not serialize: {e}")))?;
        let world = DocumentWorld {
            library: self
                .library
                .get_or_init(|| LazyHash::new(Library::default())),
            fonts,
            main: Source::new(file_id(MAIN), TEMPLATE.to_string()),
            data: Bytes::new(data),
        };
        let result = typst::compile::<typst_layout::PagedDocument>(&world).output;
        let pdf = result.and_then(|doc| typst_pdf::pdf(&doc, &typst_pdf::PdfOptions::default()));
        // typst memoizes across compilations; what it kept of this document (names among it)
        // goes now rather than with some later document.
        typst::comemo::evict(0);
        pdf.map_err(|errors| {
            PdfError::Template(
                errors
                    .iter()
                    .map(|d| d.message.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })
    }
}

/// The template's path in typst's virtual file system.
const MAIN: &str = "/document.typ";
/// The document's data, as the template reads it (`json("/data.json")`).
const DATA: &str = "/data.json";

fn file_id(path: &str) -> FileId {
    // Both paths are constants, absolute and well formed.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("{path} is a valid path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// What typst sees while drawing one document: the template, its data and the fonts; no other
/// file, no package, no network.
struct DocumentWorld<'a> {
    library: &'a LazyHash<Library>,
    fonts: &'a FontStore,
    main: Source,
    data: Bytes,
}

impl World for DocumentWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id(DATA) {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, offset: Option<Duration>) -> Option<Datetime> {
        use chrono::Datelike;
        let now = chrono::Utc::now()
            + chrono::Duration::hours(offset.map(|o| o.hours() as i64).unwrap_or(0));
        Datetime::from_ymd(now.year(), now.month() as u8, now.day() as u8)
    }
}
