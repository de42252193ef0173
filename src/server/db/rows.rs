//! Row types: what the database holds, sealed columns as bytes. Never sent to a page.

use sqlx::FromRow;

#[derive(Debug, FromRow)]
pub struct TermRow {
    pub vocabulary: String,
    pub code: String,
    pub label_en: String,
    pub label_kk: String,
    pub label_ru: String,
    pub label_ug: String,
    pub label_zh: String,
}

#[derive(Debug, FromRow)]
pub struct LocationRow {
    pub id: String,
    pub parent_id: Option<String>,
    pub level: String,
    pub prefecture_id: Option<String>,
    pub name_en: String,
    pub name_zh: String,
    pub name_kk: String,
    pub name_ug: String,
    /// Empty for a place added without a Russian name (migration 0042).
    pub name_ru: Option<String>,
}

/// A case as stored.
#[derive(Debug, FromRow)]
pub struct CaseRow {
    pub id: String,
    pub dek_wrapped: Vec<u8>,
    pub key_scheme: i64,
    /// The KEK that wraps `dek_wrapped` (None: the first scheme).
    pub kek_version: Option<i64>,
    pub status: String,
    pub gender: Option<String>,
    pub birth_year: Option<i32>,
    pub ethnicity: Option<String>,
    pub residency: Option<String>,
    pub occupation: Option<String>,
    pub last_location_id: Option<String>,
    pub last_prefecture_id: Option<String>,
    pub last_contact_text: Option<String>,
    pub last_contact_sort: Option<String>,
    pub last_contact_rank: Option<i64>,
    pub disappearance_year: Option<i32>,
    pub verification: String,
    pub name_sealed: Vec<u8>,
    pub other_names_sealed: Option<Vec<u8>>,
    pub aliases_sealed: Option<Vec<u8>>,
    pub id_numbers_sealed: Option<Vec<u8>>,
    pub birth_date_sealed: Option<Vec<u8>>,
    pub address_sealed: Option<Vec<u8>>,
    pub narrative_sealed: Option<Vec<u8>>,
    /// The last known place when the gazetteer lacks it (see `last_location_id`).
    #[sqlx(default)]
    pub last_place_note_sealed: Option<Vec<u8>>,
    pub created_at: String,
    pub updated_at: String,
    /// The account that entered the case (None: the command line or before accounts existed).
    pub created_by: Option<String>,
    /// The account that saved the current revision.
    pub updated_by: Option<String>,
    /// Incremented by every save; an edit begun at an older revision is refused.
    pub revision: i64,
    /// The longest sentence of the case in months (life: 9999), for the list's facets and sort.
    pub sentence_months_max: Option<i64>,
    /// The values of the facets kept in other tables (`server::db::text`): set on a new case's
    /// row as it is inserted; later writes make them again from the stored rows.
    #[sqlx(default)]
    pub facet_values: Option<String>,
}

/// The columns of the case list.
#[derive(Debug, FromRow)]
pub struct CaseListRow {
    pub id: String,
    pub created_by: Option<String>,
    pub dek_wrapped: Vec<u8>,
    pub name_sealed: Vec<u8>,
    pub status: String,
    pub gender: Option<String>,
    pub birth_year: Option<i32>,
    pub ethnicity: Option<String>,
    pub last_location_id: Option<String>,
    pub disappearance_year: Option<i32>,
    pub updated_at: String,
}

#[derive(Debug, FromRow)]
pub struct TestifierRow {
    pub id: String,
    pub dek_wrapped: Vec<u8>,
    pub key_scheme: i64,
    /// The KEK that wraps `dek_wrapped` (None: the first scheme).
    pub kek_version: Option<i64>,
    pub name_sealed: Vec<u8>,
    pub contact_sealed: Option<Vec<u8>>,
    pub created_at: String,
    pub updated_at: String,
}

/// Something taken off a case, with its sealed reason.
#[derive(Debug, FromRow)]
pub struct RemovalRow {
    pub id: String,
    pub case_id: String,
    /// "event", "testimony" or "detention".
    pub kind: String,
    pub item_id: String,
    pub reason_sealed: Vec<u8>,
    pub removed_at: String,
    pub removed_by: Option<String>,
    /// The remover's account name (read with the row, never stored).
    #[sqlx(default)]
    pub remover: Option<String>,
}

/// A testifier with their link to one case.
#[derive(Debug, FromRow)]
pub struct CaseTestifierRow {
    pub case_id: String,
    pub testifier_id: String,
    pub relationship: String,
    pub consent: String,
    pub pressure_notes_sealed: Option<Vec<u8>>,
    pub created_at: String,
    /// When the consent was last given or changed, and by which account.
    pub consent_changed_at: Option<String>,
    pub consent_changed_by: Option<String>,
    /// How it was given or changed, sealed with the case's key.
    pub consent_note_sealed: Option<Vec<u8>>,
    /// That account's name (read with the link, never stored).
    #[sqlx(default)]
    pub consent_by: Option<String>,
}

#[derive(Debug, FromRow)]
pub struct DetentionRow {
    pub id: String,
    pub case_id: String,
    pub facility_kind: Option<String>,
    pub facility_name: Option<String>,
    pub location_id: Option<String>,
    /// The place when the gazetteer lacks it (see `location_id`).
    #[sqlx(default)]
    pub place_note_sealed: Option<Vec<u8>>,
    pub alleged_act: Option<String>,
    pub legal_charge: Option<String>,
    pub sentence_months: Option<i64>,
    pub sentence_life: i64,
    pub court: Option<String>,
    pub conviction_text: Option<String>,
    pub conviction_sort: Option<String>,
    pub conviction_rank: Option<i64>,
    pub learned_text: Option<String>,
    pub learned_sort: Option<String>,
    pub learned_rank: Option<i64>,
    pub learned_how: Option<String>,
    pub confirmed_by: Option<String>,
    /// Who is believed to have carried out the arrest (vocabulary `responsible_forces`).
    #[sqlx(default)]
    pub responsible_forces: Option<String>,
    /// Whether a warrant was shown (vocabulary `warrant_shown`).
    #[sqlx(default)]
    pub warrant_shown: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, FromRow)]
pub struct EventRow {
    pub id: String,
    pub case_id: String,
    pub kind: String,
    pub date_text: Option<String>,
    pub date_sort: Option<String>,
    pub date_rank: Option<i64>,
    pub reported_text: Option<String>,
    pub reported_sort: Option<String>,
    pub reported_rank: Option<i64>,
    pub location_id: Option<String>,
    /// The place when the gazetteer lacks it (see `location_id`).
    #[sqlx(default)]
    pub place_note_sealed: Option<Vec<u8>>,
    pub summary_sealed: Option<Vec<u8>>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, FromRow)]
pub struct SourceRow {
    pub id: String,
    pub case_id: String,
    pub source_type: String,
    pub title: String,
    pub publisher: Option<String>,
    pub author_sealed: Option<Vec<u8>>,
    pub reference: Option<String>,
    pub published_text: Option<String>,
    pub published_sort: Option<String>,
    pub published_rank: Option<i64>,
    pub language: Option<String>,
    pub reliability: String,
    pub credibility: String,
    pub content_sha256: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Set by a retraction only (never inserted).
    #[sqlx(default)]
    pub retracted_at: Option<String>,
    #[sqlx(default)]
    pub retracted_by: Option<String>,
    #[sqlx(default)]
    pub retraction_sealed: Option<Vec<u8>>,
}

#[derive(Debug, FromRow)]
pub struct EventSourceRow {
    pub event_id: String,
    pub source_id: String,
}

#[derive(Debug, FromRow)]
pub struct TestimonyRow {
    pub id: String,
    pub case_id: String,
    pub testifier_id: String,
    pub recorded_text: Option<String>,
    pub recorded_sort: Option<String>,
    pub recorded_rank: Option<i64>,
    pub medium: String,
    pub language: Option<String>,
    pub duration_minutes: Option<i32>,
    pub recording_location_sealed: Option<Vec<u8>>,
    pub transcript_sealed: Option<Vec<u8>>,
    /// The source that holds the testimony (the published video, the written appeal).
    pub source_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Shared by the copies of one testimony that concerns several missing relatives (each case
    /// holds its own copy, sealed with its own key).
    pub shared_id: Option<String>,
}

/// A partial date in its three stored columns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoredDate {
    pub text: Option<String>,
    pub sort: Option<String>,
    pub rank: Option<i64>,
}

impl StoredDate {
    /// The columns for an optional partial date.
    pub fn from_date(date: Option<&crate::domain::PartialDate>) -> Self {
        match date {
            None => Self::default(),
            Some(d) => {
                let (day, rank) = d.sort_key();
                Self {
                    text: Some(d.to_string()),
                    sort: Some(day.format("%Y-%m-%d").to_string()),
                    rank: Some(i64::from(rank)),
                }
            }
        }
    }
}

/// One entry of a testifier's name in `testifier_index` (see server::records::search).
#[derive(Clone, Debug, FromRow)]
pub struct TestifierIndexRow {
    pub testifier_id: String,
    pub kind: String,
    pub digest: String,
    pub kek_version: i64,
    pub table_version: i64,
}

/// One blind-index entry of a case (see server::records::search).
#[derive(Clone, Debug, FromRow)]
pub struct IndexRow {
    pub case_id: String,
    pub kind: String,
    pub digest: String,
    pub kek_version: i64,
    pub table_version: i64,
}
