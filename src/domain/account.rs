//! Who is signed in and what their role lets them do: shared by the server and the browser (the
//! browser only uses it to show the right links; every decision is taken again on the server).

use serde::{Deserialize, Serialize};

/// What an account may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Everything, plus accounts, assignments, keys and settings.
    Admin,
    /// Enters cases and testimonies; sees the sensitive fields of the cases they entered or were
    /// assigned to.
    Volunteer,
    /// Reads every case under a pseudonym; may ask an admin to reveal one case.
    Researcher,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Volunteer, Role::Researcher];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Volunteer => "volunteer",
            Role::Researcher => "researcher",
        }
    }

    /// Parses a stored or typed role name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text.trim())
    }

    /// Whether this role may enter new cases.
    pub fn creates_cases(self) -> bool {
        matches!(self, Role::Admin | Role::Volunteer)
    }

    /// Whether this role may export anonymized datasets and reports (researchers and
    /// coordinators; volunteers record testimonies, they do not hand data out).
    pub fn exports(self) -> bool {
        matches!(self, Role::Admin | Role::Researcher)
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The signed-in account, as pages see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub id: String,
    pub username: String,
    pub role: Role,
    /// An admin who must turn on two-step verification before anything else (a setting).
    #[serde(default)]
    pub must_enrol: bool,
    /// The interface language the account chose (a code of [`crate::i18n::Lang`]), if any.
    #[serde(default)]
    pub language: Option<String>,
}

/// Two-step verification, as the account page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotpView {
    pub enabled: bool,
    /// The account is an admin and the settings require it.
    pub required: bool,
    /// An enrolment begun and not yet confirmed with a code.
    pub pending: Option<TotpEnrolment>,
}

/// What an authenticator app needs: the secret (to type) or the otpauth URL (as a QR code).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotpEnrolment {
    pub secret: String,
    pub url: String,
    /// The URL as an SVG QR code, drawn on the server (no script, nothing from elsewhere).
    pub qr_svg: String,
}

/// An account as the admins' page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub id: String,
    pub username: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: String,
    /// Sessions open right now.
    pub sessions: i64,
}

/// What the admins' page shows besides the accounts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Researchers' reveal requests are granted without an admin.
    pub reveal_auto_grant: bool,
    /// Admins must use two-step verification.
    pub admin_totp_required: bool,
    /// The least protection each export profile accepts.
    pub export_minimums: super::export::ExportMinimums,
    /// The evidence locker's limit and the fetcher's allowed hosts.
    #[serde(default)]
    pub evidence: super::evidence::EvidenceSettingsForm,
}

/// The new-account form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountForm {
    pub username: String,
    pub role: String,
    /// Never sent back to the page.
    #[serde(skip_serializing)]
    pub password: String,
}

/// The password-change form as typed (never sent back).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    #[serde(skip_serializing)]
    pub current: String,
    #[serde(skip_serializing)]
    pub new: String,
    #[serde(skip_serializing)]
    pub confirm: String,
}

/// The stable pseudonym of a case, shown instead of the missing person's name to anyone who may
/// not see it: "Case K-" and eight letters and digits (Crockford base 32) derived from the case id,
/// so the same case always reads the same and two cases practically never collide.
pub fn pseudonym(case_id: &uuid::Uuid) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    // FNV-1a over the id's bytes, twice with different offsets: no key is needed (the id is no
    // secret: it is in the page's address), only a short, well-spread label.
    let hash = |offset: u64| {
        case_id.as_bytes().iter().fold(offset, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let bits = hash(0xcbf2_9ce4_8422_2325) ^ hash(0x8422_2325_cbf2_9ce4).rotate_left(29);
    let code: String = (0..8)
        .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
        .collect();
    format!("Case K-{}-{}", &code[..4], &code[4..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::assert_codes_round_trip;

    #[test]
    fn roles_round_trip_through_their_names() {
        assert_codes_round_trip(&Role::ALL, Role::as_str, Role::parse, "root");
        assert!(Role::Volunteer.creates_cases());
        assert!(!Role::Researcher.creates_cases());
    }

    #[test]
    fn pseudonyms_are_stable_and_distinct_across_many_cases() {
        let id = uuid::Uuid::parse_str("0192f1a4-7c55-7e0a-9c1f-3a2b4c5d6e7f").unwrap();
        assert_eq!(pseudonym(&id), pseudonym(&id));
        assert!(pseudonym(&id).starts_with("Case K-"));
        let mut seen = std::collections::HashSet::new();
        for i in 0..20_000u128 {
            // Ids that differ in few bits, as v7 ids made the same millisecond do.
            let id = uuid::Uuid::from_u128(0x0192_f1a4_7c55_7e0a_9c1f_0000_0000_0000 | i);
            assert!(
                seen.insert(pseudonym(&id)),
                "two cases share {}",
                pseudonym(&id)
            );
        }
    }
}

/// A personal API token as its owner (or an admin) sees it: never the token itself, which is shown
/// once when it is made ([`NewApiToken`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiTokenView {
    pub id: String,
    /// The owner's username (the admins' list shows every account's tokens).
    pub username: String,
    pub name: String,
    /// Stored moments (RFC 3339, UTC).
    pub created_at: String,
    pub expires_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
    /// Whether it still opens the API (not revoked, not expired).
    pub active: bool,
}

/// A token just made: the only time its value is shown (the page with it is rendered once, from
/// the form post, never from a URL).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewApiToken {
    pub name: String,
    pub token: String,
    pub expires_at: String,
}

/// How long a new API token may last, in days: the choices of the account page's form.
pub const API_TOKEN_DAYS: [u32; 4] = [7, 30, 90, 365];

/// The account page's form for a new API token, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApiTokenForm {
    pub name: String,
    /// One of [`API_TOKEN_DAYS`], as text.
    pub days: String,
}
