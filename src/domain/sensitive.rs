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

/// The shortest word of a name that [`names_a_person`] looks for (shorter ones are too often
/// ordinary words).
pub const NAME_WORD_MIN: usize = 4;

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= NAME_WORD_MIN && w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
}

/// Whether `text` contains, as a whole word and ignoring case, a word of one of `names` (words of
/// four letters or more; numbers are not name words): a name typed into a field that is stored unencrypted. Spellings not among
/// `names` are not caught, so forms list the other spellings a volunteer gave.
pub fn names_a_person<'a>(text: &str, names: impl IntoIterator<Item = &'a str>) -> bool {
    let name_words: std::collections::BTreeSet<String> = names
        .into_iter()
        .flat_map(|n| words(n).collect::<Vec<_>>())
        .collect();
    !name_words.is_empty() && words(text).any(|w| name_words.contains(&w))
}

/// What a form says next to an unencrypted field that names someone (the name is not repeated).
pub const NAMES_A_PERSON: &str = "this contains a name given in this case, but it is stored \
     unencrypted and researchers read it: describe without names (e.g. “video testimony of his sister”)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_word_in_unencrypted_text_is_caught_whole_words_only() {
        let names = [
            "Ерболат Мұхаметқали",
            "Yerbolat Mukhametkali\nErbolat Muhametqali",
            "Ербол",
        ];
        assert!(names_a_person(
            "Video testimony of the sister of Yerbolat Mukhametkali",
            names
        ));
        assert!(names_a_person("Интервью: ЕРБОЛАТ", names));
        assert!(names_a_person("muhametqali-2019.mp4", names));
        // Parts of words, short words and other people's names are not names of this case.
        assert!(!names_a_person("Video testimony of his sister", names));
        assert!(!names_a_person("Yerbolatov Street", names));
        assert!(!names_a_person("Ali", ["Ali"]));
        assert!(!names_a_person("anything", [""]));
        assert!(!names_a_person("Source 1234", ["Aibek (generated 1234)"]));
    }

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
