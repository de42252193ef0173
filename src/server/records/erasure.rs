//! Erasure by key destruction: when a family asks (or to protect them), an admin erases a case.
//! Its row, with the wrapped data key, and everything under it are deleted in one transaction;
//! copies of its sealed fields that linger elsewhere (a backup, a replica, PostgreSQL's
//! write-ahead log) hold only ciphertext whose key is gone from the live database. A tombstone
//! keeps the id, when, by whom and the reason (sealed with a key of its own, wrapped with the
//! KEK), and the audit log keeps the entry.

use super::*;
use crate::server::auth::access::Doing;

/// Erases the case. Admins only. Returns the ids of its evidence files, whose sealed bytes the
/// caller removes from the blob store once this has committed (their keys are gone with the
/// case's: what is left there can no longer be opened by anyone).
pub async fn erase_case(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    form: &ErasureForm,
) -> Result<Vec<String>> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    actor.require(&[Role::Admin], Doing::EraseCases)?;
    let case_id = parse_id(case_id)?;
    let reason = form.validate()?;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (case, _dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
    check_revision(&mut tx, &case, &form.revision).await?;
    // The kept facet counts lose the case.
    let ids = [case.id.clone()];
    let mut change = db::facets::FacetChange::default();
    change.add_cases(&mut tx, &ids, -1).await?;
    change.apply(&mut tx).await?;
    let files = db::evidence::ids_of_case(&mut tx, &case.id).await?;
    if !repo::delete_case(&mut tx, &case.id).await? {
        return Err(RecordError::NotFound);
    }
    repo::bump_data_version(&mut tx).await?;
    let (tomb_key, wrapped) = keys.new_data_key(case_id)?;
    let tombstone = repo::ErasureRow {
        id: case.id.clone(),
        kek_version: wrapped_kek_version(&wrapped),
        dek_wrapped: wrapped,
        key_scheme: KEY_SCHEME_KEK,
        reason_sealed: tomb_key.seal(&FieldRef::of(case_id, "erasures.reason"), &reason),
        erased_at: cx.clock.stamp(),
        erased_by: actor.user_id().map(str::to_string),
    };
    repo::insert(&mut tx, std::slice::from_ref(&tombstone)).await?;
    audit::append(
        &mut tx,
        &entry(actor, action::CASE_ERASE, kind::CASE, &case.id).change(
            Some(case_digest(&case)),
            Some(audit::digest(&[&tombstone.reason_sealed])),
        ),
    )
    .await?;
    tx.commit().await.context("commit")?;
    // Leave no copy of the deleted rows in the database's own files where the backend allows it.
    if let Err(e) = crate::server::db::forget_deleted(pool).await {
        tracing::warn!(error = %e, "a case was erased, but its deleted rows could not be compacted yet");
    }
    tracing::info!(case = %case_id, "case erased");
    Ok(files)
}

/// When and by whom the case was erased, and (for admins) why; `None` if it was not.
pub async fn erasure_of(cx: &Context, actor: &Actor, case_id: &str) -> Result<Option<Erased>> {
    let case_id = parse_id(case_id)?;
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let Some(row) = repo::erasure(&mut conn, &case_id.to_string()).await? else {
        return Ok(None);
    };
    let reason = if actor.role() == Role::Admin {
        let key = cx.keys.unwrap_data_key(case_id, &row.dek_wrapped)?;
        Some(key.open(
            &FieldRef::of(case_id, "erasures.reason"),
            &row.reason_sealed,
        )?)
    } else {
        None
    };
    Ok(Some(Erased {
        erased_at: row.erased_at,
        erased_by: super::detail::username_of(&mut conn, row.erased_by.as_deref()).await?,
        reason,
    }))
}
