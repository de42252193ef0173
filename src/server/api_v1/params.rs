//! Query parameters: the case list's filters (the same as the page's, checked against the
//! vocabularies and gazetteer: a value the page could not offer is refused with the parameter's
//! name, not answered with nothing), `limit`, and the opaque keyset `cursor`.

use super::error::ApiError;
use crate::domain::case::{CaseFilter, SentenceRange, Sort, MAX_PAGE_SIZE};
use crate::domain::vocab::{names, Vocabularies};
use base64::Engine as _;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// The filters every listing takes (the case list page's, without its sort).
pub const FILTERS: &[&str] = &[
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
];

/// A slice's size when none is asked for.
pub const DEFAULT_LIMIT: u32 = 25;
/// The longest word search accepted (the page keeps as much).
const MAX_WORDS: usize = 200;

/// The query's parameters by name, refusing a name not in `allowed` and a name given twice. Empty
/// values count as not given, as on the page.
pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<BTreeMap<String, String>, ApiError> {
    let mut out = BTreeMap::new();
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        if !allowed.contains(&key.as_ref()) {
            return Err(ApiError::unknown_parameter(&key));
        }
        if out.contains_key(key.as_ref()) {
            return Err(ApiError::invalid_filter(&key));
        }
        if !value.trim().is_empty() {
            out.insert(key.into_owned(), value.into_owned());
        }
    }
    Ok(out)
}

/// The case filter of these parameters, each value checked.
pub fn filter(
    params: &BTreeMap<String, String>,
    vocab: &Vocabularies,
) -> Result<CaseFilter, ApiError> {
    let mut f = CaseFilter::default();
    for (key, value) in params {
        let value = value.trim();
        let known = |vocabulary: &str| vocab.terms(vocabulary).iter().any(|t| t.code == value);
        let year = || {
            value
                .parse::<i32>()
                .ok()
                .filter(|y| (1900..=2100).contains(y))
        };
        let ok = match key.as_str() {
            "status" => known(names::CASE_STATUS),
            "charge" => known(names::LEGAL_CHARGE),
            "ethnicity" => known(names::ETHNICITY),
            "gender" => known(names::GENDER),
            "verification" => known(names::VERIFICATION),
            "source_type" => known(names::SOURCE_TYPE),
            "prefecture" | "place" => vocab.location(value).is_some(),
            "year" | "detained" => year().is_some(),
            "sentence" => SentenceRange::parse(value).is_some(),
            "sort" => Sort::ALL.iter().any(|s| s.code() == value),
            "q" => value.chars().count() <= MAX_WORDS,
            // limit and cursor are read by their own functions.
            _ => continue,
        };
        if !ok {
            return Err(ApiError::invalid_filter(key));
        }
        f.set(key, Some(value.to_string()));
    }
    Ok(f)
}

/// `limit`: from 1 to the page's largest page size.
pub fn limit(params: &BTreeMap<String, String>) -> Result<u32, ApiError> {
    match params.get("limit") {
        None => Ok(DEFAULT_LIMIT),
        Some(v) => v
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_PAGE_SIZE).contains(n))
            .ok_or_else(|| ApiError::invalid_filter("limit")),
    }
}

/// What a cursor holds: the version, the fingerprint of the listing it continues, and where the
/// last slice ended.
#[derive(Serialize, Deserialize)]
struct Cursor<P> {
    v: u8,
    f: String,
    p: P,
}

/// Which listing with which filters (and sort) a cursor continues: a cursor handed back with other
/// filters would skip or repeat cases, so it is refused instead.
fn fingerprint(listing: &str, filter: &CaseFilter) -> String {
    let digest = Sha256::digest(format!("{listing}?{}", filter.query(1)).as_bytes());
    format!("{digest:x}")[..16].to_string()
}

/// The cursor continuing `listing` (with `filter`) after `position`.
pub fn encode<P: Serialize>(listing: &str, filter: &CaseFilter, position: &P) -> String {
    let cursor = Cursor {
        v: 1,
        f: fingerprint(listing, filter),
        p: position,
    };
    let json = serde_json::to_vec(&cursor).unwrap_or_default();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
}

/// The position in `cursor` (the `cursor` parameter), if one is given; refused when it is not one
/// this API gave, or was given for another listing or other filters.
pub fn decode<P: DeserializeOwned>(
    params: &BTreeMap<String, String>,
    listing: &str,
    filter: &CaseFilter,
) -> Result<Option<P>, ApiError> {
    let Some(text) = params.get("cursor") else {
        return Ok(None);
    };
    if text.len() > 2048 {
        return Err(ApiError::invalid_cursor());
    }
    let cursor: Cursor<P> = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text.trim())
        .ok()
        .and_then(|json| serde_json::from_slice(&json).ok())
        .filter(|c: &Cursor<P>| c.v == 1)
        .ok_or_else(ApiError::invalid_cursor)?;
    if cursor.f != fingerprint(listing, filter) {
        return Err(ApiError::cursor_mismatch());
    }
    Ok(Some(cursor.p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::db::case_list::Position;

    fn params(query: &str) -> BTreeMap<String, String> {
        parse(Some(query), &["status", "year", "cursor", "limit", "q"]).unwrap()
    }

    #[test]
    fn parameters_are_checked_by_name() {
        assert_eq!(params("status=camp&year=").len(), 1, "empty is not given");
        let e = parse(Some("statu=camp"), &["status"]).unwrap_err();
        assert_eq!((e.status.as_u16(), e.code), (400, "unknown_parameter"));
        let e = parse(Some("status=a&status=b"), &["status"]).unwrap_err();
        assert_eq!(e.code, "invalid_filter");
        assert_eq!(limit(&params("limit=100")).unwrap(), 100);
        assert_eq!(limit(&params("")).unwrap(), DEFAULT_LIMIT);
        for bad in ["limit=0", "limit=101", "limit=ten", "limit=-1"] {
            assert_eq!(limit(&params(bad)).unwrap_err().code, "invalid_filter");
        }
        let vocab = Vocabularies::default();
        let e = filter(&params("year=twenty"), &vocab).unwrap_err();
        assert_eq!(e.code, "invalid_filter");
        let e = filter(&params("status=camp"), &vocab).unwrap_err();
        assert_eq!(e.code, "invalid_filter", "not in the (empty) vocabulary");
        let f = filter(&params("year=2018&q=Ghulja"), &vocab).unwrap();
        assert_eq!((f.year, f.q.as_deref()), (Some(2018), Some("Ghulja")));
    }

    #[test]
    fn a_cursor_continues_only_its_own_listing() {
        let position = Position {
            key: Some(2018),
            updated_at: "2026-01-01T00:00:00.000Z".into(),
            id: "0193a1f2-0000-7000-8000-000000000002".into(),
        };
        let camp = CaseFilter {
            status: Some("camp".into()),
            ..CaseFilter::default()
        };
        let cursor = encode("cases", &camp, &position);
        let with = |c: &str| {
            let mut p = BTreeMap::new();
            p.insert("cursor".to_string(), c.to_string());
            p
        };
        let back: Option<Position> = decode(&with(&cursor), "cases", &camp).unwrap();
        assert_eq!(back, Some(position));
        let other = decode::<Position>(&with(&cursor), "cases", &CaseFilter::default());
        assert_eq!(other.unwrap_err().code, "cursor_mismatch");
        let elsewhere = decode::<Position>(&with(&cursor), "release-alerts", &camp);
        assert_eq!(elsewhere.unwrap_err().code, "cursor_mismatch");
        for bad in ["", "x", "not base64!", &cursor[1..], "e30"] {
            let e = decode::<Position>(&with(bad), "cases", &camp);
            assert_eq!(e.unwrap_err().code, "invalid_cursor", "{bad:?}");
        }
        assert_eq!(
            decode::<Position>(&BTreeMap::new(), "cases", &camp).unwrap(),
            None
        );
    }
}
