//! `izde import FILE`: existing case spreadsheets into Izde (see `server::import`).

use crate::domain::account::{Me, Role};
use crate::i18n::Lang;
use crate::server::auth::access::Actor;
use crate::server::context::Context;
use crate::server::import::{self, mapping::Mapping, Options, Progress};
use crate::server::ops::cli::ImportArgs;
use anyhow::{bail, Context as _};

/// The account an import is done as: `--as USERNAME` (an enabled admin or volunteer), else the
/// command line itself.
async fn actor_named(
    pool: &crate::server::db::Pool,
    username: Option<&str>,
) -> anyhow::Result<Actor> {
    let Some(username) = username else {
        return Ok(Actor::System);
    };
    let users = crate::server::auth::accounts::list_users(pool).await?;
    let Some(user) = users.into_iter().find(|u| u.username == username) else {
        bail!("there is no account {username:?} (see `izde users list`)");
    };
    if user.disabled != 0 {
        bail!("the account {username:?} is disabled");
    }
    let role = Role::parse(&user.role).context("the account's role is unknown")?;
    if !matches!(role, Role::Admin | Role::Volunteer) {
        bail!(
            "the account {username:?} is a {}: only admins and volunteers enter cases",
            role.as_str()
        );
    }
    Ok(Actor::User(Me {
        id: user.id,
        username: user.username,
        role,
        must_enrol: false,
        language: None,
    }))
}

/// `izde import FILE [--mapping MAP.toml] [--dry-run] [--as USERNAME]`.
pub async fn import(args: ImportArgs) -> anyhow::Result<()> {
    let lang = Lang::parse(&args.lang)
        .with_context(|| format!("--lang {:?}: one of kk, ru, ug, zh, en", args.lang))?;
    // A long writer: the database's pages through SQLite's own small cache, not mapped whole into
    // this process.
    crate::server::db::read_without_memory_map();
    let (pool, keys, vocab) = crate::server::state::open_storage(&args.storage.storage()?).await?;
    let mapping = match &args.mapping {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the mapping file {}", path.display()))?;
            Mapping::parse(&text, &vocab).with_context(|| format!("{}", path.display()))?
        }
        None => Mapping::default(),
    };
    let actor = actor_named(&pool, args.r#as.as_deref()).await?;
    let rejects = args.rejects.clone().unwrap_or_else(|| {
        let stem = args
            .file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "import".into());
        args.file.with_file_name(format!("{stem}.rejects.csv"))
    });
    let cx = Context::new(pool, keys, vocab);
    let options = Options {
        mapping,
        dry_run: args.dry_run,
        rejects: Some(import::RejectsTo::File(rejects)),
        lang,
        batch_size: args.batch,
    };
    let bar = indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template("{msg} {pos} rows ({per_sec}) {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(if args.dry_run {
        "checking"
    } else {
        "importing"
    });
    let started = std::time::Instant::now();
    let report = import::import_file(&cx, &actor, &args.file, options, |p| match p {
        Progress::Columns(columns) => {
            for (header, field) in columns {
                let line = match field {
                    Some(field) => format!("column {header:?} → {field}"),
                    None => format!(
                        "column {header:?} is not imported (no field of that name; see --mapping)"
                    ),
                };
                bar.suspend(|| println!("{line}"));
            }
        }
        // Line numbers and field names only: never a value of the row.
        Progress::Rejected(row) => {
            bar.suspend(|| println!("line {}: {}", row.line, row.describe()));
        }
        Progress::Batch(report) => bar.set_position(report.rows),
    })
    .await
    .map_err(|e| match e {
        import::ImportError::Internal(e) => e,
        other => anyhow::anyhow!("{}", other.message(lang)),
    })?;
    bar.finish_and_clear();
    if let Some(when) = &report.imported_before {
        println!(
            "this file was imported to its end before (import {}, finished {when}): nothing to do. \
             Changed rows are imported from a changed file; rows with a reference column update \
             their cases.",
            report.import_id.as_deref().unwrap_or("?")
        );
        return Ok(());
    }
    let seconds = started.elapsed().as_secs_f64();
    if let Some(after) = report.resumed_after {
        println!(
            "resumed an import stopped after line {after}: {} rows were already committed",
            report.already_done
        );
    }
    let verb = if args.dry_run { "would be" } else { "were" };
    println!(
        "{} rows read in {seconds:.1} s: {} new cases, {} updated, {} unchanged {verb} imported; {} rejected",
        report.rows, report.created, report.updated, report.unchanged, report.rejected
    );
    if report.flagged > 0 {
        println!(
            "{} new cases look like recorded ones: {} in the duplicate review",
            report.flagged,
            if args.dry_run {
                "they would be"
            } else {
                "they are"
            }
        );
    }
    if let Some(path) = &report.rejects_file {
        println!(
            "the rejected rows are in {} with a reason column: fix them there and import that file",
            path.display()
        );
    }
    if args.dry_run {
        println!("dry run: nothing was written to the database");
    }
    Ok(())
}
