//! Names: the blind index rows of a case's names, searching by name or ID number, and the likely
//! duplicates shown at intake.

use super::*;
use crate::i18n::tr;
use crate::server::auth::access::Doing;

/// The names of a person as the blind index reads them.
pub(super) fn names_of(p: &PersonFields) -> Names<'_> {
    Names {
        name: &p.name,
        other_names: p.other_names.as_ref(),
        aliases: p.aliases.as_ref(),
        id_numbers: p.id_numbers.as_ref(),
        birth_year: p.birth_year,
    }
}

/// A case's blind-index entries under the current KEK, and the marker that says it is indexed.
pub(super) fn index_rows(keys: &ServerKeys, case_id: Uuid, names: &Names<'_>) -> Vec<IndexRow> {
    let row = |kind: &str, digest: String| IndexRow {
        case_id: case_id.to_string(),
        kind: kind.to_string(),
        digest,
        kek_version: keys.current_kek_version(),
        table_version: search::skeleton::TABLE_VERSION,
    };
    let mut rows: Vec<IndexRow> = search::entries(keys, names)
        .into_iter()
        .map(|(kind, digest)| row(kind, digest))
        .collect();
    rows.push(row("indexed", String::new()));
    rows
}

/// The sealed names of a case, opened.
pub(super) struct OpenNames {
    pub(super) name: Sensitive,
    pub(super) other_names: Option<Sensitive>,
    pub(super) aliases: Option<Sensitive>,
    pub(super) id_numbers: Option<Sensitive>,
    pub(super) birth_year: Option<i32>,
}

/// Makes the blind index of cases that have none under the current KEK and tables (after a
/// rotation, a change of the transliteration tables, or for cases older than the index), in
/// batches; returns how many cases were indexed.
pub async fn reindex_stale(pool: &Pool, keys: &ServerKeys) -> anyhow::Result<u64> {
    let mut done = 0;
    let mut after = String::new();
    loop {
        let rows: Vec<CaseRow> = crate::server::db::name_index::to_index(
            pool,
            crate::server::db::name_index::Index::Cases,
            &after,
            (keys.current_kek_version(), search::skeleton::TABLE_VERSION),
            1000,
        )
        .await
        .context("cannot find cases to index")?;
        let Some(last) = rows.last() else {
            let testifiers = super::testifiers::reindex_stale_testifiers(pool, keys).await?;
            if testifiers > 0 {
                tracing::info!(testifiers, "testifiers' names indexed");
            }
            let references = super::reindex_external_refs(pool, keys).await?;
            if references > 0 {
                tracing::info!(references, "imported cases' references indexed");
            }
            return Ok(done);
        };
        after = last.id.clone();
        let mut tx = crate::server::db::begin(pool).await.context("begin")?;
        let mut index = Vec::new();
        for row in &rows {
            let id = parse_id(&row.id).map_err(|_| anyhow::anyhow!("a case id is not a UUID"))?;
            let dek = keys.unwrap_data_key(id, &row.dek_wrapped)?;
            let open = OpenNames::open(&dek, row)
                .map_err(|e| anyhow::anyhow!("cannot open case {id}: {e}"))?;
            index.extend(index_rows(keys, id, &open.names()));
        }
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        crate::server::db::name_index::delete_index_of(&mut tx, &ids).await?;
        crate::server::db::name_index::insert_index(&mut tx, &index).await?;
        tx.commit().await.context("commit")?;
        done += rows.len() as u64;
    }
}

/// The most cases a search shows.
pub const SEARCH_LIMIT: i64 = 200;

/// Cases whose names match `text` in any script (or whose ID number is `text`), best first.
/// The index gives candidates; each is confirmed on its decrypted names.
pub async fn search_cases(cx: &Context, actor: &Actor, text: &str) -> Result<Found> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    // A name search tells whether someone is recorded at all: only those who enter cases need it.
    actor.require(&[Role::Admin, Role::Volunteer], Doing::SearchByName)?;
    let query = Query::parse(text);
    if query.is_empty() {
        return Ok(Found::default());
    }
    searches_left(cx, actor).await?;
    let candidates = crate::server::db::name_index::search_candidates(
        pool,
        crate::server::db::name_index::Index::Cases,
        &query.lookups(keys),
        SEARCH_LIMIT,
    )
    .await?;
    let found = confirmed(cx, actor, candidates, |names| query.confirm(names)).await?;
    log_search(cx, actor, search::query_digest(keys, text), &found).await?;
    Ok(found)
}

/// Name searches (and duplicate checks) one account may make in [`SEARCH_WINDOW_SECONDS`].
pub const SEARCHES_PER_WINDOW: i64 = 30;
/// The window searches are counted in.
pub const SEARCH_WINDOW_SECONDS: i64 = 15 * 60;

/// Counts a search against the account before it runs; refused over [`SEARCHES_PER_WINDOW`], so
/// that trying name after name to learn who is recorded is slow.
pub(super) async fn searches_left(cx: &Context, actor: &Actor) -> Result<()> {
    let Some(user) = actor.user_id() else {
        return Ok(());
    };
    let subject = format!("search:{user}");
    let over = crate::server::auth::login::count_attempt(
        &cx.pool,
        &cx.clock,
        &subject,
        (SEARCHES_PER_WINDOW, SEARCH_WINDOW_SECONDS),
    )
    .await?;
    if let Some(minutes) = over {
        let lang = crate::i18n::current();
        return Err(RecordError::Forbidden(tr!(
            lang,
            "search-by-name-too-many",
            {"searches" => SEARCHES_PER_WINDOW, "minutes" => minutes}
        )));
    }
    Ok(())
}

/// One audit entry per search: who, a keyed hash of what was typed, and every case it matched
/// (those the searcher was not shown too).
async fn log_search(cx: &Context, actor: &Actor, query: String, found: &Found) -> Result<()> {
    let Some(user) = actor.user_id() else {
        return Ok(());
    };
    crate::server::audit::record_search(&cx.pool, user, query, &found.matched).await?;
    Ok(())
}

/// What a name search or a duplicate check found.
#[derive(Debug, Default)]
pub struct Found {
    /// The cases the asker may read by name, as list lines, best first, each with how it matched.
    pub hits: Vec<(CaseSummary, Match)>,
    /// How many other cases matched: the asker learns only that they exist (no pseudonym, no
    /// link), and that an admin can link them.
    pub hidden: usize,
    /// Every case that matched (for the audit log).
    pub matched: Vec<String>,
}

/// Existing cases that look like the person of a new intake: the same whole name in any script or
/// order (or the same ID number), confirmed after decryption.
pub async fn duplicate_candidates(
    cx: &Context,
    actor: &Actor,
    person: &PersonFields,
) -> Result<Found> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    actor.require(&[Role::Admin, Role::Volunteer], Doing::CheckDuplicates)?;
    searches_left(cx, actor).await?;
    let names = names_of(person);
    let lookups = Query::duplicate_lookups(keys, &names);
    let candidates = crate::server::db::name_index::index_candidates(pool, &lookups, 50).await?;
    let spellings: Vec<String> = names.spellings();
    let ids = names.id_numbers();
    let found = confirmed(cx, actor, candidates, |theirs| {
        same_person(&spellings, &ids, theirs).then_some(Match::FullName)
    })
    .await?;
    let digest = search::query_digest(keys, &spellings.join(" "));
    log_search(cx, actor, digest, &found).await?;
    Ok(found)
}

/// Whether a recorded case's names (`theirs`) are those of a person with `spellings` and `ids`:
/// the same ID number, or the same whole name in any script or order.
fn same_person(spellings: &[String], ids: &[String], theirs: &Names<'_>) -> bool {
    let same_id = theirs.id_numbers().iter().any(|i| ids.contains(i));
    same_id
        || theirs.spellings().iter().any(|t| {
            let key = search::skeleton::name_key(t);
            !key.is_empty()
                && spellings
                    .iter()
                    .any(|s| search::skeleton::name_key(s) == key)
        })
}

/// The ids of the recorded cases (other than `except`) whose names or ID numbers are those of
/// `person`, confirmed after decryption: for the duplicate review only, shown to no one and so
/// neither counted as a search nor audited as a reading.
pub(super) async fn lookalike_ids(
    cx: &Context,
    person: &PersonFields,
    except: &str,
) -> Result<Vec<String>> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    let lookups = Query::duplicate_lookups(keys, &names_of(person));
    let candidates = crate::server::db::name_index::index_candidates(pool, &lookups, 50).await?;
    confirm_lookalikes(cx, person, candidates, except).await
}

/// Of `candidates` (cases the blind index paired with `person`), those that are `person` after
/// decryption, other than `except`.
pub(super) async fn confirm_lookalikes(
    cx: &Context,
    person: &PersonFields,
    candidates: Vec<String>,
    except: &str,
) -> Result<Vec<String>> {
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    let names = names_of(person);
    let (spellings, ids) = (names.spellings(), names.id_numbers());
    let mut alike = Vec::new();
    for row in crate::server::db::export_rows::cases_by_ids(&cx.pool, &candidates).await? {
        if row.id == except {
            continue;
        }
        let dek = cx
            .keys
            .unwrap_data_key(parse_id(&row.id)?, &row.dek_wrapped)?;
        if same_person(&spellings, &ids, &OpenNames::open(&dek, &row)?.names()) {
            alike.push(row.id);
        }
    }
    Ok(alike)
}

/// Opens each candidate case and keeps those `confirm` accepts, as list summaries, best first.
pub(super) async fn confirmed(
    cx: &Context,
    actor: &Actor,
    candidates: Vec<String>,
    confirm: impl Fn(&Names<'_>) -> Option<Match>,
) -> Result<Found> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let mut found = Vec::new();
    for row in crate::server::db::export_rows::cases_by_ids(pool, &candidates).await? {
        let id = parse_id(&row.id)?;
        let dek = keys.unwrap_data_key(id, &row.dek_wrapped)?;
        let open = OpenNames::open(&dek, &row)?;
        if let Some(how) = confirm(&open.names()) {
            found.push((how, row, open.name));
        }
    }
    let owners: Vec<(String, Option<String>)> = found
        .iter()
        .map(|(_, r, _)| (r.id.clone(), r.created_by.clone()))
        .collect();
    let mut conn = pool.acquire().await.context("acquire")?;
    let visible = access::sensitive_cases(&mut conn, &cx.clock, actor, &owners).await?;
    drop(conn);
    let matched: Vec<String> = found.iter().map(|(_, r, _)| r.id.clone()).collect();
    let (found, hidden): (Vec<_>, Vec<_>) = found
        .into_iter()
        .partition(|(_, row, _)| visible.contains(&row.id));
    // Every line shown names its case, so every one is a reading.
    let shown: Vec<String> = found.iter().map(|(_, r, _)| r.id.clone()).collect();
    let charges = repo::charges_of(pool, &shown).await?;
    let mut out: Vec<(CaseSummary, Match)> = found
        .into_iter()
        .map(|(how, row, name)| {
            let list_row = CaseListRow {
                created_by: row.created_by,
                id: row.id,
                dek_wrapped: Vec::new(),
                name_sealed: Vec::new(),
                status: row.status,
                gender: row.gender,
                birth_year: row.birth_year,
                ethnicity: row.ethnicity,
                last_location_id: row.last_location_id,
                disappearance_year: row.disappearance_year,
                updated_at: row.updated_at,
            };
            Ok((summary(vocab, list_row, Some(name), &charges)?, how))
        })
        .collect::<Result<_>>()?;
    out.sort_by(|a, b| a.1.cmp(&b.1).then(b.0.updated_at.cmp(&a.0.updated_at)));
    log_reads(cx, actor, &shown).await?;
    Ok(Found {
        hits: out,
        hidden: hidden.len(),
        matched,
    })
}
