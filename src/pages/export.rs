//! /export: the current selection → a profile and its protections → a preview with the risk
//! report → the download. The form posts (so it works before WebAssembly loads); the export is
//! made in the server's memory and kept for its maker for half an hour.

use crate::api::export_ready;
use crate::components::fields::{FormActions, FormMessage, FormState, SelectField, TextField};
use crate::components::layout::{ErrorNote, PageHead};
use crate::domain::case::CaseFilter;
use crate::domain::export::{ExportForm, ExportReady, Format, Profile};
use crate::i18n::tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The export page's address for a selection.
pub fn export_href(filter: &CaseFilter) -> String {
    super::cases::page_href(filter, 1).replacen("/cases", "/export", 1)
}

/// The form: profile, format, k, l, how many rows may be left out, the small-cell threshold and
/// stable ids.
#[component]
pub fn ExportPage() -> impl IntoView {
    let query = use_query_map();
    let filter = query.with_untracked(super::cases::filter_from_query);
    let may_export = crate::api::signed_in().is_some_and(|me| me.role.exports());
    if !may_export {
        return view! {
            <Title text=tr!("export-title")/>
            <ErrorNote error=crate::error::AppError::Forbidden(tr!("export-forbidden"))/>
        }
        .into_any();
    }
    let state = FormState::<ExportForm>::from_submission_or(ExportForm::default);
    let minimums = Resource::new(|| (), |_| crate::api::export_minimums());
    let FormState {
        values: f,
        errors: e,
        message,
        ..
    } = state;
    let lang = crate::i18n::use_lang();
    let described = {
        let filter = filter.clone();
        Resource::new(
            || (),
            move |_| crate::api::describe_selection(filter.clone()),
        )
    };
    let selection = move || {
        Suspend::new(async move {
            described
                .await
                .ok()
                .flatten()
                .unwrap_or_else(|| tr!("export-all-cases"))
        })
    };
    let action = export_href(&filter);
    let back = super::cases::page_href(&filter, 1);
    let profiles = Profile::ALL
        .into_iter()
        .map(|p| {
            let id = format!("profile-{}", p.code());
            let checked = f.profile == p.code();
            view! {
                <div class="choice">
                    <input type="radio" name="profile" id=id.clone() value=p.code() checked=checked/>
                    <label for=id>
                        <strong>{p.label_in(lang)}</strong>
                        <span class="hint">{format!(" — {}", p.describe_in(lang))}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let formats = Format::ALL
        .into_iter()
        .map(|f| (f.code().to_string(), f.label_in(lang)))
        .collect();
    let profile_error = e.get("profile").map(|m| {
        view! { <p class="field-error" id="profile-error" role="alert">{m.to_string()}</p> }
    });
    view! {
        <PageHead title=tr!("export-title") heading=tr!("export-heading")>
            <a class="button secondary" href=back>{tr!("export-change-selection")}</a>
        </PageHead>
        <p class="lede">
            {tr!("export-selection-label")}<strong><Suspense fallback=|| ()>{selection}</Suspense></strong>{tr!("export-selection-end")}
            {tr!("export-lede")}
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                minimums.await.ok().map(|m| view! {
                    <p class="hint minimums">{tr!("export-minimums-note", {"minimums" => m.describe()})}</p>
                })
            })}
        </Suspense>
        <FormMessage message errors=e.clone()/>
        <form method="post" action=action novalidate class="export-form">
            <fieldset class="field" class:has-error=e.get("profile").is_some()>
                <legend>{tr!("export-profile")}</legend>
                {profiles}
                {profile_error}
            </fieldset>
            <SelectField name="format" label=tr!("export-format") options=formats value=f.format.clone() errors=e.clone() required=true/>
            <TextField name="k" label=tr!("export-k") value=f.k.clone() errors=e.clone()
                hint=tr!("export-k-hint")/>
            <TextField name="l" label=tr!("export-l") value=f.l.clone() errors=e.clone()
                hint=tr!("export-l-hint")/>
            <TextField name="max_suppressed" label=tr!("export-max-suppressed") value=f.max_suppressed.clone() errors=e.clone()
                hint=tr!("export-max-suppressed-hint")/>
            <TextField name="threshold" label=tr!("export-threshold") value=f.threshold.clone() errors=e.clone()
                hint=tr!("export-threshold-hint")/>
            <div class="field checkbox">
                <input type="checkbox" id="stable_ids" name="stable_ids" value="on" checked=f.stable_ids == "on"/>
                <label for="stable_ids">{tr!("export-stable-ids")}</label>
                <p class="hint">{tr!("export-stable-ids-hint")}</p>
            </div>
            <FormActions submit=tr!("export-submit")/>
        </form>
    }
    .into_any()
}

/// The preview of a prepared export: its risk report, first rows and downloads.
#[component]
pub fn ExportReadyPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let ready = Resource::new(token, export_ready);
    view! {
        <Title text=tr!("export-ready-title")/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("cases-loading")}</p> }>
            {move || Suspend::new(async move {
                match ready.await {
                    Ok(r) => view! { <Ready ready=r/> }.into_any(),
                    Err(crate::error::AppError::NotFound) => view! {
                        <h1>{tr!("export-gone-title")}</h1>
                        <p>{tr!("export-gone-body")}" "
                            <a href="/export">{tr!("export-gone-again")}</a></p>
                    }.into_any(),
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Ready(ready: ExportReady) -> impl IntoView {
    let m = ready.manifest;
    let lang = crate::i18n::use_lang();
    let profile = Profile::parse(&m.profile).unwrap_or(Profile::Public);
    let base = format!("/export/{}", ready.token);
    let data = m
        .files
        .iter()
        .find(|f| f.name.starts_with("data.") || f.name.starts_with("tables."))
        .map(|f| f.name.clone())
        .unwrap_or_default();
    let levels = m
        .levels
        .iter()
        .map(|(q, l)| {
            view! {
                <tr>
                    <th scope="row">{crate::domain::export::quasi_identifier_in(lang, q)}</th>
                    <td>{crate::domain::export::level_in(lang, l)}</td>
                </tr>
            }
        })
        .collect_view();
    let rows_report = profile.has_rows().then(|| {
        view! {
            <dt>{tr!("export-rows-exported")}</dt>
            <dd>{tr!("export-rows-exported-value", {"exported" => m.rows_exported, "selected" => m.rows_selected})}</dd>
            <dt>{tr!("export-rows-left-out")}</dt>
            <dd>{tr!("export-rows-left-out-value", {
                "count" => m.rows_suppressed,
                "share" => format!("{:.1}", if m.rows_selected == 0 { 0.0 } else { 100.0 * m.rows_suppressed as f64 / m.rows_selected as f64 }),
                "most" => format!("{:.0}", 100.0 * m.max_suppressed)
            })}</dd>
            <dt>{tr!("export-k-achieved")}</dt>
            <dd class="achieved-k">{tr!("export-achieved-value", {"achieved" => m.achieved_k.unwrap_or_default(), "asked" => m.k.unwrap_or_default()})}</dd>
            <dt>{tr!("export-l-achieved")}</dt>
            <dd class="achieved-l">{tr!("export-achieved-value", {"achieved" => m.achieved_l.unwrap_or_default(), "asked" => m.l.unwrap_or_default()})}</dd>
            <dt>{tr!("export-ids")}</dt>
            <dd>{if m.stable_ids { tr!("export-ids-stable") } else { tr!("export-ids-fresh") }}</dd>
        }
    });
    let header = ready
        .preview
        .header
        .iter()
        .map(|h| view! { <th scope="col">{h.clone()}</th> })
        .collect_view();
    let shown = ready.preview.rows.len();
    let rows = ready
        .preview
        .rows
        .into_iter()
        .map(|r| {
            let cells = r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    let files = m
        .files
        .iter()
        .map(|f| {
            let href = format!("{base}/files/{}", f.name);
            let size = format!(" ({})", tr!("export-file-size", {"size" => format!("{:.1}", f.bytes as f64 / 1000.0)}));
            if f.name == "report.html" {
                view! { <li><a href=href target="_blank" rel="noopener">{tr!("export-open-report")}</a>{format!(" — {}", tr!("export-report-file"))}{size}</li> }.into_any()
            } else {
                view! { <li><a href=href download=f.name.clone()>{f.name.clone()}</a>{size}</li> }.into_any()
            }
        })
        .collect_view();
    view! {
        <div class="page-head">
            <h1>{tr!("export-ready-heading", {"profile" => profile.label_in(lang)})}</h1>
            <a class="button secondary" href="/export">{tr!("export-another")}</a>
        </div>
        <p class="lede">{tr!("export-ready-lede", {"selection" => ready.selection.clone(), "minutes" => ready.minutes_left})}</p>
        <section class="risk-report" aria-labelledby="risk-title">
            <h2 id="risk-title">{tr!("export-risk-report")}</h2>
            <dl class="facts">
                <dt>{tr!("export-cases-selected")}</dt>
                <dd>{m.rows_selected.to_string()}</dd>
                <dt>{tr!("export-consent")}</dt>
                <dd>{tr!("export-consent-value", {"count" => m.rows_withheld_for_consent})}</dd>
                {rows_report}
                <dt>{tr!("export-cells-suppressed")}</dt>
                <dd>{tr!("export-cells-suppressed-value", {"count" => m.cells_suppressed, "threshold" => m.threshold})}</dd>
            </dl>
            <table class="levels">
                <caption>{tr!("export-generalization")}</caption>
                <thead><tr><th scope="col">{tr!("export-quasi-identifier")}</th><th scope="col">{tr!("export-level")}</th></tr></thead>
                <tbody>{levels}</tbody>
            </table>
        </section>
        <section aria-labelledby="download-title">
            <h2 id="download-title">{tr!("export-download")}</h2>
            <p><a class="button" href=format!("{base}/izde-export.zip") download="izde-export.zip">{tr!("export-download-all")}</a></p>
            <p class="hint">{tr!("export-download-hint")}</p>
            <ul class="files">{files}</ul>
        </section>
        <section aria-labelledby="preview-title">
            <h2 id="preview-title">{tr!("export-preview-title", {"count" => shown, "file" => data})}</h2>
            // Wider than the page: a keyboard scrolls it once it has the focus.
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="preview-title">
                <table class="preview">
                    <thead><tr>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
