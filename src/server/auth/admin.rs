//! What admins do besides reading cases: accounts, assignments and settings; and every account's
//! own password change. Each operation checks the role itself and leaves an audit entry in the
//! same transaction as its change.

use crate::domain::account::{AccountForm, AccountView, PasswordForm, Role, Settings};
use crate::domain::export::{ExportMinimums, MinimumsForm};
use crate::domain::forms::FieldErrors;
use crate::i18n::tr;
use crate::server::audit::{self, action, kind};
use crate::server::auth::access::Doing;
use crate::server::auth::access::{self, Actor};
use crate::server::auth::accounts::{self, fold_username, MIN_PASSWORD_CHARS};
use crate::server::auth::sessions;
use crate::server::db::accounts::PasswordChange;
use crate::server::db::{self, Pool};
use crate::server::records::{entry, RecordError};
use anyhow::Context;
use zeroize::Zeroizing;

type Result<T> = std::result::Result<T, RecordError>;

fn invalid(field: &str, message: &str) -> RecordError {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    RecordError::Invalid(errors)
}

/// Every account, by username, with its open sessions.
pub async fn list_accounts(pool: &Pool, actor: &Actor) -> Result<Vec<AccountView>> {
    actor.require(&[Role::Admin], Doing::ManageAccounts)?;
    let rows = db::accounts::list_with_sessions(pool).await?;
    Ok(rows
        .into_iter()
        .filter_map(|a| {
            Some(AccountView {
                role: Role::parse(&a.role)?,
                id: a.id,
                username: a.username,
                disabled: a.disabled != 0,
                created_at: a.created_at,
                sessions: a.sessions,
            })
        })
        .collect())
}

/// Creates an account from the admins' page.
pub async fn create_account(pool: &Pool, actor: &Actor, form: &AccountForm) -> Result<String> {
    actor.require(&[Role::Admin], Doing::ManageAccounts)?;
    let lang = crate::i18n::current();
    let mut errors = FieldErrors::default();
    let username = fold_username(&form.username).map_err(|e| e.to_string());
    if let Err(message) = &username {
        errors.add("username", message.as_str());
    }
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.add("role", tr!(lang, "admin-role-invalid"));
    }
    if form.password.chars().count() < MIN_PASSWORD_CHARS {
        errors.add(
            "password",
            tr!(lang, "admin-password-short", {"count" => MIN_PASSWORD_CHARS}),
        );
    }
    let (Ok(username), Some(role), true) = (username, role, errors.is_empty()) else {
        return Err(RecordError::Invalid(errors));
    };
    let taken = {
        let mut conn = pool.acquire().await?;
        db::accounts::id_by_name(&mut conn, &username).await?
    };
    if taken.is_some() {
        return Err(invalid("username", &tr!(lang, "admin-username-taken")));
    }
    let user = accounts::add_user(pool, &username, role, Zeroizing::new(form.password.clone()))
        .await
        .map_err(RecordError::Internal)?;
    audit::record(
        pool,
        &entry(actor, action::USER_CREATE, kind::USER, &user.id),
    )
    .await
    .map_err(RecordError::Internal)?;
    Ok(user.id)
}

/// Changes an account's role or disables it (which ends its sessions). An admin cannot lock
/// themselves out, and the last active admin stays one.
pub async fn update_account(
    pool: &Pool,
    actor: &Actor,
    user_id: &str,
    role: &str,
    disabled: bool,
) -> Result<()> {
    actor.require(&[Role::Admin], Doing::ManageAccounts)?;
    let lang = crate::i18n::current();
    let role = Role::parse(role).ok_or_else(|| invalid("role", &tr!(lang, "admin-role-choose")))?;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let db::accounts::StandingRow {
        role: old_role,
        disabled: old_disabled,
    } = db::accounts::standing_of(&mut tx, user_id)
        .await?
        .ok_or(RecordError::NotFound)?;
    let loses_admin = old_role == "admin" && old_disabled == 0 && (role != Role::Admin || disabled);
    if loses_admin {
        if actor.user_id() == Some(user_id) {
            return Err(RecordError::Forbidden(tr!(lang, "admin-self-lockout")));
        }
        let admins = db::accounts::count_active_admins(&mut tx).await?;
        if admins <= 1 {
            return Err(RecordError::Forbidden(tr!(lang, "admin-last-admin")));
        }
    }
    db::accounts::set_standing(&mut tx, user_id, role.as_str(), disabled).await?;
    if disabled || role.as_str() != old_role {
        // A changed role takes effect at once: the account logs in again.
        sessions::end_sessions_of(&mut tx, user_id).await?;
    }
    let before = audit::digest(&[old_role.as_bytes(), &[u8::from(old_disabled != 0)]]);
    let after = audit::digest(&[role.as_str().as_bytes(), &[u8::from(disabled)]]);
    audit::append(
        &mut tx,
        &entry(actor, action::USER_UPDATE, kind::USER, user_id).change(Some(before), Some(after)),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// Assigns a volunteer to a case (they then see and edit its sensitive fields).
pub async fn assign(pool: &Pool, actor: &Actor, case_id: &str, username: &str) -> Result<()> {
    actor.require(&[Role::Admin], Doing::AssignCases)?;
    let case = uuid::Uuid::parse_str(case_id).map_err(|_| RecordError::NotFound)?;
    let volunteer =
        db::accounts::active_volunteer_id(pool, &fold_username(username).unwrap_or_default())
            .await?
            .ok_or_else(|| invalid("volunteer", "choose a volunteer"))?;
    let case_text = case.to_string();
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    if !db::accounts::case_exists(&mut tx, &case_text).await? {
        return Err(RecordError::NotFound);
    }
    db::accounts::assign(&mut tx, &case_text, &volunteer, actor.user_id(), &db::now()).await?;
    let after = audit::digest(&[volunteer.as_bytes()]);
    audit::append(
        &mut tx,
        &entry(actor, action::ASSIGN, kind::CASE, &case_text).change(None, Some(after)),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// The installation's settings.
pub async fn settings(pool: &Pool, actor: &Actor) -> Result<Settings> {
    actor.require(&[Role::Admin], Doing::ChangeSettings)?;
    Ok(Settings {
        reveal_auto_grant: access::setting(pool, "reveal_auto_grant").await?,
        admin_totp_required: access::setting(pool, crate::server::auth::two_step::ADMIN_SETTING)
            .await?,
        export_minimums: export_minimums(pool).await?,
        evidence: crate::domain::evidence::EvidenceSettingsForm {
            max_file_mb: crate::server::evidence::max_file_bytes(pool)
                .await?
                .div_ceil(1_000_000)
                .to_string(),
            allowed_hosts: crate::server::evidence::archive::allowed_hosts(pool)
                .await?
                .join(", "),
        },
    })
}

/// Saves the evidence locker's settings an admin typed: the per-file limit, and the hosts the
/// fetcher may reach at non-public addresses (each must be a host name or an address).
pub async fn save_evidence_settings(
    pool: &Pool,
    actor: &Actor,
    form: &crate::domain::evidence::EvidenceSettingsForm,
) -> Result<()> {
    actor.require(&[Role::Admin], Doing::ChangeSettings)?;
    let mut errors = crate::domain::forms::FieldErrors::default();
    let limit = form
        .max_file_bytes()
        .map_err(|e| errors.add("max_file_mb", e))
        .ok();
    let hosts = crate::server::evidence::fetch::parse_allowed(Some(&form.allowed_hosts));
    if let Some(bad) = hosts
        .iter()
        .find(|h| url::Host::parse(h).is_err() || h.contains('/'))
    {
        errors.add(
            "allowed_hosts",
            format!(
                "“{bad}” is not a host name or an address (e.g. archive.example.org, 10.0.0.5)."
            ),
        );
    }
    let (Some(limit), true) = (limit, errors.is_empty()) else {
        return Err(RecordError::Invalid(errors));
    };
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let limit = limit.to_string();
    let hosts = hosts.join(",");
    db::settings::put(&mut tx, crate::server::evidence::MAX_FILE_SETTING, &limit).await?;
    db::settings::put(
        &mut tx,
        crate::server::evidence::fetch::ALLOWED_HOSTS_SETTING,
        &hosts,
    )
    .await?;
    let mut e = audit::Entry::new(action::USER_UPDATE).change(
        None,
        Some(audit::digest(&[limit.as_bytes(), hosts.as_bytes()])),
    );
    if let Some(user) = actor.user_id() {
        e = e.by(user);
    }
    audit::append(&mut tx, &e).await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// The setting that holds the export minimums (JSON).
const EXPORT_MINIMUMS: &str = "export_minimums";

/// The least protection each export profile accepts, as an admin set it (the defaults until
/// one does). Every exporter is held to it, on the page and on the command line.
pub async fn export_minimums(pool: &Pool) -> Result<ExportMinimums> {
    match db::settings::get(pool, EXPORT_MINIMUMS).await? {
        None => Ok(ExportMinimums::default()),
        Some(text) => serde_json::from_str(&text)
            .context(
                "the export minimums setting is not readable: save it again on the accounts page",
            )
            .map_err(RecordError::Internal),
    }
}

/// Saves the export minimums an admin typed; each field out of range is named.
pub async fn save_export_minimums(pool: &Pool, actor: &Actor, form: &MinimumsForm) -> Result<()> {
    actor.require(&[Role::Admin], Doing::ChangeSettings)?;
    let minimums = form.validate().map_err(RecordError::Invalid)?;
    let text = serde_json::to_string(&minimums).context("minimums")?;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let before = db::settings::get_in(&mut tx, EXPORT_MINIMUMS).await?;
    db::settings::put(&mut tx, EXPORT_MINIMUMS, &text).await?;
    let before = before.map(|b| audit::digest(&[b.as_bytes()]));
    let after = audit::digest(&[text.as_bytes()]);
    let mut e = audit::Entry::new(action::USER_UPDATE).change(before, Some(after));
    if let Some(user) = actor.user_id() {
        e = e.by(user);
    }
    audit::append(&mut tx, &e).await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// Saves the settings.
pub async fn save_settings(pool: &Pool, actor: &Actor, settings: &Settings) -> Result<()> {
    actor.require(&[Role::Admin], Doing::ChangeSettings)?;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let text = |on: bool| if on { "true" } else { "false" };
    let values = [
        ("reveal_auto_grant", text(settings.reveal_auto_grant)),
        (
            crate::server::auth::two_step::ADMIN_SETTING,
            text(settings.admin_totp_required),
        ),
    ];
    for (key, value) in values {
        db::settings::put(&mut tx, key, value).await?;
    }
    let after = audit::digest(&[values[0].1.as_bytes(), values[1].1.as_bytes()]);
    let mut e = audit::Entry::new(action::USER_UPDATE).change(None, Some(after));
    if let Some(user) = actor.user_id() {
        e = e.by(user);
    }
    audit::append(&mut tx, &e).await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// Changes the actor's own password: the current one must match; every session of the account
/// ends (the caller starts a new one for this browser). Each try is counted before the current
/// password is checked, as log-ins are ([`login::MAX_FAILURES_PER_ACCOUNT`] per window), so a
/// stolen session cannot guess the password it would need to take the account over.
pub async fn change_password(
    pool: &Pool,
    clock: &crate::server::clock::Clock,
    actor: &Actor,
    form: &PasswordForm,
) -> Result<()> {
    use crate::server::auth::login;
    let lang = crate::i18n::current();
    let Some(user_id) = actor.user_id() else {
        return Err(RecordError::Forbidden(tr!(lang, "login-first")));
    };
    let subject = format!("password-change:{}", super::token_hash(user_id));
    let limit = (
        login::MAX_FAILURES_PER_ACCOUNT,
        login::THROTTLE_WINDOW_SECONDS,
    );
    if let Some(minutes) = login::count_attempt(pool, clock, &subject, limit).await? {
        let mut errors = FieldErrors::default();
        errors.add(
            "current",
            tr!(lang, "account-password-throttled", {"minutes" => minutes}),
        );
        return Err(RecordError::Invalid(errors));
    }
    let mut errors = FieldErrors::default();
    if form.new.chars().count() < MIN_PASSWORD_CHARS {
        errors.add(
            "new",
            tr!(lang, "admin-password-short", {"count" => MIN_PASSWORD_CHARS}),
        );
    } else if form.new != form.confirm {
        errors.add("confirm", tr!(lang, "account-password-differ"));
    }
    let hash = db::accounts::password_hash_by_id(pool, user_id)
        .await?
        .ok_or(RecordError::NotFound)?;
    let current = Zeroizing::new(form.current.clone());
    let matches = accounts::hashing(move || accounts::verify_password(&hash, &current)).await?;
    if !matches {
        errors.add("current", tr!(lang, "account-password-not-current"));
    }
    if !errors.is_empty() {
        return Err(RecordError::Invalid(errors));
    }
    let new = Zeroizing::new(form.new.clone());
    let hash = accounts::hashing(move || accounts::hash_password(&new)).await??;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let now = db::now();
    db::accounts::set_password(&mut tx, user_id, (&hash, &now), PasswordChange::Own).await?;
    sessions::end_sessions_of(&mut tx, user_id).await?;
    audit::append(
        &mut tx,
        &entry(actor, action::PASSWORD_CHANGE, kind::USER, user_id),
    )
    .await?;
    tx.commit().await.context("commit")?;
    db::sessions::clear_throttle(pool, &subject).await?;
    Ok(())
}
