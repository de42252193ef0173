//! The evidence locker as a page shows it: what each stored file is, and — for readers of the
//! case's names only — its name and SHA-256.

use serde::{Deserialize, Serialize};

/// One stored file of a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceItem {
    pub id: String,
    /// video, audio, image, pdf or other.
    pub kind: String,
    /// The type it is served with.
    pub media_type: String,
    pub size_bytes: u64,
    /// What it documents: "case", "testimony" or "source", and that item's id.
    pub attached_kind: String,
    pub attached_id: String,
    pub added_at: String,
    /// Who added it (readers of names only).
    pub added_by: Option<String>,
    /// The last integrity check found its chunks or hash changed.
    pub damaged: bool,
    pub checked_at: Option<String>,
    /// The file's name as uploaded (readers of names only).
    pub name: Option<String>,
    /// SHA-256 of the original bytes, hex (readers of names only).
    pub sha256: Option<String>,
}

/// A source's archived web page, as the case page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchiveView {
    /// The snapshot in the locker.
    pub evidence_id: String,
    pub url: String,
    pub final_url: String,
    pub http_status: i64,
    pub archived_at: String,
    /// "alive", "changed" or "gone", since `state_since`.
    pub state: String,
    pub state_since: String,
    pub checked_at: Option<String>,
}

/// The evidence locker's settings as an admin types them: the largest file in MB, and the hosts
/// the fetcher may reach at a non-public address (comma-separated).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvidenceSettingsForm {
    pub max_file_mb: String,
    pub allowed_hosts: String,
}

impl EvidenceSettingsForm {
    /// The largest file in bytes, or the error for the field (1 MB to 1 TB).
    pub fn max_file_bytes(&self) -> Result<u64, String> {
        match self.max_file_mb.trim().parse::<u64>() {
            Ok(mb @ 1..=1_000_000) => Ok(mb * 1_000_000),
            _ => {
                let lang = crate::i18n::current();
                Err(crate::i18n::tr!(lang, "evidence-max-file-invalid"))
            }
        }
    }
}

/// A size in words: "850 bytes", "12 KB", "3 MB", "1.2 GB" (decimal units, as file managers and
/// `ls -lh --si` show them).
pub fn size_label(bytes: u64) -> String {
    const KB: f64 = 1000.0;
    let b = bytes as f64;
    if b < KB {
        let lang = crate::i18n::current();
        crate::i18n::tr!(lang, "size-bytes", {"bytes" => bytes})
    } else if b < KB * KB {
        format!("{:.0} KB", b / KB)
    } else if b < KB * KB * KB {
        let mb = b / (KB * KB);
        if mb < 10.0 {
            format!("{mb:.1} MB").replace(".0 MB", " MB")
        } else {
            format!("{mb:.0} MB")
        }
    } else {
        format!("{:.1} GB", b / (KB * KB * KB)).replace(".0 GB", " GB")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_a_person_would_say_them() {
        assert_eq!(size_label(850), "850 bytes");
        assert_eq!(size_label(12_345), "12 KB");
        assert_eq!(size_label(3_000_000), "3 MB");
        assert_eq!(size_label(3_145_728), "3.1 MB");
        assert_eq!(size_label(250_000_000), "250 MB");
        assert_eq!(size_label(1_200_000_000), "1.2 GB");
        assert_eq!(size_label(2_000_000_000), "2 GB");
    }
}
