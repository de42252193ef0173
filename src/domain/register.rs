//! The public register's review (issue 22), as the admin pages show it: which cases the families
//! agreed to publish, whether an admin approved each, and one case's record beside its public entry.

use serde::{Deserialize, Serialize};

/// How an entry shows its person, from the testifiers' consent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Publicity {
    /// Every testifier agreed to names: the name in its scripts.
    Named,
    /// At least one agreed only to anonymized publication: a pseudonymous, generalized entry.
    Anonymized,
}

impl Publicity {
    pub fn code(self) -> &'static str {
        match self {
            Publicity::Named => "named",
            Publicity::Anonymized => "anonymized",
        }
    }

    pub fn parse(code: &str) -> Option<Publicity> {
        match code {
            "named" => Some(Publicity::Named),
            "anonymized" => Some(Publicity::Anonymized),
            _ => None,
        }
    }
}

/// Where a case stands with the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    /// Its consent allows it, and no admin has reviewed it (under this consent) yet.
    AwaitingReview,
    /// Approved under its present consent: the next publication holds it.
    Approved,
}

/// A case the register may hold (every testifier gave consent), for the admin page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub case_id: String,
    /// The internal pseudonym (what the admin pages call a case).
    pub pseudonym: String,
    pub publicity: Publicity,
    pub standing: Standing,
    /// The entry's public id, once approved.
    pub entry_id: Option<String>,
    pub approved_by: Option<String>,
    pub approved_at: Option<String>,
}

/// What a publication changed since the last one, by entry id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
    pub unchanged: usize,
}

/// A publication of the register, as the register page recalls it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicationView {
    pub published_at: String,
    /// The admin who published it; none for the command line.
    pub published_by: Option<String>,
    pub entries: u64,
    pub changes: Changes,
}

/// The register page: every candidate, and the last publication.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterOverview {
    pub candidates: Vec<Candidate>,
    pub last_published: Option<PublicationView>,
}

/// One case's review: what Izde holds and stays private, beside the entry as it will be public.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterReview {
    pub candidate: Candidate,
    /// Label and value of what stays in Izde (the reviewing admin may read it).
    pub private: Vec<(String, String)>,
    /// The entry's content as the register's page will hold it (HTML made by the server from
    /// escaped values).
    pub public_html: String,
}
