//! Anonymized datasets: the rows of the selected cases, read from unencrypted columns only (no key
//! is used and no sealed field is opened), generalized by the lattice search of
//! [`crate::domain::anonymize`] from the profile's floor until the exporter's k and l hold, with
//! pseudonymous ids that are keyed hashes of the case ids.

use crate::domain::anonymize::{
    self, date_ladder, place_ladder, Dataset, Dimension, Outcome, Refusal, Requirements,
};
use crate::domain::case::CaseFilter;
use crate::domain::export::{
    Manifest, ManifestFile, Profile, MANIFEST_FORMAT, NEVER_EXPORTED, QUASI_IDENTIFIERS,
};
use crate::domain::release::DETENTION_KINDS;
use crate::domain::vocab::Vocabularies;
use crate::domain::PartialDate;
use crate::server::access::Actor;
use crate::server::crypto::ServerKeys;
use crate::server::db::records::{self as repo, ExportRow};
use crate::server::db::Pool;
use crate::server::records::RecordError;
use anyhow::Context;
use hmac::{Hmac, Mac};
use sha2::Digest;
use sha2::Sha256;
use std::collections::HashMap;
use std::path::Path;
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
    let kinds = ["disappearance", "camp", "detention"];
    for (case, kind, text) in repo::dated_events_of(pool, filter, &kinds).await? {
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

/// What the installation's export signing key is derived for (from the current KEK).
const SIGNING_PURPOSE: &str = "izde export signing v1";

/// The installation's Ed25519 key for signing export manifests.
fn signing_key(keys: &ServerKeys) -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&keys.current_kek().derive(SIGNING_PURPOSE))
}

/// The installation's public export key (hex), which recipients compare with the manifest's.
pub fn public_key(keys: &ServerKeys) -> String {
    hex::encode(signing_key(keys).verifying_key().to_bytes())
}

/// A writer that hashes and counts what passes through it.
struct Hashing<W> {
    inner: W,
    hasher: Sha256,
    bytes: u64,
}

impl<W: std::io::Write> std::io::Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        sha2::Digest::update(&mut self.hasher, &buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Writes one file of an export through a hashing writer; returns its manifest line.
fn write_file(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn std::io::Write) -> anyhow::Result<()>,
) -> anyhow::Result<ManifestFile> {
    let file = std::fs::File::create(dir.join(name))
        .with_context(|| format!("cannot create {}", dir.join(name).display()))?;
    let mut out = Hashing {
        inner: std::io::BufWriter::new(file),
        hasher: Sha256::new(),
        bytes: 0,
    };
    write(&mut out)?;
    std::io::Write::flush(&mut out)?;
    Ok(ManifestFile {
        name: name.to_string(),
        bytes: out.bytes,
        sha256: hex::encode(out.hasher.finalize()),
    })
}

/// What an export asked for.
pub struct Request {
    pub filter: CaseFilter,
    pub profile: Profile,
    pub requirements: Requirements,
    pub stable_ids: bool,
}

/// Writes an export into `dir` (which must be new or empty): `data.csv`, `dictionary.json`,
/// `manifest.json` and its signature `manifest.sig`, and records it in the audit log. Refuses,
/// writing nothing, when no generalization satisfies the request.
pub async fn export_to_dir(
    pool: &Pool,
    keys: &ServerKeys,
    vocab: &Vocabularies,
    actor: &Actor,
    request: &Request,
    dir: &Path,
    progress: &indicatif::ProgressBar,
) -> anyhow::Result<Manifest> {
    if !request.profile.has_rows() {
        anyhow::bail!("the aggregate report is written with the report, not as a dataset");
    }
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        anyhow::bail!(
            "{} is not empty: export into a new directory",
            dir.display()
        );
    }
    let prepared = prepare(pool, vocab, &request.filter).await?;
    let outcome = anonymize(&prepared, request.profile, &request.requirements)
        .map_err(|refusal| anyhow::anyhow!("nothing was exported: {refusal}"))?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let ids = if request.stable_ids {
        ExportIds::stable(keys)
    } else {
        ExportIds::fresh()
    };
    progress.set_length(prepared.rows.len() as u64);
    let mut written = 0;
    let data = write_file(dir, "data.csv", |out| {
        written = write_csv(out, &prepared, &outcome, &ids)?;
        Ok(())
    })?;
    progress.set_position(prepared.rows.len() as u64);
    let levels: Vec<(String, String)> = prepared
        .dataset
        .dimensions
        .iter()
        .zip(&outcome.levels)
        .map(|(d, &l)| (d.name.to_string(), d.levels[usize::from(l)].to_string()))
        .collect();
    let dictionary = write_file(dir, "dictionary.json", |out| {
        let dictionary = serde_json::json!({
            "profile": request.profile.code(),
            "columns": request.profile.columns(),
            "levels": levels,
            "never_exported": NEVER_EXPORTED,
            "vocabularies": "codes are those of Izde's vocabularies and gazetteer (see the report)",
        });
        serde_json::to_writer_pretty(out, &dictionary)?;
        Ok(())
    })?;
    let installation = {
        let mut conn = pool.acquire().await?;
        crate::server::db::installation::get(&mut conn)
            .await?
            .map(|i| i.id)
            .unwrap_or_default()
    };
    let rows = prepared.rows.len() as u64;
    let manifest = Manifest {
        format: MANIFEST_FORMAT.into(),
        installation,
        profile: request.profile.code().into(),
        profile_description: request.profile.describe().into(),
        filters: request.filter.clone(),
        k: request.requirements.k,
        l: request.requirements.l,
        max_suppressed: request.requirements.max_suppressed,
        achieved_k: outcome.achieved_k,
        achieved_l: outcome.achieved_l,
        rows_selected: rows,
        rows_exported: written,
        rows_suppressed: outcome.suppressed.len() as u64,
        levels,
        stable_ids: ids.stable,
        never_exported: NEVER_EXPORTED.iter().map(|s| s.to_string()).collect(),
        files: vec![data, dictionary],
        exported_by: match actor {
            Actor::System => Some("command line".into()),
            Actor::User(me) => Some(me.username.clone()),
        },
        exported_at: crate::server::db::now(),
        public_key: public_key(keys),
    };
    let text = serde_json::to_vec_pretty(&manifest)?;
    let signature = ed25519_dalek::Signer::sign(&signing_key(keys), &text);
    std::fs::write(dir.join("manifest.json"), &text)?;
    std::fs::write(dir.join("manifest.sig"), hex::encode(signature.to_bytes()))?;
    let mut tx = pool.begin().await?;
    crate::server::audit::append(
        &mut tx,
        &crate::server::records::entry(
            actor,
            crate::domain::audit::action::EXPORT,
            crate::domain::audit::kind::EXPORT,
            request.profile.code(),
        )
        .change(None, Some(crate::server::audit::digest(&[&text]))),
    )
    .await?;
    tx.commit().await?;
    Ok(manifest)
}

/// Checks an export directory: the signature of `manifest.json`, then every file's size and
/// SHA-256, and that no file was added. Returns the manifest, or says what does not match.
pub fn verify_dir(dir: &Path) -> anyhow::Result<Manifest> {
    let text = std::fs::read(dir.join("manifest.json"))
        .with_context(|| format!("no manifest.json in {}", dir.display()))?;
    let signature = std::fs::read_to_string(dir.join("manifest.sig"))
        .with_context(|| format!("no manifest.sig in {}", dir.display()))?;
    let manifest: Manifest =
        serde_json::from_slice(&text).context("manifest.json is not an Izde export manifest")?;
    let key: [u8; 32] = hex::decode(&manifest.public_key)
        .ok()
        .and_then(|k| k.try_into().ok())
        .context("the manifest's public key is not an Ed25519 key")?;
    let key = ed25519_dalek::VerifyingKey::from_bytes(&key)
        .context("the manifest's public key is not an Ed25519 key")?;
    let signature: [u8; 64] = hex::decode(signature.trim())
        .ok()
        .and_then(|s| s.try_into().ok())
        .context("manifest.sig is not an Ed25519 signature")?;
    key.verify_strict(&text, &ed25519_dalek::Signature::from_bytes(&signature))
        .map_err(|_| {
            anyhow::anyhow!(
                "the signature of manifest.json does not match: the manifest was changed"
            )
        })?;
    for f in &manifest.files {
        let bytes =
            std::fs::read(dir.join(&f.name)).with_context(|| format!("{} is missing", f.name))?;
        let sha = hex::encode(Sha256::digest(&bytes));
        if bytes.len() as u64 != f.bytes || sha != f.sha256 {
            anyhow::bail!("{} does not match the manifest: it was changed", f.name);
        }
    }
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let listed = manifest.files.iter().any(|f| f.name == name)
            || matches!(name.as_str(), "manifest.json" | "manifest.sig");
        if !listed {
            anyhow::bail!("{name} is not part of the export: it was added");
        }
    }
    Ok(manifest)
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
