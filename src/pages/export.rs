//! /export: the current selection → a profile and its protections → a preview with the risk
//! report → the download. The form posts (so it works before WebAssembly loads); the export is
//! made in the server's memory and kept for its maker for half an hour.

use crate::api::export_ready;
use crate::components::fields::{FormActions, FormMessage, FormState, SelectField, TextField};
use crate::components::layout::{ErrorNote, PageHead};
use crate::domain::case::CaseFilter;
use crate::domain::export::{ExportForm, ExportReady, Format, Profile};
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
            <Title text="Export"/>
            <ErrorNote error=crate::error::AppError::Forbidden(
                "Exports are made by researchers and coordinators; your account cannot make one.".into()
            )/>
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
    let selection = filter.describe().unwrap_or_else(|| "all cases".into());
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
                        <strong>{p.label()}</strong>
                        <span class="hint">{format!(" — {}", p.describe())}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let formats = Format::ALL
        .into_iter()
        .map(|f| (f.code().to_string(), f.label().to_string()))
        .collect();
    let profile_error = e.get("profile").map(|m| {
        view! { <p class="field-error" id="profile-error" role="alert">{m.to_string()}</p> }
    });
    view! {
        <PageHead title="Export" heading="Export an anonymized dataset or report">
            <a class="button secondary" href=back>"Change the selection"</a>
        </PageHead>
        <p class="lede">
            "Selection: "<strong>{selection}</strong>". "
            "Nothing of what is encrypted leaves: no names, ID numbers, contacts, addresses, narratives, transcripts, testifiers or media, and no free text. "
            "Rows are generalized until every one is hidden among at least k alike."
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                minimums.await.ok().map(|m| view! {
                    <p class="hint minimums">{format!("This installation's minimums, set by an admin: {}.", m.describe())}</p>
                })
            })}
        </Suspense>
        <FormMessage message errors=e.clone()/>
        <form method="post" action=action novalidate class="export-form">
            <fieldset class="field" class:has-error=e.get("profile").is_some()>
                <legend>"Profile"</legend>
                {profiles}
                {profile_error}
            </fieldset>
            <SelectField name="format" label="File format" options=formats value=f.format.clone() errors=e.clone() required=true/>
            <TextField name="k" label="k — the smallest group" value=f.k.clone() errors=e.clone()
                hint="Every released row shares its place, birth year, gender, ethnicity, occupation, dates, charges and sentence with at least k − 1 other rows (default 5)."/>
            <TextField name="l" label="l — statuses per group" value=f.l.clone() errors=e.clone()
                hint="Every such group holds at least l different statuses, so being in it does not tell what happened to the person (default 2)."/>
            <TextField name="max_suppressed" label="Rows that may be left out (%)" value=f.max_suppressed.clone() errors=e.clone()
                hint="Rare rows that no generalization hides are left out, up to this share; beyond it the export is refused (0–50, default 5)."/>
            <TextField name="threshold" label="Smallest count shown in tables" value=f.threshold.clone() errors=e.clone()
                hint="In the report's tables, smaller counts (and cells they could be worked out from) show as “x” (default 5)."/>
            <div class="field checkbox">
                <input type="checkbox" id="stable_ids" name="stable_ids" value="on" checked=f.stable_ids == "on"/>
                <label for="stable_ids">"Keep ids stable across exports"</label>
                <p class="hint">"Only if the recipient must follow cases from one export to the next; the manifest says so. Otherwise each export gets new ids and two exports cannot be joined."</p>
            </div>
            <FormActions submit="Prepare the export"/>
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
        <Title text="Export ready"/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match ready.await {
                    Ok(r) => view! { <Ready ready=r/> }.into_any(),
                    Err(crate::error::AppError::NotFound) => view! {
                        <h1>"This export is gone"</h1>
                        <p>"Exports are kept for 30 minutes, for the account that made them only. "
                            <a href="/export">"Make it again"</a>"."</p>
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
        .map(|(q, l)| view! { <tr><th scope="row">{q.replace('_', " ")}</th><td>{l.clone()}</td></tr> })
        .collect_view();
    let rows_report = profile.has_rows().then(|| {
        view! {
            <dt>"Rows exported"</dt>
            <dd>{format!("{} of {}", m.rows_exported, m.rows_selected)}</dd>
            <dt>"Rows left out"</dt>
            <dd>{format!(
                "{} ({:.1}%; at most {:.0}% allowed): their groups were smaller than k or less diverse than l",
                m.rows_suppressed,
                if m.rows_selected == 0 { 0.0 } else { 100.0 * m.rows_suppressed as f64 / m.rows_selected as f64 },
                100.0 * m.max_suppressed
            )}</dd>
            <dt>"k achieved"</dt>
            <dd class="achieved-k">{format!("{} (asked {})", m.achieved_k.unwrap_or_default(), m.k.unwrap_or_default())}</dd>
            <dt>"l achieved"</dt>
            <dd class="achieved-l">{format!("{} (asked {})", m.achieved_l.unwrap_or_default(), m.l.unwrap_or_default())}</dd>
            <dt>"Ids"</dt>
            <dd>{if m.stable_ids { "stable across exports" } else { "fresh: this export's own" }}</dd>
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
            let size = format!(" ({:.1} kB)", f.bytes as f64 / 1000.0);
            if f.name == "report.html" {
                view! { <li><a href=href target="_blank" rel="noopener">"Open the report"</a>" — report.html, printable"{size}</li> }.into_any()
            } else {
                view! { <li><a href=href download=f.name.clone()>{f.name.clone()}</a>{size}</li> }.into_any()
            }
        })
        .collect_view();
    view! {
        <div class="page-head">
            <h1>"Export ready: "{profile.label()}</h1>
            <a class="button secondary" href="/export">"Another export"</a>
        </div>
        <p class="lede">{format!(
            "Selection: {}. Kept here for {} more minutes, for you only; the audit log records that you made it.",
            ready.selection, ready.minutes_left
        )}</p>
        <section class="risk-report" aria-labelledby="risk-title">
            <h2 id="risk-title">"Risk report"</h2>
            <dl class="facts">
                <dt>"Cases selected"</dt>
                <dd>{m.rows_selected.to_string()}</dd>
                <dt>"Left out for consent"</dt>
                <dd>{format!("{} (a testifier gave no consent to publish, or withdrew it)", m.rows_withheld_for_consent)}</dd>
                {rows_report}
                <dt>"Table cells suppressed"</dt>
                <dd>{format!("{} (counts under {}, and cells they could be worked out from)", m.cells_suppressed, m.threshold)}</dd>
            </dl>
            <table class="levels">
                <caption>"Generalization used"</caption>
                <thead><tr><th scope="col">"Quasi-identifier"</th><th scope="col">"Level"</th></tr></thead>
                <tbody>{levels}</tbody>
            </table>
        </section>
        <section aria-labelledby="download-title">
            <h2 id="download-title">"Download"</h2>
            <p><a class="button" href=format!("{base}/izde-export.zip") download="izde-export.zip">"Download everything (zip)"</a></p>
            <p class="hint">"The zip holds every file below with manifest.json and its signature manifest.sig; unzip it and run izde export verify on the folder to check nothing changed."</p>
            <ul class="files">{files}</ul>
        </section>
        <section aria-labelledby="preview-title">
            <h2 id="preview-title">{format!("The first {shown} lines of {data}")}</h2>
            <div class="table-wrap">
                <table class="preview">
                    <thead><tr>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
