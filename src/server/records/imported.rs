//! Bulk import's writes (the reading and mapping are in `server::import`): new cases from a batch
//! of rows, each with the id it had in its source database (sealed, found again by blind index),
//! sent to the duplicate review where they look like recorded cases; and a changed row saved over
//! its case as a new revision.

use super::*;
use crate::server::auth::access::Doing;
use crate::server::crypto::NameIndexKey;
use crate::server::db::imports::{self as store, ExternalRefRow, FoundRef};

/// The blind index of an external reference under each KEK (to find it whatever KEK was current
/// when it was stored), the current KEK's first.
pub fn external_ref_digests(keys: &ServerKeys, value: &str) -> Vec<String> {
    keyed_digests(keys, "external ref", value.trim())
}

/// The keyed digest of an imported row's content under each KEK, the current KEK's first: equal
/// digests mean the row did not change since it was imported.
pub fn row_digests(keys: &ServerKeys, content: &str) -> Vec<String> {
    keyed_digests(keys, "import row", content)
}

fn keyed_digests(keys: &ServerKeys, kind: &str, value: &str) -> Vec<String> {
    let current = keys.current_kek();
    std::iter::once(current)
        .chain(keys.keks().filter(|k| k.version != current.version))
        .map(|kek| hex::encode(NameIndexKey::new(kek).digest(kind, value)))
        .collect()
}

/// Makes the blind index of every external reference again under the current KEK (after a
/// rotation, which deletes the KEKs no data key uses any more); returns how many.
pub async fn reindex_external_refs(pool: &Pool, keys: &ServerKeys) -> anyhow::Result<u64> {
    let mut done = 0;
    loop {
        let stale = store::stale_refs(pool, keys.current_kek_version(), 1000)
            .await
            .context("cannot find references to index")?;
        if stale.is_empty() {
            return Ok(done);
        }
        let mut tx = crate::server::db::begin(pool).await.context("begin")?;
        for r in &stale {
            let (case, id) = (parse_id(&r.case_id)?, parse_id(&r.id)?);
            let dek = keys.unwrap_data_key(case, &r.dek_wrapped)?;
            let value = dek
                .open(
                    &FieldRef::of_row(case, "case_external_refs.ref", id),
                    &r.ref_sealed,
                )
                .map_err(|e| anyhow::anyhow!("cannot open a reference of case {case}: {e}"))?;
            let digest = external_ref_digests(keys, value.expose())
                .into_iter()
                .next()
                .unwrap_or_default();
            store::redigest(&mut tx, &r.id, &digest, keys.current_kek_version()).await?;
        }
        tx.commit().await.context("commit")?;
        done += stale.len() as u64;
    }
}

/// The recorded references among the digests of a batch.
pub async fn find_external_refs(conn: &mut Conn, digests: &[String]) -> Result<Vec<FoundRef>> {
    Ok(store::find_refs(conn, digests).await?)
}

/// The blind-index digests [`import_lookalikes`] looks a new row's person up by: made where the
/// row is sealed, beside it, not by the writer.
pub type Lookups = Vec<(&'static str, String)>;

/// The [`Lookups`] of a person about to be imported.
pub fn lookalike_lookups(keys: &ServerKeys, person: &PersonFields) -> Lookups {
    Query::duplicate_lookups(keys, &names_of(person))
}

/// For each person of a batch of new rows, the recorded cases they look like (same whole name in
/// any script or order, or the same ID number), confirmed after decryption; they go to the
/// duplicate review. One query of the blind index for the whole batch.
pub async fn import_lookalikes(
    cx: &Context,
    conn: &mut Conn,
    persons: &[(&PersonFields, &Lookups)],
) -> Result<Vec<Vec<String>>> {
    let mut digests: Vec<String> = persons
        .iter()
        .flat_map(|(_, lookups)| lookups.iter())
        .map(|(_, digest)| digest.clone())
        .collect();
    digests.sort();
    digests.dedup();
    let mut owners: std::collections::HashMap<(String, String), Vec<String>> =
        std::collections::HashMap::new();
    if !digests.is_empty() {
        let found =
            crate::server::db::name_index::entries_matching(conn, &["name", "id_number"], &digests)
                .await?;
        for (case_id, kind, digest) in found {
            owners.entry((kind, digest)).or_default().push(case_id);
        }
    }
    let mut out = Vec::with_capacity(persons.len());
    for (person, lookups) in persons {
        let mut candidates: Vec<String> = lookups
            .iter()
            .filter_map(|(kind, digest)| owners.get(&(kind.to_string(), digest.clone())))
            .flatten()
            .cloned()
            .collect();
        candidates.sort();
        candidates.dedup();
        candidates.truncate(50);
        out.push(confirm_lookalikes(cx, person, candidates, "").await?);
    }
    Ok(out)
}

/// A new case made from one row.
pub struct NewImported {
    /// The row's line in its file.
    pub line: i64,
    pub sealed: SealedTestimony,
    /// The row's reference in its source database, and the digest of its content.
    pub external_ref: Option<(String, String)>,
    /// Recorded cases that look like it.
    pub lookalikes: Vec<String>,
}

/// Writes a batch of new cases inside the caller's transaction: the cases as at intake (sealed
/// with a key each, indexed), their references, an audit entry each, and a duplicate-review pair
/// for every look-alike. Returns the new cases' ids.
pub async fn insert_imported(
    tx: &mut Conn,
    cx: &Context,
    actor: &Actor,
    import_id: &str,
    batch: Vec<NewImported>,
) -> Result<Vec<String>> {
    actor.require(&[Role::Admin, Role::Volunteer], Doing::EnterTestimonies)?;
    let keys = &*cx.keys;
    let now = cx.clock.stamp();
    let by = actor.user_id().map(str::to_string);
    let mut refs = Vec::new();
    let mut sealed = Vec::with_capacity(batch.len());
    let mut created = Vec::with_capacity(batch.len());
    for mut item in batch {
        let s = &mut item.sealed;
        s.case.created_by = by.clone();
        s.case.updated_by = by.clone();
        s.link.consent_changed_by = by.clone();
        if let Some((value, row_digest)) = &item.external_ref {
            let dek = keys.unwrap_data_key(s.case_id, &s.case.dek_wrapped)?;
            let id = Uuid::now_v7();
            refs.push(ExternalRefRow {
                id: id.to_string(),
                case_id: s.case_id.to_string(),
                digest: external_ref_digests(keys, value)
                    .into_iter()
                    .next()
                    .unwrap_or_default(),
                kek_version: keys.current_kek_version(),
                ref_sealed: dek.seal(
                    &FieldRef::of_row(s.case_id, "case_external_refs.ref", id),
                    value.trim(),
                ),
                row_digest: row_digest.clone(),
                import_id: import_id.to_string(),
                line: item.line,
                updated_at: now.clone(),
            });
        }
        created.push((s.case_id.to_string(), case_digest(&s.case), item.lookalikes));
        sealed.push(item.sealed);
    }
    insert_sealed(&mut *tx, sealed).await?;
    store::insert_refs(&mut *tx, &refs).await?;
    let entries: Vec<audit::Entry<'_>> = created
        .iter()
        .map(|(id, digest, _)| {
            entry(actor, action::CASE_CREATE, kind::CASE, id).change(None, Some(digest.clone()))
        })
        .collect();
    audit::append_all(&mut *tx, &entries).await?;
    for (id, _, lookalikes) in &created {
        for other in lookalikes {
            let pair = duplicates::FoundPair {
                case_id: id,
                other_id: other,
                found_at: &now,
                found_by: by.as_deref(),
                found_in: duplicates::AT_INTAKE,
                said_different: false,
            };
            duplicates::record(&mut *tx, &pair).await?;
        }
    }
    Ok(created.into_iter().map(|(id, _, _)| id).collect())
}

/// Saves a changed row's profile over its case `case_id` inside the caller's transaction (a new
/// revision; the earlier one is kept in the case's history), and records the row's new digest on
/// its reference `found`. Refused, like an edit, where the account may not edit the case.
pub async fn update_imported(
    tx: &mut Conn,
    cx: &Context,
    actor: &Actor,
    (import_id, line): (&str, i64),
    found: &FoundRef,
    row_digest: &str,
    person: &PersonFields,
) -> Result<()> {
    let (old, dek) = open_for_edit(&mut *tx, cx, actor, parse_id(&found.case_id)?).await?;
    save_profile(&mut *tx, cx, actor, (&old, &dek), person).await?;
    store::touch_ref(
        &mut *tx,
        &found.id,
        row_digest,
        import_id,
        line,
        &cx.clock.stamp(),
    )
    .await?;
    Ok(())
}

/// Records that an unchanged row was met again (by this import, at `line`).
pub async fn touch_unchanged(
    tx: &mut Conn,
    cx: &Context,
    (import_id, line): (&str, i64),
    found: &FoundRef,
) -> Result<()> {
    store::touch_ref(
        &mut *tx,
        &found.id,
        &found.row_digest,
        import_id,
        line,
        &cx.clock.stamp(),
    )
    .await?;
    Ok(())
}
