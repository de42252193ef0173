//! The length of a prison sentence, as volunteers type it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A sentence length: a number of months, or life imprisonment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SentenceLength {
    Months(u32),
    Life,
}

/// Why a sentence could not be read. Messages never repeat the input.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SentenceError {
    #[error("write the sentence as years and months, e.g. \"10 years\", \"7 years 6 months\", \"18 months\" or \"life\"")]
    Unreadable,
    #[error("a sentence longer than 100 years is not plausible; check the number")]
    TooLong,
}

/// The longest sentence accepted, in months.
pub const MAX_SENTENCE_MONTHS: u32 = 1200;

impl SentenceLength {
    /// Reads "10 years", "10", "7 years 6 months", "7y 6m", "18 months", "life", "пожизненно",
    /// "10 лет", "10年6个月", and every form [`SentenceLength::words`] writes in each language.
    pub fn parse(input: &str) -> Result<Self, SentenceError> {
        // Fluent isolates the numbers it puts in a message with bidi marks.
        let text: String = input
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| {
                !matches!(
                    c,
                    '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
                )
            })
            .collect();
        let text = text.trim();
        if [
            "life",
            "life imprisonment",
            "пожизненно",
            "пожизненное",
            "пожизненное лишение свободы",
            "өмір бойы",
            "өмір бойы бас бостандығынан айыру",
            "مۇددەتسىز قاماق جازاسى",
            "无期徒刑",
        ]
        .contains(&text)
        {
            return Ok(Self::Life);
        }
        let mut months: u32 = 0;
        let mut seen_number = false;
        let mut pending: Option<u32> = None;
        let tokens = split_tokens(text);
        if tokens.is_empty() {
            return Err(SentenceError::Unreadable);
        }
        for token in tokens {
            if let Ok(n) = token.parse::<u32>() {
                if pending.is_some() {
                    return Err(SentenceError::Unreadable);
                }
                pending = Some(n);
                seen_number = true;
                continue;
            }
            let n = pending.take().ok_or(SentenceError::Unreadable)?;
            let factor = match token.as_str() {
                "y" | "yr" | "yrs" | "year" | "years" | "г" | "год" | "года" | "лет" | "жыл"
                | "يىل" | "年" => 12,
                "m" | "mo" | "mos" | "month" | "months" | "мес" | "месяц" | "месяца"
                | "месяцев" | "ай" | "ئاي" | "个月" | "月" => 1,
                _ => return Err(SentenceError::Unreadable),
            };
            months = months
                .checked_add(n.checked_mul(factor).ok_or(SentenceError::TooLong)?)
                .ok_or(SentenceError::TooLong)?;
        }
        if let Some(n) = pending {
            // A bare number means years.
            months = months
                .checked_add(n.checked_mul(12).ok_or(SentenceError::TooLong)?)
                .ok_or(SentenceError::TooLong)?;
        }
        if !seen_number {
            return Err(SentenceError::Unreadable);
        }
        if months > MAX_SENTENCE_MONTHS {
            return Err(SentenceError::TooLong);
        }
        Ok(Self::Months(months))
    }

    /// The sentence in words in `lang`: "7 years 6 months", "7 лет 6 месяцев", "7年6个月".
    pub fn words(self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::tr;
        match self {
            Self::Life => tr!(lang, "sentence-life"),
            Self::Months(m) => match (m / 12, m % 12) {
                (0, m) => tr!(lang, "sentence-months", {"months" => m}),
                (y, 0) => tr!(lang, "sentence-years", {"years" => y}),
                (y, m) => tr!(lang, "sentence-years-months", {"years" => y, "months" => m}),
            },
        }
    }

    /// The number of months, or `None` for life.
    pub fn months(self) -> Option<u32> {
        match self {
            Self::Months(m) => Some(m),
            Self::Life => None,
        }
    }
}

/// Splits "7y6m", "7 years, 6 months" into number and word tokens.
fn split_tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut current_is_digit = false;
    for c in text.chars() {
        let is_sep = c.is_whitespace() || c == ',' || c == '.';
        if is_sep {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            continue;
        }
        let is_digit = c.is_ascii_digit();
        if !current.is_empty() && is_digit != current_is_digit {
            tokens.push(std::mem::take(&mut current));
        }
        current_is_digit = is_digit;
        current.push(c);
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens.retain(|t| t != "and" && t != "и");
    tokens
}

impl fmt::Display for SentenceLength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Life => f.write_str("life imprisonment"),
            Self::Months(m) => {
                let (y, m) = (m / 12, m % 12);
                let plural = |n: u32, one: &str, many: &str| {
                    format!("{n} {}", if n == 1 { one } else { many })
                };
                match (y, m) {
                    (0, m) => f.write_str(&plural(m, "month", "months")),
                    (y, 0) => f.write_str(&plural(y, "year", "years")),
                    (y, m) => write!(
                        f,
                        "{} {}",
                        plural(y, "year", "years"),
                        plural(m, "month", "months")
                    ),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts what `parse` makes of each input.
    fn assert_parses(cases: &[(&str, Result<SentenceLength, SentenceError>)]) {
        for (input, expected) in cases {
            assert_eq!(&SentenceLength::parse(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn reads_the_ways_volunteers_write_a_sentence() {
        assert_parses(&[
            ("10 years", Ok(SentenceLength::Months(120))),
            ("10", Ok(SentenceLength::Months(120))),
            ("7 years 6 months", Ok(SentenceLength::Months(90))),
            ("7y6m", Ok(SentenceLength::Months(90))),
            ("7 years and 6 months", Ok(SentenceLength::Months(90))),
            ("18 months", Ok(SentenceLength::Months(18))),
            ("10 лет", Ok(SentenceLength::Months(120))),
            ("Life", Ok(SentenceLength::Life)),
        ]);
    }

    #[test]
    fn rejects_nonsense_with_a_message_that_does_not_echo_it() {
        let err = SentenceLength::parse("ten-ish Nurlan").unwrap_err();
        assert_eq!(err, SentenceError::Unreadable);
        assert!(!err.to_string().contains("Nurlan"));
        assert_parses(&[
            ("years", Err(SentenceError::Unreadable)),
            ("", Err(SentenceError::Unreadable)),
            ("500 years", Err(SentenceError::TooLong)),
            ("99999999999 years", Err(SentenceError::Unreadable)),
        ]);
    }

    #[test]
    fn reads_back_the_words_it_writes_in_every_language() {
        use crate::i18n::Lang;
        for lang in Lang::ALL {
            for length in [
                SentenceLength::Life,
                SentenceLength::Months(1),
                SentenceLength::Months(6),
                SentenceLength::Months(12),
                SentenceLength::Months(25),
                SentenceLength::Months(90),
                SentenceLength::Months(264),
            ] {
                let words = length.words(lang);
                assert_eq!(SentenceLength::parse(&words), Ok(length), "{lang}: {words}");
            }
        }
        assert_eq!(
            SentenceLength::Months(90).words(Lang::Ru),
            "7 лет 6 месяцев"
        );
    }

    #[test]
    fn displays_naturally_and_reads_back() {
        for months in [1, 12, 18, 90, 120, 240] {
            let s = SentenceLength::Months(months);
            assert_eq!(SentenceLength::parse(&s.to_string()), Ok(s));
        }
        assert_eq!(SentenceLength::Months(90).to_string(), "7 years 6 months");
        assert_eq!(SentenceLength::Life.to_string(), "life imprisonment");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Any text: an answer, never a panic; what is read displays and reads back the same.
        #[test]
        fn parse_never_panics_and_what_it_reads_reads_back(s in ".{0,60}") {
            if let Ok(length) = SentenceLength::parse(&s) {
                proptest::prop_assert_eq!(SentenceLength::parse(&length.to_string()), Ok(length));
            }
        }

        /// Text that looks like sentences: numbers, units and words of several languages.
        #[test]
        fn parse_never_panics_on_sentence_like_text(
            s in "[0-9 ,.\\-–/]{0,6}(years?|yrs?|months?|mo|y|m|жыл|ай|лет|год|месяц|年|个月|life|пожизненно|өмірлік)?[0-9 ]{0,4}(and|және|и)?[0-9 ]{0,4}(months?|ай|个月)?"
        ) {
            let _ = SentenceLength::parse(&s);
        }
    }
}
