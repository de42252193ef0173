//! Reveal requests: a researcher asks to see one case's names, with a reason; an admin decides.

use super::Sensitive;
use serde::{Deserialize, Serialize};

/// Where a reveal request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RevealStatus {
    Pending,
    Granted,
    Denied,
}

impl RevealStatus {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "pending" => Some(Self::Pending),
            "granted" => Some(Self::Granted),
            "denied" => Some(Self::Denied),
            _ => None,
        }
    }
}

/// A researcher's own request for one case, as their case page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevealView {
    pub status: RevealStatus,
    pub requested_at: String,
    /// Until when a grant lasts (granted only).
    pub expires_at: Option<String>,
    /// Whether the grant has run out.
    pub expired: bool,
}

/// A pending request, as the admins' queue shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RevealRequestView {
    pub id: String,
    pub case_id: String,
    pub pseudonym: String,
    pub requested_by: String,
    pub requested_at: String,
    /// The researcher's reason (opened for admins only).
    pub reason: Sensitive,
}

/// The longest reason accepted.
pub const MAX_REASON_CHARS: usize = 2_000;

/// Checks a written reason: at least a short sentence (else `too_short` is the error), at most
/// [`MAX_REASON_CHARS`]. Returns it trimmed.
pub fn written_reason(reason: &str, too_short: &'static str) -> Result<String, &'static str> {
    let reason = reason.trim();
    if reason.chars().count() < 10 {
        Err(too_short)
    } else if reason.chars().count() > MAX_REASON_CHARS {
        Err("keep the reason under 2,000 characters")
    } else {
        Ok(reason.to_string())
    }
}

/// Checks a researcher's reason for a reveal.
pub fn check_reason(reason: &str) -> Result<String, &'static str> {
    written_reason(
        reason,
        "say in a sentence why you need to see the names of this case",
    )
}
