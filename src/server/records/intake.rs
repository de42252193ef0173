//! Intake: a new testimony validated, sealed with a new data key, indexed and written in one
//! transaction (also in batches, for the demo and synthetic data).

use super::*;
use crate::server::auth::access::Doing;
use crate::server::db::text;

/// Records a whole testimony — testifier, missing person, detention, testimony, first events and
/// source — in one transaction, without comparing it with the recorded cases (the demo, tests;
/// a volunteer's intake goes through [`create_testimonies`]). Returns the new case's id (the
/// first relative's, when the testimony concerns several).
pub async fn create_testimony(cx: &Context, actor: &Actor, form: &IntakeForm) -> Result<Uuid> {
    let ids = record_testimonies(cx, actor, form, false, None).await?;
    ids.first().copied().ok_or(RecordError::NotFound)
}

/// Records a testimony about one or more missing relatives, all in one transaction: each relative
/// becomes its own case, every case linked to the one testifier and holding its own copy of the
/// testimony and its source. Before anything is written, each relative is compared with the
/// recorded cases by name and ID number: a look-alike stops the save (nothing is written) unless
/// the volunteer said it is someone else, and every look-alike goes to the admins' duplicate
/// review with that answer. Returns the new cases' ids, in the order of the form.
pub async fn create_testimonies(
    cx: &Context,
    actor: &Actor,
    form: &IntakeForm,
) -> Result<Vec<Uuid>> {
    record_testimonies(cx, actor, form, true, None).await
}

/// [`create_testimonies`] with the testimony's recording (or a document of it) already received
/// into the store: recorded in the same transaction, attached to the first case's testimony.
pub async fn create_testimonies_with_file(
    cx: &Context,
    actor: &Actor,
    form: &IntakeForm,
    file: &crate::server::evidence::Pending,
) -> Result<Vec<Uuid>> {
    record_testimonies(cx, actor, form, true, Some(file)).await
}

async fn record_testimonies(
    cx: &Context,
    actor: &Actor,
    form: &IntakeForm,
    compare: bool,
    file: Option<&crate::server::evidence::Pending>,
) -> Result<Vec<Uuid>> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    actor.require(&[Role::Admin, Role::Volunteer], Doing::EnterTestimonies)?;
    let intakes = unencrypted::validate_intakes(form, vocab)?;
    let mut lookalikes = Vec::with_capacity(intakes.len());
    let mut stopped = false;
    for (i, intake) in intakes.iter().enumerate() {
        let found = if compare {
            duplicate_candidates(cx, actor, &intake.person).await?
        } else {
            Found::default()
        };
        let said_different = form.for_relative(i).not_duplicate == "yes";
        stopped |= !said_different && !found.matched.is_empty();
        lookalikes.push((found, said_different));
    }
    if stopped {
        return Err(RecordError::Duplicate(
            lookalikes
                .into_iter()
                .map(|(found, _)| Lookalikes {
                    shown: found.hits.into_iter().map(|(summary, _)| summary).collect(),
                    hidden: found.hidden,
                })
                .collect(),
        ));
    }
    let now = cx.clock.stamp();
    let mut sealed = seal_relatives(keys, vocab, &intakes, &now)?;
    let by = actor.user_id().map(str::to_string);
    for s in &mut sealed {
        s.case.created_by = by.clone();
        s.case.updated_by = by.clone();
        s.link.consent_changed_by = by.clone();
    }
    let created: Vec<(Uuid, String)> = sealed
        .iter()
        .map(|s| (s.case_id, case_digest(&s.case)))
        .collect();
    // Where the file goes: the first case's testimony, under that case's key.
    let file_target = match (file, sealed.first()) {
        (Some(file), Some(first)) => Some((
            file,
            keys.unwrap_data_key(first.case_id, &first.case.dek_wrapped)?,
            parse_id(&first.testimony.id)?,
        )),
        _ => None,
    };
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    insert_sealed(&mut tx, sealed).await?;
    if let Some((file, dek, testimony)) = &file_target {
        crate::server::evidence::record_pending(&mut tx, dek, actor, *testimony, file, &now)
            .await?;
    }
    for ((case_id, after), (found, said_different)) in created.iter().zip(&lookalikes) {
        let id = case_id.to_string();
        audit::append(
            &mut tx,
            &entry(actor, action::CASE_CREATE, kind::CASE, &id).change(None, Some(after.clone())),
        )
        .await?;
        for other in &found.matched {
            let pair = duplicates::FoundPair {
                case_id: &id,
                other_id: other,
                found_at: &now,
                found_by: by.as_deref(),
                found_in: duplicates::AT_INTAKE,
                said_different: *said_different,
            };
            duplicates::record(&mut tx, &pair).await?;
        }
    }
    tx.commit().await.context("commit")?;
    tracing::debug!(cases = created.len(), "testimony recorded");
    Ok(created.into_iter().map(|(id, _)| id).collect())
}

/// The rows of one validated testimony, sealed and ready to insert.
pub struct SealedTestimony {
    pub case_id: Uuid,
    pub(super) case: CaseRow,
    /// The testifier's row: in the first of the cases one testimony makes, the others link to it.
    pub(super) testifier: Option<TestifierRow>,
    pub(super) link: CaseTestifierRow,
    pub(super) detention: Option<DetentionRow>,
    pub(super) testimony: TestimonyRow,
    pub(super) events: Vec<EventRow>,
    pub(super) source: Option<SourceRow>,
    pub(super) index: Vec<IndexRow>,
    /// The testifier's name index entries (with the testifier's row).
    pub(super) testifier_index: Vec<TestifierIndexRow>,
    /// The case's search text, made from the rows above (`case.facet_values` too).
    pub(super) text: text::CaseText,
}

/// Seals a validated testimony: all the CPU work (keys, AEAD), none of the I/O, so batches can be
/// sealed on other threads.
pub fn seal_testimony(
    keys: &ServerKeys,
    vocab: &Vocabularies,
    intake: &NewTestimony,
    now: &str,
) -> Result<SealedTestimony> {
    let mut sealed = seal_relatives(keys, vocab, std::slice::from_ref(intake), now)?;
    sealed.pop().ok_or(RecordError::NotFound)
}

/// Seals one testimony about several missing relatives (`intakes`, one per relative, sharing the
/// testifier and the testimony): a case each, one testifier (`intakes[0]`'s), and the copies of
/// the testimony marked as one.
pub fn seal_relatives(
    keys: &ServerKeys,
    vocab: &Vocabularies,
    intakes: &[NewTestimony],
    now: &str,
) -> Result<Vec<SealedTestimony>> {
    let Some(first) = intakes.first() else {
        return Ok(Vec::new());
    };
    let testifier_id = Uuid::now_v7();
    let testifier = testifier_row(keys, testifier_id, &first.testifier, now)?;
    let shared = (intakes.len() > 1).then(|| Uuid::now_v7().to_string());
    let mut testifier = Some((
        testifier,
        testifiers::testifier_index_rows(keys, testifier_id, &first.testifier.name),
    ));
    intakes
        .iter()
        .map(|intake| {
            let mut sealed = seal_case(keys, vocab, intake, testifier_id, now)?;
            if let Some((row, index)) = testifier.take() {
                sealed.testifier = Some(row);
                sealed.testifier_index = index;
            }
            sealed.testimony.shared_id = shared.clone();
            Ok(sealed)
        })
        .collect()
}

/// Seals one relative's case of a testimony given by `testifier_id` (its row is sealed apart).
fn seal_case(
    keys: &ServerKeys,
    vocab: &Vocabularies,
    intake: &NewTestimony,
    testifier_id: Uuid,
    now: &str,
) -> Result<SealedTestimony> {
    let case_id = Uuid::now_v7();
    let (dek, dek_wrapped) = keys.new_data_key(case_id)?;
    let mut case = case_row(&dek, case_id, dek_wrapped, &intake.person, vocab, now, now);
    case.disappearance_year = disappearance_year(
        intake
            .events
            .iter()
            .map(|e| (e.kind.as_str(), e.date.as_ref())),
        intake.person.last_contact.as_ref(),
    );
    let link = link_row(&dek, case_id, testifier_id, &intake.testifier.link(), now);
    let detention = intake
        .detention
        .as_ref()
        .map(|d| detention_row(&dek, case_id, Uuid::now_v7(), d, now, now));
    case.sentence_months_max = detention.as_ref().and_then(|d| {
        if d.sentence_life != 0 {
            Some(9999)
        } else {
            d.sentence_months
        }
    });
    // The intake's source is the one that holds this testimony (the video, the appeal).
    let source = intake
        .source
        .as_ref()
        .map(|s| source_row(&dek, case_id, Uuid::now_v7(), s, now));
    let testimony = testimony_row(
        &dek,
        case_id,
        Uuid::now_v7(),
        &CaseTestimony {
            testifier: testifier_id,
            testimony: intake.testimony.clone(),
            source: source.as_ref().and_then(|s| Uuid::parse_str(&s.id).ok()),
        },
        now,
        now,
    );
    let events: Vec<EventRow> = intake
        .events
        .iter()
        .map(|e| event_row(&dek, case_id, Uuid::now_v7(), e, now, now))
        .collect();
    let index = index_rows(keys, case_id, &names_of(&intake.person));
    let text = text::CaseText::of_new(
        vocab,
        &text::NewCase {
            case: &case,
            detentions: detention.as_slice(),
            events: &events,
            sources: source.as_slice(),
        },
    );
    case.facet_values = Some(text.facets.clone());
    Ok(SealedTestimony {
        case_id,
        case,
        testifier: None,
        link,
        detention,
        testimony,
        events,
        source,
        index,
        testifier_index: Vec::new(),
        text,
    })
}

/// A new testifier's row, sealed with a data key of its own (a testifier may speak for several
/// cases).
pub(super) fn testifier_row(
    keys: &ServerKeys,
    id: Uuid,
    t: &NewTestifier,
    now: &str,
) -> Result<TestifierRow> {
    let (tdek, tdek_wrapped) = keys.new_data_key(id)?;
    Ok(TestifierRow {
        id: id.to_string(),
        kek_version: wrapped_kek_version(&tdek_wrapped),
        dek_wrapped: tdek_wrapped,
        key_scheme: KEY_SCHEME_KEK,
        name_sealed: tdek.seal(&FieldRef::of(id, "testifiers.name"), t.name.expose()),
        contact_sealed: tdek.seal_opt(&FieldRef::of(id, "testifiers.contact"), t.contact.as_ref()),
        created_at: now.to_string(),
        updated_at: now.to_string(),
    })
}

/// The link of a testifier to `case_id`: how they are related, their consent since `now`, and the
/// pressure they received (sealed with the case's `dek`).
pub(super) fn link_row(
    dek: &DataKey,
    case_id: Uuid,
    testifier_id: Uuid,
    t: &TestifierLink,
    now: &str,
) -> CaseTestifierRow {
    CaseTestifierRow {
        case_id: case_id.to_string(),
        testifier_id: testifier_id.to_string(),
        relationship: t.relationship.clone(),
        consent: t.consent.clone(),
        pressure_notes_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "case_testifiers.pressure_notes", testifier_id),
            t.pressure_notes.as_ref(),
        ),
        created_at: now.to_string(),
        consent_changed_at: Some(now.to_string()),
        consent_changed_by: None,
        consent_note_sealed: None,
        consent_by: None,
    }
}

/// The row of a validated testimony of `case_id`, its sensitive fields sealed with `dek`.
pub(super) fn testimony_row(
    dek: &DataKey,
    case_id: Uuid,
    id: Uuid,
    given: &CaseTestimony,
    created_at: &str,
    now: &str,
) -> TestimonyRow {
    let t = &given.testimony;
    let recorded = StoredDate::from_date(t.recorded.as_ref());
    TestimonyRow {
        id: id.to_string(),
        case_id: case_id.to_string(),
        testifier_id: given.testifier.to_string(),
        recorded_text: recorded.text,
        recorded_sort: recorded.sort,
        recorded_rank: recorded.rank,
        medium: t.medium.clone(),
        language: t.language.clone(),
        duration_minutes: t.duration_minutes,
        recording_location_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "testimonies.recording_location", id),
            t.recording_location.as_ref(),
        ),
        transcript_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "testimonies.transcript", id),
            t.transcript.as_ref(),
        ),
        source_id: given.source.map(|s| s.to_string()),
        created_at: created_at.to_string(),
        updated_at: now.to_string(),
        shared_id: None,
    }
}

/// The row of a validated detention of `case_id`.
pub(super) fn detention_row(
    dek: &DataKey,
    case_id: Uuid,
    id: Uuid,
    d: &DetentionFields,
    created_at: &str,
    now: &str,
) -> DetentionRow {
    let conviction = StoredDate::from_date(d.conviction_date.as_ref());
    let learned = StoredDate::from_date(d.learned_date.as_ref());
    DetentionRow {
        id: id.to_string(),
        case_id: case_id.to_string(),
        facility_kind: d.facility_kind.clone(),
        facility_name: d.facility_name.clone(),
        location_id: d.location.clone(),
        place_note_sealed: dek.seal_opt(
            &FieldRef::of_row(case_id, "detentions.place_note", id),
            d.place_note.as_ref(),
        ),
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
        responsible_forces: d.responsible_forces.clone(),
        warrant_shown: d.warrant_shown.clone(),
        created_at: created_at.to_string(),
        updated_at: now.to_string(),
    }
}

/// Inserts sealed testimonies inside the caller's transaction, one statement per table (a
/// volunteer's intake is a batch of one; `generate` writes thousands at a time).
pub async fn insert_sealed(conn: &mut Conn, batch: Vec<SealedTestimony>) -> Result<()> {
    let n = batch.len();
    let (mut cases, mut testifiers, mut links) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let (mut detentions, mut testimonies) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let (mut events, mut sources, mut citations) = (Vec::new(), Vec::new(), Vec::new());
    let (mut index, mut testifier_index) = (Vec::new(), Vec::new());
    let mut texts = Vec::with_capacity(n);
    for s in batch {
        // The intake's source supports everything the testimony established.
        if let Some(source) = &s.source {
            citations.extend(s.events.iter().map(|e| EventSourceRow {
                event_id: e.id.clone(),
                source_id: source.id.clone(),
            }));
        }
        cases.push(s.case);
        testifiers.extend(s.testifier);
        links.push(s.link);
        detentions.extend(s.detention);
        testimonies.push(s.testimony);
        events.extend(s.events);
        sources.extend(s.source);
        index.extend(s.index);
        testifier_index.extend(s.testifier_index);
        texts.push(s.text);
    }
    repo::insert_cases(conn, &cases).await?;
    repo::insert(conn, &testifiers).await?;
    repo::insert(conn, &links).await?;
    repo::insert(conn, &detentions).await?;
    // Sources first: a testimony points at the source that holds it.
    repo::insert(conn, &sources).await?;
    repo::insert(conn, &testimonies).await?;
    repo::insert(conn, &events).await?;
    repo::insert(conn, &citations).await?;
    crate::server::db::name_index::insert_index(conn, &index).await?;
    repo::insert(conn, &testifier_index).await?;
    text::index_new(conn, &texts).await?;
    Ok(())
}
