//! An export's printable report (`report.html`): what the export holds and how it was made safe,
//! the figures of the research views drawn from the exported rows (small and derivable cells
//! suppressed), and the method. One self-contained page — no script, nothing loaded from anywhere —
//! that prints cleanly to PDF from a browser.

use crate::components::chart::BarChart;
use crate::domain::export::{level_in, never_exported_in, quasi_identifier_in, Manifest, Profile};
use crate::domain::report::Table;
use crate::domain::stats::Count;
use crate::i18n::{tr, Lang};
use leptos::prelude::*;

/// The report's style: screen and print (A4, no page break inside a figure or a table row).
pub const CSS: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1d2327; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #c9d1d6; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; }
.lede { color: #3c464d; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #c9d1d6; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total th, tr.total td, td.total { font-weight: 600; background: #f2f5f7; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
figure.chart { margin: 1rem 0; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; }
details.chart-data { display: none; }
.table-wrap { overflow-x: auto; }
.hint { color: #5b6670; font-size: .9rem; }
code { font-size: .85rem; word-break: break-all; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  table, figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

fn count_cell(count: Count, total: bool) -> impl IntoView {
    let class = if total { "num total" } else { "num" };
    view! { <td class=class>{count.to_string()}</td> }
}

/// One table with its totals, in the words of `lang`.
fn table_view(lang: Lang, table: &Table) -> impl IntoView {
    let words = table.words();
    let head = words
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class="num">{c.clone()}</th> })
        .collect_view();
    let has_row_totals = table.grid.row_totals;
    let rows = (0..table.rows.len())
        .map(|r| {
            let cells = (0..table.columns.len())
                .map(|c| count_cell(table.cell(r, c), false))
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{words.rows[r].clone()}</th>
                    {cells}
                    {table.row_total(r).map(|t| count_cell(t, true))}
                </tr>
            }
        })
        .collect_view();
    let totals = table.grid.col_totals.then(|| {
        let cells = (0..table.columns.len())
            .filter_map(|c| table.col_total(c).map(|t| count_cell(t, true)))
            .collect_view();
        view! {
            <tr class="total">
                <th scope="row">{tr!(lang, "report-total")}</th>
                {cells}
                {table.grand_total().map(|t| count_cell(t, true))}
            </tr>
        }
    });
    let note = (!table.grid.col_totals).then(|| {
        view! { <p class="hint">{tr!(lang, "report-no-column-totals")}</p> }
    });
    view! {
        <section class="table">
            <h3 id=format!("table-{}", table.id)>{words.title.clone()}</h3>
            <div class="table-wrap">
                <table aria-labelledby=format!("table-{}", table.id)>
                    <thead>
                        <tr>
                            <th scope="col">{words.row_heading.clone()}</th>
                            {head}
                            {has_row_totals.then(|| view! { <th scope="col" class="num">{tr!(lang, "report-total")}</th> })}
                        </tr>
                    </thead>
                    <tbody>{rows}{totals}</tbody>
                </table>
            </div>
            {note}
        </section>
    }
}

/// The report as a complete HTML document, in the language of what is being done (an export made
/// on the web page runs in its requester's: see `server::http::downloads::make`).
pub fn render(manifest: &Manifest, filters: Option<&str>, tables: &[Table]) -> String {
    render_in(crate::i18n::current(), manifest, filters, tables)
}

/// When the export was made, in `lang` (the manifest's RFC 3339 stamp as it is if unreadable).
fn when(lang: Lang, stamp: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stamp).map_or_else(
        |_| stamp.to_string(),
        |at| crate::i18n::dates::moment(lang, at.with_timezone(&chrono::Utc)),
    )
}

/// Who made the export, in `lang` (the manifest says it in English: "an account with the role
/// researcher", "the command line").
fn by(lang: Lang, exported_by: Option<&str>) -> String {
    match exported_by {
        Some("the command line") => tr!(lang, "report-by-command-line"),
        Some(by) => match by
            .strip_prefix("an account with the role ")
            .and_then(crate::domain::account::Role::parse)
        {
            Some(role) => tr!(lang, "report-by-role", {
                "role" => crate::components::layout::role_name(role)
            }),
            None => by.to_string(),
        },
        None => String::new(),
    }
}

/// The report as a complete HTML document, in `lang`. The manifest and the data files it
/// describes keep their codes and English words; the report says them in `lang`.
pub fn render_in(
    lang: Lang,
    manifest: &Manifest,
    filters: Option<&str>,
    tables: &[Table],
) -> String {
    let profile = Profile::parse(&manifest.profile).unwrap_or(Profile::Public);
    let m = manifest.clone();
    let filters = filters
        .map(str::to_string)
        .unwrap_or_else(|| tr!(lang, "export-all-cases"));
    let tables = tables.to_vec();
    let owner = Owner::new();
    let body = owner.with(move || {
        // What the report's components (the charts) read their words from.
        crate::i18n::provide(lang);
        let charts = tables
            .iter()
            .flat_map(Table::charts)
            .map(|chart| view! { <BarChart chart/> })
            .collect_view();
        let table_views = tables.iter().map(|t| table_view(lang, t)).collect_view();
        let levels = m
            .levels
            .iter()
            .map(|(q, l)| {
                view! {
                    <tr>
                        <th scope="row">{quasi_identifier_in(lang, q)}</th>
                        <td>{level_in(lang, l)}</td>
                    </tr>
                }
            })
            .collect_view();
        let never = never_exported_in(lang)
            .into_iter()
            .map(|n| view! { <li>{n}</li> })
            .collect_view();
        let (asked_k, k) = (m.k.unwrap_or_default(), m.achieved_k.unwrap_or_default());
        let (asked_l, l) = (m.l.unwrap_or_default(), m.achieved_l.unwrap_or_default());
        let rows_facts = profile.has_rows().then(|| {
            view! {
                <dt>{tr!(lang, "report-rows")}</dt>
                <dd>{tr!(lang, "report-rows-value", {
                    "exported" => m.rows_exported,
                    "selected" => m.rows_selected,
                    "suppressed" => m.rows_suppressed
                })}</dd>
                <dt>{tr!(lang, "report-k-anonymity")}</dt>
                <dd>{tr!(lang, "report-k-value", {"asked" => asked_k, "achieved" => k, "others" => k.saturating_sub(1)})}</dd>
                <dt>{tr!(lang, "report-l-diversity")}</dt>
                <dd>{tr!(lang, "report-l-value", {"asked" => asked_l, "achieved" => l})}</dd>
                <dt>{tr!(lang, "export-ids")}</dt>
                <dd>{if m.stable_ids {
                    tr!(lang, "report-ids-stable")
                } else {
                    tr!(lang, "report-ids-fresh")
                }}</dd>
            }
        });
        let data_format = crate::domain::export::Format::parse(&m.data_format)
            .map_or_else(|| tr!(lang, "report-data"), |f| f.label_in(lang));
        view! {
            <header>
                <h1>{tr!(lang, "report-title")}</h1>
                <p class="lede">{tr!(lang, "report-lede", {
                    "profile" => profile.label_in(lang),
                    "description" => profile.describe_in(lang),
                    "when" => when(lang, &m.exported_at),
                    "by" => by(lang, m.exported_by.as_deref())
                })}</p>
            </header>
            <section>
                <h2>{tr!(lang, "report-holds")}</h2>
                <dl class="facts">
                    <dt>{tr!(lang, "report-selection")}</dt>
                    <dd>{filters}</dd>
                    <dt>{tr!(lang, "export-cases-selected")}</dt>
                    <dd>{m.rows_selected.to_string()}</dd>
                    <dt>{tr!(lang, "export-consent")}</dt>
                    <dd>{tr!(lang, "export-consent-value", {"count" => m.rows_withheld_for_consent})}</dd>
                    {rows_facts}
                    <dt>{tr!(lang, "report-small-cells")}</dt>
                    <dd>{tr!(lang, "report-small-cells-value", {
                        "most" => m.threshold.saturating_sub(1),
                        "count" => m.cells_suppressed
                    })}</dd>
                    <dt>{tr!(lang, "report-data-file")}</dt>
                    <dd>{format!("{data_format} ({})", m.data_format)}</dd>
                    <dt>{tr!(lang, "report-installation")}</dt>
                    <dd><code>{m.installation.clone()}</code></dd>
                    <dt>{tr!(lang, "report-signing-key")}</dt>
                    <dd><code>{m.public_key.clone()}</code></dd>
                </dl>
                <p class="hint">{tr!(lang, "report-manifest-hint")}</p>
                <h3>{tr!(lang, "export-generalization")}</h3>
                <table>
                    <thead><tr><th scope="col">{tr!(lang, "export-quasi-identifier")}</th><th scope="col">{tr!(lang, "export-level")}</th></tr></thead>
                    <tbody>{levels}</tbody>
                </table>
            </section>
            <section>
                <h2>{tr!(lang, "report-figures")}</h2>
                <p class="hint">{if profile.has_rows() {
                    tr!(lang, "report-figures-rows")
                } else {
                    tr!(lang, "report-figures-cases")
                }}</p>
                {charts}
            </section>
            <section>
                <h2>{tr!(lang, "report-tables")}</h2>
                {table_views}
            </section>
            <section>
                <h2>{tr!(lang, "report-method")}</h2>
                <p>{tr!(lang, "report-method-ladders")}</p>
                <p>{tr!(lang, "report-method-groups")}</p>
                <p>{tr!(lang, "report-method-cells")}</p>
                <p>{tr!(lang, "report-never-exported")}</p>
                <ul>{never}</ul>
                <p>{tr!(lang, "report-verification")}</p>
            </section>
        }
        .to_html()
    });
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        lang.code(),
        lang.dir(),
        html_escape(&tr!(lang, "report-document-title", {"profile" => profile.label_in(lang)}))
    )
}

/// Text for the document's `<title>` (written outside the view, which escapes its own).
fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
