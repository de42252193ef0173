//! Dates as each language writes them, from CLDR data (ICU4X's compiled data): "14 May 2017",
//! "14 мая 2017 г.", "2017 ж. 14 мам.", "2017 14-ماي", "2017年5月14日". English uses the British
//! order (day, month, year), as Izde always has.

use super::{tr, Lang};
use crate::domain::partial_date::{DatePoint, Part, PartialDate, Qualifier};
use icu::calendar::{Date, Gregorian};
use icu::datetime::fieldsets;
use icu::datetime::input::{DateTime, Time};
use icu::datetime::options::TimePrecision;
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::locale::Locale;

/// The locale ICU4X formats `lang`'s dates in.
fn locale(lang: Lang) -> Locale {
    let code = match lang {
        Lang::En => "en-GB",
        other => other.code(),
    };
    code.parse().expect("the five locales are valid")
}

fn gregorian(year: i32, month: u32, day: u32) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
}

/// Formats `$date` in `$lang` with the field set `$fields` (each field set is its own type).
macro_rules! format_date {
    ($lang:expr, $fields:expr, $date:expr) => {{
        let date: Date<Gregorian> = $date;
        match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale($lang).into(), $fields)
        {
            Ok(f) => f.format(&date).to_string(),
            // Compiled data covers the five languages; the ISO form is still a date anyone reads.
            Err(_) => format!(
                "{:04}-{:02}-{:02}",
                date.year().extended_year(),
                date.month().ordinal,
                date.day_of_month().0
            ),
        }
    }};
}

/// A whole day: "14 May 2017".
pub fn day(lang: Lang, year: i32, month: u32, day: u32) -> String {
    match gregorian(year, month, day) {
        Some(d) => format_date!(lang, fieldsets::YMD::medium(), d),
        None => format!("{year:04}-{month:02}-{day:02}"),
    }
}

/// A month of a year: "May 2017".
pub fn month(lang: Lang, year: i32, month: u32) -> String {
    match gregorian(year, month, 1) {
        Some(d) => format_date!(lang, fieldsets::YM::long(), d),
        None => format!("{year:04}-{month:02}"),
    }
}

/// A year: "2017" ("2017年").
pub fn year(lang: Lang, year: i32) -> String {
    match gregorian(year, 1, 1) {
        Some(d) => format_date!(lang, fieldsets::Y::long(), d),
        None => year.to_string(),
    }
}

/// A moment to the minute, in UTC: "14 May 2017, 09:05".
pub fn moment(lang: Lang, at: chrono::DateTime<chrono::Utc>) -> String {
    use chrono::{Datelike, Timelike};
    let fields = fieldsets::YMDT::medium().with_time_precision(TimePrecision::Minute);
    let built = gregorian(at.year(), at.month(), at.day())
        .zip(Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0).ok());
    match (
        built,
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(lang).into(), fields),
    ) {
        (Some((date, time)), Ok(f)) => f.format(&DateTime { date, time }).to_string(),
        _ => at.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// One end of a partial date: "early May 2017", "14 May 2017", "2017".
pub fn point(lang: Lang, p: &DatePoint) -> String {
    let date = match (p.month, p.day) {
        (Some(m), Some(d)) => day(lang, p.year, m, d),
        (Some(m), None) => month(lang, p.year, m),
        _ => year(lang, p.year),
    };
    match p.part {
        None => date,
        Some(Part::Early) => tr!(lang, "date-early", {"date" => date}),
        Some(Part::Mid) => tr!(lang, "date-mid", {"date" => date}),
        Some(Part::Late) => tr!(lang, "date-late", {"date" => date}),
    }
}

/// A partial date as `lang` writes it: "c. 2012", "before May 2018", "2019–2020". The
/// partial-date parser reads every form this writes, in every language (round trip tested).
pub fn partial(lang: Lang, date: &PartialDate) -> String {
    let start = point(lang, &date.start());
    let written = match date.end() {
        Some(end) => {
            let end = point(lang, &end);
            tr!(lang, "date-range", {"start" => start, "end" => end})
        }
        None => start,
    };
    match date.qualifier() {
        Qualifier::Exact => written,
        Qualifier::Circa => tr!(lang, "date-circa", {"date" => written}),
        Qualifier::Before => tr!(lang, "date-before", {"date" => written}),
        Qualifier::After => tr!(lang, "date-after", {"date" => written}),
    }
}

/// How Izde reads a date, in words a volunteer can check against what they meant: the date as
/// it will be shown, then the days it covers ("late 2019: 1 Sept 2019 to 31 Dec 2019").
pub fn reading(lang: Lang, date: &PartialDate) -> String {
    use chrono::Datelike;
    let on = |d: chrono::NaiveDate| day(lang, d.year(), d.month(), d.day());
    let span = match (date.earliest(), date.latest()) {
        (Some(a), Some(b)) if a == b => tr!(lang, "date-span-day", {"day" => on(a)}),
        (Some(a), Some(b)) => tr!(lang, "date-span", {"from" => on(a), "to" => on(b)}),
        (None, Some(b)) => tr!(lang, "date-span-until", {"to" => on(b)}),
        (Some(a), None) => tr!(lang, "date-span-from", {"from" => on(a)}),
        (None, None) => tr!(lang, "date-span-any"),
    };
    tr!(lang, "date-reading", {"date" => partial(lang, date), "span" => span})
}

/// What the line under a date field says about `typed`: how Izde reads it, or why it cannot
/// (`Err`). Empty input says nothing.
pub fn read_as(lang: Lang, typed: &str) -> Result<String, String> {
    if typed.trim().is_empty() {
        return Ok(String::new());
    }
    match PartialDate::parse(typed) {
        Ok(date) => Ok(tr!(lang, "date-read-as", {"reading" => reading(lang, &date)})),
        Err(e) => {
            let error = e.message(lang);
            Err(tr!(lang, "date-not-yet", {"error" => error}))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_dates_its_own_way() {
        assert_eq!(day(Lang::En, 2017, 5, 14), "14 May 2017");
        assert_eq!(day(Lang::Ru, 2017, 5, 14), "14 мая 2017\u{202f}г.");
        assert_eq!(day(Lang::Zh, 2017, 5, 14), "2017年5月14日");
        assert_eq!(month(Lang::En, 2017, 5), "May 2017");
        assert_eq!(month(Lang::Kk, 2017, 5), "2017\u{202f}ж. мамыр");
        assert_eq!(month(Lang::Zh, 2017, 5), "2017年5月");
        assert_eq!(year(Lang::Zh, 2017), "2017年");
        assert!(day(Lang::Ug, 2017, 5, 14).contains("ماي"));
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-06T09:05:30Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        assert_eq!(moment(Lang::En, at), "6 Dec 2026, 09:05");
    }
}
