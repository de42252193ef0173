//! The cross-case timeline: the events of every selected case on one time axis, so that waves
//! (detentions in 2017–2018, sentences in 2019–2020) show.
//!
//! Time is counted in months from January of the first year shown. An event is drawn as the range
//! its partial date allows ("2018" is all of 2018, "late 2017" its last four months, an exact day a
//! thin mark). The waves above the lanes spread each event evenly over the months of its range, so
//! an event known only to the year weighs one twelfth in each month rather than all in January;
//! open-ended dates ("before 2018") and ranges longer than [`MAX_SPREAD_MONTHS`] are left out of the
//! waves (and counted, so the page can say so).

use super::case::CaseSummary;
use super::stats::Count;
use super::PartialDate;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Ranges longer than this are too vague to place in a wave.
pub const MAX_SPREAD_MONTHS: u32 = 60;

/// The most cases drawn one lane each; larger selections show the waves only.
pub const MAX_LANES: usize = 250;

/// A month position: months since January of the first year shown, with the day as a fraction.
pub fn month_of(day: NaiveDate, from_year: i32) -> f32 {
    let days = f32::from(u8::try_from(days_in_month(day)).unwrap_or(30));
    let months = (day.year() - from_year) * 12 + day.month0() as i32;
    months as f32 + (day.day0() as f32) / days
}

fn days_in_month(day: NaiveDate) -> u32 {
    let (y, m) = (day.year(), day.month());
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    next.and_then(|n| n.pred_opt()).map_or(30, |d| d.day())
}

/// Where an event lies on the axis: [start, end) in months; None for open-ended dates.
pub fn span(date: &PartialDate, from_year: i32) -> Option<(f32, f32)> {
    let (first, last) = (date.earliest()?, date.latest()?);
    // The end is the start of the day after the last plausible day.
    let after = last.succ_opt()?;
    Some((month_of(first, from_year), month_of(after, from_year)))
}

/// One event of one case, placed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub kind: String,
    pub kind_label: String,
    /// The date as written ("late 2017").
    pub date: String,
    pub start: f32,
    pub end: f32,
}

/// One case's lane.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lane {
    pub case: CaseSummary,
    pub marks: Vec<Mark>,
}

/// The wave of one kind of event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Wave {
    pub kind: String,
    pub label: String,
    /// Events per month (spread over their ranges), one value per month shown.
    pub per_month: Vec<f32>,
    /// Events per year, as the data table shows them (small counts hidden from researchers).
    pub per_year: Vec<Count>,
}

/// The cross-case timeline of a selection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossTimeline {
    pub from_year: i32,
    pub to_year: i32,
    /// Cases in the selection, and those with at least one dated event.
    pub cases: u64,
    pub cases_with_events: u64,
    /// Dated events drawn, and those too vague for the waves (open-ended or very long ranges).
    pub events: u64,
    pub vague: u64,
    pub waves: Vec<Wave>,
    /// One lane per case, when the selection is small enough ([`MAX_LANES`]); else empty.
    pub lanes: Vec<Lane>,
    /// Whether counts under 5 are hidden (researchers).
    pub suppressed: bool,
}

impl CrossTimeline {
    /// Months shown.
    pub fn months(&self) -> usize {
        usize::try_from((self.to_year - self.from_year + 1).max(1) * 12).unwrap_or(12)
    }
}

/// Adds one event to a wave: its weight spread evenly over the months its range touches. Returns
/// false (and adds nothing) for a range too long or outside the axis.
pub fn spread(per_month: &mut [f32], start: f32, end: f32) -> bool {
    if end <= start || end - start > MAX_SPREAD_MONTHS as f32 {
        return false;
    }
    let first = start.floor().max(0.0) as usize;
    let last = ((end.ceil() as usize).saturating_sub(1)).min(per_month.len().saturating_sub(1));
    if start < 0.0 || first >= per_month.len() || last < first {
        return false;
    }
    let weight = 1.0 / (last - first + 1) as f32;
    for m in &mut per_month[first..=last] {
        *m += weight;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::date;

    #[test]
    fn partial_dates_become_ranges_on_the_axis() {
        assert_eq!(span(&date("2017"), 2015), Some((24.0, 36.0)));
        let (s, e) = span(&date("2018-03-15"), 2018).unwrap();
        assert!((s - (2.0 + 14.0 / 31.0)).abs() < 1e-5);
        assert!(e > s && e - s < 0.1, "a day is a thin mark");
        let (s, e) = span(&date("late 2017"), 2017).unwrap();
        assert_eq!(s, 8.0, "late = September to December");
        assert_eq!(e, 12.0);
        assert_eq!(span(&date("before 2018"), 2015), None, "open-ended");
    }

    #[test]
    fn a_year_is_spread_over_its_twelve_months() {
        let mut months = vec![0.0; 36];
        let (s, e) = span(&date("2018"), 2017).unwrap();
        assert!(spread(&mut months, s, e));
        assert!(months[..12].iter().all(|&m| m == 0.0));
        assert!(months[12..24]
            .iter()
            .all(|&m| (m - 1.0 / 12.0).abs() < 1e-6));
        assert!(months[24..].iter().all(|&m| m == 0.0));
        let (s, e) = span(&date("2019-05-02"), 2017).unwrap();
        assert!(spread(&mut months, s, e));
        assert_eq!(months[28], 1.0, "an exact day weighs all in its month");
        let total: f32 = months.iter().sum();
        assert!((total - 2.0).abs() < 1e-5, "each event weighs one");
        // Too vague, or off the axis: left out.
        assert!(!spread(&mut months, 0.0, 61.0));
        assert!(!spread(&mut months, -12.0, -1.0));
        assert!(!spread(&mut months, 40.0, 41.0));
    }
}
