//! Link rot: a source's web page archived into the evidence locker (its bytes, hash, HTTP status,
//! final address and time), and re-checked on a schedule (and by `izde sources recheck`): still
//! there and unchanged, changed, or gone. A page taken down keeps its archived copy, readable by
//! those who may read the case.

use super::fetch::{self, FetchError, Liveness};
use super::store::BlobStore;
use super::{invalid, NewFile};
use crate::domain::audit::{action, kind};
use crate::i18n::tr;
use crate::server::audit;
use crate::server::auth::access::{self, Actor};
use crate::server::context::Context;
use crate::server::crypto::FieldRef;
use crate::server::db::evidence::{self as repo, ArchiveRow};
use crate::server::db::{self, Pool};
use crate::server::records::{self, RecordError};
use anyhow::Context as _;

type Result<T> = std::result::Result<T, RecordError>;

/// The hosts an admin allowed the fetcher to reach at non-public addresses.
pub async fn allowed_hosts(pool: &Pool) -> Result<Vec<String>> {
    let setting = db::settings::get(pool, fetch::ALLOWED_HOSTS_SETTING).await?;
    Ok(fetch::parse_allowed(setting.as_deref()))
}

/// The web address a source's reference holds, if it is one.
pub fn web_address(reference: Option<&str>) -> Option<String> {
    let reference = reference?.trim();
    let url = url::Url::parse(reference).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

/// Fetches the page of a source of the case and keeps it in the locker, attached to the source;
/// refused unless `actor` may change the case. Archiving again keeps the new snapshot as the one
/// the re-checks compare with.
pub async fn archive_source(
    cx: &Context,
    blobs: &BlobStore,
    actor: &Actor,
    case_id: &str,
    source_id: &str,
) -> Result<uuid::Uuid> {
    let case = records::parse_id(case_id)?;
    let source = records::parse_id(source_id)?;
    let url = {
        let mut conn = cx.pool.acquire().await.context("acquire")?;
        let row = db::records::get_case(&mut conn, &case.to_string())
            .await?
            .ok_or(RecordError::NotFound)?;
        access::require_edit(
            &mut conn,
            &cx.clock,
            actor,
            &row.id,
            row.created_by.as_deref(),
        )
        .await?;
        let found = db::records::sources_of(&mut conn, &row.id)
            .await?
            .into_iter()
            .find(|s| s.id == source.to_string())
            .ok_or(RecordError::NotFound)?;
        if found.retracted_at.is_some() {
            let lang = crate::i18n::current();
            return Err(invalid("archive", tr!(lang, "evidence-retracted-source")));
        }
        web_address(found.reference.as_deref()).ok_or_else(|| {
            let lang = crate::i18n::current();
            invalid("archive", tr!(lang, "evidence-not-web"))
        })?
    };
    let allowed = allowed_hosts(&cx.pool).await?;
    let lang = crate::i18n::current();
    let fetched = fetch::fetch(&url, allowed).await.map_err(|e| {
        let reason = match e {
            FetchError::NotPublic => return invalid("archive", tr!(lang, "evidence-private")),
            FetchError::Scheme => tr!(lang, "evidence-fetch-scheme"),
            FetchError::TooLarge(limit) => {
                tr!(lang, "evidence-fetch-too-large", {"limit" => limit})
            }
            FetchError::Unreachable(why) => {
                tr!(lang, "evidence-fetch-unreachable", {"reason" => why.words(lang)})
            }
        };
        invalid(
            "archive",
            tr!(lang, "evidence-not-archived", {"reason" => reason}),
        )
    })?;
    if fetched.status >= 400 {
        return Err(invalid(
            "archive",
            tr!(lang, "evidence-http-status", {"status" => fetched.status}),
        ));
    }
    let host = url::Url::parse(&fetched.final_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "page".into());
    // The snapshot's file name, in the language of whoever archived it ("example.org archived
    // 2026-12-06"); the date stays in ISO form, as file names sort.
    let name = tr!(lang, "evidence-archived-name", {"host" => host.clone(), "date" => cx.clock.stamp()[..10].to_string()});
    let attach = format!("source:{source}");
    let body = futures_util::stream::iter([Ok::<_, std::convert::Infallible>(fetched.body)]);
    let file = super::add_file(
        cx,
        blobs,
        actor,
        NewFile {
            case_id,
            attach: &attach,
            name: &name,
        },
        body,
    )
    .await?;
    let now = cx.clock.stamp();
    let row = ArchiveRow {
        source_id: source.to_string(),
        case_id: case.to_string(),
        url,
        evidence_id: file.to_string(),
        http_status: i64::from(fetched.status),
        final_url: fetched.final_url,
        archived_at: now.clone(),
        archived_by: actor.user_id().map(str::to_string),
        state: Liveness::Alive.as_str().into(),
        checked_at: Some(now.clone()),
        last_status: Some(i64::from(fetched.status)),
        state_since: now,
    };
    let mut tx = db::begin(&cx.pool).await?;
    repo::put_archive(&mut tx, &row).await?;
    audit::append(
        &mut tx,
        &records::entry(actor, action::SOURCE_ARCHIVE, kind::SOURCE, &row.source_id).change(
            None,
            Some(audit::digest(&[
                row.url.as_bytes(),
                row.evidence_id.as_bytes(),
            ])),
        ),
    )
    .await?;
    db::records::bump_data_version(&mut tx).await?;
    tx.commit().await?;
    Ok(file)
}

/// What a re-check of every archived source found.
#[derive(Debug, Default)]
pub struct Recheck {
    pub checked: u64,
    pub alive: u64,
    pub changed: u64,
    pub gone: u64,
    /// Not reachable this time (a timeout, a refused connection): their state is kept.
    pub unreachable: u64,
}

/// Fetches every archived source's page again and notes whether it is still there unchanged,
/// changed, or gone; a change of state is in the audit log.
pub async fn recheck_all(cx: &Context) -> anyhow::Result<Recheck> {
    let mut report = Recheck::default();
    let rows = {
        let mut conn = cx.pool.acquire().await.context("acquire")?;
        repo::all_archives(&mut conn).await?
    };
    let allowed = allowed_hosts(&cx.pool).await?;
    for row in rows {
        report.checked += 1;
        let fetched = match fetch::fetch(&row.url, allowed.clone()).await {
            Ok(fetched) => fetched,
            Err(e) => {
                tracing::info!(source = %row.source_id, error = %e, "an archived source could not be re-checked");
                report.unreachable += 1;
                continue;
            }
        };
        let archived = archived_hash(cx, &row).await?;
        let state = fetch::classify(&fetched, &archived);
        match state {
            Liveness::Alive => report.alive += 1,
            Liveness::Changed => report.changed += 1,
            Liveness::Gone => report.gone += 1,
        }
        let mut tx = db::begin(&cx.pool).await?;
        repo::mark_rechecked(
            &mut tx,
            &row.source_id,
            &cx.clock.stamp(),
            i64::from(fetched.status),
            state.as_str(),
        )
        .await?;
        if state.as_str() != row.state {
            let what = match state {
                Liveness::Gone => action::SOURCE_GONE,
                Liveness::Changed => action::SOURCE_CHANGED,
                Liveness::Alive => action::SOURCE_BACK,
            };
            audit::append(
                &mut tx,
                &audit::Entry::new(what).on(kind::SOURCE, &row.source_id),
            )
            .await?;
            // The statistics count the sources taken down.
            db::records::bump_data_version(&mut tx).await?;
        }
        tx.commit().await?;
    }
    Ok(report)
}

/// The SHA-256 of a source's archived snapshot, opened with its case's key.
async fn archived_hash(cx: &Context, row: &ArchiveRow) -> anyhow::Result<String> {
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let case = db::records::get_case(&mut conn, &row.case_id)
        .await?
        .context("an archive's case is missing")?;
    let case_id = uuid::Uuid::parse_str(&case.id).context("a case id is not a UUID")?;
    let file = repo::get(&mut conn, &row.case_id, &row.evidence_id)
        .await?
        .context("an archive's snapshot is missing")?;
    let file_id = uuid::Uuid::parse_str(&file.id).context("a file id is not a UUID")?;
    let dek = cx.keys.unwrap_data_key(case_id, &case.dek_wrapped)?;
    Ok(dek
        .open(
            &FieldRef::of_row(case_id, "evidence_files.sha256", file_id),
            &file.sha256_sealed,
        )?
        .expose()
        .to_string())
}
