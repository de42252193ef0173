//! Anonymized datasets: the rows of the selected cases, read from unencrypted columns only (no key
//! is used and no sealed field is opened), generalized by the lattice search of
//! [`crate::domain::anonymize`] from the profile's floor until the exporter's k and l hold, with
//! pseudonymous ids that are keyed hashes of the case ids.

use crate::domain::anonymize::{
    self, date_ladder, place_ladder, Dataset, Dimension, Outcome, Refusal, Requirements,
};
use crate::domain::case::CaseFilter;
use crate::domain::export::{Profile, QUASI_IDENTIFIERS};
use crate::domain::release::DETENTION_KINDS;
use crate::domain::vocab::Vocabularies;
use crate::domain::PartialDate;
use crate::server::crypto::ServerKeys;
use crate::server::db::records::{self as repo, ExportRow};
use crate::server::db::Pool;
use crate::server::records::RecordError;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;
use zeroize::Zeroizing;

/// What the stable ids' key is derived for (from the current key-encryption key).
const STABLE_IDS_PURPOSE: &str = "izde export ids v1";

/// Makes the pseudonymous ids of one export.
pub struct ExportIds {
    key: Zeroizing<[u8; 32]>,
    /// Whether the ids are the same in every export (recorded in the manifest).
    pub stable: bool,
}

impl ExportIds {
    /// A fresh random key: ids that no other export shares, so two exports cannot be joined.
    pub fn fresh() -> Self {
        use rand::RngCore;
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        Self { key, stable: false }
    }

    /// Ids that are the same in every export made under the current key-encryption key (a key
    /// rotation changes them), for exporters who must follow cases across exports.
    pub fn stable(keys: &ServerKeys) -> Self {
        Self {
            key: keys.current_kek().derive(STABLE_IDS_PURPOSE),
            stable: true,
        }
    }

    /// The id of a case: "X-" and 16 letters and digits (Crockford base 32 of an HMAC-SHA256).
    pub fn id(&self, case_id: &str) -> String {
        const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let mut mac = Hmac::<Sha256>::new_from_slice(self.key.as_ref())
            .expect("HMAC takes keys of any length");
        mac.update(case_id.as_bytes());
        let digest = mac.finalize().into_bytes();
        let bits = u128::from_be_bytes(digest[..16].try_into().expect("16 bytes"));
        let code: String = (0..16)
            .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
            .collect();
        format!("X-{code}")
    }
}

/// The selected cases, their quasi-identifiers laddered, ready for the lattice search.
pub struct Prepared {
    pub rows: Vec<ExportRow>,
    pub dataset: Dataset,
}

/// Reads the selected cases (unencrypted columns only) and ladders their quasi-identifiers.
pub async fn prepare(
    pool: &Pool,
    vocab: &Vocabularies,
    filter: &CaseFilter,
) -> Result<Prepared, RecordError> {
    let rows = repo::export_rows(pool, filter).await?;
    // The first dated disappearance and detention of each case.
    let mut firsts: HashMap<String, [Option<PartialDate>; 2]> = HashMap::new();
    for (case, kind, text) in repo::dated_events(pool, filter).await? {
        let Ok(date) = PartialDate::parse(&text) else {
            continue;
        };
        let slot = match kind.as_str() {
            "disappearance" => 0,
            k if DETENTION_KINDS.contains(&k) => 1,
            _ => continue,
        };
        let entry = firsts.entry(case).or_default();
        if entry[slot].is_none_or(|d| date.sort_key() < d.sort_key()) {
            entry[slot] = Some(date);
        }
    }
    let names = QUASI_IDENTIFIERS;
    let mut dims = [
        Dimension::new(
            names[0],
            vec!["as recorded", "county", "prefecture", "region", "hidden"],
        ),
        Dimension::new(names[1], vec!["year", "5 years", "10 years", "hidden"]),
        Dimension::new(names[2], vec!["as recorded", "hidden"]),
        Dimension::new(names[3], vec!["specific", "grouped", "hidden"]),
        Dimension::new(names[4], vec!["specific", "sector", "hidden"]),
        Dimension::new(names[5], vec!["day", "month", "quarter", "year", "hidden"]),
        Dimension::new(names[6], vec!["day", "month", "quarter", "year", "hidden"]),
    ];
    let mut statuses: HashMap<String, u32> = HashMap::new();
    let mut status_ids = Vec::with_capacity(rows.len());
    for r in &rows {
        let [disappeared, detained] = firsts.get(&r.id).cloned().unwrap_or_default();
        dims[0].push(place_ladder(vocab, r.last_location_id.as_deref()));
        dims[1].push(anonymize::birth_year_ladder(r.birth_year));
        dims[2].push(vec![r.gender.clone().unwrap_or_else(|| "*".into())]);
        dims[3].push(anonymize::ethnicity_ladder(r.ethnicity.as_deref()));
        dims[4].push(anonymize::occupation_ladder(r.occupation.as_deref()));
        dims[5].push(date_ladder(disappeared.as_ref()));
        dims[6].push(date_ladder(detained.as_ref()));
        let next = u32::try_from(statuses.len()).unwrap_or(u32::MAX);
        status_ids.push(*statuses.entry(r.status.clone()).or_insert(next));
    }
    Ok(Prepared {
        dataset: Dataset {
            dimensions: dims.into(),
            statuses: status_ids,
        },
        rows,
    })
}

/// Finds the generalization for a profile and the exporter's requirements.
pub fn anonymize(
    prepared: &Prepared,
    profile: Profile,
    req: &Requirements,
) -> Result<Outcome, Refusal> {
    prepared.dataset.search_from(req, &profile.floor())
}

/// The values of `facet_values` under one key ("charge"), joined by `|`.
fn facet(values: Option<&str>, key: &str) -> String {
    values
        .unwrap_or_default()
        .split(crate::server::text::FACET_SEPARATOR)
        .filter_map(|e| e.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
        .collect::<Vec<_>>()
        .join("|")
}

/// Writes the released rows as CSV (a header, then one line per case that is not suppressed),
/// row by row.
pub fn write_csv<W: std::io::Write>(
    out: W,
    prepared: &Prepared,
    outcome: &Outcome,
    ids: &ExportIds,
) -> csv::Result<u64> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "status",
        "verification",
        "gender",
        "birth_year",
        "ethnicity",
        "occupation",
        "place",
        "disappeared",
        "detained",
        "charges",
        "sentence",
        "sources",
    ])?;
    let dims = &prepared.dataset.dimensions;
    let mut suppressed = outcome.suppressed.iter().peekable();
    let mut written = 0;
    for (i, r) in prepared.rows.iter().enumerate() {
        if suppressed.peek() == Some(&&i) {
            suppressed.next();
            continue;
        }
        let qi = |d: usize| dims[d].value(i, outcome.levels[d]).to_string();
        w.write_record([
            ids.id(&r.id),
            r.status.clone(),
            r.verification.clone(),
            qi(2),
            qi(1),
            qi(3),
            qi(4),
            qi(0),
            qi(5),
            qi(6),
            facet(r.facet_values.as_deref(), "charge"),
            r.sentence.clone().unwrap_or_default(),
            r.sources.to_string(),
        ])?;
        written += 1;
    }
    w.flush()?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_differ_between_exports_and_hide_the_case_id() {
        let case = "01a22609-b6ac-70b4-838d-e88cc7952c3b";
        let (a, b) = (ExportIds::fresh(), ExportIds::fresh());
        assert_ne!(a.id(case), b.id(case));
        assert_eq!(a.id(case), a.id(case));
        assert!(a.id(case).starts_with("X-") && a.id(case).len() == 18);
        assert!(!a.id(case).contains("01a22609"));
        assert_eq!(
            facet(Some("charge=a;detained=2018;charge=b"), "charge"),
            "a|b"
        );
    }
}
