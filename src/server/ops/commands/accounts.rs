//! `izde users …`: accounts from the command line.

use crate::server::db;
use crate::server::ops::cli::UsersCommand;
use crate::server::state::read_passphrase;
use anyhow::{bail, Context};

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
