//! Edits: the missing person's profile, timeline events and sources, each checked against the
//! revision the editor opened.

use super::*;

/// Saves the edit form of a case's profile.
pub async fn update_case(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    form: &PersonForm,
) -> Result<()> {
    let (pool, vocab) = (&cx.pool, &*cx.vocab);
    let case_id = parse_id(case_id)?;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (old, dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
    let person = form.validate(vocab)?;
    check_revision(&mut tx, &old, &form.revision).await?;
    let names_changed = save_profile(&mut tx, cx, actor, (&old, &dek), &person).await?;
    tx.commit().await.context("commit")?;
    tracing::debug!(case = %case_id, "case updated");
    if names_changed {
        record_lookalikes(cx, actor, &old.id, &person).await?;
    }
    Ok(())
}

/// Saves a validated profile over the case `old` (opened for editing with its key `dek`) inside
/// the caller's transaction: the earlier version kept, the name index and the full-text index
/// made again, the change audited. Whether the names or ID numbers changed.
pub(super) async fn save_profile(
    tx: &mut Conn,
    cx: &Context,
    actor: &Actor,
    (old, dek): (&CaseRow, &DataKey),
    person: &PersonFields,
) -> Result<bool> {
    let (keys, vocab) = (&*cx.keys, &*cx.vocab);
    let case_id = parse_id(&old.id)?;
    // New names or ID numbers must not already be in a field stored unencrypted.
    let mut errors = FieldErrors::default();
    let texts = unencrypted::stored_texts(&mut *tx, &old.id).await?;
    unencrypted::recheck_names(person, &texts, &mut errors);
    if !errors.is_empty() {
        return Err(RecordError::Invalid(errors));
    }
    keep_version(&mut *tx, keys, vocab, old, dek).await?;
    let now = cx.clock.stamp();
    let mut row = case_row(
        dek,
        case_id,
        old.dek_wrapped.clone(),
        person,
        vocab,
        &old.created_at,
        &now,
    );
    row.created_by = old.created_by.clone();
    row.updated_by = actor.user_id().map(str::to_string);
    row.revision = old.revision;
    if !repo::update_case(&mut *tx, &row).await? {
        return Err(stale(&mut *tx, &old.id).await);
    }
    refresh_disappearance_year(&mut *tx, &row).await?;
    crate::server::db::name_index::delete_index(&mut *tx, &row.id).await?;
    crate::server::db::name_index::insert_index(
        &mut *tx,
        &index_rows(keys, case_id, &names_of(person)),
    )
    .await?;
    audit::append(
        &mut *tx,
        &entry(actor, action::CASE_UPDATE, kind::CASE, &row.id)
            .change(Some(case_digest(old)), Some(case_digest(&row))),
    )
    .await?;
    crate::server::db::text::refresh(&mut *tx, vocab, std::slice::from_ref(&old.id)).await?;
    let (before, after) = (OpenNames::open(dek, old)?, names_of(person));
    Ok(before.names().spellings() != after.spellings()
        || before.names().id_numbers() != after.id_numbers())
}

/// After an edit of a case's names or ID numbers: the recorded cases they now match go to the
/// duplicate review (those already paired with it stay as they are).
async fn record_lookalikes(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    person: &PersonFields,
) -> Result<()> {
    let alike = by_name::lookalike_ids(cx, person, case_id).await?;
    if alike.is_empty() {
        return Ok(());
    }
    let now = cx.clock.stamp();
    let mut tx = crate::server::db::begin(&cx.pool).await.context("begin")?;
    for other in &alike {
        let pair = duplicates::FoundPair {
            case_id,
            other_id: other,
            found_at: &now,
            found_by: actor.user_id(),
            found_in: duplicates::IN_EDIT,
            said_different: false,
        };
        duplicates::record(&mut tx, &pair).await?;
    }
    tx.commit().await.context("commit")?;
    Ok(())
}

/// Checks that every linked id belongs to the case, or names the field that is wrong.
pub(super) fn check_links(field: &str, ids: &[Uuid], allowed: &[String]) -> Result<()> {
    if ids.iter().all(|id| allowed.contains(&id.to_string())) {
        Ok(())
    } else {
        let mut errors = FieldErrors::default();
        let lang = crate::i18n::current();
        errors.add(field, crate::i18n::tr!(lang, "record-choose-case-items"));
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
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (case, dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
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
            repo::insert(&mut tx, std::slice::from_ref(&row)).await?;
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
            linked = repo::unlink_citations_except(
                &mut tx,
                repo::CitedBy::Event,
                &id.to_string(),
                &ticked,
            )
            .await?;
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
    repo::insert(&mut tx, &citations).await?;
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

/// Adds (detention_id = None) or rewrites a detention of a case: where they are held, the charge,
/// the trial and the sentence. The case's longest sentence follows.
pub async fn save_detention(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    detention_id: Option<&str>,
    form: &DetentionForm,
) -> Result<Uuid> {
    let (pool, vocab) = (&cx.pool, &*cx.vocab);
    let case_id = parse_id(case_id)?;
    let detention_id = detention_id.map(parse_id).transpose()?;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (case, dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
    let detention = form.validate(vocab)?;
    check_revision(&mut tx, &case, &form.revision).await?;
    // The facility, alleged act, court and who confirmed are stored unencrypted: none may carry
    // a name or ID number of the case.
    let current = detail_of(&mut tx, &cx.keys, vocab, &case, &dek, Reading::Whole).await?;
    let mut errors = FieldErrors::default();
    unencrypted::check_fields(
        &unencrypted::case_check(&current),
        &[
            ("facility_name", &form.facility_name),
            ("alleged_act", &form.alleged_act),
            ("court", &form.court),
            ("confirmed_by", &form.confirmed_by),
        ],
        &mut errors,
    );
    if !errors.is_empty() {
        return Err(RecordError::Invalid(errors));
    }
    keep_version_of(&mut tx, &case, &dek, &current).await?;
    let now = cx.clock.stamp();
    let (id, what, before, row) = match detention_id {
        None => {
            let id = Uuid::now_v7();
            let row = detention_row(&dek, case_id, id, &detention, &now, &now);
            repo::insert(&mut tx, std::slice::from_ref(&row)).await?;
            (id, action::DETENTION_CREATE, None, row)
        }
        Some(id) => {
            let before = repo::detentions_of(&mut tx, &case.id)
                .await?
                .into_iter()
                .find(|d| d.id == id.to_string())
                .ok_or(RecordError::NotFound)?;
            let row = detention_row(&dek, case_id, id, &detention, &before.created_at, &now);
            if !repo::update_detention(&mut tx, &row).await? {
                return Err(RecordError::NotFound);
            }
            (
                id,
                action::DETENTION_UPDATE,
                Some(detention_digest(&before)),
                row,
            )
        }
    };
    repo::refresh_longest_sentence(&mut tx, &case.id).await?;
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    audit::append(
        &mut tx,
        &entry(actor, what, kind::DETENTION, &row.id).change(before, Some(detention_digest(&row))),
    )
    .await?;
    crate::server::db::text::refresh(&mut tx, vocab, std::slice::from_ref(&case.id)).await?;
    tx.commit().await.context("commit")?;
    Ok(id)
}

/// Adds (testimony_id = None) or rewrites a testimony of a case: who gave it (one of the case's
/// testifiers), when and how, where the recording is kept and its transcript (both sealed with
/// the case's key), and the source that holds it.
pub async fn save_testimony(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    testimony_id: Option<&str>,
    form: &TestimonyForm,
) -> Result<Uuid> {
    let (pool, vocab) = (&cx.pool, &*cx.vocab);
    let case_id = parse_id(case_id)?;
    let testimony_id = testimony_id.map(parse_id).transpose()?;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (case, dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
    let given = form.validate(vocab)?;
    check_revision(&mut tx, &case, &form.revision).await?;
    let testifiers: Vec<String> = repo::testifiers_of(&mut tx, &case.id)
        .await?
        .into_iter()
        .map(|(t, _)| t.id)
        .collect();
    check_links("testifier", &[given.testifier], &testifiers)?;
    let sources = repo::source_ids_of(&mut tx, &case.id).await?;
    check_links("testimony_source", given.source.as_slice(), &sources)?;
    keep_version(&mut tx, &cx.keys, vocab, &case, &dek).await?;
    let now = cx.clock.stamp();
    let existing = match testimony_id {
        None => None,
        Some(id) => Some(
            repo::testimonies_of(&mut tx, &case.id)
                .await?
                .into_iter()
                .find(|t| t.id == id.to_string())
                .ok_or(RecordError::NotFound)?,
        ),
    };
    let id = testimony_id.unwrap_or_else(Uuid::now_v7);
    let created_at = existing
        .as_ref()
        .map_or(now.as_str(), |t| t.created_at.as_str());
    let row = testimony_row(&dek, case_id, id, &given, created_at, &now);
    let what = match &existing {
        None => {
            repo::insert(&mut tx, std::slice::from_ref(&row)).await?;
            action::TESTIMONY_CREATE
        }
        Some(_) => {
            if !repo::update_testimony(&mut tx, &row).await? {
                return Err(RecordError::NotFound);
            }
            action::TESTIMONY_UPDATE
        }
    };
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    audit::append(
        &mut tx,
        &entry(actor, what, kind::TESTIMONY, &row.id).change(
            existing.as_ref().map(testimony_digest),
            Some(testimony_digest(&row)),
        ),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(id)
}

/// What the audit log keeps of a testimony: a digest of its fields (the sealed ones as sealed).
pub(super) fn testimony_digest(t: &TestimonyRow) -> String {
    let text = |v: &Option<String>| v.as_deref().unwrap_or_default().as_bytes().to_vec();
    audit::digest(&[
        t.testifier_id.as_bytes(),
        &text(&t.recorded_text),
        t.medium.as_bytes(),
        &text(&t.language),
        t.duration_minutes.unwrap_or(-1).to_string().as_bytes(),
        t.recording_location_sealed.as_deref().unwrap_or_default(),
        t.transcript_sealed.as_deref().unwrap_or_default(),
        &text(&t.source_id),
    ])
}

/// What the audit log keeps of a detention: a digest of its fields.
pub(super) fn detention_digest(d: &DetentionRow) -> String {
    let text = |v: &Option<String>| v.as_deref().unwrap_or_default().as_bytes().to_vec();
    let number = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default().into_bytes();
    audit::digest(&[
        &text(&d.facility_kind),
        &text(&d.facility_name),
        &text(&d.location_id),
        &text(&d.alleged_act),
        &text(&d.legal_charge),
        &number(d.sentence_months),
        d.sentence_life.to_string().as_bytes(),
        &text(&d.court),
        &text(&d.conviction_text),
        &text(&d.learned_text),
        &text(&d.learned_how),
        &text(&d.confirmed_by),
        // Added later (issue 22): only when set, so a detention without them keeps its digest.
        &d.responsible_forces
            .iter()
            .chain(&d.warrant_shown)
            .flat_map(|c| [c.as_bytes(), b"\0"].concat())
            .collect::<Vec<u8>>(),
    ])
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
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (case, dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
    let source = form.validate(vocab)?;
    let current = detail_of(&mut tx, keys, vocab, &case, &dek, Reading::Whole).await?;
    super::sources::check_unencrypted(&current, form)?;
    keep_version_of(&mut tx, &case, &dek, &current).await?;
    let events = repo::event_ids_of(&mut tx, &case.id).await?;
    check_links("source_events", &source.events, &events)?;
    let now = cx.clock.stamp();
    let id = Uuid::now_v7();
    let row = source_row(&dek, case_id, id, &source, &now);
    repo::insert(&mut tx, std::slice::from_ref(&row)).await?;
    let citations: Vec<EventSourceRow> = source
        .events
        .iter()
        .map(|event| EventSourceRow {
            event_id: event.to_string(),
            source_id: id.to_string(),
        })
        .collect();
    repo::insert(&mut tx, &citations).await?;
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    audit::append(
        &mut tx,
        &entry(actor, action::SOURCE_CREATE, kind::SOURCE, &row.id)
            .change(None, Some(super::sources::source_digest(&row))),
    )
    .await?;
    crate::server::db::text::refresh(&mut tx, vocab, std::slice::from_ref(&case.id)).await?;
    tx.commit().await.context("commit")?;
    Ok(id)
}
