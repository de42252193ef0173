//! The cross-case timeline drawn as SVG on the server: a wave per kind of event (events per month,
//! partial dates spread over their ranges), then one lane per case with each event as the range its
//! date allows. Colours are attributes (the page's policy allows no inline style); the numbers are
//! in a table beside the drawing.

use crate::domain::waves::CrossTimeline;
use crate::i18n::tr;
use leptos::prelude::*;

/// Width of the plot (the time axis), in SVG units.
const PLOT: f32 = 760.0;
const WAVE_ROW: f32 = 34.0;
const LANE: f32 = 12.0;

/// The colour of a kind of event.
pub fn colour(kind: &str) -> &'static str {
    match kind {
        "travel" => "#7f8c8d",
        "last_contact" => "#2e86ab",
        "disappearance" => "#6c3483",
        "camp" => "#c0392b",
        "detention" => "#d35400",
        "transfer" => "#a04000",
        "trial" => "#7d3c98",
        "sentence" => "#1f4e5f",
        "official_confirmation" => "#1e8449",
        "release" => "#52be80",
        "proof_of_life" => "#148f77",
        "death" => "#17202a",
        "pressure_on_family" => "#b7950b",
        _ => "#5d6d7e",
    }
}

/// The year ticks of the axis, as SVG.
fn axis(
    lang: crate::i18n::Lang,
    from_year: i32,
    to_year: i32,
    x: impl Fn(f32) -> f32,
    height: f32,
    labels: bool,
) -> impl IntoView {
    let years = (to_year - from_year + 1).max(1);
    // Label every year when they fit, else every other one.
    let step = if years > 16 { 2 } else { 1 };
    (0..years)
        .map(|i| {
            let at = x(i as f32 * 12.0);
            let label = (labels && i % step == 0).then(|| {
                view! { <text x=at + 3.0 y="12" font-size="11" fill="#5b6670">{crate::i18n::dates::year(lang, from_year + i)}</text> }
            });
            view! {
                <g>
                    <line x1=at x2=at y1="0" y2=height stroke="#d8dde1" stroke-width="1"></line>
                    {label}
                </g>
            }
        })
        .collect_view()
}

/// The row of year labels above the waves and the lanes (aligned with their plots).
fn year_row(
    lang: crate::i18n::Lang,
    from_year: i32,
    to_year: i32,
    x: impl Fn(f32) -> f32,
) -> impl IntoView {
    view! {
        <div class="lane-axis">
            <span></span>
            <svg viewBox=format!("0 0 {PLOT} 16") width="100%" height="16" aria-hidden="true" preserveAspectRatio="none"
                xmlns="http://www.w3.org/2000/svg">
                {axis(lang, from_year, to_year, x, 16.0, true)}
            </svg>
        </div>
    }
}

/// The whole cross-case timeline with its legend and data table.
#[component]
pub fn CrossTimelineChart(timeline: CrossTimeline) -> impl IntoView {
    let months = timeline.months() as f32;
    let per_month = PLOT / months;
    let x = move |m: f32| m.clamp(0.0, months) * per_month;
    let (from, to) = (timeline.from_year, timeline.to_year);
    let lang = crate::i18n::use_lang();

    // One row per kind: its label (the legend of the lanes' colours too) and its wave.
    let waves = timeline
        .waves
        .iter()
        .map(|w| {
            let peak = w.per_month.iter().copied().fold(0.0f32, f32::max);
            let hidden = peak == 0.0;
            let bars = w
                .per_month
                .iter()
                .enumerate()
                .filter(|(_, v)| **v > 0.0)
                .map(|(m, v)| {
                    let h = (v / peak.max(f32::EPSILON) * (WAVE_ROW - 6.0)).max(1.0);
                    view! {
                        <rect x=x(m as f32) y=WAVE_ROW - 2.0 - h width=per_month.max(1.0) height=h
                            fill=colour(&w.kind)></rect>
                    }
                })
                .collect_view();
            let note = if hidden {
                format!(" · {}", tr!("waves-note-hidden"))
            } else {
                format!(" · {}", tr!("waves-note-peak", {"peak" => format!("{:.1}", peak)}))
            };
            view! {
                <li>
                    <span class="wave-label">
                        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill=colour(&w.kind)></rect></svg>
                        " "{w.label.clone()}<span class="hint">{note.clone()}</span>
                    </span>
                    <svg viewBox=format!("0 0 {PLOT} {WAVE_ROW}") width="100%" height=WAVE_ROW role="img"
                        aria-label=format!("{}{note}", w.label) preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg">
                        {axis(lang, from, to, x, WAVE_ROW, false)}
                        <line x1="0" x2=PLOT y1=WAVE_ROW - 2.0 y2=WAVE_ROW - 2.0 stroke="#aab3ba" stroke-width="0.5"></line>
                        {bars}
                    </svg>
                </li>
            }
        })
        .collect_view();

    let table_head = (from..=to)
        .map(|y| view! { <th scope="col">{crate::i18n::dates::year(lang, y)}</th> })
        .collect_view();
    let table_rows = timeline
        .waves
        .iter()
        .map(|w| {
            let cells = w
                .per_year
                .iter()
                .map(|c| view! { <td>{c.to_string()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{w.label.clone()}</th>{cells}</tr> }
        })
        .collect_view();

    let lanes_shown = !timeline.lanes.is_empty();
    let lanes = timeline
        .lanes
        .into_iter()
        .map(|lane| {
            let marks = lane
                .marks
                .iter()
                .map(|m| {
                    let (x0, x1) = (x(m.start), x(m.end));
                    view! {
                        <rect x=x0 y="2" width=(x1 - x0).max(2.0) height=LANE - 4.0 rx="1" fill=colour(&m.kind) opacity="0.8">
                            <title>{format!("{}: {}", m.kind_label, m.date)}</title>
                        </rect>
                    }
                })
                .collect_view();
            let summary = lane
                .marks
                .iter()
                .map(|m| format!("{} {}", m.kind_label, m.date))
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <li>
                    <a href=format!("/cases/{}", lane.case.id) dir="auto">{lane.case.display_name.expose().to_string()}</a>
                    <svg viewBox=format!("0 0 {PLOT} {LANE}") width="100%" height=LANE role="img" aria-label=summary
                        preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg">
                        {marks}
                    </svg>
                </li>
            }
        })
        .collect_view();

    view! {
        <figure class="chart cross-timeline" id="chart-waves" aria-labelledby="waves-title">
            <figcaption id="waves-title">{tr!("waves-caption")}</figcaption>
            {year_row(lang, from, to, x)}
            <ol class="lanes waves">{waves}</ol>
            <details class="chart-data">
                <summary>{tr!("waves-numbers")}</summary>
                <div class="table-wrap">
                    <table>
                        <thead><tr><th scope="col">""</th>{table_head}</tr></thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </div>
            </details>
        </figure>
        {lanes_shown.then(|| view! {
            <figure class="chart cross-timeline" id="chart-lanes">
                <figcaption>{tr!("waves-lanes-caption")}</figcaption>
                {year_row(lang, from, to, x)}
                <ol class="lanes">{lanes}</ol>
            </figure>
        })}
    }
}
