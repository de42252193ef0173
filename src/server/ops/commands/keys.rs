//! `izde keys …`: the key hierarchy (status, init, rotate, recovery recipients).

use crate::server::crypto::keyring;
use crate::server::crypto::{parse_recipient, OnlineIdentity};
use crate::server::db;
use crate::server::ops::cli::{KeysCommand, KeysInitArgs};
use crate::server::state::read_passphrase;
use anyhow::{bail, Context};

/// `izde keys …`.
pub async fn keys(command: KeysCommand) -> anyhow::Result<()> {
    match command {
        KeysCommand::Init(args) => keys_init(&args).await,
        KeysCommand::List(args) => {
            let storage = args.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            list(&pool).await
        }
        KeysCommand::SigningKey(args) => {
            let storage = args.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let keys = storage.unseal(&pool, false).await?;
            let current = crate::server::export::public_key(&keys);
            let mut conn = pool.acquire().await?;
            db::signing_keys::remember(&mut conn, &current, keys.current_kek_version(), &db::now())
                .await?;
            drop(conn);
            println!("Export signing keys of this installation (publish them; recipients check exports with `izde export verify --expect-key HEX`):");
            for k in db::signing_keys::all(&pool).await? {
                println!(
                    "{}  KEK v{}  first used {}{}",
                    k.public_key,
                    k.kek_version,
                    k.first_used_at,
                    if k.public_key == current {
                        "  (current)"
                    } else {
                        "  (past: still verifies exports made then)"
                    }
                );
            }
            Ok(())
        }
        KeysCommand::Authenticate(args) => {
            let storage = args.storage.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let identity = storage.unlock(false)?;
            list(&pool).await?;
            if !args.yes {
                confirm(
                    "Is every recipient and KEK version above yours? Type yes to authenticate \
                     them with this server's key: ",
                )?;
            }
            let adoption = keyring::authenticate(&pool, &identity).await?;
            println!(
                "authenticated {} KEK version{}{}; every start now checks them",
                adoption.keks.len(),
                if adoption.keks.len() == 1 { "" } else { "s" },
                if adoption.recipients {
                    " and the recipient list"
                } else {
                    ""
                }
            );
            keyring::unseal(&pool, identity, false).await?;
            Ok(())
        }
        KeysCommand::AddRecipient(args) => {
            let storage = args.storage.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let identity = storage.unlock(false)?;
            keyring::add_recipient(&pool, &identity, &args.recipient, "recovery", &args.label)
                .await?;
            println!(
                "added {}; the key-encryption key is now encrypted to it as well",
                args.recipient.trim()
            );
            Ok(())
        }
        KeysCommand::RemoveRecipient(args) => {
            let storage = args.storage.storage()?;
            let url = storage.database_url()?;
            let pool = db::open(&url).await?;
            let identity = storage.unlock(false)?;
            keyring::remove_recipient(&pool, &identity, &args.recipient).await?;
            println!(
                "removed {} from the keyring; now replacing every data key and sealing every \
                 field again, so that the removed key opens nothing stored from now on, even with \
                 an older copy of the keyring",
                args.recipient.trim()
            );
            rotate(&pool, identity, true).await?;
            db::compact(&pool, url.backend()).await?;
            println!(
                "no copy of the old keyring is left in the database's files{}. Backups made \
                 before now still open with the removed key: destroy them, or keep them as \
                 carefully as that key",
                if url.backend() == db::Backend::Postgres {
                    " (PostgreSQL: vacuumed; its write-ahead log and archives keep old rows until \
                     they are recycled)"
                } else {
                    ""
                }
            );
            Ok(())
        }
        KeysCommand::Rotate(args) => {
            let storage = args.storage.storage()?;
            let pool = db::open(&storage.database_url()?).await?;
            let identity = storage.unlock(false)?;
            rotate(&pool, identity, args.reencrypt).await
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

/// `izde keys list`: the recipients and KEK versions as the database holds them (nothing is
/// opened or checked: that needs the server's key).
async fn list(pool: &db::Pool) -> anyhow::Result<()> {
    let recipients = keyring::recipients(pool).await?;
    if recipients.is_empty() {
        println!("no keyring yet: `izde keys init` (or start the development server once)");
    }
    for r in recipients {
        println!(
            "{:<9} {}  {}  (added {})",
            r.role, r.recipient, r.label, r.added_at
        );
    }
    for (version, rotation, completed) in keyring::versions(pool).await? {
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

/// Asks for "yes" on the terminal; refuses without one (pass --yes instead).
pub fn confirm(question: &str) -> anyhow::Result<()> {
    use std::io::{BufRead, IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        bail!("no terminal to confirm on: check the list above, then run again with --yes");
    }
    print!("{question}");
    std::io::stdout().flush().ok();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the answer")?;
    if line.trim() != "yes" {
        bail!("not confirmed: nothing was changed");
    }
    Ok(())
}

/// `izde keys rotate [--reencrypt]` (also the second half of `remove-recipient`), with its report.
async fn rotate(pool: &db::Pool, identity: OnlineIdentity, reencrypt: bool) -> anyhow::Result<()> {
    let progress = indicatif::ProgressBar::new(0);
    let started = std::time::Instant::now();
    let mut report = keyring::rotate(pool, &identity, reencrypt, &progress).await?;
    if reencrypt && !report.reencrypted {
        // An unfinished re-wrap was resumed first: now the re-encryption asked for.
        report = keyring::rotate(pool, &identity, true, &progress).await?;
    }
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
    let keys = keyring::unseal(pool, identity, false).await?;
    let indexed = crate::server::records::reindex_stale(pool, &keys).await?;
    println!(
        "name index of {indexed} cases made again under the new KEK in {:.1} s",
        (started.elapsed() - rotated).as_secs_f64()
    );
    Ok(())
}
