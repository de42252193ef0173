//! The import page over HTTP (issue 21): `POST /import` takes a file to import (multipart, read
//! into memory only: see `server::import::jobs`) and starts its check; `POST /import/{job}`
//! changes the mapping and checks again, or starts the import; `GET /import/{job}/rejects.csv`
//! downloads the rows the import rejected. A job answers its uploader only; to anyone else it
//! does not exist.

use crate::domain::account::Role;
use crate::domain::forms::{FieldErrors, Submission};
use crate::domain::vocab::Vocabularies;
use crate::i18n::{tr, Lang};
use crate::server::auth::access::Doing;
use crate::server::http::extract::{Posted, SignedIn};
use crate::server::http::forms::render_again;
use crate::server::import::jobs::{self, JobView, NotStarted, Refused, Stage};
use crate::server::import::mapping::{self, Kind, Mapping, MappingError};
use crate::server::state::AppState;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{header, request::Parts, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// What a multipart upload adds to its two files (boundaries, headers).
const FORM_OVERHEAD: usize = 64 * 1024;

/// The upload page again, with `errors` beside their fields and `message` above the form.
async fn upload_again(
    state: AppState,
    parts: Parts,
    errors: FieldErrors,
    message: String,
    status: StatusCode,
) -> Response {
    let submission = Submission {
        values: serde_json::json!({}),
        errors,
        message: Some(message),
        lookalikes: Vec::new(),
    };
    render_again(state, parts, submission, status).await
}

fn field_error(field: &str, message: String) -> FieldErrors {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    errors
}

/// Why an upload was refused: the field it is about, the words, the status.
struct Refusal(FieldErrors, StatusCode);

fn too_large(lang: Lang) -> Refusal {
    let limit = jobs::MAX_UPLOAD_BYTES / (1024 * 1024);
    Refusal(
        field_error(
            "file",
            tr!(lang, "import-page-too-large", {"limit" => limit}),
        ),
        StatusCode::PAYLOAD_TOO_LARGE,
    )
}

fn cut_off(lang: Lang) -> Refusal {
    Refusal(
        field_error("file", tr!(lang, "import-page-cut-off")),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// One file field read whole into memory, at most `limit` bytes (None past it).
async fn read_field(
    field: &mut axum::extract::multipart::Field<'_>,
    limit: usize,
) -> Result<Option<Vec<u8>>, ()> {
    let mut bytes = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                if bytes.len() + chunk.len() > limit {
                    return Ok(None);
                }
                bytes.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(Some(bytes)),
            Err(_) => return Err(()),
        }
    }
}

/// The file and the mapping file of an upload form.
#[derive(Default)]
struct Uploaded {
    file: Option<(String, Vec<u8>)>,
    mapping: Option<Vec<u8>>,
}

async fn read_upload(
    state: &AppState,
    parts: &Parts,
    body: axum::body::Body,
    lang: Lang,
) -> Result<Uploaded, Refusal> {
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared
        .is_some_and(|n| n > jobs::MAX_UPLOAD_BYTES + jobs::MAX_MAPPING_BYTES + FORM_OVERHEAD)
    {
        return Err(too_large(lang));
    }
    let mut form = Multipart::from_request(Request::from_parts(parts.clone(), body), state)
        .await
        .map_err(|_| {
            Refusal(
                field_error("file", tr!(lang, "import-page-choose-file")),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        })?;
    let mut uploaded = Uploaded::default();
    loop {
        let mut field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => return Err(cut_off(lang)),
        };
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().unwrap_or_default().to_string();
        match name.as_str() {
            "file" if !file_name.is_empty() => {
                // Only the extension is kept (it tells JSON lines): never the name.
                let extension = std::path::Path::new(&file_name)
                    .extension()
                    .and_then(|e| e.to_str())
                    .unwrap_or_default()
                    .to_string();
                match read_field(&mut field, jobs::MAX_UPLOAD_BYTES).await {
                    Ok(Some(bytes)) => uploaded.file = Some((extension, bytes)),
                    Ok(None) => return Err(too_large(lang)),
                    Err(()) => return Err(cut_off(lang)),
                }
            }
            "mapping" if !file_name.is_empty() => {
                match read_field(&mut field, jobs::MAX_MAPPING_BYTES).await {
                    Ok(Some(bytes)) => uploaded.mapping = Some(bytes),
                    Ok(None) => {
                        let limit = jobs::MAX_MAPPING_BYTES / 1024;
                        return Err(Refusal(
                            field_error(
                                "mapping",
                                tr!(lang, "import-page-mapping-too-large", {"limit" => limit}),
                            ),
                            StatusCode::PAYLOAD_TOO_LARGE,
                        ));
                    }
                    Err(()) => return Err(cut_off(lang)),
                }
            }
            _ => {}
        }
    }
    Ok(uploaded)
}

/// Whether the account may import (admins and volunteers enter cases); else the refusal.
fn may_import(user: &SignedIn) -> Result<(), String> {
    user.actor()
        .require(&[Role::Admin, Role::Volunteer], Doing::EnterTestimonies)
        .map_err(|e| crate::error::AppError::from(e).to_string())
}

/// POST /import — keeps the uploaded file (and mapping file) in memory and starts its check; then
/// to the job's page. A refusal is the upload page again, the reason beside the field.
pub async fn upload(State(state): State<AppState>, user: SignedIn, request: Request) -> Response {
    let lang = crate::i18n::current();
    let (parts, body) = request.into_parts();
    if let Err(message) = may_import(&user) {
        return upload_again(
            state,
            parts,
            FieldErrors::default(),
            message,
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let not_kept = tr!(lang, "import-page-not-kept");
    let uploaded = match read_upload(&state, &parts, body, lang).await {
        Ok(uploaded) => uploaded,
        Err(Refusal(errors, status)) => {
            return upload_again(state, parts, errors, not_kept, status).await
        }
    };
    let Some((extension, bytes)) = uploaded.file else {
        let errors = field_error("file", tr!(lang, "import-page-choose-file"));
        return upload_again(
            state,
            parts,
            errors,
            not_kept,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    if bytes.is_empty() {
        let errors = field_error("file", tr!(lang, "import-page-empty"));
        return upload_again(
            state,
            parts,
            errors,
            not_kept,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    // A sealed server cannot check anything: said now, not after the upload is kept.
    let vocab = match state.context().await {
        Ok(cx) => cx.vocab,
        Err(e) => {
            let e = crate::error::AppError::from(e);
            let status = e.status();
            return upload_again(state, parts, FieldErrors::default(), e.to_string(), status).await;
        }
    };
    let mapping = match uploaded.mapping {
        None => Mapping::default(),
        Some(text) => {
            let parsed = String::from_utf8(text)
                .map_err(|_| tr!(lang, "import-page-mapping-unreadable"))
                .and_then(|text| {
                    Mapping::parse(&text, &vocab).map_err(|e| mapping_message(&e, lang))
                });
            match parsed {
                Ok(mapping) => mapping,
                Err(message) => {
                    return upload_again(
                        state,
                        parts,
                        field_error("mapping", message),
                        not_kept,
                        StatusCode::UNPROCESSABLE_ENTITY,
                    )
                    .await
                }
            }
        }
    };
    let actor = user.actor();
    let owner = actor.user_id().unwrap_or_default().to_string();
    let id = match state
        .imports()
        .add(&owner, &extension, bytes, mapping, lang)
    {
        Ok(id) => id,
        Err(Refused::Full) => {
            let errors = field_error("file", tr!(lang, "import-page-busy"));
            return upload_again(
                state,
                parts,
                errors,
                not_kept,
                StatusCode::SERVICE_UNAVAILABLE,
            )
            .await;
        }
    };
    let _ = state.imports().check(&state, &id, &actor, None, lang);
    Redirect::to(&format!("/import/{id}")).into_response()
}

/// POST /import/{job} — the mapping step's form: the mapping as edited, then `action` = `check`
/// (a dry run again) or `import`. An import of a mapping changed since the last check checks it
/// first. Errors come back beside their fields.
pub async fn submit(
    State(state): State<AppState>,
    Path(job): Path<String>,
    user: SignedIn,
    parts: Parts,
    Posted(pairs): Posted<Vec<(String, String)>>,
) -> Response {
    let lang = crate::i18n::current();
    let actor = user.actor();
    let owner = actor.user_id().unwrap_or_default().to_string();
    let Some(view) = state.imports().view(&job, &owner) else {
        // The page says there is no such page.
        return render_again(state, parts, (), StatusCode::NOT_FOUND).await;
    };
    let action = value_of(&pairs, "action").unwrap_or("check").to_string();
    let to_page = Redirect::to(&format!("/import/{job}")).into_response();
    if action == "import" && matches!(view.stage, Stage::Imported(Err(_))) {
        // The import stopped: again, it resumes after what was committed.
        let _ = state.imports().import(&state, &job, &actor, lang);
        return to_page;
    }
    let Some((headers, _)) = &view.headers else {
        // Not read yet (or unreadable): the page says where the job is.
        return to_page;
    };
    let vocab = match state.vocab.fresh(&state.pool).await {
        Ok(vocab) => vocab,
        Err(e) => return crate::error::AppError::from(e).into_response(),
    };
    let (mapping, errors) = edited(&view, headers, &pairs, &vocab, lang);
    if !errors.is_empty() {
        let values: std::collections::BTreeMap<&str, &str> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let submission = Submission {
            values: serde_json::to_value(values).unwrap_or_default(),
            errors,
            message: Some(tr!(lang, "import-page-fix-mapping")),
            lookalikes: Vec::new(),
        };
        return render_again(state, parts, submission, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let started = if action == "import" && same_as_checked(&view, headers, &mapping) {
        state.imports().import(&state, &job, &actor, lang)
    } else {
        state
            .imports()
            .check(&state, &job, &actor, Some(mapping), lang)
    };
    match started {
        Err(NotStarted::Gone) => render_again(state, parts, (), StatusCode::NOT_FOUND).await,
        Ok(()) | Err(NotStarted::Busy) => to_page,
    }
}

/// Whether `mapping` reads the file as the last check did (the form names every column the
/// check had matched by its header): then its report stands, and the import may start.
fn same_as_checked(view: &JobView, headers: &[String], mapping: &Mapping) -> bool {
    let Stage::Checked(Ok(report)) = &view.stage else {
        return false;
    };
    let checked: Vec<Option<&'static str>> = report.columns.iter().map(|(_, f)| *f).collect();
    let old = &view.mapping;
    checked == jobs::assigned(headers, mapping)
        && mapping.values == old.values
        && mapping.places == old.places
        && mapping.defaults == old.defaults
        && mapping.file == old.file
}

fn value_of<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim())
}

/// The encodings the page offers (any label `encoding_rs` knows is taken from a mapping file).
pub const ENCODINGS: &[&str] = &[
    "utf-8",
    "utf-16le",
    "utf-16be",
    "windows-1251",
    "koi8-r",
    "gb18030",
    "windows-1256",
];

/// The delimiters the page offers: (form value, delimiter).
pub const DELIMITERS: &[(&str, &str)] = &[
    ("comma", ","),
    ("semicolon", ";"),
    ("tab", "\t"),
    ("bar", "|"),
];

/// The mapping as the form edits it, and the errors of what was chosen.
fn edited(
    view: &JobView,
    headers: &[String],
    pairs: &[(String, String)],
    vocab: &Vocabularies,
    lang: Lang,
) -> (Mapping, FieldErrors) {
    let mut m = view.mapping.clone();
    let mut errors = FieldErrors::default();
    let not_an_option = || tr!(lang, "import-page-not-an-option");
    // How the file is read.
    if let Some(encoding) = value_of(pairs, "encoding") {
        match encoding {
            "" => m.file.encoding = None,
            e if encoding_rs::Encoding::for_label(e.as_bytes()).is_some() => {
                m.file.encoding = Some(e.to_string())
            }
            _ => errors.add("encoding", not_an_option()),
        }
    }
    if let Some(delimiter) = value_of(pairs, "delimiter") {
        match DELIMITERS.iter().find(|(name, _)| *name == delimiter) {
            Some((_, d)) => m.file.delimiter = Some((*d).to_string()),
            None if delimiter.is_empty() => m.file.delimiter = None,
            None => errors.add("delimiter", not_an_option()),
        }
    }
    if let Some(sheet) = value_of(pairs, "sheet") {
        m.file.sheet = (!sheet.is_empty()).then(|| sheet.chars().take(200).collect());
    }
    // Which field each column fills.
    for (i, header) in headers.iter().enumerate() {
        let name = format!("column-{i}");
        let Some(chosen) = value_of(pairs, &name) else {
            continue;
        };
        let target = match chosen {
            "" => "skip",
            key => match mapping::field_of(key) {
                Some(f) => f.key,
                None => {
                    errors.add(&name, not_an_option());
                    continue;
                }
            },
        };
        let folded = mapping::fold(header);
        m.columns.retain(|h, _| mapping::fold(h) != folded);
        m.columns.insert(header.clone(), target.to_string());
    }
    let fields = jobs::assigned(headers, &m);
    for (i, field) in fields.iter().enumerate() {
        if field.is_some() && fields.iter().filter(|f| *f == field).count() > 1 {
            errors.add(&format!("column-{i}"), tr!(lang, "import-page-two-columns"));
        }
    }
    if !fields.contains(&Some("name")) {
        errors.add("columns", tr!(lang, "import-page-no-name-column"));
    }
    // A value for every row of the required fields no column gives.
    for key in mapping::REQUIRED.iter().filter(|k| **k != "name") {
        if fields.contains(&Some(*key)) {
            continue;
        }
        let name = format!("default-{key}");
        if let Some(value) = value_of(pairs, &name) {
            if value.is_empty() {
                m.defaults.remove(*key);
            } else {
                let fits = match mapping::field_of(key).map(|f| f.kind) {
                    Some(Kind::Vocab(vocabulary)) => vocab.contains(vocabulary, value),
                    _ => value.chars().count() <= crate::domain::forms::MAX_SHORT,
                };
                if !fits {
                    errors.add(&name, not_an_option());
                    continue;
                }
                m.defaults.insert((*key).to_string(), value.to_string());
            }
        }
        if !m.defaults.contains_key(*key) {
            errors.add(&name, tr!(lang, "import-page-default-needed"));
        }
    }
    // What the values not in the lists or the gazetteer mean.
    for (name, field) in pairs.iter().filter(|(k, _)| k.ends_with("-field")) {
        let Some(item) = name.strip_suffix("-field") else {
            continue;
        };
        if !item.starts_with("value-") {
            continue;
        }
        let (Some(value), Some(code)) = (
            pairs
                .iter()
                .find(|(k, _)| *k == format!("{item}-text"))
                .map(|(_, v)| v.as_str()),
            value_of(pairs, item),
        ) else {
            continue;
        };
        let folded = mapping::fold(value);
        match mapping::field_of(field).map(|f| (f.key, f.kind)) {
            Some((key, Kind::Vocab(vocabulary))) => {
                let values = m.values.entry(key.to_string()).or_default();
                values.retain(|v, _| mapping::fold(v) != folded);
                match code {
                    "" => {}
                    code if vocab.contains(vocabulary, code) => {
                        values.insert(value.to_string(), code.to_string());
                    }
                    _ => errors.add(item, not_an_option()),
                }
                if values.is_empty() {
                    m.values.remove(key);
                }
            }
            Some((_, Kind::Place)) => {
                m.places.retain(|v, _| mapping::fold(v) != folded);
                match code {
                    "" => {}
                    code if vocab.location(code).is_some() => {
                        m.places.insert(value.to_string(), code.to_string());
                    }
                    _ => errors.add(item, not_an_option()),
                }
            }
            _ => {}
        }
    }
    if errors.is_empty() {
        if let Err(e) = m.check(vocab) {
            errors.add("mapping", mapping_message(&e, lang));
        } else if let Err(e) = mapping::Columns::match_headers(headers, &m) {
            errors = mapping_errors(&e, &fields, lang);
        }
    }
    (m, errors)
}

/// A mapping's problem as the fields of the mapping step it is about.
pub fn mapping_errors(
    e: &MappingError,
    fields: &[Option<&'static str>],
    lang: Lang,
) -> FieldErrors {
    let mut errors = FieldErrors::default();
    match e {
        MappingError::NoName => errors.add("columns", tr!(lang, "import-page-no-name-column")),
        MappingError::Required(keys) => {
            for key in keys {
                errors.add(
                    &format!("default-{key}"),
                    tr!(lang, "import-page-default-needed"),
                );
            }
        }
        MappingError::TwoColumns(key) => {
            for (i, f) in fields.iter().enumerate() {
                if *f == Some(key.as_str()) {
                    errors.add(&format!("column-{i}"), tr!(lang, "import-page-two-columns"));
                }
            }
            if errors.is_empty() {
                errors.add("columns", tr!(lang, "import-page-two-columns"));
            }
        }
        other => errors.add("mapping", mapping_message(other, lang)),
    }
    errors
}

/// A mapping's problem in words, in `lang`.
pub fn mapping_message(e: &MappingError, lang: Lang) -> String {
    let label = |key: &str| {
        mapping::field_of(key).map_or_else(|| key.to_string(), |f| field_label(f.key, lang))
    };
    match e {
        MappingError::Toml(reason) => {
            tr!(lang, "import-page-mapping-syntax", {"reason" => reason.clone()})
        }
        MappingError::UnknownField(field) => {
            tr!(lang, "import-page-unknown-field", {"field" => field.clone()})
        }
        MappingError::UnknownCode { field, code } => {
            tr!(lang, "import-page-unknown-code", {"field" => label(field), "code" => code.clone()})
        }
        MappingError::UnknownPlace(place) => {
            tr!(lang, "import-page-unknown-place", {"place" => place.clone()})
        }
        MappingError::TwoColumns(field) => {
            tr!(lang, "import-page-two-columns-named", {"field" => label(field)})
        }
        MappingError::NoName => tr!(lang, "import-error-no-name"),
        MappingError::Required(keys) => {
            let fields: Vec<String> = keys.iter().map(|k| label(k)).collect();
            tr!(lang, "import-error-required", {"fields" => fields.join(", ")})
        }
        MappingError::Delimiter(d) => {
            tr!(lang, "import-page-bad-delimiter", {"delimiter" => d.clone()})
        }
    }
}

/// A field's name on the import page: its intake label, told apart where two fields share one.
pub fn field_label(key: &str, lang: Lang) -> String {
    match key {
        "external_ref" => tr!(lang, "import-field-external-ref"),
        "testimony_language" => tr!(lang, "import-page-label-testimony-language"),
        "source_language" => tr!(lang, "import-page-label-source-language"),
        "last_contact_place_note" => tr!(lang, "import-page-label-last-contact-note"),
        "detention_place_note" => tr!(lang, "import-page-label-detention-note"),
        "last_contact_date" => tr!(lang, "import-page-label-last-contact-date"),
        "last_contact_location" => tr!(lang, "import-page-label-last-contact-place"),
        "disappearance_date" => tr!(lang, "import-page-label-disappearance-date"),
        "facility_kind" => tr!(lang, "import-page-label-facility-kind"),
        "detention_location" => tr!(lang, "import-page-label-detention-place"),
        "detention_date" => tr!(lang, "import-page-label-detention-date"),
        key => mapping::field_of(key).map_or_else(|| key.to_string(), |f| lang.tr(f.label)),
    }
}

/// GET /import/{job}/rejects.csv — the rows the import rejected, with their line and problems,
/// from memory: for the uploader only, never cached.
pub async fn rejects(
    State(state): State<AppState>,
    Path(job): Path<String>,
    SignedIn(me): SignedIn,
) -> Response {
    let Some(bytes) = state.imports().rejects(&job, &me.id) else {
        let lang = crate::i18n::current();
        return (StatusCode::NOT_FOUND, tr!(lang, "import-page-gone")).into_response();
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"rejected-rows.csv\""),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        bytes,
    )
        .into_response()
}
