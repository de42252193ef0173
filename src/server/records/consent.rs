//! Consent to publish, changed after intake: per testifier–case link, with when and by whom, as a
//! new revision of the case and an audit entry. A case with any link whose consent is "none" is
//! left out of every export from that moment.

use super::*;

/// Sets the consent of `testifier_id`'s link to the case. Returns whether it changed (saving the
/// consent the link already has writes nothing).
pub async fn change_consent(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    testifier_id: &str,
    form: &ConsentForm,
) -> Result<bool> {
    let (pool, vocab) = (&cx.pool, &*cx.vocab);
    let case_id = parse_id(case_id)?;
    let testifier = parse_id(testifier_id)?;
    let testifier_id = testifier.to_string();
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (case, dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
    let (consent, note) = form.validate(vocab)?;
    check_revision(&mut tx, &case, &form.revision).await?;
    let before = repo::testifiers_of(&mut tx, &case.id)
        .await?
        .into_iter()
        .map(|(_, link)| link)
        .find(|link| link.testifier_id == testifier_id)
        .ok_or(RecordError::NotFound)?;
    if before.consent == consent && note.is_none() {
        return Ok(false);
    }
    keep_version(&mut tx, &cx.keys, vocab, &case, &dek).await?;
    let now = cx.clock.stamp();
    let sealed = note.as_ref().map(|n| {
        dek.seal(
            &FieldRef::of_row(case_id, "case_testifiers.consent_note", testifier),
            n,
        )
    });
    if !repo::set_consent(
        &mut tx,
        (&case.id, &testifier_id),
        (&consent, sealed.as_deref()),
        &now,
        actor.user_id(),
    )
    .await?
    {
        return Err(RecordError::NotFound);
    }
    if before.consent != consent {
        // The family's wish changed: the case leaves the public register until an admin reviews
        // it again under its new consent.
        crate::server::register::forget_approval(&mut tx, &case.id).await?;
    }
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    let digest = |consent: &str, note: Option<&[u8]>| {
        audit::digest(&[
            testifier_id.as_bytes(),
            consent.as_bytes(),
            note.unwrap_or_default(),
        ])
    };
    audit::append(
        &mut tx,
        &entry(actor, action::CONSENT_CHANGE, kind::CASE, &case.id).change(
            Some(digest(
                &before.consent,
                before.consent_note_sealed.as_deref(),
            )),
            Some(digest(&consent, sealed.as_deref())),
        ),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(true)
}
