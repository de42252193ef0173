//! Merging two records of one person, from the duplicate review. The kept case takes everything
//! recorded under the other — testimonies, testifier links, detentions, events, sources, claims
//! and their reviews, removals, reveal requests, earlier merges — re-sealed with its own data
//! key; its profile takes the fields the admin chose; the other case's row and key are deleted, its
//! old address leads to the kept case, and its history before the merge stays readable, re-sealed
//! too. One transaction, audited on both ids.

use super::*;
use crate::domain::merge::{self, MergeChoice, MergePreview, Side};
use crate::server::auth::access::Doing;
use crate::server::db::merges::{self, CaseMergeRow, MergedVersionRow};
use std::collections::BTreeMap;

/// The two cases of an open review pair side by side (both are readings of the whole case,
/// audited). Admins only.
pub async fn merge_preview(cx: &Context, actor: &Actor, pair_id: &str) -> Result<MergePreview> {
    actor.require(&[Role::Admin], Doing::MergeCases)?;
    let pair_id = parse_id(pair_id)?;
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let (case_id, other_id) = duplicates::open_pair(&mut conn, &pair_id.to_string())
        .await?
        .ok_or(RecordError::NotFound)?;
    drop(conn);
    let case = case_detail(cx, actor, &case_id).await?;
    let other = case_detail(cx, actor, &other_id).await?;
    Ok(MergePreview {
        pair_id,
        rows: merge::rows(&case.profile, &other.profile),
        case,
        other,
    })
}

/// One side of the merge, opened for it.
struct Opened {
    id: Uuid,
    row: CaseRow,
    dek: DataKey,
    detail: CaseDetail,
}

/// Merges the two cases of an open review pair as `posted` (the merge form) says; returns the
/// kept case's id. Admins only.
pub async fn merge_cases(
    cx: &Context,
    actor: &Actor,
    pair_id: &str,
    posted: &BTreeMap<String, String>,
) -> Result<Uuid> {
    actor.require(&[Role::Admin], Doing::MergeCases)?;
    let Some(admin) = actor.user_id() else {
        let lang = crate::i18n::current();
        return Err(RecordError::Forbidden(crate::i18n::tr!(
            lang,
            "record-merge-admin-account"
        )));
    };
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let pair_id = parse_id(pair_id)?.to_string();
    let mut tx = db::begin(pool).await.context("begin")?;
    let (case_id, other_id) = duplicates::open_pair(&mut tx, &pair_id)
        .await?
        .ok_or(RecordError::NotFound)?;
    // Both cases locked, always in the same order, so two merges cannot wait on each other.
    let mut ids = [parse_id(&case_id)?, parse_id(&other_id)?];
    ids.sort();
    let mut opened = Vec::with_capacity(2);
    for id in ids {
        let (row, dek) = open_for_edit(&mut tx, cx, actor, id).await?;
        let detail = detail_of(&mut tx, keys, vocab, &row, &dek, Reading::Whole).await?;
        opened.push(Opened {
            id,
            row,
            dek,
            detail,
        });
    }
    let (Some(second), Some(first)) = (opened.pop(), opened.pop()) else {
        return Err(RecordError::NotFound);
    };
    let (case, other) = match first.row.id == case_id {
        true => (first, second),
        false => (second, first),
    };
    let rows = merge::rows(&case.detail.profile, &other.detail.profile);
    let choice = MergeChoice::read(posted, &rows)?;
    check_revision(&mut tx, &case.row, &choice.case_revision).await?;
    check_revision(&mut tx, &other.row, &choice.other_revision).await?;
    let form = choice.merged(
        &PersonForm::from_profile(&case.detail.profile),
        &PersonForm::from_profile(&other.detail.profile),
    );
    let person = form
        .validate(vocab)
        .map_err(|e| RecordError::Invalid(merge::errors_by_row(&e)))?;
    // The names the kept case takes must not be in a field either case stores unencrypted.
    let mut errors = FieldErrors::default();
    for side in [&case, &other] {
        let texts = unencrypted::stored_texts(&mut tx, &side.row.id).await?;
        unencrypted::recheck_names(&person, &texts, &mut errors);
    }
    if !errors.is_empty() {
        return Err(RecordError::Invalid(merge::errors_by_row(&errors)));
    }
    let (kept, gone) = match choice.keep {
        Side::Case => (case, other),
        Side::Other => (other, case),
    };
    let now = cx.clock.stamp();
    if duplicates::decide(&mut tx, &pair_id, "merged", &now, Some(admin))
        .await?
        .is_none()
    {
        return Err(RecordError::NotFound);
    }
    // Both as they were, in their histories.
    keep_version_of(&mut tx, &kept.row, &kept.dek, &kept.detail).await?;
    keep_version_of(&mut tx, &gone.row, &gone.dek, &gone.detail).await?;

    move_everything(&mut tx, (&kept, &gone), &choice, (admin, &now)).await?;
    move_history(&mut tx, &kept, &gone).await?;

    // The other case goes, with its key; the kept facet counts lose it.
    let mut change = db::facets::FacetChange::default();
    change
        .add_cases(&mut tx, std::slice::from_ref(&gone.row.id), -1)
        .await?;
    change.apply(&mut tx).await?;
    db::name_index::delete_index(&mut tx, &gone.row.id).await?;
    if !repo::delete_case(&mut tx, &gone.row.id).await? {
        return Err(RecordError::NotFound);
    }

    // The kept case's profile, as chosen.
    let mut row = case_row(
        &kept.dek,
        kept.id,
        kept.row.dek_wrapped.clone(),
        &person,
        vocab,
        &kept.row.created_at,
        &now,
    );
    row.created_by = kept.row.created_by.clone();
    row.updated_by = Some(admin.to_string());
    row.revision = kept.row.revision;
    if !repo::update_case(&mut tx, &row).await? {
        return Err(stale(&mut tx, &kept.row.id).await);
    }
    refresh_disappearance_year(&mut tx, &row).await?;
    repo::refresh_longest_sentence(&mut tx, &row.id).await?;
    db::name_index::delete_index(&mut tx, &row.id).await?;
    db::name_index::insert_index(&mut tx, &index_rows(keys, kept.id, &names_of(&person))).await?;
    let record = CaseMergeRow {
        merged_id: gone.row.id.clone(),
        kept_id: kept.row.id.clone(),
        pair_id: Some(pair_id),
        notes_sealed: kept.dek.seal(
            &FieldRef::of_row(kept.id, "case_merges.notes", gone.id),
            &choice.notes,
        ),
        choices: choice.summary(),
        merged_at: now.clone(),
        merged_by: Some(admin.to_string()),
    };
    repo::insert(&mut tx, std::slice::from_ref(&record)).await?;
    audit::append(
        &mut tx,
        &entry(actor, action::CASE_MERGE, kind::CASE, &kept.row.id)
            .change(Some(case_digest(&kept.row)), Some(case_digest(&row))),
    )
    .await?;
    audit::append(
        &mut tx,
        &entry(actor, action::CASE_MERGE, kind::CASE, &gone.row.id).change(
            Some(case_digest(&gone.row)),
            Some(audit::digest(&[&record.notes_sealed])),
        ),
    )
    .await?;
    db::text::refresh(&mut tx, vocab, std::slice::from_ref(&kept.row.id)).await?;
    tx.commit().await.context("commit")?;
    tracing::info!(kept = %kept.id, merged = %gone.id, "cases merged");
    Ok(kept.id)
}

/// Moves every row of `gone` under `kept`, re-sealed with `kept`'s key: a testifier of both keeps
/// one link (the stricter consent); each case-level claim keeps the review of the side whose value
/// was taken; `gone`'s volunteers are assigned to `kept`; a running reveal grant ends.
async fn move_everything(
    conn: &mut Conn,
    (kept, gone): (&Opened, &Opened),
    choice: &MergeChoice,
    (admin, now): (&str, &str),
) -> Result<()> {
    crate::server::crypto::keyring::reseal_case_rows(
        &mut *conn,
        (gone.id, &gone.dek),
        (kept.id, &kept.dek),
    )
    .await?;
    merges::join_testifier_links(&mut *conn, &gone.row.id, &kept.row.id).await?;
    for (claim, field) in [
        ("status", "status"),
        ("last_location", "last_contact"),
        ("birth_year", "birth"),
        ("ethnicity", "ethnicity"),
        ("occupation", "occupation"),
        ("residency", "residency"),
    ] {
        let taken_from_kept = choice.side_of(field) == choice.keep;
        let loser = if taken_from_kept { gone } else { kept };
        merges::drop_case_review(&mut *conn, &loser.row.id, claim).await?;
    }
    // The names and ID numbers of both are joined: the kept case's review of them stays.
    for claim in ["names", "id_numbers"] {
        merges::drop_case_review(&mut *conn, &gone.row.id, claim).await?;
    }
    merges::end_grants(&mut *conn, &gone.row.id, now).await?;
    merges::move_rows(&mut *conn, &gone.row.id, &kept.row.id).await?;
    merges::move_assignments(
        &mut *conn,
        (&gone.row.id, gone.row.created_by.as_deref()),
        (&kept.row.id, kept.row.created_by.as_deref()),
        admin,
        now,
    )
    .await?;
    merges::repoint_pairs(&mut *conn, &gone.row.id, &kept.row.id).await?;
    Ok(())
}

/// `gone`'s kept versions (the last one is the case as it was at the merge) become versions of
/// its merged history under `kept`, each with its researchers' copy.
async fn move_history(conn: &mut Conn, kept: &Opened, gone: &Opened) -> Result<()> {
    let mut rows = Vec::new();
    for v in merges::case_versions(&mut *conn, &gone.row.id).await? {
        let version_id = parse_id(&v.id)?;
        let opened = gone.dek.open(
            &FieldRef::of_row(gone.id, "case_versions.snapshot", version_id),
            &v.snapshot_sealed,
        )?;
        let public = match v.public_snapshot_sealed.as_deref() {
            Some(sealed) => gone.dek.open(
                &FieldRef::of_row(gone.id, "case_versions.public_snapshot", version_id),
                sealed,
            )?,
            None => {
                let mut detail: CaseDetail =
                    serde_json::from_str(opened.expose()).context("decode a case version")?;
                redact(&mut detail);
                Sensitive::new(serde_json::to_string(&detail).context("encode a version")?)
            }
        };
        let seal = |field, value: &Sensitive| {
            kept.dek.seal(
                &FieldRef::of_row(kept.id, field, version_id),
                value.expose(),
            )
        };
        rows.push(MergedVersionRow {
            id: v.id,
            case_id: kept.row.id.clone(),
            merged_id: gone.row.id.clone(),
            revision: v.revision,
            recorded_at: v.recorded_at,
            recorded_by: v.recorded_by,
            snapshot_sealed: seal("merged_versions.snapshot", &opened),
            public_snapshot_sealed: seal("merged_versions.public_snapshot", &public),
        });
    }
    repo::insert(&mut *conn, &rows).await?;
    Ok(())
}

/// Where a merged case went (any signed-in reader may follow an old address), or None.
pub async fn merge_of(cx: &Context, actor: &Actor, case_id: &str) -> Result<Option<MergedInto>> {
    actor.require(
        &[Role::Admin, Role::Volunteer, Role::Researcher],
        Doing::ReadCases,
    )?;
    let id = parse_id(case_id)?;
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let Some(m) = merges::merge_of(&mut conn, &id.to_string()).await? else {
        return Ok(None);
    };
    Ok(Some(MergedInto {
        kept_id: parse_id(&m.kept_id)?,
        merged_at: m.merged_at,
        merged_by: m.merger,
    }))
}

/// A merged case's versions from before its merge (every one, or only `revision`), oldest first,
/// as `actor` may read the case it was merged into; None when `case_id` was not merged.
pub(super) async fn merged_versions_of(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    revision: Option<i64>,
) -> Result<Option<Vec<CaseDetail>>> {
    let id = parse_id(case_id)?;
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let Some(kept_id) = merges::kept_for(&mut conn, &id.to_string()).await? else {
        return Ok(None);
    };
    drop(conn);
    // Reading the kept case decides (and audits) what this reader may see.
    let kept = case_detail(cx, actor, &kept_id).await?;
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let (_, dek) = case_key(&mut conn, &cx.keys, kept.id).await?;
    let mut out = Vec::new();
    for v in merges::merged_versions(&mut conn, &id.to_string(), revision).await? {
        let version_id = parse_id(&v.id)?;
        let opened = match kept.sensitive {
            true => dek.open(
                &FieldRef::of_row(kept.id, "merged_versions.snapshot", version_id),
                &v.snapshot_sealed,
            )?,
            false => dek.open(
                &FieldRef::of_row(kept.id, "merged_versions.public_snapshot", version_id),
                &v.public_snapshot_sealed,
            )?,
        };
        let mut detail: CaseDetail =
            serde_json::from_str(opened.expose()).context("decode a case version")?;
        detail.revision = v.revision;
        detail.updated_at = v.recorded_at;
        detail.updated_by = v.recorded_by;
        detail.can_edit = false;
        out.push(detail);
    }
    Ok(Some(out))
}
