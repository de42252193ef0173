//! Helpers shared by the domain's unit tests.

use std::fmt::Debug;

use super::PartialDate;

/// The date written as `text`; panics, naming it, when it does not parse.
pub(crate) fn date(text: &str) -> PartialDate {
    PartialDate::parse(text).unwrap_or_else(|e| panic!("{text:?} should parse, got {e}"))
}

/// Asserts that each of `all` reads back from its code, and that `unknown` reads as none.
pub(crate) fn assert_codes_round_trip<T: Copy + PartialEq + Debug>(
    all: &[T],
    code: impl Fn(T) -> &'static str,
    parse: impl Fn(&str) -> Option<T>,
    unknown: &str,
) {
    for &value in all {
        assert_eq!(parse(code(value)), Some(value), "code {:?}", code(value));
    }
    assert_eq!(parse(unknown), None, "code {unknown:?}");
}
