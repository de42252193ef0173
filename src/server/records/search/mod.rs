//! Finding people by name without decrypting every record.
//!
//! Each case's names (the name, other spellings, aliases) are reduced to a cross-script skeleton
//! ([`skeleton`]); the skeleton of the whole name, of the name with the birth year, of each word,
//! and each normalized ID number are stored as HMAC-SHA256 digests truncated to 32 bits, keyed with
//! a key derived from the KEK ([`NameIndexKey`]). The database alone tells nothing: without the KEK the digests cannot
//! be computed, and truncation makes equal digests only a *candidate* match, which is confirmed by
//! decrypting the candidate's names and comparing skeletons.

pub mod name_check;
pub mod skeleton;

use crate::domain::Sensitive;
use crate::server::crypto::{Kek, NameIndexKey, ServerKeys};
use std::collections::BTreeSet;

/// Bytes of each HMAC kept in the index.
const DIGEST_BYTES: usize = 4;

/// What an entry is a digest of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The skeleton of a whole name (word order ignored).
    Name,
    /// The whole name with the birth year.
    NameYear,
    /// One word of a name.
    Token,
    /// A normalized ID number.
    IdNumber,
    /// The skeleton of a testifier's whole name (a label of its own keeps these digests apart
    /// from the cases' index).
    TestifierName,
    /// One word of a testifier's name.
    TestifierToken,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::NameYear => "name_year",
            Kind::Token => "token",
            Kind::IdNumber => "id_number",
            Kind::TestifierName => "testifier_name",
            Kind::TestifierToken => "testifier_token",
        }
    }
}

/// The names of a person, as the index sees them: every line of the name fields.
pub struct Names<'a> {
    pub name: &'a Sensitive,
    pub other_names: Option<&'a Sensitive>,
    pub aliases: Option<&'a Sensitive>,
    pub id_numbers: Option<&'a Sensitive>,
    pub birth_year: Option<i32>,
}

impl Names<'_> {
    /// Every spelling: the name and each line of other names and aliases.
    pub fn spellings(&self) -> Vec<String> {
        let mut out = vec![self.name.expose().to_string()];
        for field in [self.other_names, self.aliases].into_iter().flatten() {
            out.extend(
                field
                    .expose()
                    .split(['\n', ';'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
        }
        out
    }

    /// Every ID number (one per line, or separated by commas or semicolons).
    pub fn id_numbers(&self) -> Vec<String> {
        self.id_numbers
            .map(|ids| {
                ids.expose()
                    .split(['\n', ',', ';'])
                    .map(skeleton::id_number_key)
                    .filter(|k| k.len() >= 4)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The plain-text keys of every entry (before keying and truncation).
    fn keys(&self) -> BTreeSet<(Kind, String)> {
        let mut out = BTreeSet::new();
        for spelling in self.spellings() {
            let key = skeleton::name_key(&spelling);
            if key.is_empty() {
                continue;
            }
            if let Some(year) = self.birth_year {
                out.insert((Kind::NameYear, format!("{key}\0{year}")));
            }
            for token in skeleton::token_skeletons(&spelling) {
                out.insert((Kind::Token, token));
            }
            out.insert((Kind::Name, key));
        }
        for id in self.id_numbers() {
            out.insert((Kind::IdNumber, id));
        }
        out
    }
}

/// Keys and truncates: the digest stored for `(kind, key)` under one KEK.
pub fn digest(kek: &Kek, kind: Kind, key: &str) -> String {
    digest_with(&NameIndexKey::new(kek), kind, key)
}

/// What a search's audit entry keeps of what was typed: the whole HMAC (under the name index's
/// key, apart from index entries by its kind), of the text trimmed and in lower case. Whoever
/// holds the key can test a guess against it; nobody can read it back.
pub fn query_digest(keys: &ServerKeys, text: &str) -> String {
    let index = NameIndexKey::new(keys.current_kek());
    hex::encode(index.digest("audit query", &text.trim().to_lowercase()))
}

/// The first [`DIGEST_BYTES`] of the index key's digest, in lowercase hex.
fn digest_with(index: &NameIndexKey, kind: Kind, key: &str) -> String {
    hex::encode(&index.digest(kind.as_str(), key)[..DIGEST_BYTES])
}

/// The entries of one case under the current KEK: (kind, digest).
pub fn entries(keys: &ServerKeys, names: &Names<'_>) -> Vec<(&'static str, String)> {
    let index = NameIndexKey::new(keys.current_kek());
    names
        .keys()
        .into_iter()
        .map(|(kind, key)| (kind.as_str(), digest_with(&index, kind, &key)))
        .collect()
}

/// The entries of one testifier's name under the current KEK: (kind, digest).
pub fn testifier_entries(keys: &ServerKeys, name: &Sensitive) -> Vec<(&'static str, String)> {
    let index = NameIndexKey::new(keys.current_kek());
    let spelling = name.expose();
    let key = skeleton::name_key(spelling);
    if key.is_empty() {
        return Vec::new();
    }
    let mut wanted: BTreeSet<(Kind, String)> = skeleton::token_skeletons(spelling)
        .into_iter()
        .map(|t| (Kind::TestifierToken, t))
        .collect();
    wanted.insert((Kind::TestifierName, key));
    wanted
        .into_iter()
        .map(|(kind, key)| (kind.as_str(), digest_with(&index, kind, &key)))
        .collect()
}

/// The digests a search looks up: whole names and ID numbers match on their own; words match only
/// when a case has every one of them (so a common first name cannot crowd the person out).
#[derive(Debug, Default)]
pub struct Lookups {
    pub exact: Vec<(&'static str, String)>,
    pub tokens: Vec<String>,
    /// How many distinct words the query has.
    pub words: usize,
}

/// What a search looks for: the digests to look up, and how to confirm a candidate.
pub struct Query {
    /// The skeleton of the whole query (empty when nothing searchable is left).
    pub name_key: String,
    pub tokens: Vec<String>,
    pub id_number: Option<String>,
}

impl Query {
    pub fn parse(text: &str) -> Self {
        let id = skeleton::id_number_key(text);
        let has_digit = text.chars().any(|c| c.is_ascii_digit());
        Self {
            name_key: skeleton::name_key(text),
            tokens: skeleton::token_skeletons(text),
            id_number: (has_digit && id.len() >= 4).then_some(id),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.name_key.is_empty() && self.id_number.is_none()
    }

    /// What to look up, under every KEK the server holds (a rotation may be under way).
    pub fn lookups(&self, keys: &ServerKeys) -> Lookups {
        let mut out = Lookups::default();
        let distinct: BTreeSet<&String> = self.tokens.iter().collect();
        out.words = distinct.len();
        for kek in keys.keks() {
            let index = NameIndexKey::new(kek);
            if !self.name_key.is_empty() {
                out.exact
                    .push(("name", digest_with(&index, Kind::Name, &self.name_key)));
                for token in &distinct {
                    out.tokens.push(digest_with(&index, Kind::Token, token));
                }
            }
            if let Some(id) = &self.id_number {
                out.exact
                    .push(("id_number", digest_with(&index, Kind::IdNumber, id)));
            }
        }
        out
    }

    /// What to look up in the testifiers' index (names only: a testifier has no ID number
    /// recorded), under every KEK the server holds.
    pub fn testifier_lookups(&self, keys: &ServerKeys) -> Lookups {
        let mut out = Lookups::default();
        if self.name_key.is_empty() {
            return out;
        }
        let distinct: BTreeSet<&String> = self.tokens.iter().collect();
        out.words = distinct.len();
        for kek in keys.keks() {
            let index = NameIndexKey::new(kek);
            out.exact.push((
                Kind::TestifierName.as_str(),
                digest_with(&index, Kind::TestifierName, &self.name_key),
            ));
            for token in &distinct {
                out.tokens
                    .push(digest_with(&index, Kind::TestifierToken, token));
            }
        }
        out
    }

    /// Lookups for duplicate candidates of a new case: whole names only (with and without the
    /// birth year), under every KEK the server holds.
    pub fn duplicate_lookups(keys: &ServerKeys, names: &Names<'_>) -> Vec<(&'static str, String)> {
        let wanted: Vec<(Kind, String)> = names
            .keys()
            .into_iter()
            .filter(|(kind, _)| matches!(kind, Kind::Name | Kind::IdNumber))
            .collect();
        let mut out = Vec::new();
        for kek in keys.keks() {
            let index = NameIndexKey::new(kek);
            for (kind, key) in &wanted {
                out.push((kind.as_str(), digest_with(&index, *kind, key)));
            }
        }
        out
    }

    /// How well a decrypted candidate matches: None when the digests collided by chance.
    pub fn confirm(&self, names: &Names<'_>) -> Option<Match> {
        if let Some(id) = &self.id_number {
            if names.id_numbers().iter().any(|n| n == id) {
                return Some(Match::IdNumber);
            }
        }
        if self.name_key.is_empty() {
            return None;
        }
        let mut partial = false;
        for spelling in names.spellings() {
            if skeleton::name_key(&spelling) == self.name_key {
                return Some(Match::FullName);
            }
            let words = skeleton::token_skeletons(&spelling);
            if self.tokens.iter().all(|t| words.contains(t)) {
                partial = true;
            }
        }
        partial.then_some(Match::Words)
    }
}

/// Why a case was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// An ID number is the same.
    IdNumber,
    /// A whole name is the same person's name in another spelling or order.
    FullName,
    /// Every word searched for is in one of the names.
    Words,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::crypto::OnlineIdentity;

    fn keys(version: i64) -> ServerKeys {
        ServerKeys::new(
            OnlineIdentity::generate(),
            vec![Kek::generate(version)],
            version,
        )
    }

    #[test]
    fn a_testifier_name_gives_other_digests_than_the_same_name_of_a_case() {
        let keys = keys(1);
        let name = Sensitive::new("Гүлнар Мұхаметқалиқызы");
        let theirs = testifier_entries(&keys, &name);
        let case = entries(
            &keys,
            &Names {
                name: &name,
                other_names: None,
                aliases: None,
                id_numbers: None,
                birth_year: None,
            },
        );
        assert_eq!(theirs.len(), 3, "the whole name and each word: {theirs:?}");
        assert!(theirs.iter().all(|(_, d)| case.iter().all(|(_, c)| c != d)));
        // A search in another script finds the whole name.
        let query = Query::parse("Gulnar Mukhametkalikyzy");
        let lookups = query.testifier_lookups(&keys);
        assert!(
            lookups.exact.iter().any(|e| theirs.contains(e)),
            "{lookups:?}"
        );
    }

    /// A known answer for a fixed KEK: stored indexes depend on these bytes.
    #[test]
    fn the_digest_of_a_fixed_kek_is_known() {
        let kek = Kek::from_key(1, [7u8; 32]);
        assert_eq!(digest(&kek, Kind::Name, "NRLN STKL"), "ec1ca52a");
    }

    #[test]
    fn digests_are_keyed_truncated_and_stable() {
        let a = keys(1);
        let b = keys(1);
        let d = digest(a.current_kek(), Kind::Name, "NRLN STKL");
        assert_eq!(d.len(), DIGEST_BYTES * 2);
        assert_eq!(d, digest(a.current_kek(), Kind::Name, "NRLN STKL"));
        assert_ne!(d, digest(b.current_kek(), Kind::Name, "NRLN STKL"), "keyed");
        assert_ne!(
            d,
            digest(a.current_kek(), Kind::Token, "NRLN STKL"),
            "by kind"
        );
    }

    /// A person known by `name` alone.
    fn only(name: &Sensitive) -> Names<'_> {
        Names {
            name,
            other_names: None,
            aliases: None,
            id_numbers: None,
            birth_year: None,
        }
    }

    #[test]
    fn a_query_in_any_script_confirms_the_same_person_and_not_a_decoy() {
        let name = Sensitive::new("Нұрлан Сейітқали");
        let other = Sensitive::new("نۇرلان سەيىتقالي\nNurlan Seitkali");
        let names = Names {
            other_names: Some(&other),
            birth_year: Some(1975),
            ..only(&name)
        };
        for q in ["Seytkali Nurlan", "nurlan seitqali", "نۇرلان سەيىتقالي"] {
            assert_eq!(
                Query::parse(q).confirm(&names),
                Some(Match::FullName),
                "{q}"
            );
        }
        assert_eq!(Query::parse("Nurlan").confirm(&names), Some(Match::Words));
        assert_eq!(Query::parse("Nurbol Seitkali").confirm(&names), None);
        // The Chinese transcription, through its pinyin (see `skeleton`).
        assert_eq!(
            Query::parse("努尔兰·赛依提卡力").confirm(&names),
            Some(Match::FullName)
        );
        assert!(
            Query::parse("Ai").is_empty(),
            "vowels only: nothing to look up"
        );
    }

    #[test]
    fn id_numbers_match_whatever_the_spacing() {
        let name = Sensitive::new("Aigul");
        let ids = Sensitive::new("654021 19800101 123X\nN1234567");
        let names = Names {
            id_numbers: Some(&ids),
            ..only(&name)
        };
        assert_eq!(
            Query::parse("65402119800101123x").confirm(&names),
            Some(Match::IdNumber)
        );
        assert_eq!(Query::parse("65402119800101999X").confirm(&names), None);
    }
}
