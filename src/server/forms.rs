//! Form posts. Every form posts to its own page URL, so it works before (or without) WebAssembly:
//! on success the browser is redirected to the record (303 See Other); on failure the same page is
//! rendered again with everything that was typed and each error next to its field.

use crate::app::shell;
use crate::domain::forms::{EventForm, IntakeForm, PersonForm, SourceForm, Submission};
use crate::error::AppError;
use crate::server::records::{self, RecordError};
use crate::server::state::AppState;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{request::Parts, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::provide_context;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Largest accepted form body (a long transcript fits).
const MAX_FORM_BYTES: usize = 4 * 1024 * 1024;

/// Reads an urlencoded body into a form type whose fields are all strings (repeated keys → lists).
async fn read_form<T: DeserializeOwned + Default>(body: Body) -> Result<T, Response> {
    let bytes = axum::body::to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, "The form is too large.").into_response())?;
    serde_html_form::from_bytes(&bytes)
        .map_err(|_| (StatusCode::BAD_REQUEST, "The form could not be read.").into_response())
}

/// Renders the page again for the same URL, with the submission in context: completely, before
/// sending (like the routes' `SsrMode::Async`), so it reads without JavaScript.
async fn render_again(
    state: AppState,
    parts: Parts,
    submission: Submission,
    status: StatusCode,
) -> Response {
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(submission.clone());
        },
        move || shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    *response.status_mut() = status;
    response
}

/// Turns the outcome of a save into a redirect or the page with errors.
async fn respond<T: Serialize>(
    state: AppState,
    parts: Parts,
    form: &T,
    outcome: Result<String, RecordError>,
) -> Response {
    let error = match outcome {
        Ok(location) => return Redirect::to(&location).into_response(),
        Err(e) => AppError::from(e),
    };
    let values = serde_json::to_value(form).unwrap_or_default();
    let (errors, status) = match &error {
        AppError::Validation(errors) => (errors.clone(), StatusCode::UNPROCESSABLE_ENTITY),
        AppError::NotFound => (Default::default(), StatusCode::NOT_FOUND),
        AppError::Sealed => (Default::default(), StatusCode::SERVICE_UNAVAILABLE),
        _ => (Default::default(), StatusCode::INTERNAL_SERVER_ERROR),
    };
    let submission = Submission {
        values,
        errors,
        message: Some(error.to_string()),
    };
    render_again(state, parts, submission, status).await
}

/// POST /cases/new — the guided intake.
pub async fn intake(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let form: IntakeForm = match read_form(body).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let outcome = async {
        let keys = state.keys.get()?;
        records::create_testimony(&state.pool, &keys, &state.vocab, &form)
            .await
            .map(|id| format!("/cases/{id}"))
    }
    .await;
    respond(state, parts, &form, outcome).await
}

/// POST /cases/{id}/edit — the missing person's profile.
pub async fn edit_case(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let form: PersonForm = match read_form(body).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let outcome = async {
        let keys = state.keys.get()?;
        records::update_case(&state.pool, &keys, &state.vocab, &id, &form)
            .await
            .map(|()| format!("/cases/{id}"))
    }
    .await;
    respond(state, parts, &form, outcome).await
}

/// POST /cases/{id}/events/new — a new timeline event.
pub async fn new_event(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    save_event(state, id, None, request).await
}

/// POST /cases/{id}/events/{event}/edit — an edited timeline event.
pub async fn edit_event(
    State(state): State<AppState>,
    Path((id, event)): Path<(String, String)>,
    request: Request,
) -> Response {
    save_event(state, id, Some(event), request).await
}

async fn save_event(
    state: AppState,
    id: String,
    event: Option<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let form: EventForm = match read_form(body).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let outcome = async {
        let keys = state.keys.get()?;
        records::save_event(
            &state.pool,
            &keys,
            &state.vocab,
            &id,
            event.as_deref(),
            &form,
        )
        .await
        .map(|event| format!("/cases/{id}#event-{event}"))
    }
    .await;
    respond(state, parts, &form, outcome).await
}

/// POST /cases/{id}/sources/new — a new source linked to events.
pub async fn new_source(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let form: SourceForm = match read_form(body).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let outcome = async {
        let keys = state.keys.get()?;
        records::add_source(&state.pool, &keys, &state.vocab, &id, &form)
            .await
            .map(|source| format!("/cases/{id}#source-{source}"))
    }
    .await;
    respond(state, parts, &form, outcome).await
}
