//! The import page (issue 21): `/import` takes a spreadsheet of cases (CSV, XLSX or JSON lines)
//! and an optional mapping file; `/import/:job` checks it with a dry run — which field each column
//! fills, the values not in the lists, the rows that cannot be taken and why — lets the mapping be
//! changed and checked again, then imports it, showing its progress (the page refreshes itself
//! while a run goes, without JavaScript) and its report, with the rejected rows to download.
//!
//! The page is rendered on the server only: it reads the upload's job from the server's memory
//! (`server::import::jobs`), so nothing of it is in the browser's bundle.

use leptos::prelude::*;

/// `/import`: the upload form, and the account's uploads still held.
#[component]
pub fn ImportPage() -> impl IntoView {
    upload_page()
}

/// `/import/:job`: the check, the mapping step, the import's progress and its report.
#[component]
pub fn ImportJobPage() -> impl IntoView {
    job_page()
}

#[cfg(feature = "ssr")]
fn upload_page() -> AnyView {
    ssr::upload_page()
}

#[cfg(not(feature = "ssr"))]
fn upload_page() -> AnyView {
    ().into_any()
}

#[cfg(feature = "ssr")]
fn job_page() -> AnyView {
    ssr::job_page()
}

#[cfg(not(feature = "ssr"))]
fn job_page() -> AnyView {
    ().into_any()
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::components::fields::{field, option_list, FormState};
    use crate::components::layout::{ErrorNote, NotFound, PageHead, PageTitle, Panel};
    use crate::domain::account::{Me, Role};
    use crate::domain::forms::FieldErrors;
    use crate::domain::vocab::Vocabularies;
    use crate::error::AppError;
    use crate::i18n::{tr, Lang};
    use crate::server::http::import::{field_label, mapping_errors, DELIMITERS, ENCODINGS};
    use crate::server::import::jobs::{self, Failure, JobView, Stage};
    use crate::server::import::mapping::{self, Kind, FIELDS, REQUIRED};
    use crate::server::import::read::{Format, Opened};
    use crate::server::import::{Rejected, Report};
    use crate::server::state::AppState;
    use leptos::prelude::*;
    use leptos_meta::{Meta, Title};
    use std::collections::BTreeMap;
    use std::sync::Arc;

    /// What was posted, when the server sends the page back with errors.
    type Posted = FormState<BTreeMap<String, String>>;

    /// The signed-in account if it may import (admins and volunteers), else the page that says
    /// why not.
    fn importer() -> Result<Me, AnyView> {
        let refused = |error: AppError| {
            view! {
                <Title text=tr!("import-page-title")/>
                <ErrorNote error/>
            }
            .into_any()
        };
        let Some(me) = crate::api::signed_in() else {
            return Err(refused(AppError::NotSignedIn));
        };
        if !me.role.creates_cases() {
            let role = crate::components::layout::role_name(me.role);
            return Err(refused(AppError::Forbidden(
                tr!("access-refused-enter-testimonies", {"role" => role}),
            )));
        }
        Ok(me)
    }

    const MB: usize = 1024 * 1024;

    /// The words about the whole form, above it (each field's problem is beside it).
    fn message_view(message: Option<String>) -> Option<AnyView> {
        message
            .map(|m| view! { <div class="form-message" role="alert"><p>{m}</p></div> }.into_any())
    }

    pub fn upload_page() -> AnyView {
        let me = match importer() {
            Ok(me) => me,
            Err(refusal) => return refusal,
        };
        let (_, e, message) = Posted::from_submission_or(BTreeMap::new).or_opened(BTreeMap::new);
        let limit = jobs::MAX_UPLOAD_BYTES / MB;
        let mine = use_context::<AppState>()
            .map(|s| s.imports().mine(&me.id))
            .unwrap_or_default();
        let file = field(
            "file",
            (
                tr!("import-page-file"),
                view! { <span class="required" aria-hidden="true">" *"</span> },
            ),
            Some(tr!("import-page-file-hint", {"limit" => limit})),
            &e,
            |name, invalid, described| {
                view! {
                    <input type="file" id=name.clone() name=name required=true
                        accept=".csv,.tsv,.txt,.xlsx,.jsonl,.ndjson,.json"
                        aria-invalid=invalid aria-describedby=described/>
                }
            },
        );
        let mapping = field(
            "mapping",
            tr!("import-page-mapping"),
            Some(tr!("import-page-mapping-hint")),
            &e,
            |name, invalid, described| {
                view! {
                    <input type="file" id=name.clone() name=name accept=".toml,.txt"
                        aria-invalid=invalid aria-describedby=described/>
                }
            },
        );
        let yours = (!mine.is_empty()).then(|| {
            let items = mine
                .into_iter()
                .map(|job| {
                    let href = format!("/import/{}", job.id);
                    view! {
                        <li>
                            <a href=href>{stage_name(&job.stage)}</a>
                            " · "<span class="hint">{tr!("import-page-uploaded-ago", {"minutes" => job.minutes})}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <Panel id="import-yours" title=tr!("import-page-yours")>
                    <ul class="import-yours">{items}</ul>
                </Panel>
            }
        });
        view! {
            <PageTitle title=tr!("import-page-title")/>
            <p class="lede">{tr!("import-page-lede", {"limit" => limit})}</p>
            {message_view(message)}
            <form method="post" action="/import" enctype="multipart/form-data" class="panel import-upload">
                {file}
                {mapping}
                <div class="form-actions">
                    <button type="submit">{tr!("import-page-upload")}</button>
                </div>
            </form>
            {yours}
        }
        .into_any()
    }

    /// A job's stage in a few words, for the list of uploads.
    fn stage_name(stage: &Stage) -> String {
        match stage {
            Stage::Checking { .. } => tr!("import-page-stage-checking"),
            Stage::Checked(Ok(report)) if report.imported_before.is_some() => {
                tr!("import-page-stage-imported")
            }
            Stage::Checked(_) => tr!("import-page-stage-checked"),
            Stage::Importing { .. } => tr!("import-page-stage-importing"),
            Stage::Imported(Ok(_)) => tr!("import-page-stage-imported"),
            Stage::Imported(Err(_)) => tr!("import-page-stage-stopped"),
        }
    }

    pub fn job_page() -> AnyView {
        let me = match importer() {
            Ok(me) => me,
            Err(refusal) => return refusal,
        };
        let id = crate::pages::route_param("job")();
        let Some(state) = use_context::<AppState>() else {
            return view! { <NotFound/> }.into_any();
        };
        let Some(mut job) = state.imports().view(&id, &me.id) else {
            return view! { <NotFound/> }.into_any();
        };
        let posted = Posted::from_submission_or(BTreeMap::new);
        let lang = crate::i18n::use_lang();
        // The check's problems are in the words of the language it ran in: a page asked for in
        // another language checks again in that one.
        if matches!(job.stage, Stage::Checked(_)) && job.lang != lang && posted.message.is_none() {
            let actor = crate::server::auth::access::Actor::User(me.clone());
            if state
                .imports()
                .check(&state, &id, &actor, None, lang)
                .is_ok()
            {
                if let Some(again) = state.imports().view(&id, &me.id) {
                    job = again;
                }
            }
        }
        let admin = me.role == Role::Admin;
        match job.stage.clone() {
            Stage::Checking { rows } => running(
                tr!("import-page-checking", {"rows" => rows.load(std::sync::atomic::Ordering::Relaxed)}),
                None,
            ),
            Stage::Importing { rows, total } => {
                let done = rows.load(std::sync::atomic::Ordering::Relaxed);
                let words = if total > 0 {
                    tr!("import-page-importing", {"rows" => done, "total" => total})
                } else {
                    tr!("import-page-importing-resumed", {"rows" => done})
                };
                running(words, Some((done, total)))
            }
            Stage::Checked(Ok(report)) if report.imported_before.is_some() => {
                imported_before(&report)
            }
            Stage::Checked(result) => {
                let pool = state.pool.clone();
                let vocab = state.vocab.clone();
                view! {
                    <PageHead title=tr!("import-page-preview-title")>
                        <a class="button secondary" href="/import">{tr!("import-page-upload-another")}</a>
                    </PageHead>
                    <p class="lede">{tr!("import-page-preview-lede")}</p>
                    <Suspense fallback=|| ()>
                        {move || {
                            let (pool, vocab, job, result, posted) =
                                (pool.clone(), vocab.clone(), job.clone(), result.clone(), posted.clone());
                            Suspend::new(async move {
                                match vocab.fresh(&pool).await {
                                    Ok(vocab) => preview(&job, result, posted, &vocab, lang),
                                    Err(e) => view! { <ErrorNote error=AppError::from(e)/> }.into_any(),
                                }
                            })
                        }}
                    </Suspense>
                }
                .into_any()
            }
            Stage::Imported(Ok(report)) => imported(&job, &report, admin),
            Stage::Imported(Err(failure)) => stopped(&job, &failure),
        }
    }

    /// A run going: what it has done so far; the page asks again in two seconds.
    fn running(words: String, progress: Option<(u64, u64)>) -> AnyView {
        let bar = progress
            .filter(|(_, total)| *total > 0)
            .map(|(done, total)| view! { <progress max=total value=done.min(total)></progress> });
        view! {
            <Meta http_equiv="refresh" content="2"/>
            <PageTitle title=tr!("import-page-running-title")/>
            <div class="import-running" role="status">
                <p>{words}</p>
                {bar}
                <p class="hint">{tr!("import-page-refreshes")}</p>
            </div>
        }
        .into_any()
    }

    fn imported_before(report: &Report) -> AnyView {
        let when = report
            .imported_before
            .as_deref()
            .map(crate::pages::case::when)
            .unwrap_or_default();
        view! {
            <PageTitle title=tr!("import-page-preview-title")/>
            <div class="form-message" role="status">
                <p>{tr!("import-page-imported-before", {"when" => when})}</p>
            </div>
            <p><a class="button secondary" href="/import">{tr!("import-page-upload-another")}</a></p>
        }
        .into_any()
    }

    /// How the file was read.
    fn file_facts(opened: &Opened) -> AnyView {
        let format = match opened.format {
            Format::Csv => "CSV".to_string(),
            Format::Xlsx => "XLSX".to_string(),
            Format::JsonLines => tr!("import-page-format-json-lines"),
        };
        let encoding = opened.encoding.map(|e| {
            view! {
                <dt>{tr!("import-page-encoding")}</dt>
                <dd translate="no">{e}</dd>
            }
        });
        let delimiter = opened.delimiter.map(|d| {
            view! {
                <dt>{tr!("import-page-delimiter")}</dt>
                <dd>{delimiter_name(d)}</dd>
            }
        });
        let sheet = opened.sheet.clone().map(|s| {
            view! {
                <dt>{tr!("import-page-sheet")}</dt>
                <dd dir="auto">{s}</dd>
            }
        });
        view! {
            <dl class="facts">
                <dt>{tr!("import-page-format")}</dt>
                <dd>{format}</dd>
                {encoding}
                {delimiter}
                {sheet}
            </dl>
        }
        .into_any()
    }

    fn delimiter_name(d: char) -> String {
        match d {
            ',' => tr!("import-page-delimiter-comma"),
            ';' => tr!("import-page-delimiter-semicolon"),
            '\t' => tr!("import-page-delimiter-tab"),
            '|' => tr!("import-page-delimiter-bar"),
            other => other.to_string(),
        }
    }

    /// What a run counted: `done` says it was done (not a dry run's forecast).
    fn counts(report: &Report, admin: bool, done: bool) -> AnyView {
        let flagged = (report.flagged > 0).then(|| {
            let note = if !done {
                view! { <p class="hint">{tr!("import-page-flagged-hint")}</p> }.into_any()
            } else if admin {
                view! { <p><a href="/admin/duplicates">{tr!("import-page-flagged-review")}</a></p> }
                    .into_any()
            } else {
                view! { <p class="hint">{tr!("import-page-flagged-admin")}</p> }.into_any()
            };
            view! {
                <dt>{tr!("import-page-flagged")}</dt>
                <dd>{report.flagged.to_string()}{note}</dd>
            }
        });
        let resumed = report.resumed_after.map(|line| {
            view! {
                <p class="hint">{tr!("import-page-resumed", {"line" => line, "count" => report.already_done})}</p>
            }
        });
        view! {
            <dl class="facts import-counts">
                <dt>{tr!("import-page-rows")}</dt>
                <dd>{report.rows.to_string()}</dd>
                <dt>{tr!("import-page-new")}</dt>
                <dd class="count-new">{report.created.to_string()}</dd>
                <dt>{tr!("import-page-updated")}</dt>
                <dd>{report.updated.to_string()}</dd>
                <dt>{tr!("import-page-unchanged")}</dt>
                <dd>{report.unchanged.to_string()}</dd>
                <dt>{tr!("import-page-rejected")}</dt>
                <dd class="count-rejected">{report.rejected.to_string()}</dd>
                {flagged}
            </dl>
            {resumed}
        }
        .into_any()
    }

    /// The rejected rows: each line's problems, field by field (never a value of the row).
    fn problems(report: &Report, lang: Lang) -> AnyView {
        let rows = report
            .problems
            .iter()
            .map(|r| problem_row(r, lang))
            .collect_view();
        let more = (report.rejected > report.problems.len() as u64).then(|| {
            view! {
                <p class="hint">{tr!("import-page-more-problems", {"shown" => report.problems.len(), "count" => report.rejected})}</p>
            }
        });
        (!report.problems.is_empty()).then(|| {
            view! {
                <Panel id="import-problems" title=tr!("import-page-problems")>
                    <p class="hint">{tr!("import-page-problems-hint")}</p>
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="import-problems-h">
                        <table class="import-problems">
                            <thead><tr>
                                <th scope="col">{tr!("import-page-line")}</th>
                                <th scope="col">{tr!("import-page-problem")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    {more}
                </Panel>
            }
        })
        .into_any()
    }

    fn problem_row(r: &Rejected, lang: Lang) -> AnyView {
        let items = r
            .problems
            .iter()
            .map(|p| {
                let label = (!p.field.is_empty()).then(|| field_label(p.field, lang));
                // The file's own header, where it is not the field's name.
                let column = (!p.column.is_empty() && Some(&p.column) != label.as_ref())
                    .then(|| view! { " (" <span dir="auto">{p.column.clone()}</span> ")" });
                let label = label.map(|l| view! { <strong>{l}</strong> });
                let colon = (!p.field.is_empty()).then_some(": ");
                view! { <li>{label}{column}{colon}{p.message.clone()}</li> }
            })
            .collect_view();
        let line = r.line.to_string();
        view! {
            <tr id=format!("line-{line}")>
                <th scope="row">{line.clone()}</th>
                <td><ul class="problems">{items}</ul></td>
            </tr>
        }
        .into_any()
    }

    /// The options of the field a column fills: every field, by its label.
    fn field_options(lang: Lang) -> Vec<(String, String)> {
        FIELDS
            .iter()
            .map(|f| (f.key.to_string(), field_label(f.key, lang)))
            .collect()
    }

    /// The choices of a field's value: its vocabulary's terms, or the gazetteer's places.
    fn value_options(key: &str, vocab: &Vocabularies, lang: Lang) -> Vec<(String, String)> {
        match mapping::field_of(key).map(|f| f.kind) {
            Some(Kind::Vocab(vocabulary)) => vocab
                .terms(vocabulary)
                .iter()
                .map(|t| (t.code.clone(), t.label.get(lang).to_string()))
                .collect(),
            Some(Kind::Place) => vocab.location_options_in(lang),
            _ => Vec::new(),
        }
    }

    fn error_of(errors: &FieldErrors, name: &str) -> Option<AnyView> {
        errors.get(name).map(|m| {
            view! { <p class="field-error" id=format!("{name}-error") role="alert">{m.to_string()}</p> }
                .into_any()
        })
    }

    /// The dry run's report, or why it could not run, with the mapping to change.
    fn preview(
        job: &JobView,
        result: Result<Arc<Report>, Failure>,
        posted: Posted,
        vocab: &Vocabularies,
        lang: Lang,
    ) -> AnyView {
        let Some((headers, opened)) = job.headers.clone() else {
            // The file could not be read at all.
            let message = match &result {
                Err(Failure::Message(m)) => m.clone(),
                Err(Failure::Mapping(e)) => crate::server::http::import::mapping_message(e, lang),
                Ok(_) => String::new(),
            };
            return view! {
                <div class="form-message" role="alert"><p>{message}</p></div>
            }
            .into_any();
        };
        let report = result.as_ref().ok().cloned();
        let opened = report
            .as_ref()
            .and_then(|r| r.opened.clone())
            .unwrap_or(opened);
        // Which field each column fills: as posted, else as the check found, else as the mapping
        // says so far.
        let fields: Vec<Option<&'static str>> = match &report {
            Some(r) if r.columns.len() == headers.len() => {
                r.columns.iter().map(|(_, f)| *f).collect()
            }
            _ => jobs::assigned(&headers, &job.mapping),
        };
        let submitted = posted.message.is_some();
        let values = posted.values;
        let (mut errors, mut message) = (posted.errors, posted.message);
        match &result {
            Err(Failure::Mapping(e)) if !submitted => {
                errors = mapping_errors(e, &fields, lang);
                message = Some(tr!("import-page-fix-mapping"));
            }
            Err(Failure::Message(m)) if !submitted => message = Some(m.clone()),
            _ => {}
        }
        let chosen = |name: &str, current: &str| -> String {
            if submitted {
                values.get(name).cloned().unwrap_or_default()
            } else {
                current.to_string()
            }
        };
        let general = errors.get("mapping").map(|m| {
            view! { <div class="form-message" role="alert"><p>{m.to_string()}</p></div> }
        });
        let options = field_options(lang);
        let column_rows = headers
            .iter()
            .enumerate()
            .map(|(i, header)| {
                let name = format!("column-{i}");
                let current = chosen(&name, fields.get(i).copied().flatten().unwrap_or(""));
                let error = error_of(&errors, &name);
                let invalid = error.is_some().then_some("true");
                let described = error.is_some().then(|| format!("{name}-error"));
                let sensitive = mapping::field_of(&current).is_some_and(|f| f.sensitive);
                view! {
                    <tr class:has-error=invalid.is_some()>
                        <th scope="row"><label for=name.clone() dir="auto">{header.clone()}</label></th>
                        <td>
                            <select id=name.clone() name=name.clone() aria-invalid=invalid aria-describedby=described>
                                <option value="">{tr!("import-page-not-imported")}</option>
                                {option_list(options.clone(), &current)}
                            </select>
                            {sensitive.then(|| view! {
                                <span class="sensitive-tag"><span aria-hidden="true">{tr!("encrypted-mark")}</span>
                                    <span class="visually-hidden">{tr!("encrypted-mark-spoken")}</span></span>
                            })}
                            {error}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let columns_error = error_of(&errors, "columns");
        // The required fields no column gives: a value for every row.
        let missing: Vec<&'static str> = REQUIRED
            .iter()
            .copied()
            .filter(|k| *k != "name" && !fields.contains(&Some(*k)))
            .collect();
        let defaults = (!missing.is_empty()).then(|| {
            let items = missing
                .iter()
                .map(|key| {
                    let name = format!("default-{key}");
                    let current = chosen(
                        &name,
                        job.mapping.defaults.get(*key).map(String::as_str).unwrap_or(""),
                    );
                    let label = field_label(key, lang);
                    let error = error_of(&errors, &name);
                    let invalid = error.is_some().then_some("true");
                    let described = error.is_some().then(|| format!("{name}-error"));
                    let control = match mapping::field_of(key).map(|f| f.kind) {
                        Some(Kind::Vocab(_)) => view! {
                            <select id=name.clone() name=name.clone() aria-invalid=invalid aria-describedby=described>
                                <option value="">"—"</option>
                                {option_list(value_options(key, vocab, lang), &current)}
                            </select>
                        }
                        .into_any(),
                        _ => view! {
                            <input type="text" id=name.clone() name=name.clone() value=current dir="auto"
                                autocomplete="off" aria-invalid=invalid aria-describedby=described/>
                        }
                        .into_any(),
                    };
                    view! {
                        <div class="field" class:has-error=invalid.is_some()>
                            <label for=name.clone()>{label}</label>
                            {control}
                            {error}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <Panel id="import-defaults" title=tr!("import-page-defaults")>
                    <p class="hint">{tr!("import-page-defaults-hint")}</p>
                    <div class="row">{items}</div>
                </Panel>
            }
        });
        // The values not in the lists or the gazetteer, then those mapped so far.
        let mut items: Vec<(&'static str, String, Option<u64>, String)> = Vec::new();
        if let Some(r) = &report {
            for ((key, value), rows) in &r.unknown {
                items.push((key, value.clone(), Some(*rows), String::new()));
            }
        }
        for (key, values) in &job.mapping.values {
            if let Some(f) = mapping::field_of(key) {
                for (value, code) in values {
                    items.push((f.key, value.clone(), None, code.clone()));
                }
            }
        }
        for (value, id) in &job.mapping.places {
            let key = fields
                .iter()
                .flatten()
                .find(|k| mapping::field_of(k).is_some_and(|f| f.kind == Kind::Place))
                .copied()
                .unwrap_or("last_contact_location");
            items.push((key, value.clone(), None, id.clone()));
        }
        let unknown = (!items.is_empty()).then(|| {
            let rows = items
                .into_iter()
                .enumerate()
                .map(|(n, (key, value, rows, code))| {
                    let name = format!("value-{n}");
                    let current = chosen(&name, &code);
                    let error = error_of(&errors, &name);
                    let invalid = error.is_some().then_some("true");
                    let described = error.is_some().then(|| format!("{name}-error"));
                    let count = rows.map_or_else(|| "—".to_string(), |n| n.to_string());
                    view! {
                        <tr class:has-error=invalid.is_some()>
                            <td>{field_label(key, lang)}</td>
                            <th scope="row"><label for=name.clone() dir="auto">{value.clone()}</label></th>
                            <td class="number">{count}</td>
                            <td>
                                <input type="hidden" name=format!("{name}-field") value=key/>
                                <input type="hidden" name=format!("{name}-text") value=value/>
                                <select id=name.clone() name=name.clone() aria-invalid=invalid aria-describedby=described>
                                    <option value="">{tr!("import-page-unmapped")}</option>
                                    {option_list(value_options(key, vocab, lang), &current)}
                                </select>
                                {error}
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <Panel id="import-values" title=tr!("import-page-unknown")>
                    <p class="hint">{tr!("import-page-unknown-hint")}</p>
                    <div class="table-wrap">
                        <table class="import-values">
                            <thead><tr>
                                <th scope="col">{tr!("import-page-field")}</th>
                                <th scope="col">{tr!("import-page-value")}</th>
                                <th scope="col">{tr!("import-page-rows-with")}</th>
                                <th scope="col">{tr!("import-page-means")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </Panel>
            }
        });
        let reading = file_options(&job.mapping, &opened, &errors, &chosen);
        let count = report.as_ref().map_or(0, |r| r.created + r.updated);
        let import_button = match &report {
            Some(_) if count > 0 => view! {
                <button type="submit" name="action" value="import">{tr!("import-page-import", {"count" => count})}</button>
            }
            .into_any(),
            Some(_) => view! { <p class="hint">{tr!("import-page-nothing-to-import")}</p> }.into_any(),
            None => ().into_any(),
        };
        let action = format!("/import/{}", job.id);
        let summary = report.as_ref().map(|r| {
            let counted = counts(r, false, false);
            view! {
                <Panel id="import-counts" title=tr!("import-page-counts")>
                    {counted}
                </Panel>
            }
        });
        let rejected = report.as_ref().map(|r| problems(r, lang));
        view! {
            {message_view(message)}
            {general}
            <section class="panel" aria-labelledby="import-file-h">
                <h2 id="import-file-h">{tr!("import-page-file-facts")}</h2>
                {file_facts(&opened)}
            </section>
            {summary}
            <form method="post" action=action class="import-mapping" novalidate>
                <Panel id="import-columns" title=tr!("import-page-columns")>
                    <p class="hint">{tr!("import-page-columns-hint")}</p>
                    {columns_error}
                    <div class="table-wrap">
                        <table class="import-columns">
                            <thead><tr>
                                <th scope="col">{tr!("import-page-column")}</th>
                                <th scope="col">{tr!("import-page-field")}</th>
                            </tr></thead>
                            <tbody>{column_rows}</tbody>
                        </table>
                    </div>
                </Panel>
                {defaults}
                {unknown}
                {reading}
                <div class="form-actions">
                    <button type="submit" name="action" value="check" class="secondary">{tr!("import-page-check-again")}</button>
                    {import_button}
                </div>
            </form>
            {rejected}
        }
        .into_any()
    }

    /// How the file is read, where detection may have guessed wrong.
    fn file_options(
        mapping: &mapping::Mapping,
        opened: &Opened,
        errors: &FieldErrors,
        chosen: &dyn Fn(&str, &str) -> String,
    ) -> AnyView {
        match opened.format {
            Format::Csv => {
                let encoding = chosen(
                    "encoding",
                    mapping.file.encoding.as_deref().unwrap_or_default(),
                );
                let current_delimiter = mapping
                    .file
                    .delimiter
                    .as_deref()
                    .and_then(|d| DELIMITERS.iter().find(|(_, c)| *c == d))
                    .map_or("", |(name, _)| *name);
                let delimiter = chosen("delimiter", current_delimiter);
                let encodings: Vec<(String, String)> = ENCODINGS
                    .iter()
                    .map(|e| (e.to_string(), e.to_string()))
                    .collect();
                let delimiters: Vec<(String, String)> = DELIMITERS
                    .iter()
                    .filter_map(|(name, d)| {
                        d.chars()
                            .next()
                            .map(|c| (name.to_string(), delimiter_name(c)))
                    })
                    .collect();
                let encoding_field = field(
                    "encoding",
                    tr!("import-page-encoding"),
                    None,
                    errors,
                    move |name, invalid, described| {
                        view! {
                            <select id=name.clone() name=name aria-invalid=invalid aria-describedby=described translate="no">
                                <option value="">{tr!("import-page-detect")}</option>
                                {option_list(encodings, &encoding)}
                            </select>
                        }
                    },
                );
                let delimiter_field = field(
                    "delimiter",
                    tr!("import-page-delimiter"),
                    None,
                    errors,
                    move |name, invalid, described| {
                        view! {
                            <select id=name.clone() name=name aria-invalid=invalid aria-describedby=described>
                                <option value="">{tr!("import-page-detect")}</option>
                                {option_list(delimiters, &delimiter)}
                            </select>
                        }
                    },
                );
                view! {
                    <details class="panel import-reading">
                        <summary>{tr!("import-page-reading")}</summary>
                        <p class="hint">{tr!("import-page-reading-hint")}</p>
                        <div class="row">{encoding_field}{delimiter_field}</div>
                    </details>
                }
                .into_any()
            }
            Format::Xlsx => {
                let sheet = chosen("sheet", mapping.file.sheet.as_deref().unwrap_or_default());
                let sheet_field = field(
                    "sheet",
                    tr!("import-page-sheet"),
                    Some(tr!("import-page-sheet-hint")),
                    errors,
                    move |name, invalid, described| {
                        view! {
                            <input type="text" id=name.clone() name=name value=sheet dir="auto" autocomplete="off"
                                aria-invalid=invalid aria-describedby=described/>
                        }
                    },
                );
                view! {
                    <details class="panel import-reading">
                        <summary>{tr!("import-page-reading")}</summary>
                        {sheet_field}
                    </details>
                }
                .into_any()
            }
            Format::JsonLines => ().into_any(),
        }
    }

    /// The import's report, with the rejected rows to download.
    fn imported(job: &JobView, report: &Report, admin: bool) -> AnyView {
        let lang = crate::i18n::use_lang();
        let download = job.has_rejects.then(|| {
            let href = format!("/import/{}/rejects.csv", job.id);
            view! {
                <div class="import-download">
                    <p><a class="button" href=href download="rejected-rows.csv">{tr!("import-page-download-rejects")}</a></p>
                    <p class="hint">{tr!("import-page-rejects-hint")}</p>
                </div>
            }
        });
        let counted = counts(report, admin, true);
        let rejected = problems(report, lang);
        view! {
            <PageHead title=tr!("import-page-report-title")>
                <a class="button secondary" href="/import">{tr!("import-page-upload-another")}</a>
            </PageHead>
            <p class="lede">{tr!("import-page-report-lede")}</p>
            <Panel id="import-counts" title=tr!("import-page-done")>
                {counted}
                <p><a href="/cases">{tr!("import-page-see-cases")}</a></p>
                {download}
            </Panel>
            {rejected}
        }
        .into_any()
    }

    /// An import that stopped on a problem: what it was, and the way to resume it.
    fn stopped(job: &JobView, failure: &Failure) -> AnyView {
        let lang = crate::i18n::use_lang();
        let message = match failure {
            Failure::Message(m) => m.clone(),
            Failure::Mapping(e) => crate::server::http::import::mapping_message(e, lang),
        };
        let action = format!("/import/{}", job.id);
        view! {
            <PageTitle title=tr!("import-page-stopped-title")/>
            <div class="form-message" role="alert"><p>{message}</p></div>
            <form method="post" action=action>
                <p class="hint">{tr!("import-page-try-again-hint")}</p>
                <div class="form-actions">
                    <button type="submit" name="action" value="import">{tr!("import-page-try-again")}</button>
                    <a href="/import">{tr!("import-page-upload-another")}</a>
                </div>
            </form>
        }
        .into_any()
    }
}
