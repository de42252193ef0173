//! A wrapper for values that must never reach a log, an error message or a URL in plaintext.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Sensitive text: a name, an ID number, a contact, an address, a narrative, a transcript.
///
/// `Debug` and `Display` print `[redacted]`, so a stray `{:?}` in a log line or an error cannot leak
/// it; the value is reached only through [`Sensitive::expose`], which is easy to find in review.
/// It serializes transparently because the page that shows it must receive it.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Sensitive(String);

impl Sensitive {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The plaintext, for sealing or for showing to the person entitled to see it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the value is empty after trimming.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Debug for Sensitive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Sensitive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<&str> for Sensitive {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<String> for Sensitive {
    fn from(value: String) -> Self {
        Self(value)
    }
}

/// What a form says next to an unencrypted field that names someone (the name is not repeated),
/// in the language of the request.
pub fn names_a_person() -> String {
    let lang = crate::i18n::current();
    crate::i18n::tr!(lang, "error-names-a-person")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_value() {
        let name = Sensitive::new("Нұрлан Сейітқали");
        assert_eq!(format!("{name:?}"), "[redacted]");
        assert_eq!(format!("{name}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(name.clone())), "Some([redacted])");
        assert_eq!(name.expose(), "Нұрлан Сейітқали");
    }

    #[test]
    fn serializes_as_the_plain_string_for_the_page_that_shows_it() {
        let json = serde_json::to_string(&Sensitive::new("نۇرلان")).unwrap();
        assert_eq!(json, "\"نۇرلان\"");
    }
}
