//! What the audit page receives: filters, entries and the verdict of a verification. The log holds
//! ids, action names and hashes only, so nothing here is sensitive.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The names of the actions the log records (the audit page offers them as a filter).
pub mod action {
    pub const LOGIN: &str = "login";
    pub const LOGIN_FAILED: &str = "login.failed";
    pub const LOGOUT: &str = "logout";
    pub const CASE_CREATE: &str = "case.create";
    pub const CASE_UPDATE: &str = "case.update";
    /// A case's sensitive fields were opened for reading.
    pub const CASE_READ: &str = "case.read";
    /// A case was erased: its data key and every row under it deleted, a tombstone kept.
    pub const CASE_ERASE: &str = "case.erase";
    /// A search by name or ID number (or an intake's duplicate check): a keyed hash of what was
    /// typed, and every case it matched, whether shown or not.
    pub const CASE_SEARCH: &str = "case.search";
    pub const EVENT_CREATE: &str = "event.create";
    pub const EVENT_UPDATE: &str = "event.update";
    pub const SOURCE_CREATE: &str = "source.create";
    pub const SOURCE_UPDATE: &str = "source.update";
    pub const SOURCE_RETRACT: &str = "source.retract";
    /// A source's web page was archived into the evidence locker.
    pub const SOURCE_ARCHIVE: &str = "source.archive";
    /// A re-check found an archived page taken down, changed, or back as archived.
    pub const SOURCE_GONE: &str = "source.gone";
    pub const SOURCE_CHANGED: &str = "source.changed";
    pub const SOURCE_BACK: &str = "source.back";
    pub const DETENTION_CREATE: &str = "detention.create";
    pub const DETENTION_UPDATE: &str = "detention.update";
    pub const TESTIMONY_CREATE: &str = "testimony.create";
    pub const TESTIMONY_UPDATE: &str = "testimony.update";
    /// An event, testimony or detention was taken off a case, with a sealed reason.
    pub const EVENT_DELETE: &str = "event.delete";
    pub const TESTIMONY_DELETE: &str = "testimony.delete";
    pub const DETENTION_DELETE: &str = "detention.delete";
    /// A testifier was added to a case after intake.
    pub const TESTIFIER_CREATE: &str = "testifier.create";
    pub const TESTIFIER_LINK: &str = "testifier.link";
    /// A testifier's consent to publish was changed on the case page.
    pub const CONSENT_CHANGE: &str = "consent.change";
    pub const REVEAL_REQUEST: &str = "reveal.request";
    pub const REVEAL_GRANT: &str = "reveal.grant";
    pub const REVEAL_DENY: &str = "reveal.deny";
    pub const EXPORT: &str = "export";
    /// A UN submission pack was made for a case (the action names the working group).
    pub const PACK_WGEID: &str = "pack.wgeid";
    pub const PACK_WGAD: &str = "pack.wgad";
    /// A case's dossier was made as a PDF.
    pub const DOSSIER: &str = "dossier";
    pub const USER_CREATE: &str = "user.create";
    pub const USER_UPDATE: &str = "user.update";
    pub const PASSWORD_CHANGE: &str = "password.change";
    /// A case was assigned to a volunteer.
    pub const ASSIGN: &str = "assign";
    /// A source was cited for a claim of a case, or taken off it.
    pub const CLAIM_CITE: &str = "claim.cite";
    pub const CLAIM_UNCITE: &str = "claim.uncite";
    /// A reviewer set (or took back) a claim's verification level.
    pub const CLAIM_REVIEW: &str = "claim.review";
    /// An admin decided that two cases the name index paired are different people.
    pub const DUPLICATE_DIFFERENT: &str = "duplicate.different";
    /// An admin merged two records of one person: an entry on each id.
    pub const CASE_MERGE: &str = "case.merge";
    pub const PLACE_CREATE: &str = "place.create";
    /// A file was stored in the evidence locker; played or shown in the page; downloaded whole.
    pub const EVIDENCE_ADD: &str = "evidence.add";
    pub const EVIDENCE_VIEW: &str = "evidence.view";
    pub const EVIDENCE_DOWNLOAD: &str = "evidence.download";
    /// An integrity check found a stored file whose chunks or hash no longer hold.
    pub const EVIDENCE_DAMAGED: &str = "evidence.damaged";
    /// A personal API token was made, or revoked (by its owner or an admin).
    pub const TOKEN_CREATE: &str = "token.create";
    pub const TOKEN_REVOKE: &str = "token.revoke";
    /// A call to the read API (/api/v1) with a token: on the case it read, else on the token.
    pub const API_READ: &str = "api.read";
    /// A batch of rows of a bulk import was committed (each case it made or changed has its own
    /// entry too).
    pub const IMPORT: &str = "import";
    /// An admin approved a case's first publication in the public register (or again, after its
    /// consent changed).
    pub const REGISTER_APPROVE: &str = "register.approve";
    /// The public register was built (`izde publish`, or the admin page's download).
    pub const REGISTER_PUBLISH: &str = "register.publish";

    /// Every action above, in this order.
    pub const ALL: &[&str] = &[
        LOGIN,
        LOGIN_FAILED,
        LOGOUT,
        CASE_CREATE,
        CASE_UPDATE,
        CASE_READ,
        CASE_ERASE,
        CASE_SEARCH,
        EVENT_CREATE,
        EVENT_UPDATE,
        SOURCE_CREATE,
        SOURCE_UPDATE,
        SOURCE_RETRACT,
        SOURCE_ARCHIVE,
        SOURCE_GONE,
        SOURCE_CHANGED,
        SOURCE_BACK,
        DETENTION_CREATE,
        DETENTION_UPDATE,
        TESTIMONY_CREATE,
        TESTIMONY_UPDATE,
        EVENT_DELETE,
        TESTIMONY_DELETE,
        DETENTION_DELETE,
        TESTIFIER_CREATE,
        TESTIFIER_LINK,
        CONSENT_CHANGE,
        REVEAL_REQUEST,
        REVEAL_GRANT,
        REVEAL_DENY,
        EXPORT,
        PACK_WGEID,
        PACK_WGAD,
        DOSSIER,
        USER_CREATE,
        USER_UPDATE,
        PASSWORD_CHANGE,
        ASSIGN,
        CLAIM_CITE,
        CLAIM_UNCITE,
        CLAIM_REVIEW,
        DUPLICATE_DIFFERENT,
        CASE_MERGE,
        PLACE_CREATE,
        EVIDENCE_ADD,
        EVIDENCE_VIEW,
        EVIDENCE_DOWNLOAD,
        EVIDENCE_DAMAGED,
        TOKEN_CREATE,
        TOKEN_REVOKE,
        API_READ,
        IMPORT,
        REGISTER_APPROVE,
        REGISTER_PUBLISH,
    ];
}

/// The kinds of record an entry can name.
pub mod kind {
    pub const CASE: &str = "case";
    pub const TESTIFIER: &str = "testifier";
    pub const EVENT: &str = "event";
    pub const SOURCE: &str = "source";
    pub const DETENTION: &str = "detention";
    pub const TESTIMONY: &str = "testimony";
    pub const USER: &str = "user";
    pub const REVEAL: &str = "reveal";
    pub const EXPORT: &str = "export";
    pub const PLACE: &str = "place";
    pub const EVIDENCE: &str = "evidence";
    pub const API_TOKEN: &str = "api_token";
    pub const IMPORT: &str = "import";
    /// The public register (a publication).
    pub const REGISTER: &str = "register";
}

/// The largest page of the audit log served, whatever the request asks for.
pub const MAX_PAGE_SIZE: u32 = 100;
/// The page size when none is asked for.
pub const DEFAULT_PAGE_SIZE: u32 = 50;

/// Filters of the audit log; every field is optional (an empty string counts as absent), and they
/// combine with AND.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    /// The acting user's id.
    pub actor: Option<String>,
    pub action: Option<String>,
    pub record_id: Option<String>,
    /// First day, `YYYY-MM-DD` (UTC), inclusive.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD` (UTC), inclusive.
    pub to: Option<String>,
    /// 1-based page number.
    pub page: Option<u32>,
    pub page_size: Option<u32>,
}

/// A date filter that is not a date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{field}` must be a date written YYYY-MM-DD, not {value:?}")]
pub struct InvalidDate {
    pub field: &'static str,
    pub value: String,
}

/// The stored timestamps a date filter keeps: `start <= at < end` (either bound may be absent).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeRange {
    pub start: Option<String>,
    pub end: Option<String>,
}

impl AuditFilter {
    /// The page number, at least 1.
    pub fn page(&self) -> u32 {
        super::case::page_number(self.page)
    }

    /// The page size, bounded by [`MAX_PAGE_SIZE`].
    pub fn page_size(&self) -> u32 {
        super::case::bounded_page_size(self.page_size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    }

    /// A text filter, trimmed; `None` when absent or empty.
    pub fn text(value: &Option<String>) -> Option<&str> {
        value.as_deref().map(str::trim).filter(|v| !v.is_empty())
    }

    /// The date filters as bounds on stored timestamps (RFC 3339, which sort as text): from the
    /// first moment of `from` to before the first moment of the day after `to`.
    ///
    /// ```
    /// use izde::domain::audit::{AuditFilter, TimeRange};
    /// let f = AuditFilter { from: Some("2024-05-01".into()), to: Some("2024-05-31".into()), ..Default::default() };
    /// assert_eq!(
    ///     f.time_range().unwrap(),
    ///     TimeRange { start: Some("2024-05-01".into()), end: Some("2024-06-01".into()) }
    /// );
    /// ```
    pub fn time_range(&self) -> Result<TimeRange, InvalidDate> {
        let parse = |field: &'static str, value: &Option<String>| {
            Self::text(value)
                .map(|v| {
                    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| InvalidDate {
                        field,
                        value: v.chars().take(40).collect(),
                    })
                })
                .transpose()
        };
        let from = parse("from", &self.from)?;
        let to = parse("to", &self.to)?;
        Ok(TimeRange {
            start: from.map(|d| d.format("%Y-%m-%d").to_string()),
            end: to
                .map(|d| d.succ_opt().unwrap_or(d))
                .map(|d| d.format("%Y-%m-%d").to_string()),
        })
    }
}

/// One entry of the audit log as the audit page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub seq: i64,
    /// RFC 3339 UTC.
    pub at: String,
    /// The acting user's id (none for the system or the command line).
    pub actor: Option<String>,
    /// That user's name, when the account still exists.
    pub actor_username: Option<String>,
    pub action: String,
    pub record_kind: Option<String>,
    pub record_id: Option<String>,
    /// SHA-256 (hex) of the record's stored form before and after the change.
    pub before_hash: Option<String>,
    pub after_hash: Option<String>,
    /// The entry's own hash in the chain.
    pub hash: String,
    /// The cases a reading entry showed (see `after_hash`, their digest).
    #[serde(default)]
    pub read_cases: Vec<String>,
}

/// A page of the audit log, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub items: Vec<AuditRow>,
    pub page: u32,
    pub page_size: u32,
    pub total: u64,
}

impl AuditPage {
    /// Whether a later page exists.
    pub fn has_next(&self) -> bool {
        u64::from(self.page) * u64::from(self.page_size) < self.total
    }
}

/// The first entry from which the chain can no longer be trusted, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditBreak {
    pub seq: i64,
    pub reason: String,
}

/// The verdict of walking the whole chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditVerification {
    /// Entries checked and found intact (all of them when nothing is broken).
    pub entries: u64,
    /// The head's hash: write it down outside the server to detect a log rewritten wholesale.
    pub head: String,
    pub first_broken: Option<AuditBreak>,
}

impl AuditVerification {
    pub fn is_intact(&self) -> bool {
        self.first_broken.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_bound_whole_days_and_bad_dates_are_refused() {
        let f = AuditFilter {
            from: Some(" ".into()),
            to: Some("2024-12-31".into()),
            ..AuditFilter::default()
        };
        let range = f.time_range().unwrap();
        assert_eq!(range.start, None, "an empty field is no filter");
        assert_eq!(range.end.as_deref(), Some("2025-01-01"));
        // The last moment of the day is inside, the first of the next is not.
        assert!("2024-12-31T23:59:59.999Z" < range.end.as_deref().unwrap());
        assert!("2025-01-01T00:00:00.000Z" >= range.end.as_deref().unwrap());

        let bad = AuditFilter {
            from: Some("31/12/2024".into()),
            ..AuditFilter::default()
        };
        let err = bad.time_range().unwrap_err();
        assert_eq!(err.field, "from");
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
    }

    #[test]
    fn the_page_size_is_bounded() {
        let f = AuditFilter {
            page_size: Some(10_000),
            page: Some(0),
            ..AuditFilter::default()
        };
        assert_eq!(f.page_size(), MAX_PAGE_SIZE);
        assert_eq!(f.page(), 1);
    }
}
