//! Anonymized datasets: the rows of the selected cases, read from unencrypted columns only (no key
//! is used and no sealed field is opened), generalized by the lattice search of
//! [`crate::domain::anonymize`] from the profile's floor until the exporter's k and l hold, with
//! pseudonymous ids that are keyed hashes of the case ids.

mod manifest;
mod read;
pub mod report;
mod write;

pub use manifest::*;
pub use read::*;
pub use write::*;

use crate::domain::anonymize::{
    self, date_ladder, place_ladder, Dataset, Dimension, Interner, Outcome, Refusal, Requirements,
};
use crate::domain::case::CaseFilter;
use crate::domain::export::{
    ExportOptions, Format, Manifest, ManifestFile, Preview, Profile, MANIFEST_FORMAT,
    NEVER_EXPORTED, QUASI_IDENTIFIERS,
};
use crate::domain::release::DETENTION_KINDS;
use crate::domain::report::{Table, Tally, TallyRow};
use crate::domain::stats::Count;
use crate::domain::vocab::{names, Vocabularies};
use crate::domain::PartialDate;
use crate::server::auth::access::Actor;
use crate::server::context::Context;
use crate::server::crypto::{ManifestKey, ManifestSigner, PseudonymKey, ServerKeys};
use crate::server::db::Pool;
use crate::server::records::RecordError;
use anyhow::Context as _;
use sha2::Digest;
use sha2::Sha256;
use std::collections::HashMap;
use std::path::Path;

/// What an export asked for.
#[derive(Clone, Debug)]
pub struct Request {
    pub filter: CaseFilter,
    pub options: ExportOptions,
}

/// What an export made: its manifest (also written), its first rows and its tables.
pub struct Exported {
    pub manifest: Manifest,
    pub preview: Preview,
    pub tables: Vec<Table>,
}

/// Why an export was not made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// No generalization passes: nothing was written.
    #[error("nothing was exported: {0}")]
    Refused(Refusal),
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<sqlx::Error> for ExportError {
    fn from(e: sqlx::Error) -> Self {
        ExportError::Record(e.into())
    }
}

/// Makes an export: reads the selection twice in one snapshot (first its quasi-identifiers, for
/// the lattice search; then the rows, written as they pass), writes the data, its dictionary and
/// the printable report, then the signed manifest, and records the export in the audit log.
/// Refuses, writing nothing, when no generalization satisfies the request.
pub async fn export(
    cx: &Context,
    actor: &Actor,
    request: &Request,
    mut sink: Sink<'_>,
    progress: &indicatif::ProgressBar,
) -> Result<Exported, ExportError> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let options = &request.options;
    if let Sink::Dir(dir) = sink {
        if dir.exists()
            && std::fs::read_dir(dir)
                .map_err(anyhow::Error::from)?
                .next()
                .is_some()
        {
            return Err(anyhow::anyhow!(
                "{} is not empty: export into a new directory",
                dir.display()
            )
            .into());
        }
    }
    let started = std::time::Instant::now();
    let ids = if options.stable_ids {
        ExportIds::stable(keys)
    } else {
        ExportIds::fresh()
    };
    let prepared = prepare(pool, vocab, &request.filter, &ids, progress).await?;
    let withheld =
        crate::server::db::export_rows::count_withheld_for_consent(pool, &request.filter).await?;
    tracing::debug!(
        rows = prepared.rows(),
        ms = started.elapsed().as_millis(),
        "export: read"
    );
    let outcome = anonymize(&prepared, options.profile, &options.requirements)
        .map_err(ExportError::Refused)?;
    tracing::debug!(
        ms = started.elapsed().as_millis(),
        "export: lattice searched"
    );
    if let Sink::Dir(dir) = sink {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    progress.set_length(2 * prepared.rows() as u64);
    let mut tally = Tally::default();
    let mut preview = Preview::default();
    let mut files = Vec::new();
    let data_name = options.format.data_file(options.profile);
    let written = if options.profile.has_rows() {
        let mut out = sink.create(&data_name)?;
        let writer = RowWriter::new(options.format, &mut out)?;
        let written = write_rows(
            &prepared,
            &outcome,
            Some(writer),
            &mut tally,
            &mut preview,
            progress,
        )?;
        files.push(sink.finish(out)?);
        preview.header = ROW_HEADER.iter().map(|h| h.to_string()).collect();
        written
    } else {
        write_rows(
            &prepared,
            &outcome,
            None,
            &mut tally,
            &mut preview,
            progress,
        )?;
        0
    };
    tracing::debug!(ms = started.elapsed().as_millis(), "export: rows written");
    let tables = tally.tables(&VocabLabels(vocab), options.threshold);
    if !options.profile.has_rows() {
        files.push(sink.write(&data_name, |out| write_tables(out, options.format, &tables))?);
        let mut entries = tables.iter().flat_map(Table::entries);
        preview.header = ["table", "row", "column", "count"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        preview.rows = (&mut entries)
            .take(PREVIEW_ROWS)
            .map(|(r, c, n)| vec![String::new(), r, c, n.to_string()])
            .collect();
        let mut at = 0;
        for t in &tables {
            for _ in t.entries() {
                if at < preview.rows.len() {
                    preview.rows[at][0] = t.id.clone();
                }
                at += 1;
            }
        }
    }
    let levels: Vec<(String, String)> = prepared
        .dataset
        .dimensions
        .iter()
        .zip(&outcome.levels)
        .map(|(d, &l)| (d.name.to_string(), d.levels[usize::from(l)].to_string()))
        .collect();
    let profile = options.profile;
    files.push(sink.write("dictionary.json", |out| {
        let dictionary = serde_json::json!({
            "profile": profile.code(),
            "profile_description": profile.describe(),
            "file": data_name,
            "columns": profile.columns(),
            "levels": levels,
            "never_exported": NEVER_EXPORTED,
            "codes": "statuses, charges, sentence ranges and gazetteer ids are Izde's vocabulary codes; report.html names them",
        });
        serde_json::to_writer_pretty(out, &dictionary)?;
        Ok(())
    })?);
    let installation = {
        let mut conn = pool.acquire().await.map_err(RecordError::from)?;
        crate::server::db::installation::get(&mut conn)
            .await
            .map_err(RecordError::from)?
            .map(|i| i.id)
            .unwrap_or_default()
    };
    let rows = prepared.rows() as u64;
    let rows_out = options.profile.has_rows();
    let mut manifest = Manifest {
        format: MANIFEST_FORMAT.into(),
        installation,
        profile: profile.code().into(),
        profile_description: profile.describe().into(),
        filters: request.filter.clone(),
        data_format: options.format.code().into(),
        k: rows_out.then_some(options.requirements.k),
        l: rows_out.then_some(options.requirements.l),
        max_suppressed: if rows_out {
            options.requirements.max_suppressed
        } else {
            0.0
        },
        achieved_k: rows_out.then_some(outcome.achieved_k),
        achieved_l: rows_out.then_some(outcome.achieved_l),
        threshold: options.threshold,
        cells_suppressed: tables.iter().map(|t| t.suppressed() as u64).sum(),
        rows_selected: rows,
        rows_withheld_for_consent: withheld,
        rows_exported: written,
        rows_suppressed: if rows_out {
            outcome.suppressed.len() as u64
        } else {
            0
        },
        levels,
        stable_ids: rows_out && ids.stable,
        never_exported: NEVER_EXPORTED.iter().map(|s| s.to_string()).collect(),
        files: Vec::new(),
        // A role, not a username: the export may travel far, and an account name can identify a
        // volunteer.
        exported_by: Some(match actor {
            Actor::System => "the command line".into(),
            Actor::User(me) => format!("an account with the role {}", me.role.as_str()),
        }),
        exported_at: cx.clock.stamp(),
        public_key: public_key(keys),
    };
    let filters_described = request.filter.describe_in(vocab, crate::i18n::current());
    files.push(sink.write("report.html", |out| {
        let html =
            crate::server::export::report::render(&manifest, filters_described.as_deref(), &tables);
        std::io::Write::write_all(out, html.as_bytes())?;
        Ok(())
    })?);
    manifest.files = files;
    let text = serde_json::to_vec_pretty(&manifest).map_err(anyhow::Error::from)?;
    let signature = signing_key(keys).sign(&text);
    sink.write("manifest.json", |out| {
        std::io::Write::write_all(out, &text)?;
        Ok(())
    })?;
    sink.write("manifest.sig", |out| {
        std::io::Write::write_all(out, hex::encode(signature).as_bytes())?;
        Ok(())
    })?;
    tracing::debug!(
        ms = started.elapsed().as_millis(),
        "export: report and manifest written"
    );
    let mut tx = crate::server::db::begin(pool).await?;
    crate::server::db::signing_keys::remember(
        &mut tx,
        &manifest.public_key,
        keys.current_kek_version(),
        &manifest.exported_at,
    )
    .await?;
    let seq = crate::server::audit::append(
        &mut tx,
        &crate::server::records::entry(
            actor,
            crate::domain::audit::action::EXPORT,
            crate::domain::audit::kind::EXPORT,
            profile.code(),
        )
        .change(None, Some(crate::server::audit::digest(&[&text]))),
    )
    .await?;
    crate::server::db::audit::keep_manifest(&mut tx, seq, &String::from_utf8_lossy(&text))
        .await
        .map_err(RecordError::from)?;
    tx.commit().await?;
    Ok(Exported {
        manifest,
        preview,
        tables,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Known answers for a fixed KEK: stable ids and published public keys depend on these bytes.
    #[test]
    fn stable_ids_and_the_public_key_of_a_fixed_kek_are_known() {
        let keys = ServerKeys::new(
            crate::server::crypto::OnlineIdentity::generate(),
            vec![crate::server::crypto::Kek::from_key(1, [7u8; 32])],
            1,
        );
        assert_eq!(
            ExportIds::stable(&keys).id("01a22609-b6ac-70b4-838d-e88cc7952c3b"),
            "X-8YWNY3ZS5ZM0NKQF"
        );
        assert_eq!(
            public_key(&keys),
            "6797f21167d9eda8afe48b1c1dc2e90e8b2e1ebbbde9d798deefa5fc05f1a58a"
        );
    }

    #[test]
    fn fresh_ids_differ_between_exports_and_hide_the_case_id() {
        let case = "01a22609-b6ac-70b4-838d-e88cc7952c3b";
        let (a, b) = (ExportIds::fresh(), ExportIds::fresh());
        assert_ne!(a.id(case), b.id(case));
        assert_eq!(a.id(case), a.id(case));
        assert!(a.id(case).starts_with("X-") && a.id(case).len() == 18);
        assert!(!a.id(case).contains("01a22609"));
        assert_eq!(
            facet(Some("charge=a;detained=2018;charge=b"), "charge").collect::<Vec<_>>(),
            ["a", "b"]
        );
    }
}
