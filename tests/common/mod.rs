//! The one test helper: a fresh data directory with its own SQLite file, key and vocabularies.
#![allow(dead_code)]

use izde::domain::forms::IntakeForm;
use izde::domain::vocab::Vocabularies;
use izde::server::crypto::ServerKeys;
use izde::server::db::Pool;
use izde::server::state::{open_storage, Storage};
use std::path::PathBuf;

pub struct TestApp {
    pub dir: tempfile::TempDir,
    pub storage: Storage,
    pub pool: Pool,
    pub keys: ServerKeys,
    pub vocab: Vocabularies,
}

impl TestApp {
    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join(izde::server::db::DATABASE_FILE)
    }

    /// Records a complete testimony for `form`; returns the case id.
    pub async fn create(&self, form: &IntakeForm) -> String {
        izde::server::records::create_testimony(&self.pool, &self.keys, &self.vocab, form)
            .await
            .unwrap()
            .to_string()
    }

    /// Everything the case page would show for a case.
    pub async fn detail(&self, id: &str) -> izde::domain::case::CaseDetail {
        izde::server::records::case_detail(&self.pool, &self.keys, &self.vocab, id)
            .await
            .unwrap()
    }

    /// Counts the rows of every table that a testimony writes to.
    pub async fn row_counts(&self) -> Vec<(String, i64)> {
        let mut out = Vec::new();
        for table in [
            "cases",
            "testifiers",
            "case_testifiers",
            "detentions",
            "events",
            "sources",
            "event_sources",
            "testimonies",
        ] {
            let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&self.pool)
                .await
                .unwrap();
            out.push((table.to_string(), n));
        }
        out
    }
}

/// A new, empty installation in a temp directory (SQLite file + generated development key).
pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let storage = Storage {
        data_dir: dir.path().to_path_buf(),
        identity: None,
    };
    let (pool, keys, vocab) = open_storage(&storage).await.expect("open storage");
    TestApp {
        dir,
        storage,
        pool,
        keys,
        vocab,
    }
}

/// A complete, valid intake for a missing person with the given name.
pub fn intake(name: &str) -> IntakeForm {
    let mut f = IntakeForm {
        testifier_name: "Gulzhan Testova".into(),
        testifier_contact: "+7 700 000 0000".into(),
        relationship: "sister".into(),
        consent: "anonymized".into(),
        pressure_notes: "A police officer called from Ghulja.".into(),
        last_contact_summary: "A short WeChat call.".into(),
        facility_kind: "camp".into(),
        facility_name: "Test camp".into(),
        detention_location: "cn-xj-ili".into(),
        detention_date: "2018".into(),
        alleged_act: "Travelled to Kazakhstan".into(),
        legal_charge: "extremism".into(),
        sentence: "10 years".into(),
        conviction_date: "late 2019".into(),
        learned_date: "2020".into(),
        testimony_medium: "video".into(),
        testimony_date: "2019-03-02".into(),
        testimony_language: "kk".into(),
        transcript: "My brother went to visit our mother and never came back.".into(),
        ..IntakeForm::default()
    };
    f.person.name = name.into();
    f.person.birth_year = "1975".into();
    f.person.gender = "male".into();
    f.person.ethnicity = "kazakh".into();
    f.person.status = "sentenced".into();
    f.person.last_contact_date = "May 2017".into();
    f.person.last_contact_location = "cn-xj-ili".into();
    f.source.source_type = "video_testimony".into();
    f.source.source_title = "Video testimony".into();
    f.source.source_reliability = "B".into();
    f.source.source_credibility = "2".into();
    f
}
