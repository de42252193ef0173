//! Operators' commands: `izde migrate`, `izde check`, `izde backup`, `izde restore`, `izde keys`,
//! `izde users`, `izde audit`.

use crate::server::crypto::keyring;
use crate::server::crypto::{parse_recipient, OnlineIdentity, StreamRecipient};
use crate::server::db::{self, backup, installation, Backend, Pool};
use crate::server::ops::cli::{AuditCommand, KeysCommand, KeysInitArgs, UsersCommand};
use crate::server::state::{read_passphrase, IdentitySource, Storage};
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
    let mut texts: Vec<String> = keyring::recipients(&pool)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|r| r.recipient)
        .collect();
    if let Ok(IdentitySource::Ready(identity)) = storage.load_identity(false) {
        texts.push(identity.recipient());
    }
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
    println!(
        "Encrypted to {} key{}: any one of them opens it (`izde restore --identity FILE`).",
        texts.len(),
        if texts.len() == 1 { "" } else { "s" }
    );
    Ok(())
}

/// `izde restore FILE`.
pub async fn restore(storage: &Storage, file: &Path) -> anyhow::Result<()> {
    let url = storage.database_url()?;
    let identity = storage.unlock(false).with_context(|| {
        "restore needs a key of the installation (the server's, or an offline recovery key): pass \
         --identity FILE, or put the development key in the data directory"
    })?;
    if !file.is_file() {
        bail!("{} is not a file", file.display());
    }
    let started = std::time::Instant::now();
    let summary = backup::restore(&url, &identity, file).await?;
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

/// `izde keys …`.
pub async fn keys(command: KeysCommand) -> anyhow::Result<()> {
    match command {
        KeysCommand::Init(args) => keys_init(&args).await,
        KeysCommand::List(args) => {
            let storage = args.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let recipients = keyring::recipients(&pool).await?;
            if recipients.is_empty() {
                println!("no keyring yet: `izde keys init` (or start the development server once)");
            }
            for r in recipients {
                println!(
                    "{:<9} {}  {}  (added {})",
                    r.role, r.recipient, r.label, r.added_at
                );
            }
            for (version, rotation, completed) in keyring::versions(&pool).await? {
                println!(
                    "KEK v{version}  {rotation}  {}",
                    completed.map_or_else(
                        || "unfinished: `izde keys rotate` resumes it".to_string(),
                        |at| format!("completed {at}")
                    )
                );
            }
            Ok(())
        }
        KeysCommand::AddRecipient(args) => {
            let storage = args.storage.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let keys = storage.unseal(&pool, false).await?;
            keyring::add_recipient(&pool, &keys, &args.recipient, "recovery", &args.label).await?;
            println!(
                "added {}; the key-encryption key is now encrypted to it as well",
                args.recipient.trim()
            );
            Ok(())
        }
        KeysCommand::RemoveRecipient(args) => {
            let storage = args.storage.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let keys = storage.unseal(&pool, false).await?;
            keyring::remove_recipient(&pool, &keys, &args.recipient).await?;
            println!(
                "removed {}. It can still open copies of the keyring made before now (backups): \
                 run `izde keys rotate` so that those no longer open today's data keys",
                args.recipient.trim()
            );
            Ok(())
        }
        KeysCommand::Rotate(args) => {
            let storage = args.storage.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let identity = storage.unlock(false)?;
            let progress = indicatif::ProgressBar::new(0);
            let started = std::time::Instant::now();
            let report = keyring::rotate(&pool, &identity, args.reencrypt, &progress).await?;
            progress.finish_and_clear();
            let rotated = started.elapsed();
            println!(
                "{} KEK version {}: {} data keys {} in {:.1} s{}",
                if report.resumed {
                    "finished rotating to"
                } else {
                    "rotated to"
                },
                report.version,
                report.data_keys,
                if report.reencrypted {
                    "replaced and every field sealed again"
                } else {
                    "re-wrapped"
                },
                rotated.as_secs_f64(),
                if report.retired.is_empty() {
                    String::new()
                } else {
                    format!("; deleted unused KEK versions {:?}", report.retired)
                }
            );
            // The name index is keyed by the KEK: made again under the new one.
            let keys = keyring::unseal(&pool, identity, false).await?;
            let indexed = crate::server::records::reindex_stale(&pool, &keys).await?;
            println!(
                "name index of {indexed} cases made again under the new KEK in {:.1} s",
                (started.elapsed() - rotated).as_secs_f64()
            );
            Ok(())
        }
        KeysCommand::Recover(args) => {
            let storage = args.storage.storage()?;
            let Some(path) = &storage.identity else {
                bail!("pass --identity FILE: the offline identity to recover with");
            };
            let identity = storage.unlock(false)?;
            let pool = db::connect(&storage.database_url()?).await?;
            let (report, _) = keyring::recover(&pool, identity.age_identity()).await?;
            println!(
                "{} opens everything: {} key-encryption keys, {} data keys, {} sealed fields",
                path.display(),
                report.keks,
                report.data_keys,
                report.fields
            );
            Ok(())
        }
    }
}

async fn keys_init(args: &KeysInitArgs) -> anyhow::Result<()> {
    let storage = args.storage.storage()?;
    let pool = db::open(&storage.database_url()?).await?;
    if !keyring::recipients(&pool).await?.is_empty() {
        bail!(
            "this database already has a keyring: use `izde keys add-recipient` / `rotate`; \
             nothing was changed"
        );
    }
    if args.new_identity.exists() {
        bail!(
            "{} already exists: choose another file; nothing was changed",
            args.new_identity.display()
        );
    }
    let mut recovery = Vec::new();
    for r in &args.recovery {
        parse_recipient(r)
            .map_err(|_| anyhow::anyhow!("--recovery {r:?} is not an age recipient (age1…)"))?;
        recovery.push((r.trim().to_string(), "offline recovery key".to_string()));
    }
    let passphrase = if args.passphrase_stdin {
        read_passphrase("")?.context("no passphrase on stdin")?
    } else {
        let first = read_passphrase("New passphrase for the server identity: ")?
            .context("no passphrase given")?;
        let second = read_passphrase("The same passphrase again: ")?.context("no passphrase")?;
        if *first != *second {
            bail!("the two passphrases differ; nothing was changed");
        }
        first
    };
    if passphrase.chars().count() < 12 {
        bail!("the passphrase must have at least 12 characters; nothing was changed");
    }
    let identity = OnlineIdentity::create_passphrase_file(&args.new_identity, &passphrase)
        .with_context(|| format!("cannot write {}", args.new_identity.display()))?;
    if !keyring::init_keyring(&pool, &identity, "server key", &recovery).await? {
        std::fs::remove_file(&args.new_identity).ok();
        bail!("another process created the keyring meanwhile; nothing was changed");
    }
    crate::server::state::ensure_installation(&pool).await?;
    println!(
        "Created the key hierarchy.\n\
         - Server identity: {} (public key {}), protected by the passphrase. Keep it on the server;\n  \
           start with `izde serve --identity {}` and unseal with the passphrase.\n\
         - The passphrase: only with the administrators who unseal the server, never on its disk.\n\
         - Offline recovery keys ({}): their secret halves stay off the server, with the people\n  \
           who hold them. Any one of them recovers everything (`izde keys recover`).",
        args.new_identity.display(),
        identity.recipient(),
        args.new_identity.display(),
        recovery.len()
    );
    Ok(())
}

/// A new password from stdin (one line) or typed twice on the terminal.
fn new_password(username: &str, from_stdin: bool) -> anyhow::Result<zeroize::Zeroizing<String>> {
    if from_stdin {
        return read_passphrase("")?.context("no password on stdin");
    }
    let first =
        read_passphrase(&format!("Password for {username}: "))?.context("no password given")?;
    let second = read_passphrase("The same password again: ")?.context("no password")?;
    if *first != *second {
        bail!("the two passwords differ; nothing was changed");
    }
    Ok(first)
}

/// `izde users …`.
pub async fn users(command: UsersCommand) -> anyhow::Result<()> {
    use crate::server::auth::accounts;
    match command {
        UsersCommand::Add(args) => {
            let role = accounts::parse_role(&args.role)?;
            let storage = args.storage.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let password = new_password(&args.username, args.password_stdin)?;
            let user = accounts::add_user(&pool, &args.username, role, password).await?;
            crate::server::audit::record(
                &pool,
                &crate::server::audit::Entry::new(crate::server::audit::action::USER_CREATE)
                    .on(crate::server::audit::kind::USER, &user.id),
            )
            .await?;
            println!("created the {} account {}", user.role, user.username);
            Ok(())
        }
        UsersCommand::SetPassword(args) => {
            let storage = args.storage.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let password = new_password(&args.username, args.password_stdin)?;
            let user = accounts::reset_password(&pool, &args.username, password).await?;
            println!(
                "set a new password for {user}: its sessions ended and two-step verification is off"
            );
            Ok(())
        }
        UsersCommand::List(args) => {
            let storage = args.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            for u in accounts::list_users(&pool).await? {
                println!(
                    "{:<24} {:<10} {}since {}",
                    u.username,
                    u.role,
                    if u.disabled != 0 { "DISABLED " } else { "" },
                    u.created_at
                );
            }
            Ok(())
        }
    }
}

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
pub async fn export(args: crate::server::ops::cli::ExportArgs) -> anyhow::Result<()> {
    use crate::domain::export::ExportForm;
    use crate::server::export;
    if let Some(crate::server::ops::cli::ExportCommand::Verify { dir }) = &args.verify {
        let m = export::verify(dir)?;
        let privacy = match (m.achieved_k, m.achieved_l) {
            (Some(k), Some(l)) => format!("k = {k}, l = {l}"),
            _ => format!("cells under {} suppressed", m.threshold),
        };
        println!(
            "export verified: {} of {} cases, profile {}, {privacy}, signed by {} (installation {}), \
             every file as the manifest lists it",
            m.rows_exported, m.rows_selected, m.profile, m.public_key, m.installation
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
    let options = form.validate().map_err(|errors| {
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
    crate::server::db::read_without_memory_map();
    let (pool, keys, vocab) = crate::server::state::open_storage(&args.storage.storage()?).await?;
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
