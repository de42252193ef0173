//! The cross-case timeline of a selection (see [`crate::domain::waves`]): dated events of every
//! selected case, from unencrypted columns; names opened only for the lanes drawn, as the list does.

use crate::domain::account::Role;
use crate::domain::case::CaseFilter;
use crate::domain::stats::Count;
use crate::domain::vocab::names;
use crate::domain::waves::{self, CrossTimeline, Lane, Mark, Wave, MAX_LANES};
use crate::domain::PartialDate;
use crate::server::auth::access::Actor;
use crate::server::context::Context;
use crate::server::records::{self, RecordError};
use chrono::Datelike;
use std::collections::BTreeMap;

/// The earliest year drawn, whatever the records say (older dates are errors or context).
const FIRST_YEAR: i32 = 1990;

/// The timeline of a selection before its lanes are labelled: the same for every reader of a role
/// (whether small counts are hidden), so it is kept until a record changes (see
/// [`super::kept`]); the lanes' cases, in order, with their marks.
#[derive(Clone, Debug)]
pub struct TimelineBase {
    pub timeline: CrossTimeline,
    pub lanes: Vec<(String, Vec<Mark>)>,
}

/// The cross-case timeline of the cases `filter` selects, as `actor` may see it: the lanes' cases
/// are named where they may see names (and that reading is logged), else under pseudonyms.
pub async fn cross_timeline(
    cx: &Context,
    actor: &Actor,
    filter: &CaseFilter,
) -> Result<CrossTimeline, RecordError> {
    let suppressed = actor.role() == Role::Researcher;
    let this_year = cx.clock.now().year();
    // The waves' and marks' labels and the marks' dates are words: kept per language, so that
    // nobody is served the words computed for a reader of another.
    let lang = crate::i18n::current();
    let key = super::kept::key_of(filter, &[&suppressed, &this_year, &lang]);
    let base = cx
        .views
        .timelines
        .get_or(&cx.pool, key, || {
            compute(cx, filter, suppressed, this_year, lang)
        })
        .await?;
    let mut timeline = base.timeline.clone();
    if !base.lanes.is_empty() {
        let ids: Vec<String> = base.lanes.iter().map(|(id, _)| id.clone()).collect();
        for case in records::summaries_of(cx, actor, &ids).await? {
            let id = case.id.to_string();
            let marks = base
                .lanes
                .iter()
                .find(|(lane, _)| *lane == id)
                .map(|(_, marks)| marks.clone())
                .unwrap_or_default();
            timeline.lanes.push(Lane { case, marks });
        }
    }
    Ok(timeline)
}

/// The timeline of `filter`'s cases, computed now, with the lanes' cases unlabelled. One pass over
/// the dated events; marks (one per event, with its kind's label) are made only when the lanes
/// are drawn, i.e. for at most [`MAX_LANES`] cases.
async fn compute(
    cx: &Context,
    filter: &CaseFilter,
    suppressed: bool,
    this_year: i32,
    lang: crate::i18n::Lang,
) -> Result<TimelineBase, RecordError> {
    let (pool, vocab) = (&cx.pool, &*cx.vocab);
    let (cases, rows) = futures_util::future::try_join(
        crate::server::db::case_list::count_cases(pool, filter),
        crate::server::db::export_rows::dated_events(pool, filter),
    )
    .await?;
    let events: Vec<(String, String, PartialDate)> = rows
        .into_iter()
        .filter_map(|(case, kind, text)| Some((case, kind, PartialDate::parse(&text).ok()?)))
        .collect();
    let cases_with_events = events
        .iter()
        .map(|(case, _, _)| case.as_str())
        .collect::<std::collections::HashSet<_>>()
        .len();
    let lanes_drawn = cases_with_events <= MAX_LANES;
    let years = events
        .iter()
        .filter_map(|(_, _, d)| d.earliest().or_else(|| d.latest()))
        .map(|d| d.year().clamp(FIRST_YEAR, this_year));
    let from_year = years.clone().min().unwrap_or(this_year - 10);
    let to_year = years.max().unwrap_or(this_year).max(from_year);

    let mut timeline = CrossTimeline {
        from_year,
        to_year,
        cases,
        cases_with_events: 0,
        events: events.len() as u64,
        vague: 0,
        waves: Vec::new(),
        lanes: Vec::new(),
        suppressed,
    };
    let months = timeline.months();

    // Waves, in the vocabulary's order of event kinds.
    let mut per_kind: BTreeMap<&str, Vec<f32>> = BTreeMap::new();
    let mut by_case: BTreeMap<&str, Vec<Mark>> = BTreeMap::new();
    for (case, kind, date) in &events {
        let span = waves::span(date, from_year);
        let drawn = match span {
            Some((start, end)) => waves::spread(
                per_kind
                    .entry(kind.as_str())
                    .or_insert_with(|| vec![0.0; months]),
                start,
                end,
            ),
            None => false,
        };
        if !drawn {
            timeline.vague += 1;
        }
        if !lanes_drawn {
            continue;
        }
        let (start, end) = span.unwrap_or_else(|| {
            // An open-ended date is drawn from (or to) its known side, a year long.
            let known = date.earliest().or_else(|| date.latest());
            let m = known.map_or(0.0, |d| waves::month_of(d, from_year));
            if date.earliest().is_some() {
                (m, m + 12.0)
            } else {
                (m - 12.0, m)
            }
        });
        by_case.entry(case.as_str()).or_default().push(Mark {
            kind: kind.clone(),
            kind_label: vocab
                .terms(names::EVENT_KIND)
                .iter()
                .find(|t| t.code == *kind)
                .map_or_else(|| kind.clone(), |t| t.label.get(lang).to_string()),
            date: crate::i18n::dates::partial(lang, date),
            start,
            end,
        });
    }
    for term in vocab.terms(names::EVENT_KIND) {
        let Some(mut per_month) = per_kind.remove(term.code.as_str()) else {
            continue;
        };
        let per_year: Vec<Count> = per_month
            .chunks(12)
            .map(|year| Count::of(year.iter().sum::<f32>().round() as u64, suppressed))
            .collect();
        // What the table hides is not drawn either.
        for (year, count) in per_year.iter().enumerate() {
            if *count == Count::Few {
                for m in &mut per_month[year * 12..(year * 12 + 12).min(months)] {
                    *m = 0.0;
                }
            }
        }
        timeline.waves.push(Wave {
            kind: term.code.clone(),
            label: term.label.get(lang).to_string(),
            per_month,
            per_year,
        });
    }

    // One lane per case when few enough, ordered by their first detention (else first event).
    timeline.cases_with_events = cases_with_events as u64;
    let mut lanes = Vec::new();
    if lanes_drawn {
        let mut order: Vec<(&str, f32)> = by_case
            .iter()
            .map(|(case, marks)| {
                let first = |detentions: bool| {
                    marks
                        .iter()
                        .filter(|m| {
                            !detentions
                                || crate::domain::release::DETENTION_KINDS
                                    .contains(&m.kind.as_str())
                        })
                        .map(|m| m.start)
                        .reduce(f32::min)
                };
                (*case, first(true).or_else(|| first(false)).unwrap_or(0.0))
            })
            .collect();
        order.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(b.0)));
        for (case, _) in order {
            let mut marks = by_case.remove(case).unwrap_or_default();
            marks.sort_by(|a, b| a.start.total_cmp(&b.start));
            lanes.push((case.to_string(), marks));
        }
    }
    Ok(TimelineBase { timeline, lanes })
}
