//! The record service: validation result in, sealed rows out (and back). Every write is one
//! transaction; every read opens only what the page shows.

pub mod alerts;
pub mod provenance;
pub mod search;
pub mod stats;
pub mod waves;

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
use crate::server::db::{self, records as repo, rows::*, versions, Conn, Pool};
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
    Duplicate(Vec<CaseSummary>),
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
            RecordError::Duplicate(_) => AppError::Conflict(
                "This person may already be recorded: check the cases listed before saving.".into(),
            ),
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
        created_at: created_at.to_string(),
        updated_at: now.to_string(),
        created_by: None,
        updated_by: None,
        revision: 1,
        sentence_months_max: None,
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

/// Logs that `actor` was shown the sensitive fields of these cases (one entry each, one
/// transaction). The command line's reads are not logged: it holds the key itself.
pub async fn log_reads(pool: &Pool, actor: &Actor, case_ids: &[String]) -> Result<()> {
    if actor.user_id().is_none() || case_ids.is_empty() {
        return Ok(());
    }
    let mut tx = pool.begin().await.context("begin")?;
    for id in case_ids {
        audit::append(&mut tx, &entry(actor, action::CASE_READ, kind::CASE, id)).await?;
    }
    tx.commit().await.context("commit")?;
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

/// Records a whole testimony — testifier, missing person, detention, testimony, first events and
/// source — in one transaction. Returns the new case's id.
pub async fn create_testimony(cx: &Context, actor: &Actor, form: &IntakeForm) -> Result<Uuid> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    actor.require(&[Role::Admin, Role::Volunteer], "enter new testimonies")?;
    let intake = form.validate(vocab)?;
    let mut sealed = seal_testimony(keys, vocab, &intake, &cx.clock.stamp())?;
    sealed.case.created_by = actor.user_id().map(str::to_string);
    sealed.case.updated_by = sealed.case.created_by.clone();
    let case_id = sealed.case_id;
    let after = case_digest(&sealed.case);
    let mut tx = pool.begin().await.context("begin")?;
    insert_sealed(&mut tx, vocab, vec![sealed]).await?;
    let id = case_id.to_string();
    audit::append(
        &mut tx,
        &entry(actor, action::CASE_CREATE, kind::CASE, &id).change(None, Some(after)),
    )
    .await?;
    tx.commit().await.context("commit")?;
    tracing::debug!(case = %case_id, "testimony recorded");
    Ok(case_id)
}

/// The rows of one validated testimony, sealed and ready to insert.
pub struct SealedTestimony {
    pub case_id: Uuid,
    case: CaseRow,
    testifier: TestifierRow,
    link: CaseTestifierRow,
    detention: Option<DetentionRow>,
    testimony: TestimonyRow,
    events: Vec<EventRow>,
    source: Option<SourceRow>,
    index: Vec<IndexRow>,
}

/// Seals a validated testimony: all the CPU work (keys, AEAD), none of the I/O, so batches can be
/// sealed on other threads.
pub fn seal_testimony(
    keys: &ServerKeys,
    vocab: &Vocabularies,
    intake: &NewTestimony,
    now: &str,
) -> Result<SealedTestimony> {
    let case_id = Uuid::now_v7();
    let (dek, dek_wrapped) = keys.new_data_key(case_id)?;
    let testifier_id = Uuid::now_v7();
    let (tdek, tdek_wrapped) = keys.new_data_key(testifier_id)?;

    let mut case = case_row(
        &dek,
        case_id,
        dek_wrapped,
        &intake.person,
        vocab,
        now,
        now,
    );
    case.disappearance_year = disappearance_year(
        intake
            .events
            .iter()
            .map(|e| (e.kind.as_str(), e.date.as_ref())),
        intake.person.last_contact.as_ref(),
    );
    let t = &intake.testifier;
    let testifier = TestifierRow {
        id: testifier_id.to_string(),
        kek_version: wrapped_kek_version(&tdek_wrapped),
        dek_wrapped: tdek_wrapped,
        key_scheme: KEY_SCHEME_KEK,
        name_sealed: tdek.seal(
            &FieldRef::of(testifier_id, "testifiers.name"),
            t.name.expose(),
        ),
        contact_sealed: tdek.seal_opt(
            &FieldRef::of(testifier_id, "testifiers.contact"),
            t.contact.as_ref(),
        ),
        created_at: now.to_string(),
        updated_at: now.to_string(),
    };
    let link = CaseTestifierRow {
        case_id: case_id.to_string(),
        testifier_id: testifier_id.to_string(),
        relationship: t.relationship.clone(),
        consent: t.consent.clone(),
        pressure_notes_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "case_testifiers.pressure_notes", testifier_id),
            t.pressure_notes.as_ref(),
        ),
        created_at: now.to_string(),
    };
    let detention = intake.detention.as_ref().map(|d| {
        let conviction = StoredDate::from_date(d.conviction_date.as_ref());
        let learned = StoredDate::from_date(d.learned_date.as_ref());
        DetentionRow {
            id: Uuid::now_v7().to_string(),
            case_id: case_id.to_string(),
            facility_kind: d.facility_kind.clone(),
            facility_name: d.facility_name.clone(),
            location_id: d.location.clone(),
            alleged_act: d.alleged_act.clone(),
            legal_charge: d.legal_charge.clone(),
            sentence_months: d.sentence.and_then(SentenceLength::months).map(i64::from),
            sentence_life: i64::from(d.sentence == Some(SentenceLength::Life)),
            court: d.court.clone(),
            conviction_text: conviction.text,
            conviction_sort: conviction.sort,
            conviction_rank: conviction.rank,
            learned_text: learned.text,
            learned_sort: learned.sort,
            learned_rank: learned.rank,
            learned_how: d.learned_how.clone(),
            confirmed_by: d.confirmed_by.clone(),
            created_at: now.to_string(),
            updated_at: now.to_string(),
        }
    });
    case.sentence_months_max = detention.as_ref().and_then(|d| {
        if d.sentence_life != 0 {
            Some(9999)
        } else {
            d.sentence_months
        }
    });
    let tm = &intake.testimony;
    let testimony_id = Uuid::now_v7();
    let recorded = StoredDate::from_date(tm.recorded.as_ref());
    let testimony = TestimonyRow {
        id: testimony_id.to_string(),
        case_id: case_id.to_string(),
        testifier_id: testifier_id.to_string(),
        recorded_text: recorded.text,
        recorded_sort: recorded.sort,
        recorded_rank: recorded.rank,
        medium: tm.medium.clone(),
        language: tm.language.clone(),
        duration_minutes: tm.duration_minutes,
        recording_location_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "testimonies.recording_location", testimony_id),
            tm.recording_location.as_ref(),
        ),
        transcript_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "testimonies.transcript", testimony_id),
            tm.transcript.as_ref(),
        ),
        created_at: now.to_string(),
        updated_at: now.to_string(),
    };
    let events = intake
        .events
        .iter()
        .map(|e| event_row(&dek, case_id, Uuid::now_v7(), e, now, now))
        .collect();
    let source = intake
        .source
        .as_ref()
        .map(|s| source_row(&dek, case_id, Uuid::now_v7(), s, now));
    let index = index_rows(keys, case_id, &names_of(&intake.person));
    Ok(SealedTestimony {
        case_id,
        case,
        testifier,
        link,
        detention,
        testimony,
        events,
        source,
        index,
    })
}

/// Inserts sealed testimonies inside the caller's transaction, one statement per table (a
/// volunteer's intake is a batch of one; `generate` writes thousands at a time).
pub async fn insert_sealed(
    conn: &mut Conn,
    vocab: &Vocabularies,
    batch: Vec<SealedTestimony>,
) -> Result<()> {
    let n = batch.len();
    let (mut cases, mut testifiers, mut links) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let (mut detentions, mut testimonies) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let (mut events, mut sources, mut citations) = (Vec::new(), Vec::new(), Vec::new());
    let mut index = Vec::new();
    for s in batch {
        // The intake's source supports everything the testimony established.
        if let Some(source) = &s.source {
            citations.extend(s.events.iter().map(|e| EventSourceRow {
                event_id: e.id.clone(),
                source_id: source.id.clone(),
            }));
        }
        cases.push(s.case);
        testifiers.push(s.testifier);
        links.push(s.link);
        detentions.extend(s.detention);
        testimonies.push(s.testimony);
        events.extend(s.events);
        sources.extend(s.source);
        index.extend(s.index);
    }
    repo::insert_cases(conn, &cases).await?;
    repo::insert_testifiers(conn, &testifiers).await?;
    repo::link_testifiers(conn, &links).await?;
    repo::insert_detentions(conn, &detentions).await?;
    repo::insert_testimonies(conn, &testimonies).await?;
    repo::insert_events(conn, &events).await?;
    repo::insert_sources(conn, &sources).await?;
    repo::link_event_sources(conn, &citations).await?;
    repo::insert_index(conn, &index).await?;
    let ids: Vec<String> = cases.iter().map(|c| c.id.clone()).collect();
    crate::server::db::text::refresh(conn, vocab, &ids).await?;
    Ok(())
}

/// The names of a person as the blind index reads them.
fn names_of(p: &PersonFields) -> Names<'_> {
    Names {
        name: &p.name,
        other_names: p.other_names.as_ref(),
        aliases: p.aliases.as_ref(),
        id_numbers: p.id_numbers.as_ref(),
        birth_year: p.birth_year,
    }
}

/// A case's blind-index entries under the current KEK, and the marker that says it is indexed.
fn index_rows(keys: &ServerKeys, case_id: Uuid, names: &Names<'_>) -> Vec<IndexRow> {
    let row = |kind: &str, digest: String| IndexRow {
        case_id: case_id.to_string(),
        kind: kind.to_string(),
        digest,
        kek_version: keys.current_kek_version(),
        table_version: search::skeleton::TABLE_VERSION,
    };
    let mut rows: Vec<IndexRow> = search::entries(keys, names)
        .into_iter()
        .map(|(kind, digest)| row(kind, digest))
        .collect();
    rows.push(row("indexed", String::new()));
    rows
}

/// The sealed names of a case, opened.
struct OpenNames {
    name: Sensitive,
    other_names: Option<Sensitive>,
    aliases: Option<Sensitive>,
    id_numbers: Option<Sensitive>,
    birth_year: Option<i32>,
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

/// Makes the blind index of cases that have none under the current KEK and tables (after a
/// rotation, a change of the transliteration tables, or for cases older than the index), in
/// batches; returns how many cases were indexed.
pub async fn reindex_stale(pool: &Pool, keys: &ServerKeys) -> anyhow::Result<u64> {
    let mut done = 0;
    let mut after = String::new();
    loop {
        let rows = repo::cases_to_index(
            pool,
            &after,
            keys.current_kek_version(),
            search::skeleton::TABLE_VERSION,
            1000,
        )
        .await
        .context("cannot find cases to index")?;
        let Some(last) = rows.last() else {
            return Ok(done);
        };
        after = last.id.clone();
        let mut tx = pool.begin().await.context("begin")?;
        let mut index = Vec::new();
        for row in &rows {
            let id = parse_id(&row.id).map_err(|_| anyhow::anyhow!("a case id is not a UUID"))?;
            let dek = keys.unwrap_data_key(id, &row.dek_wrapped)?;
            let open = OpenNames::open(&dek, row)
                .map_err(|e| anyhow::anyhow!("cannot open case {id}: {e}"))?;
            index.extend(index_rows(keys, id, &open.names()));
        }
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        repo::delete_index_of(&mut tx, &ids).await?;
        repo::insert_index(&mut tx, &index).await?;
        tx.commit().await.context("commit")?;
        done += rows.len() as u64;
    }
}

/// The most cases a search shows.
pub const SEARCH_LIMIT: i64 = 200;

/// Cases whose names match `text` in any script (or whose ID number is `text`), best first.
/// The index gives candidates; each is confirmed on its decrypted names.
pub async fn search_cases(
    cx: &Context,
    actor: &Actor,
    text: &str,
) -> Result<Vec<(CaseSummary, Match)>> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    // A name search tells whether someone is recorded at all: only those who enter cases need it.
    actor.require(&[Role::Admin, Role::Volunteer], "search cases by name")?;
    let query = Query::parse(text);
    if query.is_empty() {
        return Ok(Vec::new());
    }
    let candidates = repo::search_candidates(pool, &query.lookups(keys), SEARCH_LIMIT).await?;
    confirmed(cx, actor, candidates, |names| query.confirm(names)).await
}

/// Existing cases that look like the person of a new intake: the same whole name in any script or
/// order (or the same ID number), confirmed after decryption.
pub async fn duplicate_candidates(
    cx: &Context,
    actor: &Actor,
    person: &PersonFields,
) -> Result<Vec<CaseSummary>> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    actor.require(
        &[Role::Admin, Role::Volunteer],
        "check new testimonies for duplicates",
    )?;
    let names = names_of(person);
    let lookups = Query::duplicate_lookups(keys, &names);
    let candidates = repo::index_candidates(pool, &lookups, 50).await?;
    let spellings: Vec<String> = names.spellings();
    let ids = names.id_numbers();
    let found = confirmed(cx, actor, candidates, |theirs| {
        let same_id = theirs.id_numbers().iter().any(|i| ids.contains(i));
        let same_name = theirs.spellings().iter().any(|t| {
            let key = search::skeleton::name_key(t);
            !key.is_empty()
                && spellings
                    .iter()
                    .any(|s| search::skeleton::name_key(s) == key)
        });
        (same_id || same_name).then_some(Match::FullName)
    })
    .await?;
    Ok(found.into_iter().map(|(summary, _)| summary).collect())
}

/// Opens each candidate case and keeps those `confirm` accepts, as list summaries, best first.
async fn confirmed(
    cx: &Context,
    actor: &Actor,
    candidates: Vec<String>,
    confirm: impl Fn(&Names<'_>) -> Option<Match>,
) -> Result<Vec<(CaseSummary, Match)>> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let mut found = Vec::new();
    for row in repo::cases_by_ids(pool, &candidates).await? {
        let id = parse_id(&row.id)?;
        let dek = keys.unwrap_data_key(id, &row.dek_wrapped)?;
        let open = OpenNames::open(&dek, &row)?;
        if let Some(how) = confirm(&open.names()) {
            found.push((how, row, open.name));
        }
    }
    let ids: Vec<String> = found.iter().map(|(_, r, _)| r.id.clone()).collect();
    let charges = repo::charges_of(pool, &ids).await?;
    let owners: Vec<(String, Option<String>)> = found
        .iter()
        .map(|(_, r, _)| (r.id.clone(), r.created_by.clone()))
        .collect();
    let mut conn = pool.acquire().await.context("acquire")?;
    let visible = access::sensitive_cases(&mut conn, &cx.clock, actor, &owners).await?;
    drop(conn);
    let mut out: Vec<(CaseSummary, Match)> = found
        .into_iter()
        .map(|(how, row, name)| {
            let name = visible.contains(&row.id).then_some(name);
            let list_row = CaseListRow {
                created_by: row.created_by,
                id: row.id,
                dek_wrapped: Vec::new(),
                name_sealed: Vec::new(),
                status: row.status,
                gender: row.gender,
                birth_year: row.birth_year,
                ethnicity: row.ethnicity,
                last_location_id: row.last_location_id,
                disappearance_year: row.disappearance_year,
                updated_at: row.updated_at,
            };
            Ok((summary(vocab, list_row, name, &charges)?, how))
        })
        .collect::<Result<_>>()?;
    out.sort_by(|a, b| a.1.cmp(&b.1).then(b.0.updated_at.cmp(&a.0.updated_at)));
    let shown: Vec<String> = out
        .iter()
        .filter(|(s, _)| s.named)
        .map(|(s, _)| s.id.to_string())
        .collect();
    log_reads(pool, actor, &shown).await?;
    Ok(out)
}

/// Saves the edit form of a case's profile.
pub async fn update_case(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    form: &PersonForm,
) -> Result<()> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let case_id = parse_id(case_id)?;
    let mut tx = pool.begin().await.context("begin")?;
    let (old, dek) = case_key(&mut tx, keys, case_id).await?;
    access::require_edit(
        &mut tx,
        &cx.clock,
        actor,
        &old.id,
        old.created_by.as_deref(),
    )
    .await?;
    let person = form.validate(vocab)?;
    check_revision(&mut tx, &old, &form.revision).await?;
    keep_version(&mut tx, keys, vocab, &old, &dek).await?;
    let now = cx.clock.stamp();
    let mut row = case_row(
        &dek,
        case_id,
        old.dek_wrapped.clone(),
        &person,
        vocab,
        &old.created_at,
        &now,
    );
    row.created_by = old.created_by.clone();
    row.updated_by = actor.user_id().map(str::to_string);
    row.revision = old.revision;
    if !repo::update_case(&mut tx, &row).await? {
        return Err(stale(&mut tx, &old.id).await);
    }
    refresh_disappearance_year(&mut tx, &row).await?;
    repo::delete_index(&mut tx, &row.id).await?;
    repo::insert_index(&mut tx, &index_rows(keys, case_id, &names_of(&person))).await?;
    audit::append(
        &mut tx,
        &entry(actor, action::CASE_UPDATE, kind::CASE, &row.id)
            .change(Some(case_digest(&old)), Some(case_digest(&row))),
    )
    .await?;
    crate::server::db::text::refresh(&mut tx, vocab, std::slice::from_ref(&old.id)).await?;
    tx.commit().await.context("commit")?;
    tracing::debug!(case = %case_id, "case updated");
    Ok(())
}

/// Checks that every linked id belongs to the case, or names the field that is wrong.
fn check_links(field: &str, ids: &[Uuid], allowed: &[String]) -> Result<()> {
    if ids.iter().all(|id| allowed.contains(&id.to_string())) {
        Ok(())
    } else {
        let mut errors = FieldErrors::default();
        errors.add(field, "choose from the items of this case");
        Err(RecordError::Invalid(errors))
    }
}

/// Adds (event_id = None) or rewrites an event of a case, with its source links.
pub async fn save_event(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    event_id: Option<&str>,
    form: &EventForm,
) -> Result<Uuid> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let case_id = parse_id(case_id)?;
    let event_id = event_id.map(parse_id).transpose()?;
    let mut tx = pool.begin().await.context("begin")?;
    let (case, dek) = case_key(&mut tx, keys, case_id).await?;
    access::require_edit(
        &mut tx,
        &cx.clock,
        actor,
        &case.id,
        case.created_by.as_deref(),
    )
    .await?;
    let event = form.validate(vocab)?;
    if event_id.is_some() {
        check_revision(&mut tx, &case, &form.revision).await?;
    }
    keep_version(&mut tx, keys, vocab, &case, &dek).await?;
    let sources = repo::source_ids_of(&mut tx, &case.id).await?;
    check_links("sources", &event.sources, &sources)?;
    let now = cx.clock.stamp();
    let mut linked: Vec<String> = Vec::new();
    let (id, what, before, after) = match event_id {
        None => {
            let id = Uuid::now_v7();
            let row = event_row(&dek, case_id, id, &event, &now, &now);
            repo::insert_events(&mut tx, std::slice::from_ref(&row)).await?;
            (id, action::EVENT_CREATE, None, event_digest(&row))
        }
        Some(id) => {
            let before = repo::events_of(&mut tx, &case.id)
                .await?
                .into_iter()
                .find(|e| e.id == id.to_string())
                .ok_or(RecordError::NotFound)?;
            let row = event_row(&dek, case_id, id, &event, &before.created_at, &now);
            if !repo::update_event(&mut tx, &row).await? {
                return Err(RecordError::NotFound);
            }
            // Sources no longer ticked are dropped; those still ticked keep their stance and
            // timecode (set under the claim on the case page).
            let ticked: Vec<String> = event.sources.iter().map(ToString::to_string).collect();
            linked = repo::unlink_event_sources_except(&mut tx, &id.to_string(), &ticked).await?;
            (
                id,
                action::EVENT_UPDATE,
                Some(event_digest(&before)),
                event_digest(&row),
            )
        }
    };
    let citations: Vec<EventSourceRow> = event
        .sources
        .iter()
        .filter(|source| !linked.contains(&source.to_string()))
        .map(|source| EventSourceRow {
            event_id: id.to_string(),
            source_id: source.to_string(),
        })
        .collect();
    repo::link_event_sources(&mut tx, &citations).await?;
    refresh_disappearance_year(&mut tx, &case).await?;
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    let event_id = id.to_string();
    audit::append(
        &mut tx,
        &entry(actor, what, kind::EVENT, &event_id).change(before, Some(after)),
    )
    .await?;
    crate::server::db::text::refresh(&mut tx, vocab, std::slice::from_ref(&case.id)).await?;
    tx.commit().await.context("commit")?;
    Ok(id)
}

/// Adds a source to a case and links it to the chosen events.
pub async fn add_source(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    form: &SourceForm,
) -> Result<Uuid> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let case_id = parse_id(case_id)?;
    let mut tx = pool.begin().await.context("begin")?;
    let (case, dek) = case_key(&mut tx, keys, case_id).await?;
    access::require_edit(
        &mut tx,
        &cx.clock,
        actor,
        &case.id,
        case.created_by.as_deref(),
    )
    .await?;
    let source = form.validate(vocab)?;
    // The title, publisher and reference are stored unencrypted: none may carry a name of the case.
    let current = detail_of(&mut tx, keys, vocab, &case, &dek).await?;
    let p = &current.profile;
    let mut given: Vec<&str> = vec![p.name.expose()];
    given.extend(
        [&p.other_names, &p.aliases]
            .into_iter()
            .flatten()
            .map(Sensitive::expose),
    );
    given.extend(current.testifiers.iter().map(|t| t.name.expose()));
    let mut errors = FieldErrors::default();
    for (field, value) in [
        ("source_title", &form.source_title),
        ("source_publisher", &form.source_publisher),
        ("source_reference", &form.source_reference),
    ] {
        if crate::domain::sensitive::names_a_person(value, given.iter().copied()) {
            errors.add(field, crate::domain::sensitive::NAMES_A_PERSON);
        }
    }
    if !errors.is_empty() {
        return Err(RecordError::Invalid(errors));
    }
    keep_version_of(&mut tx, &case, &dek, &current).await?;
    let events = repo::event_ids_of(&mut tx, &case.id).await?;
    check_links("source_events", &source.events, &events)?;
    let now = cx.clock.stamp();
    let id = Uuid::now_v7();
    let row = source_row(&dek, case_id, id, &source, &now);
    repo::insert_sources(&mut tx, std::slice::from_ref(&row)).await?;
    let citations: Vec<EventSourceRow> = source
        .events
        .iter()
        .map(|event| EventSourceRow {
            event_id: event.to_string(),
            source_id: id.to_string(),
        })
        .collect();
    repo::link_event_sources(&mut tx, &citations).await?;
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    let after = audit::digest(&[
        row.title.as_bytes(),
        row.author_sealed.as_deref().unwrap_or_default(),
        row.reliability.as_bytes(),
        row.credibility.as_bytes(),
    ]);
    audit::append(
        &mut tx,
        &entry(actor, action::SOURCE_CREATE, kind::SOURCE, &row.id).change(None, Some(after)),
    )
    .await?;
    crate::server::db::text::refresh(&mut tx, vocab, std::slice::from_ref(&case.id)).await?;
    tx.commit().await.context("commit")?;
    Ok(id)
}

/// A line of a case list.
fn summary(
    vocab: &Vocabularies,
    row: CaseListRow,
    name: Option<Sensitive>,
    charges: &[(String, String)],
) -> Result<CaseSummary> {
    let id = parse_id(&row.id)?;
    let mut case_charges: Vec<String> = charges
        .iter()
        .filter(|(c, _)| *c == row.id)
        .map(|(_, code)| vocab.label(names::LEGAL_CHARGE, code))
        .collect();
    case_charges.dedup();
    Ok(CaseSummary {
        id,
        named: name.is_some(),
        display_name: name.unwrap_or_else(|| Sensitive::new(pseudonym(&id))),
        status: coded(vocab, names::CASE_STATUS, &row.status),
        gender: coded_opt(vocab, names::GENDER, row.gender.as_deref()),
        birth_year: row.birth_year,
        ethnicity: coded_opt(vocab, names::ETHNICITY, row.ethnicity.as_deref()),
        last_location: row
            .last_location_id
            .as_deref()
            .map(|l| vocab.location_path(l)),
        disappearance_year: row.disappearance_year,
        charges: case_charges,
        updated_at: row.updated_at,
    })
}

/// The facets of a selection, labelled and ordered, from (key, value, count) rows.
fn facets(vocab: &Vocabularies, counts: Vec<(String, String, i64)>) -> Vec<Facet> {
    const FACETS: &[(&str, &str, Option<&str>)] = &[
        ("status", "Status", Some(names::CASE_STATUS)),
        ("prefecture", "Prefecture (last known)", None),
        ("place", "County or place", None),
        ("charge", "Legal charge", Some(names::LEGAL_CHARGE)),
        ("year", "Year of disappearance", None),
        ("detained", "Year of detention", None),
        ("sentence", "Longest sentence", None),
        ("ethnicity", "Ethnicity", Some(names::ETHNICITY)),
        ("gender", "Gender", Some(names::GENDER)),
        ("verification", "Verification", Some(names::VERIFICATION)),
        ("source_type", "Kind of source", Some(names::SOURCE_TYPE)),
    ];
    FACETS
        .iter()
        .filter_map(|(key, label, vocabulary)| {
            let mut values: Vec<FacetValue> = counts
                .iter()
                .filter(|(k, ..)| k == key)
                .map(|(_, code, n)| FacetValue {
                    label: match (*key, vocabulary) {
                        (_, Some(v)) => vocab.label(v, code),
                        ("prefecture" | "place", _) => vocab.location_path(code),
                        ("sentence", _) => SentenceRange::parse(code)
                            .map(|r| r.label().to_string())
                            .unwrap_or_else(|| code.clone()),
                        _ => code.clone(),
                    },
                    code: code.clone(),
                    count: (*n).max(0) as u64,
                })
                .collect();
            if values.is_empty() {
                return None;
            }
            match *key {
                "year" => values.sort_by(|a, b| b.code.cmp(&a.code)),
                "sentence" => values.sort_by_key(|v| {
                    SentenceRange::ALL
                        .iter()
                        .position(|r| r.code() == v.code)
                        .unwrap_or(usize::MAX)
                }),
                _ => values.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label))),
            }
            Some(Facet {
                key: key.to_string(),
                label: label.to_string(),
                values,
            })
        })
        .collect()
}

/// One page of the case list with display names opened.
pub async fn list_cases(cx: &Context, actor: &Actor, filter: &CaseFilter) -> Result<CasePage> {
    let (pool, vocab) = (&cx.pool, &*cx.vocab);
    // The page (and its names) and the facet counts (with the total) are independent: side by side.
    let page = async {
        let rows = repo::list_cases(pool, filter).await?;
        summarize(cx, actor, rows).await
    };
    let counts =
        async { Ok::<_, RecordError>(repo::facet_counts(pool, &cx.facets, filter).await?) };
    let (items, counts) = futures_util::future::try_join(page, counts).await?;
    let total = repo::total_of(filter, &counts);
    Ok(CasePage {
        items,
        page: filter.page(),
        page_size: filter.page_size(),
        total,
        facets: facets(vocab, counts),
    })
}

/// The list lines of these cases, in the order given (unknown ids are left out), as `actor` may
/// see them: named where they may see names (each such read is logged), else under pseudonyms.
pub async fn summaries_of(cx: &Context, actor: &Actor, ids: &[String]) -> Result<Vec<CaseSummary>> {
    let pool = &cx.pool;
    let mut rows = repo::list_rows_by_ids(pool, ids).await?;
    rows.sort_by_key(|r| ids.iter().position(|i| *i == r.id));
    summarize(cx, actor, rows).await
}

/// List lines from list rows: names opened where the actor may see them, and those reads logged.
async fn summarize(
    cx: &Context,
    actor: &Actor,
    rows: Vec<CaseListRow>,
) -> Result<Vec<CaseSummary>> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let charges = repo::charges_of(pool, &ids).await?;
    let owners: Vec<(String, Option<String>)> = rows
        .iter()
        .map(|r| (r.id.clone(), r.created_by.clone()))
        .collect();
    let mut conn = pool.acquire().await.context("acquire")?;
    let visible = access::sensitive_cases(&mut conn, &cx.clock, actor, &owners).await?;
    drop(conn);
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        let name = if visible.contains(&row.id) {
            let id = parse_id(&row.id)?;
            let dek = keys.unwrap_data_key(id, &row.dek_wrapped)?;
            Some(dek.open(&FieldRef::of(id, "cases.name"), &row.name_sealed)?)
        } else {
            None
        };
        items.push(summary(vocab, row, name, &charges)?);
    }
    let shown: Vec<String> = items
        .iter()
        .filter(|i| i.named)
        .map(|i| i.id.to_string())
        .collect();
    log_reads(pool, actor, &shown).await?;
    Ok(items)
}

/// Everything the case page shows, as `actor` may see it: opened, or under its pseudonym with the
/// sensitive fields left out.
pub async fn case_detail(cx: &Context, actor: &Actor, case_id: &str) -> Result<CaseDetail> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let id = parse_id(case_id)?;
    let mut conn = pool.acquire().await.context("acquire")?;
    let (row, dek) = case_key(&mut conn, keys, id).await?;
    let access = access::case_access(
        &mut conn,
        &cx.clock,
        actor,
        &row.id,
        row.created_by.as_deref(),
    )
    .await?;
    let mut detail = detail_of(&mut conn, keys, vocab, &row, &dek).await?;
    drop(conn);
    detail.can_edit = access.edit;
    if access.sensitive {
        log_reads(pool, actor, std::slice::from_ref(&row.id)).await?;
    } else {
        redact(&mut detail);
    }
    Ok(detail)
}

/// Leaves out everything that identifies a person: the name becomes the case's pseudonym,
/// testifiers are numbered, and names, contacts, addresses, narratives, summaries and transcripts
/// are dropped.
pub fn redact(detail: &mut CaseDetail) {
    detail.sensitive = false;
    let p = &mut detail.profile;
    p.name = Sensitive::new(detail.pseudonym.clone());
    for field in [
        &mut p.other_names,
        &mut p.aliases,
        &mut p.id_numbers,
        &mut p.birth_date,
        &mut p.address,
        &mut p.narrative,
    ] {
        *field = None;
    }
    let mut numbers = std::collections::HashMap::new();
    for (i, t) in detail.testifiers.iter_mut().enumerate() {
        let label = Sensitive::new(format!("Testifier {}", i + 1));
        numbers.insert(t.name.expose().to_string(), label.clone());
        t.name = label;
        t.contact = None;
        t.pressure_notes = None;
    }
    for t in &mut detail.testimonies {
        t.testifier_name = numbers
            .get(t.testifier_name.expose())
            .cloned()
            .unwrap_or_else(|| Sensitive::new("A testifier"));
        t.recording_location = None;
        t.transcript = None;
    }
    for s in &mut detail.sources {
        s.author = None;
    }
    for e in &mut detail.events {
        e.summary = None;
    }
}

/// Everything about a case, opened (inside the caller's transaction or connection).
pub(crate) async fn detail_of(
    conn: &mut Conn,
    keys: &ServerKeys,
    vocab: &Vocabularies,
    row: &CaseRow,
    dek: &DataKey,
) -> Result<CaseDetail> {
    let id = parse_id(&row.id)?;
    let f = |field| FieldRef::of(id, field);
    let profile = CaseProfile {
        name: dek.open(&f("cases.name"), &row.name_sealed)?,
        other_names: dek.open_opt(&f("cases.other_names"), row.other_names_sealed.as_deref())?,
        aliases: dek.open_opt(&f("cases.aliases"), row.aliases_sealed.as_deref())?,
        id_numbers: dek.open_opt(&f("cases.id_numbers"), row.id_numbers_sealed.as_deref())?,
        birth_date: dek.open_opt(&f("cases.birth_date"), row.birth_date_sealed.as_deref())?,
        address: dek.open_opt(&f("cases.address"), row.address_sealed.as_deref())?,
        narrative: dek.open_opt(&f("cases.narrative"), row.narrative_sealed.as_deref())?,
        status: coded(vocab, names::CASE_STATUS, &row.status),
        verification: coded(vocab, names::VERIFICATION, &row.verification),
        gender: coded_opt(vocab, names::GENDER, row.gender.as_deref()),
        birth_year: row.birth_year,
        ethnicity: coded_opt(vocab, names::ETHNICITY, row.ethnicity.as_deref()),
        residency: coded_opt(vocab, names::RESIDENCY, row.residency.as_deref()),
        occupation: coded_opt(vocab, names::OCCUPATION, row.occupation.as_deref()),
        last_contact: stored_date(row.last_contact_text.as_deref()),
        last_location: place(vocab, row.last_location_id.as_deref()),
    };

    let mut lengths = Vec::new();
    let mut detentions = repo::detentions_of(&mut *conn, &row.id)
        .await?
        .into_iter()
        .map(|d| {
            lengths.push(if d.sentence_life != 0 {
                Some(SentenceLength::Life)
            } else {
                d.sentence_months
                    .and_then(|m| u32::try_from(m).ok())
                    .map(SentenceLength::Months)
            });
            Ok(DetentionView {
                id: parse_id(&d.id)?,
                facility_kind: coded_opt(vocab, names::FACILITY_KIND, d.facility_kind.as_deref()),
                facility_name: d.facility_name,
                location: place(vocab, d.location_id.as_deref()),
                alleged_act: d.alleged_act,
                legal_charge: coded_opt(vocab, names::LEGAL_CHARGE, d.legal_charge.as_deref()),
                sentence: if d.sentence_life != 0 {
                    Some(SentenceLength::Life.to_string())
                } else {
                    d.sentence_months
                        .and_then(|m| u32::try_from(m).ok())
                        .map(|m| SentenceLength::Months(m).to_string())
                },
                court: d.court,
                conviction_date: stored_date(d.conviction_text.as_deref()),
                learned_date: stored_date(d.learned_text.as_deref()),
                learned_how: coded_opt(vocab, names::LEARNED_HOW, d.learned_how.as_deref()),
                confirmed_by: d.confirmed_by,
                expected_release: None,
                release_overdue: false,
                release_alert: false,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    let mut testifiers = Vec::new();
    for (t, link) in repo::testifiers_of(&mut *conn, &row.id).await? {
        let tid = parse_id(&t.id)?;
        let tdek = keys.unwrap_data_key(tid, &t.dek_wrapped)?;
        testifiers.push(TestifierView {
            id: tid,
            name: tdek.open(&FieldRef::of(tid, "testifiers.name"), &t.name_sealed)?,
            contact: tdek.open_opt(
                &FieldRef::of(tid, "testifiers.contact"),
                t.contact_sealed.as_deref(),
            )?,
            relationship: coded(vocab, names::RELATIONSHIP, &link.relationship),
            consent: coded(vocab, names::CONSENT, &link.consent),
            pressure_notes: dek.open_opt(
                &FieldRef::of_row(id, "case_testifiers.pressure_notes", tid),
                link.pressure_notes_sealed.as_deref(),
            )?,
        });
    }

    let mut testimonies = Vec::new();
    for t in repo::testimonies_of(&mut *conn, &row.id).await? {
        let tid = parse_id(&t.id)?;
        let speaker = testifiers
            .iter()
            .find(|s| s.id.to_string() == t.testifier_id);
        testimonies.push(TestimonyView {
            id: tid,
            testifier_name: speaker
                .map(|s| s.name.clone())
                .unwrap_or_else(|| Sensitive::new("")),
            relationship: speaker.map(|s| s.relationship.clone()),
            recorded: stored_date(t.recorded_text.as_deref()),
            medium: coded(vocab, names::TESTIMONY_MEDIUM, &t.medium),
            language: coded_opt(vocab, names::LANGUAGE, t.language.as_deref()),
            duration_minutes: t.duration_minutes,
            recording_location: dek.open_opt(
                &FieldRef::of_row(id, "testimonies.recording_location", tid),
                t.recording_location_sealed.as_deref(),
            )?,
            transcript: dek.open_opt(
                &FieldRef::of_row(id, "testimonies.transcript", tid),
                t.transcript_sealed.as_deref(),
            )?,
        });
    }

    let mut sources = Vec::new();
    for s in repo::sources_of(&mut *conn, &row.id).await? {
        let sid = parse_id(&s.id)?;
        sources.push(SourceView {
            id: sid,
            source_type: coded(vocab, names::SOURCE_TYPE, &s.source_type),
            title: s.title,
            publisher: s.publisher,
            author: dek.open_opt(
                &FieldRef::of_row(id, "sources.author", sid),
                s.author_sealed.as_deref(),
            )?,
            reference: s.reference,
            published: stored_date(s.published_text.as_deref()),
            language: coded_opt(vocab, names::LANGUAGE, s.language.as_deref()),
            reliability: coded(vocab, names::RELIABILITY, &s.reliability),
            credibility: coded(vocab, names::CREDIBILITY, &s.credibility),
            content_sha256: s.content_sha256,
        });
    }

    let links = repo::event_sources_of(&mut *conn, &row.id).await?;
    let mut events = Vec::new();
    for e in repo::events_of(&mut *conn, &row.id).await? {
        let eid = parse_id(&e.id)?;
        let citations = sources
            .iter()
            .filter(|s| {
                links
                    .iter()
                    .any(|l| l.event_id == e.id && l.source_id == s.id.to_string())
            })
            .map(|s| Citation {
                source_id: s.id,
                title: s.title.clone(),
                reliability: s.reliability.code.clone(),
                credibility: s.credibility.code.clone(),
            })
            .collect();
        events.push(EventView {
            id: eid,
            kind: coded(vocab, names::EVENT_KIND, &e.kind),
            date: stored_date(e.date_text.as_deref()),
            reported: stored_date(e.reported_text.as_deref()),
            location: place(vocab, e.location_id.as_deref()),
            summary: dek.open_opt(
                &FieldRef::of_row(id, "events.summary", eid),
                e.summary_sealed.as_deref(),
            )?,
            citations,
        });
    }

    // The sentence clock runs from the first dated detention or camp event; news of the person
    // (proof of life, contact, release, death) after the expected release ends its alert.
    let detained = crate::domain::release::detained_on(
        events
            .iter()
            .map(|e| (e.kind.code.as_str(), e.date.as_ref())),
    );
    let news: Vec<PartialDate> = events
        .iter()
        .filter(|e| crate::domain::release::NEWS_KINDS.contains(&e.kind.code.as_str()))
        .filter_map(|e| e.date)
        .collect();
    let today = chrono::Utc::now().date_naive();
    for (d, length) in detentions.iter_mut().zip(lengths) {
        d.expected_release = length.and_then(|l| {
            crate::domain::release::expected_release(
                l,
                detained.as_ref(),
                d.conviction_date.as_ref(),
            )
        });
        d.release_overdue = d
            .expected_release
            .as_ref()
            .is_some_and(|r| r.overdue(today));
        d.release_alert = d
            .expected_release
            .as_ref()
            .is_some_and(|r| crate::domain::release::release_alert(r, today, &news));
    }

    let claims = crate::server::records::provenance::claims_of(
        conn,
        dek,
        id,
        &profile,
        &detentions,
        &sources,
        &events,
    )
    .await?;

    Ok(CaseDetail {
        id,
        pseudonym: pseudonym(&id),
        sensitive: true,
        can_edit: false,
        revision: row.revision,
        profile,
        detentions,
        testifiers,
        testimonies,
        sources,
        events,
        claims,
        created_at: row.created_at.clone(),
        updated_at: row.updated_at.clone(),
        updated_by: username_of(conn, row.updated_by.as_deref()).await?,
    })
}

/// An account's username (None for the command line or an unknown id).
async fn username_of(conn: &mut Conn, user_id: Option<&str>) -> Result<Option<String>> {
    let Some(user_id) = user_id else {
        return Ok(None);
    };
    Ok(db::accounts::username_of(conn, user_id).await?)
}

/// Refuses an edit that began at another revision than the case's current one.
pub(crate) async fn check_revision(conn: &mut Conn, case: &CaseRow, typed: &str) -> Result<()> {
    if typed.trim().parse::<i64>().ok() == Some(case.revision) {
        Ok(())
    } else {
        Err(stale(conn, &case.id).await)
    }
}

/// The refusal of a stale edit: who saved the case meanwhile, and when.
pub(crate) async fn stale(conn: &mut Conn, case_id: &str) -> RecordError {
    match repo::revision_stamp(conn, case_id).await {
        Ok(Some(stamp)) => {
            let at = &stamp.updated_at;
            let when = at.get(..16).unwrap_or(at).replace('T', " ");
            let who = stamp
                .updated_by
                .map(|b| format!(" by {b}"))
                .unwrap_or_default();
            let revision = stamp.revision;
            RecordError::Stale(
                format!(
                    "This case was changed{who} at {when} UTC, after you opened this form, so                      nothing of yours was saved. What you typed is still below: open the case in                      another tab, compare, and save again to replace their version."
                ),
                revision,
            )
        }
        Ok(None) => RecordError::NotFound,
        Err(e) => e.into(),
    }
}

/// Keeps the case as it is now (before a save changes it) in `case_versions`, sealed with its data
/// key; a revision already kept is left alone.
pub(crate) async fn keep_version(
    conn: &mut Conn,
    keys: &ServerKeys,
    vocab: &Vocabularies,
    case: &CaseRow,
    dek: &DataKey,
) -> Result<()> {
    if version_kept(conn, case).await? {
        return Ok(());
    }
    let detail = detail_of(conn, keys, vocab, case, dek).await?;
    seal_version(conn, case, dek, &detail).await
}

/// Like [`keep_version`], for a caller that has opened the case already (`detail` is what
/// [`detail_of`] gave for this revision): nothing is decrypted twice.
pub(crate) async fn keep_version_of(
    conn: &mut Conn,
    case: &CaseRow,
    dek: &DataKey,
    detail: &CaseDetail,
) -> Result<()> {
    if version_kept(conn, case).await? {
        return Ok(());
    }
    seal_version(conn, case, dek, detail).await
}

async fn version_kept(conn: &mut Conn, case: &CaseRow) -> Result<bool> {
    Ok(versions::is_kept(conn, &case.id, case.revision).await?)
}

async fn seal_version(
    conn: &mut Conn,
    case: &CaseRow,
    dek: &DataKey,
    detail: &CaseDetail,
) -> Result<()> {
    let snapshot = serde_json::to_string(detail).context("encode the case version")?;
    let case_id = parse_id(&case.id)?;
    let version_id = Uuid::now_v7();
    let sealed = dek.seal(
        &FieldRef::of_row(case_id, "case_versions.snapshot", version_id),
        &snapshot,
    );
    let id = version_id.to_string();
    let version = versions::NewVersion {
        id: &id,
        case_id: &case.id,
        revision: case.revision,
        recorded_at: &case.updated_at,
        recorded_by: case.updated_by.as_deref(),
        snapshot_sealed: &sealed,
    };
    versions::insert(conn, &version).await?;
    Ok(())
}

/// The case's revisions, newest first: when, by whom, and what each changed.
pub async fn case_history(cx: &Context, actor: &Actor, case_id: &str) -> Result<Vec<Revision>> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    let current = case_detail(cx, actor, case_id).await?;
    let mut versions = versions_of(pool, keys, &current, None).await?;
    versions.push(current);
    let mut out = Vec::with_capacity(versions.len());
    for (i, v) in versions.iter().enumerate() {
        out.push(Revision {
            revision: v.revision,
            recorded_at: v.updated_at.clone(),
            recorded_by: v.updated_by.clone(),
            changes: match i {
                0 => vec!["Case recorded.".to_string()],
                _ => crate::domain::history::changes(&versions[i - 1], v),
            },
        });
    }
    out.reverse();
    Ok(out)
}

/// The case as it was at `revision`, as `actor` may see it.
pub async fn case_at(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    revision: i64,
) -> Result<CaseDetail> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    let current = case_detail(cx, actor, case_id).await?;
    if revision == current.revision {
        return Ok(current);
    }
    versions_of(pool, keys, &current, Some(revision))
        .await?
        .pop()
        .ok_or(RecordError::NotFound)
}

/// The kept versions of a case (every one, or only `revision`), oldest first, redacted as
/// `current` is; only those asked for are opened.
async fn versions_of(
    pool: &Pool,
    keys: &ServerKeys,
    current: &CaseDetail,
    revision: Option<i64>,
) -> Result<Vec<CaseDetail>> {
    let mut conn = pool.acquire().await.context("acquire")?;
    let (row, dek) = case_key(&mut conn, keys, current.id).await?;
    let rows = versions::of_case(&mut conn, &row.id, revision).await?;
    let mut out = Vec::with_capacity(rows.len());
    for v in rows {
        let opened = dek.open(
            &FieldRef::of_row(current.id, "case_versions.snapshot", parse_id(&v.id)?),
            &v.snapshot_sealed,
        )?;
        let mut detail: CaseDetail =
            serde_json::from_str(opened.expose()).context("decode a case version")?;
        detail.revision = v.revision;
        detail.updated_by = v.recorded_by;
        detail.can_edit = false;
        if !current.sensitive {
            redact(&mut detail);
        }
        out.push(detail);
    }
    Ok(out)
}

/// Loads the vocabularies and gazetteer.
pub async fn load_vocabularies(pool: &Pool) -> anyhow::Result<Vocabularies> {
    use crate::domain::vocab::{Labels, Location, LocationLevel, Term};
    let terms = repo::load_terms(pool)
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
    let locations = repo::load_locations(pool)
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
                ru: String::new(),
                ug: l.name_ug,
                zh: l.name_zh,
            },
        })
        .collect();
    Ok(Vocabularies::new(terms, locations))
}
