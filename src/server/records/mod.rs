//! The record service: validation result in, sealed rows out (and back). Every write is one
//! transaction; every read opens only what the page shows.

pub mod alerts;
mod by_name;
mod consent;
mod detail;
mod dossier;
mod edit;
mod erasure;
mod history;
mod imported;
mod intake;
pub mod kept;
mod list;
mod merge;
mod pack;
mod places;
pub mod provenance;
mod removal;
mod review;
pub mod search;
mod sources;
pub mod stats;
mod testifiers;
pub(crate) mod unencrypted;
pub mod waves;

pub use by_name::*;
pub use consent::*;
pub use detail::*;
pub use dossier::dossier;
pub use edit::*;
pub use erasure::*;
pub use history::*;
pub use imported::*;
pub use intake::*;
pub use list::*;
pub use merge::{merge_cases, merge_of, merge_preview};
pub use pack::{pack_view, produce_pack};
pub use places::{add_place, added_places};
pub use removal::*;
pub use review::*;
pub use sources::{edit_source, retract_source};
pub use testifiers::*;
pub use unencrypted::{validate_intake, validate_intakes};

use crate::domain::account::{pseudonym, Role};
use crate::domain::case::*;
use crate::domain::forms::*;
use crate::domain::sentence::SentenceLength;
use crate::domain::timeline::disappearance_year;
use crate::domain::vocab::{names, Vocabularies};
use crate::domain::{PartialDate, Sensitive};
use crate::error::AppError;
use crate::server::audit::{self, action, kind};
use crate::server::auth::access::{self, Actor};
use crate::server::context::Context;
use crate::server::crypto::{wrapped_kek_version, DataKey, FieldRef, ServerKeys, KEY_SCHEME_KEK};
use crate::server::db::{self, duplicates, records as repo, rows::*, versions, Conn, Pool};
use crate::server::records::search::{Match, Names, Query};
use anyhow::Context as _;
use uuid::Uuid;

/// Why a record operation failed.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("no such record")]
    NotFound,
    #[error("the form has errors")]
    Invalid(FieldErrors),
    #[error("the server is sealed")]
    Sealed,
    #[error("the person may already be recorded")]
    /// For each missing relative of the intake, the existing cases they may be.
    Duplicate(Vec<crate::domain::forms::Lookalikes>),
    /// The actor's role does not allow this; the message says what they may not do.
    #[error("not allowed")]
    Forbidden(String),
    /// Someone else saved the case after this edit began; nothing was saved.
    #[error("stale edit")]
    Stale(String, i64),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for RecordError {
    fn from(e: sqlx::Error) -> Self {
        Self::Internal(anyhow::Error::new(e).context("database"))
    }
}

impl From<crate::server::crypto::CryptoError> for RecordError {
    fn from(e: crate::server::crypto::CryptoError) -> Self {
        Self::Internal(anyhow::Error::new(e).context("keys"))
    }
}

impl From<FieldErrors> for RecordError {
    fn from(e: FieldErrors) -> Self {
        Self::Invalid(e)
    }
}

impl From<RecordError> for AppError {
    fn from(e: RecordError) -> Self {
        match e {
            RecordError::NotFound => AppError::NotFound,
            RecordError::Invalid(errors) => AppError::Validation(errors),
            RecordError::Sealed => AppError::Sealed,
            RecordError::Duplicate(..) => {
                let lang = crate::i18n::current();
                AppError::Conflict(crate::i18n::tr!(lang, "record-duplicate"))
            }
            RecordError::Forbidden(message) => AppError::Forbidden(message),
            RecordError::Stale(message, _) => AppError::Conflict(message),
            RecordError::Internal(cause) => {
                let reference = Uuid::new_v4().simple().to_string()[..8].to_string();
                // The cause names tables, constraints and key errors, never field values.
                tracing::error!(%reference, error = ?cause, "request failed");
                AppError::Internal { reference }
            }
        }
    }
}

type Result<T> = std::result::Result<T, RecordError>;

/// A record id from a URL or form; anything else is a record that does not exist.
pub(crate) fn parse_id(id: &str) -> Result<Uuid> {
    Uuid::parse_str(id).map_err(|_| RecordError::NotFound)
}

fn coded(vocab: &Vocabularies, vocabulary: &str, code: &str) -> Coded {
    Coded {
        code: code.to_string(),
        label: vocab.label(vocabulary, code),
    }
}

fn coded_opt(vocab: &Vocabularies, vocabulary: &str, code: Option<&str>) -> Option<Coded> {
    code.map(|c| coded(vocab, vocabulary, c))
}

fn place(vocab: &Vocabularies, id: Option<&str>) -> Option<Coded> {
    id.map(|id| Coded {
        code: id.to_string(),
        label: vocab.location_path(id),
    })
}

fn stored_date(text: Option<&str>) -> Option<PartialDate> {
    // Stored dates were written from valid PartialDates; an unreadable one is shown as absent
    // rather than failing the whole page.
    text.and_then(|t| PartialDate::parse(t).ok())
}

/// The sealed profile columns of a case.
fn case_row(
    keys_dek: &DataKey,
    id: Uuid,
    dek_wrapped: Vec<u8>,
    p: &PersonFields,
    vocab: &Vocabularies,
    created_at: &str,
    now: &str,
) -> CaseRow {
    let f = |field| FieldRef::of(id, field);
    let last_contact = StoredDate::from_date(p.last_contact.as_ref());
    CaseRow {
        id: id.to_string(),
        key_scheme: KEY_SCHEME_KEK,
        kek_version: wrapped_kek_version(&dek_wrapped),
        dek_wrapped,
        status: p.status.clone(),
        gender: p.gender.clone(),
        birth_year: p.birth_year,
        ethnicity: p.ethnicity.clone(),
        residency: p.residency.clone(),
        occupation: p.occupation.clone(),
        last_location_id: p.last_location.clone(),
        last_prefecture_id: p
            .last_location
            .as_deref()
            .and_then(|l| vocab.location(l))
            .and_then(|l| l.prefecture_id.clone()),
        last_contact_text: last_contact.text,
        last_contact_sort: last_contact.sort,
        last_contact_rank: last_contact.rank,
        disappearance_year: p.last_contact.as_ref().map(PartialDate::year_hint),
        verification: p.verification.clone(),
        name_sealed: keys_dek.seal(&f("cases.name"), p.name.expose()),
        other_names_sealed: keys_dek.seal_opt(&f("cases.other_names"), p.other_names.as_ref()),
        aliases_sealed: keys_dek.seal_opt(&f("cases.aliases"), p.aliases.as_ref()),
        id_numbers_sealed: keys_dek.seal_opt(&f("cases.id_numbers"), p.id_numbers.as_ref()),
        birth_date_sealed: keys_dek.seal_opt(&f("cases.birth_date"), p.birth_date.as_ref()),
        address_sealed: keys_dek.seal_opt(&f("cases.address"), p.address.as_ref()),
        narrative_sealed: keys_dek.seal_opt(&f("cases.narrative"), p.narrative.as_ref()),
        last_place_note_sealed: keys_dek
            .seal_opt(&f("cases.last_place_note"), p.last_place_note.as_ref()),
        created_at: created_at.to_string(),
        updated_at: now.to_string(),
        created_by: None,
        updated_by: None,
        revision: 1,
        sentence_months_max: None,
        facet_values: None,
    }
}

fn event_row(
    dek: &DataKey,
    case_id: Uuid,
    id: Uuid,
    e: &EventFields,
    created_at: &str,
    now: &str,
) -> EventRow {
    let date = StoredDate::from_date(e.date.as_ref());
    let reported = StoredDate::from_date(e.reported.as_ref());
    EventRow {
        id: id.to_string(),
        case_id: case_id.to_string(),
        kind: e.kind.clone(),
        date_text: date.text,
        date_sort: date.sort,
        date_rank: date.rank,
        reported_text: reported.text,
        reported_sort: reported.sort,
        reported_rank: reported.rank,
        location_id: e.location.clone(),
        summary_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "events.summary", id),
            e.summary.as_ref(),
        ),
        place_note_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "events.place_note", id),
            e.place_note.as_ref(),
        ),
        created_at: created_at.to_string(),
        updated_at: now.to_string(),
    }
}

fn source_row(dek: &DataKey, case_id: Uuid, id: Uuid, s: &SourceFields, now: &str) -> SourceRow {
    let published = StoredDate::from_date(s.published.as_ref());
    SourceRow {
        id: id.to_string(),
        case_id: case_id.to_string(),
        source_type: s.source_type.clone(),
        title: s.title.clone(),
        publisher: s.publisher.clone(),
        author_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "sources.author", id),
            s.author.as_ref(),
        ),
        reference: s.reference.clone(),
        published_text: published.text,
        published_sort: published.sort,
        published_rank: published.rank,
        language: s.language.clone(),
        reliability: s.reliability.clone(),
        credibility: s.credibility.clone(),
        content_sha256: s.content_sha256.clone(),
        created_at: now.to_string(),
        updated_at: now.to_string(),
        retracted_at: None,
        retracted_by: None,
        retraction_sealed: None,
    }
}

/// Recomputes the list's year-of-disappearance column from the case's timeline.
async fn refresh_disappearance_year(conn: &mut Conn, case: &CaseRow) -> Result<()> {
    let events = repo::events_of(conn, &case.id).await?;
    let dates: Vec<(String, Option<PartialDate>)> = events
        .into_iter()
        .map(|e| (e.kind, stored_date(e.date_text.as_deref())))
        .collect();
    let last_contact = stored_date(case.last_contact_text.as_deref());
    let year = disappearance_year(
        dates.iter().map(|(k, d)| (k.as_str(), d.as_ref())),
        last_contact.as_ref(),
    );
    repo::set_disappearance_year(conn, &case.id, year).await?;
    Ok(())
}

/// An audit entry by `actor` (none for the command line) about one record.
pub fn entry<'a>(
    actor: &'a Actor,
    what: &'a str,
    record_kind: &'a str,
    id: &'a str,
) -> audit::Entry<'a> {
    let e = audit::Entry::new(what).on(record_kind, id);
    match actor.user_id() {
        Some(user) => e.by(user),
        None => e,
    }
}

/// The audit hash of a case row's stored form: its wrapped key and every sealed profile field.
fn case_digest(row: &CaseRow) -> String {
    let opt = |v: &Option<Vec<u8>>| v.clone().unwrap_or_default();
    audit::digest(&[
        &row.dek_wrapped,
        &row.name_sealed,
        &opt(&row.other_names_sealed),
        &opt(&row.aliases_sealed),
        &opt(&row.id_numbers_sealed),
        &opt(&row.birth_date_sealed),
        &opt(&row.address_sealed),
        &opt(&row.narrative_sealed),
        row.status.as_bytes(),
        row.verification.as_bytes(),
    ])
}

/// The audit hash of an event row's stored form.
fn event_digest(row: &EventRow) -> String {
    audit::digest(&[
        row.kind.as_bytes(),
        row.date_text.as_deref().unwrap_or_default().as_bytes(),
        row.location_id.as_deref().unwrap_or_default().as_bytes(),
        row.summary_sealed.as_deref().unwrap_or_default(),
    ])
}

/// Logs that `actor` was shown the sensitive fields of these cases: one entry for the lot, through
/// the app's [`audit::ReadLog`], returning once it is committed. The command line's reads are not
/// logged: it holds the key itself.
pub async fn log_reads(cx: &Context, actor: &Actor, case_ids: &[String]) -> Result<()> {
    let Some(user) = actor.user_id() else {
        return Ok(());
    };
    if case_ids.is_empty() {
        return Ok(());
    }
    cx.reads.record(user, case_ids).await?;
    Ok(())
}

/// Unwraps a case's data key inside a transaction, or NotFound.
pub(crate) async fn case_key(
    conn: &mut Conn,
    keys: &ServerKeys,
    case_id: Uuid,
) -> Result<(CaseRow, DataKey)> {
    let row = repo::get_case(conn, &case_id.to_string())
        .await?
        .ok_or(RecordError::NotFound)?;
    let dek = keys.unwrap_data_key(case_id, &row.dek_wrapped)?;
    Ok((row, dek))
}

/// A case's row and data key for a change by `actor`, refused unless they may edit it.
pub(crate) async fn open_for_edit(
    conn: &mut Conn,
    cx: &Context,
    actor: &Actor,
    case_id: Uuid,
) -> Result<(CaseRow, DataKey)> {
    // Editors of one case queue here, so the second reads what the first saved (SQLite's write
    // transactions are serialized already, from their BEGIN).
    repo::lock_case(conn, &case_id.to_string()).await?;
    let (case, dek) = case_key(conn, &cx.keys, case_id).await?;
    access::require_edit(conn, &cx.clock, actor, &case.id, case.created_by.as_deref()).await?;
    Ok((case, dek))
}

impl OpenNames {
    fn open(dek: &DataKey, row: &CaseRow) -> Result<Self> {
        let id = dek.owner();
        let f = |field| FieldRef::of(id, field);
        Ok(Self {
            name: dek.open(&f("cases.name"), &row.name_sealed)?,
            other_names: dek
                .open_opt(&f("cases.other_names"), row.other_names_sealed.as_deref())?,
            aliases: dek.open_opt(&f("cases.aliases"), row.aliases_sealed.as_deref())?,
            id_numbers: dek.open_opt(&f("cases.id_numbers"), row.id_numbers_sealed.as_deref())?,
            birth_year: row.birth_year,
        })
    }

    fn names(&self) -> Names<'_> {
        Names {
            name: &self.name,
            other_names: self.other_names.as_ref(),
            aliases: self.aliases.as_ref(),
            id_numbers: self.id_numbers.as_ref(),
            birth_year: self.birth_year,
        }
    }
}

/// Loads the vocabularies and gazetteer.
pub async fn load_vocabularies(pool: &Pool) -> anyhow::Result<Vocabularies> {
    use crate::domain::vocab::{Labels, Location, LocationLevel, Term};
    let terms = crate::server::db::vocab::load_terms(pool)
        .await
        .context("cannot load the vocabularies")?
        .into_iter()
        .map(|t| {
            (
                t.vocabulary,
                Term {
                    code: t.code,
                    label: Labels {
                        en: t.label_en,
                        kk: t.label_kk,
                        ru: t.label_ru,
                        ug: t.label_ug,
                        zh: t.label_zh,
                    },
                },
            )
        })
        .collect();
    let locations = crate::server::db::vocab::load_locations(pool)
        .await
        .context("cannot load the gazetteer")?
        .into_iter()
        .map(|l| Location {
            level: LocationLevel::parse(&l.level).unwrap_or(LocationLevel::Township),
            id: l.id,
            parent_id: l.parent_id,
            prefecture_id: l.prefecture_id,
            name: Labels {
                en: l.name_en,
                kk: l.name_kk,
                ru: l.name_ru.unwrap_or_default(),
                ug: l.name_ug,
                zh: l.name_zh,
            },
        })
        .collect();
    Ok(Vocabularies::new(terms, locations))
}
