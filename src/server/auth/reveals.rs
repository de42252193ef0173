//! Reveals: a researcher asks to see one case's names with a written reason; an admin grants or
//! denies it (or the `reveal_auto_grant` setting grants it at once). A grant lasts
//! [`access::REVEAL_DAYS`] days and lets the researcher read, never edit. The reason is sealed with
//! the case's data key: it may itself mention people.

use crate::domain::account::{pseudonym, Role};
use crate::domain::forms::FieldErrors;
use crate::domain::reveal::{check_reason, RevealRequestView, RevealStatus, RevealView};
use crate::server::audit::{self, action, kind};
use crate::server::auth::access::Doing;
use crate::server::auth::access::{self, Actor};
use crate::server::clock::Clock;
use crate::server::context::Context;
use crate::server::crypto::{FieldRef, ServerKeys};
use crate::server::db::{self, Pool};
use crate::server::records::{entry, parse_id, RecordError};
use anyhow::Context as _;
use uuid::Uuid;

type Result<T> = std::result::Result<T, RecordError>;

fn expiry(now: chrono::DateTime<chrono::Utc>) -> String {
    (now + chrono::Duration::days(access::REVEAL_DAYS))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Files a request (granted at once when the setting says so). Returns its status.
pub async fn request(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    reason: &str,
) -> Result<RevealStatus> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    actor.require(&[Role::Researcher], Doing::RequestReveals)?;
    let case = parse_id(case_id)?;
    let reason = check_reason(reason).map_err(|message| {
        let mut errors = FieldErrors::default();
        errors.add("reason", message);
        RecordError::Invalid(errors)
    })?;
    let auto = access::setting(pool, "reveal_auto_grant").await?;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let case_text = case.to_string();
    let wrapped = db::reveals::case_key(&mut tx, &case_text)
        .await?
        .ok_or(RecordError::NotFound)?;
    let dek = keys.unwrap_data_key(case, &wrapped)?;
    let id = Uuid::now_v7();
    let sealed = dek.seal(
        &FieldRef::of_row(case, "reveal_requests.reason", id),
        &reason,
    );
    let reason_digest = audit::digest(&[&sealed]);
    let now = cx.clock.now();
    let (status, expires) = if auto {
        (RevealStatus::Granted, Some(expiry(now)))
    } else {
        (RevealStatus::Pending, None)
    };
    let requested_at = cx.clock.stamp();
    db::reveals::insert(
        &mut tx,
        &db::reveals::NewRequest {
            id: &id.to_string(),
            case_id: &case_text,
            user_id: actor.user_id(),
            reason_sealed: &sealed,
            status: match status {
                RevealStatus::Granted => "granted",
                _ => "pending",
            },
            requested_at: &requested_at,
            decided_at: auto.then_some(requested_at.as_str()),
            expires_at: expires.as_deref(),
        },
    )
    .await?;
    audit::append(
        &mut tx,
        &entry(actor, action::REVEAL_REQUEST, kind::CASE, &case_text)
            .change(None, Some(reason_digest)),
    )
    .await?;
    if auto {
        // Granted by the setting: the entry names no admin.
        audit::append(
            &mut tx,
            &audit::Entry::new(action::REVEAL_GRANT).on(kind::CASE, &case_text),
        )
        .await?;
    }
    tx.commit().await.context("commit")?;
    tracing::info!(case = %case, request = %id, auto, "reveal requested");
    Ok(status)
}

/// An admin's decision on a pending request. Returns the case id.
pub async fn decide(
    pool: &Pool,
    clock: &Clock,
    actor: &Actor,
    request_id: &str,
    grant: bool,
) -> Result<String> {
    actor.require(&[Role::Admin], Doing::DecideReveals)?;
    let request = parse_id(request_id)?;
    let now = clock.now();
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let request_text = request.to_string();
    let db::reveals::RequestStateRow { case_id, status } =
        db::reveals::state_of(&mut tx, &request_text)
            .await?
            .ok_or(RecordError::NotFound)?;
    if status != "pending" {
        return Err(RecordError::Stale(
            {
                let lang = crate::i18n::current();
                crate::i18n::tr!(lang, "admin-reveals-decided")
            },
            0,
        ));
    }
    let expires = grant.then(|| expiry(now));
    db::reveals::decide(
        &mut tx,
        &request_text,
        if grant { "granted" } else { "denied" },
        actor.user_id(),
        &clock.stamp(),
        expires.as_deref(),
    )
    .await?;
    let what = if grant {
        action::REVEAL_GRANT
    } else {
        action::REVEAL_DENY
    };
    audit::append(&mut tx, &entry(actor, what, kind::CASE, &case_id)).await?;
    tx.commit().await.context("commit")?;
    tracing::info!(request = %request, grant, "reveal decided");
    Ok(case_id)
}

/// The caller's latest request for a case.
pub async fn mine(
    pool: &Pool,
    clock: &Clock,
    actor: &Actor,
    case_id: &str,
) -> Result<Option<RevealView>> {
    let Some(user) = actor.user_id() else {
        return Ok(None);
    };
    let case = parse_id(case_id)?;
    let row = db::reveals::latest_of(pool, &case.to_string(), user).await?;
    let now = clock.stamp();
    Ok(row.and_then(|r| {
        Some(RevealView {
            status: RevealStatus::parse(&r.status)?,
            expired: r.expires_at.as_deref().is_some_and(|e| e <= now.as_str()),
            requested_at: r.requested_at,
            expires_at: r.expires_at,
        })
    }))
}

/// Requests waiting for a decision, oldest first, with their reasons opened (admins only).
pub async fn pending(
    pool: &Pool,
    keys: &ServerKeys,
    actor: &Actor,
) -> Result<Vec<RevealRequestView>> {
    actor.require(&[Role::Admin], Doing::SeeReveals)?;
    let rows = db::reveals::pending(pool).await?;
    let mut out = Vec::with_capacity(rows.len());
    for p in rows {
        let case = parse_id(&p.case_id)?;
        let dek = keys.unwrap_data_key(case, &p.dek_wrapped)?;
        let reason = dek.open(
            &FieldRef::of_row(case, "reveal_requests.reason", parse_id(&p.id)?),
            &p.reason_sealed,
        )?;
        out.push(RevealRequestView {
            id: p.id,
            pseudonym: pseudonym(&case),
            case_id: p.case_id,
            requested_by: p.username.unwrap_or_default(),
            requested_at: p.requested_at,
            reason,
        });
    }
    Ok(out)
}
