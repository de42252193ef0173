//! `izde migrate`, `izde check`, `izde backup` and `izde restore`: the database as a whole.

use crate::server::crypto::keyring;
use crate::server::crypto::{parse_recipient, StreamRecipient};
use crate::server::db::{self, backup, installation, Backend};
use crate::server::state::{IdentitySource, Storage};
use anyhow::{bail, Context};
use std::path::Path;

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
    let identity = match storage.load_identity(false) {
        Ok(IdentitySource::Ready(identity)) => {
            let kind = if identity.is_development() {
                "DEVELOPMENT key (not for real testimonies)"
            } else {
                "server key"
            };
            report.ok("key", format!("{kind} {}", identity.recipient()));
            Some(identity)
        }
        Ok(IdentitySource::Passphrase(path)) => {
            report.ok(
                "key",
                format!(
                    "{} is protected by a passphrase (the server starts sealed)",
                    path.display()
                ),
            );
            None
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
        match &found {
            None => report.ok(
                "installation",
                "none yet (the first server start creates it)",
            ),
            Some(i) => report.ok("installation", format!("{} since {}", i.id, i.created_at)),
        }
        match keyring::recipients(pool).await {
            Ok(r) if r.is_empty() => report.ok("keyring", "none yet (`izde keys init`)"),
            Ok(r) => {
                let recovery = r.iter().filter(|r| r.role == "recovery").count();
                let line = format!(
                    "{} recipients, {recovery} of them offline recovery keys",
                    r.len()
                );
                if recovery == 0 && identity.as_ref().is_some_and(|i| !i.is_development()) {
                    report.problem(
                        "keyring",
                        format!("{line}: add one with `izde keys add-recipient`"),
                    );
                } else {
                    report.ok("keyring", line);
                }
                if let Some(identity) = identity.clone() {
                    match keyring::unseal(pool, identity, false).await {
                        Ok(keys) => report.ok(
                            "unseal",
                            format!("this key opens KEK version {}", keys.current_kek_version()),
                        ),
                        Err(e) => report.problem("unseal", format!("{e:#}")),
                    }
                }
            }
            Err(e) => report.problem("keyring", format!("{e:#}")),
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

/// `izde backup --out FILE [--recipient age1…]…`: encrypted to this server's key, every recipient of
/// the keyring (the offline recovery keys) and any `--recipient`.
pub async fn backup(storage: &Storage, out: &Path, extra: &[String]) -> anyhow::Result<()> {
    let url = storage.database_url()?;
    let pool = db::connect(&url).await?;
    // Encrypted only to recipients this installation's key authenticated (a recipient planted in
    // the database would otherwise receive every backup).
    let identity = storage.unlock(false)?;
    let (keys, authenticated) = keyring::authenticated_recipients(&pool, &identity).await?;
    let mut texts: Vec<String> = authenticated.into_iter().map(|r| r.recipient).collect();
    texts.push(identity.recipient());
    texts.extend(extra.iter().cloned());
    texts.sort();
    texts.dedup();
    if texts.is_empty() {
        bail!("no key to encrypt the backup to: pass --recipient age1…");
    }
    let mut recipients: Vec<StreamRecipient> = Vec::new();
    for text in &texts {
        let recipient = parse_recipient(text).map_err(|_| {
            anyhow::anyhow!("--recipient {text:?} is not an age x25519 recipient (age1…)")
        })?;
        recipients.push(Box::new(recipient));
    }
    let started = std::time::Instant::now();
    let blobs = storage.blob_store()?;
    let summary =
        backup::backup(&pool, url.backend(), out, recipients, &keys, Some(&blobs)).await?;
    println!(
        "wrote {} ({:.1} MB in {:.1} s): {} cases, {} events, {} sources, {} evidence files of \
         installation {}, schema version {}",
        out.display(),
        summary.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        summary.rows["cases"],
        summary.rows["events"],
        summary.rows["sources"],
        summary.files,
        summary.installation.id,
        summary.schema_version
    );
    println!(
        "Encrypted to {} key{}: any one of them opens it (`izde restore --identity FILE`).",
        texts.len(),
        if texts.len() == 1 { "" } else { "s" }
    );
    Ok(())
}

/// `izde restore FILE [--yes]`.
pub async fn restore(storage: &Storage, file: &Path, yes: bool) -> anyhow::Result<()> {
    let url = storage.database_url()?;
    let identity = storage.unlock(false).with_context(|| {
        "restore needs a key of the installation (the server's, or an offline recovery key): pass \
         --identity FILE, or put the development key in the data directory"
    })?;
    if !file.is_file() {
        bail!("{} is not a file", file.display());
    }
    let started = std::time::Instant::now();
    let mut confirm = |installing: &backup::Installing| -> anyhow::Result<()> {
        print_installing(installing);
        if yes {
            return Ok(());
        }
        super::keys::confirm("Restore this installation? Type yes to commit: ")
    };
    let blobs = storage.blob_store()?;
    let summary = backup::restore(&url, &identity, file, &mut confirm, &blobs).await?;
    println!(
        "restored {} cases, {} events, {} sources, {} evidence files (each checked against its \
         SHA-256) of installation {} into {} ({} in {:.1} s)",
        summary.rows.get("cases").copied().unwrap_or(0),
        summary.rows.get("events").copied().unwrap_or(0),
        summary.rows.get("sources").copied().unwrap_or(0),
        summary.files,
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

/// What a backup would install, for the administrator to check before it commits.
fn print_installing(installing: &backup::Installing) {
    println!(
        "The backup of installation {} made {} ({} cases) would install:",
        installing.installation, installing.created_at, installing.cases
    );
    println!("  keys that can open everything:");
    for r in &installing.recipients {
        println!("    {:<9} {}  {}", r.role, r.recipient, r.label);
    }
    println!("  admin accounts: {}", installing.admins.join(", "));
    match &installing.audit_head {
        Some((seq, hash)) => println!("  audit log: {seq} entries, head {hash}"),
        None => println!("  audit log: empty"),
    }
    if installing.keyring_checked {
        println!("  keyring: authenticated by this server's key");
    } else {
        println!(
            "  keyring: made under another online key, which an offline recovery key cannot \
             check; compare the keys above with your records. It is authenticated with this \
             key from now on, and this key becomes the server's online key"
        );
        let former: Vec<&str> = installing
            .recipients
            .iter()
            .filter(|r| r.role == "online" && r.recipient != installing.restoring_key)
            .map(|r| r.recipient.as_str())
            .collect();
        for key in &former {
            println!(
                "  the former server key {key} can still open everything: if that server was \
                 lost or seized, remove it after the restore (`izde keys remove-recipient {key}`)"
            );
        }
        let recovery = installing
            .recipients
            .iter()
            .filter(|r| r.role == "recovery" && r.recipient != installing.restoring_key)
            .count();
        if recovery == 0 {
            println!(
                "  no other offline recovery key is left: add a new one after the restore \
                 (`izde keys add-recipient age1…`) and keep it off this server"
            );
        }
    }
}
