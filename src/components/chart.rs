//! Bar charts drawn as SVG on the server: no script, nothing from another site, colours set by
//! attributes (the page's policy allows no inline style). Each chart has an accessible title and,
//! beside it, the same numbers as a table.

use crate::domain::stats::Chart;
use crate::i18n::tr;
use leptos::prelude::*;

const WIDTH: u32 = 640;
const LABEL_WIDTH: u32 = 230;
const BAR_AREA: u32 = 340;
const ROW: u32 = 24;

/// Cuts a label to fit its column (the full label is in the table and the bar's title).
fn fit(label: &str) -> String {
    const MAX: usize = 27;
    if label.chars().count() <= MAX {
        label.to_string()
    } else {
        format!("{}…", label.chars().take(MAX - 1).collect::<String>())
    }
}

/// One horizontal bar chart and its data table.
#[component]
pub fn BarChart(chart: Chart) -> impl IntoView {
    let max = chart
        .bars
        .iter()
        .map(|b| b.count.drawn())
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * chart.bars.len().max(1) as u32 + 8;
    let title_id = format!("chart-{}-title", chart.id);
    let bars = chart
        .bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = 4 + ROW * i as u32;
            let width = (bar.count.drawn() * u64::from(BAR_AREA) / max) as u32;
            let count = bar.count.to_string();
            view! {
                <g class="bar">
                    <title>{format!("{}: {count}", bar.label)}</title>
                    <text x=LABEL_WIDTH - 8 y=y + 16 text-anchor="end" font-size="13" fill="#1d2327">{fit(&bar.label)}</text>
                    <rect x=LABEL_WIDTH y=y + 3 width=width height=ROW - 8 rx="2" fill="#1f4e5f"></rect>
                    <text x=LABEL_WIDTH + width + 6 y=y + 16 font-size="13" fill="#5b6670">{count}</text>
                </g>
            }
        })
        .collect_view();
    let rows = chart
        .bars
        .iter()
        .map(|b| view! { <tr><th scope="row">{b.label.clone()}</th><td>{b.count.to_string()}</td></tr> })
        .collect_view();
    let empty = chart.bars.is_empty();
    view! {
        <figure class="chart" id=format!("chart-{}", chart.id)>
            <figcaption id=title_id.clone()>{chart.title.clone()}</figcaption>
            {if empty {
                view! { <p class="hint">{tr!("chart-empty")}</p> }.into_any()
            } else {
                view! {
                    <svg viewBox=format!("0 0 {WIDTH} {height}") width="100%" role="img" aria-labelledby=title_id
                        xmlns="http://www.w3.org/2000/svg">
                        {bars}
                    </svg>
                    <details class="chart-data">
                        <summary>{tr!("chart-numbers")}</summary>
                        <table>
                            <thead><tr><th scope="col">""</th><th scope="col">{chart.unit.clone()}</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </details>
                }.into_any()
            }}
        </figure>
    }
}
