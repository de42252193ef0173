//! The case list's filters and their URL form, shared by the pages (links, the address bar), the
//! server (the export's selection, `izde export --filters`) and the export's description of what
//! it selected.

use super::case::{
    bounded_page_size, page_number, SentenceRange, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE,
};
use super::vocab::{names, Vocabularies};
use crate::i18n::{tr, Lang};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::{Deserialize, Serialize};

/// The filters' URL parameters, in the order links write them.
pub const KEYS: &[&str] = &[
    "status",
    "prefecture",
    "place",
    "charge",
    "year",
    "detained",
    "sentence",
    "ethnicity",
    "gender",
    "verification",
    "source_type",
    "q",
    "sort",
];

/// Filters of the case list; every field is optional, and they combine with AND. They live in the
/// page's URL (see [`CaseFilter::query`]), so a filtered list can be shared and the back button works.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFilter {
    pub status: Option<String>,
    pub prefecture: Option<String>,
    /// The last known place, exactly (a county, or a prefecture known without its county).
    pub place: Option<String>,
    pub charge: Option<String>,
    pub year: Option<i32>,
    /// Year of a dated detention or camp event.
    #[serde(default)]
    pub detained: Option<i32>,
    pub ethnicity: Option<String>,
    pub gender: Option<String>,
    pub verification: Option<String>,
    /// A [`SentenceRange`](super::case::SentenceRange) code.
    pub sentence: Option<String>,
    pub source_type: Option<String>,
    /// Words to find in the cases' unencrypted text (charges, acts, places, events, sources) —
    /// never names, which are searched by the blind index and never put in a URL.
    #[serde(default)]
    pub q: Option<String>,
    /// A [`Sort`](super::case::Sort) code; the most recently updated first by default.
    pub sort: Option<String>,
    /// 1-based page number.
    pub page: Option<u32>,
    pub page_size: Option<u32>,
}

impl CaseFilter {
    /// A filter's value by its URL parameter (`status`, `year`, `q`, `sort`, …); None when unset or
    /// not a filter.
    pub fn get(&self, key: &str) -> Option<String> {
        match key {
            "status" => self.status.clone(),
            "prefecture" => self.prefecture.clone(),
            "place" => self.place.clone(),
            "charge" => self.charge.clone(),
            "year" => self.year.map(|y| y.to_string()),
            "detained" => self.detained.map(|y| y.to_string()),
            "q" => self.q.clone(),
            "sentence" => self.sentence.clone(),
            "ethnicity" => self.ethnicity.clone(),
            "gender" => self.gender.clone(),
            "verification" => self.verification.clone(),
            "source_type" => self.source_type.clone(),
            "sort" => self.sort.clone(),
            _ => None,
        }
    }

    /// Sets (or, with `None`, clears) a filter by its URL parameter; blank values clear it.
    pub fn set(&mut self, key: &str, value: Option<String>) {
        let value = value.filter(|v| !v.trim().is_empty());
        match key {
            "status" => self.status = value,
            "prefecture" => self.prefecture = value,
            "place" => self.place = value,
            "charge" => self.charge = value,
            "year" => self.year = value.and_then(|y| y.trim().parse().ok()),
            "detained" => self.detained = value.and_then(|y| y.trim().parse().ok()),
            "q" => self.q = value.map(|v| v.chars().take(200).collect()),
            "sentence" => self.sentence = value,
            "ethnicity" => self.ethnicity = value,
            "gender" => self.gender = value,
            "verification" => self.verification = value,
            "source_type" => self.source_type = value,
            "sort" => self.sort = value,
            _ => {}
        }
    }

    /// The same filter without the one named by its URL parameter.
    pub fn without(&self, key: &str) -> CaseFilter {
        let mut f = self.clone();
        f.set(key, None);
        f
    }

    /// The page number, at least 1.
    pub fn page(&self) -> u32 {
        page_number(self.page)
    }

    /// The page size, bounded by [`MAX_PAGE_SIZE`].
    pub fn page_size(&self) -> u32 {
        bounded_page_size(self.page_size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    }
}

impl CaseFilter {
    /// The filters of (key, value) pairs (a URL's query, or `izde export --filters`); unknown keys
    /// are left out, and so is the page.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> CaseFilter {
        let mut f = CaseFilter::default();
        for (key, value) in pairs {
            if KEYS.contains(&key.as_str()) {
                f.set(&key, Some(value));
            }
        }
        f
    }

    /// The URL query of these filters at `page` (`status=camp&page=2`; empty for every case on the
    /// first page).
    pub fn query(&self, page: u32) -> String {
        let mut parts: Vec<String> = KEYS
            .iter()
            .filter_map(|k| self.get(k).map(|v| format!("{k}={}", urlencode(&v))))
            .collect();
        if page > 1 {
            parts.push(format!("page={page}"));
        }
        parts.join("&")
    }

    /// The chosen filters in words in `lang`, values labelled from `vocab`: "Status: In a camp;
    /// Year of disappearance: 2018; Words: “Құлжа”". None when nothing is chosen.
    pub fn describe_in(&self, vocab: &Vocabularies, lang: Lang) -> Option<String> {
        let term = |vocabulary: &str, code: &str| {
            vocab
                .terms(vocabulary)
                .iter()
                .find(|t| t.code == code)
                .map_or_else(|| code.to_string(), |t| t.label.get(lang).to_string())
        };
        let parts: Vec<String> = KEYS
            .iter()
            .filter(|k| **k != "sort")
            .filter_map(|k| {
                let v = self.get(k)?;
                let value = match *k {
                    "status" => term(names::CASE_STATUS, &v),
                    "charge" => term(names::LEGAL_CHARGE, &v),
                    "ethnicity" => term(names::ETHNICITY, &v),
                    "gender" => term(names::GENDER, &v),
                    "verification" => term(names::VERIFICATION, &v),
                    "source_type" => term(names::SOURCE_TYPE, &v),
                    "prefecture" | "place" => vocab.location_path_in(&v, lang),
                    "sentence" => SentenceRange::parse(&v).map_or(v, |r| r.label_in(lang)),
                    "q" => tr!(lang, "filter-words-value", {"words" => v}),
                    _ => v,
                };
                Some(tr!(lang, "filter-described", {"filter" => title_of(k, lang), "value" => value}))
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join(&tr!(lang, "filter-separator")))
    }
}

/// A filter's name in `lang` ("Status", "Year of disappearance"), by its URL parameter.
pub fn title_of(key: &str, lang: Lang) -> String {
    match key {
        "status" => tr!(lang, "facet-status"),
        "prefecture" => tr!(lang, "facet-prefecture"),
        "place" => tr!(lang, "facet-place"),
        "charge" => tr!(lang, "facet-charge"),
        "year" => tr!(lang, "facet-year"),
        "detained" => tr!(lang, "facet-detained"),
        "sentence" => tr!(lang, "facet-sentence"),
        "ethnicity" => tr!(lang, "facet-ethnicity"),
        "gender" => tr!(lang, "facet-gender"),
        "verification" => tr!(lang, "facet-verification"),
        "source_type" => tr!(lang, "facet-source-type"),
        "q" => tr!(lang, "facet-words"),
        other => other.to_string(),
    }
}

/// What a query value keeps as it is: letters, digits, `-`, `_` and `.`.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.');

/// Percent-encodes a query value (everything but letters, digits, `-`, `_` and `.`).
pub fn urlencode(value: &str) -> String {
    utf8_percent_encode(value, QUERY_VALUE).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_survive_their_url() {
        let mut f = CaseFilter::default();
        f.set("status", Some("camp".into()));
        f.set("q", Some("Құлжа & 伊宁".into()));
        f.set("year", Some("2018".into()));
        let query = f.query(3);
        assert_eq!(
            query,
            "status=camp&year=2018&q=%D2%9A%D2%B1%D0%BB%D0%B6%D0%B0%20%26%20%E4%BC%8A%E5%AE%81&page=3"
        );
        let back = CaseFilter::from_pairs(query.split('&').filter_map(|p| p.split_once('=')).map(
            |(k, v)| {
                let v = percent_encoding::percent_decode_str(v).decode_utf8_lossy();
                (k.to_string(), v.into_owned())
            },
        ));
        assert_eq!(back, f);
        let vocab = Vocabularies::default();
        assert_eq!(
            f.describe_in(&vocab, Lang::En).as_deref(),
            Some("Status: camp; Year of disappearance: 2018; Words: “Құлжа & 伊宁”")
        );
        assert_eq!(
            f.describe_in(&vocab, Lang::Ru).as_deref(),
            Some("Статус: camp; Год исчезновения: 2018; Слова: «Құлжа & 伊宁»")
        );
        assert_eq!(CaseFilter::default().query(1), "");
        assert_eq!(CaseFilter::default().describe_in(&vocab, Lang::En), None);
    }
}
