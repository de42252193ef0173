//! More testifiers on a case after intake: a brother who records a second video a year after the
//! wife's testimony speaks for the same missing person, or a father already recorded for one son
//! who speaks for another (found by name and linked, not typed again).

use super::*;
use crate::domain::case::{TestifierHit, TestifierMatches};
use crate::domain::forms::TestifierForm;
use crate::i18n::tr;
use crate::server::auth::access::Doing;
use crate::server::db::name_index::{self, Index};
use crate::server::records::search::name_check::NameCheck;
use std::collections::{BTreeSet, HashMap};

/// A testifier's name index entries under the current KEK, and the marker that says it is indexed.
pub(super) fn testifier_index_rows(
    keys: &ServerKeys,
    id: Uuid,
    name: &Sensitive,
) -> Vec<TestifierIndexRow> {
    let row = |kind: &str, digest: String| TestifierIndexRow {
        testifier_id: id.to_string(),
        kind: kind.to_string(),
        digest,
        kek_version: keys.current_kek_version(),
        table_version: search::skeleton::TABLE_VERSION,
    };
    let mut rows: Vec<TestifierIndexRow> = search::testifier_entries(keys, name)
        .into_iter()
        .map(|(kind, digest)| row(kind, digest))
        .collect();
    rows.push(row("indexed", String::new()));
    rows
}

/// A testifier's name, opened with their own key.
fn open_name(keys: &ServerKeys, t: &TestifierRow) -> Result<(Uuid, Sensitive)> {
    let id = parse_id(&t.id)?;
    let key = keys.unwrap_data_key(id, &t.dek_wrapped)?;
    Ok((
        id,
        key.open(&FieldRef::of(id, "testifiers.name"), &t.name_sealed)?,
    ))
}

/// Makes the name index of testifiers that have none under the current KEK and tables (after a
/// rotation, a change of the transliteration tables, or for testifiers older than the index), in
/// batches; returns how many were indexed.
pub(super) async fn reindex_stale_testifiers(
    pool: &Pool,
    keys: &ServerKeys,
) -> anyhow::Result<u64> {
    let mut done = 0;
    let mut after = String::new();
    loop {
        let rows: Vec<TestifierRow> = name_index::to_index(
            pool,
            Index::Testifiers,
            &after,
            (keys.current_kek_version(), search::skeleton::TABLE_VERSION),
            1000,
        )
        .await
        .context("cannot find testifiers to index")?;
        let Some(last) = rows.last() else {
            return Ok(done);
        };
        after = last.id.clone();
        let mut index = Vec::new();
        for row in &rows {
            let (id, name) = open_name(keys, row)
                .map_err(|e| anyhow::anyhow!("cannot open testifier {}: {e}", row.id))?;
            index.extend(testifier_index_rows(keys, id, &name));
        }
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        let mut tx = db::begin(pool).await.context("begin")?;
        name_index::replace_testifier_index(&mut tx, &ids, &index).await?;
        tx.commit().await.context("commit")?;
        done += rows.len() as u64;
    }
}

/// Testifiers already recorded whose name matches `text` in any script, for linking to the case
/// `case_id` (which the asker must be allowed to change). Each is shown with the cases they speak
/// for that the asker may read by name; testifiers of other cases only are counted, not shown.
/// Counted as a name search (and limited like one) and audited with every case it matched.
pub async fn find_testifiers(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    text: &str,
) -> Result<TestifierMatches> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    actor.require(&[Role::Admin, Role::Volunteer], Doing::FindTestifiers)?;
    let case_id = parse_id(case_id)?.to_string();
    let mut conn = pool.acquire().await.context("acquire")?;
    let case = repo::get_case(&mut conn, &case_id)
        .await?
        .ok_or(RecordError::NotFound)?;
    access::require_edit(
        &mut conn,
        &cx.clock,
        actor,
        &case.id,
        case.created_by.as_deref(),
    )
    .await?;
    let mut out = TestifierMatches {
        query: text.to_string(),
        ..TestifierMatches::default()
    };
    let query = Query::parse(text);
    if query.name_key.is_empty() {
        let lang = crate::i18n::current();
        out.message = Some(tr!(lang, "testifier-find-type-name"));
        return Ok(out);
    }
    drop(conn);
    by_name::searches_left(cx, actor).await?;
    let candidates =
        name_index::search_candidates(pool, Index::Testifiers, &query.testifier_lookups(keys), 50)
            .await?;
    let mut conn = pool.acquire().await.context("acquire")?;
    let mut confirmed = Vec::new();
    for t in name_index::testifiers_by_ids(&mut conn, &candidates).await? {
        let (id, name) = open_name(keys, &t)?;
        let names = Names {
            name: &name,
            other_names: None,
            aliases: None,
            id_numbers: None,
            birth_year: None,
        };
        if let Some(how) = query.confirm(&names) {
            confirmed.push((how, id, name));
        }
    }
    confirmed.sort_by_key(|(how, _, _)| *how);
    let ids: Vec<String> = confirmed.iter().map(|(_, id, _)| id.to_string()).collect();
    let links = name_index::links_of(&mut conn, &ids).await?;
    let owners: Vec<(String, Option<String>)> = links
        .iter()
        .map(|(_, case, by, _)| (case.clone(), by.clone()))
        .collect();
    let visible = access::sensitive_cases(&mut conn, &cx.clock, actor, &owners).await?;
    drop(conn);
    // The missing person of each case shown, by name (the asker may read it).
    let shown: Vec<String> = links
        .iter()
        .filter(|l| visible.contains(&l.1))
        .map(|l| l.1.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut names_of_cases = HashMap::new();
    for row in db::export_rows::cases_by_ids(pool, &shown).await? {
        let dek = keys.unwrap_data_key(parse_id(&row.id)?, &row.dek_wrapped)?;
        names_of_cases.insert(row.id.clone(), OpenNames::open(&dek, &row)?.name);
    }
    for (_, id, name) in confirmed {
        let theirs: Vec<_> = links.iter().filter(|l| l.0 == id.to_string()).collect();
        let mut speaks_for = Vec::new();
        for (_, case, _, relationship) in theirs.iter().filter(|l| visible.contains(&l.1)) {
            if let Some(missing) = names_of_cases.get(case) {
                speaks_for.push((
                    parse_id(case)?,
                    missing.clone(),
                    coded(vocab, names::RELATIONSHIP, relationship).label,
                ));
            }
        }
        if speaks_for.is_empty() {
            out.hidden += 1;
            continue;
        }
        out.hits.push(TestifierHit {
            id,
            more: theirs.len() - speaks_for.len(),
            on_this_case: theirs.iter().any(|l| l.1 == case_id),
            name,
            speaks_for,
        });
    }
    if out.hits.is_empty() && out.hidden == 0 {
        let lang = crate::i18n::current();
        out.message = Some(tr!(lang, "testifier-find-none"));
    }
    if let Some(user) = actor.user_id() {
        let matched: Vec<String> = links.iter().map(|l| l.1.clone()).collect();
        crate::server::audit::record_search(pool, user, search::query_digest(keys, text), &matched)
            .await?;
    }
    log_reads(cx, actor, &shown).await?;
    Ok(out)
}

/// A field error of the add-testifier form.
fn invalid(field: &str, message: &str) -> RecordError {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    RecordError::Invalid(errors)
}

/// Adds a testifier to a case — a person of their own (sealed with a key of their own), or one
/// already recorded on another case (`form.existing`) — linked to the case with their
/// relationship and consent, as a new revision, audited. Returns their id.
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
    let now = cx.clock.stamp();
    // Who: a new person, or one already recorded.
    let (id, name, link, row) = if form.existing.trim().is_empty() {
        let testifier = form.validate(vocab)?;
        let id = Uuid::now_v7();
        let row = testifier_row(keys, id, &testifier, &now)?;
        (id, testifier.name.clone(), testifier.link(), Some(row))
    } else {
        let link = form.validate_link(vocab)?;
        let (id, name) = recorded_testifier(&mut tx, cx, actor, &case.id, &form.existing).await?;
        (id, name, link, None)
    };
    let field = if row.is_some() {
        "testifier_name"
    } else {
        "existing"
    };
    // Their name must not already be in a field of the case stored unencrypted.
    let texts = unencrypted::stored_texts(&mut tx, &case.id).await?;
    let check = NameCheck::new([name.expose()], []);
    if texts.iter().any(|t| check.finds(t)) {
        return Err(invalid(field, &unencrypted::name_already_stored()));
    }
    check_revision(&mut tx, &case, &form.revision).await?;
    keep_version(&mut tx, keys, vocab, &case, &dek).await?;
    let mut link = link_row(&dek, case_id, id, &link, &now);
    link.consent_changed_by = actor.user_id().map(str::to_string);
    let action = match &row {
        Some(row) => {
            repo::insert(&mut tx, std::slice::from_ref(row)).await?;
            repo::insert(&mut tx, &testifier_index_rows(keys, id, &name)).await?;
            action::TESTIFIER_CREATE
        }
        None => action::TESTIFIER_LINK,
    };
    repo::insert(&mut tx, std::slice::from_ref(&link)).await?;
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    let digest = audit::digest(&[
        case.id.as_bytes(),
        row.as_ref()
            .map_or(link.testifier_id.as_bytes(), |r| &r.name_sealed),
        link.relationship.as_bytes(),
        link.consent.as_bytes(),
    ]);
    audit::append(
        &mut tx,
        &entry(actor, action, kind::TESTIFIER, &link.testifier_id).change(None, Some(digest)),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(id)
}

/// The testifier `existing` (chosen from a search) and their name, if they may be linked to the
/// case `case_id` by `actor`: recorded, not yet a testifier of this case, and speaking for a case
/// the actor may read by name.
async fn recorded_testifier(
    conn: &mut Conn,
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    existing: &str,
) -> Result<(Uuid, Sensitive)> {
    let lang = crate::i18n::current();
    let choose_again = || invalid("existing", &tr!(lang, "testifier-link-choose-again"));
    let Ok(id) = Uuid::parse_str(existing.trim()) else {
        return Err(choose_again());
    };
    let Some(row) = name_index::testifiers_by_ids(conn, &[id.to_string()])
        .await?
        .pop()
    else {
        return Err(choose_again());
    };
    let links = name_index::links_of(conn, std::slice::from_ref(&row.id)).await?;
    if links.iter().any(|l| l.1 == case_id) {
        return Err(invalid("existing", &tr!(lang, "testifier-link-already")));
    }
    let owners: Vec<(String, Option<String>)> = links
        .iter()
        .map(|(_, case, by, _)| (case.clone(), by.clone()))
        .collect();
    if access::sensitive_cases(conn, &cx.clock, actor, &owners)
        .await?
        .is_empty()
    {
        return Err(RecordError::Forbidden(tr!(
            lang,
            "testifier-link-forbidden"
        )));
    }
    open_name(&cx.keys, &row)
}
