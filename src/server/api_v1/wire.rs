//! What the read API answers: its own wire types, made from what the record services give the
//! pages (already redacted for the reader: nothing here opens or hides a field), so that the pages'
//! types can change without changing the API, and the OpenAPI document describes exactly this.
//!
//! A field the reader may not see is `null` (or left out of a list), as on the page: a researcher
//! gets the case's pseudonym for its name and `null` for every sealed field.

use crate::domain::case as domain;
use crate::domain::release::{ClockStart, ExpectedRelease};
use crate::domain::stats::Count;
use crate::domain::PartialDate;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// An error: a stable code to act on, and a message for people (in the request's language).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// The code and message of an [`ErrorBody`].
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable, snake_case: `missing_token`, `invalid_token`, `token_expired`, `two_step_required`,
    /// `forbidden`, `not_found`, `unknown_parameter`, `invalid_filter`, `invalid_cursor`,
    /// `cursor_mismatch`, `rate_limited`, `method_not_allowed`, `sealed`, `internal`.
    pub code: String,
    pub message: String,
}

/// A vocabulary code and its label in the request's language.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Coded {
    pub code: String,
    pub label: String,
}

impl From<&domain::Coded> for Coded {
    fn from(c: &domain::Coded) -> Self {
        Self {
            code: c.code.clone(),
            label: c.label.clone(),
        }
    }
}

fn coded(c: &Option<domain::Coded>) -> Option<Coded> {
    c.as_ref().map(Coded::from)
}

/// A date as precise as it is known: "2018", "2018-03", "2018-03-14", "~2018", "<2018",
/// "2017-09/2018-02" …, with the first and last day it can mean (either open when it is open-ended).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Date {
    pub text: String,
    /// `YYYY-MM-DD`
    pub earliest: Option<String>,
    /// `YYYY-MM-DD`
    pub latest: Option<String>,
}

fn date(d: &Option<PartialDate>) -> Option<Date> {
    d.as_ref().map(|d| Date {
        text: d.to_string(),
        earliest: d.earliest().map(|day| day.to_string()),
        latest: d.latest().map(|day| day.to_string()),
    })
}

fn text(s: &Option<crate::domain::Sensitive>) -> Option<String> {
    s.as_ref().map(|s| s.expose().to_string())
}

/// One line of the case list.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CaseSummary {
    pub id: Uuid,
    /// The missing person's name where the reader may see it, else the case's pseudonym.
    pub display_name: String,
    /// Whether `display_name` is the name (not the pseudonym).
    pub named: bool,
    pub status: Coded,
    pub gender: Option<Coded>,
    pub birth_year: Option<i32>,
    pub ethnicity: Option<Coded>,
    /// The last known place, as a path ("Ili › Ghulja").
    pub last_location: Option<String>,
    pub disappearance_year: Option<i32>,
    /// Labels of the legal charges of its detentions.
    pub charges: Vec<String>,
    /// RFC 3339.
    pub updated_at: String,
}

impl From<&domain::CaseSummary> for CaseSummary {
    fn from(s: &domain::CaseSummary) -> Self {
        Self {
            id: s.id,
            display_name: s.display_name.expose().to_string(),
            named: s.named,
            status: Coded::from(&s.status),
            gender: coded(&s.gender),
            birth_year: s.birth_year,
            ethnicity: coded(&s.ethnicity),
            last_location: s.last_location.clone(),
            disappearance_year: s.disappearance_year,
            charges: s.charges.clone(),
            updated_at: s.updated_at.clone(),
        }
    }
}

/// One value of a facet and how many selected cases have it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct FacetValue {
    pub code: String,
    pub label: String,
    pub count: u64,
}

/// A filter with the count of each of its values, counted over the cases the other filters
/// select (as on the case list page).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Facet {
    /// The query parameter (`status`, `prefecture`, …).
    pub key: String,
    pub label: String,
    pub values: Vec<FacetValue>,
}

impl From<&domain::Facet> for Facet {
    fn from(f: &domain::Facet) -> Self {
        Self {
            key: f.key.clone(),
            label: f.label.clone(),
            values: f
                .values
                .iter()
                .map(|v| FacetValue {
                    code: v.code.clone(),
                    label: v.label.clone(),
                    count: v.count,
                })
                .collect(),
        }
    }
}

/// A slice of the case list.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CaseList {
    pub items: Vec<CaseSummary>,
    /// How many cases the filters select.
    pub total: u64,
    /// Pass as `cursor` for the next slice; `null` after the last case.
    pub next_cursor: Option<String>,
    pub facets: Vec<Facet>,
}

/// The missing person.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Profile {
    /// The name where the reader may see it, else the case's pseudonym.
    pub name: String,
    /// Sealed fields: `null` for readers who may not see names.
    pub other_names: Option<String>,
    pub aliases: Option<String>,
    pub id_numbers: Option<String>,
    pub birth_date: Option<String>,
    pub address: Option<String>,
    pub narrative: Option<String>,
    pub last_place_note: Option<String>,
    pub status: Coded,
    pub verification: Coded,
    pub gender: Option<Coded>,
    pub birth_year: Option<i32>,
    pub ethnicity: Option<Coded>,
    pub residency: Option<Coded>,
    pub occupation: Option<Coded>,
    pub last_contact: Option<Date>,
    pub last_location: Option<Coded>,
}

/// When a sentence should have ended.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = ExpectedRelease)]
pub struct ExpectedReleaseWire {
    /// A life sentence: no release day.
    pub life: bool,
    /// `YYYY-MM-DD`; open when the start was open-ended.
    pub earliest: Option<String>,
    pub latest: Option<String>,
    /// What the clock counted from: `detention` or `conviction`.
    pub counted_from: Option<String>,
}

fn expected(e: &ExpectedRelease) -> ExpectedReleaseWire {
    match e {
        ExpectedRelease::Never => ExpectedReleaseWire {
            life: true,
            earliest: None,
            latest: None,
            counted_from: None,
        },
        ExpectedRelease::Between {
            earliest,
            latest,
            from,
        } => ExpectedReleaseWire {
            life: false,
            earliest: earliest.map(|d| d.to_string()),
            latest: latest.map(|d| d.to_string()),
            counted_from: Some(
                match from {
                    ClockStart::Detention => "detention",
                    ClockStart::Conviction => "conviction",
                }
                .to_string(),
            ),
        },
    }
}

/// A detention, trial and sentence.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Detention {
    pub id: Uuid,
    pub facility_kind: Option<Coded>,
    pub facility_name: Option<String>,
    pub location: Option<Coded>,
    /// Sealed.
    pub place_note: Option<String>,
    pub alleged_act: Option<String>,
    pub legal_charge: Option<Coded>,
    /// In words ("10 years").
    pub sentence: Option<String>,
    pub court: Option<String>,
    pub conviction_date: Option<Date>,
    pub learned_date: Option<Date>,
    pub learned_how: Option<Coded>,
    pub confirmed_by: Option<String>,
    /// Who is believed to have carried out the arrest (vocabulary `responsible_forces`).
    pub responsible_forces: Option<Coded>,
    /// Whether a warrant was shown (vocabulary `warrant_shown`).
    pub warrant_shown: Option<Coded>,
    pub expected_release: Option<ExpectedReleaseWire>,
    pub release_overdue: bool,
    pub release_alert: bool,
}

/// A relative who testifies for the case (numbered for readers who may not see names).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Testifier {
    pub id: Uuid,
    pub name: String,
    /// Sealed.
    pub contact: Option<String>,
    pub relationship: Coded,
    pub consent: Coded,
    /// Sealed.
    pub pressure_notes: Option<String>,
    pub consent_since: Option<String>,
    /// Sealed.
    pub consent_note: Option<String>,
}

/// A recorded statement.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Testimony {
    pub id: Uuid,
    pub testifier_name: String,
    pub relationship: Option<Coded>,
    pub recorded: Option<Date>,
    pub medium: Coded,
    pub language: Option<Coded>,
    pub duration_minutes: Option<i32>,
    /// Sealed.
    pub recording_location: Option<String>,
    /// Sealed.
    pub transcript: Option<String>,
    pub testifier_id: Option<Uuid>,
    pub source_id: Option<Uuid>,
    /// Other cases the same testimony is about (readers of names only).
    pub also_about: Vec<Uuid>,
}

/// Another record of the same person merged into this case.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct MergedCase {
    pub id: Uuid,
    pub pseudonym: String,
    pub merged_at: String,
}

/// A case as the reader may see it on its page.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Case {
    pub id: Uuid,
    /// "Case K-…": how the case reads to those who may not see names.
    pub pseudonym: String,
    /// Whether names and other sealed fields are shown (false: `null`, name = pseudonym).
    pub named: bool,
    pub revision: i64,
    pub created_at: String,
    pub updated_at: String,
    pub profile: Profile,
    pub detentions: Vec<Detention>,
    pub testifiers: Vec<Testifier>,
    pub testimonies: Vec<Testimony>,
    pub merged_in: Vec<MergedCase>,
}

impl From<&domain::CaseDetail> for Case {
    fn from(d: &domain::CaseDetail) -> Self {
        let p = &d.profile;
        Self {
            id: d.id,
            pseudonym: d.pseudonym.clone(),
            named: d.sensitive,
            revision: d.revision,
            created_at: d.created_at.clone(),
            updated_at: d.updated_at.clone(),
            profile: Profile {
                name: p.name.expose().to_string(),
                other_names: text(&p.other_names),
                aliases: text(&p.aliases),
                id_numbers: text(&p.id_numbers),
                birth_date: text(&p.birth_date),
                address: text(&p.address),
                narrative: text(&p.narrative),
                last_place_note: text(&p.last_place_note),
                status: Coded::from(&p.status),
                verification: Coded::from(&p.verification),
                gender: coded(&p.gender),
                birth_year: p.birth_year,
                ethnicity: coded(&p.ethnicity),
                residency: coded(&p.residency),
                occupation: coded(&p.occupation),
                last_contact: date(&p.last_contact),
                last_location: coded(&p.last_location),
            },
            detentions: d
                .detentions
                .iter()
                .map(|x| Detention {
                    id: x.id,
                    facility_kind: coded(&x.facility_kind),
                    facility_name: x.facility_name.clone(),
                    location: coded(&x.location),
                    place_note: text(&x.place_note),
                    alleged_act: x.alleged_act.clone(),
                    legal_charge: coded(&x.legal_charge),
                    sentence: x.sentence.clone(),
                    court: x.court.clone(),
                    conviction_date: date(&x.conviction_date),
                    learned_date: date(&x.learned_date),
                    learned_how: coded(&x.learned_how),
                    confirmed_by: x.confirmed_by.clone(),
                    responsible_forces: coded(&x.responsible_forces),
                    warrant_shown: coded(&x.warrant_shown),
                    expected_release: x.expected_release.as_ref().map(expected),
                    release_overdue: x.release_overdue,
                    release_alert: x.release_alert,
                })
                .collect(),
            testifiers: d
                .testifiers
                .iter()
                .map(|t| Testifier {
                    id: t.id,
                    name: t.name.expose().to_string(),
                    contact: text(&t.contact),
                    relationship: Coded::from(&t.relationship),
                    consent: Coded::from(&t.consent),
                    pressure_notes: text(&t.pressure_notes),
                    consent_since: t.consent_since.clone(),
                    consent_note: text(&t.consent_note),
                })
                .collect(),
            testimonies: d
                .testimonies
                .iter()
                .map(|t| Testimony {
                    id: t.id,
                    testifier_name: t.testifier_name.expose().to_string(),
                    relationship: coded(&t.relationship),
                    recorded: date(&t.recorded),
                    medium: Coded::from(&t.medium),
                    language: coded(&t.language),
                    duration_minutes: t.duration_minutes,
                    recording_location: text(&t.recording_location),
                    transcript: text(&t.transcript),
                    testifier_id: t.testifier_id,
                    source_id: t.source_id,
                    also_about: t.also_about.clone(),
                })
                .collect(),
            merged_in: d
                .merged_in
                .iter()
                .map(|m| MergedCase {
                    id: m.id,
                    pseudonym: m.pseudonym.clone(),
                    merged_at: m.merged_at.clone(),
                })
                .collect(),
        }
    }
}

/// A source an event cites.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Citation {
    pub source_id: Uuid,
    pub title: String,
    /// Admiralty codes: reliability A–F, credibility 1–6.
    pub reliability: String,
    pub credibility: String,
    pub retracted: bool,
}

/// An event of the case's timeline.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Event {
    pub id: Uuid,
    pub kind: Coded,
    pub date: Option<Date>,
    pub reported: Option<Date>,
    pub location: Option<Coded>,
    /// Sealed.
    pub place_note: Option<String>,
    /// Sealed.
    pub summary: Option<String>,
    pub citations: Vec<Citation>,
}

/// A case's timeline: its events by date, undated last.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Timeline {
    pub case_id: Uuid,
    pub pseudonym: String,
    pub named: bool,
    pub events: Vec<Event>,
}

impl From<&domain::CaseDetail> for Timeline {
    fn from(d: &domain::CaseDetail) -> Self {
        Self {
            case_id: d.id,
            pseudonym: d.pseudonym.clone(),
            named: d.sensitive,
            events: d
                .events
                .iter()
                .map(|e| Event {
                    id: e.id,
                    kind: Coded::from(&e.kind),
                    date: date(&e.date),
                    reported: date(&e.reported),
                    location: coded(&e.location),
                    place_note: text(&e.place_note),
                    summary: text(&e.summary),
                    citations: e
                        .citations
                        .iter()
                        .map(|c| Citation {
                            source_id: c.source_id,
                            title: c.title.clone(),
                            reliability: c.reliability.clone(),
                            credibility: c.credibility.clone(),
                            retracted: c.retracted,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// When and why a source was retracted.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Retraction {
    pub at: String,
    /// Sealed.
    pub reason: Option<String>,
}

/// A cited web page archived into the evidence locker, and what the last re-check found.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Archive {
    pub url: String,
    pub archived_at: String,
    /// `alive`, `changed` or `gone`.
    pub state: String,
    pub state_since: String,
    pub checked_at: Option<String>,
}

/// Where claims come from.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Source {
    pub id: Uuid,
    pub source_type: Coded,
    pub title: String,
    pub publisher: Option<String>,
    /// Sealed.
    pub author: Option<String>,
    pub reference: Option<String>,
    pub published: Option<Date>,
    pub language: Option<Coded>,
    pub reliability: Coded,
    pub credibility: Coded,
    pub content_sha256: Option<String>,
    pub retraction: Option<Retraction>,
    pub archive: Option<Archive>,
}

/// A case's sources.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Sources {
    pub case_id: Uuid,
    pub pseudonym: String,
    pub named: bool,
    pub sources: Vec<Source>,
}

impl From<&domain::CaseDetail> for Sources {
    fn from(d: &domain::CaseDetail) -> Self {
        Self {
            case_id: d.id,
            pseudonym: d.pseudonym.clone(),
            named: d.sensitive,
            sources: d
                .sources
                .iter()
                .map(|s| Source {
                    id: s.id,
                    source_type: Coded::from(&s.source_type),
                    title: s.title.clone(),
                    publisher: s.publisher.clone(),
                    author: text(&s.author),
                    reference: s.reference.clone(),
                    published: date(&s.published),
                    language: coded(&s.language),
                    reliability: Coded::from(&s.reliability),
                    credibility: Coded::from(&s.credibility),
                    content_sha256: s.content_sha256.clone(),
                    retraction: s.retraction.as_ref().map(|r| Retraction {
                        at: r.at.clone(),
                        reason: text(&r.reason),
                    }),
                    archive: s.archive.as_ref().map(|a| Archive {
                        url: a.url.clone(),
                        archived_at: a.archived_at.clone(),
                        state: a.state.clone(),
                        state_since: a.state_since.clone(),
                        checked_at: a.checked_at.clone(),
                    }),
                })
                .collect(),
        }
    }
}

/// A source cited for (or against) a claim.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Backing {
    pub source_id: Uuid,
    pub title: String,
    pub source_type: Coded,
    /// `supports` or `disputes`.
    pub stance: String,
    /// Seconds into a recording.
    pub timecode: Option<u32>,
    /// Sources of one voice (same publisher, reference, content or author) share a number.
    pub voice: u32,
    pub retracted: bool,
}

/// A reviewer's verification level for a claim.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Review {
    /// `unsourced`, `reported`, `corroborated` or `confirmed`.
    pub level: String,
    pub reason: String,
    pub reviewed_at: String,
}

/// A claim of the case with its provenance.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Claim {
    /// `status`, `event:<uuid>`, …: stable per claim.
    pub key: String,
    pub kind: String,
    /// The detention or event it is about, for claims about one.
    pub subject: Option<Uuid>,
    pub statement: String,
    /// The level in force: the review's, else the computed one.
    pub level: String,
    /// What the cited sources make it: `unsourced`, `reported`, `corroborated`, `confirmed`.
    pub computed: String,
    /// Whether a source that is not retracted disputes it.
    pub disputed: bool,
    pub backing: Vec<Backing>,
    pub review: Option<Review>,
}

/// A case's claims and where each comes from.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Claims {
    pub case_id: Uuid,
    pub pseudonym: String,
    pub named: bool,
    pub claims: Vec<Claim>,
}

impl From<&domain::CaseDetail> for Claims {
    fn from(d: &domain::CaseDetail) -> Self {
        Self {
            case_id: d.id,
            pseudonym: d.pseudonym.clone(),
            named: d.sensitive,
            claims: d
                .claims
                .iter()
                .map(|c| Claim {
                    key: c.claim.key(),
                    kind: c.claim.kind.code().to_string(),
                    subject: c.claim.subject,
                    statement: c.statement.clone(),
                    level: c.level().code().to_string(),
                    computed: c.computed.code().to_string(),
                    disputed: c.disputed(),
                    backing: c
                        .backing
                        .iter()
                        .map(|b| Backing {
                            source_id: b.source_id,
                            title: b.title.clone(),
                            source_type: Coded {
                                code: b.source_type.clone(),
                                label: b.source_type_label.clone(),
                            },
                            stance: b.stance.code().to_string(),
                            timecode: b.timecode,
                            voice: b.voice,
                            retracted: b.retracted,
                        })
                        .collect(),
                    review: c.review.as_ref().map(|r| Review {
                        level: r.level.code().to_string(),
                        reason: r.reason.expose().to_string(),
                        reviewed_at: r.reviewed_at.clone(),
                    }),
                })
                .collect(),
        }
    }
}

/// A count as the reader may see it: researchers get small counts hidden.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = Count)]
pub struct CountWire {
    /// The count; `null` when withheld.
    pub value: Option<u64>,
    /// As the page shows it: the number, `<5` for a small count hidden from researchers.
    pub shown: String,
}

fn count(c: Count) -> CountWire {
    CountWire {
        value: match c {
            Count::Exact(n) => Some(n),
            Count::Few | Count::Suppressed => None,
        },
        shown: c.to_string(),
    }
}

/// One bar of a chart.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Bar {
    pub label: String,
    pub count: CountWire,
}

/// One figure of the statistics page.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Chart {
    pub id: String,
    pub title: String,
    /// What one bar counts.
    pub unit: String,
    pub bars: Vec<Bar>,
}

/// The statistics page's figures for the selected cases.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Statistics {
    pub total: CountWire,
    /// Small counts are hidden (the reader is a researcher).
    pub suppressed: bool,
    pub charts: Vec<Chart>,
}

impl From<&crate::domain::stats::Statistics> for Statistics {
    fn from(s: &crate::domain::stats::Statistics) -> Self {
        Self {
            total: count(s.total),
            suppressed: s.suppressed,
            charts: s
                .charts
                .iter()
                .map(|c| Chart {
                    id: c.id.clone(),
                    title: c.title.clone(),
                    unit: c.unit.clone(),
                    bars: c
                        .bars
                        .iter()
                        .map(|b| Bar {
                            label: b.label.clone(),
                            count: count(b.count),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// The last news of the person before the release window.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct News {
    /// The event kind's label.
    pub kind: String,
    pub date: Date,
}

/// A case past its expected release with no news of the person since.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ReleaseAlert {
    pub case: CaseSummary,
    /// In words ("10 years").
    pub sentence: String,
    pub expected_release: ExpectedReleaseWire,
    pub years_overdue: f64,
    pub last_news: Option<News>,
}

impl From<&domain::ReleaseAlert> for ReleaseAlert {
    fn from(a: &domain::ReleaseAlert) -> Self {
        Self {
            case: CaseSummary::from(&a.case),
            sentence: a.sentence.clone(),
            expected_release: expected(&a.expected),
            years_overdue: a.years_overdue,
            last_news: a.last_news.as_ref().and_then(|(kind, d)| {
                Some(News {
                    kind: kind.clone(),
                    date: date(&Some(*d))?,
                })
            }),
        }
    }
}

/// A slice of the release alerts, longest overdue first.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ReleaseAlerts {
    pub items: Vec<ReleaseAlert>,
    pub total: u64,
    /// The day the clock was read (`YYYY-MM-DD`, the server's today).
    pub as_of: String,
    /// Pass as `cursor` for the next slice; `null` after the last alert.
    pub next_cursor: Option<String>,
}
