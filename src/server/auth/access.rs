//! Who may see and change what. Every record operation takes an [`Actor`] and asks here; pages
//! only mirror these answers (a hidden button is never the protection).
//!
//! - An admin sees and edits everything.
//! - A volunteer enters cases, and sees and edits the sensitive fields of the cases they entered or
//!   were assigned to; every other case reads as it does to a researcher.
//! - A researcher reads every case under its pseudonym, with names, contacts, addresses, narratives
//!   and transcripts left out (never decrypted), until an admin grants a reveal of that one case
//!   (or the `reveal_auto_grant` setting does); a reveal lets them read, never edit.

use crate::domain::account::{Me, Role};
use crate::server::clock::Clock;
use crate::server::db::{self, Conn, Pool};
use crate::server::records::RecordError;
use std::collections::HashSet;

/// How long a granted reveal lasts.
pub const REVEAL_DAYS: i64 = 7;

/// Who is acting: a signed-in account, or the operator's command line (demo, generate, restore),
/// which acts as an admin with no account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    System,
    User(Me),
}

impl Actor {
    pub fn role(&self) -> Role {
        match self {
            Actor::System => Role::Admin,
            Actor::User(me) => me.role,
        }
    }

    /// The account's id (None for the command line).
    pub fn user_id(&self) -> Option<&str> {
        match self {
            Actor::System => None,
            Actor::User(me) => Some(&me.id),
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role() == Role::Admin
    }

    /// Refuses unless the actor has one of `roles`; `doing` says what, for the message.
    pub fn require(&self, roles: &[Role], doing: &str) -> Result<(), RecordError> {
        if roles.contains(&self.role()) {
            Ok(())
        } else {
            Err(RecordError::Forbidden(format!(
                "Your account ({}) may not {doing}.",
                self.role()
            )))
        }
    }
}

/// What an actor may do with one case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaseAccess {
    /// Names and other sensitive fields are opened for them.
    pub sensitive: bool,
    /// They may change the case.
    pub edit: bool,
}

/// The ids among `cases` (id, who entered it) whose sensitive fields `actor` may see.
pub async fn sensitive_cases(
    conn: &mut Conn,
    clock: &Clock,
    actor: &Actor,
    cases: &[(String, Option<String>)],
) -> Result<HashSet<String>, RecordError> {
    let Actor::User(me) = actor else {
        return Ok(cases.iter().map(|(id, _)| id.clone()).collect());
    };
    if me.role == Role::Admin {
        return Ok(cases.iter().map(|(id, _)| id.clone()).collect());
    }
    let mut out: HashSet<String> = HashSet::new();
    if me.role == Role::Volunteer {
        out.extend(
            cases
                .iter()
                .filter(|(_, by)| by.as_deref() == Some(me.id.as_str()))
                .map(|(id, _)| id.clone()),
        );
    }
    let rest: Vec<&str> = cases
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| !out.contains(*id))
        .collect();
    if rest.is_empty() {
        return Ok(out);
    }
    // A volunteer's assignments; a researcher's grants that have not expired.
    let ids = match me.role {
        Role::Volunteer => db::accounts::assigned_among(conn, &me.id, &rest).await?,
        _ => db::reveals::granted_among(conn, &me.id, &clock.stamp(), &rest).await?,
    };
    out.extend(ids);
    Ok(out)
}

/// What `actor` may do with the case `case_id`, entered by `created_by`.
pub async fn case_access(
    conn: &mut Conn,
    clock: &Clock,
    actor: &Actor,
    case_id: &str,
    created_by: Option<&str>,
) -> Result<CaseAccess, RecordError> {
    let sees = sensitive_cases(
        conn,
        clock,
        actor,
        &[(case_id.to_string(), created_by.map(str::to_string))],
    )
    .await?
    .contains(case_id);
    Ok(CaseAccess {
        sensitive: sees,
        // A volunteer edits the cases they see; a researcher's reveal is for reading only.
        edit: sees && actor.role().creates_cases(),
    })
}

/// Refuses unless `actor` may change the case.
pub async fn require_edit(
    conn: &mut Conn,
    clock: &Clock,
    actor: &Actor,
    case_id: &str,
    created_by: Option<&str>,
) -> Result<(), RecordError> {
    if case_access(conn, clock, actor, case_id, created_by)
        .await?
        .edit
    {
        Ok(())
    } else {
        Err(RecordError::Forbidden(
            "Only the volunteers who entered or were assigned this case, and admins, may change \
             it."
            .into(),
        ))
    }
}

/// Reads a setting (`false` when absent).
pub async fn setting(pool: &Pool, key: &str) -> Result<bool, RecordError> {
    let value = db::settings::get(pool, key).await?;
    Ok(value.is_some_and(|v| v == "true"))
}
