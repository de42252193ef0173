//! Cross-script name skeletons for blind-index search of encrypted names.
//!
//! Names of missing people are stored encrypted, so the database cannot search them. Beside each name
//! the app stores keyed blind indexes (an HMAC, computed elsewhere) of the *skeleton* built here; a
//! search computes the same skeleton from what the user typed and looks for equal HMACs.
//!
//! The same person reaches volunteers spelled many ways: `Nurlan Seitkali`, `Nurlan Seitqali`,
//! `Нұрлан Сейітқали` (Kazakh Cyrillic), `Нурлан Сеиткали` (Russian Cyrillic), `نۇرلان سەيىتقالي`
//! (Arabic script as written by Kazakhs in Xinjiang), family name first or last. The skeleton throws
//! away what these spellings disagree on and keeps what they share:
//!
//! 1. **Unicode NFKC** (full-width letters, Arabic presentation forms and ligatures become ordinary
//!    letters), then **lowercase**.
//! 2. **Transliteration to Latin** of Kazakh, Russian and Uyghur Cyrillic, and of the Arabic script as
//!    used for Uyghur (UEY) and for Kazakh in Xinjiang; Latin letters that stand for a digraph
//!    (`ş`, `ç`, `ğ`, `ñ`, `ž`…) are spelled out as that digraph.
//! 3. **Diacritics stripped**: NFD, combining marks dropped (`ä ö ü é` → `a o u e`, Arabic harakat
//!    disappear).
//! 4. **Tokens**: the name is cut into words at whitespace, hyphens, dots, middle dots (`·`, `・`),
//!    digits and any other non-letter. Apostrophes (`'`, `ʼ`, `’`, `ʻ`…) do *not* cut a word: they are
//!    dropped, so `Mes'ud` = `Mesud`, but they keep the letters around them from forming a digraph
//!    (Uyghur Latin writes `s'h` for с+һ, as opposed to `sh` for ш). Invisible format characters
//!    (zero-width joiners, right-to-left marks, the Arabic tatweel) are dropped without cutting.
//!    Chinese characters are read through their toneless pinyin (the `pinyin` crate), spelled as
//!    the sounds they stand for in transcriptions of Turkic names (`x` → *s*, `q` → *ch*, `c` →
//!    *ts*), so `阿卜杜克热木·买买提` gives the skeletons of `Abdukerim Memet`. Letters of other
//!    scripts not handled here — Greek, Korean… — are dropped.
//! 5. **Consonant skeleton** of each token: vowels and semivowels (`a e i o u y w v`) are dropped,
//!    digraphs (`zh kh gh sh ch ng dzh dj`) are read as one sound, every sound is mapped to a class of
//!    sounds that romanizations confuse, and runs of the same class collapse to one.
//!
//! # Classes
//!
//! Each class is written as one character, so a skeleton can never be read two ways (`kh` is one
//! class, not `k` followed by `h`). The symbols are labels, not letters:
//!
//! | class | Latin                          | Cyrillic          | Arabic script          |
//! |-------|--------------------------------|-------------------|------------------------|
//! | `K`   | k q g x h, kh gh, ğ            | к қ г ғ х һ       | ك ق گ غ ع خ ح ھ        |
//! | `J`   | j c, zh dzh dj, ž              | ж җ, дж           | ج ژ                    |
//! | `N`   | n, ng, ñ ń                     | н ң               | ن ڭ                    |
//! | `X`   | sh, ş š                        | ш (щ = `X C`)     | ش                      |
//! | `C`   | ch, ç č                        | ч                 | چ                      |
//! | `S`   | s                              | с (ц = `T S`)     | س ص ث                  |
//! | `Z`   | z                              | з                 | ز ذ ض ظ                |
//! | `T`   | t                              | т                 | ت ط                    |
//! | `B P D R L M F` | b p d r l m f        | б п д р л м ф     | ب پ د ر ل م ف          |
//! | —     | a e i o u y w v (dropped)      | vowels, в й ь ъ   | ا ە ې ى ي و ۇ ۆ ۈ ۋ ئ ء ٴ |
//!
//! Why these merges: Kazakh and Uyghur have `q` and `ğ` where Russian-based romanizations write `k`
//! and `g` (`Seitqali` / `Seitkali`), Kazakh `х` is written `kh`, `h` or `x` (`Toqtarhan` /
//! `Tokhtarkhan`), and `г` next to a front vowel is `g` (`Aigul`, `Айгүл`, `ايگۇل`), so all of them are
//! one class. `ж` is `zh` in Russian-based and `j` in Kazakh and Uyghur Latin (`Zhaksylyk` /
//! `Jaqsylyq`). `ң` is `ng`, `ñ` or plain `n`. `v` and `w` are dropped rather than kept as a class
//! because the Arabic letters disagree between the two orthographies: `ۋ` is Uyghur *v/w* but Kazakh
//! *у* (a vowel, `Daulet` / `داۋلەت`), and `ۆ` is Uyghur *ö* but Kazakh *в*. Vowels are dropped because
//! no two romanizations agree on them (`Memet` / `Mämät` / `مەمەت`, `Kadir` / `Кадыр`).
//!
//! A skeleton match is only a *candidate*: the app decrypts the candidates and confirms. Recall matters
//! more than precision, so the classes are generous; they still keep apart the similar names in
//! `tests/data/name_variants.tsv` (`Seitkali` / `Seitkhan`, `Nurlan` / `Nurbol`, `Aigul` / `Aigerim`).
//!
//! # Limits
//!
//! - Chinese transcriptions match when their consonants follow the name's; Chinese writes *l* for
//!   an *r* it cannot begin a syllable with (`古丽娜拉` for *Gulnara*), and such names do not match.
//!   A character with several readings is read the common way.
//! - A name of vowels only has an empty key; callers must not index or search an empty key.
//! - Words split differently (`Abdukerim` / `Abdu Kerim` / `Abdu-Kerim`) give different keys, as do
//!   Russian-style suffixes (`Seitkaliev`) and patronymic words (`uly`, `kyzy`).
//! - A Latin `sh` is always read as ш, so `Ishaq` (for Исһақ, с+һ) does not match `Is'haq` or `Исһақ`.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Version of the transliteration and skeleton tables; stored beside every index entry, and a change
/// means every index is rebuilt. Bump it whenever the output of any function here changes.
pub const TABLE_VERSION: i64 = 2;

/// The skeleton of each name token (a token = a word of the name), in the order written, empty tokens
/// dropped.
///
/// A token whose skeleton is empty — only vowels (`Ai`), or only letters of a script not handled
/// here, such as Greek — is dropped. `阿卜杜克热木·买买提` gives `["BDKRM", "MT"]`. See the
/// [module documentation](self) for the pipeline and the classes. `Nurlan Seitqali` and
/// `Нұрлан Сейітқали` both give `["NRLN", "STKL"]`.
pub fn token_skeletons(name: &str) -> Vec<String> {
    latin_tokens(name)
        .iter()
        .map(|token| skeleton(token))
        .filter(|skeleton| !skeleton.is_empty())
        .collect()
}

/// The key of a whole name: token skeletons sorted (so given/family order does not matter) and joined by
/// a space. Empty string when nothing is left.
///
/// Nothing is left for a name written only in vowels or in scripts not handled here; callers must
/// not index or search an empty key. `Seitkali Nurlan` and
/// `نۇرلان سەيىتقالي` both give `"NRLN STKL"`.
pub fn name_key(name: &str) -> String {
    let mut skeletons = token_skeletons(name);
    skeletons.sort_unstable();
    skeletons.join(" ")
}

/// One word of a text as the name check compares it: its Latin spelling (steps 1–4, apostrophes
/// dropped) and its consonant skeleton (step 5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub folded: String,
    pub skeleton: String,
}

/// Every word of `text` (see [`Word`]); words of scripts not handled here are left out. A word with
/// an apostrophe also gives its part before it, so `Nurlan's` is read as `Nurlan` too.
pub fn words(text: &str) -> Vec<Word> {
    let word = |token: &str| Word {
        folded: token.chars().filter(|&c| c != BREAK).collect(),
        skeleton: skeleton(token),
    };
    let mut out = Vec::new();
    for token in latin_tokens(text) {
        if let Some((before, _)) = token.split_once(BREAK) {
            out.push(word(before));
        }
        out.push(word(&token));
    }
    out.retain(|w| !w.folded.is_empty());
    out
}

/// The invisible characters [`token_skeletons`] drops without cutting a word (zero-width joiners
/// and spaces, the soft hyphen, direction marks, the Arabic tatweel…).
pub fn is_invisible(c: char) -> bool {
    invisible(c).is_some()
}

/// The normalized form of an ID number (passport, Chinese resident ID...): NFKC, uppercase, only ASCII
/// letters and digits kept: `" 6540 2119-8003 1234x "` gives `"6540211980031234X"`.
pub fn id_number_key(id: &str) -> String {
    id.nfkc()
        .collect::<String>()
        .to_uppercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Stands inside a token for an apostrophe: dropped by [`skeleton`], but no digraph is read across it.
const BREAK: char = '\'';

/// Steps 1–4 of the pipeline: the name as Latin tokens made of `a`–`z` and [`BREAK`].
fn latin_tokens(name: &str) -> Vec<String> {
    // Apostrophes first: NFKC would turn the acute accent `´` into a space and a combining mark.
    let folded = name
        .chars()
        .map(|c| if is_apostrophe(c) { BREAK } else { c })
        .nfkc()
        .collect::<String>()
        .to_lowercase();

    let mut latin = String::with_capacity(folded.len());
    for c in folded.chars() {
        match transliterate(c) {
            Some(replacement) => latin.push_str(replacement),
            None => match pinyin::ToPinyin::to_pinyin(&c) {
                Some(reading) => push_reading(&mut latin, reading.plain()),
                None => latin.push(c),
            },
        }
    }

    let mut tokens = Vec::new();
    let mut token = String::new();
    for c in latin.nfd().filter(|&c| !is_combining_mark(c)) {
        if c.is_ascii_lowercase() || c == BREAK {
            token.push(c);
        } else if c.is_alphabetic() {
            // A letter of a script not handled here (Greek…): dropped, the word goes on.
        } else if !token.is_empty() {
            tokens.push(std::mem::take(&mut token));
        }
    }
    if !token.is_empty() {
        tokens.push(token);
    }
    tokens
}

/// A Chinese character's reading (toneless pinyin), spelled as the sounds it stands for in a
/// transcription of a Turkic name: pinyin `x` is written for *s* (吐尔逊 *Tursun*), `q` for *ch*
/// (恰 *cha*) and `c` for *ts*; the other letters already are what the skeleton expects.
fn push_reading(latin: &mut String, reading: &str) {
    let rest = |n: usize| reading.get(n..).unwrap_or_default();
    if reading.starts_with("zh") || reading.starts_with("ch") || reading.starts_with("sh") {
        latin.push_str(reading);
        return;
    }
    match reading.chars().next() {
        Some('x') => latin.push('s'),
        Some('q') => latin.push_str("ch"),
        Some('c') => latin.push_str("ts"),
        Some(first) => latin.push(first),
        None => {}
    }
    latin.push_str(rest(1));
}

/// Step 5: the consonant skeleton of one Latin token.
fn skeleton(token: &str) -> String {
    let mut out = String::new();
    let mut rest = token;
    while let Some(first) = rest.chars().next() {
        let (class, len) = DIGRAPHS
            .iter()
            .find(|(digraph, _)| rest.starts_with(digraph))
            .map_or_else(
                || (letter_class(first), first.len_utf8()),
                |&(digraph, class)| (Some(class), digraph.len()),
            );
        rest = &rest[len..];
        // Vowels push nothing, so a run is collapsed even across them: `Memet` → `MT`.
        if let Some(class) = class {
            if !out.ends_with(class) {
                out.push(class);
            }
        }
    }
    out
}

/// Letter groups read as one sound, longest first.
const DIGRAPHS: &[(&str, char)] = &[
    // ңғ, ңг: the г is not written in most romanizations (Оңғарбек = Ongarbek, Мәңгілік = Mangilik).
    ("nggh", 'N'),
    ("ngg", 'N'),
    ("dzh", 'J'), // дж
    ("dj", 'J'),  // French-style Djamila
    ("zh", 'J'),
    ("kh", 'K'),
    ("gh", 'K'),
    ("sh", 'X'),
    ("ch", 'C'),
    ("ng", 'N'),
];

/// The class of a single Latin letter; `None` for vowels, semivowels and [`BREAK`].
fn letter_class(letter: char) -> Option<char> {
    let class = match letter {
        'k' | 'q' | 'g' | 'x' | 'h' => 'K',
        'j' | 'c' => 'J',
        'n' => 'N',
        'b' => 'B',
        'p' => 'P',
        'd' => 'D',
        't' => 'T',
        's' => 'S',
        'z' => 'Z',
        'r' => 'R',
        'l' => 'L',
        'm' => 'M',
        'f' => 'F',
        // a e i o u, and the semivowels y w v (see the module documentation for v).
        _ => return None,
    };
    Some(class)
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{B4}' // ´ acute accent
            | '\u{2018}' // ‘
            | '\u{2019}' // ’
            | '\u{2032}' // ′ prime
            | '\u{02B9}' // ʹ
            | '\u{02BB}' // ʻ (Uzbek g‘, o‘)
            | '\u{02BC}' // ʼ
    )
}

/// Step 2 for one lowercase character: its Latin spelling, or `None` to keep it as it is.
///
/// A precomposed letter missing from the tables is looked up by its base letter, so `ѓ` reads as `г`.
fn transliterate(c: char) -> Option<&'static str> {
    table(c).or_else(|| {
        let mut base = None;
        decompose_canonical(c, |d| {
            base.get_or_insert(d);
        });
        base.filter(|&b| b != c).and_then(table)
    })
}

fn table(c: char) -> Option<&'static str> {
    latin(c)
        .or_else(|| cyrillic(c))
        .or_else(|| arabic(c))
        .or_else(|| invisible(c))
}

/// Latin letters that stand for a digraph (Turkish, Kazakh 2018/2021 Latin, Uyghur Yengi Yeziq, IPA…),
/// and a few that have no decomposition to a base letter. Other accented letters lose their accent in
/// step 3.
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'ş' | 'ș' | 'š' | 'ʃ' => "sh",
        'ç' | 'č' | 'ć' => "ch",
        'ğ' | 'ǵ' | 'ƣ' | 'ɣ' => "gh",
        'ñ' | 'ń' | 'ŋ' => "ng",
        'ž' | 'ż' | 'ʒ' | 'ⱬ' => "zh",
        'ⱪ' => "q",
        'ⱨ' | 'ħ' => "h",
        'ɡ' => "g",
        'ı' => "i",
        'ə' | 'ǝ' | 'æ' | 'ɑ' => "a",
        'ø' | 'œ' => "o",
        'ß' => "ss",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ł' => "l",
        _ => return None,
    })
}

/// Cyrillic: Russian, Kazakh, Uyghur (and the Kyrgyz, Uzbek, Tatar, Ukrainian letters met in names).
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        // Vowels.
        'а' => "a",
        'ә' => "ä",
        'е' | 'э' | 'є' => "e",
        'ё' => "yo",
        'и' | 'і' | 'ї' => "i",
        'ы' => "y",
        'о' | 'ө' => "o",
        'у' | 'ұ' | 'ү' | 'ў' => "u",
        'ю' => "yu",
        'я' => "ya",
        // Semivowels and signs: nothing of them is left in a skeleton.
        'й' => "y",
        'в' => "v",
        'ь' | 'ъ' => "",
        // Consonants.
        'б' => "b",
        'г' | 'ґ' => "g",
        'ғ' | 'ҕ' => "gh",
        'д' => "d",
        'ж' => "zh",
        'җ' => "j",
        'з' => "z",
        'к' => "k",
        'қ' => "q",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'ң' => "ng",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ф' => "f",
        'х' => "kh",
        // The apostrophe keeps с+һ from reading as ш (Исһақ = Is'haq).
        'һ' | 'ҳ' => "'h",
        'ц' => "ts",
        'ч' | 'ҷ' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        _ => return None,
    })
}

/// Arabic script: the Uyghur alphabet (UEY), the Kazakh alphabet of Xinjiang, and the Arabic and
/// Persian letters of names of Arabic origin.
fn arabic(c: char) -> Option<&'static str> {
    Some(match c {
        // Vowels. Uyghur ۆ is ö but Kazakh ۆ is в, and Uyghur ۋ is v/w but Kazakh ۋ is у: the skeleton
        // drops all of them, so the two readings agree.
        'ا' | 'آ' | 'أ' | 'إ' | 'ٱ' => "a",
        'ە' | 'ه' | 'ة' | 'ۀ' | 'ے' | 'ۓ' => "e", // ه is typed for ە at the end of a word
        'ې' => "é",
        'ى' => "i",
        'و' | 'ؤ' | 'ۅ' => "o",
        'ۇ' | 'ۉ' => "u",
        'ۆ' => "ö",
        'ۈ' => "ü",
        'ي' | 'ی' => "y",
        'ۋ' => "w",
        // Hamza: Uyghur ئ carries a vowel, Kazakh ٴ marks a word as front-vowelled.
        'ئ' | 'ء' | 'ٴ' => "",
        // Consonants.
        'ب' => "b",
        'پ' => "p",
        'ت' | 'ط' => "t",
        'ث' | 'س' | 'ص' => "s",
        'ج' => "j",
        'چ' => "ch",
        'خ' => "kh",
        // ح is Kazakh х; ھ is һ. The apostrophe keeps س+ھ from reading as ش.
        'ح' | 'ھ' => "'h",
        'د' => "d",
        'ذ' | 'ز' | 'ض' | 'ظ' => "z",
        'ر' => "r",
        'ژ' => "zh",
        'ش' => "sh",
        'غ' => "gh",
        'ع' => "gh", // Kazakh ғ
        'ف' => "f",
        'ق' => "q",
        'ك' | 'ک' => "k",
        'گ' => "g",
        'ڭ' => "ng",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        _ => return None,
    })
}

/// Invisible characters that must not cut a word: joiners, direction marks, the soft hyphen, the
/// Arabic tatweel that stretches a word.
fn invisible(c: char) -> Option<&'static str> {
    matches!(
        c,
        '\u{AD}'
            | '\u{61C}'
            | '\u{640}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
    .then_some("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const VARIANTS: &str = include_str!("../../../../tests/data/name_variants.tsv");

    /// One row of the test data: person id (`p1`… or `decoy`), script, spelling.
    struct Row {
        person: &'static str,
        script: &'static str,
        spelling: &'static str,
    }

    fn rows() -> Vec<Row> {
        VARIANTS
            .lines()
            .map(str::trim_end)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(|line| match line.split('\t').collect::<Vec<_>>()[..] {
                [person, script, spelling] => Row {
                    person,
                    script,
                    spelling,
                },
                _ => panic!("malformed row in name_variants.tsv: {line:?}"),
            })
            .collect()
    }

    /// Spellings of each person (decoys excluded) that must match, by person.
    fn persons() -> BTreeMap<&'static str, Vec<Row>> {
        let mut persons: BTreeMap<_, Vec<_>> = BTreeMap::new();
        for row in rows() {
            if row.person != "decoy" {
                persons.entry(row.person).or_default().push(row);
            }
        }
        persons
    }

    /// Each person's key, taken from their first spelling.
    fn person_keys() -> BTreeMap<&'static str, String> {
        persons()
            .into_iter()
            .map(|(person, rows)| (person, name_key(rows[0].spelling)))
            .collect()
    }

    #[test]
    fn the_test_data_is_read() {
        let persons = persons();
        assert!(persons.len() >= 5, "persons: {:?}", persons.keys());
        for (person, rows) in &persons {
            assert!(rows.len() >= 2, "{person} has a single spelling");
        }
        assert!(rows().iter().filter(|r| r.person == "decoy").count() >= 5);
    }

    #[test]
    fn every_spelling_of_a_person_has_the_same_key() {
        let mut mismatches = Vec::new();
        for (person, rows) in persons() {
            let expected = name_key(rows[0].spelling);
            assert!(
                !expected.is_empty(),
                "{person}: {:?} has an empty key",
                rows[0].spelling
            );
            for row in &rows[1..] {
                let key = name_key(row.spelling);
                if key != expected {
                    mismatches.push(format!(
                        "{person} ({}) {:?} → {key:?}, but {:?} → {expected:?}",
                        row.script, row.spelling, rows[0].spelling
                    ));
                }
            }
        }
        assert!(
            mismatches.is_empty(),
            "spellings that do not match:\n{}",
            mismatches.join("\n")
        );
    }

    #[test]
    fn decoys_and_different_persons_have_different_keys() {
        let keys = person_keys();
        for row in rows().iter().filter(|r| r.person == "decoy") {
            let key = name_key(row.spelling);
            for (person, person_key) in &keys {
                assert_ne!(
                    &key, person_key,
                    "decoy {:?} ({}) has the key of {person}",
                    row.spelling, row.script
                );
            }
        }
        let keys: Vec<_> = keys.into_iter().collect();
        for (i, (a, key_a)) in keys.iter().enumerate() {
            for (b, key_b) in &keys[i + 1..] {
                assert_ne!(key_a, key_b, "{a} and {b} have the same key");
            }
        }
    }

    /// Precision and recall of whole-name keys over every pair of spellings in the test data
    /// (decoys included): a pair is predicted to be one person when both keys are equal and not
    /// empty, and is one person when both rows have the same person id. Printed with
    /// `cargo test --features ssr --lib name_key_precision -- --nocapture`.
    fn precision_and_recall(rows: &[Row]) -> (f64, f64) {
        let (mut tp, mut fp, mut fn_) = (0u32, 0u32, 0u32);
        for (i, a) in rows.iter().enumerate() {
            for b in &rows[i + 1..] {
                let (ka, kb) = (name_key(a.spelling), name_key(b.spelling));
                let predicted = !ka.is_empty() && ka == kb;
                let same = a.person != "decoy" && a.person == b.person;
                match (predicted, same) {
                    (true, true) => tp += 1,
                    (true, false) => fp += 1,
                    (false, true) => fn_ += 1,
                    (false, false) => {}
                }
            }
        }
        let ratio = |n: u32, d: u32| {
            if d == 0 {
                1.0
            } else {
                f64::from(n) / f64::from(d)
            }
        };
        (ratio(tp, tp + fp), ratio(tp, tp + fn_))
    }

    #[test]
    fn name_key_precision_and_recall_over_the_test_data() {
        let all = rows();
        let chinese: Vec<Row> = rows()
            .into_iter()
            .filter(|r| r.script == "chinese")
            .collect();
        let (p, r) = precision_and_recall(&all);
        println!(
            "name keys over {} spellings: precision {p:.3}, recall {r:.3}",
            all.len()
        );
        let (cp, _) = precision_and_recall(&chinese);
        println!(
            "among the {} Chinese spellings: precision {cp:.3}",
            chinese.len()
        );
        assert_eq!(p, 1.0, "a decoy or another person shares a key");
    }

    #[test]
    fn chinese_transcriptions_are_read_through_their_pinyin() {
        assert_eq!(name_key("阿卜杜克热木·买买提"), name_key("Abdukerim Memet"));
        assert_eq!(
            name_key("吐尔逊"),
            name_key("Tursun"),
            "pinyin x is read as s"
        );
        assert_eq!(name_key("恰克"), name_key("Chaq"), "pinyin q is read as ch");
        // A word in Chinese beside one in another script is a word of its own.
        assert_eq!(name_key("Memet 阿卜杜克热木"), name_key("Abdukerim Memet"));
    }

    #[test]
    fn order_spacing_hyphens_and_case_do_not_matter() {
        let key = name_key("Nurlan Seitkali");
        for spelling in [
            "Seitkali Nurlan",
            "  nurlan   SEITKALI ",
            "Nurlan\tSeitkali\n",
            "Nurlan - Seitkali",
            "-Nurlan--Seitkali-",
            "Nurlan·Seitkali",
            "Nurlan・Seitkali",
            "Nurlan. Seitkali.",
            "Nurlan, Seitkali",
            "ＮＵＲＬＡＮ　ＳＥＩＴＫＡＬＩ", // full width, ideographic space
            "Nur\u{200D}lan Seit\u{200C}kali\u{200F}",
        ] {
            assert_eq!(name_key(spelling), key, "{spelling:?}");
        }
        assert_eq!(name_key("Нурлан Сеиткали"), name_key("СЕИТКАЛИ нурлан"));
    }

    #[test]
    fn token_skeletons_keep_the_written_order() {
        assert_eq!(token_skeletons("Nurlan Seitkali"), ["NRLN", "STKL"]);
        assert_eq!(token_skeletons("Seitkali Nurlan"), ["STKL", "NRLN"]);
        assert_eq!(name_key("Seitkali Nurlan"), "NRLN STKL");
        // A token of vowels only is dropped.
        assert_eq!(token_skeletons("Ai Memet"), ["MT"]);
        assert!(token_skeletons("").is_empty());
    }

    /// The token skeletons of `spellings`, which must all be equal, and that value.
    fn same_skeleton(spellings: &[&str]) -> Vec<String> {
        let expected = token_skeletons(spellings[0]);
        for spelling in spellings {
            assert_eq!(
                token_skeletons(spelling),
                expected,
                "{spelling:?} and {:?}",
                spellings[0]
            );
        }
        expected
    }

    #[test]
    fn transliteration_across_scripts() {
        // Each row: spellings of one name in several scripts and romanizations, and the skeleton
        // they all share.
        #[rustfmt::skip]
        let names: &[(&[&str], &str)] = &[
            (&["Жақсылық", "جاقسىلىق", "Jaqsylyq", "Zhaksylyk", "Jaqsılıq"], "JKSLK"),
            (&["Toqtarhan", "Tokhtarkhan", "Тоқтархан", "توقتارحان", "Toqtarxan"], "TKTRKN"),
            (&["Aigul", "Айгүл", "ايگۇل", "Aygül"], "KL"),
            (&["Memet", "Mämät", "مەمەت", "Мәмәт"], "MT"),
            // Kazakh Arabic writes ғ as ع.
            (&["Ғалым", "عالىم", "Galym", "Ghalym", "Ğalym"], "KLM"),
            // Kazakh у is ۋ in Arabic script, and v/w are dropped: Daulet = Dawlet = داۋلەت.
            (&["Дәулет", "داۋلەت", "Daulet", "Dawlet", "Dävlet"], "DLT"),
            // ң: ng, ñ, ń, and the г after it that romanizations leave out.
            (&["Мәңгілік", "Mangilik", "Mäñgilik", "Mańgilik", "مەڭگىلىك"], "MNLK"),
            (&["Джамиля", "Jamila", "Zhamila", "Djamila", "Dzhamilya", "جامىلا"], "JML"),
            // Turkish/Kazakh Latin letters for digraphs.
            (&["Şolpan", "Sholpan", "Шолпан", "شولپان"], "XLPN"),
            (&["Çoqan", "Choqan", "Chokan", "Чоқан", "چوقان"], "CKN"),
            // с+һ is not ш.
            (&["Исһақ", "ئىسھاق", "Is'haq", "Исхак", "Iskhak"], "SK"),
            (&["Ishaq"], "XK"),
            // Apostrophes join a word rather than cut it.
            (&["Mes'ud", "Mesʼud", "Mes’ud", "Mesud", "Месуд", "مەسئۇد"], "MSD"),
            // Arabic presentation forms (نۇرلان with the lam-alef ligature) and harakat.
            (&["\u{FEE7}\u{FBD8}\u{FEAD}\u{FEFB}\u{FEE5}", "نُورْلَان", "Nurlan"], "NRLN"),
            // Cyrillic letters with diacritics read as their base letter.
            (&["ѓул", "гул"], "KL"),
        ];
        for (spellings, skeleton) in names {
            assert_eq!(same_skeleton(spellings), [*skeleton], "{spellings:?}");
        }
    }

    #[test]
    fn similar_names_stay_apart() {
        for (a, b) in [
            ("Seitkhan", "Seitkali"),
            ("Nurlan", "Nurbol"),
            ("Aigul", "Aigerim"),
            ("Gulnisa", "Gulnara"),
            ("Yerbol", "Yerlan"),
            ("Sholpan", "Solpan"),
            ("Chokan", "Shokan"),
            ("Zhanar", "Sanar"),
        ] {
            assert_ne!(token_skeletons(a), token_skeletons(b), "{a} and {b}");
        }
    }

    #[test]
    fn id_numbers() {
        assert_eq!(id_number_key(" 6540 2119-8003 1234x "), "6540211980031234X");
        assert_eq!(
            id_number_key("６５４０２１１９８００３１２３４ｘ"),
            "6540211980031234X"
        );
        assert_eq!(id_number_key("e1234567"), "E1234567");
        assert_eq!(id_number_key("№ N 12/34"), "NON1234");
        assert_eq!(id_number_key(""), "");
        assert_eq!(id_number_key("护照"), "");
    }

    /// Asserts what must hold of any input, and returns its key.
    fn check(name: &str) -> String {
        let key = name_key(name);
        let mut tokens = token_skeletons(name);
        assert!(
            tokens.iter().all(|t| !t.is_empty()),
            "{name:?}: empty token in {tokens:?}"
        );
        tokens.sort();
        assert_eq!(key, tokens.join(" "), "{name:?}");
        assert!(
            key.chars()
                .all(|c| c == ' ' || "KJNXCSZTBPDRLMF".contains(c)),
            "{name:?} → {key:?}"
        );
        let id = id_number_key(name);
        assert!(
            id.chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
            "{name:?} → {id:?}"
        );
        key
    }

    #[test]
    fn never_panics_on_tricky_input() {
        let tricky = [
            "",
            " ",
            "   \t\n ",
            "阿卜杜克热木·买买提",
            "😀👨‍👩‍👧",
            "\u{301}\u{308}",
            "a\u{301}\u{301}\u{301}",
            "\u{200F}\u{200E}\u{200D}\u{200C}\u{FEFF}",
            "\u{200F}نۇرلان\u{200F}",
            "'",
            "''-''",
            "·・.-",
            "´",
            "ـــ",
            "ئ",
            "ٴ",
            "ь",
            "\u{0}",
            "\u{FFFF}",
            "\u{10FFFF}",
            "ǅ ǈ ﬀ ﬃ ㎏ Ⅻ",
            "İstanbul ẞ",
        ];
        for name in tricky {
            check(name);
        }
        for name in ["", " ", "😀", "\u{200F}", "'", "ьъ", "ئ"] {
            assert_eq!(name_key(name), "", "{name:?}");
        }

        // Pseudo-random strings over an alphabet of awkward characters (a fixed seed: reproducible).
        let alphabet: Vec<char> =
            "aqsxhkngz'’ʼ- .·\u{200D}\u{200F}\u{301}\u{654}ЖжңғһҚقۋۆئٴھحڭﻻ阿😀\u{FEFF}ﬀ١1"
                .chars()
                .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..5_000 {
            let len = (next() % 12) as usize;
            let name: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            check(&name);
        }
    }
}
