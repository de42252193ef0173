//! Operators' commands: `izde migrate`, `izde check`, `izde backup`, `izde restore`.

use crate::server::db::{self, backup, installation, Backend};
use crate::server::state::Storage;
use anyhow::{bail, Context};
use std::path::Path;
use std::str::FromStr;

/// `izde migrate`: applies pending migrations.
pub async fn migrate(storage: &Storage) -> anyhow::Result<()> {
    let url = storage.database_url()?;
    let pool = db::connect(&url).await?;
    let before = db::schema_status(&pool, url.backend()).await?;
    db::migrate(&pool, url.backend()).await?;
    if before.pending.is_empty() {
        println!(
            "{url}: schema version {} is current; nothing to do",
            before.current().unwrap_or(0)
        );
    } else {
        println!(
            "{url}: applied migrations {:?}; schema version {} is current",
            before.pending, before.latest_known
        );
    }
    Ok(())
}

/// One line of `izde check`'s report.
struct Report {
    problems: usize,
}

impl Report {
    fn ok(&mut self, what: &str, detail: impl std::fmt::Display) {
        println!("ok       {what:<13}{detail}");
    }
    fn problem(&mut self, what: &str, detail: impl std::fmt::Display) {
        self.problems += 1;
        println!("PROBLEM  {what:<13}{detail}");
    }
}

/// `izde check`: is the database reachable, its schema current, the key the installation's?
/// Prints one line per check, changes nothing, and fails when any check does.
pub async fn check(storage: &Storage) -> anyhow::Result<()> {
    let mut report = Report { problems: 0 };
    let url = storage.database_url()?;
    let pool = match db::connect(&url).await {
        Ok(pool) => {
            report.ok("database", format!("{} reachable", url));
            Some(pool)
        }
        Err(e) => {
            report.problem("database", format!("{e:#}"));
            None
        }
    };
    let keys = match storage.load_keys(false) {
        Ok(keys) => {
            let kind = if keys.is_development() {
                "DEVELOPMENT key (not for real testimonies)"
            } else {
                "server key"
            };
            report.ok("key", format!("{kind} {}", keys.recipient()));
            Some(keys)
        }
        Err(e) => {
            report.problem("key", format!("{e:#}"));
            None
        }
    };
    if let Some(pool) = &pool {
        match db::schema_status(pool, url.backend()).await {
            Ok(s) if !s.unknown.is_empty() => report.problem(
                "schema",
                format!(
                    "migrated by a newer Izde (versions {:?}; this build knows up to {})",
                    s.unknown, s.latest_known
                ),
            ),
            Ok(s) if !s.pending.is_empty() => report.problem(
                "schema",
                format!(
                    "version {}; migrations {:?} are pending: run `izde migrate`",
                    s.current().unwrap_or(0),
                    s.pending
                ),
            ),
            Ok(s) => report.ok("schema", format!("version {} (current)", s.latest_known)),
            Err(e) => report.problem("schema", format!("{e:#}")),
        }
        let found = match pool.acquire().await {
            Ok(mut conn) => installation::get(&mut conn).await.ok().flatten(),
            Err(_) => None,
        };
        match (&found, &keys) {
            (None, _) => report.ok(
                "installation",
                "none yet (the first server start creates it)",
            ),
            (Some(i), Some(k)) if i.recipient == k.recipient() => report.ok(
                "installation",
                format!(
                    "{} since {}; its records open with this key",
                    i.id, i.created_at
                ),
            ),
            (Some(i), Some(_)) => report.problem(
                "installation",
                format!(
                    "{}: its records are sealed to {}, not to this key",
                    i.id, i.recipient
                ),
            ),
            (Some(i), None) => {
                report.ok("installation", format!("{} since {}", i.id, i.created_at))
            }
        }
        if let Ok(counts) = backup::record_counts(pool, url.backend()).await {
            report.ok(
                "records",
                format!(
                    "{} cases, {} testifiers, {} events, {} sources",
                    counts["cases"], counts["testifiers"], counts["events"], counts["sources"]
                ),
            );
        }
    }
    if report.problems > 0 {
        bail!(
            "{} problem{} found",
            report.problems,
            if report.problems == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

/// `izde backup --out FILE [--recipient age1…]…`.
pub async fn backup(storage: &Storage, out: &Path, extra: &[String]) -> anyhow::Result<()> {
    let url = storage.database_url()?;
    let keys = storage.load_keys(false)?;
    let mut recipients: Vec<Box<dyn age::Recipient + Send>> = vec![Box::new(keys.age_recipient())];
    for text in extra {
        let recipient = age::x25519::Recipient::from_str(text.trim()).map_err(|_| {
            anyhow::anyhow!("--recipient {text:?} is not an age x25519 recipient (age1…)")
        })?;
        recipients.push(Box::new(recipient));
    }
    let pool = db::connect(&url).await?;
    if let Ok(mut conn) = pool.acquire().await {
        if let Ok(Some(i)) = installation::get(&mut conn).await {
            if i.recipient != keys.recipient() {
                bail!(
                    "this database's records are sealed to {}, not to this server's key {}: back \
                     it up with --identity pointing at the installation's key",
                    i.recipient,
                    keys.recipient()
                );
            }
        }
    }
    let started = std::time::Instant::now();
    let summary = backup::backup(&pool, url.backend(), out, recipients).await?;
    println!(
        "wrote {} ({:.1} MB in {:.1} s): {} cases, {} events, {} sources of installation {}, \
         schema version {}",
        out.display(),
        summary.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        summary.rows["cases"],
        summary.rows["events"],
        summary.rows["sources"],
        summary.installation.id,
        summary.schema_version
    );
    if extra.is_empty() {
        println!(
            "It is encrypted to this server's key only: keep a copy of the key ({}) apart from the \
             backup, or add --recipient age1… for an offline recovery key.",
            storage
                .identity
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "the development key in the data directory".into())
        );
    }
    Ok(())
}

/// `izde restore FILE`.
pub async fn restore(storage: &Storage, file: &Path) -> anyhow::Result<()> {
    let url = storage.database_url()?;
    let keys = storage.load_keys(false).with_context(|| {
        "restore needs the installation's key: pass --identity, or put the development key \
         in the data directory"
    })?;
    if !file.is_file() {
        bail!("{} is not a file", file.display());
    }
    let started = std::time::Instant::now();
    let summary = backup::restore(&url, &keys, file).await?;
    println!(
        "restored {} cases, {} events, {} sources of installation {} into {} ({} in {:.1} s)",
        summary.rows.get("cases").copied().unwrap_or(0),
        summary.rows.get("events").copied().unwrap_or(0),
        summary.rows.get("sources").copied().unwrap_or(0),
        summary.installation.id,
        url,
        match url.backend() {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        },
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
