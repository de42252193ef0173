//! Export profiles: what leaves Izde in each, and how general each quasi-identifier must at least
//! be. The lattice search of [`super::anonymize`] starts from a profile's floor and may generalize
//! further to reach the exporter's k and l.

use serde::{Deserialize, Serialize};

/// The quasi-identifiers of an exported row, in the order of the anonymization lattice.
pub const QUASI_IDENTIFIERS: [&str; 7] = [
    "place",
    "birth_year",
    "gender",
    "ethnicity",
    "occupation",
    "disappeared",
    "detained",
];

/// What no profile ever exports (the data dictionary and the manifest repeat it).
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

/// One column of an exported dataset, for the data dictionary.
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
        meaning: "legal charges (vocabulary legal_charge), separated by |",
    },
    Column {
        name: "sentence",
        meaning: "longest sentence as a range: lt5, 5-10, 10-20, 20plus, life",
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
        name: "row, column",
        meaning: "the values the cell counts",
    },
    Column {
        name: "count",
        meaning: "number of cases, or “<5” where suppressed (small, or derivable from the others)",
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

    pub fn label(self) -> &'static str {
        match self {
            Profile::Public => "Public dataset",
            Profile::Researcher => "Researcher dataset",
            Profile::Aggregate => "Aggregate report",
        }
    }

    /// In a sentence, what leaves and how general.
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
    pub fn floor(self) -> [u8; 7] {
        match self {
            // place ≥ prefecture, birth ≥ 5-year band, occupation ≥ sector, dates ≥ year.
            Profile::Public => [2, 1, 0, 0, 1, 3, 3],
            // place ≥ county, dates ≥ month.
            Profile::Researcher => [1, 0, 0, 0, 0, 1, 1],
            // Tables by prefecture, 10-year band, grouped ethnicity, sector, year.
            Profile::Aggregate => [2, 2, 0, 1, 1, 3, 3],
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
    pub k: u32,
    pub l: u32,
    pub max_suppressed: f64,
    pub achieved_k: u32,
    pub achieved_l: u32,
    pub rows_selected: u64,
    pub rows_exported: u64,
    pub rows_suppressed: u64,
    /// (quasi-identifier, level used).
    pub levels: Vec<(String, String)>,
    /// Whether the ids are the same in every export (else a fresh key made them for this one).
    pub stable_ids: bool,
    pub never_exported: Vec<String>,
    pub files: Vec<ManifestFile>,
    pub exported_by: Option<String>,
    pub exported_at: String,
    /// The Ed25519 public key that signed `manifest.json` (hex); `manifest.sig` holds the signature.
    pub public_key: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_read_back_and_the_public_one_is_coarser_everywhere() {
        for p in Profile::ALL {
            assert_eq!(Profile::parse(p.code()), Some(p));
        }
        assert_eq!(Profile::parse("everything"), None);
        let (public, researcher) = (Profile::Public.floor(), Profile::Researcher.floor());
        assert!(public.iter().zip(researcher).all(|(p, r)| *p >= r));
        assert!(public != researcher);
        assert!(!Profile::Aggregate.has_rows());
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
