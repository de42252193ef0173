//! Export profiles: what leaves Izde in each, and how general each quasi-identifier must at least
//! be. The lattice search of [`super::anonymize`] starts from a profile's floor and may generalize
//! further to reach the exporter's k and l.

use crate::i18n::{tr, Lang};
use serde::{Deserialize, Serialize};

/// The quasi-identifiers of an exported row, in the order of the anonymization lattice.
pub const QUASI_IDENTIFIERS: [&str; 9] = [
    "place",
    "birth_year",
    "gender",
    "ethnicity",
    "occupation",
    "disappeared",
    "detained",
    // A rare charge or sentence can single a person out as well as a rare birth year can.
    "charges",
    "sentence",
];

/// What no profile ever exports (the data dictionary and the manifest repeat it). The files an
/// export holds keep these English words, whoever made it; the printable report and the pages say
/// the same in the reader's language ([`never_exported_in`]).
pub const NEVER_EXPORTED: [&str; 8] = [
    "free text of any kind: narratives, summaries, transcripts, notes, reasons, source titles",
    "any attribute of a testifier, or that there is one",
    "names, other spellings and aliases",
    "ID numbers",
    "contacts",
    "exact birth dates",
    "addresses",
    "recordings and other media",
];

/// [`NEVER_EXPORTED`] in `lang`, for the printable report.
pub fn never_exported_in(lang: Lang) -> Vec<String> {
    vec![
        tr!(lang, "export-never-free-text"),
        tr!(lang, "export-never-testifier"),
        tr!(lang, "export-never-names"),
        tr!(lang, "export-never-id-numbers"),
        tr!(lang, "export-never-contacts"),
        tr!(lang, "export-never-birth-dates"),
        tr!(lang, "export-never-addresses"),
        tr!(lang, "export-never-media"),
    ]
}

/// The words of a quasi-identifier ([`QUASI_IDENTIFIERS`]) in `lang`, for the risk report.
pub fn quasi_identifier_in(lang: Lang, name: &str) -> String {
    match name {
        "place" => tr!(lang, "export-qi-place"),
        "birth_year" => tr!(lang, "export-qi-birth-year"),
        "gender" => tr!(lang, "export-qi-gender"),
        "ethnicity" => tr!(lang, "export-qi-ethnicity"),
        "occupation" => tr!(lang, "export-qi-occupation"),
        "disappeared" => tr!(lang, "export-qi-disappeared"),
        "detained" => tr!(lang, "export-qi-detained"),
        "charges" => tr!(lang, "export-qi-charges"),
        "sentence" => tr!(lang, "export-qi-sentence"),
        other => other.replace('_', " "),
    }
}

/// The words of a generalization level (as the manifest names it, in English) in `lang`.
pub fn level_in(lang: Lang, level: &str) -> String {
    match level {
        "as recorded" => tr!(lang, "export-level-as-recorded"),
        "recorded" => tr!(lang, "export-level-as-recorded"),
        "county" => tr!(lang, "export-level-county"),
        "prefecture" => tr!(lang, "export-level-prefecture"),
        "region" => tr!(lang, "export-level-region"),
        "hidden" => tr!(lang, "export-level-hidden"),
        "year" => tr!(lang, "export-level-year"),
        "5 years" => tr!(lang, "export-level-5-years"),
        "10 years" => tr!(lang, "export-level-10-years"),
        "specific" => tr!(lang, "export-level-specific"),
        "grouped" => tr!(lang, "export-level-grouped"),
        "sector" => tr!(lang, "export-level-sector"),
        "day" => tr!(lang, "export-level-day"),
        "month" => tr!(lang, "export-level-month"),
        "quarter" => tr!(lang, "export-level-quarter"),
        "charged or not" => tr!(lang, "export-level-charged-or-not"),
        "range" => tr!(lang, "export-level-range"),
        "under or over 10 years" => tr!(lang, "export-level-under-over-10"),
        other => other.to_string(),
    }
}

/// One column of an exported dataset, for the data dictionary (a file of the export: English,
/// like its codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Column {
    pub name: &'static str,
    pub meaning: &'static str,
}

const ROW_COLUMNS: &[Column] = &[
    Column {
        name: "id",
        meaning: "a pseudonymous id of the case: a keyed hash, with a fresh key per export unless the manifest says the ids are stable",
    },
    Column {
        name: "status",
        meaning: "current status (vocabulary case_status)",
    },
    Column {
        name: "verification",
        meaning: "verification level of the case (reported, corroborated, confirmed)",
    },
    Column {
        name: "gender",
        meaning: "as recorded, or * where hidden",
    },
    Column {
        name: "birth_year",
        meaning: "year, 5-year or 10-year band, or * (level in the manifest)",
    },
    Column {
        name: "ethnicity",
        meaning: "specific, grouped (turkic, other minority, han, other), or *",
    },
    Column {
        name: "occupation",
        meaning: "specific, sector, or *",
    },
    Column {
        name: "place",
        meaning: "last known place as a gazetteer id: township, county, prefecture or region, or *",
    },
    Column {
        name: "disappeared",
        meaning: "date of disappearance: day, month, quarter (2018-Q1) or year, a range of years, or *",
    },
    Column {
        name: "detained",
        meaning: "date of the first detention or camp: as for disappeared",
    },
    Column {
        name: "charges",
        meaning: "legal charges (vocabulary legal_charge), separated by |; or \"charged\" when generalized, or *",
    },
    Column {
        name: "sentence",
        meaning: "longest sentence as a range: lt5, 5-10, 10-20, 20plus, life; or lt10 / 10plus when generalized, or *",
    },
    Column {
        name: "sources",
        meaning: "number of sources recorded",
    },
];

const AGGREGATE_COLUMNS: &[Column] = &[
    Column {
        name: "table",
        meaning: "which table of the report the cell belongs to",
    },
    Column {
        name: "row",
        meaning: "what the cell's row counts, or “total”",
    },
    Column {
        name: "column",
        meaning: "what the cell's column counts, or “total”",
    },
    Column {
        name: "count",
        meaning: "number of cases, or “x” where suppressed: under the threshold in the manifest, or derivable from the other cells and totals (which of the two is not said)",
    },
];

/// An export profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Profile {
    /// For publication: coarse places and dates.
    Public,
    /// For researchers under an agreement: counties and months.
    Researcher,
    /// Counts only, no rows.
    Aggregate,
}

impl Profile {
    pub const ALL: [Profile; 3] = [Profile::Public, Profile::Researcher, Profile::Aggregate];

    pub fn code(self) -> &'static str {
        match self {
            Profile::Public => "public",
            Profile::Researcher => "researcher",
            Profile::Aggregate => "aggregate",
        }
    }

    pub fn parse(code: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The profile's name in English, as the export's own files (manifest, dictionary) give it.
    pub fn label(self) -> &'static str {
        match self {
            Profile::Public => "Public dataset",
            Profile::Researcher => "Researcher dataset",
            Profile::Aggregate => "Aggregate report",
        }
    }

    /// The profile's name in `lang`, for pages and the printable report.
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Profile::Public => tr!(lang, "export-profile-public"),
            Profile::Researcher => tr!(lang, "export-profile-researcher"),
            Profile::Aggregate => tr!(lang, "export-profile-aggregate"),
        }
    }

    /// [`Profile::describe`] in `lang`, for pages and the printable report.
    pub fn describe_in(self, lang: Lang) -> String {
        match self {
            Profile::Public => tr!(lang, "export-profile-public-describe"),
            Profile::Researcher => tr!(lang, "export-profile-researcher-describe"),
            Profile::Aggregate => tr!(lang, "export-profile-aggregate-describe"),
        }
    }

    /// In a sentence, what leaves and how general: in English, as the export's own files
    /// (manifest, dictionary) give it.
    pub fn describe(self) -> &'static str {
        match self {
            Profile::Public => {
                "one row per case: places at prefecture level or above, dates to the year, birth \
                 years in 5-year bands, occupations by sector"
            }
            Profile::Researcher => {
                "one row per case: places at county level or above, dates to the month, birth years, \
                 occupations"
            }
            Profile::Aggregate => {
                "no rows: tables of counts, with cells under the threshold (and those that could be \
                 worked out from the others) suppressed"
            }
        }
    }

    /// Whether the export has one row per case.
    pub fn has_rows(self) -> bool {
        self != Profile::Aggregate
    }

    /// The least level of each quasi-identifier, in [`QUASI_IDENTIFIERS`] order (levels as in the
    /// ladders of [`super::anonymize`]).
    pub fn floor(self) -> [u8; 9] {
        match self {
            // place ≥ prefecture, birth ≥ 5-year band, occupation ≥ sector, dates ≥ year.
            Profile::Public => [2, 1, 0, 0, 1, 3, 3, 0, 0],
            // place ≥ county, dates ≥ month.
            Profile::Researcher => [1, 0, 0, 0, 0, 1, 1, 0, 0],
            // Tables by prefecture, 10-year band, grouped ethnicity, sector, year; charges and
            // sentences as recorded (the tables' cells are protected by suppression).
            Profile::Aggregate => [2, 2, 0, 1, 1, 3, 3, 0, 0],
        }
    }

    /// The columns of the dataset (the data dictionary).
    pub fn columns(self) -> &'static [Column] {
        if self.has_rows() {
            ROW_COLUMNS
        } else {
            AGGREGATE_COLUMNS
        }
    }
}

/// The file format of an export's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Csv, Format::Json];

    pub fn code(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    pub fn parse(code: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The format's name in `lang`, for the form and the printable report.
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Format::Csv => tr!(lang, "export-format-csv"),
            Format::Json => tr!(lang, "export-format-json"),
        }
    }

    /// The data file's name for a profile: `data.csv`, or `tables.csv` for the aggregate report.
    pub fn data_file(self, profile: Profile) -> String {
        let stem = if profile.has_rows() { "data" } else { "tables" };
        format!("{stem}.{}", self.code())
    }
}

/// The export form as typed (every field a string, so a bad value comes back as typed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportForm {
    pub profile: String,
    pub format: String,
    pub k: String,
    pub l: String,
    /// A percentage of the selected rows.
    pub max_suppressed: String,
    pub threshold: String,
    /// "on" when ticked.
    pub stable_ids: String,
    /// The case list's filters, as its query string.
    pub filters: String,
}

impl Default for ExportForm {
    fn default() -> Self {
        Self {
            profile: Profile::Public.code().into(),
            format: Format::Csv.code().into(),
            k: "5".into(),
            l: "2".into(),
            max_suppressed: "5".into(),
            threshold: "5".into(),
            stable_ids: String::new(),
            filters: String::new(),
        }
    }
}

/// What an export asks for, checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportOptions {
    pub profile: Profile,
    pub format: Format,
    pub requirements: super::anonymize::Requirements,
    pub threshold: u64,
    pub stable_ids: bool,
}

/// The largest k, l and threshold accepted.
pub const MAX_K: u32 = 1000;

/// The least protection a profile accepts (what an exporter may not go below).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Minimums {
    pub k: u32,
    pub l: u32,
    /// The largest share of rows that may be left out (0.0–1.0).
    pub max_suppressed: f64,
    /// The least threshold of the aggregate report's cells.
    pub threshold: u64,
}

/// The minimums of every profile, as an admin set them (the installation's setting
/// `export_minimums`; without it, the defaults).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportMinimums {
    /// A public dataset: by default k ≥ 5, l ≥ 2, at most 5 % left out.
    pub public: Minimums,
    /// A researcher dataset, shared under an agreement: by default k ≥ 3, l ≥ 1, at most 10 %.
    pub researcher: Minimums,
    /// The least threshold of every report's table cells: by default 5.
    pub threshold: u64,
}

impl Default for ExportMinimums {
    fn default() -> Self {
        Self {
            public: Minimums {
                k: 5,
                l: 2,
                max_suppressed: 0.05,
                threshold: 5,
            },
            researcher: Minimums {
                k: 3,
                l: 1,
                max_suppressed: 0.10,
                threshold: 5,
            },
            threshold: 5,
        }
    }
}

/// The most an admin may let an export leave out (per cent).
pub const MAX_SUPPRESSED_PERCENT: f64 = 50.0;

impl ExportMinimums {
    /// The minimums of `profile` (the aggregate report has no rows: only its threshold counts).
    pub fn of(&self, profile: Profile) -> Minimums {
        let rows = match profile {
            Profile::Public => self.public,
            Profile::Researcher => self.researcher,
            Profile::Aggregate => Minimums {
                k: 2,
                l: 1,
                max_suppressed: 0.0,
                threshold: self.threshold,
            },
        };
        Minimums {
            threshold: self.threshold,
            ..rows
        }
    }

    /// In words, for the export page and the admin page (in the language of what is being done).
    pub fn describe(&self) -> String {
        let lang = crate::i18n::current();
        let rows = |m: Minimums| {
            tr!(lang, "export-minimums-rows", {
                "k" => m.k,
                "l" => m.l,
                "percent" => (m.max_suppressed * 100.0).to_string()
            })
        };
        tr!(lang, "export-minimums", {
            "public" => rows(self.public),
            "researcher" => rows(self.researcher),
            "threshold" => self.threshold
        })
    }
}

/// The export minimums as an admin types them (percentages for the shares).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MinimumsForm {
    pub public_k: String,
    pub public_l: String,
    pub public_max_suppressed: String,
    pub researcher_k: String,
    pub researcher_l: String,
    pub researcher_max_suppressed: String,
    pub threshold: String,
}

impl From<&ExportMinimums> for MinimumsForm {
    fn from(m: &ExportMinimums) -> Self {
        Self {
            public_k: m.public.k.to_string(),
            public_l: m.public.l.to_string(),
            public_max_suppressed: (m.public.max_suppressed * 100.0).to_string(),
            researcher_k: m.researcher.k.to_string(),
            researcher_l: m.researcher.l.to_string(),
            researcher_max_suppressed: (m.researcher.max_suppressed * 100.0).to_string(),
            threshold: m.threshold.to_string(),
        }
    }
}

/// A whole number in `range`, or an error on `field` naming the range.
fn whole_in(
    text: &str,
    field: &str,
    range: std::ops::RangeInclusive<u32>,
    errors: &mut super::forms::FieldErrors,
) -> Option<u32> {
    match text.trim().parse::<u32>() {
        Ok(n) if range.contains(&n) => Some(n),
        _ => {
            let lang = crate::i18n::current();
            errors.add(
                field,
                tr!(lang, "export-error-whole", {"from" => *range.start(), "to" => *range.end()}),
            );
            None
        }
    }
}

/// A percentage from 0 to `most` ("5", "5 %"), as a share, or an error on `field`.
fn percent_in(
    text: &str,
    field: &str,
    most: f64,
    profile_limit: bool,
    errors: &mut super::forms::FieldErrors,
) -> Option<f64> {
    match text.trim().trim_end_matches('%').trim().parse::<f64>() {
        Ok(p) if (0.0..=most).contains(&p) => Some(p / 100.0),
        _ => {
            let lang = crate::i18n::current();
            let most = most.to_string();
            errors.add(
                field,
                if profile_limit {
                    tr!(lang, "export-error-percent-profile", {"most" => most})
                } else {
                    tr!(lang, "export-error-percent", {"most" => most})
                },
            );
            None
        }
    }
}

impl MinimumsForm {
    /// Checks every field: k from 2, l from 1 and at most k, a share from 0 to 50 %, a
    /// threshold from 2.
    pub fn validate(&self) -> Result<ExportMinimums, super::forms::FieldErrors> {
        let mut errors = super::forms::FieldErrors::default();
        let mut rows = |prefix: &str, k: &str, l: &str, share: &str| {
            let k = whole_in(k, &format!("{prefix}_k"), 2..=MAX_K, &mut errors);
            let l = whole_in(l, &format!("{prefix}_l"), 1..=MAX_K, &mut errors);
            if let (Some(k), Some(l)) = (k, l) {
                if l > k {
                    let lang = crate::i18n::current();
                    errors.add(
                        &format!("{prefix}_l"),
                        tr!(lang, "export-error-l-over-k", {"k" => k}),
                    );
                }
            }
            let share = percent_in(
                share,
                &format!("{prefix}_max_suppressed"),
                MAX_SUPPRESSED_PERCENT,
                false,
                &mut errors,
            );
            Some(Minimums {
                k: k?,
                l: l?,
                max_suppressed: share?,
                threshold: 0,
            })
        };
        let public = rows(
            "public",
            &self.public_k,
            &self.public_l,
            &self.public_max_suppressed,
        );
        let researcher = rows(
            "researcher",
            &self.researcher_k,
            &self.researcher_l,
            &self.researcher_max_suppressed,
        );
        let threshold = whole_in(&self.threshold, "threshold", 2..=MAX_K, &mut errors);
        match (public, researcher, threshold) {
            (Some(public), Some(researcher), Some(threshold)) if errors.is_empty() => {
                Ok(ExportMinimums {
                    public: Minimums {
                        threshold: u64::from(threshold),
                        ..public
                    },
                    researcher: Minimums {
                        threshold: u64::from(threshold),
                        ..researcher
                    },
                    threshold: u64::from(threshold),
                })
            }
            _ => Err(errors),
        }
    }
}

impl ExportForm {
    /// Checks every field against the installation's `minimums`; each error names what is
    /// accepted.
    pub fn validate(
        &self,
        minimums: &ExportMinimums,
    ) -> Result<ExportOptions, super::forms::FieldErrors> {
        let lang = crate::i18n::current();
        let mut errors = super::forms::FieldErrors::default();
        let profile = Profile::parse(self.profile.trim());
        if profile.is_none() {
            errors.add("profile", tr!(lang, "export-error-profile"));
        }
        let format = Format::parse(self.format.trim());
        if format.is_none() {
            errors.add("format", tr!(lang, "export-error-format"));
        }
        let rows = profile.is_none_or(Profile::has_rows);
        let least = minimums.of(profile.unwrap_or(Profile::Public));
        let (k, l) = if rows {
            (
                whole_in(&self.k, "k", least.k..=MAX_K, &mut errors),
                whole_in(&self.l, "l", least.l..=MAX_K, &mut errors),
            )
        } else {
            (Some(2), Some(1))
        };
        if let (Some(k), Some(l)) = (k, l) {
            if l > k {
                errors.add("l", tr!(lang, "export-error-l-over-k", {"k" => k}));
            }
        }
        let max_suppressed = if rows {
            percent_in(
                &self.max_suppressed,
                "max_suppressed",
                least.max_suppressed * 100.0,
                true,
                &mut errors,
            )
        } else {
            Some(0.0)
        };
        let threshold = match self.threshold.trim().parse::<u64>() {
            Ok(t) if (least.threshold..=u64::from(MAX_K)).contains(&t) => Some(t),
            _ => {
                errors.add(
                    "threshold",
                    tr!(lang, "export-error-threshold", {"from" => least.threshold, "to" => MAX_K}),
                );
                None
            }
        };
        match (profile, format, k, l, max_suppressed, threshold) {
            (
                Some(profile),
                Some(format),
                Some(k),
                Some(l),
                Some(max_suppressed),
                Some(threshold),
            ) if errors.is_empty() => Ok(ExportOptions {
                profile,
                format,
                requirements: super::anonymize::Requirements {
                    k,
                    l,
                    max_suppressed,
                },
                threshold,
                stable_ids: matches!(self.stable_ids.as_str(), "on" | "true" | "1"),
            }),
            _ => Err(errors),
        }
    }
}

/// The first rows of an export's data, as its reader will see them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// An export made on the web page, ready to download: its manifest (the risk report) and first
/// rows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportReady {
    /// Names the export in its download addresses (random; only its maker can use it).
    pub token: String,
    pub manifest: Manifest,
    pub preview: Preview,
    /// The selection in words.
    pub selection: String,
    /// Minutes left before the export is forgotten.
    pub minutes_left: u32,
}

/// The format name a manifest starts with.
pub const MANIFEST_FORMAT: &str = "izde-export-v1";

/// One file of an export, as its manifest lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    pub name: String,
    pub bytes: u64,
    pub sha256: String,
}

/// What an export is, for its recipient and for `izde export verify`: signed, with the hash of
/// every file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub installation: String,
    pub profile: String,
    pub profile_description: String,
    /// The case list's filters that selected the cases.
    pub filters: super::case::CaseFilter,
    /// The data's file format (csv or json).
    pub data_format: String,
    /// The exporter's k and l, and what the released rows achieve (none for the aggregate report,
    /// which releases no rows).
    pub k: Option<u32>,
    pub l: Option<u32>,
    pub max_suppressed: f64,
    pub achieved_k: Option<u32>,
    pub achieved_l: Option<u32>,
    /// Counts below this are suppressed in the report's tables, as are cells derivable from them.
    pub threshold: u64,
    pub cells_suppressed: u64,
    pub rows_selected: u64,
    /// Cases the filters matched that were left out before anything else because a testifier
    /// gave no consent to publish (or withdrew it); not counted in `rows_selected`.
    #[serde(default)]
    pub rows_withheld_for_consent: u64,
    pub rows_exported: u64,
    pub rows_suppressed: u64,
    /// (quasi-identifier, level used).
    pub levels: Vec<(String, String)>,
    /// Whether the ids are the same in every export (else a fresh key made them for this one).
    pub stable_ids: bool,
    pub never_exported: Vec<String>,
    pub files: Vec<ManifestFile>,
    /// Who exported, by role ("an account with the role researcher", "the command line"): never a
    /// username.
    pub exported_by: Option<String>,
    pub exported_at: String,
    /// The Ed25519 public key that signed `manifest.json` (hex); `manifest.sig` holds the signature.
    pub public_key: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::assert_codes_round_trip;

    #[test]
    fn profiles_read_back_and_the_public_one_is_coarser_everywhere() {
        assert_codes_round_trip(&Profile::ALL, Profile::code, Profile::parse, "everything");
        let (public, researcher) = (Profile::Public.floor(), Profile::Researcher.floor());
        assert!(public.iter().zip(researcher).all(|(p, r)| *p >= r));
        assert!(public != researcher);
        assert!(!Profile::Aggregate.has_rows());
    }

    #[test]
    fn the_form_names_each_bad_field_and_reads_good_ones() {
        let good = ExportForm::default()
            .validate(&ExportMinimums::default())
            .unwrap();
        assert_eq!(good.profile, Profile::Public);
        assert_eq!((good.requirements.k, good.requirements.l), (5, 2));
        assert!((good.requirements.max_suppressed - 0.05).abs() < 1e-9);
        assert_eq!((good.threshold, good.stable_ids), (5, false));
        let bad = ExportForm {
            profile: "everything".into(),
            format: "xlsx".into(),
            k: "1".into(),
            l: "x".into(),
            max_suppressed: "60%".into(),
            threshold: "1".into(),
            ..ExportForm::default()
        };
        let errors = bad.validate(&ExportMinimums::default()).unwrap_err();
        for field in ["profile", "format", "k", "l", "max_suppressed", "threshold"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        let l_over_k = ExportForm {
            k: "5".into(),
            l: "6".into(),
            ..ExportForm::default()
        };
        assert!(l_over_k
            .validate(&ExportMinimums::default())
            .unwrap_err()
            .get("l")
            .unwrap()
            .contains("more than k (5)"));
        // Each profile's minimums (issue 17, item 9): a public k = 2 is refused; a researcher
        // dataset may go to k = 3, l = 1 and 10 % left out, not further.
        let weak = |profile: &str, k: &str, l: &str, max: &str| ExportForm {
            profile: profile.into(),
            k: k.into(),
            l: l.into(),
            max_suppressed: max.into(),
            ..ExportForm::default()
        };
        let errors = weak("public", "2", "1", "6")
            .validate(&ExportMinimums::default())
            .unwrap_err();
        assert!(errors.get("k").unwrap().contains("from 5"));
        assert!(errors.get("l").unwrap().contains("from 2"));
        assert!(errors.get("max_suppressed").unwrap().contains("0 to 5"));
        assert!(weak("researcher", "3", "1", "10")
            .validate(&ExportMinimums::default())
            .is_ok());
        assert!(weak("researcher", "2", "1", "10")
            .validate(&ExportMinimums::default())
            .is_err());
        assert!(weak("researcher", "3", "1", "11")
            .validate(&ExportMinimums::default())
            .is_err());
        // The aggregate report has no rows: k, l and the share do not apply.
        let aggregate = ExportForm {
            profile: "aggregate".into(),
            k: String::new(),
            l: String::new(),
            max_suppressed: String::new(),
            stable_ids: "on".into(),
            ..ExportForm::default()
        };
        assert_eq!(
            aggregate
                .validate(&ExportMinimums::default())
                .unwrap()
                .profile,
            Profile::Aggregate
        );
        assert!(
            Format::parse("json").is_some_and(|f| f.data_file(Profile::Aggregate) == "tables.json")
        );
    }

    #[test]
    fn an_admin_s_minimums_bind_every_exporter_and_are_checked_themselves() {
        let form = MinimumsForm {
            public_k: "10".into(),
            public_max_suppressed: "2 %".into(),
            ..MinimumsForm::from(&ExportMinimums::default())
        };
        let raised = form.validate().unwrap();
        assert_eq!((raised.public.k, raised.public.l), (10, 2));
        assert!((raised.public.max_suppressed - 0.02).abs() < 1e-9);
        assert_eq!(raised.researcher, ExportMinimums::default().researcher);
        // The export form's defaults (k 5, 5 %) are now below the public minimums.
        let errors = ExportForm::default().validate(&raised).unwrap_err();
        assert!(errors.get("k").unwrap().contains("from 10"));
        assert!(errors.get("max_suppressed").unwrap().contains("0 to 2"));
        let strong = ExportForm {
            k: "10".into(),
            max_suppressed: "2".into(),
            ..ExportForm::default()
        };
        assert_eq!(strong.validate(&raised).unwrap().requirements.k, 10);
        // The admin's own form: each field out of range is named.
        let bad = MinimumsForm {
            public_k: "1".into(),
            public_l: "3".into(),
            public_max_suppressed: "51".into(),
            researcher_k: "3".into(),
            researcher_l: "4".into(),
            researcher_max_suppressed: "x".into(),
            threshold: "1".into(),
        };
        let errors = bad.validate().unwrap_err();
        for field in [
            "public_k",
            "public_max_suppressed",
            "researcher_l",
            "researcher_max_suppressed",
            "threshold",
        ] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        assert!(errors
            .get("researcher_l")
            .unwrap()
            .contains("more than k (3)"));
        // Round trip: what the page shows is what was saved.
        assert_eq!(MinimumsForm::from(&raised).validate().unwrap(), raised);
    }

    #[test]
    fn no_column_carries_what_is_never_exported() {
        for p in Profile::ALL {
            for c in p.columns() {
                for banned in [
                    "name",
                    "alias",
                    "contact",
                    "address",
                    "narrative",
                    "transcript",
                    "testifier",
                    "title",
                    "summary",
                ] {
                    assert!(!c.name.contains(banned), "{} in {}", c.name, p.code());
                }
            }
        }
    }
}
