//! Rules over a case's timeline.

use super::partial_date::PartialDate;

/// The year the case list files a disappearance under: the earliest dated disappearance; else the
/// earliest last contact; else the earliest camp or detention; else the profile's last-contact date.
pub fn disappearance_year<'a>(
    events: impl Iterator<Item = (&'a str, Option<&'a PartialDate>)>,
    last_contact: Option<&PartialDate>,
) -> Option<i32> {
    let mut best: [Option<&PartialDate>; 3] = [None; 3];
    for (kind, date) in events {
        let Some(date) = date else { continue };
        let slot = match kind {
            "disappearance" => 0,
            "last_contact" => 1,
            "camp" | "detention" => 2,
            _ => continue,
        };
        if best[slot].is_none_or(|b| date < b) {
            best[slot] = Some(date);
        }
    }
    best.iter()
        .flatten()
        .next()
        .copied()
        .or(last_contact)
        .map(PartialDate::year_hint)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::date;

    /// An event as (kind, date written as text).
    type Event = (&'static str, Option<&'static str>);

    /// The disappearance year of events and a profile date written as text.
    fn year_of(events: &[Event], last_contact: Option<&str>) -> Option<i32> {
        let dates: Vec<Option<PartialDate>> = events.iter().map(|&(_, d)| d.map(date)).collect();
        let events = events
            .iter()
            .zip(&dates)
            .map(|(&(kind, _), d)| (kind, d.as_ref()));
        disappearance_year(events, last_contact.map(date).as_ref())
    }

    #[test]
    fn a_dated_disappearance_wins_over_last_contact_and_detention() {
        let events = [
            ("camp", Some("2019")),
            ("last_contact", Some("May 2017")),
            ("disappearance", Some("2018")),
        ];
        assert_eq!(year_of(&events, None), Some(2018));
    }

    #[test]
    fn falls_back_to_last_contact_then_detention_then_the_profile() {
        let cases: [(&[Event], Option<&str>, Option<i32>); 4] = [
            (
                &[("camp", Some("2019")), ("last_contact", Some("late 2016"))],
                None,
                Some(2016),
            ),
            (&[("detention", Some("2019"))], None, Some(2019)),
            (
                &[("travel", Some("2019")), ("camp", None)],
                Some("c. 2015"),
                Some(2015),
            ),
            (&[], None, None),
        ];
        for (events, last_contact, expected) in cases {
            assert_eq!(
                year_of(events, last_contact),
                expected,
                "events {events:?}, last contact {last_contact:?}"
            );
        }
    }
}
