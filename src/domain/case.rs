//! What the pages receive about cases: wire types, never row types or key material.

use super::partial_date::PartialDate;
use super::sensitive::Sensitive;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use super::case_filter::CaseFilter;

/// The largest page the case list serves, whatever the request asks for.
pub const MAX_PAGE_SIZE: u32 = 100;
/// The case list's page size when none is asked for.
pub const DEFAULT_PAGE_SIZE: u32 = 25;

/// A vocabulary code with its label, resolved on the server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coded {
    pub code: String,
    pub label: String,
}

/// A requested 1-based page number, at least 1.
pub fn page_number(asked: Option<u32>) -> u32 {
    asked.unwrap_or(1).max(1)
}

/// A requested page size (or `default`), between 1 and `max`, whatever was asked.
pub fn bounded_page_size(asked: Option<u32>, default: u32, max: u32) -> u32 {
    asked.unwrap_or(default).clamp(1, max)
}

/// Sentence-length ranges the list filters and counts by (the longest sentence of the case).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SentenceRange {
    UnderFive,
    FiveToTen,
    TenToTwenty,
    TwentyOrMore,
    Life,
}

impl SentenceRange {
    pub const ALL: [SentenceRange; 5] = [
        Self::UnderFive,
        Self::FiveToTen,
        Self::TenToTwenty,
        Self::TwentyOrMore,
        Self::Life,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::UnderFive => "lt5",
            Self::FiveToTen => "5-10",
            Self::TenToTwenty => "10-20",
            Self::TwentyOrMore => "20plus",
            Self::Life => "life",
        }
    }

    /// The range in words in `lang`: "under 5 years", "5 to under 10 years", …
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::tr;
        match self {
            Self::UnderFive => tr!(lang, "sentence-range-under-5"),
            Self::FiveToTen => tr!(lang, "sentence-range-5-10"),
            Self::TenToTwenty => tr!(lang, "sentence-range-10-20"),
            Self::TwentyOrMore => tr!(lang, "sentence-range-20-plus"),
            Self::Life => tr!(lang, "sentence-range-life"),
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The months it covers: `min <= months < max` (life is stored as 9999 months).
    pub fn months(self) -> (i64, i64) {
        match self {
            Self::UnderFive => (0, 60),
            Self::FiveToTen => (60, 120),
            Self::TenToTwenty => (120, 240),
            Self::TwentyOrMore => (240, 9999),
            Self::Life => (9999, 10_000),
        }
    }
}

/// How the case list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Most recently updated first.
    #[default]
    Updated,
    /// Most recent disappearance first (unknown last).
    Disappeared,
    /// Longest sentence first (none last).
    Sentence,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Updated, Sort::Disappeared, Sort::Sentence];

    pub fn code(self) -> &'static str {
        match self {
            Sort::Updated => "updated",
            Sort::Disappeared => "disappeared",
            Sort::Sentence => "sentence",
        }
    }

    /// The order in words in `lang`: "last update", "year of disappearance", "sentence length".
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::tr;
        match self {
            Sort::Updated => tr!(lang, "sort-updated"),
            Sort::Disappeared => tr!(lang, "sort-disappeared"),
            Sort::Sentence => tr!(lang, "sort-sentence"),
        }
    }

    pub fn parse(code: Option<&str>) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| Some(s.code()) == code)
            .unwrap_or_default()
    }
}

/// One value of a facet and how many cases of the current selection have it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    pub code: String,
    pub label: String,
    pub count: u64,
}

/// A facet: a filter of the case list with the count of each of its values, counted over the
/// cases the *other* filters select (so choosing a value shows how many cases it leaves).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facet {
    /// The URL parameter (`status`, `prefecture`, …).
    pub key: String,
    pub label: String,
    pub values: Vec<FacetValue>,
}

/// One row of the case list: a short, non-sensitive summary plus the display name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub id: Uuid,
    /// The missing person's name, or the case's pseudonym for those who may not see it.
    pub display_name: Sensitive,
    /// Whether `display_name` is the name (not the pseudonym).
    pub named: bool,
    pub status: Coded,
    pub gender: Option<Coded>,
    pub birth_year: Option<i32>,
    pub ethnicity: Option<Coded>,
    pub last_location: Option<String>,
    pub disappearance_year: Option<i32>,
    pub charges: Vec<String>,
    pub updated_at: String,
}

/// Two cases that may be one person, waiting in the admins' duplicate review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DuplicatePair {
    pub id: Uuid,
    /// The case whose saving found the other.
    pub case: CaseSummary,
    /// The case recorded before that it looks like.
    pub other: CaseSummary,
    pub found_at: String,
    /// "intake" or "edit".
    pub found_in: String,
    /// The account that saved the case.
    pub found_by: Option<String>,
    /// Whether whoever saved it said the other is someone else.
    pub said_different: bool,
}

/// A page of the case list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CasePage {
    pub items: Vec<CaseSummary>,
    pub page: u32,
    pub page_size: u32,
    pub total: u64,
    /// The facets of the current selection, with counts.
    #[serde(default)]
    pub facets: Vec<Facet>,
}

impl CasePage {
    /// Whether a later page exists.
    pub fn has_next(&self) -> bool {
        u64::from(self.page) * u64::from(self.page_size) < self.total
    }
}

/// The missing person, as the case page shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseProfile {
    pub name: Sensitive,
    pub other_names: Option<Sensitive>,
    pub aliases: Option<Sensitive>,
    pub id_numbers: Option<Sensitive>,
    pub birth_date: Option<Sensitive>,
    pub address: Option<Sensitive>,
    pub narrative: Option<Sensitive>,
    pub status: Coded,
    pub verification: Coded,
    pub gender: Option<Coded>,
    pub birth_year: Option<i32>,
    pub ethnicity: Option<Coded>,
    pub residency: Option<Coded>,
    pub occupation: Option<Coded>,
    pub last_contact: Option<PartialDate>,
    pub last_location: Option<Coded>,
    /// The place itself when the gazetteer lacks it (`last_location` is then its county);
    /// sealed.
    #[serde(default)]
    pub last_place_note: Option<Sensitive>,
}

/// A detention, trial and sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DetentionView {
    pub id: Uuid,
    pub facility_kind: Option<Coded>,
    pub facility_name: Option<String>,
    pub location: Option<Coded>,
    /// The place itself when the gazetteer lacks it (`location` is then its county); sealed.
    #[serde(default)]
    pub place_note: Option<Sensitive>,
    pub alleged_act: Option<String>,
    pub legal_charge: Option<Coded>,
    pub sentence: Option<String>,
    pub court: Option<String>,
    pub conviction_date: Option<PartialDate>,
    pub learned_date: Option<PartialDate>,
    pub learned_how: Option<Coded>,
    pub confirmed_by: Option<String>,
    /// Who is believed to have carried out the arrest (the UN working groups ask).
    #[serde(default)]
    pub responsible_forces: Option<Coded>,
    /// Whether a warrant was shown at the arrest.
    #[serde(default)]
    pub warrant_shown: Option<Coded>,
    /// The sentence clock: when release is expected (from the detention event, else the conviction).
    #[serde(default)]
    pub expected_release: Option<super::release::ExpectedRelease>,
    /// Every plausible release day has passed (as of the server's today when the page was made).
    #[serde(default)]
    pub release_overdue: bool,
    /// Overdue, and no news of the person (proof of life, contact, release) recorded since.
    #[serde(default)]
    pub release_alert: bool,
}

/// A relative who testifies for the case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestifierView {
    pub id: Uuid,
    pub name: Sensitive,
    pub contact: Option<Sensitive>,
    pub relationship: Coded,
    pub consent: Coded,
    pub pressure_notes: Option<Sensitive>,
    /// When the consent was given or last changed (the server's stamp).
    #[serde(default)]
    pub consent_since: Option<String>,
    /// The account that recorded it (only for readers who see names).
    #[serde(default)]
    pub consent_by: Option<String>,
    /// How the family gave or changed it (sealed; only for readers who see names).
    #[serde(default)]
    pub consent_note: Option<Sensitive>,
}

/// The tombstone of an erased case, as a reader may see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Erased {
    pub erased_at: String,
    pub erased_by: Option<String>,
    /// Only for admins.
    pub reason: Option<Sensitive>,
}

/// Another record of the same person, merged into this case from the duplicate review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MergedCase {
    /// Its old id: its address leads here, and its history before the merge is read there.
    pub id: Uuid,
    pub pseudonym: String,
    pub merged_at: String,
    pub merged_by: Option<String>,
    /// Why the admin judged them one person (sealed; only for readers who see names).
    pub notes: Option<Sensitive>,
}

/// Where a merged case went, for its old address.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MergedInto {
    pub kept_id: Uuid,
    pub merged_at: String,
    pub merged_by: Option<String>,
}

/// Something taken off the case after intake, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RemovalView {
    pub id: Uuid,
    /// "event", "testimony" or "detention".
    pub kind: String,
    pub item_id: Uuid,
    /// Sealed; only for readers who see names.
    pub reason: Option<Sensitive>,
    pub removed_at: String,
    pub removed_by: Option<String>,
}

/// A recorded statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestimonyView {
    pub id: Uuid,
    pub testifier_name: Sensitive,
    pub relationship: Option<Coded>,
    pub recorded: Option<PartialDate>,
    pub medium: Coded,
    pub language: Option<Coded>,
    pub duration_minutes: Option<i32>,
    pub recording_location: Option<Sensitive>,
    pub transcript: Option<Sensitive>,
    /// Who gave it, for those who may read testifiers (None on a redacted page).
    #[serde(default)]
    pub testifier_id: Option<Uuid>,
    /// The source that holds it.
    #[serde(default)]
    pub source_id: Option<Uuid>,
    /// The other cases this testimony is about (one testimony about several missing relatives),
    /// for those who may read the case whole.
    #[serde(default)]
    pub also_about: Vec<Uuid>,
}

/// Where a claim comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceView {
    pub id: Uuid,
    pub source_type: Coded,
    pub title: String,
    pub publisher: Option<String>,
    pub author: Option<Sensitive>,
    pub reference: Option<String>,
    pub published: Option<PartialDate>,
    pub language: Option<Coded>,
    pub reliability: Coded,
    pub credibility: Coded,
    pub content_sha256: Option<String>,
    /// Set when the source was retracted: it stays on the case, and counts for nothing.
    #[serde(default)]
    pub retraction: Option<Retraction>,
    /// Its web page archived into the evidence locker, and what re-checks found since (read for
    /// the case page, not kept in versions).
    #[serde(default)]
    pub archive: Option<super::evidence::ArchiveView>,
}

/// When and why a source was retracted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Retraction {
    pub at: String,
    pub by: Option<String>,
    /// Sealed; only for readers who see names.
    pub reason: Option<Sensitive>,
}

/// A source as cited by an event: enough to judge the claim at a glance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    pub source_id: Uuid,
    pub title: String,
    pub reliability: String,
    pub credibility: String,
    /// A retracted source still shows where it was cited, marked, and does not count.
    #[serde(default)]
    pub retracted: bool,
}

/// An event of the case's timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventView {
    pub id: Uuid,
    pub kind: Coded,
    pub date: Option<PartialDate>,
    pub reported: Option<PartialDate>,
    pub location: Option<Coded>,
    /// The place itself when the gazetteer lacks it (`location` is then its county); sealed.
    #[serde(default)]
    pub place_note: Option<Sensitive>,
    pub summary: Option<Sensitive>,
    pub citations: Vec<Citation>,
}

/// A case past its expected release with no news of the person since (the sentence clock's alert).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReleaseAlert {
    pub case: CaseSummary,
    pub sentence: String,
    pub expected: super::release::ExpectedRelease,
    /// Years since the last plausible release day.
    pub years_overdue: f64,
    /// The last news recorded (kind label, date), all of it before the release window.
    pub last_news: Option<(String, PartialDate)>,
}

/// A page of release alerts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReleaseAlerts {
    pub items: Vec<ReleaseAlert>,
    pub total: u64,
    pub page: u32,
    pub page_size: u32,
    /// The day the clock was read (the server's today).
    pub as_of: String,
}

/// The answer to a name search (posted, so the name never appears in a URL).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchOutcome {
    /// What was typed, to show it again in the box.
    pub query: String,
    /// Matching cases, best first, each with why it matched.
    pub hits: Vec<(CaseSummary, String)>,
    /// A message instead of results (nothing searchable typed, or the server is sealed).
    pub message: Option<String>,
    /// How many more cases matched among those the searcher may not read: only that they exist
    /// is shown (no pseudonym, no link); an admin can link them.
    #[serde(default)]
    pub hidden: usize,
}

/// The answer to "find a testifier already recorded" on the add-testifier page (posted, so the
/// name never appears in a URL).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TestifierMatches {
    /// What was typed, to show it again in the box.
    pub query: String,
    /// Testifiers of cases the searcher may read by name, best first.
    pub hits: Vec<TestifierHit>,
    /// How many more testifiers of this name speak only for cases the searcher may not read: only
    /// that they exist is shown; an admin can link them.
    pub hidden: usize,
    /// A message instead of results (nothing searchable typed, too many searches, …).
    pub message: Option<String>,
}

/// A recorded testifier whose name matches.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestifierHit {
    pub id: Uuid,
    pub name: Sensitive,
    /// The cases they speak for that the searcher may read by name: (case, the missing person's
    /// name, how the testifier is related to them).
    pub speaks_for: Vec<(Uuid, Sensitive, String)>,
    /// How many other cases they speak for (not named here).
    pub more: usize,
    /// Already a testifier of the case being changed.
    pub on_this_case: bool,
}

/// Everything the case page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseDetail {
    pub id: Uuid,
    /// "Case K-…": how the case reads to those who may not see names.
    pub pseudonym: String,
    /// Whether names and other sensitive fields are shown (false: left out, name = pseudonym).
    pub sensitive: bool,
    /// Whether the reader may change the case.
    pub can_edit: bool,
    /// Incremented by every save; edit forms send it back so a stale save is refused.
    pub revision: i64,
    pub profile: CaseProfile,
    pub detentions: Vec<DetentionView>,
    pub testifiers: Vec<TestifierView>,
    pub testimonies: Vec<TestimonyView>,
    pub sources: Vec<SourceView>,
    /// Ordered by partial date; undated events last.
    pub events: Vec<EventView>,
    /// Every claim with the sources cited for it and its verification level.
    #[serde(default)]
    pub claims: Vec<super::provenance::ClaimView>,
    /// What was taken off the case after intake, oldest first.
    #[serde(default)]
    pub removals: Vec<RemovalView>,
    /// Other records of the same person merged into this one, oldest first.
    #[serde(default)]
    pub merged_in: Vec<MergedCase>,
    /// The files in the evidence locker (read for the case page, not kept in versions).
    #[serde(default)]
    pub evidence: Vec<super::evidence::EvidenceItem>,
    pub created_at: String,
    /// When and by whom (username) this revision was saved.
    pub updated_at: String,
    pub updated_by: Option<String>,
}

/// One revision in a case's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub revision: i64,
    pub recorded_at: String,
    pub recorded_by: Option<String>,
    /// What this revision changed from the one before, in words.
    pub changes: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_size_is_bounded_whatever_is_asked() {
        let f = CaseFilter {
            page_size: Some(1_000_000),
            page: Some(0),
            ..CaseFilter::default()
        };
        assert_eq!(f.page_size(), MAX_PAGE_SIZE);
        assert_eq!(f.page(), 1);
    }

    #[test]
    fn a_page_knows_whether_more_follow() {
        let page = |page, total| CasePage {
            items: vec![],
            page,
            page_size: 25,
            total,
            facets: vec![],
        };
        assert!(page(1, 26).has_next());
        assert!(!page(2, 50).has_next());
    }
}
