//! Correcting a source, and retracting one found to be wrong (a forged document, a report that
//! confused two people): the source stays on the case, marked, with the written reason sealed with
//! the case's key, and no longer counts for any claim. Both are new revisions, audited.

use super::*;
use crate::server::db::records::CitedBy;

/// The title, publisher and reference are stored unencrypted: none may carry a name or ID number
/// of the case (`current`, read whole).
pub(super) fn check_unencrypted(current: &CaseDetail, form: &SourceForm) -> Result<()> {
    let mut errors = FieldErrors::default();
    unencrypted::check_fields(
        &unencrypted::case_check(current),
        &[
            ("source_title", &form.source_title),
            ("source_publisher", &form.source_publisher),
            ("source_reference", &form.source_reference),
        ],
        &mut errors,
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(RecordError::Invalid(errors))
    }
}

/// What the audit log keeps of a source: a digest of its fields (the author as sealed).
pub(super) fn source_digest(s: &SourceRow) -> String {
    let text = |v: &Option<String>| v.as_deref().unwrap_or_default().as_bytes().to_vec();
    audit::digest(&[
        s.source_type.as_bytes(),
        s.title.as_bytes(),
        &text(&s.publisher),
        s.author_sealed.as_deref().unwrap_or_default(),
        &text(&s.reference),
        &text(&s.published_text),
        &text(&s.language),
        s.reliability.as_bytes(),
        s.credibility.as_bytes(),
        &text(&s.content_sha256),
    ])
}

/// A transaction with the case opened for a change of its source `source_id` (as stored), which
/// must not be retracted (else an error on `field`).
async fn open_source(
    cx: &Context,
    actor: &Actor,
    (case_id, source_id): (&str, &str),
    field: &str,
) -> Result<(
    sqlx::Transaction<'static, db::Db>,
    CaseRow,
    DataKey,
    SourceRow,
)> {
    let case_id = parse_id(case_id)?;
    let source_id = parse_id(source_id)?.to_string();
    let mut tx = db::begin(&cx.pool).await.context("begin")?;
    let (case, dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
    let before = repo::sources_of(&mut tx, &case.id)
        .await?
        .into_iter()
        .find(|s| s.id == source_id)
        .ok_or(RecordError::NotFound)?;
    if before.retracted_at.is_some() {
        return Err(retracted(field));
    }
    Ok((tx, case, dek, before))
}

/// The error of a form about a source that was retracted meanwhile.
fn retracted(field: &str) -> RecordError {
    let mut errors = FieldErrors::default();
    let lang = crate::i18n::current();
    errors.add(field, crate::i18n::tr!(lang, "record-source-retracted"));
    RecordError::Invalid(errors)
}

/// Corrects a source of a case and the events it is cited by (a link kept keeps its stance and
/// timecode), as a new revision.
pub async fn edit_source(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    source_id: &str,
    form: &SourceForm,
) -> Result<()> {
    let (keys, vocab) = (&*cx.keys, &*cx.vocab);
    let (mut tx, case, dek, before) =
        open_source(cx, actor, (case_id, source_id), "source_title").await?;
    let (case_id, source_id) = (dek.owner(), parse_id(&before.id)?);
    let source = form.validate(vocab)?;
    let current = detail_of(&mut tx, keys, vocab, &case, &dek, Reading::Whole).await?;
    check_unencrypted(&current, form)?;
    check_revision(&mut tx, &case, &form.revision).await?;
    let events = repo::event_ids_of(&mut tx, &case.id).await?;
    edit::check_links("source_events", &source.events, &events)?;
    keep_version_of(&mut tx, &case, &dek, &current).await?;
    let now = cx.clock.stamp();
    let mut row = source_row(&dek, case_id, source_id, &source, &now);
    row.created_at = before.created_at.clone();
    if !repo::update_source(&mut tx, &row).await? {
        return Err(RecordError::NotFound);
    }
    let ticked: Vec<String> = source.events.iter().map(ToString::to_string).collect();
    let linked = repo::unlink_citations_except(&mut tx, CitedBy::Source, &row.id, &ticked).await?;
    let citations: Vec<EventSourceRow> = ticked
        .iter()
        .filter(|event| !linked.contains(event))
        .map(|event| EventSourceRow {
            event_id: event.clone(),
            source_id: row.id.clone(),
        })
        .collect();
    repo::insert(&mut tx, &citations).await?;
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    audit::append(
        &mut tx,
        &entry(actor, action::SOURCE_UPDATE, kind::SOURCE, &row.id)
            .change(Some(source_digest(&before)), Some(source_digest(&row))),
    )
    .await?;
    db::text::refresh(&mut tx, vocab, std::slice::from_ref(&case.id)).await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// Retracts a source of a case with the form's written reason, as a new revision.
pub async fn retract_source(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    source_id: &str,
    form: &RemovalForm,
) -> Result<()> {
    let (keys, vocab) = (&*cx.keys, &*cx.vocab);
    let (mut tx, case, dek, before) =
        open_source(cx, actor, (case_id, source_id), "reason").await?;
    let (case_id, source_id) = (dek.owner(), parse_id(&before.id)?);
    let reason = form.validate()?;
    check_revision(&mut tx, &case, &form.revision).await?;
    keep_version(&mut tx, keys, vocab, &case, &dek).await?;
    let now = cx.clock.stamp();
    let sealed = dek.seal(
        &FieldRef::of_row(case_id, "sources.retraction", source_id),
        &reason,
    );
    if !repo::retract_source(
        &mut tx,
        &case.id,
        &before.id,
        &now,
        actor.user_id(),
        &sealed,
    )
    .await?
    {
        return Err(retracted("reason"));
    }
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    audit::append(
        &mut tx,
        &entry(actor, action::SOURCE_RETRACT, kind::SOURCE, &before.id).change(
            Some(source_digest(&before)),
            Some(audit::digest(&[&sealed])),
        ),
    )
    .await?;
    db::text::refresh(&mut tx, vocab, std::slice::from_ref(&case.id)).await?;
    tx.commit().await.context("commit")?;
    Ok(())
}
