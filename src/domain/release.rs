//! The sentence clock: when a sentenced person is expected to be released, from the date the
//! sentence runs from and its length, with the uncertainty of a partial date carried through.
//!
//! A fixed-term sentence runs from the day the judgment is carried out, with every day of custody
//! before it deducted (PRC Criminal Law, art. 47): in effect from the day of detention. So the clock
//! starts at the detention date when it is known and at the conviction date otherwise, and the
//! result says which it used (from a conviction date, the release may come earlier). A partial start ("2018", "late 2017") gives a
//! window from its earliest to its latest day, each moved by the sentence; an open-ended start
//! ("before 2018") leaves that side of the window open.

use super::sentence::SentenceLength;
use super::PartialDate;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// What the clock counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClockStart {
    Detention,
    Conviction,
}

/// The expected release of one sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExpectedRelease {
    /// A life sentence: no release date.
    Never,
    /// Released between these days (either side open when the start was open-ended); the same day
    /// twice when both dates were exact.
    Between {
        earliest: Option<NaiveDate>,
        latest: Option<NaiveDate>,
        from: ClockStart,
    },
}

impl ExpectedRelease {
    /// Whether the person should be out by `today` (every plausible release day has passed).
    pub fn overdue(&self, today: NaiveDate) -> bool {
        matches!(self, ExpectedRelease::Between { latest: Some(l), .. } if *l < today)
    }

    /// The window in words, in `lang`: "14 May 2027", "between 1 Jan 2027 and 31 Dec 2027",
    /// "not before …", "by … at the latest", "never (life sentence)".
    pub fn describe_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{dates, tr};
        use chrono::Datelike;
        let day = |d: &NaiveDate| dates::day(lang, d.year(), d.month(), d.day());
        match self {
            ExpectedRelease::Never => tr!(lang, "case-release-never"),
            ExpectedRelease::Between {
                earliest, latest, ..
            } => match (earliest, latest) {
                (Some(a), Some(b)) if a == b => day(a),
                (Some(a), Some(b)) => {
                    tr!(lang, "case-release-between", {"start" => day(a), "end" => day(b)})
                }
                (Some(a), None) => tr!(lang, "case-release-not-before", {"date" => day(a)}),
                (None, Some(b)) => tr!(lang, "case-release-by", {"date" => day(b)}),
                (None, None) => tr!(lang, "case-release-unknown"),
            },
        }
    }
}

fn add(day: NaiveDate, months: u32) -> Option<NaiveDate> {
    day.checked_add_months(Months::new(months))
}

/// The expected release of a sentence of `length` counted from `detained` (or, without it,
/// `convicted`); `None` when neither date is known.
pub fn expected_release(
    length: SentenceLength,
    detained: Option<&PartialDate>,
    convicted: Option<&PartialDate>,
) -> Option<ExpectedRelease> {
    let (start, from) = match (detained, convicted) {
        (Some(d), _) => (d, ClockStart::Detention),
        (None, Some(c)) => (c, ClockStart::Conviction),
        (None, None) => return None,
    };
    let months = match length {
        SentenceLength::Life => return Some(ExpectedRelease::Never),
        SentenceLength::Months(m) => m,
    };
    Some(ExpectedRelease::Between {
        earliest: start.earliest().and_then(|d| add(d, months)),
        latest: start.latest().and_then(|d| add(d, months)),
        from,
    })
}

/// Event kinds that are news of the person after a day: they were seen, heard or released (or
/// died). One of these dated after the expected release ends the alert.
pub const NEWS_KINDS: [&str; 4] = ["proof_of_life", "last_contact", "release", "death"];

/// Event kinds the clock starts from (the first dated one).
pub const DETENTION_KINDS: [&str; 2] = ["detention", "camp"];

/// The day the clock starts from: the earliest dated detention or camp event.
pub fn detained_on<'a>(
    events: impl IntoIterator<Item = (&'a str, Option<&'a PartialDate>)>,
) -> Option<PartialDate> {
    events
        .into_iter()
        .filter(|(kind, _)| DETENTION_KINDS.contains(kind))
        .filter_map(|(_, d)| d.copied())
        .min_by_key(PartialDate::sort_key)
}

/// Whether any of `news` may lie on or after the expected release (its latest plausible day is not
/// before the window's first day).
pub fn news_since(expected: &ExpectedRelease, news: &[PartialDate]) -> bool {
    let from = match expected {
        ExpectedRelease::Never => return false,
        ExpectedRelease::Between {
            earliest, latest, ..
        } => match earliest.or(*latest) {
            Some(day) => day,
            None => return false,
        },
    };
    news.iter().any(|n| {
        n.latest()
            .or_else(|| n.earliest())
            .is_some_and(|d| d >= from)
    })
}

/// The advocacy alert: every plausible release day has passed and nothing was heard of the person
/// since the window opened.
pub fn release_alert(expected: &ExpectedRelease, today: NaiveDate, news: &[PartialDate]) -> bool {
    expected.overdue(today) && !news_since(expected, news)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::date;
    use crate::i18n::Lang;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The expected release of a sentence, its detention and conviction dates written as text.
    fn release(
        length: SentenceLength,
        detained: Option<&str>,
        convicted: Option<&str>,
    ) -> Option<ExpectedRelease> {
        let (detained, convicted) = (detained.map(date), convicted.map(date));
        expected_release(length, detained.as_ref(), convicted.as_ref())
    }

    /// Asserts how the release from each (sentence in months, detention date) reads.
    fn assert_described(cases: &[(u32, &str, &str)]) {
        for &(months, detained, expected) in cases {
            let r = release(SentenceLength::Months(months), Some(detained), None);
            assert_eq!(
                r.map(|r| r.describe_in(Lang::En)).as_deref(),
                Some(expected),
                "{months} months from {detained:?}"
            );
        }
    }

    #[test]
    fn an_exact_detention_date_gives_one_day() {
        let r = release(SentenceLength::Months(120), Some("2017-05-14"), None).unwrap();
        assert_eq!(
            r,
            ExpectedRelease::Between {
                earliest: Some(day(2027, 5, 14)),
                latest: Some(day(2027, 5, 14)),
                from: ClockStart::Detention
            }
        );
        assert_eq!(r.describe_in(Lang::En), "14 May 2027");
    }

    #[test]
    fn a_partial_date_gives_a_window_and_month_ends_stay_valid() {
        assert_described(&[
            (90, "2018", "between 1 Jul 2025 and 30 Jun 2026"),
            // 31 August + 6 months is the last day of February.
            (6, "2019-08-31", "29 Feb 2020"),
            (12, "May 2018", "between 1 May 2019 and 31 May 2019"),
        ]);
    }

    #[test]
    fn the_clock_counts_from_detention_before_conviction() {
        let r = release(SentenceLength::Months(60), Some("2017"), Some("2019")).unwrap();
        assert!(matches!(
            r,
            ExpectedRelease::Between {
                from: ClockStart::Detention,
                ..
            }
        ));
        let r = release(SentenceLength::Months(60), None, Some("2019")).unwrap();
        assert_eq!(
            r.describe_in(Lang::En),
            "between 1 Jan 2024 and 31 Dec 2024"
        );
        assert!(release(SentenceLength::Months(60), None, None).is_none());
    }

    #[test]
    fn open_ended_dates_leave_one_side_open_and_life_has_no_date() {
        assert_described(&[
            (24, "before 2018", "by 31 Dec 2019 at the latest"),
            (24, "after 2018", "not before 1 Jan 2021"),
        ]);
        let r = release(SentenceLength::Months(24), Some("after 2018"), None).unwrap();
        assert!(!r.overdue(day(2030, 1, 1)), "an open end is never overdue");
        let r = release(SentenceLength::Life, Some("2018"), None).unwrap();
        assert_eq!(r, ExpectedRelease::Never);
        assert!(!r.overdue(day(2100, 1, 1)));
    }

    #[test]
    fn the_window_reads_in_each_language() {
        let r = release(SentenceLength::Months(90), Some("2018"), None).unwrap();
        assert_eq!(
            r.describe_in(Lang::Ru),
            "между 1 июл. 2025\u{202f}г. и 30 июн. 2026\u{202f}г."
        );
        assert_eq!(
            r.describe_in(Lang::Zh),
            "2025年7月1日 至 2026年6月30日 之间"
        );
    }

    #[test]
    fn the_alert_needs_a_passed_release_and_no_news_since_it_opened() {
        // Ten years from "2014": expected between 2024-01-01 and 2024-12-31.
        let r = release(SentenceLength::Months(120), Some("2014"), None).unwrap();
        let today = day(2026, 11, 29);
        assert!(release_alert(&r, today, &[]));
        // News from before the window does not count; news that may fall inside it does.
        assert!(release_alert(
            &r,
            today,
            &[date("2019"), date("2023-12-31")]
        ));
        assert!(!release_alert(&r, today, &[date("2024-03")]));
        assert!(!release_alert(
            &r,
            today,
            &[date("late 2023"), date("after 2023")]
        ));
        assert!(!release_alert(&r, today, &[date("2026-11-01")]));
        // Still inside the window: no alert yet, whatever was heard.
        assert!(!release_alert(&r, day(2024, 6, 1), &[]));
        // A life sentence never alerts.
        let life = release(SentenceLength::Life, Some("2014"), None).unwrap();
        assert!(!release_alert(&life, today, &[]));
    }

    #[test]
    fn the_clock_starts_at_the_first_dated_detention_or_camp() {
        let (a, b, c) = (date("March 2018"), date("2017"), date("2016"));
        let events = [
            ("camp", Some(&a)),
            ("detention", Some(&b)),
            ("travel", Some(&c)),
            ("detention", None),
        ];
        assert_eq!(detained_on(events), Some(b));
        assert_eq!(detained_on([("trial", Some(&c))]), None);
    }

    #[test]
    fn overdue_only_once_every_plausible_day_has_passed() {
        let r = release(SentenceLength::Months(60), Some("2018"), None).unwrap();
        assert!(!r.overdue(day(2023, 6, 1)), "inside the window");
        assert!(!r.overdue(day(2023, 12, 31)));
        assert!(r.overdue(day(2024, 1, 1)));
    }
}
