//! Form posts. Every form posts to its own page URL, so it works before (or without) WebAssembly:
//! on success the browser is redirected to the record (303 See Other); on failure the same page is
//! rendered again with everything that was typed and each error next to its field.

use crate::app::shell;
use crate::domain::case::SearchOutcome;
use crate::domain::forms::{
    ConsentForm, DetentionForm, ErasureForm, EventForm, PersonForm, RelativesChange, RemovalForm,
    SourceForm, Submission, TestifierForm, TestimonyForm, MAX_RELATIVES,
};
use crate::error::AppError;
use crate::i18n::tr;
use crate::server::auth::access::Actor;
use crate::server::context::Context;
use crate::server::http::extract::{Posted, SignedIn};
use crate::server::records::{self, RecordError};
use crate::server::state::AppState;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{request::Parts, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::provide_context;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::BTreeMap;

/// Renders the page again for the same URL, with what was posted (a [`Submission`], a search's
/// outcome) in context: completely, before sending (like the routes' `SsrMode::Async`), so it
/// reads without JavaScript.
pub(crate) async fn render_again<T: Clone + Send + Sync + 'static>(
    state: AppState,
    parts: Parts,
    posted: T,
    status: StatusCode,
) -> Response {
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(posted.clone());
        },
        move || shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    *response.status_mut() = status;
    response
}

/// The name search's form.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct SearchForm {
    q: String,
}

/// POST /cases/search — a name search. Posted, so that the name never appears in a URL, a log
/// line or the browser's history; the page is rendered with the results.
pub async fn search(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<SearchForm>,
) -> Response {
    let actor = user.actor();
    let query = form.q.trim().chars().take(200).collect::<String>();
    let mut outcome = SearchOutcome {
        query: query.clone(),
        ..SearchOutcome::default()
    };
    let found = async {
        let cx = state.context().await?;
        records::search_cases(&cx, &actor, &query).await
    }
    .await;
    let lang = crate::i18n::current();
    let status = match found {
        Ok(found) if found.hits.is_empty() && found.hidden == 0 => {
            outcome.message = Some(
                if crate::server::records::search::Query::parse(&query).is_empty() {
                    tr!(lang, "caseform-search-empty")
                } else {
                    tr!(lang, "caseform-search-none")
                },
            );
            StatusCode::OK
        }
        Ok(records::Found { hits, hidden, .. }) => {
            outcome.hidden = hidden;
            if (hits.len() + hidden) as i64 >= records::SEARCH_LIMIT {
                outcome.message =
                    Some(tr!(lang, "caseform-search-limit", {"count" => records::SEARCH_LIMIT}));
            }
            outcome.hits = hits
                .into_iter()
                .map(|(summary, how)| {
                    let why = match how {
                        crate::server::records::search::Match::IdNumber => {
                            tr!(lang, "caseform-search-same-id")
                        }
                        crate::server::records::search::Match::FullName => {
                            tr!(lang, "caseform-search-same-name")
                        }
                        crate::server::records::search::Match::Words => {
                            tr!(lang, "caseform-search-words")
                        }
                    };
                    (summary, why)
                })
                .collect();
            StatusCode::OK
        }
        Err(e) => {
            let e = AppError::from(e);
            outcome.message = Some(e.to_string());
            e.status()
        }
    };
    tracing::info!(results = outcome.hits.len(), "name search");
    render_again(state, parts, outcome, status).await
}

/// Turns the outcome of a save into a redirect or the page with errors.
pub(crate) async fn respond<T: Serialize>(
    state: AppState,
    parts: Parts,
    form: &T,
    outcome: Result<String, RecordError>,
) -> Response {
    let mut values = serde_json::to_value(form).unwrap_or_default();
    let error = match outcome {
        Ok(location) => return Redirect::to(&location).into_response(),
        Err(RecordError::Duplicate(lookalikes)) => {
            let lang = crate::i18n::current();
            let mut errors = crate::domain::forms::FieldErrors::default();
            for (i, found) in lookalikes.iter().enumerate() {
                if !found.is_empty() {
                    errors.add(
                        &crate::domain::forms::relative_field(i, "name"),
                        tr!(lang, "intake-duplicate-field"),
                    );
                }
            }
            let submission = Submission {
                values,
                errors,
                message: Some(tr!(lang, "intake-duplicate-message")),
                lookalikes,
            };
            return render_again(state, parts, submission, StatusCode::CONFLICT).await;
        }
        Err(RecordError::Stale(message, current)) => {
            // What they typed stays; the form now carries the current revision, so saving again
            // (after comparing) replaces the other version deliberately.
            if let Some(v) = values.get_mut("revision") {
                *v = serde_json::Value::String(current.to_string());
            }
            AppError::Conflict(message)
        }
        Err(e) => AppError::from(e),
    };
    let errors = match &error {
        AppError::Validation(errors) => errors.clone(),
        _ => Default::default(),
    };
    let status = error.status();
    let submission = Submission {
        values,
        errors,
        message: Some(error.to_string()),
        lookalikes: Vec::new(),
    };
    render_again(state, parts, submission, status).await
}

/// Saves a posted form as the signed-in actor with `save` (which answers the address to go to) and
/// answers with that redirect, or with the page (`parts`' URL) again showing what went wrong.
async fn save<T: Serialize>(
    state: AppState,
    user: SignedIn,
    parts: Parts,
    form: T,
    save: impl AsyncFnOnce(&Context, &Actor, &T) -> Result<String, RecordError>,
) -> Response {
    let actor = user.actor();
    let outcome = match state.context().await {
        Ok(cx) => save(&cx, &actor, &form).await,
        Err(e) => Err(e),
    };
    respond(state, parts, &form, outcome).await
}

/// POST /cases/new — the guided intake: one testimony about one or more missing relatives, each
/// saved as its own case in one transaction. "Add another missing relative" (and "Remove") post
/// the form too, and get it back with one relative more (or less), nothing saved.
///
/// The form is sent as `multipart/form-data` when it carries the testimony's recording (field
/// `recording`, after every text field): the file is received into the evidence store first and
/// recorded in the intake's own transaction, or removed if the intake is not saved.
pub async fn intake(
    State(state): State<AppState>,
    user: SignedIn,
    request: axum::extract::Request,
) -> Response {
    let (parts, mut form, pending) = match super::evidence::read_intake(&state, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    // Only for those who may enter testimonies; the others are refused by the save below.
    let change = form.apply_relatives_button();
    if let Some(change) = change.filter(|_| user.actor().role().creates_cases()) {
        let mut errors = crate::domain::forms::FieldErrors::default();
        let message = (change == RelativesChange::Full).then(|| {
            let lang = crate::i18n::current();
            let full = tr!(lang, "intake-relatives-full", {"count" => MAX_RELATIVES});
            errors.add("relatives", full.clone());
            full
        });
        if let Some(pending) = pending {
            pending.discard(&state.blobs).await;
            errors.add("recording", choose_again());
        }
        let submission = Submission {
            values: serde_json::to_value(&form).unwrap_or_default(),
            errors,
            message,
            lookalikes: Vec::new(),
        };
        return render_again(state, parts, submission, StatusCode::OK).await;
    }
    let actor = user.actor();
    let outcome = match state.context().await {
        Ok(cx) => match &pending {
            Some(file) => records::create_testimonies_with_file(&cx, &actor, &form, file).await,
            None => records::create_testimonies(&cx, &actor, &form).await,
        },
        Err(e) => Err(e),
    };
    let outcome = match outcome {
        Ok(ids) => ids
            .first()
            .map(|first| format!("/cases/{first}"))
            .ok_or(RecordError::NotFound),
        Err(mut e) => {
            // Not saved: the file goes too, and the form says to choose it again.
            if let Some(pending) = pending {
                pending.discard(&state.blobs).await;
                if let RecordError::Invalid(errors) = &mut e {
                    errors.add("recording", choose_again());
                }
            }
            Err(e)
        }
    };
    respond(state, parts, &form, outcome).await
}

/// The intake's file field when the form comes back: browsers do not keep a chosen file.
fn choose_again() -> String {
    let lang = crate::i18n::current();
    tr!(lang, "intake-choose-again")
}

/// POST /cases/{id}/edit — the missing person's profile.
pub async fn edit_case(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<PersonForm>,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        records::update_case(cx, actor, &id, form).await?;
        Ok(format!("/cases/{id}"))
    })
    .await
}

/// POST /cases/{id}/events/new — a new timeline event.
pub async fn new_event(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<EventForm>,
) -> Response {
    save_event(state, user, parts, (id, None), form).await
}

/// POST /cases/{id}/events/{event}/edit — an edited timeline event.
pub async fn edit_event(
    State(state): State<AppState>,
    Path((id, event)): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<EventForm>,
) -> Response {
    save_event(state, user, parts, (id, Some(event)), form).await
}

async fn save_event(
    state: AppState,
    user: SignedIn,
    parts: Parts,
    (id, event): (String, Option<String>),
    form: EventForm,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        let event = records::save_event(cx, actor, &id, event.as_deref(), form).await?;
        Ok(format!("/cases/{id}#event-{event}"))
    })
    .await
}

/// POST /cases/{id}/detentions/new — a new detention, trial or sentence.
pub async fn new_detention(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<DetentionForm>,
) -> Response {
    save_detention(state, user, parts, (id, None), form).await
}

/// POST /cases/{id}/detentions/{detention}/edit — a corrected detention.
pub async fn edit_detention(
    State(state): State<AppState>,
    Path((id, detention)): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<DetentionForm>,
) -> Response {
    save_detention(state, user, parts, (id, Some(detention)), form).await
}

async fn save_detention(
    state: AppState,
    user: SignedIn,
    parts: Parts,
    (id, detention): (String, Option<String>),
    form: DetentionForm,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        let detention = records::save_detention(cx, actor, &id, detention.as_deref(), form).await?;
        Ok(format!("/cases/{id}#detention-{detention}"))
    })
    .await
}

/// POST /cases/{id}/testimonies/new — another testimony (a second video, a written appeal).
pub async fn new_testimony(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<TestimonyForm>,
) -> Response {
    save_testimony(state, user, parts, (id, None), form).await
}

/// POST /cases/{id}/testimonies/{testimony}/edit — a corrected testimony.
pub async fn edit_testimony(
    State(state): State<AppState>,
    Path((id, testimony)): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<TestimonyForm>,
) -> Response {
    save_testimony(state, user, parts, (id, Some(testimony)), form).await
}

async fn save_testimony(
    state: AppState,
    user: SignedIn,
    parts: Parts,
    (id, testimony): (String, Option<String>),
    form: TestimonyForm,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        let testimony = records::save_testimony(cx, actor, &id, testimony.as_deref(), form).await?;
        Ok(format!("/cases/{id}#testimony-{testimony}"))
    })
    .await
}

/// POST /cases/{id}/erase — an admin erases a case (its key destroyed, a tombstone kept).
pub async fn erase_case(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<ErasureForm>,
) -> Response {
    let blobs = state.blobs.clone();
    save(state, user, parts, form, async |cx, actor, form| {
        let files = records::erase_case(cx, actor, &id, form).await?;
        // The files' keys went with the case's; their sealed bytes go too.
        for file in files {
            if let Err(e) = blobs.delete(&file).await {
                tracing::warn!(error = %e, "an erased case's evidence file could not be removed from the store");
            }
        }
        Ok(format!("/cases/{id}"))
    })
    .await
}

/// POST /cases/{id}/events/{item}/remove — an event taken off the timeline, with a reason.
pub async fn remove_event(
    State(state): State<AppState>,
    Path(ids): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<RemovalForm>,
) -> Response {
    remove(state, user, parts, (records::Removable::Event, ids), form).await
}

/// POST /cases/{id}/testimonies/{item}/remove — a testimony taken off the case, with a reason.
pub async fn remove_testimony(
    State(state): State<AppState>,
    Path(ids): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<RemovalForm>,
) -> Response {
    remove(
        state,
        user,
        parts,
        (records::Removable::Testimony, ids),
        form,
    )
    .await
}

/// POST /cases/{id}/detentions/{item}/remove — a detention taken off the case, with a reason.
pub async fn remove_detention(
    State(state): State<AppState>,
    Path(ids): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<RemovalForm>,
) -> Response {
    remove(
        state,
        user,
        parts,
        (records::Removable::Detention, ids),
        form,
    )
    .await
}

async fn remove(
    state: AppState,
    user: SignedIn,
    parts: Parts,
    (what, (id, item)): (records::Removable, (String, String)),
    form: RemovalForm,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        records::remove_item(cx, actor, &id, what, &item, form).await?;
        Ok(format!("/cases/{id}#{}", what.panel()))
    })
    .await
}

/// POST /cases/{id}/testifiers/new — a testifier added to a case.
pub async fn new_testifier(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<TestifierForm>,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        let testifier = records::add_testifier(cx, actor, &id, form).await?;
        Ok(format!("/cases/{id}#testifier-{testifier}"))
    })
    .await
}

/// The add-testifier page's search form.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct FindTestifierForm {
    testifier_query: String,
}

/// POST /cases/{id}/testifiers/find — testifiers already recorded, found by name to be linked to
/// the case. Posted, so that the name never appears in a URL; the add-testifier page is rendered
/// with what was found.
pub async fn find_testifiers(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<FindTestifierForm>,
) -> Response {
    let actor = user.actor();
    let query = form
        .testifier_query
        .trim()
        .chars()
        .take(200)
        .collect::<String>();
    let found = async {
        let cx = state.context().await?;
        records::find_testifiers(&cx, &actor, &id, &query).await
    }
    .await;
    let (outcome, status) = match found {
        Ok(found) => (found, StatusCode::OK),
        Err(e) => {
            let e = AppError::from(e);
            let outcome = crate::domain::case::TestifierMatches {
                query: query.clone(),
                message: Some(e.to_string()),
                ..Default::default()
            };
            (outcome, e.status())
        }
    };
    tracing::info!(results = outcome.hits.len(), "testifier search");
    let parts = on_page(parts, &format!("/cases/{id}/testifiers/new"));
    render_again(state, parts, outcome, status).await
}

/// POST /cases/{id}/testifiers/{testifier}/consent — a testifier's consent, changed.
pub async fn change_consent(
    State(state): State<AppState>,
    Path((id, testifier)): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<ConsentForm>,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        records::change_consent(cx, actor, &id, &testifier, form).await?;
        Ok(format!("/cases/{id}#testifier-{testifier}"))
    })
    .await
}

/// POST /cases/{id}/sources/new — a new source linked to events.
pub async fn new_source(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<SourceForm>,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        let source = records::add_source(cx, actor, &id, form).await?;
        Ok(format!("/cases/{id}#source-{source}"))
    })
    .await
}

/// POST /cases/{id}/sources/{source}/edit — a source corrected, and the events it is cited by.
pub async fn edit_source(
    State(state): State<AppState>,
    Path((id, source)): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<SourceForm>,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        records::edit_source(cx, actor, &id, &source, form).await?;
        Ok(format!("/cases/{id}#source-{source}"))
    })
    .await
}

/// POST /cases/{id}/sources/{source}/retract — a source found wrong, kept and marked, with a
/// reason.
pub async fn retract_source(
    State(state): State<AppState>,
    Path((id, source)): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<RemovalForm>,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        records::retract_source(cx, actor, &id, &source, form).await?;
        Ok(format!("/cases/{id}#source-{source}"))
    })
    .await
}

/// POST /cases/{id}/reveal — a researcher asks to see a case's names, with a reason.
#[derive(serde::Deserialize, Serialize, Default)]
#[serde(default)]
pub struct RevealForm {
    reason: String,
}

pub async fn request_reveal(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<RevealForm>,
) -> Response {
    let parts = on_page(parts, &format!("/cases/{id}"));
    save(state, user, parts, form, async |cx, actor, form| {
        crate::server::auth::reveals::request(cx, actor, &id, &form.reason).await?;
        Ok(format!("/cases/{id}"))
    })
    .await
}

/// POST /admin/reveals/{request} — an admin grants or denies a reveal request.
#[derive(serde::Deserialize, Serialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
}

pub async fn decide_reveal(
    State(state): State<AppState>,
    Path(request_id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<DecisionForm>,
) -> Response {
    let parts = on_page(parts, "/admin/reveals");
    save(state, user, parts, form, async |cx, actor, form| {
        let grant = match form.decision.as_str() {
            "grant" => true,
            "deny" => false,
            _ => return Err(RecordError::NotFound),
        };
        crate::server::auth::reveals::decide(&cx.pool, &cx.clock, actor, &request_id, grant)
            .await?;
        Ok("/admin/reveals".to_string())
    })
    .await
}

/// POST /admin/duplicates/{pair}/different — an admin decides that a pair of look-alike cases are
/// different people.
pub async fn mark_different(
    State(state): State<AppState>,
    Path(pair): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let parts = on_page(parts, "/admin/duplicates");
    save(state, user, parts, form, async |cx, actor, _| {
        records::mark_different(cx, actor, &pair).await?;
        Ok("/admin/duplicates".to_string())
    })
    .await
}

/// POST /admin/duplicates/{pair}/merge — an admin merges the two cases of a pair into one.
pub async fn merge_cases(
    State(state): State<AppState>,
    Path(pair): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        let kept = records::merge_cases(cx, actor, &pair, form).await?;
        Ok(format!("/cases/{kept}"))
    })
    .await
}

/// POST /admin/places — an admin adds a township or village to the gazetteer.
pub async fn add_place(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<crate::domain::forms::PlaceForm>,
) -> Response {
    save(state, user, parts, form, async |cx, actor, form| {
        let id = records::add_place(cx, actor, form).await?;
        Ok(format!("/admin/places#place-{id}"))
    })
    .await
}

/// The request's parts, addressed to `page`: a form posted to an action URL (/cases/…/assign) is
/// answered, on failure, with the page it was on.
fn on_page(mut parts: Parts, page: &str) -> Parts {
    if let Ok(uri) = page.parse() {
        parts.uri = uri;
    }
    parts
}

/// A posted form of text fields, by name.
type Values = serde_json::Map<String, serde_json::Value>;

/// [`save`] for a form of text fields answered, on failure, with `page`; passwords typed are
/// never sent back to the page.
async fn save_fields(
    state: AppState,
    (user, parts, form): (SignedIn, Parts, BTreeMap<String, String>),
    page: &str,
    save_with: impl AsyncFnOnce(&Context, &Actor, &Values) -> Result<String, RecordError>,
) -> Response {
    let actor = user.actor();
    let parts = on_page(parts, page);
    let values: Values = form
        .into_iter()
        .map(|(k, v)| (k, serde_json::Value::String(v)))
        .collect();
    let outcome = match state.context().await {
        Ok(cx) => save_with(&cx, &actor, &values).await,
        Err(e) => Err(e),
    };
    let kept: Values = values
        .into_iter()
        .filter(|(k, _)| {
            !k.contains("password") && !matches!(k.as_str(), "current" | "new" | "confirm")
        })
        .collect();
    respond(state, parts, &kept, outcome).await
}

fn text(values: &Values, key: &str) -> String {
    values
        .get(key)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

/// POST /admin/accounts — a new account.
pub async fn create_account(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let page = "/admin/accounts";
    save_fields(
        state,
        (user, parts, form),
        page,
        async |cx, actor, values| {
            let form = crate::domain::account::AccountForm {
                username: text(values, "username"),
                role: text(values, "role"),
                password: text(values, "password"),
            };
            crate::server::auth::admin::create_account(&cx.pool, actor, &form).await?;
            Ok(page.to_string())
        },
    )
    .await
}

/// POST /admin/accounts/{id} — an account's role, or disabling it.
pub async fn update_account(
    State(state): State<AppState>,
    Path(user_id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let page = "/admin/accounts";
    save_fields(
        state,
        (user, parts, form),
        page,
        async |cx, actor, values| {
            let (role, disabled) = (text(values, "role"), text(values, "disabled") == "yes");
            crate::server::auth::admin::update_account(&cx.pool, actor, &user_id, &role, disabled)
                .await?;
            Ok(page.to_string())
        },
    )
    .await
}

/// POST /admin/settings — the installation's settings.
pub async fn save_settings(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let page = "/admin/accounts";
    save_fields(
        state,
        (user, parts, form),
        page,
        async |cx, actor, values| {
            let settings = crate::domain::account::Settings {
                reveal_auto_grant: text(values, "reveal_auto_grant") == "yes",
                admin_totp_required: text(values, "admin_totp_required") == "yes",
                // Saved by their own forms (save_export_minimums, save_evidence_settings).
                export_minimums: Default::default(),
                evidence: Default::default(),
            };
            crate::server::auth::admin::save_settings(&cx.pool, actor, &settings).await?;
            Ok(page.to_string())
        },
    )
    .await
}

/// POST /admin/export-minimums — the least protection each export profile accepts.
pub async fn save_export_minimums(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let page = "/admin/accounts";
    save_fields(
        state,
        (user, parts, form),
        page,
        async |cx, actor, values| {
            let form = crate::domain::export::MinimumsForm {
                public_k: text(values, "public_k"),
                public_l: text(values, "public_l"),
                public_max_suppressed: text(values, "public_max_suppressed"),
                researcher_k: text(values, "researcher_k"),
                researcher_l: text(values, "researcher_l"),
                researcher_max_suppressed: text(values, "researcher_max_suppressed"),
                threshold: text(values, "threshold"),
            };
            crate::server::auth::admin::save_export_minimums(&cx.pool, actor, &form).await?;
            Ok(format!("{page}#export-minimums-h"))
        },
    )
    .await
}

/// POST /admin/evidence-settings — the per-file limit and the fetcher's allowed hosts.
pub async fn save_evidence_settings(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let page = "/admin/accounts";
    save_fields(
        state,
        (user, parts, form),
        page,
        async |cx, actor, values| {
            let form = crate::domain::evidence::EvidenceSettingsForm {
                max_file_mb: text(values, "max_file_mb"),
                allowed_hosts: text(values, "allowed_hosts"),
            };
            crate::server::auth::admin::save_evidence_settings(&cx.pool, actor, &form).await?;
            Ok(format!("{page}#evidence-settings-h"))
        },
    )
    .await
}

/// POST /cases/{id}/assign — an admin assigns a volunteer to a case.
pub async fn assign(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let page = format!("/cases/{id}");
    save_fields(
        state,
        (user, parts, form),
        &page,
        async |cx, actor, values| {
            let volunteer = text(values, "volunteer");
            crate::server::auth::admin::assign(&cx.pool, actor, &id, &volunteer).await?;
            Ok(page.clone())
        },
    )
    .await
}

/// POST /cases/{id}/claims/{step} — cite a source for a claim, take it off, or review the claim's
/// level (step = cite, uncite or review).
pub async fn claim(
    State(state): State<AppState>,
    Path((id, step)): Path<(String, String)>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    use crate::server::records::provenance;
    fn decode<T: DeserializeOwned + Default>(values: &Values) -> T {
        serde_json::from_value(serde_json::Value::Object(values.clone())).unwrap_or_default()
    }
    let page = format!("/cases/{id}");
    save_fields(
        state,
        (user, parts, form),
        &page,
        async |cx, actor, values| {
            let anchor = match step.as_str() {
                "cite" => provenance::cite(cx, actor, &id, &decode(values)).await?,
                "uncite" => provenance::uncite(cx, actor, &id, &decode(values)).await?,
                "review" => provenance::review(cx, actor, &id, &decode(values)).await?,
                _ => return Err(RecordError::NotFound),
            };
            Ok(format!("/cases/{id}#{anchor}"))
        },
    )
    .await
}

/// POST /account/password — the signed-in account's own password. Every session of the account
/// ends; this browser gets a new one.
pub async fn change_password(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let user_id = user.0.id.clone();
    let (web, pool, clock) = (state.web.clone(), state.pool.clone(), state.clock.clone());
    let fields = (user, parts, form);
    let mut response = save_fields(state, fields, "/account", async |cx, actor, values| {
        let form = crate::domain::account::PasswordForm {
            current: text(values, "current"),
            new: text(values, "new"),
            confirm: text(values, "confirm"),
        };
        crate::server::auth::admin::change_password(&cx.pool, &cx.clock, actor, &form).await?;
        Ok("/account?changed=1".to_string())
    })
    .await;
    if response.status() == StatusCode::SEE_OTHER {
        match crate::server::auth::sessions::create_session(&pool, &clock, &user_id).await {
            Ok(token) => {
                response.headers_mut().insert(
                    axum::http::header::SET_COOKIE,
                    web.session_cookie(Some(&token)),
                );
            }
            Err(e) => tracing::error!(error = ?e, "cannot start a session after a password change"),
        }
    }
    response
}

/// POST /account/tokens — a new personal API token. The account page is rendered again with the
/// token in it: the only time it is shown (it is in no URL, and only its hash is kept).
pub async fn new_api_token(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<crate::domain::account::ApiTokenForm>,
) -> Response {
    let actor = user.actor();
    let parts = on_page(parts, "/account");
    let made = crate::server::api_v1::tokens::create(
        &state.pool,
        &state.clock,
        &actor,
        &form.name,
        &form.days,
    )
    .await;
    match made {
        Ok(token) => render_again(state, parts, token, StatusCode::CREATED).await,
        Err(e) => respond(state, parts, &form, Err(e)).await,
    }
}

/// POST /account/tokens/{id}/revoke and /admin/tokens/{id}/revoke — a token revoked by its owner
/// or an admin; back to the page the form was on.
pub async fn revoke_api_token(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let page = if parts.uri.path().starts_with("/admin/") {
        "/admin/accounts"
    } else {
        "/account"
    };
    save_fields(state, (user, parts, form), page, async |cx, actor, _| {
        crate::server::api_v1::tokens::revoke(&cx.pool, &cx.clock, actor, &id).await?;
        Ok(format!("{page}#api-tokens"))
    })
    .await
}

/// POST /account/totp/{step} — begin, confirm or disable two-step verification.
pub async fn two_step(
    State(state): State<AppState>,
    Path(step): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    use crate::server::auth::two_step;
    save_fields(
        state,
        (user, parts, form),
        "/account",
        async |cx, actor, values| {
            let code = text(values, "code");
            match step.as_str() {
                "begin" => two_step::begin(cx, actor).await?,
                "confirm" => two_step::confirm(cx, actor, &code).await?,
                "disable" => two_step::disable(cx, actor, &code).await?,
                _ => return Err(RecordError::NotFound),
            }
            Ok("/account".to_string())
        },
    )
    .await
}

/// POST /admin/register/{id}/approve — an admin approves a case's publication in the public
/// register, after its side-by-side review.
pub async fn approve_publication(
    State(state): State<AppState>,
    Path(id): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    let page = format!("/admin/register/{id}");
    let parts = on_page(parts, &page);
    save(state, user, parts, form, async |cx, actor, _| {
        crate::server::register::approve(cx, actor, &id).await?;
        Ok(format!("/admin/register#case-{id}"))
    })
    .await
}

/// POST /admin/register/download — the public register as one zip archive, built in memory and
/// sent as it was made (an audited publication, like `izde publish`).
pub async fn download_register(
    State(state): State<AppState>,
    user: SignedIn,
    parts: Parts,
    Posted(form): Posted<BTreeMap<String, String>>,
) -> Response {
    // A refusal is said on the register page, not on the download's address.
    let parts = on_page(parts, "/admin/register");
    let actor = user.actor();
    let made = async {
        let cx = state.context().await?;
        crate::server::register::publish(&cx, &actor).await
    }
    .await;
    let publication = match made {
        Ok(p) => p,
        Err(e) => return respond(state, parts, &form, Err::<String, _>(e)).await,
    };
    let files: Vec<crate::server::export::ExportFile> = publication
        .files
        .into_iter()
        .map(|(name, bytes)| crate::server::export::ExportFile { name, bytes })
        .collect();
    let zipped =
        tokio::task::spawn_blocking(move || super::downloads::zip_in(&files, "izde-register"))
            .await
            .unwrap_or_else(|e| Err(anyhow::anyhow!("zipping panicked: {e}")));
    match zipped {
        Ok(bytes) => (
            [
                (axum::http::header::CONTENT_TYPE, "application/zip"),
                (
                    axum::http::header::CONTENT_DISPOSITION,
                    "attachment; filename=\"izde-register.zip\"",
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "zipping the register failed");
            respond(
                state,
                parts,
                &form,
                Err::<String, _>(RecordError::Internal(e)),
            )
            .await
        }
    }
}
