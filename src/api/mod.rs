//! Server functions: thin — who is asking, parse, call the record service, return a wire type.
//! Every one checks the caller's account itself (the request guard in `server::auth` is a second
//! line, not the only one).

use crate::domain::account::Me;
use crate::domain::case::{CaseDetail, CaseFilter, CasePage, Revision};
use crate::domain::reveal::{RevealRequestView, RevealView};
use crate::domain::vocab::Vocabularies;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
fn state() -> Result<crate::server::state::AppState, AppError> {
    use_context::<crate::server::state::AppState>().ok_or_else(|| {
        crate::server::records::RecordError::Internal(anyhow::anyhow!("no AppState in context"))
            .into()
    })
}

/// The signed-in account of the request being served, if any.
#[cfg(feature = "ssr")]
pub fn current_user() -> Option<Me> {
    use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Me>().cloned())
}

/// The caller, or `NotSignedIn`.
#[cfg(feature = "ssr")]
fn actor() -> Result<crate::server::auth::access::Actor, AppError> {
    current_user()
        .map(crate::server::auth::access::Actor::User)
        .ok_or(AppError::NotSignedIn)
}

/// The signed-in actor of the request and the app's context (keys fresh from the keyring).
#[cfg(feature = "ssr")]
async fn actor_and_context() -> Result<
    (
        crate::server::auth::access::Actor,
        crate::server::context::Context,
    ),
    AppError,
> {
    let actor = actor()?;
    Ok((actor, state()?.context().await?))
}

/// One page of the case list (names only where the caller may see them).
#[server(endpoint = "cases/list")]
pub async fn list_cases(filter: CaseFilter) -> Result<CasePage, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::list_cases(&cx, &actor, &filter).await?)
}

/// Everything the case page shows, as the caller may see it.
#[server(endpoint = "cases/get")]
pub async fn get_case(id: String) -> Result<CaseDetail, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::case_detail(&cx, &actor, &id).await?)
}

/// The tombstone of an erased case (the reason for admins only), or `None`.
#[server(endpoint = "cases/erasure")]
pub async fn case_erasure(id: String) -> Result<Option<crate::domain::case::Erased>, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::erasure_of(&cx, &actor, &id).await?)
}

/// A case's revisions, newest first, with what each changed.
#[server(endpoint = "cases/history")]
pub async fn case_history(id: String) -> Result<Vec<Revision>, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::case_history(&cx, &actor, &id).await?)
}

/// A case as it was at one revision.
#[server(endpoint = "cases/at")]
pub async fn case_at(id: String, revision: i64) -> Result<CaseDetail, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::case_at(&cx, &actor, &id, revision).await?)
}

/// The caller's latest reveal request for a case (researchers).
#[server(endpoint = "reveals/mine")]
pub async fn my_reveal(id: String) -> Result<Option<RevealView>, AppError> {
    let actor = actor()?;
    let s = state()?;
    Ok(crate::server::auth::reveals::mine(&s.pool, &s.clock, &actor, &id).await?)
}

/// Reveal requests waiting for a decision (admins).
#[server(endpoint = "reveals/pending")]
pub async fn pending_reveals() -> Result<Vec<RevealRequestView>, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::auth::reveals::pending(&cx.pool, &cx.keys, &actor).await?)
}

/// Pairs of cases that may be one person, waiting for an admin's decision.
#[server(endpoint = "duplicates/open")]
pub async fn duplicate_pairs() -> Result<Vec<crate::domain::case::DuplicatePair>, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::duplicate_pairs(&cx, &actor).await?)
}

/// Two cases of an open review pair side by side, for the merge page (admins).
#[server(endpoint = "duplicates/merge-preview")]
pub async fn merge_preview(pair: String) -> Result<crate::domain::merge::MergePreview, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::merge_preview(&cx, &actor, &pair).await?)
}

/// The places admins added to the gazetteer, newest first (admins).
#[server(endpoint = "places/added")]
pub async fn added_places() -> Result<Vec<crate::domain::vocab::AddedPlace>, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::added_places(&cx, &actor).await?)
}

/// Where a case merged into another went, or `None`.
#[server(endpoint = "cases/merged-into")]
pub async fn case_merge(id: String) -> Result<Option<crate::domain::case::MergedInto>, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::merge_of(&cx, &actor, &id).await?)
}

/// The vocabularies and gazetteer, for forms and filters.
#[server(endpoint = "vocabularies")]
pub async fn get_vocabularies() -> Result<Vocabularies, AppError> {
    actor()?;
    let state = state()?;
    Ok((*state.vocab.fresh(&state.pool).await?).clone())
}

/// How the server reads a date being typed, in the page's language ([`DateReading::understood`]:
/// it is a date; else `text` says why not).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateReading {
    pub understood: bool,
    pub text: String,
}

/// The line under a date field while someone types (signed-in accounts; nothing is stored).
#[server(endpoint = "dates/read")]
pub async fn read_date(text: String) -> Result<DateReading, AppError> {
    actor()?;
    let lang = crate::i18n::of_this_request();
    // No date is longer; the parser refuses long input itself too.
    let text: String = text.chars().take(200).collect();
    Ok(match crate::i18n::dates::read_as(lang, &text) {
        Ok(text) => DateReading {
            understood: true,
            text,
        },
        Err(text) => DateReading {
            understood: false,
            text,
        },
    })
}

/// What every page needs to know about the server and who is using it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerInfo {
    /// The server runs on the generated development key.
    pub development_key: bool,
    /// The server waits to be unsealed: records cannot be shown or saved.
    pub sealed: bool,
    /// The signed-in account.
    pub me: Option<Me>,
}

/// The signed-in account the page was rendered for (none when signed out).
pub fn signed_in() -> Option<Me> {
    leptos::prelude::use_context::<ServerInfo>().and_then(|i| i.me)
}

/// Reads the server info during server rendering (the browser receives it with the page).
pub fn server_info() -> ServerInfo {
    #[cfg(feature = "ssr")]
    {
        use_context::<crate::server::state::AppState>()
            .map(|s| ServerInfo {
                development_key: s.keys.is_development(),
                sealed: s.keys.is_sealed(),
                me: current_user(),
            })
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        ServerInfo::default()
    }
}

/// Every account and the settings (admins).
#[server(endpoint = "admin/accounts")]
pub async fn list_accounts() -> Result<
    (
        Vec<crate::domain::account::AccountView>,
        crate::domain::account::Settings,
    ),
    AppError,
> {
    let actor = actor()?;
    let s = state()?;
    let accounts = crate::server::auth::admin::list_accounts(&s.pool, &actor).await?;
    let settings = crate::server::auth::admin::settings(&s.pool, &actor).await?;
    Ok((accounts, settings))
}

/// The signed-in account's personal API tokens, newest first (never the tokens themselves).
#[server(endpoint = "account/api-tokens")]
pub async fn my_api_tokens() -> Result<Vec<crate::domain::account::ApiTokenView>, AppError> {
    let actor = actor()?;
    let s = state()?;
    Ok(crate::server::api_v1::tokens::mine(&s.pool, &s.clock, &actor).await?)
}

/// Every account's personal API tokens (admins).
#[server(endpoint = "admin/api-tokens")]
pub async fn all_api_tokens() -> Result<Vec<crate::domain::account::ApiTokenView>, AppError> {
    let actor = actor()?;
    let s = state()?;
    Ok(crate::server::api_v1::tokens::all(&s.pool, &s.clock, &actor).await?)
}

/// The least protection each export profile accepts (those who export).
#[server(endpoint = "export/minimums")]
pub async fn export_minimums() -> Result<crate::domain::export::ExportMinimums, AppError> {
    let actor = actor()?;
    if !actor.role().exports() {
        return Err(AppError::Forbidden(
            "Exports are made by researchers and coordinators.".into(),
        ));
    }
    let s = state()?;
    Ok(crate::server::auth::admin::export_minimums(&s.pool).await?)
}

/// Volunteers an admin may assign to a case (admins).
#[server(endpoint = "admin/volunteers")]
pub async fn list_volunteers() -> Result<Vec<String>, AppError> {
    let actor = actor()?;
    let s = state()?;
    Ok(crate::server::auth::admin::list_accounts(&s.pool, &actor)
        .await?
        .into_iter()
        .filter(|a| a.role == crate::domain::account::Role::Volunteer && !a.disabled)
        .map(|a| a.username)
        .collect())
}

/// One page of the audit log and the verdict of a fresh chain check (admins).
#[server(endpoint = "admin/audit")]
pub async fn audit_log(
    filter: crate::domain::audit::AuditFilter,
) -> Result<
    (
        crate::domain::audit::AuditPage,
        crate::domain::audit::AuditVerification,
    ),
    AppError,
> {
    let actor = actor()?;
    actor.require(
        &[crate::domain::account::Role::Admin],
        crate::server::auth::access::Doing::ReadAuditLog,
    )?;
    let s = state()?;
    let internal =
        |e: anyhow::Error| AppError::from(crate::server::records::RecordError::Internal(e));
    let mut filter = filter;
    // The page filters by username; the log stores account ids.
    if let Some(name) = crate::domain::audit::AuditFilter::text(&filter.actor).map(str::to_string) {
        let folded = crate::server::auth::accounts::fold_username(&name).unwrap_or(name);
        let id = async {
            let mut conn = s.pool.acquire().await?;
            crate::server::db::accounts::id_by_name(&mut conn, &folded).await
        }
        .await
        .map_err(|e| internal(e.into()))?;
        filter.actor = Some(id.unwrap_or(folded));
    }
    if let Err(e) = filter.time_range() {
        let mut errors = crate::domain::forms::FieldErrors::default();
        errors.add(e.field, "write a date as YYYY-MM-DD");
        return Err(AppError::Validation(errors));
    }
    let (items, total) = crate::server::audit::list(&s.pool, &filter)
        .await
        .map_err(internal)?;
    let verdict = crate::server::audit::verify_since(&s.pool, &s.reads)
        .await
        .map_err(internal)?;
    Ok((
        crate::domain::audit::AuditPage {
            items,
            page: filter.page(),
            page_size: filter.page_size(),
            total,
        },
        verdict,
    ))
}

/// The caller's two-step verification: on or off, and a pending enrolment.
#[server(endpoint = "account/totp")]
pub async fn totp_status() -> Result<crate::domain::account::TotpView, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::auth::two_step::status(&cx, &actor).await?)
}

/// The current filters in words, in the page's language ("Status: In a camp; Year of
/// disappearance: 2018"); None when nothing is chosen.
#[server(endpoint = "cases/selection")]
pub async fn describe_selection(filter: CaseFilter) -> Result<Option<String>, AppError> {
    actor()?;
    let state = state()?;
    let vocab = state.vocab.fresh(&state.pool).await?;
    Ok(filter.describe_in(&vocab, crate::i18n::current()))
}

/// The statistics page's figures for the current filters (small counts hidden from researchers).
#[server(endpoint = "cases/statistics")]
pub async fn statistics(filter: CaseFilter) -> Result<crate::domain::stats::Statistics, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::stats::statistics(&cx, &actor, &filter).await?)
}

/// Cases past their expected release with no news of the person since, for the current filters.
#[server(endpoint = "cases/release-alerts")]
pub async fn release_alerts(
    filter: CaseFilter,
) -> Result<crate::domain::case::ReleaseAlerts, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::alerts::release_alerts(&cx, &actor, &filter).await?)
}

/// The cross-case timeline of the current filters: waves of events per kind, and a lane per case
/// when the selection is small.
#[server(endpoint = "cases/timeline")]
pub async fn cross_timeline(
    filter: CaseFilter,
) -> Result<crate::domain::waves::CrossTimeline, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::waves::cross_timeline(&cx, &actor, &filter).await?)
}

/// An export the caller made on the export page: its risk report and first rows.
#[server(endpoint = "export/ready")]
pub async fn export_ready(token: String) -> Result<crate::domain::export::ExportReady, AppError> {
    let actor = actor()?;
    let s = state()?;
    let id = actor.user_id().ok_or(AppError::NotSignedIn)?;
    s.exports.ready(&token, id).ok_or(AppError::NotFound)
}

/// A case's UN submission pack page: consent and the working group's checklist (`template`:
/// `wgeid` or `wgad`). Only for those who may change the case.
#[server(endpoint = "cases/pack")]
pub async fn get_pack(
    id: String,
    template: String,
) -> Result<crate::domain::pack::PackView, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::pack_view(&cx, &actor, &id, &template).await?)
}

/// A case's dossier for advocacy meetings, as the caller may read the case (a reading, like the
/// case page; the PDF is made by a form post and audited).
#[server(endpoint = "cases/dossier")]
pub async fn get_dossier(id: String) -> Result<crate::domain::document::Document, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::records::dossier(&cx, &actor, &id, false).await?)
}

/// The public register's candidates and its last publication (admins).
#[server(endpoint = "register/overview")]
pub async fn register_overview() -> Result<crate::domain::register::RegisterOverview, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::register::overview(&cx, &actor).await?)
}

/// One case's review before its publication in the register (admins).
#[server(endpoint = "register/review")]
pub async fn register_review(
    id: String,
) -> Result<crate::domain::register::RegisterReview, AppError> {
    let (actor, cx) = actor_and_context().await?;
    Ok(crate::server::register::review(&cx, &actor, &id).await?)
}
