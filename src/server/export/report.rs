//! An export's printable report (`report.html`): what the export holds and how it was made safe,
//! the figures of the research views drawn from the exported rows (small and derivable cells
//! suppressed), and the method. One self-contained page — no script, nothing loaded from anywhere —
//! that prints cleanly to PDF from a browser.

use crate::components::chart::BarChart;
use crate::domain::export::{Manifest, Profile};
use crate::domain::report::Table;
use crate::domain::stats::Count;
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

/// One table with its totals.
fn table_view(table: &Table) -> impl IntoView {
    let head = table
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
                    <th scope="row">{table.rows[r].clone()}</th>
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
                <th scope="row">"Total"</th>
                {cells}
                {table.grand_total().map(|t| count_cell(t, true))}
            </tr>
        }
    });
    let note = (!table.grid.col_totals).then(|| {
        view! { <p class="hint">"Columns have no totals here: a case can count in more than one row."</p> }
    });
    view! {
        <section class="table">
            <h3 id=format!("table-{}", table.id)>{table.title.clone()}</h3>
            <div class="table-wrap">
                <table aria-labelledby=format!("table-{}", table.id)>
                    <thead>
                        <tr>
                            <th scope="col">{table.row_heading.clone()}</th>
                            {head}
                            {has_row_totals.then(|| view! { <th scope="col" class="num">"Total"</th> })}
                        </tr>
                    </thead>
                    <tbody>{rows}{totals}</tbody>
                </table>
            </div>
            {note}
        </section>
    }
}

/// The report as a complete HTML document.
pub fn render(manifest: &Manifest, filters: Option<&str>, tables: &[Table]) -> String {
    let profile = Profile::parse(&manifest.profile).unwrap_or(Profile::Public);
    let m = manifest.clone();
    let filters = filters
        .map(str::to_string)
        .unwrap_or_else(|| "all cases".into());
    let tables = tables.to_vec();
    let owner = Owner::new();
    let body = owner.with(move || {
        let charts = tables
            .iter()
            .flat_map(Table::charts)
            .map(|chart| view! { <BarChart chart/> })
            .collect_view();
        let table_views = tables.iter().map(table_view).collect_view();
        let levels = m
            .levels
            .iter()
            .map(|(q, l)| view! { <tr><th scope="row">{q.replace('_', " ")}</th><td>{l.clone()}</td></tr> })
            .collect_view();
        let never = m
            .never_exported
            .iter()
            .map(|n| view! { <li>{n.clone()}</li> })
            .collect_view();
        let (asked_k, k) = (m.k.unwrap_or_default(), m.achieved_k.unwrap_or_default());
        let (asked_l, l) = (m.l.unwrap_or_default(), m.achieved_l.unwrap_or_default());
        let rows_facts = profile.has_rows().then(|| {
            view! {
                <dt>"Rows"</dt>
                <dd>{format!(
                    "{} of the {} selected cases; {} left out because they fell in groups too small or not diverse enough",
                    m.rows_exported, m.rows_selected, m.rows_suppressed
                )}</dd>
                <dt>"k-anonymity"</dt>
                <dd>{format!("asked k = {asked_k}, achieved {k}: every row shares its quasi-identifiers with at least {} others", k.saturating_sub(1))}</dd>
                <dt>"l-diversity"</dt>
                <dd>{format!("asked l = {asked_l}, achieved {l}: every such group holds at least {l} different statuses")}</dd>
                <dt>"Ids"</dt>
                <dd>{if m.stable_ids {
                    "stable: the same case has the same id in every stable-id export of this installation"
                } else {
                    "fresh: made with a key used for this export only, so rows cannot be matched with another export"
                }}</dd>
            }
        });
        view! {
            <header>
                <h1>"Izde export report"</h1>
                <p class="lede">{format!(
                    "{} — {}. Exported {} by {}.",
                    profile.label(), profile.describe(), m.exported_at,
                    m.exported_by.clone().unwrap_or_default()
                )}</p>
            </header>
            <section>
                <h2>"What this export holds"</h2>
                <dl class="facts">
                    <dt>"Selection"</dt>
                    <dd>{filters}</dd>
                    <dt>"Cases selected"</dt>
                    <dd>{m.rows_selected.to_string()}</dd>
                    <dt>"Left out for consent"</dt>
                    <dd>{format!("{} (a testifier gave no consent to publish, or withdrew it)", m.rows_withheld_for_consent)}</dd>
                    {rows_facts}
                    <dt>"Small cells"</dt>
                    <dd>{format!(
                        "in the tables below, counts from 1 to {} are suppressed, and so are the cells from which one could be worked out: {} entries show “x”",
                        m.threshold.saturating_sub(1), m.cells_suppressed
                    )}</dd>
                    <dt>"Data file"</dt>
                    <dd>{format!("{} ({})", crate::domain::export::Format::parse(&m.data_format).map_or("data", |f| f.label()), m.data_format)}</dd>
                    <dt>"Installation"</dt>
                    <dd><code>{m.installation.clone()}</code></dd>
                    <dt>"Signing key"</dt>
                    <dd><code>{m.public_key.clone()}</code></dd>
                </dl>
                <p class="hint">"manifest.json lists every file of this export with its SHA-256 and is signed (manifest.sig) with the installation's key above. Check it with: izde export verify DIR."</p>
                <h3>"Generalization used"</h3>
                <table>
                    <thead><tr><th scope="col">"Quasi-identifier"</th><th scope="col">"Level"</th></tr></thead>
                    <tbody>{levels}</tbody>
                </table>
            </section>
            <section>
                <h2>"Figures"</h2>
                <p class="hint">{if profile.has_rows() {
                    "Counted from the exported rows, at their exported level of detail."
                } else {
                    "Counted from every selected case at the levels above."
                }}</p>
                {charts}
            </section>
            <section>
                <h2>"Tables"</h2>
                {table_views}
            </section>
            <section>
                <h2>"Method"</h2>
                <p>"Quasi-identifiers are facts that are harmless alone but may single a person out together: place, birth year, gender, ethnicity, occupation and the dates of disappearance and detention. Each climbs a ladder: township → county → prefecture → XUAR; day → month → quarter → year; birth year → 5-year → 10-year band; occupation → sector; ethnicity → group; and, at the top of every ladder, hidden (“*”). The profile sets the lowest rung of each."</p>
                <p>"For a dataset, every combination of rungs is tried in order of information lost. Rows with the same generalized quasi-identifiers form a group; a group with fewer than k rows, or fewer than l different statuses, is left out. The first combination that leaves out no more than the allowed share of rows is used, so every released group has at least k rows and l statuses."</p>
                <p>"In the tables, a count from 1 to the threshold less one is replaced by “x” — also in a dataset's report, so that the report can be printed and passed on alone. So that no such count can be worked out from the totals, more counts are hidden: in every row and column with a total, never exactly one “x” (the smallest other count goes too), and more where needed until every hidden count could change without changing anything published. A count hidden for either reason looks the same. This stops exact recovery within a table; a reader may still narrow a hidden count to a range, and tables are not protected against each other or against earlier reports."</p>
                <p>"Never exported, in any profile:"</p>
                <ul>{never}</ul>
                <p>"The verification column is Izde's level for the whole case: reported (one source), corroborated (two independent sources), confirmed (an official statement, a court or a leaked document)."</p>
            </section>
        }
        .to_html()
    });
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>Izde export report · {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        profile.label()
    )
}
