//! History: stale-edit refusals, the versions kept before each save (sealed), and a case as it was
//! at any revision.

use super::*;

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
            let lang = crate::i18n::current();
            // The moment as the reader's language writes it (UTC, as the message says).
            let when = chrono::DateTime::parse_from_rfc3339(at)
                .map(|d| crate::i18n::dates::moment(lang, d.with_timezone(&chrono::Utc)))
                .unwrap_or_else(|_| at.get(..16).unwrap_or(at).replace('T', " "));
            let message = match stamp.updated_by {
                Some(who) => crate::i18n::tr!(
                    lang,
                    "record-stale-by",
                    {"who" => who, "when" => when}
                ),
                None => crate::i18n::tr!(lang, "record-stale", {"when" => when}),
            };
            RecordError::Stale(message, stamp.revision)
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
    let detail = detail_of(conn, keys, vocab, case, dek, Reading::Whole).await?;
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
    match version_kept(conn, case).await? {
        true => Ok(()),
        false => seal_version(conn, case, dek, detail).await,
    }
}

pub(super) async fn version_kept(conn: &mut Conn, case: &CaseRow) -> Result<bool> {
    Ok(versions::is_kept(conn, &case.id, case.revision).await?)
}

pub(super) async fn seal_version(
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
    let public = seal_public(dek, case_id, version_id, detail.clone())?;
    let id = version_id.to_string();
    let version = versions::NewVersion {
        id: &id,
        case_id: &case.id,
        revision: case.revision,
        recorded_at: &case.updated_at,
        recorded_by: case.updated_by.as_deref(),
        snapshot_sealed: &sealed,
        public_snapshot_sealed: &public,
    };
    versions::insert(conn, &version).await?;
    Ok(())
}

/// The researchers' copy of a kept version: `detail` redacted, then sealed.
fn seal_public(
    dek: &DataKey,
    case_id: Uuid,
    version_id: Uuid,
    mut detail: CaseDetail,
) -> Result<Vec<u8>> {
    redact(&mut detail);
    let snapshot = serde_json::to_string(&detail).context("encode the case version")?;
    Ok(dek.seal(
        &FieldRef::of_row(case_id, "case_versions.public_snapshot", version_id),
        &snapshot,
    ))
}

/// Seals the researchers' copy of every kept version that has none (versions kept before it
/// existed), in batches; at start-up, with the keys. Returns how many.
pub async fn seal_public_versions(pool: &Pool, keys: &ServerKeys) -> anyhow::Result<u64> {
    let mut done = 0;
    loop {
        let mut tx = crate::server::db::begin(pool).await.context("begin")?;
        let batch = versions::without_public(&mut tx, 500).await?;
        if batch.is_empty() {
            break;
        }
        for v in &batch {
            let case_id = parse_id(&v.case_id)?;
            let version_id = parse_id(&v.id)?;
            let dek = keys.unwrap_data_key(case_id, &v.dek_wrapped)?;
            let opened = dek.open(
                &FieldRef::of_row(case_id, "case_versions.snapshot", version_id),
                &v.snapshot_sealed,
            )?;
            let detail: CaseDetail =
                serde_json::from_str(opened.expose()).context("decode a case version")?;
            let public = seal_public(&dek, case_id, version_id, detail)?;
            versions::set_public(&mut tx, &v.id, &public).await?;
        }
        tx.commit().await.context("commit")?;
        done += batch.len() as u64;
    }
    Ok(done)
}

/// The case's revisions, newest first: when, by whom, and what each changed, in the language of
/// the request. For a case merged into another, the revisions it had before the merge.
pub async fn case_history(cx: &Context, actor: &Actor, case_id: &str) -> Result<Vec<Revision>> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    let lang = crate::i18n::current();
    let mut versions = match case_detail(cx, actor, case_id).await {
        Ok(current) => {
            let mut versions = versions_of(pool, keys, &current, None).await?;
            versions.push(current);
            versions
        }
        Err(RecordError::NotFound) => super::merge::merged_versions_of(cx, actor, case_id, None)
            .await?
            .ok_or(RecordError::NotFound)?,
        Err(e) => return Err(e),
    };
    for v in &mut versions {
        relabel(v, &cx.vocab, lang);
    }
    let mut out = Vec::with_capacity(versions.len());
    for (i, v) in versions.iter().enumerate() {
        out.push(Revision {
            revision: v.revision,
            recorded_at: v.updated_at.clone(),
            recorded_by: v.updated_by.clone(),
            changes: match i {
                0 => vec![crate::i18n::tr!(lang, "record-case-recorded")],
                _ => crate::domain::history::changes(lang, &versions[i - 1], v),
            },
        });
    }
    out.reverse();
    Ok(out)
}

/// The case as it was at `revision`, as `actor` may see it, in the language of the request.
pub async fn case_at(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    revision: i64,
) -> Result<CaseDetail> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    let current = match case_detail(cx, actor, case_id).await {
        Err(RecordError::NotFound) => {
            let mut then = super::merge::merged_versions_of(cx, actor, case_id, Some(revision))
                .await?
                .and_then(|mut v| v.pop())
                .ok_or(RecordError::NotFound)?;
            relabel(&mut then, &cx.vocab, crate::i18n::current());
            return Ok(then);
        }
        other => other?,
    };
    if revision == current.revision {
        return Ok(current);
    }
    let mut then = versions_of(pool, keys, &current, Some(revision))
        .await?
        .pop()
        .ok_or(RecordError::NotFound)?;
    relabel(&mut then, &cx.vocab, crate::i18n::current());
    Ok(then)
}

/// A kept version read in `lang`. Versions are kept as the case page had them, with the labels
/// of the language of whoever saved (and claims' statements in it): every coded value and place
/// is named again from its code, and every statement said again, in `lang`. A code the
/// vocabularies no longer have keeps the label it was kept with.
pub(crate) fn relabel(detail: &mut CaseDetail, vocab: &Vocabularies, lang: crate::i18n::Lang) {
    let term = |c: &mut Coded, vocabulary: &str| {
        if let Some(t) = vocab.terms(vocabulary).iter().find(|t| t.code == c.code) {
            c.label = t.label.get(lang).to_string();
        }
    };
    let term_opt = |c: &mut Option<Coded>, vocabulary: &str| {
        if let Some(c) = c {
            term(c, vocabulary);
        }
    };
    let place = |c: &mut Option<Coded>| {
        if let Some(c) = c.as_mut().filter(|c| vocab.location(&c.code).is_some()) {
            c.label = vocab.location_path_in(&c.code, lang);
        }
    };
    let p = &mut detail.profile;
    term(&mut p.status, names::CASE_STATUS);
    term(&mut p.verification, names::VERIFICATION);
    term_opt(&mut p.gender, names::GENDER);
    term_opt(&mut p.ethnicity, names::ETHNICITY);
    term_opt(&mut p.residency, names::RESIDENCY);
    term_opt(&mut p.occupation, names::OCCUPATION);
    place(&mut p.last_location);
    for d in &mut detail.detentions {
        term_opt(&mut d.facility_kind, names::FACILITY_KIND);
        place(&mut d.location);
        term_opt(&mut d.legal_charge, names::LEGAL_CHARGE);
        term_opt(&mut d.learned_how, names::LEARNED_HOW);
        term_opt(&mut d.responsible_forces, names::RESPONSIBLE_FORCES);
        term_opt(&mut d.warrant_shown, names::WARRANT_SHOWN);
    }
    for t in &mut detail.testifiers {
        term(&mut t.relationship, names::RELATIONSHIP);
        term(&mut t.consent, names::CONSENT);
    }
    for t in &mut detail.testimonies {
        term_opt(&mut t.relationship, names::RELATIONSHIP);
        term(&mut t.medium, names::TESTIMONY_MEDIUM);
        term_opt(&mut t.language, names::LANGUAGE);
    }
    for s in &mut detail.sources {
        term(&mut s.source_type, names::SOURCE_TYPE);
        term_opt(&mut s.language, names::LANGUAGE);
        term(&mut s.reliability, names::RELIABILITY);
        term(&mut s.credibility, names::CREDIBILITY);
    }
    for e in &mut detail.events {
        term(&mut e.kind, names::EVENT_KIND);
        place(&mut e.location);
    }
    for c in &mut detail.claims {
        if let Some(statement) = crate::domain::provenance::statement(
            lang,
            &c.claim,
            &detail.profile,
            &detail.detentions,
            &detail.events,
        ) {
            c.statement = statement;
        }
        for b in &mut c.backing {
            if let Some(s) = detail.sources.iter().find(|s| s.id == b.source_id) {
                b.source_type_label = s.source_type.label.clone();
            }
        }
    }
}

/// The kept versions of a case (every one, or only `revision`), oldest first, redacted as
/// `current` is; only those asked for are opened, and for a reader who may not see names only
/// their redacted copies.
pub(super) async fn versions_of(
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
        let version_id = parse_id(&v.id)?;
        let opened = if current.sensitive {
            dek.open(
                &FieldRef::of_row(current.id, "case_versions.snapshot", version_id),
                &v.snapshot_sealed,
            )?
        } else {
            let public = v.public_snapshot_sealed.as_deref().ok_or_else(|| {
                RecordError::Internal(anyhow::anyhow!(
                    "a kept version has no redacted copy yet (made at the next unsealed start)"
                ))
            })?;
            dek.open(
                &FieldRef::of_row(current.id, "case_versions.public_snapshot", version_id),
                public,
            )?
        };
        let mut detail: CaseDetail =
            serde_json::from_str(opened.expose()).context("decode a case version")?;
        detail.revision = v.revision;
        detail.updated_by = v.recorded_by;
        detail.can_edit = false;
        out.push(detail);
    }
    Ok(out)
}
