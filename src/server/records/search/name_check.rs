//! The check that keeps a case's names and ID numbers out of the fields Izde stores unencrypted
//! (source titles, publishers and references; facility names, alleged acts, courts, who confirmed):
//! researchers read those, and they are in every copy of the database.
//!
//! A name reaches those fields in many spellings, so the check compares what the name index
//! compares (docs/security.md §3):
//!
//! - **Words in Latin, Cyrillic or Arabic script**, after NFKC, case folding, transliteration and
//!   with invisible characters (zero-width joiners, soft hyphens, direction marks) dropped: a name
//!   word whose consonant skeleton has three sounds or more matches a word with the same skeleton
//!   whose Latin spelling is at most a third of the name word's letters away (`Nurlán`, `Нурлан`,
//!   `نۇرلان` for `Nurlan` / `Нұрлан`; `Seitkali` for `Seitqali`, and after a Russian surname
//!   ending is taken off, `Seitkaliev` and `Gulzhanova` for `Seitqali` and `Gulzhan`; not `built` for
//!   `Bolat` nor `test` for `Testova`, which share a skeleton only); a shorter one (`Ali`, `Asel`)
//!   only a word spelled the same after folding, because two sounds match too many ordinary words.
//!   Words of one or two letters are not checked.
//! - **Chinese**: a name written in Chinese characters has no spaces, so any two or more of its
//!   characters in a row (of a name of up to four; of each part between middle dots of a longer
//!   transcription) found anywhere in the text.
//! - **ID numbers**: the ID with spaces and punctuation removed, and any run of six digits or more
//!   of the text (spaces and hyphens inside it ignored) that is part of an ID number.
//!
//! A match is refused with an error next to the field; it may be a false alarm (an ordinary word
//! with the skeleton of a name), which the volunteer avoids by rewording: the check errs on the
//! side of the family.

use super::skeleton::{self, Word};
use std::collections::{BTreeMap, BTreeSet};
use unicode_normalization::UnicodeNormalization;

/// Sounds a name word's skeleton needs for a skeleton match (fewer: the spelling must match).
const SKELETON_MIN: usize = 3;
/// Letters a name word needs to be checked at all.
const WORD_MIN: usize = 3;
/// Russian-style surname endings: `Seitkaliev`, `Gulzhanova` are the names `Seitkali`, `Gulzhan`.
const SURNAME_SUFFIXES: &[&str] = &["yeva", "yev", "ova", "eva", "ov", "ev"];
/// Digits in a row that count as part of an ID number.
const DIGITS_MIN: usize = 6;

/// The names and ID numbers of one case, ready to look for.
#[derive(Debug, Default)]
pub struct NameCheck {
    /// Skeleton → the Latin spellings of the name words that have it.
    skeletons: BTreeMap<String, Vec<String>>,
    spellings: BTreeSet<String>,
    chinese: BTreeSet<String>,
    ids: Vec<String>,
}

fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}'
        | '\u{30000}'..='\u{3134F}')
}

/// NFKC without the invisible characters: what the Chinese and ID checks read.
fn visible(text: &str) -> String {
    text.nfkc()
        .filter(|&c| !skeleton::is_invisible(c))
        .collect()
}

/// The runs of Chinese characters of `text` (middle dots and anything else cut them).
fn han_runs(text: &str) -> Vec<Vec<char>> {
    let mut runs = Vec::new();
    let mut run = Vec::new();
    for c in visible(text).chars() {
        if is_han(c) {
            run.push(c);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// The digit runs of `text`, spaces and hyphens inside a run ignored.
fn digit_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run = String::new();
    let shown = visible(text);
    let mut chars = shown.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            run.push(c);
        } else if matches!(c, ' ' | '-' | '.' | '/')
            && !run.is_empty()
            && chars.peek().is_some_and(char::is_ascii_digit)
        {
            continue;
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

impl NameCheck {
    /// The check for `names` (each a spelling of a name: whole names, other names, aliases, one
    /// per item or line) and `id_numbers` (one per item, line, comma or semicolon).
    pub fn new<'a>(
        names: impl IntoIterator<Item = &'a str>,
        id_numbers: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let mut check = Self::default();
        for name in names {
            for Word { folded, skeleton } in skeleton::words(name) {
                if folded.chars().count() < WORD_MIN {
                    continue;
                }
                if skeleton.chars().count() >= SKELETON_MIN {
                    check.skeletons.entry(skeleton).or_default().push(folded);
                } else {
                    check.spellings.insert(folded);
                }
            }
            for run in han_runs(name) {
                if run.len() <= 4 {
                    for start in 0..run.len() {
                        for end in start + 2..=run.len() {
                            check.chinese.insert(run[start..end].iter().collect());
                        }
                    }
                } else {
                    check.chinese.insert(run.iter().collect());
                }
            }
        }
        for ids in id_numbers {
            for id in ids.split(['\n', ',', ';']) {
                let key = skeleton::id_number_key(id);
                if key.len() >= 4 {
                    check.ids.push(key);
                }
            }
        }
        check
    }

    /// Whether there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.skeletons.is_empty()
            && self.spellings.is_empty()
            && self.chinese.is_empty()
            && self.ids.is_empty()
    }

    /// Whether `text` holds one of the names or ID numbers.
    pub fn finds(&self, text: &str) -> bool {
        if text.trim().is_empty() || self.is_empty() {
            return false;
        }
        let words = skeleton::words(text);
        let close = |word: &Word| {
            self.skeletons.get(&word.skeleton).is_some_and(|spellings| {
                spellings.iter().any(|name| {
                    let allowed = (name.chars().count() / 3).max(1);
                    let near = |spelling: &str| strsim::levenshtein(name, spelling) <= allowed;
                    near(&word.folded)
                        || SURNAME_SUFFIXES
                            .iter()
                            .any(|suffix| word.folded.strip_suffix(suffix).is_some_and(&near))
                })
            })
        };
        if words
            .iter()
            .any(|w| self.spellings.contains(&w.folded) || close(w))
        {
            return true;
        }
        let shown = visible(text);
        if self.chinese.iter().any(|c| shown.contains(c.as_str())) {
            return true;
        }
        let key = skeleton::id_number_key(text);
        if self.ids.iter().any(|id| key.contains(id.as_str())) {
            return true;
        }
        digit_runs(text).iter().any(|run| {
            run.len() >= DIGITS_MIN && self.ids.iter().any(|id| id.contains(run.as_str()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each spelling the check used to miss (issue 17, item 7), and text it must let through.
    #[test]
    fn names_are_found_in_every_spelling_the_index_knows() {
        let check = NameCheck::new(
            [
                "Нұрлан Сейітқали",
                "Nurlan Seitqali",
                "Ali",
                "马海涛",
                "阿卜杜克热木·买买提",
            ],
            ["654021198003121234", "E12345678"],
        );
        let found = [
            ("accent", "Testimony of Nurlán"),
            ("Russian Cyrillic", "Интервью: Нурлан"),
            ("Arabic script", "گۇۋاھلىق نۇرلان"),
            ("another romanization", "Seitkali family"),
            ("Russian suffix", "Seitkaliev case"),
            ("zero-width non-joiner", "Nur\u{200C}lan"),
            ("soft hyphen", "Nur\u{AD}lan"),
            ("fullwidth", "Ｎｕｒｌａｎ"),
            ("upper case", "NURLAN"),
            ("short name, same spelling", "interview with ali"),
            ("Chinese name", "证人马海涛的陈述"),
            ("Chinese given name", "海涛说"),
            ("Chinese name with a zero-width space", "马\u{200B}海涛"),
            ("Chinese transcription", "买买提的案件"),
            ("whole ID", "ID 654021198003121234"),
            ("ID with spaces", "6540 2119 8003 1212 34"),
            ("part of an ID", "card ending 19800312"),
            ("passport", "passport e12345678"),
            ("fullwidth digits", "６５４０２１１９８００３"),
        ];
        for (what, text) in found {
            assert!(check.finds(text), "{what}: {text:?} not found");
        }
        let clean = [
            "Video testimony of his sister",
            "Ili Intermediate People's Court",
            "Kunes camp",
            "伊犁哈萨克自治州中级人民法院",
            "Source 2019-05-12, 3 pages",
            "phone 12345",
            "Alibek",           // another name: a longer word is not "Ali"
            "Seit's testimony", // "Seit" is not "Seitqali"
            "",
        ];
        for text in clean {
            assert!(!check.finds(text), "{text:?} flagged");
        }
        assert!(
            !NameCheck::new(["Ai"], []).finds("ai"),
            "too short to check"
        );
        assert!(NameCheck::new([""], [""]).is_empty());
    }
}
