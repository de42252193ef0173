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

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn a_dated_disappearance_wins_over_last_contact_and_detention() {
        let (a, b, c) = (d("2018"), d("May 2017"), d("2019"));
        let events = [
            ("camp", Some(&c)),
            ("last_contact", Some(&b)),
            ("disappearance", Some(&a)),
        ];
        assert_eq!(disappearance_year(events.into_iter(), None), Some(2018));
    }

    #[test]
    fn falls_back_to_last_contact_then_detention_then_the_profile() {
        let (b, c, p) = (d("late 2016"), d("2019"), d("c. 2015"));
        assert_eq!(
            disappearance_year(
                [("camp", Some(&c)), ("last_contact", Some(&b))].into_iter(),
                None
            ),
            Some(2016)
        );
        assert_eq!(
            disappearance_year([("detention", Some(&c))].into_iter(), None),
            Some(2019)
        );
        assert_eq!(
            disappearance_year([("travel", Some(&c)), ("camp", None)].into_iter(), Some(&p)),
            Some(2015)
        );
        assert_eq!(disappearance_year(std::iter::empty(), None), None);
    }
}
