//! The endpoints: thin — read the parameters, call the record service the page calls (which
//! decides what the caller may see and logs what it opens), answer its wire type.

use super::error::{ApiError, ApiResult};
use super::params::{self, FILTERS};
use super::wire;
use super::Caller;
use crate::server::auth::access::Actor;
use crate::server::records::{self, alerts::AlertPosition, Position};
use crate::server::state::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::{Extension, Json};

/// The query parameters of `GET /api/v1/cases` (for the OpenAPI document; the handler reads the
/// query itself, to refuse unknown parameters by name).
#[allow(dead_code)]
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CaseListQuery {
    /// Case status code (vocabulary `case_status`).
    status: Option<String>,
    /// Prefecture id of the last known place (gazetteer).
    prefecture: Option<String>,
    /// Last known place id, exactly (gazetteer).
    place: Option<String>,
    /// Legal charge code of a detention.
    charge: Option<String>,
    /// Year of disappearance.
    year: Option<i32>,
    /// Year of a dated detention or camp event.
    detained: Option<i32>,
    /// Longest sentence: `lt5`, `5-10`, `10-20`, `20plus` or `life`.
    sentence: Option<String>,
    ethnicity: Option<String>,
    gender: Option<String>,
    verification: Option<String>,
    /// A cited source's type.
    source_type: Option<String>,
    /// Words in the cases' unencrypted text (never names).
    q: Option<String>,
    /// `updated` (default: last updated first), `disappeared` or `sentence`.
    sort: Option<String>,
    /// Cases per slice, 1 to 100 (default 25).
    limit: Option<u32>,
    /// The `next_cursor` of the previous slice.
    cursor: Option<String>,
}

/// The query parameters of `GET /api/v1/statistics`.
#[allow(dead_code)]
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatisticsQuery {
    status: Option<String>,
    prefecture: Option<String>,
    place: Option<String>,
    charge: Option<String>,
    year: Option<i32>,
    detained: Option<i32>,
    sentence: Option<String>,
    ethnicity: Option<String>,
    gender: Option<String>,
    verification: Option<String>,
    source_type: Option<String>,
    q: Option<String>,
}

/// The query parameters of `GET /api/v1/release-alerts`.
#[allow(dead_code)]
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AlertsQuery {
    status: Option<String>,
    prefecture: Option<String>,
    place: Option<String>,
    charge: Option<String>,
    year: Option<i32>,
    detained: Option<i32>,
    sentence: Option<String>,
    ethnicity: Option<String>,
    gender: Option<String>,
    verification: Option<String>,
    source_type: Option<String>,
    q: Option<String>,
    /// Alerts per slice, 1 to 100 (default 25).
    limit: Option<u32>,
    /// The `next_cursor` of the previous slice.
    cursor: Option<String>,
}

/// The case id of a path (`{id}`), as a string the record services read.
#[allow(dead_code)]
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
pub struct CaseId {
    /// The case's id (a UUID).
    id: uuid::Uuid,
}

fn actor(caller: &Caller) -> Actor {
    Actor::User(caller.me.clone())
}

/// The parameters a listing takes: the filters and `extra`.
fn allowed(extra: &[&'static str]) -> Vec<&'static str> {
    FILTERS.iter().chain(extra).copied().collect()
}

/// The case list, filtered and faceted as on the case list page, in slices.
#[utoipa::path(
    get,
    path = "/api/v1/cases",
    tag = "cases",
    params(CaseListQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "A slice of the case list", body = wire::CaseList),
        (status = 400, description = "A parameter, filter or cursor not accepted", body = wire::ErrorBody),
        (status = 401, description = "No valid token", body = wire::ErrorBody),
        (status = 403, description = "The account may not use the API now", body = wire::ErrorBody),
        (status = 429, description = "Too many calls with this token", body = wire::ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn list_cases(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    RawQuery(query): RawQuery,
) -> ApiResult<wire::CaseList> {
    let cx = state.context().await?;
    let params = params::parse(query.as_deref(), &allowed(&["sort", "limit", "cursor"]))?;
    let filter = params::filter(&params, &cx.vocab)?;
    let limit = params::limit(&params)?;
    let after: Option<Position> = params::decode(&params, "cases", &filter)?;
    let slice =
        records::list_cases_after(&cx, &actor(&caller), &filter, after.as_ref(), limit).await?;
    Ok(Json(wire::CaseList {
        items: slice.items.iter().map(wire::CaseSummary::from).collect(),
        total: slice.total,
        next_cursor: slice.next.map(|p| params::encode("cases", &filter, &p)),
        facets: slice.facets.iter().map(wire::Facet::from).collect(),
    }))
}

/// The case as its page shows it to the caller (names and sealed fields only for those who may
/// see them).
async fn detail(
    state: &AppState,
    caller: &Caller,
    id: &str,
) -> Result<crate::domain::case::CaseDetail, ApiError> {
    let cx = state.context().await?;
    Ok(records::case_detail(&cx, &actor(caller), id).await?)
}

/// One case: the missing person, detentions, testifiers and testimonies.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{id}",
    tag = "cases",
    params(CaseId),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The case, as the caller may see it", body = wire::Case),
        (status = 401, description = "No valid token", body = wire::ErrorBody),
        (status = 404, description = "No such case", body = wire::ErrorBody),
        (status = 429, description = "Too many calls with this token", body = wire::ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn get_case(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> ApiResult<wire::Case> {
    Ok(Json(wire::Case::from(&detail(&state, &caller, &id).await?)))
}

/// A case's timeline: its events by date, with the sources each cites.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{id}/timeline",
    tag = "cases",
    params(CaseId),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The case's events", body = wire::Timeline),
        (status = 401, description = "No valid token", body = wire::ErrorBody),
        (status = 404, description = "No such case", body = wire::ErrorBody),
        (status = 429, description = "Too many calls with this token", body = wire::ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn case_timeline(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> ApiResult<wire::Timeline> {
    Ok(Json(wire::Timeline::from(
        &detail(&state, &caller, &id).await?,
    )))
}

/// A case's sources.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{id}/sources",
    tag = "cases",
    params(CaseId),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The case's sources", body = wire::Sources),
        (status = 401, description = "No valid token", body = wire::ErrorBody),
        (status = 404, description = "No such case", body = wire::ErrorBody),
        (status = 429, description = "Too many calls with this token", body = wire::ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn case_sources(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> ApiResult<wire::Sources> {
    Ok(Json(wire::Sources::from(
        &detail(&state, &caller, &id).await?,
    )))
}

/// A case's claims with their provenance: the sources cited for or against each, and its
/// verification level.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{id}/claims",
    tag = "cases",
    params(CaseId),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The case's claims", body = wire::Claims),
        (status = 401, description = "No valid token", body = wire::ErrorBody),
        (status = 404, description = "No such case", body = wire::ErrorBody),
        (status = 429, description = "Too many calls with this token", body = wire::ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn case_claims(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> ApiResult<wire::Claims> {
    Ok(Json(wire::Claims::from(
        &detail(&state, &caller, &id).await?,
    )))
}

/// The statistics page's figures for the selected cases (small counts hidden from researchers).
#[utoipa::path(
    get,
    path = "/api/v1/statistics",
    tag = "statistics",
    params(StatisticsQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The figures", body = wire::Statistics),
        (status = 400, description = "A parameter or filter not accepted", body = wire::ErrorBody),
        (status = 401, description = "No valid token", body = wire::ErrorBody),
        (status = 429, description = "Too many calls with this token", body = wire::ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn statistics(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    RawQuery(query): RawQuery,
) -> ApiResult<wire::Statistics> {
    let cx = state.context().await?;
    let params = params::parse(query.as_deref(), FILTERS)?;
    let filter = params::filter(&params, &cx.vocab)?;
    let figures = records::stats::statistics(&cx, &actor(&caller), &filter).await?;
    Ok(Json(wire::Statistics::from(&figures)))
}

/// The release alerts: cases past their expected release with no news of the person since,
/// longest overdue first, in slices.
#[utoipa::path(
    get,
    path = "/api/v1/release-alerts",
    tag = "statistics",
    params(AlertsQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "A slice of the alerts", body = wire::ReleaseAlerts),
        (status = 400, description = "A parameter, filter or cursor not accepted", body = wire::ErrorBody),
        (status = 401, description = "No valid token", body = wire::ErrorBody),
        (status = 429, description = "Too many calls with this token", body = wire::ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn release_alerts(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    RawQuery(query): RawQuery,
) -> ApiResult<wire::ReleaseAlerts> {
    let cx = state.context().await?;
    let params = params::parse(query.as_deref(), &allowed(&["limit", "cursor"]))?;
    let filter = params::filter(&params, &cx.vocab)?;
    let limit = params::limit(&params)?;
    let after: Option<AlertPosition> = params::decode(&params, "release-alerts", &filter)?;
    let slice =
        records::alerts::release_alerts_after(&cx, &actor(&caller), &filter, after.as_ref(), limit)
            .await?;
    Ok(Json(wire::ReleaseAlerts {
        items: slice.items.iter().map(wire::ReleaseAlert::from).collect(),
        total: slice.total,
        as_of: slice.as_of.to_string(),
        next_cursor: slice
            .next
            .map(|p| params::encode("release-alerts", &filter, &p)),
    }))
}

/// This API's OpenAPI 3.1 description (no token needed: it holds no data).
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json"))
)]
pub async fn openapi() -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        super::openapi::document(),
    )
        .into_response()
}
