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

/// Cuts a label to fit its column (the full label is in the table and the bar's title). The
/// column holds about 27 Latin or Cyrillic letters, or half as many Chinese characters.
fn fit(label: &str) -> String {
    use unicode_width::UnicodeWidthChar;
    const COLUMNS: usize = 27;
    let width = |c: char| c.width().unwrap_or(0);
    if label.chars().map(width).sum::<usize>() <= COLUMNS {
        return label.to_string();
    }
    let mut used = 0;
    let mut kept = String::new();
    for c in label.chars() {
        if used + width(c) > COLUMNS - 1 {
            break;
        }
        used += width(c);
        kept.push(c);
    }
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn labels_are_cut_by_how_wide_they_are_drawn() {
        assert_eq!(fit("Sentenced / in prison"), "Sentenced / in prison");
        let long = fit("Political camp (“re-education” / “vocational training”)");
        assert_eq!(long.chars().count(), 27);
        assert!(long.ends_with('…'));
        // Fourteen Chinese characters are as wide as 28 letters: cut after 13.
        let chinese = fit("政治营地（“再教育”／“职业技能教育培训”）");
        assert_eq!(chinese, "政治营地（“再教育”／“职业…");
        assert_eq!(fit("伊犁哈萨克自治州"), "伊犁哈萨克自治州");
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
