//! Provenance per claim: which sources back each thing the record asserts, how solid that makes it,
//! and where sources disagree.
//!
//! A claim is one assertion of a case: its status, its last known location, the person's birth
//! year, ethnicity, occupation, residency abroad, names and ID numbers, a detention's facility,
//! court, alleged act, legal charge or sentence, or a timeline event. Sources are cited for a claim as supporting or disputing
//! it, optionally at a timecode of a recording. The level is computed from the supporting sources:
//!
//! * **confirmed** — at least one is an official statement, a court document or a leaked document;
//! * **corroborated** — two or more *independent* voices;
//! * **reported** — one voice;
//! * **unsourced** — nothing cited.
//!
//! Sources are one voice when they share a publisher, a reference (link or archive id), the same
//! content hash, or the same author (two testimonies of one relative are one account, however often
//! it is published). A reviewer may set the level by hand, with a written reason; the page then shows
//! both. A claim is flagged when any cited source disputes it.

use super::case::{CaseProfile, DetentionView, EventView};
use super::Sensitive;
use crate::i18n::{dates, tr, Lang};
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// What a claim is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClaimKind {
    Status,
    LastLocation,
    BirthYear,
    Ethnicity,
    Occupation,
    Residency,
    /// The person's name and its spellings (shown only to readers of names).
    Names,
    /// The person's ID numbers (shown only to readers of names).
    IdNumbers,
    Charge,
    Sentence,
    Facility,
    Court,
    AllegedAct,
    /// Who is believed to have carried out a detention's arrest.
    ResponsibleForces,
    /// Whether a warrant was shown at a detention's arrest.
    Warrant,
    Event,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 16] = [
        ClaimKind::Status,
        ClaimKind::LastLocation,
        ClaimKind::BirthYear,
        ClaimKind::Ethnicity,
        ClaimKind::Occupation,
        ClaimKind::Residency,
        ClaimKind::Names,
        ClaimKind::IdNumbers,
        ClaimKind::Charge,
        ClaimKind::Sentence,
        ClaimKind::Facility,
        ClaimKind::Court,
        ClaimKind::AllegedAct,
        ClaimKind::ResponsibleForces,
        ClaimKind::Warrant,
        ClaimKind::Event,
    ];

    /// The code stored in the database and posted by forms.
    pub fn code(self) -> &'static str {
        match self {
            ClaimKind::Status => "status",
            ClaimKind::LastLocation => "last_location",
            ClaimKind::BirthYear => "birth_year",
            ClaimKind::Ethnicity => "ethnicity",
            ClaimKind::Occupation => "occupation",
            ClaimKind::Residency => "residency",
            ClaimKind::Names => "names",
            ClaimKind::IdNumbers => "id_numbers",
            ClaimKind::Charge => "charge",
            ClaimKind::Sentence => "sentence",
            ClaimKind::Facility => "facility",
            ClaimKind::Court => "court",
            ClaimKind::AllegedAct => "alleged_act",
            ClaimKind::ResponsibleForces => "responsible_forces",
            ClaimKind::Warrant => "warrant",
            ClaimKind::Event => "event",
        }
    }

    pub fn from_code(code: &str) -> Option<ClaimKind> {
        ClaimKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether the claim is about one detention or event (which `Claim::subject` names).
    pub fn has_subject(self) -> bool {
        matches!(
            self,
            ClaimKind::Charge
                | ClaimKind::Sentence
                | ClaimKind::Facility
                | ClaimKind::Court
                | ClaimKind::AllegedAct
                | ClaimKind::ResponsibleForces
                | ClaimKind::Warrant
                | ClaimKind::Event
        )
    }

    /// Whether the claim is about a sealed field, which only readers of names may see.
    pub fn is_sensitive(self) -> bool {
        matches!(self, ClaimKind::Names | ClaimKind::IdNumbers)
    }
}

/// One claim of a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The detention (charge, sentence) or event the claim is about; none for case-level claims.
    pub subject: Option<Uuid>,
}

impl Claim {
    pub fn case(kind: ClaimKind) -> Claim {
        Claim {
            kind,
            subject: None,
        }
    }

    pub fn of(kind: ClaimKind, subject: Uuid) -> Claim {
        Claim {
            kind,
            subject: Some(subject),
        }
    }

    /// "status", "charge:<detention id>", "event:<event id>": the claim's name in forms and anchors.
    pub fn key(&self) -> String {
        match self.subject {
            Some(s) => format!("{}:{s}", self.kind.code()),
            None => self.kind.code().to_string(),
        }
    }

    /// Reads a key back; None for anything that is not a well-formed claim.
    pub fn parse(key: &str) -> Option<Claim> {
        let (kind, subject) = match key.split_once(':') {
            Some((k, s)) => (ClaimKind::from_code(k)?, Some(Uuid::parse_str(s).ok()?)),
            None => (ClaimKind::from_code(key)?, None),
        };
        (kind.has_subject() == subject.is_some()).then_some(Claim { kind, subject })
    }

    /// The id for an HTML anchor (keys contain a colon).
    pub fn anchor(&self) -> String {
        format!("claim-{}", self.key().replace(':', "-"))
    }
}

/// Whether a source backs a claim or contradicts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stance {
    Supports,
    Disputes,
}

impl Stance {
    pub fn code(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Disputes => "disputes",
        }
    }

    pub fn from_code(code: &str) -> Option<Stance> {
        match code {
            "supports" => Some(Stance::Supports),
            "disputes" => Some(Stance::Disputes),
            _ => None,
        }
    }
}

/// How solid a claim is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    Unsourced,
    Reported,
    Corroborated,
    Confirmed,
}

impl Level {
    /// The levels a reviewer may set (the vocabulary `verification`).
    pub const REVIEWABLE: [Level; 3] = [Level::Reported, Level::Corroborated, Level::Confirmed];

    pub fn code(self) -> &'static str {
        match self {
            Level::Unsourced => "unsourced",
            Level::Reported => "reported",
            Level::Corroborated => "corroborated",
            Level::Confirmed => "confirmed",
        }
    }

    pub fn from_code(code: &str) -> Option<Level> {
        [
            Level::Unsourced,
            Level::Reported,
            Level::Corroborated,
            Level::Confirmed,
        ]
        .into_iter()
        .find(|l| l.code() == code)
    }

    /// The level's name in the language of what is being done now ([`crate::i18n::current`]).
    pub fn label(self) -> String {
        self.label_in(crate::i18n::current())
    }

    /// The level's name in `lang`: "Reported (one source)".
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Level::Unsourced => tr!(lang, "claims-level-unsourced"),
            Level::Reported => tr!(lang, "claims-level-reported"),
            Level::Corroborated => tr!(lang, "claims-level-corroborated"),
            Level::Confirmed => tr!(lang, "claims-level-confirmed"),
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// Source types whose word settles a claim.
pub const DOCUMENTARY: [&str; 3] = ["official_statement", "court_document", "leaked_document"];

/// Source types that are recordings, which a timecode may point into.
pub const RECORDED: [&str; 2] = ["video_testimony", "interview"];

/// A source cited for a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backing {
    pub source_id: Uuid,
    pub title: String,
    /// Vocabulary code of the source's type.
    pub source_type: String,
    pub source_type_label: String,
    pub stance: Stance,
    /// Seconds into the recording.
    pub timecode: Option<u32>,
    /// Sources with the same number are one voice (see the module's rules).
    pub voice: u32,
    /// A retracted source is still listed where it was cited, and counts for nothing.
    #[serde(default)]
    pub retracted: bool,
}

/// What makes two sources one voice. Fields are compared trimmed and case-insensitively; the
/// author is compared on the server and never leaves it.
#[derive(Clone, Debug, Default)]
pub struct Identity<'a> {
    pub publisher: Option<&'a str>,
    pub reference: Option<&'a str>,
    pub content_sha256: Option<&'a str>,
    pub author: Option<&'a str>,
}

/// Numbers the voices among `sources`: two sources share a number when they share any of their
/// publisher, reference, content hash or author (and transitively so). Numbers start at 0.
pub fn voices(sources: &[Identity<'_>]) -> Vec<u32> {
    let norm = |v: Option<&str>| v.map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty());
    let keys: Vec<[Option<String>; 4]> = sources
        .iter()
        .map(|s| {
            [
                norm(s.publisher),
                norm(s.reference),
                norm(s.content_sha256),
                norm(s.author),
            ]
        })
        .collect();
    // Union-find over the (few) sources of one case.
    let mut parent: Vec<usize> = (0..sources.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..keys.len() {
        for j in 0..i {
            let shared = keys[i]
                .iter()
                .zip(&keys[j])
                .any(|(a, b)| a.is_some() && a == b);
            if shared {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut numbers = Vec::with_capacity(keys.len());
    let mut roots: Vec<usize> = Vec::new();
    for i in 0..keys.len() {
        let r = root(&mut parent, i);
        let n = roots.iter().position(|&x| x == r).unwrap_or_else(|| {
            roots.push(r);
            roots.len() - 1
        });
        numbers.push(u32::try_from(n).unwrap_or(u32::MAX));
    }
    numbers
}

/// The level the supporting sources give a claim.
pub fn computed_level(backing: &[Backing]) -> Level {
    let supporting: Vec<&Backing> = backing
        .iter()
        .filter(|b| b.stance == Stance::Supports && !b.retracted)
        .collect();
    if supporting
        .iter()
        .any(|b| DOCUMENTARY.contains(&b.source_type.as_str()))
    {
        return Level::Confirmed;
    }
    let mut voices: Vec<u32> = supporting.iter().map(|b| b.voice).collect();
    voices.sort_unstable();
    voices.dedup();
    match voices.len() {
        0 => Level::Unsourced,
        1 => Level::Reported,
        _ => Level::Corroborated,
    }
}

/// A reviewer's level for a claim, with why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub level: Level,
    /// Written for every reader of the case: the form says so.
    pub reason: Sensitive,
    pub reviewed_by: Option<String>,
    pub reviewed_at: String,
}

/// A claim as the case page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimView {
    pub claim: Claim,
    /// What the record asserts, in words ("Status: Sentenced").
    pub statement: String,
    pub backing: Vec<Backing>,
    pub computed: Level,
    pub review: Option<Review>,
}

impl ClaimView {
    pub fn new(claim: Claim, statement: String, backing: Vec<Backing>) -> ClaimView {
        let computed = computed_level(&backing);
        ClaimView {
            claim,
            statement,
            backing,
            computed,
            review: None,
        }
    }

    /// The level readers should go by: the reviewer's when there is one.
    pub fn level(&self) -> Level {
        self.review.as_ref().map_or(self.computed, |r| r.level)
    }

    /// Sources disagree: at least one cited source disputes the claim.
    pub fn disputed(&self) -> bool {
        self.backing
            .iter()
            .any(|b| b.stance == Stance::Disputes && !b.retracted)
    }

    /// How many sources dispute it.
    pub fn disputing(&self) -> usize {
        self.backing
            .iter()
            .filter(|b| b.stance == Stance::Disputes && !b.retracted)
            .count()
    }
}

/// An event as a claim and a history line name it, in `lang`: "Arrest (May 2021)", "Arrest
/// (undated)".
pub fn event_label(lang: Lang, e: &EventView) -> String {
    let date = match &e.date {
        Some(d) => dates::partial(lang, d),
        None => tr!(lang, "change-undated"),
    };
    tr!(lang, "change-event-label", {"kind" => e.kind.label.clone(), "date" => date})
}

/// What the record asserts for `claim`, in `lang` ("Status: Sentenced"), from the case's facts as
/// given (their labels already in `lang`); None when the case records nothing the claim could be
/// about. The sealed facts (names, ID numbers) are named, never quoted.
pub fn statement(
    lang: Lang,
    claim: &Claim,
    profile: &CaseProfile,
    detentions: &[DetentionView],
    events: &[EventView],
) -> Option<String> {
    let detention = || {
        claim
            .subject
            .and_then(|id| detentions.iter().find(|d| d.id == id))
    };
    Some(match claim.kind {
        ClaimKind::Status => {
            tr!(lang, "statement-status", {"status" => profile.status.label.clone()})
        }
        ClaimKind::LastLocation => {
            let place = profile.last_location.as_ref()?.label.clone();
            tr!(lang, "statement-last-location", {"place" => place})
        }
        // The year as written, not as a number Fluent would group ("1,975").
        ClaimKind::BirthYear => {
            tr!(lang, "statement-born", {"year" => profile.birth_year?.to_string()})
        }
        ClaimKind::Ethnicity => {
            let value = profile.ethnicity.as_ref()?.label.clone();
            tr!(lang, "statement-ethnicity", {"value" => value})
        }
        ClaimKind::Occupation => {
            let value = profile.occupation.as_ref()?.label.clone();
            tr!(lang, "statement-occupation", {"value" => value})
        }
        ClaimKind::Residency => {
            let value = profile.residency.as_ref()?.label.clone();
            tr!(lang, "statement-residency", {"value" => value})
        }
        ClaimKind::Names => tr!(lang, "statement-names"),
        ClaimKind::IdNumbers => {
            profile.id_numbers.as_ref()?;
            tr!(lang, "statement-id-numbers")
        }
        ClaimKind::Facility => {
            let d = detention()?;
            let facility = [
                d.facility_kind.as_ref().map(|k| k.label.clone()),
                d.facility_name.clone(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" — ");
            if facility.is_empty() {
                return None;
            }
            tr!(lang, "statement-facility", {"facility" => facility})
        }
        ClaimKind::AllegedAct => {
            let act = detention()?.alleged_act.clone()?;
            tr!(lang, "statement-alleged-act", {"act" => act})
        }
        ClaimKind::Charge => {
            let charge = detention()?.legal_charge.as_ref()?.label.clone();
            tr!(lang, "statement-charge", {"charge" => charge})
        }
        ClaimKind::Sentence => {
            let sentence = detention()?.sentence.clone()?;
            tr!(lang, "statement-sentence", {"sentence" => sentence})
        }
        ClaimKind::Court => {
            let court = detention()?.court.clone()?;
            tr!(lang, "statement-court", {"court" => court})
        }
        ClaimKind::ResponsibleForces => {
            let forces = detention()?.responsible_forces.as_ref()?.label.clone();
            tr!(lang, "statement-responsible-forces", {"forces" => forces})
        }
        ClaimKind::Warrant => {
            let warrant = detention()?.warrant_shown.as_ref()?.label.clone();
            tr!(lang, "statement-warrant", {"warrant" => warrant})
        }
        ClaimKind::Event => {
            let id = claim.subject?;
            event_label(lang, events.iter().find(|e| e.id == id)?)
        }
    })
}

/// Reads a timecode: "ss", "mm:ss" or "h:mm:ss" (minutes and seconds below 60 after the first part).
/// The error says what is wrong in `lang`.
pub fn parse_timecode(text: &str, lang: Lang) -> Result<u32, String> {
    let format = || tr!(lang, "provenance-timecode-format");
    let parts: Vec<&str> = text.trim().split(':').collect();
    if parts.is_empty() || parts.len() > 3 {
        return Err(format());
    }
    let mut numbers = Vec::with_capacity(parts.len());
    for p in &parts {
        if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format());
        }
        numbers.push(p.parse::<u32>().map_err(|_| format())?);
    }
    if numbers.iter().skip(1).any(|&n| n >= 60) {
        return Err(tr!(lang, "provenance-timecode-sixty"));
    }
    let seconds = numbers.iter().fold(0u32, |acc, &n| acc * 60 + n);
    if seconds > 100 * 3600 {
        return Err(tr!(lang, "provenance-timecode-too-long"));
    }
    Ok(seconds)
}

/// "12:05", "1:02:30".
pub fn format_timecode(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backing(kind: &str, stance: Stance, voice: u32) -> Backing {
        Backing {
            source_id: Uuid::now_v7(),
            title: "t".into(),
            source_type: kind.into(),
            source_type_label: kind.into(),
            stance,
            timecode: None,
            voice,
            retracted: false,
        }
    }

    #[test]
    fn a_retracted_source_neither_backs_nor_disputes_a_claim() {
        let mut court = backing("court_document", Stance::Supports, 0);
        let video = backing("video_testimony", Stance::Supports, 1);
        assert_eq!(
            computed_level(&[court.clone(), video.clone()]),
            Level::Confirmed
        );
        court.retracted = true;
        assert_eq!(computed_level(&[court, video.clone()]), Level::Reported);
        let mut denial = backing("official_statement", Stance::Disputes, 2);
        denial.retracted = true;
        let view = ClaimView::new(
            Claim::case(ClaimKind::Status),
            "s".into(),
            vec![video, denial],
        );
        assert!(!view.disputed());
        assert_eq!(view.disputing(), 0);
    }

    #[test]
    fn levels_follow_the_supporting_sources() {
        use Stance::*;
        /// A source as (source type, stance, voice).
        type Source = (&'static str, Stance, u32);
        let cases: &[(&[Source], Level)] = &[
            (&[], Level::Unsourced),
            (&[("video_testimony", Supports, 0)], Level::Reported),
            // Two sources of one voice are still one report.
            (
                &[
                    ("video_testimony", Supports, 0),
                    ("written_testimony", Supports, 0),
                ],
                Level::Reported,
            ),
            (
                &[
                    ("video_testimony", Supports, 0),
                    ("media_report", Supports, 1),
                ],
                Level::Corroborated,
            ),
            // A court document settles it on its own.
            (&[("court_document", Supports, 0)], Level::Confirmed),
            (&[("leaked_document", Supports, 3)], Level::Confirmed),
            // Disputing sources add nothing to the level, even official ones.
            (
                &[
                    ("official_statement", Disputes, 0),
                    ("video_testimony", Supports, 1),
                ],
                Level::Reported,
            ),
            (&[("media_report", Disputes, 0)], Level::Unsourced),
        ];
        for &(sources, expected) in cases {
            let backings: Vec<Backing> = sources
                .iter()
                .map(|&(kind, stance, voice)| backing(kind, stance, voice))
                .collect();
            assert_eq!(computed_level(&backings), expected, "sources {sources:?}");
        }
    }

    #[test]
    fn a_review_overrides_and_a_dispute_is_flagged() {
        let mut claim = ClaimView::new(
            Claim::case(ClaimKind::Status),
            "Status: Sentenced".into(),
            vec![
                backing("video_testimony", Stance::Supports, 0),
                backing("official_statement", Stance::Disputes, 1),
            ],
        );
        assert_eq!(claim.level(), Level::Reported);
        assert!(claim.disputed());
        assert_eq!(claim.disputing(), 1);
        claim.review = Some(Review {
            level: Level::Corroborated,
            reason: Sensitive::new("satellite imagery of the facility matches the account"),
            reviewed_by: Some("demo-admin".into()),
            reviewed_at: "2026-11-29T00:00:00Z".into(),
        });
        assert_eq!(claim.level(), Level::Corroborated);
        assert_eq!(claim.computed, Level::Reported);
    }

    #[test]
    fn voices_join_sources_that_share_a_publisher_reference_hash_or_author() {
        let id = |publisher, reference, author| Identity {
            publisher,
            reference,
            content_sha256: None,
            author,
        };
        let numbers = voices(&[
            id(Some("Atajurt"), None, Some("Aunt")),
            id(Some(" atajurt "), Some("https://example.org/1"), None),
            id(Some("RFA"), Some("https://example.org/1"), None),
            id(Some("AP"), None, None),
            id(None, None, Some("aunt")),
            id(None, None, None),
            id(None, None, None),
        ]);
        // 0, 1 (publisher), 2 (reference of 1) and 4 (author of 0) are one voice; AP is another;
        // sources that name nothing are each a voice of their own.
        assert_eq!(numbers, vec![0, 0, 0, 1, 0, 2, 3]);
    }

    #[test]
    fn claim_keys_round_trip_and_reject_malformed_ones() {
        let subject = Uuid::now_v7();
        for claim in [
            Claim::case(ClaimKind::Status),
            Claim::case(ClaimKind::LastLocation),
            Claim::of(ClaimKind::Charge, subject),
            Claim::of(ClaimKind::Sentence, subject),
            Claim::of(ClaimKind::Event, subject),
        ] {
            assert_eq!(Claim::parse(&claim.key()), Some(claim));
        }
        assert_eq!(Claim::parse("status:1"), None);
        assert_eq!(Claim::parse("charge"), None);
        assert_eq!(Claim::parse(&format!("status:{subject}")), None);
        assert_eq!(Claim::parse("name"), None);
    }

    #[test]
    fn timecodes_read_and_print() {
        let parse_timecode = |text: &str| parse_timecode(text, Lang::En);
        assert_eq!(parse_timecode("45"), Ok(45));
        assert_eq!(parse_timecode("12:05"), Ok(725));
        assert_eq!(parse_timecode(" 1:02:30 "), Ok(3750));
        assert_eq!(format_timecode(725), "12:05");
        assert_eq!(format_timecode(3750), "1:02:30");
        assert_eq!(format_timecode(7), "0:07");
        for bad in ["", "1:2:3:4", "12:60", "a:05", "-1", "1::2", "1:02:3x"] {
            assert!(parse_timecode(bad).is_err(), "{bad}");
        }
        assert!(parse_timecode("101:00:00").is_err());
    }

    #[test]
    fn levels_and_timecode_errors_are_said_in_the_readers_language() {
        assert_eq!(Level::Reported.label_in(Lang::En), "Reported (one source)");
        assert_eq!(
            Level::Reported.label_in(Lang::Ru),
            "Сообщается (один источник)"
        );
        assert_eq!(
            Level::Corroborated.label_in(Lang::Zh),
            "已佐证（两个独立来源）"
        );
        assert_eq!(
            parse_timecode("12:60", Lang::En).unwrap_err(),
            "minutes and seconds after the first part go up to 59"
        );
        let zh = parse_timecode("12:60", Lang::Zh).unwrap_err();
        assert!(zh.contains("59") && zh.contains("秒"), "{zh}");
    }
}
