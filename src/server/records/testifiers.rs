//! More testifiers on a case after intake: a brother who records a second video a year after the
//! wife's testimony speaks for the same missing person.

use super::*;
use crate::domain::forms::TestifierForm;
use crate::server::records::search::name_check::NameCheck;

/// Adds a testifier to a case — a person of their own (sealed with a key of their own), linked to
/// the case with their relationship and consent — as a new revision, audited. Returns their id.
pub async fn add_testifier(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    form: &TestifierForm,
) -> Result<Uuid> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let case_id = parse_id(case_id)?;
    let mut tx = db::begin(pool).await.context("begin")?;
    let (case, dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
    let testifier = form.validate(vocab)?;
    // Their name must not already be in a field of the case stored unencrypted.
    let texts = unencrypted::stored_texts(&mut tx, &case.id).await?;
    let check = NameCheck::new([testifier.name.expose()], []);
    if texts.iter().any(|t| check.finds(t)) {
        let mut errors = FieldErrors::default();
        errors.add("testifier_name", unencrypted::NAME_ALREADY_STORED);
        return Err(RecordError::Invalid(errors));
    }
    check_revision(&mut tx, &case, &form.revision).await?;
    keep_version(&mut tx, keys, vocab, &case, &dek).await?;
    let now = cx.clock.stamp();
    let id = Uuid::now_v7();
    let row = testifier_row(keys, id, &testifier, &now)?;
    let mut link = link_row(&dek, case_id, id, &testifier, &now);
    link.consent_changed_by = actor.user_id().map(str::to_string);
    repo::insert(&mut tx, std::slice::from_ref(&row)).await?;
    repo::insert(&mut tx, std::slice::from_ref(&link)).await?;
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    let digest = audit::digest(&[
        case.id.as_bytes(),
        &row.name_sealed,
        link.relationship.as_bytes(),
        link.consent.as_bytes(),
    ]);
    audit::append(
        &mut tx,
        &entry(actor, action::TESTIFIER_CREATE, kind::TESTIFIER, &row.id)
            .change(None, Some(digest)),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(id)
}
