//! `PartialDate`: the partial, approximate dates volunteers type ("c. 2012", "May–June 2018").
//!
//! Parsing is forgiving about spelling (English, Russian and Kazakh month names, several numeric
//! layouts, extra spaces) but strict about meaning: anything impossible or ambiguous is rejected
//! with a [`PartialDateError`] whose message never repeats the input, because inputs can be
//! sensitive.
//!
//! Accepted shapes (case-insensitive; spaces trimmed and collapsed):
//! - year `2017`; month `2017-05`, `May 2017`, `05/2017`, `05.2017`; day `2017-05-14`,
//!   `14 May 2017`, `May 14, 2017`, `14.05.2017`, and `14/05/2017` or `05/14/2017` only when
//!   just one reading is possible;
//! - month names in English (full or 3 letters), Russian (январь/января/январе/янв., …) and
//!   Kazakh (қаңтар, …, also with case endings and typed with Russian letters);
//! - `early`/`mid`/`late` before a year or month (also Russian начало/середина/конец and Kazakh
//!   басы/ортасы/аяғы after it);
//! - `c.`, `ca.`, `circa`, `about`, `~` (approximate); `before`, `after` (single points only);
//! - ranges joined by an en/em dash, a spaced hyphen, `to`, a hyphen between years (`2019-2020`)
//!   or a slash between full points (`2017-05-14/2017-06-01`); the start may leave out what it
//!   shares with the end (`May–June 2018`, `14–20 May 2018`);
//! - years 1900..=2100 only.
//!
//! Conventions:
//! - Thirds ("early", "mid", "late"): of a year, months 1–4 / 5–8 / 9–12; of a month,
//!   days 1–10 / 11–20 / 21–end.
//! - "c." widens [`PartialDate::earliest`] / [`PartialDate::latest`] by one unit of the point:
//!   a year ±1 year, a third of a year ±4 months, a month ±1 month, a third of a month ±10 days,
//!   a day ±7 days.
//! - A range must not end before it starts: the end may neither begin before the start begins
//!   nor finish before the start finishes, and the two ends must differ.
//! - Timeline order: see [`PartialDate::sort_key`].

use std::cmp::Ordering;
use std::fmt;
use std::ops::RangeInclusive;
use std::str::FromStr;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

/// Earliest year accepted.
pub const MIN_YEAR: i32 = 1900;
/// Latest year accepted.
pub const MAX_YEAR: i32 = 2100;

/// Longer inputs are rejected up front; no real date is this long and it bounds the retries of
/// range splitting.
const MAX_INPUT_CHARS: usize = 120;

/// Why a typed date was rejected; `Display` is a sentence for volunteers and never repeats the input.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Error)]
pub enum PartialDateError {
    /// Nothing was typed (callers usually treat that as "no date" before parsing).
    #[error("enter a date such as 2017, May 2017 or c. 2012")]
    Empty,
    /// The input is far longer than any date.
    #[error("that is too long for a date; enter a date such as 2017, May 2017 or c. 2012")]
    TooLong,
    /// The input matches none of the accepted shapes.
    #[error(
        "this is not a date we can read; use a form such as 2017, May 2017, 14 May 2017, \
         14.05.2017, 2017-05-14, early 2019, c. 2012, before 2018 or 2019–2020"
    )]
    Unrecognized,
    /// A word is neither a month name nor a known qualifier.
    #[error(
        "a word in the date was not recognised; use a month name in English, Russian, Kazakh or Uyghur, \
         or c., before, after, early, mid or late"
    )]
    UnknownWord,
    /// The year is outside 1900..=2100.
    #[error("the year must be between {MIN_YEAR} and {MAX_YEAR}")]
    YearOutOfRange,
    /// The year was written with two digits.
    #[error("write the year with all four digits, for example 2017")]
    TwoDigitYear,
    /// The month number is not 1..=12.
    #[error("month must be between 1 and 12")]
    MonthOutOfRange,
    /// The day number is not 1..=31.
    #[error("day must be between 1 and 31")]
    DayOutOfRange,
    /// The day is past the end of its month (e.g. 30 February).
    #[error("that day does not exist in that month")]
    NonexistentDay,
    /// A month or part was given without a year.
    #[error("add a year, for example May 2017")]
    MissingYear,
    /// A day was given without a month.
    #[error("a day needs a month, for example 14 May 2017")]
    MissingMonth,
    /// Early/mid/late was combined with a full date.
    #[error("early, mid and late can only be used with a year or a month, not with a full date")]
    PartWithDay,
    /// Both readings of a slashed date are possible (e.g. 05/06/2017).
    #[error(
        "it is unclear which number is the day and which is the month; \
         write the date as 14.05.2017, 2017-05-14 or 14 May 2017"
    )]
    AmbiguousDayMonth,
    /// More than one of circa, before and after was used.
    #[error("use only one of c., before or after")]
    ConflictingQualifiers,
    /// Before/after was applied to a range.
    #[error("before and after can only be used with a single date, not with a range")]
    QualifiedRange,
    /// The end of a range lies before its start.
    #[error("a range must end after it starts")]
    RangeEndsBeforeStart,
    /// Both ends of a range are the same date.
    #[error("the start and end of the range are the same; enter a single date instead")]
    RangeSameEnds,
}

impl PartialDateError {
    /// The sentence shown to a person, in `lang` (the `#[error]` text above stays English, for logs).
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::tr;
        match self {
            Self::Empty => tr!(lang, "error-date-empty"),
            Self::TooLong => tr!(lang, "error-date-too-long"),
            Self::Unrecognized => tr!(lang, "error-date-unrecognized"),
            Self::UnknownWord => tr!(lang, "error-date-unknown-word"),
            Self::YearOutOfRange => {
                tr!(lang, "error-date-year-range", {"min" => MIN_YEAR, "max" => MAX_YEAR})
            }
            Self::TwoDigitYear => tr!(lang, "error-date-two-digit-year"),
            Self::MonthOutOfRange => tr!(lang, "error-date-month-range"),
            Self::DayOutOfRange => tr!(lang, "error-date-day-range"),
            Self::NonexistentDay => tr!(lang, "error-date-nonexistent-day"),
            Self::MissingYear => tr!(lang, "error-date-missing-year"),
            Self::MissingMonth => tr!(lang, "error-date-missing-month"),
            Self::PartWithDay => tr!(lang, "error-date-part-with-day"),
            Self::AmbiguousDayMonth => tr!(lang, "error-date-ambiguous"),
            Self::ConflictingQualifiers => tr!(lang, "error-date-conflicting-qualifiers"),
            Self::QualifiedRange => tr!(lang, "error-date-qualified-range"),
            Self::RangeEndsBeforeStart => tr!(lang, "error-date-range-backwards"),
            Self::RangeSameEnds => tr!(lang, "error-date-range-same-ends"),
        }
    }
}

use PartialDateError as E;

/// How finely a date point is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Precision {
    /// Only the year is known (possibly with early/mid/late).
    Year,
    /// Year and month are known (possibly with early/mid/late).
    Month,
    /// The exact day is known.
    Day,
}

/// A third of a year (months 1–4, 5–8, 9–12) or of a month (days 1–10, 11–20, 21–end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Part {
    /// First third.
    Early,
    /// Middle third.
    Mid,
    /// Last third.
    Late,
}

impl Part {
    fn first_month(self) -> u32 {
        match self {
            Part::Early => 1,
            Part::Mid => 5,
            Part::Late => 9,
        }
    }

    fn first_day(self) -> u32 {
        match self {
            Part::Early => 1,
            Part::Mid => 11,
            Part::Late => 21,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Part::Early => "early",
            Part::Mid => "mid",
            Part::Late => "late",
        }
    }
}

/// How certain a date is: exact, approximate, or only a bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// Approximately ("c. 2012").
    Circa,
    /// Some time before the point ("before 2018").
    Before,
    /// Some time after the point ("after May 2017").
    After,
}

/// One end of a date: a year, optionally refined by month, day, or a third of the year/month.
///
/// Fields are public for reading; a hand-built point may be invalid, so `PartialDate` only
/// accepts points that pass [`DatePoint::validate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DatePoint {
    /// Calendar year, 1900..=2100.
    pub year: i32,
    /// Month 1..=12, if known.
    pub month: Option<u32>,
    /// Day of month, if known (requires `month`).
    pub day: Option<u32>,
    /// Early/mid/late third of the year or month (never with `day`).
    pub part: Option<Part>,
}

impl DatePoint {
    /// How finely this point is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            (None, None) => Precision::Year,
        }
    }

    /// Checks the year range, month and day numbers, that the day exists, and that parts and
    /// days are not combined.
    pub fn validate(&self) -> Result<(), PartialDateError> {
        within(self.year, MIN_YEAR..=MAX_YEAR, E::YearOutOfRange)?;
        if let Some(m) = self.month {
            within(m, 1..=12, E::MonthOutOfRange)?;
        }
        if let Some(d) = self.day {
            let Some(m) = self.month else {
                return Err(E::MissingMonth);
            };
            within(d, 1..=31, E::DayOutOfRange)?;
            if d > days_in_month(self.year, m) {
                return Err(E::NonexistentDay);
            }
            if self.part.is_some() {
                return Err(E::PartWithDay);
            }
        }
        Ok(())
    }

    /// First day covered by this point, or `None` if the point is invalid.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.validate().ok()?;
        let y = self.year;
        match (self.month, self.day, self.part) {
            (Some(m), Some(d), _) => NaiveDate::from_ymd_opt(y, m, d),
            (Some(m), None, p) => NaiveDate::from_ymd_opt(y, m, p.map_or(1, Part::first_day)),
            (None, _, p) => NaiveDate::from_ymd_opt(y, p.map_or(1, Part::first_month), 1),
        }
    }

    /// Last day covered by this point, or `None` if the point is invalid.
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.validate().ok()?;
        let y = self.year;
        match (self.month, self.day, self.part) {
            (Some(m), Some(d), _) => NaiveDate::from_ymd_opt(y, m, d),
            (Some(m), None, Some(Part::Early)) => NaiveDate::from_ymd_opt(y, m, 10),
            (Some(m), None, Some(Part::Mid)) => NaiveDate::from_ymd_opt(y, m, 20),
            (Some(m), None, _) => NaiveDate::from_ymd_opt(y, m, days_in_month(y, m)),
            (None, _, p) => {
                let m = p.map_or(12, |p| p.first_month() + 3);
                NaiveDate::from_ymd_opt(y, m, days_in_month(y, m))
            }
        }
    }

    /// Internal: only called on validated points, so the day always exists.
    fn first(&self) -> NaiveDate {
        self.first_day()
            .expect("PartialDate only holds validated points")
    }

    /// Internal: only called on validated points, so the day always exists.
    fn last(&self) -> NaiveDate {
        self.last_day()
            .expect("PartialDate only holds validated points")
    }

    /// Coarse-to-fine rank used by the timeline: year, third of year, month, third of month, day.
    fn granularity(&self) -> u8 {
        match (self.month, self.day, self.part) {
            (None, _, None) => 0,
            (None, _, Some(_)) => 1,
            (Some(_), None, None) => 2,
            (Some(_), None, Some(_)) => 3,
            (Some(_), Some(_), _) => 4,
        }
    }

    fn is_bare_year(&self) -> bool {
        self.month.is_none() && self.part.is_none()
    }

    /// Start of the circa window (see module docs for the units).
    fn widened_first(&self) -> NaiveDate {
        let first = self.first();
        let widened = match (self.month, self.day, self.part) {
            (_, Some(_), _) => first.checked_sub_days(Days::new(7)),
            (Some(_), None, Some(_)) => first.checked_sub_days(Days::new(10)),
            (Some(_), None, None) => first.checked_sub_months(Months::new(1)),
            (None, _, Some(_)) => first.checked_sub_months(Months::new(4)),
            (None, _, None) => first.checked_sub_months(Months::new(12)),
        };
        widened.expect("years 1899..=2101 are well within chrono's range")
    }

    /// End of the circa window (see module docs for the units).
    fn widened_last(&self) -> NaiveDate {
        let last = self.last();
        let widened = match (self.month, self.day, self.part) {
            (_, Some(_), _) => last.checked_add_days(Days::new(7)),
            (Some(_), None, Some(_)) => last.checked_add_days(Days::new(10)),
            (Some(_), None, None) => end_of_month_after(last, 1),
            (None, _, Some(_)) => end_of_month_after(last, 4),
            (None, _, None) => end_of_month_after(last, 12),
        };
        widened.expect("years 1899..=2101 are well within chrono's range")
    }
}

impl fmt::Display for DatePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.part {
            write!(f, "{} ", p.label())?;
        }
        if let Some(d) = self.day {
            write!(f, "{d} ")?;
        }
        if let Some(m) = self.month {
            match m
                .checked_sub(1)
                .and_then(|i| ENGLISH_MONTHS.get(i as usize))
            {
                Some(name) => write!(f, "{name} ")?,
                // Only reachable for hand-built invalid points; still print something honest.
                None => write!(f, "month {m} ")?,
            }
        }
        write!(f, "{}", self.year)
    }
}

/// A date as a volunteer typed it: a point or range, with a qualifier (exact, c., before, after).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    qualifier: Qualifier,
    start: DatePoint,
    end: Option<DatePoint>,
}

impl PartialDate {
    /// Parses what a volunteer typed; see the module docs for the accepted shapes.
    pub fn parse(input: &str) -> Result<PartialDate, PartialDateError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(E::Empty);
        }
        if trimmed.chars().nth(MAX_INPUT_CHARS).is_some() {
            return Err(E::TooLong);
        }
        let tokens = tokenize(trimmed)?;
        if tokens.is_empty() {
            return Err(E::Empty);
        }
        let tokens = cleanup(tokens);
        if tokens.is_empty() {
            return Err(E::Unrecognized);
        }
        parse_tokens(&tokens)
    }

    /// A whole year; years outside 1900..=2100 are clamped into range (use `try_year` to reject them).
    pub fn year(y: i32) -> Self {
        Self::single(DatePoint {
            year: y.clamp(MIN_YEAR, MAX_YEAR),
            month: None,
            day: None,
            part: None,
        })
    }

    /// A whole year, rejecting years outside 1900..=2100.
    pub fn try_year(y: i32) -> Result<Self, PartialDateError> {
        Self::from_point(DatePoint {
            year: y,
            month: None,
            day: None,
            part: None,
        })
    }

    /// A whole month.
    pub fn month(y: i32, m: u32) -> Result<Self, PartialDateError> {
        Self::from_point(DatePoint {
            year: y,
            month: Some(m),
            day: None,
            part: None,
        })
    }

    /// A single day.
    pub fn day(y: i32, m: u32, d: u32) -> Result<Self, PartialDateError> {
        Self::from_point(DatePoint {
            year: y,
            month: Some(m),
            day: Some(d),
            part: None,
        })
    }

    /// An exact single date from any valid point (the way to build "early 2019" in code).
    pub fn from_point(point: DatePoint) -> Result<Self, PartialDateError> {
        point.validate()?;
        Ok(Self::single(point))
    }

    fn single(start: DatePoint) -> Self {
        PartialDate {
            qualifier: Qualifier::Exact,
            start,
            end: None,
        }
    }

    /// Marks the date (point or range) as approximate, replacing any before/after.
    pub fn circa(self) -> Self {
        PartialDate {
            qualifier: Qualifier::Circa,
            ..self
        }
    }

    /// "Before" this date; a range collapses to "before its start", since that is what it bounds.
    pub fn before(self) -> Self {
        PartialDate {
            qualifier: Qualifier::Before,
            start: self.start,
            end: None,
        }
    }

    /// "After" this date; a range collapses to "after its end", since that is what it bounds.
    pub fn after(self) -> Self {
        PartialDate {
            qualifier: Qualifier::After,
            start: self.end.unwrap_or(self.start),
            end: None,
        }
    }

    /// A range from the start of `start` to the end of `end`; circa if either is circa.
    pub fn range(start: PartialDate, end: PartialDate) -> Result<Self, PartialDateError> {
        let mut circa = false;
        for q in [start.qualifier, end.qualifier] {
            match q {
                Qualifier::Exact => {}
                Qualifier::Circa => circa = true,
                Qualifier::Before | Qualifier::After => return Err(E::QualifiedRange),
            }
        }
        build_range(
            Qualifier::Exact,
            circa,
            start.start,
            end.end.unwrap_or(end.start),
        )
    }

    /// Precision of the start point.
    pub fn precision(&self) -> Precision {
        self.start.precision()
    }

    /// Exact, circa, before or after.
    pub fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// Whether this is a range ("2019–2020").
    pub fn is_range(&self) -> bool {
        self.end.is_some()
    }

    /// The start point (the only point unless this is a range).
    pub fn start(&self) -> DatePoint {
        self.start
    }

    /// The end point of a range.
    pub fn end(&self) -> Option<DatePoint> {
        self.end
    }

    /// Earliest plausible day; `None` for "before X", which is open-ended.
    pub fn earliest(&self) -> Option<NaiveDate> {
        match self.qualifier {
            Qualifier::Exact => Some(self.start.first()),
            Qualifier::Circa => Some(self.start.widened_first()),
            Qualifier::Before => None,
            Qualifier::After => self.start.last().succ_opt(),
        }
    }

    /// Latest plausible day; `None` for "after X", which is open-ended.
    pub fn latest(&self) -> Option<NaiveDate> {
        let last_point = self.end.unwrap_or(self.start);
        match self.qualifier {
            Qualifier::Exact => Some(last_point.last()),
            Qualifier::Circa => Some(last_point.widened_last()),
            Qualifier::Before => self.start.first().pred_opt(),
            Qualifier::After => None,
        }
    }

    /// Timeline key `(anchor, rank)`.
    ///
    /// The anchor is the first day of the start point without circa widening ("early/mid/late"
    /// use the first day of their third); "before X" anchors the day before X begins and
    /// "after X" the day after X ends. On equal anchors the rank orders coarse before fine
    /// (year, third of a year, month, third of a month, day), then exact, exact range, circa,
    /// circa range, before, after: `rank = 10 * granularity + 2 * qualifier + is_range`.
    pub fn sort_key(&self) -> (NaiveDate, u8) {
        let anchor = match self.qualifier {
            Qualifier::Before => self.start.first().pred_opt(),
            Qualifier::After => self.start.last().succ_opt(),
            Qualifier::Exact | Qualifier::Circa => Some(self.start.first()),
        }
        .expect("years 1899..=2101 are well within chrono's range");
        let qualifier_rank = match self.qualifier {
            Qualifier::Exact => 0,
            Qualifier::Circa => 1,
            Qualifier::Before => 2,
            Qualifier::After => 3,
        };
        let rank = 10 * self.start.granularity() + 2 * qualifier_rank + u8::from(self.is_range());
        (anchor, rank)
    }

    /// Year for a "year of disappearance" filter: the anchor's year ("before 2018" → 2017,
    /// "after 2017" → 2018, otherwise the start year).
    pub fn year_hint(&self) -> i32 {
        self.sort_key().0.year()
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.qualifier {
            Qualifier::Exact => {}
            Qualifier::Circa => f.write_str("c. ")?,
            Qualifier::Before => f.write_str("before ")?,
            Qualifier::After => f.write_str("after ")?,
        }
        write!(f, "{}", self.start)?;
        if let Some(end) = &self.end {
            // Typographic convention: a closed-up en dash between plain numbers, spaced otherwise.
            let dash = if self.start.is_bare_year() && end.is_bare_year() {
                "–"
            } else {
                " – "
            };
            write!(f, "{dash}{end}")?;
        }
        Ok(())
    }
}

impl PartialDate {
    /// How Izde reads the date, in English (pages use [`crate::i18n::dates::reading`] in the
    /// page's language): the date as it will be shown, then the days it covers
    /// (`late 2019: 1 Sept 2019 to 31 Dec 2019`).
    pub fn reading(&self) -> String {
        crate::i18n::dates::reading(crate::i18n::Lang::En, self)
    }
}

impl FromStr for PartialDate {
    type Err = PartialDateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        // The field comparison only breaks sort_key ties, so that Ord agrees with Eq.
        self.sort_key().cmp(&other.sort_key()).then_with(|| {
            (self.qualifier, self.start, self.end).cmp(&(other.qualifier, other.start, other.end))
        })
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        // The error's Display never contains the input, so this is safe to log.
        PartialDate::parse(&s).map_err(de::Error::custom)
    }
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers

/// `value` if it lies in `range`, otherwise `error`.
fn within<T: PartialOrd>(
    value: T,
    range: RangeInclusive<T>,
    error: PartialDateError,
) -> Result<T, PartialDateError> {
    if range.contains(&value) {
        Ok(value)
    } else {
        Err(error)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Last day of the month `months` after the month containing `day`.
fn end_of_month_after(day: NaiveDate, months: u32) -> Option<NaiveDate> {
    let first = day.with_day(1)?.checked_add_months(Months::new(months))?;
    NaiveDate::from_ymd_opt(
        first.year(),
        first.month(),
        days_in_month(first.year(), first.month()),
    )
}

fn build_range(
    qualifier: Qualifier,
    side_circa: bool,
    start: DatePoint,
    end: DatePoint,
) -> Result<PartialDate, PartialDateError> {
    let qualifier = match qualifier {
        Qualifier::Before | Qualifier::After => return Err(E::QualifiedRange),
        Qualifier::Circa => Qualifier::Circa,
        Qualifier::Exact if side_circa => Qualifier::Circa,
        Qualifier::Exact => Qualifier::Exact,
    };
    if start == end {
        return Err(E::RangeSameEnds);
    }
    if end.first() < start.first() || end.last() < start.last() {
        return Err(E::RangeEndsBeforeStart);
    }
    Ok(PartialDate {
        qualifier,
        start,
        end: Some(end),
    })
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Words are compared after `fold`, so Kazakh letters typed with a Russian layout
// (к for қ, и for і, ...) still match.

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English and Russian spellings per month (Russian: nominative, genitive, prepositional, abbreviations).
const MONTH_WORDS: [&[&str]; 12] = [
    &["january", "jan", "январь", "января", "январе", "янв"],
    &[
        "february",
        "feb",
        "февраль",
        "февраля",
        "феврале",
        "фев",
        "февр",
    ],
    &["march", "mar", "март", "марта", "марте", "мар"],
    &["april", "apr", "апрель", "апреля", "апреле", "апр"],
    &["may", "май", "мая", "мае"],
    &["june", "jun", "июнь", "июня", "июне", "июн"],
    &["july", "jul", "июль", "июля", "июле", "июл"],
    &["august", "aug", "август", "августа", "августе", "авг"],
    &[
        "september",
        "sep",
        "sept",
        "сентябрь",
        "сентября",
        "сентябре",
        "сен",
        "сент",
    ],
    &["october", "oct", "октябрь", "октября", "октябре", "окт"],
    &[
        "november",
        "nov",
        "ноябрь",
        "ноября",
        "ноябре",
        "ноя",
        "нояб",
    ],
    &["december", "dec", "декабрь", "декабря", "декабре", "дек"],
];

/// Kazakh month names; they take case endings ("мамырда" = in May), handled by `KAZAKH_ENDINGS`.
const KAZAKH_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// Kazakh case endings that may follow a month name (locative, genitive, possessive, dative, ablative).
const KAZAKH_ENDINGS: &[&str] = &[
    "",
    "да",
    "де",
    "та",
    "те",
    "сы",
    "сі",
    "сында",
    "сінде",
    "дың",
    "дің",
    "тың",
    "тің",
    "ның",
    "нің",
    "ы",
    "і",
    "ға",
    "ге",
    "қа",
    "ке",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
];

/// A table of word lists, each with what any word in it means; see [`meaning`].
type WordMeanings<T> = [(&'static [&'static str], T)];

/// Qualifiers written before the date ("c. 2012", "до 2018").
const QUALIFIER_WORDS: &WordMeanings<Qualifier> = &[
    (
        &[
            "c",
            "ca",
            "circa",
            "about",
            "around",
            "approx",
            "approximately",
            "около",
            "ок",
            "примерно",
            "приблизительно",
            "шамамен",
            "约",
            "تەخمىنەن",
        ],
        Qualifier::Circa,
    ),
    (&["before", "до"], Qualifier::Before),
    (&["after", "после"], Qualifier::After),
];
/// Kazakh puts "before"/"after" after the date ("2018 жылға дейін").
/// So do Uyghur ("2018 دىن ئىلگىرى"), Chinese ("2018年之前") and the Russian Izde writes
/// ("май 2018 г. или раньше").
const TRAILING_QUALIFIERS: &WordMeanings<Qualifier> = &[
    (&["дейін", "ئىلگىرى", "前", "раньше"], Qualifier::Before),
    (&["кейін", "كېيىن", "后", "позже"], Qualifier::After),
];

/// Parts written before the date ("early 2019", "в начале мая 2019").
const LEADING_PARTS: &WordMeanings<Part> = &[
    (
        &["early", "beginning", "start", "начало", "начала", "начале"],
        Part::Early,
    ),
    (
        &["mid", "middle", "середина", "середины", "середине"],
        Part::Mid,
    ),
    (&["late", "end", "конец", "конца", "конце"], Part::Late),
];
/// Kazakh parts follow the date ("2019 жылдың басы" = early 2019), as do Uyghur and Chinese ones
/// ("2019 بېشى", "2019年初") and the Russian Izde writes ("май 2019 г. (начало)").
const TRAILING_PARTS: &WordMeanings<Part> = &[
    (&["басы", "басында", "بېشى", "初", "начало"], Part::Early),
    (
        &["ортасы", "ортасында", "ئوتتۇرىسى", "中", "середина"],
        Part::Mid,
    ),
    (
        &[
            "аяғы",
            "аяғында",
            "соңы",
            "соңында",
            "ئاخىرى",
            "末",
            "конец",
        ],
        Part::Late,
    ),
];

/// Words that carry no date information ("in May 2017", "в мае 2017", "end of 2019").
/// Also "или" (Russian "… or earlier"), Chinese 之/以 (之前 = before) and the Uyghur ablative
/// "دىن" written apart from the date.
const FILLERS: &[&str] = &["in", "of", "the", "в", "во", "или", "之", "以", "دىن"];
/// Words marking a year ("2017 г.", "2017 жылы"); dropped when they follow a number.
const YEAR_MARKERS: &[&str] = &[
    "г",
    "гг",
    "год",
    "года",
    "году",
    "ж",
    "жж",
    "жыл",
    "жылы",
    "жылғы",
    "жылдың",
    "жылға",
    "жылдан",
    "年",
    "يىل",
    "يىلى",
];
/// Words marking a day ("14日"); dropped when they follow a number.
const DAY_MARKERS: &[&str] = &["日", "号"];
/// English ordinal suffixes written straight after a number ("14th").
const ORDINALS: &[&str] = &["st", "nd", "rd", "th"];
/// Words joining the two ends of a range ("2019 to 2020", "с мая по июнь").
const RANGE_WORDS: &[&str] = &["to", "until", "till", "по", "до", "至", "到"];

fn is_combining(c: char) -> bool {
    // Latin/Cyrillic accents, and Arabic-script vowel marks.
    ('\u{0300}'..='\u{036f}').contains(&c)
        || ('\u{064b}'..='\u{065f}').contains(&c)
        || c == '\u{0670}'
}

/// Chinese characters: each is a word of its own ("2017年5月" has no spaces).
fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Marks that steer the direction of text but are not part of it (a date copied from a
/// right-to-left page carries them).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{feff}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2066}'..='\u{2069}'
    )
}

/// Lower-cased word with Kazakh-specific letters mapped to Russian look-alikes.
fn fold(word: &str) -> String {
    let cyrillic = word.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c));
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'ә' => 'а',
            'ғ' => 'г',
            'қ' => 'к',
            'ң' => 'н',
            'ө' => 'о',
            'ұ' | 'ү' => 'у',
            'һ' => 'х',
            'і' => 'и',
            'ё' => 'е',
            // Latin i is a common stand-in for Kazakh і.
            'i' if cyrillic => 'и',
            // Decomposed й (и + breve) from some keyboards.
            '\u{0306}' => {
                if out.ends_with('и') {
                    out.pop();
                    out.push('й');
                }
                continue;
            }
            c if is_combining(c) => continue,
            c => c,
        };
        out.push(mapped);
    }
    out
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|candidate| fold(candidate) == word)
}

fn month_word(word: &str) -> Option<u32> {
    // "5月": a month number and the Chinese month character (see `cleanup`).
    if let Some(n) = word.strip_suffix('月') {
        return n.parse().ok().filter(|m| (1..=12).contains(m));
    }
    for (i, forms) in (1u32..).zip(MONTH_WORDS) {
        if is_one_of(word, forms) {
            return Some(i);
        }
    }
    if let Some(&(_, m)) = written_months().iter().find(|(w, _)| w == word) {
        return Some(m);
    }
    for (i, stem) in (1u32..).zip(KAZAKH_MONTHS) {
        if let Some(ending) = word.strip_prefix(fold(stem).as_str()) {
            if is_one_of(ending, KAZAKH_ENDINGS) {
                return Some(i);
            }
        }
    }
    None
}

/// The month names Izde writes in each of its languages (CLDR's, through ICU4X: "мам.", "ماي",
/// "Sept"), folded, so that every date Izde writes reads back.
fn written_months() -> &'static [(String, u32)] {
    use crate::i18n::{dates, Lang};
    static WORDS: std::sync::OnceLock<Vec<(String, u32)>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = Vec::new();
        for lang in Lang::ALL {
            for m in 1..=12u32 {
                for written in [dates::month(lang, 2017, m), dates::day(lang, 2017, m, 14)] {
                    for token in tokenize(&written).unwrap_or_default() {
                        if let Tok::Word(w) = token.tok {
                            let marker = is_one_of(&w, YEAR_MARKERS) || is_one_of(&w, FILLERS);
                            let han = w.chars().any(is_han);
                            if !marker && !han && !words.contains(&(w.clone(), m)) {
                                words.push((w, m));
                            }
                        }
                    }
                }
            }
        }
        words
    })
}

/// What `word` means: the value of the first list in `table` that holds it.
fn meaning<T: Copy>(word: &str, table: &WordMeanings<T>) -> Option<T> {
    table
        .iter()
        .find(|(words, _)| is_one_of(word, words))
        .map(|&(_, value)| value)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lead {
    /// "from X to Y", "с X по Y".
    From,
    /// "between X and Y".
    Between,
}

/// Words opening a range ("from 2019 to 2020", "с мая по июнь").
const RANGE_LEADS: &WordMeanings<Lead> = &[
    (&["from", "с", "со"], Lead::From),
    (&["between"], Lead::Between),
];

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Num(String),
    Word(String),
    Hyphen,
    /// En/em dash and similar: always a range separator.
    Dash,
    Slash,
    Dot,
    Comma,
    Tilde,
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    /// Whitespace came right before this token; a spaced hyphen separates a range.
    spaced: bool,
}

impl Token {
    fn word(&self) -> Option<&str> {
        match &self.tok {
            Tok::Word(w) => Some(w),
            _ => None,
        }
    }

    /// What this token means by `table`, if it is a word listed there.
    fn meaning<T: Copy>(&self, table: &WordMeanings<T>) -> Option<T> {
        self.word().and_then(|w| meaning(w, table))
    }
}

fn tokenize(input: &str) -> Result<Vec<Token>, PartialDateError> {
    let mut out = Vec::new();
    let mut spaced = false;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        let tok = if c.is_ascii_digit() {
            let mut digits = String::from(c);
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            Tok::Num(digits)
        } else if is_han(c) {
            Tok::Word(c.to_string())
        } else if c.is_alphabetic() {
            let mut word = String::from(c);
            while let Some(&d) = chars
                .peek()
                .filter(|d| (d.is_alphabetic() && !is_han(**d)) || is_combining(**d))
            {
                word.push(d);
                chars.next();
            }
            Tok::Word(fold(&word))
        } else {
            match c {
                '-' | '\u{2010}' | '\u{2011}' => Tok::Hyphen,
                '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => Tok::Dash,
                '/' => Tok::Slash,
                '.' => Tok::Dot,
                // Commas, and the brackets around a Russian part ("май 2019 г. (начало)").
                ',' | '\u{060c}' | '\u{ff0c}' | '(' | ')' | '\u{ff08}' | '\u{ff09}' => Tok::Comma,
                '~' | '≈' => Tok::Tilde,
                _ => return Err(E::Unrecognized),
            }
        };
        out.push(Token { tok, spaced });
        spaced = false;
    }
    Ok(out)
}

/// Drops tokens that only decorate a date: commas, abbreviation dots, fillers, year markers,
/// ordinal suffixes and a final full stop.
fn cleanup(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut after_word = false;
    for token in tokens {
        let after_num = matches!(
            out.last(),
            Some(Token {
                tok: Tok::Num(_),
                ..
            })
        );
        let follows_word = after_word;
        after_word = matches!(token.tok, Tok::Word(_));
        // "5月" is a month: the number and the character become one month word.
        if matches!(&token.tok, Tok::Word(w) if w == "月") {
            if let Some(Token {
                tok: Tok::Num(n), ..
            }) = out.last()
            {
                let month = format!("{n}月");
                if let Some(last) = out.last_mut() {
                    last.tok = Tok::Word(month);
                }
                after_word = true;
                continue;
            }
        }
        let drop = match &token.tok {
            Tok::Comma => true,
            Tok::Dot => follows_word,
            Tok::Word(w) => {
                is_one_of(w, FILLERS)
                    || (after_num && is_one_of(w, YEAR_MARKERS))
                    || (after_num && is_one_of(w, DAY_MARKERS))
                    || (after_num && !token.spaced && is_one_of(w, ORDINALS))
            }
            _ => false,
        };
        if !drop {
            out.push(token);
        }
    }
    if matches!(out.last(), Some(Token { tok: Tok::Dot, .. })) {
        out.pop();
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Grammar

fn merge_qualifier(current: Qualifier, new: Qualifier) -> Result<Qualifier, PartialDateError> {
    match current {
        Qualifier::Exact => Ok(new),
        same if same == new => Ok(same),
        _ => Err(E::ConflictingQualifiers),
    }
}

/// Leading "c.", "~", "before", "after" (and their translations).
fn strip_qualifiers(tokens: &[Token]) -> Result<(Qualifier, &[Token]), PartialDateError> {
    let mut qualifier = Qualifier::Exact;
    let mut rest = tokens;
    while let Some((first, tail)) = rest.split_first() {
        let found = match &first.tok {
            Tok::Tilde => Qualifier::Circa,
            Tok::Word(w) => match meaning(w, QUALIFIER_WORDS) {
                Some(q) => q,
                None => break,
            },
            _ => break,
        };
        qualifier = merge_qualifier(qualifier, found)?;
        rest = tail;
    }
    Ok((qualifier, rest))
}

fn parse_tokens(tokens: &[Token]) -> Result<PartialDate, PartialDateError> {
    let (mut qualifier, mut rest) = strip_qualifiers(tokens)?;
    if let Some((last, init)) = rest.split_last() {
        if let Some(q) = last.meaning(TRAILING_QUALIFIERS) {
            qualifier = merge_qualifier(qualifier, q)?;
            rest = init;
        }
    }
    if rest.is_empty() {
        return Err(E::Empty);
    }
    let lead = rest[0].meaning(RANGE_LEADS);
    let body = if lead.is_some() { &rest[1..] } else { rest };
    let separators: Vec<usize> = (0..body.len())
        .filter(|&i| is_explicit_separator(body, i, lead))
        .collect();
    match separators.as_slice() {
        [] if lead.is_some() => Err(E::Unrecognized),
        [] => parse_single_or_implicit_range(body, qualifier),
        [i] => {
            let (start, end, circa) = parse_range_sides(&body[..*i], &body[i + 1..])?;
            build_range(qualifier, circa, start, end)
        }
        _ => Err(E::Unrecognized),
    }
}

fn is_explicit_separator(body: &[Token], i: usize, lead: Option<Lead>) -> bool {
    match &body[i].tok {
        Tok::Dash => true,
        Tok::Hyphen => body[i].spaced || body.get(i + 1).is_some_and(|t| t.spaced),
        Tok::Word(w) => {
            i > 0 && (is_one_of(w, RANGE_WORDS) || (lead == Some(Lead::Between) && w == "and"))
        }
        _ => false,
    }
}

/// A single point, or a range joined by an unspaced hyphen or slash ("2019-2020",
/// "2017-05-14/2017-06-01"); those characters also occur inside points, so the whole input is
/// tried as a point first.
fn parse_single_or_implicit_range(
    body: &[Token],
    qualifier: Qualifier,
) -> Result<PartialDate, PartialDateError> {
    let whole_error = match parse_raw(body).and_then(|raw| complete(raw, None)) {
        Ok(start) => {
            return Ok(PartialDate {
                qualifier,
                start,
                end: None,
            })
        }
        Err(e) => e,
    };
    // A specific complaint about the whole ("05/06/2017" is ambiguous) beats reinterpreting it
    // as a range, which could silently turn a typo into a plausible-looking span.
    if whole_error != E::Unrecognized {
        return Err(whole_error);
    }
    let mut split_error = None;
    for i in 1..body.len().saturating_sub(1) {
        if !matches!(body[i].tok, Tok::Hyphen | Tok::Slash) {
            continue;
        }
        match parse_range_sides(&body[..i], &body[i + 1..]) {
            Ok((start, end, circa)) => return build_range(qualifier, circa, start, end),
            Err(e) if e != E::Unrecognized && split_error.is_none() => split_error = Some(e),
            Err(_) => {}
        }
    }
    Err(split_error.unwrap_or(E::Unrecognized))
}

/// Parses both ends; the start may omit what it shares with the end ("May–June 2018").
fn parse_range_sides(
    left: &[Token],
    right: &[Token],
) -> Result<(DatePoint, DatePoint, bool), PartialDateError> {
    let (left_circa, left_raw) = parse_side(left)?;
    let (right_circa, right_raw) = parse_side(right)?;
    let end = complete(right_raw, None)?;
    let start = complete(left_raw, Some(&end))?;
    Ok((start, end, left_circa || right_circa))
}

fn parse_side(tokens: &[Token]) -> Result<(bool, RawPoint), PartialDateError> {
    let (qualifier, rest) = strip_qualifiers(tokens)?;
    let circa = match qualifier {
        Qualifier::Exact => false,
        Qualifier::Circa => true,
        Qualifier::Before | Qualifier::After => return Err(E::QualifiedRange),
    };
    Ok((circa, parse_raw(rest)?))
}

/// A point as written, possibly missing the parts a range start borrows from its end.
#[derive(Clone, Copy, Debug, Default)]
struct RawPoint {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    part: Option<Part>,
}

fn parse_raw(tokens: &[Token]) -> Result<RawPoint, PartialDateError> {
    let mut toks: &[Token] = tokens;
    let mut part = None;
    if let Some((first, tail)) = toks.split_first() {
        if let Some(p) = first.meaning(LEADING_PARTS) {
            part = Some(p);
            toks = tail;
            // "mid-2019", "mid-May 2019"
            if let Some((
                Token {
                    tok: Tok::Hyphen, ..
                },
                tail,
            )) = toks.split_first()
            {
                toks = tail;
            }
        }
    }
    let kept: Vec<&Token> = toks
        .iter()
        .filter(|t| match t.meaning(TRAILING_PARTS) {
            // Kazakh parts follow what they qualify, so they may sit anywhere in the point.
            Some(p) if part.is_none() => {
                part = Some(p);
                false
            }
            _ => true,
        })
        .collect();
    if kept.is_empty() {
        // A bare part is only meaningful as a range start ("early–mid 2019").
        return match part {
            Some(_) => Ok(RawPoint {
                part,
                ..RawPoint::default()
            }),
            None => Err(E::Unrecognized),
        };
    }
    let toks: Vec<&Tok> = kept.iter().map(|t| &t.tok).collect();
    let mut raw = if toks.iter().any(|t| matches!(t, Tok::Word(_))) {
        word_form(&toks)?
    } else {
        numeric_form(&toks)?
    };
    if part.is_some() && raw.day.is_some() {
        return Err(E::PartWithDay);
    }
    raw.part = part;
    Ok(raw)
}

fn is_year_digits(n: &str) -> bool {
    n.len() == 4
}

fn is_short(n: &str) -> bool {
    (1..=2).contains(&n.len())
}

fn number(n: &str) -> u32 {
    // Callers pass at most four ASCII digits.
    n.parse().unwrap_or(u32::MAX)
}

/// Validates the components in year, month, day order so the first problem is reported.
fn raw_ymd(
    year: Option<&str>,
    month: Option<&str>,
    day: Option<&str>,
) -> Result<RawPoint, PartialDateError> {
    let year = year
        .map(|y| {
            let y = i32::try_from(number(y)).unwrap_or(i32::MAX);
            within(y, MIN_YEAR..=MAX_YEAR, E::YearOutOfRange)
        })
        .transpose()?;
    let month = month
        .map(|m| within(number(m), 1..=12, E::MonthOutOfRange))
        .transpose()?;
    let day = day
        .map(|d| within(number(d), 1..=31, E::DayOutOfRange))
        .transpose()?;
    Ok(RawPoint {
        year,
        month,
        day,
        part: None,
    })
}

/// All-number forms: 2017, 2017-05, 2017-05-14, 05/2017, 05.2017, 14.05.2017, 2017.05.14, and
/// slashed day/month when only one reading is possible.
fn numeric_form(toks: &[&Tok]) -> Result<RawPoint, PartialDateError> {
    if toks.len().is_multiple_of(2) {
        return Err(E::Unrecognized);
    }
    let mut nums: Vec<&str> = Vec::new();
    let mut sep: Option<&Tok> = None;
    for (i, tok) in toks.iter().enumerate() {
        match (i % 2, tok) {
            (0, Tok::Num(n)) => nums.push(n),
            (1, Tok::Hyphen | Tok::Slash | Tok::Dot) => {
                if sep.is_some_and(|s| s != *tok) {
                    return Err(E::Unrecognized);
                }
                sep = Some(tok);
            }
            _ => return Err(E::Unrecognized),
        }
    }
    let (y4, short) = (is_year_digits, is_short);
    let y2 = |n: &str| n.len() == 2;
    match (nums.as_slice(), sep) {
        ([y], None) if y4(y) => raw_ymd(Some(y), None, None),
        ([d], None) if short(d) => raw_ymd(None, None, Some(d)),
        ([y, m], Some(_)) if y4(y) && short(m) => raw_ymd(Some(y), Some(m), None),
        ([m, y], Some(Tok::Slash | Tok::Dot)) if short(m) && y4(y) => {
            raw_ymd(Some(y), Some(m), None)
        }
        ([m, y], Some(Tok::Slash)) if short(m) && y2(y) => Err(E::TwoDigitYear),
        ([d, m], Some(Tok::Dot)) if short(d) && short(m) => raw_ymd(None, Some(m), Some(d)),
        ([y, m, d], Some(_)) if y4(y) && short(m) && short(d) => raw_ymd(Some(y), Some(m), Some(d)),
        ([d, m, y], Some(Tok::Dot)) if short(d) && short(m) && y4(y) => {
            raw_ymd(Some(y), Some(m), Some(d))
        }
        ([a, b, y], Some(Tok::Slash)) if short(a) && short(b) && y4(y) => {
            slashed_day_month(a, b, y)
        }
        ([a, b, y], Some(Tok::Dot | Tok::Slash)) if short(a) && short(b) && y2(y) => {
            Err(E::TwoDigitYear)
        }
        _ => Err(E::Unrecognized),
    }
}

/// "14/05/2017" and "05/14/2017" each have only one reading; "05/06/2017" has two and is
/// refused rather than guessed, because a wrong guess would silently corrupt a testimony.
fn slashed_day_month(a: &str, b: &str, y: &str) -> Result<RawPoint, PartialDateError> {
    let (an, bn) = (number(a), number(b));
    let could_be_month = |n: u32| (1..=12).contains(&n);
    let (day, month) = if an == bn || !could_be_month(an) {
        (a, b)
    } else if !could_be_month(bn) {
        (b, a)
    } else {
        return Err(E::AmbiguousDayMonth);
    };
    raw_ymd(Some(y), Some(month), Some(day))
}

/// Forms with a month name, in any order: "May 2017", "14 May 2017", "May 14, 2017",
/// "2017 жылғы 14 мамыр". Separators carry no meaning once the month is spelt out.
fn word_form(toks: &[&Tok]) -> Result<RawPoint, PartialDateError> {
    let mut month = None;
    let mut unknown_word = false;
    let mut two_months = false;
    let mut years: Vec<&str> = Vec::new();
    let mut smalls: Vec<&str> = Vec::new();
    for tok in toks {
        match tok {
            Tok::Word(w) => match month_word(w) {
                Some(m) => two_months |= month.replace(m).is_some(),
                None => unknown_word = true,
            },
            Tok::Num(n) if is_year_digits(n) => years.push(n),
            Tok::Num(n) if is_short(n) => smalls.push(n),
            Tok::Hyphen | Tok::Slash | Tok::Dot => {}
            _ => return Err(E::Unrecognized),
        }
    }
    if unknown_word {
        // A lone unknown word ("banana") gets the list of shapes; a word among numbers is
        // most likely a misspelt month.
        return Err(if years.is_empty() && smalls.is_empty() {
            E::Unrecognized
        } else {
            E::UnknownWord
        });
    }
    if two_months || years.len() > 1 || smalls.len() > 2 {
        return Err(E::Unrecognized);
    }
    let day = match (years.first(), smalls.as_slice()) {
        (_, []) => None,
        (_, [d]) => Some(*d),
        (None, [_, _]) => return Err(E::TwoDigitYear),
        _ => return Err(E::Unrecognized),
    };
    let mut raw = raw_ymd(years.first().copied(), None, day)?;
    raw.month = month;
    Ok(raw)
}

/// Turns a raw point into a validated one, borrowing the year (and month) from the end of a
/// range when the start leaves them out.
fn complete(raw: RawPoint, borrow: Option<&DatePoint>) -> Result<DatePoint, PartialDateError> {
    let mut raw = raw;
    if let (None, Some(end)) = (raw.year, borrow) {
        // Only borrow when both ends are written alike ("14–20 May 2018", "early–late 2019",
        // "May–June 2018"), so stray numbers do not become ranges.
        let alike = match (raw.month, raw.day, raw.part) {
            (Some(_), day, _) => end.month.is_some() && day.is_some() == end.day.is_some(),
            (None, Some(_), _) => end.day.is_some(),
            (None, None, Some(_)) => end.part.is_some(),
            (None, None, None) => false,
        };
        if alike {
            raw.month = raw.month.or(end.month);
            raw.year = Some(end.year);
        }
    }
    let Some(year) = raw.year else {
        return Err(if raw.month.is_some() || raw.part.is_some() {
            E::MissingYear
        } else {
            E::Unrecognized
        });
    };
    if raw.day.is_some() && raw.month.is_none() {
        return Err(E::Unrecognized);
    }
    let point = DatePoint {
        year,
        month: raw.month,
        day: raw.day,
        part: raw.part,
    };
    point.validate()?;
    Ok(point)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap_or_else(|e| panic!("{s:?} should parse, got {e}"))
    }

    fn err(s: &str) -> PartialDateError {
        match PartialDate::parse(s) {
            Ok(d) => panic!("{s:?} should be rejected, parsed as {d}"),
            Err(e) => e,
        }
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reading_says_the_date_and_the_days_it_covers() {
        for (typed, read) in [
            ("конец 2019", "late 2019: 1 Sept 2019 to 31 Dec 2019"),
            ("14.05.2017", "14 May 2017: that day, 14 May 2017"),
            ("c. 2012", "c. 2012: 1 Jan 2011 to 31 Dec 2013"),
            ("before 2018", "before 2018: any time up to 31 Dec 2017"),
            ("after May 2019", "after May 2019: any time from 1 Jun 2019"),
            (
                "May–June 2018",
                "May 2018 – June 2018: 1 May 2018 to 30 Jun 2018",
            ),
        ] {
            assert_eq!(p(typed).reading(), read, "typed {typed:?}");
        }
    }

    fn point(year: i32, month: Option<u32>, day: Option<u32>, part: Option<Part>) -> DatePoint {
        DatePoint {
            year,
            month,
            day,
            part,
        }
    }

    fn parted(year: i32, month: Option<u32>, part: Part) -> PartialDate {
        PartialDate::from_point(point(year, month, None, Some(part))).unwrap()
    }

    fn assert_all(inputs: &[&str], expected: PartialDate) {
        for s in inputs {
            assert_eq!(p(s), expected, "input {s:?}");
        }
    }

    // --- accepted shapes -----------------------------------------------------------------

    #[test]
    fn parses_years() {
        assert_all(
            &[
                "2017",
                "  2017  ",
                "2017.",
                "2017 г.",
                "2017 ж.",
                "in 2017",
                "в 2017 году",
            ],
            PartialDate::year(2017),
        );
        assert_eq!(p("1900"), PartialDate::year(1900));
        assert_eq!(p("2100"), PartialDate::year(2100));
        assert_eq!(p("2017").precision(), Precision::Year);
    }

    #[test]
    fn parses_months() {
        let may = PartialDate::month(2017, 5).unwrap();
        assert_all(
            &[
                "2017-05",
                "2017-5",
                "May 2017",
                "may 2017",
                "MAY 2017",
                "05/2017",
                "5/2017",
                "05.2017",
                "2017/05",
                "2017.05",
                "in May 2017",
                "May, 2017",
                "2017 May",
                "мая 2017",
                "Май 2017",
                "в мае 2017 года",
                "мамыр 2017",
                "2017 жылғы мамыр",
                "мамырда 2017",
            ],
            may,
        );
        assert_eq!(may.precision(), Precision::Month);
    }

    #[test]
    fn parses_days() {
        let day = PartialDate::day(2017, 5, 14).unwrap();
        assert_all(
            &[
                "2017-05-14",
                "14 May 2017",
                "May 14, 2017",
                "May 14 2017",
                "14.05.2017",
                "14.5.2017",
                "2017.05.14",
                "2017/05/14",
                "14th May 2017",
                "May 14th, 2017",
                "14-May-2017",
                "14 may, 2017",
                "  14   May\t 2017 ",
                "14\u{a0}мая 2017 г.",
                "14 мамыр 2017 ж.",
                "2017 жылғы 14 мамыр",
                // Slashed forms with only one possible reading.
                "14/05/2017",
                "05/14/2017",
            ],
            day,
        );
        assert_eq!(day.precision(), Precision::Day);
        assert_eq!(p("05/05/2017"), PartialDate::day(2017, 5, 5).unwrap());
    }

    #[test]
    fn parses_parts() {
        assert_all(
            &[
                "early 2019",
                "Early 2019",
                "beginning of 2019",
                "начало 2019",
                "в начале 2019 года",
                "2019 жылдың басы",
            ],
            parted(2019, None, Part::Early),
        );
        assert_all(
            &["mid 2019", "mid-2019", "middle of 2019", "середина 2019"],
            parted(2019, None, Part::Mid),
        );
        assert_all(
            &[
                "late 2019",
                "end of 2019",
                "the end of 2019",
                "конец 2019",
                "2019 жылдың аяғы",
            ],
            parted(2019, None, Part::Late),
        );
        assert_all(
            &["early May 2019", "early 2019-05", "в начале мая 2019"],
            parted(2019, Some(5), Part::Early),
        );
        assert_all(
            &["mid May 2019", "mid-May 2019", "середина мая 2019"],
            parted(2019, Some(5), Part::Mid),
        );
        assert_all(
            &["late May 2019", "конец мая 2019", "мамырдың соңы 2019"],
            parted(2019, Some(5), Part::Late),
        );
        assert_eq!(p("late May 2019").precision(), Precision::Month);
        assert_eq!(p("late 2019").precision(), Precision::Year);
    }

    #[test]
    fn parses_circa() {
        let c2012 = PartialDate::year(2012).circa();
        assert_all(
            &[
                "c. 2012",
                "c 2012",
                "C. 2012",
                "ca. 2012",
                "circa 2012",
                "about 2012",
                "around 2012",
                "approx. 2012",
                "~2012",
                "~ 2012",
                "≈2012",
                "около 2012",
                "ок. 2012",
                "примерно 2012 г.",
                "шамамен 2012",
            ],
            c2012,
        );
        assert_eq!(c2012.qualifier(), Qualifier::Circa);
        assert_eq!(
            p("c. May 2017"),
            PartialDate::month(2017, 5).unwrap().circa()
        );
        assert_eq!(
            p("~14.05.2017"),
            PartialDate::day(2017, 5, 14).unwrap().circa()
        );
        assert_eq!(p("c. early 2019"), parted(2019, None, Part::Early).circa());
        // Repeating the same qualifier is harmless.
        assert_eq!(p("about c. 2012"), c2012);
    }

    #[test]
    fn parses_before_and_after() {
        assert_all(
            &[
                "before 2018",
                "Before 2018",
                "до 2018",
                "до 2018 г.",
                "2018 жылға дейін",
            ],
            PartialDate::year(2018).before(),
        );
        assert_all(
            &["after May 2017", "после мая 2017", "after 2017-05"],
            PartialDate::month(2017, 5).unwrap().after(),
        );
        assert_eq!(p("2017 жылдан кейін"), PartialDate::year(2017).after());
        assert_eq!(
            p("after 14 May 2017"),
            PartialDate::day(2017, 5, 14).unwrap().after()
        );
        assert_eq!(
            p("before late 2017"),
            parted(2017, None, Part::Late).before()
        );
        assert_eq!(p("before 2018").qualifier(), Qualifier::Before);
        assert_eq!(p("after 2018").qualifier(), Qualifier::After);
    }

    #[test]
    fn parses_ranges() {
        let years = PartialDate::range(PartialDate::year(2019), PartialDate::year(2020)).unwrap();
        assert_all(
            &[
                "2019–2020",
                "2019 – 2020",
                "2019—2020",
                "2019-2020",
                "2019 - 2020",
                "2019 to 2020",
                "2019/2020",
                "from 2019 to 2020",
                "between 2019 and 2020",
                "2019–2020 гг.",
                "с 2019 по 2020",
                "2019 до 2020",
            ],
            years,
        );
        assert!(years.is_range());

        let may = PartialDate::month(2018, 5).unwrap();
        let june18 = PartialDate::month(2018, 6).unwrap();
        let may_june = PartialDate::range(may, june18).unwrap();
        assert_all(
            &[
                "May–June 2018",
                "May-June 2018",
                "May 2018 – June 2018",
                "с мая по июнь 2018",
                "мамыр–маусым 2018",
            ],
            may_june,
        );

        let june19 = PartialDate::month(2019, 6).unwrap();
        assert_eq!(
            p("May 2018 – June 2019"),
            PartialDate::range(may, june19).unwrap()
        );
        assert_eq!(
            p("May 2018 to June 2019"),
            PartialDate::range(may, june19).unwrap()
        );

        let iso = PartialDate::range(
            PartialDate::day(2017, 5, 14).unwrap(),
            PartialDate::day(2017, 6, 1).unwrap(),
        )
        .unwrap();
        assert_all(
            &[
                "2017-05-14/2017-06-01",
                "2017-05-14 – 2017-06-01",
                "14 May – 1 June 2017",
                "May 14 – June 1, 2017",
            ],
            iso,
        );

        let months =
            PartialDate::range(may_of(2017), PartialDate::month(2017, 8).unwrap()).unwrap();
        assert_all(
            &[
                "2017-05 – 2017-08",
                "2017-05–2017-08",
                "2017-05/2017-08",
                "2017-05-2017-08",
            ],
            months,
        );

        let days = PartialDate::range(
            PartialDate::day(2018, 5, 14).unwrap(),
            PartialDate::day(2018, 5, 20).unwrap(),
        )
        .unwrap();
        assert_all(
            &["14–20 May 2018", "14-20 May 2018", "14.05–20.05.2018"],
            days,
        );

        assert_eq!(
            p("early–late 2019"),
            PartialDate::range(
                parted(2019, None, Part::Early),
                parted(2019, None, Part::Late)
            )
            .unwrap()
        );
        assert_eq!(
            p("mid 2019 – 2020"),
            PartialDate::range(parted(2019, None, Part::Mid), PartialDate::year(2020)).unwrap()
        );

        // Circa anywhere makes the whole range approximate.
        assert_all(
            &[
                "c. 2019–2020",
                "c. 2019 – c. 2020",
                "~2019-2020",
                "2019 – c. 2020",
            ],
            years.circa(),
        );
        assert_eq!(p("c. 2019–2020").qualifier(), Qualifier::Circa);
    }

    fn may_of(y: i32) -> PartialDate {
        PartialDate::month(y, 5).unwrap()
    }

    #[test]
    fn parses_russian_month_names() {
        let forms: [&[&str]; 12] = [
            &["январь", "января", "янв.", "Январе"],
            &["февраль", "февраля", "фев.", "февр."],
            &["март", "марта", "мар."],
            &["апрель", "апреля", "апр."],
            &["май", "мая", "МАЯ"],
            &["июнь", "июня", "июн."],
            &["июль", "июля", "июл."],
            &["август", "августа", "авг."],
            &["сентябрь", "сентября", "сен.", "сент."],
            &["октябрь", "октября", "окт."],
            &["ноябрь", "ноября", "ноя.", "нояб."],
            &["декабрь", "декабря", "дек."],
        ];
        for (m, names) in (1u32..).zip(forms) {
            for name in names {
                assert_eq!(
                    p(&format!("{name} 2017")),
                    PartialDate::month(2017, m).unwrap(),
                    "{name}"
                );
                assert_eq!(
                    p(&format!("3 {name} 2017")),
                    PartialDate::day(2017, m, 3).unwrap(),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn parses_kazakh_month_names() {
        let names = [
            (1, "қаңтар"),
            (2, "ақпан"),
            (3, "наурыз"),
            (4, "сәуір"),
            (5, "мамыр"),
            (6, "маусым"),
            (7, "шілде"),
            (8, "тамыз"),
            (9, "қыркүйек"),
            (10, "қазан"),
            (11, "қараша"),
            (12, "желтоқсан"),
        ];
        for (m, name) in names {
            assert_eq!(
                p(&format!("{name} 2017")),
                PartialDate::month(2017, m).unwrap(),
                "{name}"
            );
            assert_eq!(
                p(&format!("3 {} 2017", name.to_uppercase())),
                PartialDate::day(2017, m, 3).unwrap(),
                "{name}"
            );
        }
        // Case endings, and Kazakh letters typed on a Russian layout or with a Latin i.
        assert_eq!(p("қыркүйекте 2017"), PartialDate::month(2017, 9).unwrap());
        assert_eq!(p("шілденің басы 2017"), parted(2017, Some(7), Part::Early));
        assert_eq!(p("кантар 2018"), PartialDate::month(2018, 1).unwrap());
        assert_eq!(p("сәуiр 2018"), PartialDate::month(2018, 4).unwrap());
        assert_eq!(p("желтоксан 2018"), PartialDate::month(2018, 12).unwrap());
    }

    /// Every date Izde writes, in every interface language, reads back as the same date.
    #[test]
    fn reads_back_every_date_izde_writes_in_every_language() {
        use crate::i18n::{dates, Lang};
        let samples = [
            "2017",
            "May 2017",
            "14 May 2017",
            "1 January 2020",
            "31 December 1999",
            "c. 2012",
            "c. September 2016",
            "before 2018",
            "before 3 March 2018",
            "after May 2017",
            "early 2019",
            "mid 2019",
            "late 2019",
            "early May 2017",
            "late November 2016",
            "c. late 2018",
            "2019–2020",
            "May–June 2018",
            "14–20 May 2018",
            "March 2017 – February 2018",
            "early 2017 – late 2018",
            "c. 2016–2017",
        ];
        for sample in samples {
            let date = p(sample);
            for lang in Lang::ALL {
                let written = dates::partial(lang, &date);
                assert_eq!(
                    PartialDate::parse(&written),
                    Ok(date),
                    "{lang}: {sample} is written {written:?}"
                );
            }
        }
    }

    #[test]
    fn parses_dates_typed_in_chinese_and_uyghur() {
        assert_eq!(p("2017年5月14日"), PartialDate::day(2017, 5, 14).unwrap());
        assert_eq!(p("2017年5月"), may_of(2017));
        assert_eq!(p("约2012年"), PartialDate::year(2012).circa());
        assert_eq!(p("2018年之前"), PartialDate::year(2018).before());
        assert_eq!(p("2018年以后"), PartialDate::year(2018).after());
        assert_eq!(p("2019年初"), parted(2019, None, Part::Early));
        assert_eq!(p("2017 ماي"), may_of(2017));
        assert_eq!(p("2017 14-ماي"), PartialDate::day(2017, 5, 14).unwrap());
        assert_eq!(p("تەخمىنەن 2012"), PartialDate::year(2012).circa());
        assert_eq!(p("2018 دىن ئىلگىرى"), PartialDate::year(2018).before());
        // Direction marks copied from a right-to-left page change nothing.
        assert_eq!(p("\u{2067}2017 ماي\u{2069}"), may_of(2017));
    }

    #[test]
    fn parses_english_month_names() {
        for (m, name) in (1u32..).zip(ENGLISH_MONTHS) {
            assert_eq!(
                p(&format!("{name} 2017")),
                PartialDate::month(2017, m).unwrap()
            );
            assert_eq!(
                p(&format!("{} 2017", &name[..3])),
                PartialDate::month(2017, m).unwrap()
            );
            assert_eq!(
                p(&format!("{}. 2017", name[..3].to_uppercase())),
                PartialDate::month(2017, m).unwrap()
            );
        }
        assert_eq!(p("Sept 2017"), PartialDate::month(2017, 9).unwrap());
    }

    // --- errors --------------------------------------------------------------------------

    #[test]
    fn required_error_messages() {
        let cases = [
            (
                "2019-13-45",
                E::MonthOutOfRange,
                "month must be between 1 and 12",
            ),
            (
                "2019-02-30",
                E::NonexistentDay,
                "that day does not exist in that month",
            ),
            (
                "",
                E::Empty,
                "enter a date such as 2017, May 2017 or c. 2012",
            ),
            (
                "   ",
                E::Empty,
                "enter a date such as 2017, May 2017 or c. 2012",
            ),
            (
                "2020–2019",
                E::RangeEndsBeforeStart,
                "a range must end after it starts",
            ),
        ];
        for (input, expected, message) in cases {
            let e = err(input);
            assert_eq!(e, expected, "input {input:?}");
            assert_eq!(e.to_string(), message, "input {input:?}");
        }
        let banana = err("banana");
        assert_eq!(banana, E::Unrecognized);
        let msg = banana.to_string();
        for shape in [
            "2017",
            "May 2017",
            "14 May 2017",
            "14.05.2017",
            "2017-05-14",
            "early 2019",
            "c. 2012",
            "before 2018",
            "2019–2020",
        ] {
            assert!(msg.contains(shape), "{msg} should mention {shape}");
        }
    }

    #[test]
    fn specific_errors() {
        let cases: &[(&str, PartialDateError)] = &[
            ("1899", E::YearOutOfRange),
            ("2101", E::YearOutOfRange),
            ("May 1850", E::YearOutOfRange),
            ("1899-1900", E::YearOutOfRange),
            ("2019-13", E::MonthOutOfRange),
            ("13/2019", E::MonthOutOfRange),
            ("14.13.2019", E::MonthOutOfRange),
            ("2019-00-10", E::MonthOutOfRange),
            ("2019-02-45", E::DayOutOfRange),
            ("32 May 2019", E::DayOutOfRange),
            ("0 May 2019", E::DayOutOfRange),
            ("29.02.2019", E::NonexistentDay),
            ("29.02.1900", E::NonexistentDay),
            ("31 April 2019", E::NonexistentDay),
            ("2017-05-14/2017-06-31", E::NonexistentDay),
            ("14.05.17", E::TwoDigitYear),
            ("05/17", E::TwoDigitYear),
            ("14 May 17", E::TwoDigitYear),
            ("05/06/2017", E::AmbiguousDayMonth),
            ("May", E::MissingYear),
            ("14 May", E::MissingYear),
            ("early", E::MissingYear),
            ("May–June", E::MissingYear),
            ("early 14 May 2019", E::PartWithDay),
            ("c. before 2018", E::ConflictingQualifiers),
            ("before after 2018", E::ConflictingQualifiers),
            ("before 2017–2019", E::QualifiedRange),
            ("2017 – after 2019", E::QualifiedRange),
            ("2019–2019", E::RangeSameEnds),
            ("2017 – May 2017", E::RangeEndsBeforeStart),
            ("June–May 2018", E::RangeEndsBeforeStart),
            ("2020-2019", E::RangeEndsBeforeStart),
            ("Smarch 2017", E::UnknownWord),
            ("14 Smarch 2017", E::UnknownWord),
            ("c.", E::Empty),
            ("before", E::Empty),
            ("2017 @", E::Unrecognized),
            ("2017–2018–2019", E::Unrecognized),
            ("14-05-2017", E::Unrecognized),
            ("May June 2017", E::Unrecognized),
            ("from 2017", E::Unrecognized),
            ("20170514", E::Unrecognized),
            ("14", E::Unrecognized),
            (",", E::Unrecognized),
            ("२०१७", E::Unrecognized),
        ];
        for (input, expected) in cases {
            assert_eq!(err(input), *expected, "input {input:?}");
        }
        assert_eq!(err(&"2017 ".repeat(40)), E::TooLong);
        // Valid neighbours of the rejected ones.
        assert_eq!(p("29.02.2020"), PartialDate::day(2020, 2, 29).unwrap());
        assert_eq!(p("2000-02-29"), PartialDate::day(2000, 2, 29).unwrap());
    }

    #[test]
    fn error_messages_never_echo_input() {
        for input in [
            "Zhanarbek 2017",
            "2017 Gulnaraxyz",
            "Almatyqqq–2019",
            "секретно 2017",
        ] {
            let msg = err(input).to_string();
            for word in input
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() > 3)
            {
                assert!(
                    !msg.to_lowercase().contains(&word.to_lowercase()),
                    "{msg:?} echoes {word:?}"
                );
            }
        }
    }

    #[test]
    fn constructors_validate() {
        assert_eq!(PartialDate::month(2019, 13), Err(E::MonthOutOfRange));
        assert_eq!(PartialDate::month(1899, 1), Err(E::YearOutOfRange));
        assert_eq!(PartialDate::day(2019, 2, 29), Err(E::NonexistentDay));
        assert_eq!(PartialDate::day(2019, 2, 0), Err(E::DayOutOfRange));
        assert_eq!(PartialDate::try_year(2101), Err(E::YearOutOfRange));
        assert_eq!(PartialDate::try_year(2017), Ok(PartialDate::year(2017)));
        // The infallible constructor clamps rather than producing a date that cannot round-trip.
        assert_eq!(PartialDate::year(1800), PartialDate::year(1900));
        assert_eq!(PartialDate::year(3000), PartialDate::year(2100));
        assert_eq!(
            PartialDate::from_point(point(2019, None, Some(3), None)),
            Err(E::MissingMonth)
        );
        assert_eq!(
            PartialDate::from_point(point(2019, Some(5), Some(3), Some(Part::Late))),
            Err(E::PartWithDay)
        );
        assert_eq!(point(2019, Some(13), None, None).first_day(), None);
    }

    #[test]
    fn qualifier_builders() {
        let range = PartialDate::range(PartialDate::year(2019), PartialDate::year(2020)).unwrap();
        assert!(range.circa().is_range());
        assert_eq!(range.before(), PartialDate::year(2019).before());
        assert_eq!(range.after(), PartialDate::year(2020).after());
        assert_eq!(
            PartialDate::year(2019).before().circa(),
            PartialDate::year(2019).circa()
        );
        assert_eq!(
            PartialDate::range(PartialDate::year(2019).circa(), PartialDate::year(2020)),
            Ok(range.circa())
        );
        assert_eq!(
            PartialDate::range(PartialDate::year(2019).before(), PartialDate::year(2020)),
            Err(E::QualifiedRange)
        );
        assert_eq!(
            PartialDate::range(PartialDate::year(2020), PartialDate::year(2019)),
            Err(E::RangeEndsBeforeStart)
        );
        assert_eq!(
            PartialDate::range(PartialDate::year(2020), PartialDate::year(2020)),
            Err(E::RangeSameEnds)
        );
        // Ranges given as ends contribute their outer points.
        assert_eq!(
            PartialDate::range(range, PartialDate::year(2022))
                .unwrap()
                .to_string(),
            "2019–2022"
        );
        assert_eq!(range.start(), point(2019, None, None, None));
        assert_eq!(range.end(), Some(point(2020, None, None, None)));
    }

    // --- display -------------------------------------------------------------------------

    #[test]
    fn displays_canonically() {
        let cases = [
            ("2017", "2017"),
            ("2017-05", "May 2017"),
            ("14.05.2017", "14 May 2017"),
            ("2017-05-04", "4 May 2017"),
            ("Early 2019", "early 2019"),
            ("mid-2019", "mid 2019"),
            ("конец мая 2019", "late May 2019"),
            ("circa 2012", "c. 2012"),
            ("~05/2017", "c. May 2017"),
            ("до 2018", "before 2018"),
            ("after 2017-05-14", "after 14 May 2017"),
            ("2019 - 2020", "2019–2020"),
            ("May 2018 to June 2019", "May 2018 – June 2019"),
            ("May–June 2018", "May 2018 – June 2018"),
            ("about 2019-2020", "c. 2019–2020"),
            ("c. May 2018 – 2019", "c. May 2018 – 2019"),
            ("early–late 2019", "early 2019 – late 2019"),
            ("2017-05-14/2017-06-01", "14 May 2017 – 1 June 2017"),
        ];
        for (input, shown) in cases {
            let d = p(input);
            assert_eq!(d.to_string(), shown, "input {input:?}");
            assert_eq!(p(shown), d, "canonical form {shown:?} must parse back");
        }
        assert_eq!(
            point(2019, Some(5), None, Some(Part::Early)).to_string(),
            "early May 2019"
        );
        assert_eq!(
            "c. 2012".parse::<PartialDate>(),
            Ok(PartialDate::year(2012).circa())
        );
    }

    // --- earliest / latest ---------------------------------------------------------------

    fn span(s: &str) -> (Option<NaiveDate>, Option<NaiveDate>) {
        let d = p(s);
        (d.earliest(), d.latest())
    }

    #[test]
    fn earliest_and_latest() {
        let bounded: &[(&str, NaiveDate, NaiveDate)] = &[
            ("2019", ymd(2019, 1, 1), ymd(2019, 12, 31)),
            ("Feb 2020", ymd(2020, 2, 1), ymd(2020, 2, 29)),
            ("Feb 2019", ymd(2019, 2, 1), ymd(2019, 2, 28)),
            ("Feb 1900", ymd(1900, 2, 1), ymd(1900, 2, 28)),
            ("14 May 2017", ymd(2017, 5, 14), ymd(2017, 5, 14)),
            // Thirds of a year: months 1–4, 5–8, 9–12.
            ("early 2019", ymd(2019, 1, 1), ymd(2019, 4, 30)),
            ("mid 2019", ymd(2019, 5, 1), ymd(2019, 8, 31)),
            ("late 2019", ymd(2019, 9, 1), ymd(2019, 12, 31)),
            // Thirds of a month: days 1–10, 11–20, 21–end.
            ("early May 2019", ymd(2019, 5, 1), ymd(2019, 5, 10)),
            ("mid May 2019", ymd(2019, 5, 11), ymd(2019, 5, 20)),
            ("late Feb 2020", ymd(2020, 2, 21), ymd(2020, 2, 29)),
            // Circa widens by one unit.
            ("c. 2012", ymd(2011, 1, 1), ymd(2013, 12, 31)),
            ("c. May 2017", ymd(2017, 4, 1), ymd(2017, 6, 30)),
            ("c. Jan 2020", ymd(2019, 12, 1), ymd(2020, 2, 29)),
            ("c. Dec 2019", ymd(2019, 11, 1), ymd(2020, 1, 31)),
            ("c. 14 May 2017", ymd(2017, 5, 7), ymd(2017, 5, 21)),
            ("c. early 2019", ymd(2018, 9, 1), ymd(2019, 8, 31)),
            ("c. late Feb 2020", ymd(2020, 2, 11), ymd(2020, 3, 10)),
            ("c. 1900", ymd(1899, 1, 1), ymd(1901, 12, 31)),
            // Ranges span from the start of the start to the end of the end.
            ("2019–2020", ymd(2019, 1, 1), ymd(2020, 12, 31)),
            ("May–June 2018", ymd(2018, 5, 1), ymd(2018, 6, 30)),
            ("c. 2019–2020", ymd(2018, 1, 1), ymd(2021, 12, 31)),
        ];
        for &(input, earliest, latest) in bounded {
            assert_eq!(
                span(input),
                (Some(earliest), Some(latest)),
                "input {input:?}"
            );
        }
        // Before/after are open on one side.
        let open: &[(&str, Option<NaiveDate>, Option<NaiveDate>)] = &[
            ("before 2018", None, Some(ymd(2017, 12, 31))),
            ("before 1 March 2020", None, Some(ymd(2020, 2, 29))),
            ("after May 2017", Some(ymd(2017, 6, 1)), None),
            ("after late 2017", Some(ymd(2018, 1, 1)), None),
        ];
        for &(input, earliest, latest) in open {
            assert_eq!(span(input), (earliest, latest), "input {input:?}");
        }
    }

    // --- ordering ------------------------------------------------------------------------

    fn sorted(inputs: &[&str]) -> Vec<String> {
        let mut dates: Vec<PartialDate> = inputs.iter().map(|s| p(s)).collect();
        dates.sort();
        dates.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn sorts_a_mixed_timeline() {
        let input = [
            "2018",
            "c. 2012",
            "May 2017",
            "14 May 2017",
            "before 2017",
            "late 2017",
            "2017–2019",
        ];
        assert_eq!(
            sorted(&input),
            [
                "c. 2012",
                "before 2017",
                "2017–2019",
                "May 2017",
                "14 May 2017",
                "late 2017",
                "2018"
            ]
        );
    }

    #[test]
    fn sort_ties_go_coarse_to_fine_then_by_qualifier() {
        // All anchored on 1 January 2017.
        let input = [
            "1 January 2017",
            "c. January 2017",
            "January 2017",
            "early 2017",
            "after 2016",
            "c. 2017",
            "2017–2018",
            "2017",
        ];
        assert_eq!(
            sorted(&input),
            [
                "2017",
                "2017–2018",
                "c. 2017",
                "after 2016",
                "early 2017",
                "January 2017",
                "c. January 2017",
                "1 January 2017"
            ]
        );
    }

    #[test]
    fn sort_keys_and_year_hints() {
        assert_eq!(p("2017").sort_key(), (ymd(2017, 1, 1), 0));
        assert_eq!(p("2017–2018").sort_key(), (ymd(2017, 1, 1), 1));
        assert_eq!(p("c. 2012").sort_key(), (ymd(2012, 1, 1), 2));
        assert_eq!(p("before 2018").sort_key(), (ymd(2017, 12, 31), 4));
        assert_eq!(p("after 2017").sort_key(), (ymd(2018, 1, 1), 6));
        assert_eq!(p("late 2017").sort_key(), (ymd(2017, 9, 1), 10));
        assert_eq!(p("May 2017").sort_key(), (ymd(2017, 5, 1), 20));
        assert_eq!(p("mid May 2017").sort_key(), (ymd(2017, 5, 11), 30));
        assert_eq!(p("14 May 2017").sort_key(), (ymd(2017, 5, 14), 40));
        assert_eq!(p("after 14 May 2017").sort_key(), (ymd(2017, 5, 15), 46));

        assert_eq!(p("2017").year_hint(), 2017);
        assert_eq!(p("c. 2012").year_hint(), 2012);
        assert_eq!(p("before 2018").year_hint(), 2017);
        assert_eq!(p("before May 2018").year_hint(), 2018);
        assert_eq!(p("after 2017").year_hint(), 2018);
        assert_eq!(p("after May 2017").year_hint(), 2017);
        assert_eq!(p("2017–2019").year_hint(), 2017);
    }

    #[test]
    fn ord_is_consistent_with_eq() {
        let a = p("c. 2012");
        let b = PartialDate::year(2012).circa();
        assert_eq!(a.cmp(&b), Ordering::Equal);
        // Same sort key, different dates: still strictly ordered.
        let before = p("before 2 January 2017");
        let after = p("after 31 December 2016");
        assert_eq!(before.sort_key().0, after.sort_key().0);
        assert_ne!(before.cmp(&after), Ordering::Equal);
        assert_eq!(before.cmp(&after), after.cmp(&before).reverse());
    }

    // --- serde ---------------------------------------------------------------------------

    #[test]
    fn serde_uses_the_canonical_string() {
        let d = p("ca. 2019-2020");
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"c. 2019–2020\"");
        assert_eq!(
            serde_json::from_str::<PartialDate>("\"14.05.2017\"").unwrap(),
            PartialDate::day(2017, 5, 14).unwrap()
        );
        let bad = serde_json::from_str::<PartialDate>("\"Secretname 2017\"")
            .unwrap_err()
            .to_string();
        assert!(!bad.contains("Secretname"), "{bad}");
        assert!(serde_json::from_str::<PartialDate>("2017").is_err());
        assert_eq!(
            serde_json::to_string(&Precision::Month).unwrap(),
            "\"Month\""
        );
    }

    // --- property tests ------------------------------------------------------------------

    /// Which fields a point has; instantiated per year so days always exist.
    #[derive(Clone, Copy, Debug)]
    struct Shape {
        kind: u8,
        month: u32,
        day: u32,
        part: Part,
    }

    fn arb_part() -> impl Strategy<Value = Part> {
        prop_oneof![Just(Part::Early), Just(Part::Mid), Just(Part::Late)]
    }

    fn arb_shape() -> impl Strategy<Value = Shape> {
        (0u8..5, 1u32..=12, 1u32..=31, arb_part()).prop_map(|(kind, month, day, part)| Shape {
            kind,
            month,
            day,
            part,
        })
    }

    fn make(year: i32, s: Shape) -> DatePoint {
        let (month, day, part) = match s.kind {
            0 => (None, None, None),
            1 => (None, None, Some(s.part)),
            2 => (Some(s.month), None, None),
            3 => (Some(s.month), None, Some(s.part)),
            _ => (
                Some(s.month),
                Some(s.day.min(days_in_month(year, s.month))),
                None,
            ),
        };
        point(year, month, day, part)
    }

    fn arb_single() -> impl Strategy<Value = PartialDate> {
        (MIN_YEAR..=MAX_YEAR, arb_shape(), 0u8..4).prop_map(|(year, shape, q)| {
            let d = PartialDate::from_point(make(year, shape)).unwrap();
            match q {
                0 => d,
                1 => d.circa(),
                2 => d.before(),
                _ => d.after(),
            }
        })
    }

    fn arb_range() -> impl Strategy<Value = PartialDate> {
        (
            MIN_YEAR..=MAX_YEAR,
            arb_shape(),
            0i32..3,
            arb_shape(),
            any::<bool>(),
        )
            .prop_filter_map("ends must be ordered", |(year, a, offset, b, circa)| {
                let start = PartialDate::from_point(make(year, a)).unwrap();
                let end = PartialDate::from_point(make((year + offset).min(MAX_YEAR), b)).unwrap();
                let range = PartialDate::range(start, end)
                    .or_else(|_| PartialDate::range(end, start))
                    .ok()?;
                Some(if circa { range.circa() } else { range })
            })
    }

    fn arb_date() -> impl Strategy<Value = PartialDate> {
        prop_oneof![arb_single(), arb_range()]
    }

    /// Strings built from the pieces real inputs are made of.
    fn arb_soup() -> impl Strategy<Value = String> {
        let pieces = vec![
            "2017",
            "2020",
            "1899",
            "05",
            "5",
            "14",
            "31",
            "29",
            "02",
            "13",
            "0",
            "17",
            "99999999999999999999",
            "-",
            "–",
            "—",
            ".",
            "/",
            ",",
            " ",
            "  ",
            "~",
            "c.",
            "ca",
            "about",
            "before",
            "after",
            "до",
            "после",
            "early",
            "mid",
            "late",
            "mid-",
            "may",
            "May",
            "мая",
            "май",
            "мамыр",
            "қаңтар",
            "дейін",
            "жылы",
            "г.",
            "to",
            "and",
            "between",
            "from",
            "с",
            "по",
            "th",
            "и\u{306}",
            "\u{306}",
            "ß",
            "İ",
            "é",
            "🙂",
            "\u{200b}",
            "\u{a0}",
            "Ω",
            "中",
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..10).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn display_round_trips(d in arb_date()) {
            prop_assert_eq!(PartialDate::parse(&d.to_string()), Ok(d));
        }

        #[test]
        fn parse_never_panics(s in ".*") {
            let _ = PartialDate::parse(&s);
        }

        #[test]
        fn parse_never_panics_on_date_like_strings(s in "[0-9\\-–./ ,~a-zA-Zа-яА-ЯёқңәіөұүһғҚ]{0,40}") {
            let _ = PartialDate::parse(&s);
        }

        #[test]
        fn parsed_soup_is_canonical_and_sane(s in arb_soup()) {
            if let Ok(d) = PartialDate::parse(&s) {
                // Whatever is accepted must survive its canonical form and have a sane span.
                prop_assert_eq!(PartialDate::parse(&d.to_string()), Ok(d));
                if let (Some(a), Some(b)) = (d.earliest(), d.latest()) {
                    prop_assert!(a <= b);
                }
            }
        }

        #[test]
        fn earliest_not_after_latest(d in arb_date()) {
            if let (Some(a), Some(b)) = (d.earliest(), d.latest()) {
                prop_assert!(a <= b, "{} spans {} .. {}", d, a, b);
            }
            // Open ends exactly for before/after.
            prop_assert_eq!(d.earliest().is_none(), d.qualifier() == Qualifier::Before);
            prop_assert_eq!(d.latest().is_none(), d.qualifier() == Qualifier::After);
        }

        #[test]
        fn serde_json_round_trips(d in arb_date()) {
            let json = serde_json::to_string(&d).unwrap();
            prop_assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), d);
        }

        #[test]
        fn ord_agrees_with_eq_and_sort_key(a in arb_date(), b in arb_date()) {
            prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
            prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
            if a.sort_key() != b.sort_key() {
                prop_assert_eq!(a.cmp(&b), a.sort_key().cmp(&b.sort_key()));
            }
        }

        #[test]
        fn errors_never_echo_input(word in "[a-z]{9,14}", year in 1900i32..2100) {
            let msg = PartialDate::parse(&format!("{word} {year}")).unwrap_err().to_string();
            prop_assert!(!msg.contains(&word));
        }
    }
}
