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

    /// Refuses unless the actor has one of `roles`; `doing` says what, for the message (in the
    /// language of the request).
    pub fn require(&self, roles: &[Role], doing: Doing) -> Result<(), RecordError> {
        if roles.contains(&self.role()) {
            Ok(())
        } else {
            Err(RecordError::Forbidden(
                doing.refused(self.role(), crate::i18n::current()),
            ))
        }
    }
}

/// What an actor was refused, for the message that says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doing {
    /// "enter new testimonies"
    EnterTestimonies,
    /// "find testifiers by name"
    FindTestifiers,
    /// "add places to the gazetteer"
    AddPlaces,
    /// "see the places added to the gazetteer"
    SeeAddedPlaces,
    /// "review claims (admins do)"
    ReviewClaims,
    /// "merge cases"
    MergeCases,
    /// "read cases"
    ReadCases,
    /// "search cases by name"
    SearchByName,
    /// "check new testimonies for duplicates"
    CheckDuplicates,
    /// "review possible duplicates"
    ReviewDuplicates,
    /// "decide on possible duplicates"
    DecideDuplicates,
    /// "erase cases"
    EraseCases,
    /// "request reveals (researchers do)"
    RequestReveals,
    /// "decide reveal requests"
    DecideReveals,
    /// "see reveal requests"
    SeeReveals,
    /// "manage accounts"
    ManageAccounts,
    /// "assign cases"
    AssignCases,
    /// "change settings"
    ChangeSettings,
    /// "read the audit log"
    ReadAuditLog,
    /// "review and publish the public register"
    PublishRegister,
}

impl Doing {
    /// "Your account (researcher) may not merge cases." in `lang`.
    pub fn refused(self, role: Role, lang: crate::i18n::Lang) -> String {
        use crate::i18n::tr;
        let role = crate::components::layout::role_name_in(role, lang);
        match self {
            Doing::EnterTestimonies => {
                tr!(lang, "access-refused-enter-testimonies", {"role" => role})
            }
            Doing::FindTestifiers => tr!(lang, "access-refused-find-testifiers", {"role" => role}),
            Doing::AddPlaces => tr!(lang, "access-refused-add-places", {"role" => role}),
            Doing::SeeAddedPlaces => tr!(lang, "access-refused-see-added-places", {"role" => role}),
            Doing::ReviewClaims => tr!(lang, "access-refused-review-claims", {"role" => role}),
            Doing::MergeCases => tr!(lang, "access-refused-merge-cases", {"role" => role}),
            Doing::ReadCases => tr!(lang, "access-refused-read-cases", {"role" => role}),
            Doing::SearchByName => tr!(lang, "access-refused-search-by-name", {"role" => role}),
            Doing::CheckDuplicates => {
                tr!(lang, "access-refused-check-duplicates", {"role" => role})
            }
            Doing::ReviewDuplicates => {
                tr!(lang, "access-refused-review-duplicates", {"role" => role})
            }
            Doing::DecideDuplicates => {
                tr!(lang, "access-refused-decide-duplicates", {"role" => role})
            }
            Doing::EraseCases => tr!(lang, "access-refused-erase-cases", {"role" => role}),
            Doing::RequestReveals => tr!(lang, "access-refused-request-reveals", {"role" => role}),
            Doing::DecideReveals => tr!(lang, "access-refused-decide-reveals", {"role" => role}),
            Doing::SeeReveals => tr!(lang, "access-refused-see-reveals", {"role" => role}),
            Doing::ManageAccounts => tr!(lang, "access-refused-manage-accounts", {"role" => role}),
            Doing::AssignCases => tr!(lang, "access-refused-assign-cases", {"role" => role}),
            Doing::ChangeSettings => tr!(lang, "access-refused-change-settings", {"role" => role}),
            Doing::ReadAuditLog => tr!(lang, "access-refused-read-audit-log", {"role" => role}),
            Doing::PublishRegister => {
                tr!(lang, "access-refused-publish-register", {"role" => role})
            }
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
