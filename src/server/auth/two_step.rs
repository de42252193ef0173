//! Two-step verification with time-based one-time codes (RFC 6238: 6 digits, 30-second steps,
//! HMAC-SHA-1, one step of clock skew — what every authenticator app speaks), through `totp-rs`.
//!
//! The shared secret is a key like any other sensitive value: sealed with a data key of its own
//! (table `account_secrets`, a key owner the rotation and recovery walk like cases and testifiers).
//! A code is accepted once: the step it was made for is remembered, so a code seen over a shoulder
//! or replayed from a proxy log opens nothing. Enrolment takes effect only once a code from the
//! app has been checked, so nobody is locked out by a mistyped secret.

use crate::domain::account::{Role, TotpEnrolment, TotpView};
use crate::domain::forms::FieldErrors;
use crate::server::audit::{self, action, kind};
use crate::server::auth::access::{self, Actor};
use crate::server::context::Context;
use crate::server::crypto::{wrapped_kek_version, FieldRef, ServerKeys, KEY_SCHEME_KEK};
use crate::server::db::two_step::{NewSecret, SecretRow};
use crate::server::db::{self, Pool};
use crate::server::records::{entry, RecordError};
use anyhow::Context as _;
use rand::RngCore;
use totp_rs::{Algorithm, Secret, Totp};
use uuid::Uuid;

type Result<T> = std::result::Result<T, RecordError>;

/// The field name the secret is sealed under.
const FIELD: &str = "account_secrets.totp";
/// The setting that makes two-step verification compulsory for admins.
pub const ADMIN_SETTING: &str = "admin_totp_required";

fn totp(secret: &[u8], username: &str) -> Result<Totp> {
    totp_rs::Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(Secret::new(secret.to_vec().into_boxed_slice()))
        .with_issuer(Some("Izde"))
        .with_account_name(username)
        .build()
        .map_err(|e| RecordError::Internal(anyhow::anyhow!("cannot build the TOTP: {e}")))
}

fn bad_code(field: &str) -> RecordError {
    let mut errors = FieldErrors::default();
    errors.add(field, {
        let lang = crate::i18n::current();
        crate::i18n::tr!(lang, "account-two-step-bad-code")
    });
    RecordError::Invalid(errors)
}

fn step_time(cx: &Context) -> u64 {
    u64::try_from(cx.clock.unix()).unwrap_or_default()
}

async fn stored(pool: &Pool, user_id: &str) -> Result<Option<SecretRow>> {
    Ok(db::two_step::secret_of(pool, user_id).await?)
}

fn open(keys: &ServerKeys, s: &SecretRow) -> Result<Vec<u8>> {
    let id = Uuid::parse_str(&s.id).map_err(|_| RecordError::NotFound)?;
    let dek = keys.unwrap_data_key(id, &s.dek_wrapped)?;
    let base32 = dek.open(&FieldRef::of(id, FIELD), &s.totp_sealed)?;
    Secret::try_from_base32(base32.expose())
        .map(|s| s.as_bytes().to_vec())
        .map_err(|_| RecordError::Internal(anyhow::anyhow!("a stored TOTP secret is unreadable")))
}

/// Whether the account has two-step verification turned on.
pub async fn enabled(pool: &Pool, user_id: &str) -> Result<bool> {
    let confirmed = db::two_step::confirmed_of(pool, user_id).await?;
    Ok(confirmed.is_some_and(|c| c != 0))
}

/// What the account page shows: on or off, and a pending enrolment's secret and QR code.
pub async fn status(cx: &Context, actor: &Actor) -> Result<TotpView> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    let Actor::User(me) = actor else {
        return Err(RecordError::Forbidden(log_in_first()));
    };
    let required = me.role == Role::Admin && access::setting(pool, ADMIN_SETTING).await?;
    let pending = match stored(pool, &me.id).await? {
        Some(s) if s.confirmed == 0 => Some(enrolment(&open(keys, &s)?, &me.username)?),
        _ => None,
    };
    Ok(TotpView {
        enabled: enabled(pool, &me.id).await?,
        required,
        pending,
    })
}

fn enrolment(secret: &[u8], username: &str) -> Result<TotpEnrolment> {
    let t = totp(secret, username)?;
    let url = t
        .to_url()
        .map_err(|e| RecordError::Internal(anyhow::anyhow!("cannot write the TOTP URL: {e}")))?;
    let qr = qrcode::QrCode::new(url.as_bytes())
        .map_err(|e| RecordError::Internal(anyhow::anyhow!("cannot draw the QR code: {e}")))?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .build();
    Ok(TotpEnrolment {
        secret: Secret::new(secret.to_vec().into_boxed_slice()).to_base32(),
        url,
        qr_svg: qr,
    })
}

/// Starts (or starts again) enrolment with a new secret; it takes effect once [`confirm`]ed.
pub async fn begin(cx: &Context, actor: &Actor) -> Result<()> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    let Some(user_id) = actor.user_id() else {
        return Err(RecordError::Forbidden(log_in_first()));
    };
    if enabled(pool, user_id).await? {
        return Err(RecordError::Forbidden({
            let lang = crate::i18n::current();
            crate::i18n::tr!(lang, "account-two-step-already-on")
        }));
    }
    let mut secret = [0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    let id = Uuid::now_v7();
    let (dek, wrapped) = keys.new_data_key(id)?;
    let sealed = dek.seal(
        &FieldRef::of(id, FIELD),
        &Secret::new(secret.to_vec().into_boxed_slice()).to_base32(),
    );
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    db::two_step::delete_of(&mut tx, user_id).await?;
    db::two_step::insert(
        &mut tx,
        &NewSecret {
            id: &id.to_string(),
            user_id,
            dek_wrapped: &wrapped,
            key_scheme: KEY_SCHEME_KEK,
            kek_version: wrapped_kek_version(&wrapped),
            totp_sealed: &sealed,
            created_at: &cx.clock.stamp(),
        },
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// Accepts `code` once for `user_id` (its step is then spent), or says no.
async fn accept(cx: &Context, user_id: &str, username: &str, code: &str) -> Result<bool> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    let Some(s) = stored(pool, user_id).await? else {
        return Ok(false);
    };
    let secret = open(keys, &s)?;
    let Some(step) = totp(&secret, username)?.check(code.trim(), step_time(cx)) else {
        return Ok(false);
    };
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    if s.last_step.is_some_and(|last| step <= last) {
        return Ok(false);
    }
    // Spent atomically: of two requests with the same code, one wins.
    Ok(db::two_step::spend_step(pool, &s.id, step).await?)
}

/// Turns two-step verification on once a code from the app checks out.
pub async fn confirm(cx: &Context, actor: &Actor, code: &str) -> Result<()> {
    change_with_code(cx, actor, code, Change::Confirm).await
}

/// What a code may do to the actor's own secret.
#[derive(Clone, Copy)]
enum Change {
    /// Marks it confirmed: two-step verification is on.
    Confirm,
    /// Deletes it: two-step verification is off.
    Remove,
}

/// Makes `change` (to the actor's own secret) once `code` checks out, with its audit entry.
async fn change_with_code(cx: &Context, actor: &Actor, code: &str, change: Change) -> Result<()> {
    let pool = &cx.pool;
    let Actor::User(me) = actor else {
        return Err(RecordError::Forbidden(log_in_first()));
    };
    if !accept(cx, &me.id, &me.username, code).await? {
        return Err(bad_code("code"));
    }
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    match change {
        Change::Confirm => db::two_step::confirm(&mut tx, &me.id).await?,
        Change::Remove => db::two_step::delete_of(&mut tx, &me.id).await?,
    }
    audit::append(
        &mut tx,
        &entry(actor, action::USER_UPDATE, kind::USER, &me.id),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// Turns it off (a current code is needed; not for an admin while the setting requires it).
pub async fn disable(cx: &Context, actor: &Actor, code: &str) -> Result<()> {
    let pool = &cx.pool;
    let Actor::User(me) = actor else {
        return Err(RecordError::Forbidden(log_in_first()));
    };
    if me.role == Role::Admin && access::setting(pool, ADMIN_SETTING).await? {
        return Err(RecordError::Forbidden({
            let lang = crate::i18n::current();
            crate::i18n::tr!(lang, "account-two-step-admins-keep")
        }));
    }
    change_with_code(cx, actor, code, Change::Remove).await
}

/// Checks the second step of a log-in.
pub async fn check_login(cx: &Context, user_id: &str, username: &str, code: &str) -> Result<bool> {
    accept(cx, user_id, username, code).await
}

/// The code an authenticator app would show now (tests and the demo only).
pub async fn current_code(cx: &Context, user_id: &str, username: &str) -> Result<String> {
    let (pool, keys) = (&cx.pool, &*cx.keys);
    let s = stored(pool, user_id).await?.ok_or(RecordError::NotFound)?;
    Ok(totp(&open(keys, &s)?, username)?
        .generate(step_time(cx))
        .to_string())
}

/// "Log in first.", in the request's language.
fn log_in_first() -> String {
    let lang = crate::i18n::current();
    crate::i18n::tr!(lang, "login-first")
}
