//! `izde audit …` and `izde export`: reading the records and their audit trail.

use crate::server::db::{self, Pool};
use crate::server::ops::cli::AuditCommand;
use crate::server::state::Storage;
use anyhow::{bail, Context};

/// Connects without changing anything, and refuses a schema that is not this build's: the audit
/// commands read evidence, which must not be altered by reading it.
async fn connect_current(storage: &Storage) -> anyhow::Result<Pool> {
    let url = storage.database_url()?;
    let pool = db::connect(&url).await?;
    db::schema_status(&pool, url.backend())
        .await?
        .require_current("use that version")?;
    Ok(pool)
}

/// `izde audit …`.
pub async fn audit(command: AuditCommand) -> anyhow::Result<()> {
    use crate::domain::audit::{AuditFilter, MAX_PAGE_SIZE};
    use crate::server::audit;
    match command {
        AuditCommand::Verify(args) => {
            let pool = connect_current(&args.storage.storage()?).await?;
            let verdict = audit::verify(&pool).await?;
            if let Some(broken) = &verdict.first_broken {
                println!(
                    "audit log BROKEN at entry {}: {}",
                    broken.seq, broken.reason
                );
                bail!(
                    "the audit log failed verification: entries from {} on cannot be trusted",
                    broken.seq
                );
            }
            println!(
                "audit log intact: {} entries, head {}",
                verdict.entries, verdict.head
            );
            match &args.expect_head {
                Some(noted) => {
                    if let Some(problem) = audit::check_noted(&pool, noted).await? {
                        println!("audit log REWRITTEN: {problem}");
                        bail!("the audit log does not hold the noted head {noted}");
                    }
                    println!("the noted head {noted} is still in the log");
                }
                None if verdict.entries > 0 => println!(
                    "Note the head outside the server (e.g. with the backup), and check it later \
                     with --expect-head {}@{}",
                    verdict.head.get(..16).unwrap_or(&verdict.head),
                    verdict.entries
                ),
                None => {}
            }
            Ok(())
        }
        AuditCommand::List(args) => {
            let pool = connect_current(&args.storage.storage()?).await?;
            let mut filter = AuditFilter {
                action: args.action,
                record_id: args.record,
                page_size: Some(MAX_PAGE_SIZE),
                ..AuditFilter::default()
            };
            let mut printed = 0u32;
            for page in 1.. {
                filter.page = Some(page);
                let (rows, total) = audit::list(&pool, &filter).await?;
                if total == 0 {
                    println!("no audit entries");
                }
                let last_page = rows.len() < MAX_PAGE_SIZE as usize;
                for row in rows.into_iter().take((args.limit - printed) as usize) {
                    let record = match (&row.record_kind, &row.record_id) {
                        (Some(kind), Some(id)) => format!("{kind} {id}"),
                        (None, Some(id)) => id.clone(),
                        (Some(kind), None) => kind.clone(),
                        (None, None) => "-".into(),
                    };
                    println!(
                        "{:>7}  {}  {:<16} {:<24} {record}",
                        row.seq,
                        row.at,
                        row.action,
                        row.actor_username
                            .or(row.actor)
                            .unwrap_or_else(|| "-".into()),
                    );
                    printed += 1;
                }
                if last_page || printed >= args.limit {
                    break;
                }
            }
            Ok(())
        }
    }
}

/// `izde export`: an anonymized dataset or report into a new directory, or `izde export verify
/// DIR`.
/// Refuses a signed export or register (`what`) whose key is not one of `expect_key` (when any is
/// given); otherwise says, for the verification's message, whether the key was checked.
fn expected_key(
    public_key: &str,
    expect_key: &[String],
    what: &str,
) -> anyhow::Result<&'static str> {
    let expected: Vec<String> = expect_key
        .iter()
        .map(|k| k.trim().to_ascii_lowercase())
        .collect();
    if expected.is_empty() {
        return Ok(
            "; no --expect-key given: compare the key with the one the installation published",
        );
    }
    if !expected.contains(&public_key.to_ascii_lowercase()) {
        bail!(
            "the {what} is signed by {public_key}, which is not a key you expect: whoever made or \
             changed it signed it with their own key; do not trust it"
        );
    }
    Ok("; the key is one you expect")
}

/// `izde publish --out DIR`: builds the public register into DIR and says what changed since the
/// last publication; `izde publish verify DIR` checks a register's folder.
pub async fn publish(args: crate::server::ops::cli::PublishArgs) -> anyhow::Result<()> {
    use crate::server::register;
    if let Some(crate::server::ops::cli::PublishCommand::Verify { dir, expect_key }) = &args.verify
    {
        let m = register::verify(dir)?;
        let trust = expected_key(&m.public_key, expect_key, "register")?;
        println!(
            "register verified: {} entries in {} languages, published {}, signed by {} \
             (installation {}), every file as the manifest lists it{trust}",
            m.entries,
            m.languages.len(),
            m.published_at,
            m.public_key,
            m.installation,
        );
        return Ok(());
    }
    let out = args.out.clone().context("--out DIR is needed")?;
    if out.exists()
        && std::fs::read_dir(&out)?.next().is_some()
        && !out.join("manifest.json").exists()
    {
        bail!(
            "{} is not empty and holds no register: publish into a new folder or an earlier \
             publication's folder",
            out.display()
        );
    }
    let (pool, keys, vocab) = crate::server::state::open_storage(&args.storage.storage()?).await?;
    let cx = crate::server::context::Context::new(pool, keys, vocab);
    let actor = crate::server::auth::access::Actor::System;
    let publication = register::publish(&cx, &actor)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    register::write_to(&out, &publication)?;
    let c = &publication.changes;
    println!(
        "published {} entries into {} ({} files, signed by {}): {} added, {} changed, {} removed, {} unchanged",
        publication.manifest.entries,
        out.display(),
        publication.files.len(),
        publication.manifest.public_key,
        c.added.len(),
        c.changed.len(),
        c.removed.len(),
        c.unchanged
    );
    for (what, ids) in [
        ("added", &c.added),
        ("changed", &c.changed),
        ("removed", &c.removed),
    ] {
        for id in ids {
            println!("  {what}: {id}");
        }
    }
    let waiting = {
        let mut conn = cx.pool.acquire().await?;
        register::candidates(&mut conn)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .iter()
            .filter(|c| c.standing == register::Standing::AwaitingReview)
            .count()
    };
    if waiting > 0 {
        println!(
            "{waiting} cases whose families agreed to publication await an admin's review \
             (the register page, /admin/register)"
        );
    }
    Ok(())
}

pub async fn export(args: crate::server::ops::cli::ExportArgs) -> anyhow::Result<()> {
    use crate::domain::export::ExportForm;
    use crate::server::export;
    if let Some(crate::server::ops::cli::ExportCommand::Verify { dir, expect_key }) = &args.verify {
        let m = export::verify(dir)?;
        let trust = expected_key(&m.public_key, expect_key, "export")?;
        let privacy = match (m.achieved_k, m.achieved_l) {
            (Some(k), Some(l)) => format!("k = {k}, l = {l}"),
            _ => format!("cells under {} suppressed", m.threshold),
        };
        println!(
            "export verified: {} of {} cases, profile {}, {privacy}, signed by {} (installation {}), \
             every file as the manifest lists it{trust}",
            m.rows_exported,
            m.rows_selected,
            m.profile,
            m.public_key,
            m.installation,
        );
        return Ok(());
    }
    let out = args.out.clone().context("--out DIR is needed")?;
    let form = ExportForm {
        profile: args.profile.clone().unwrap_or_default(),
        format: args.format.clone(),
        k: args.k.to_string(),
        l: args.l.to_string(),
        max_suppressed: (args.max_suppressed * 100.0).to_string(),
        threshold: args.threshold.to_string(),
        stable_ids: if args.stable_ids {
            "on".into()
        } else {
            String::new()
        },
        filters: args.filters.clone(),
    };
    crate::server::db::read_without_memory_map();
    let (pool, keys, vocab) = crate::server::state::open_storage(&args.storage.storage()?).await?;
    // The least protection each profile accepts, as an admin set it on the accounts page.
    let minimums = crate::server::auth::admin::export_minimums(&pool).await?;
    let options = form.validate(&minimums).map_err(|errors| {
        let why: Vec<String> = errors
            .iter()
            .map(|(field, message)| {
                let flag = if field == "max_suppressed" {
                    "--max-suppressed (a share from 0 to 0.5 on the command line)".to_string()
                } else {
                    format!("--{}", field.replace('_', "-"))
                };
                format!("{flag}: {message}")
            })
            .collect();
        anyhow::anyhow!("{}", why.join("\n"))
    })?;
    let filter = crate::domain::case::CaseFilter::from_pairs(
        url::form_urlencoded::parse(args.filters.as_bytes()).into_owned(),
    );
    let progress = indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template(
            "{msg} [{bar:40}] {pos}/{len} rows ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    progress.set_message("anonymizing");
    let request = export::Request { filter, options };
    let cx = crate::server::context::Context::new(pool, keys, vocab);
    let made = export::export(
        &cx,
        &crate::server::auth::access::Actor::System,
        &request,
        export::Sink::Dir(&out),
        &progress,
    )
    .await?;
    progress.finish_and_clear();
    let m = made.manifest;
    match (m.achieved_k, m.achieved_l) {
        (Some(k), Some(l)) => println!(
            "exported {} of {} cases to {} ({} left out to reach k = {k}, l = {l}); levels: {}",
            m.rows_exported,
            m.rows_selected,
            out.display(),
            m.rows_suppressed,
            m.levels
                .iter()
                .map(|(q, l)| format!("{q} {l}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => println!(
            "exported the tables of {} cases to {} ({} entries under {} or derivable suppressed)",
            m.rows_selected,
            out.display(),
            m.cells_suppressed,
            m.threshold
        ),
    }
    println!("check it with: izde export verify {}", out.display());
    Ok(())
}

/// `izde evidence verify`: every stored file read whole and checked; an error naming the damaged.
pub async fn verify_evidence(storage: &crate::server::state::Storage) -> anyhow::Result<()> {
    let (pool, keys, vocab) = crate::server::state::open_storage(storage).await?;
    let blobs = storage.blob_store()?;
    let cx = crate::server::context::Context::new(pool, keys, vocab);
    let started = std::time::Instant::now();
    let report = crate::server::evidence::verify_all(&cx, &blobs).await?;
    println!(
        "checked {} evidence files ({}) in {} in {:.1} s",
        report.checked,
        crate::domain::evidence::size_label(report.bytes),
        blobs.label(),
        started.elapsed().as_secs_f64()
    );
    if report.damaged.is_empty() {
        println!("every file matches what was uploaded");
        return Ok(());
    }
    let lines: Vec<String> = report
        .damaged
        .iter()
        .map(|(case, file)| format!("  case {case}: file {file}"))
        .collect();
    anyhow::bail!(
        "{} stored files no longer match what was uploaded (a chunk changed, moved or cut off, or \
         the file is missing):\n{}",
        report.damaged.len(),
        lines.join("\n")
    )
}

/// `izde sources recheck`: every archived source's page fetched again; what each was found.
pub async fn recheck_sources(storage: &crate::server::state::Storage) -> anyhow::Result<()> {
    let (pool, keys, vocab) = crate::server::state::open_storage(storage).await?;
    let cx = crate::server::context::Context::new(pool, keys, vocab);
    let r = crate::server::evidence::archive::recheck_all(&cx).await?;
    println!(
        "re-checked {} archived sources: {} unchanged, {} changed, {} taken down, {} not reachable this time",
        r.checked, r.alive, r.changed, r.gone, r.unreachable
    );
    Ok(())
}
