//! The public register (issue 22): a static website of the cases whose families agreed to
//! publication, built as plain files (`izde publish --out DIR`, or the admin page's download) to
//! be hosted anywhere but on this server, with a manifest signed by the export key so that mirrors
//! can be checked.
//!
//! What decides an entry:
//! - **Consent.** A case appears only when every testifier agreed: all "named" gives a named entry
//!   (the name in each of its scripts), any "anonymized" a pseudonymous one, generalized as the
//!   public export's floor generalizes (place to the prefecture, dates to the year, birth year to a
//!   5-year band; no facility name, court, alleged act or occupation). "none", no testifier, an
//!   erased or merged-away case: no entry.
//! - **Review.** An admin approves each case's first publication after a side-by-side of what
//!   will be public ([`approve`]); any later change of consent removes the approval.
//! - **What is never in it**: testifiers (names, relationships, contacts, consent notes),
//!   testimonies and the sources that are testimonies or interviews, narratives, summaries, notes,
//!   addresses, ID numbers, exact birth dates, evidence files, retracted sources. Only the names of
//!   a "named" case are opened; no other sealed field is decrypted for the register.
//!
//! Publishing again compares each entry's pages with what the last publication held and lists
//! what was added, changed and removed; every publication is an audit entry.

mod site;

pub use site::{entry_fragment, Site};

use crate::domain::account::Role;
use crate::domain::case::{CaseDetail, Coded};
use crate::domain::provenance::{statement, ClaimKind, Stance};
pub use crate::domain::register::{
    Candidate, Changes, PublicationView, Publicity, RegisterOverview, RegisterReview, Standing,
};
use crate::domain::release::ExpectedRelease;
use crate::domain::PartialDate;
use crate::i18n::{dates, tr, Lang};
use crate::server::audit::{self, action, kind};
use crate::server::auth::access::{Actor, Doing};
use crate::server::context::Context;
use crate::server::crypto::FieldRef;
use crate::server::db::{self, Conn};
use crate::server::records::{self, entry, parse_id, Reading, RecordError};
use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

type Result<T> = std::result::Result<T, RecordError>;

/// Every case whose consent allows publication, with its review standing, in case id order.
pub async fn candidates(conn: &mut Conn) -> Result<Vec<Candidate>> {
    let rows = db::register::candidates(&mut *conn)
        .await
        .context("register candidates")?;
    let mut out = Vec::with_capacity(rows.len());
    for (case_id, level, entry_id, consent, approved_at, approver) in rows {
        let publicity = if level >= 2 {
            Publicity::Named
        } else {
            Publicity::Anonymized
        };
        let approved = consent.as_deref().and_then(Publicity::parse) == Some(publicity);
        let id = parse_id(&case_id)?;
        out.push(Candidate {
            pseudonym: crate::domain::account::pseudonym(&id),
            case_id,
            publicity,
            standing: if approved {
                Standing::Approved
            } else {
                Standing::AwaitingReview
            },
            entry_id: entry_id.filter(|_| approved),
            approved_by: approver.filter(|_| approved),
            approved_at: approved_at.filter(|_| approved),
        });
    }
    Ok(out)
}

/// Removes a case's approval (its consent changed: it leaves the register until it is reviewed
/// again), inside the caller's transaction.
pub async fn forget_approval(conn: &mut Conn, case_id: &str) -> Result<()> {
    db::register::forget_approval(&mut *conn, case_id)
        .await
        .context("forget register approval")?;
    Ok(())
}

/// A new entry id: "IZ-" and ten random letters and digits of Crockford's base 32.
fn new_entry_id() -> String {
    use rand::Rng;
    const DIGITS: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut rng = rand::rngs::OsRng;
    let tail: String = (0..10)
        .map(|_| DIGITS[rng.gen_range(0..DIGITS.len())] as char)
        .collect();
    format!("IZ-{}-{}", &tail[..5], &tail[5..])
}

fn refuse_unless_admin(actor: &Actor) -> Result<()> {
    actor.require(&[Role::Admin], Doing::PublishRegister)
}

/// The register page (admins only): every case whose consent allows publication, and the last
/// publication.
pub async fn overview(cx: &Context, actor: &Actor) -> Result<RegisterOverview> {
    refuse_unless_admin(actor)?;
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let candidates = candidates(&mut conn).await?;
    let last = db::register::last_publication(&mut conn)
        .await
        .context("last publication")?;
    Ok(RegisterOverview {
        candidates,
        last_published: last.map(|(at, by, entries, changes)| PublicationView {
            published_at: at,
            published_by: by,
            entries: u64::try_from(entries).unwrap_or(0),
            changes: serde_json::from_str(&changes).unwrap_or_default(),
        }),
    })
}

/// One case's review before its publication (admins only): what Izde holds that stays private,
/// beside the entry as it will be public (in the current language). Refused when its consent does
/// not allow publication.
pub async fn review(cx: &Context, actor: &Actor, case_id: &str) -> Result<RegisterReview> {
    refuse_unless_admin(actor)?;
    let id = parse_id(case_id)?.to_string();
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let candidate = candidates(&mut conn)
        .await?
        .into_iter()
        .find(|c| c.case_id == id)
        .ok_or_else(no_consent)?;
    let lang = crate::i18n::current();
    let entry_id = candidate
        .entry_id
        .clone()
        .unwrap_or_else(|| tr!(lang, "register-review-no-id"));
    let entry = read_entry(
        cx,
        &mut conn,
        &id,
        candidate.publicity,
        &entry_id,
        &[lang],
        cx.clock.now().date_naive(),
    )
    .await?
    .pop()
    .ok_or(RecordError::NotFound)?;
    drop(conn);
    // The admin's own reading of the case (a reading entry in the audit log, like the case page).
    let detail = records::case_detail(cx, actor, &id).await?;
    Ok(RegisterReview {
        candidate,
        private: private_side(lang, &detail),
        public_html: entry_fragment(lang, &entry),
    })
}

/// What stays in Izde, for the review's left side.
fn private_side(lang: Lang, d: &CaseDetail) -> Vec<(String, String)> {
    let p = &d.profile;
    let mut out = Vec::new();
    let mut add = |label: String, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            out.push((label, v));
        }
    };
    let open = |s: &Option<crate::domain::Sensitive>| s.as_ref().map(|s| s.expose().to_string());
    add(
        tr!(lang, "register-private-name"),
        Some(p.name.expose().to_string()),
    );
    add(
        tr!(lang, "register-private-other-names"),
        open(&p.other_names),
    );
    add(tr!(lang, "register-private-aliases"), open(&p.aliases));
    add(
        tr!(lang, "register-private-id-numbers"),
        open(&p.id_numbers),
    );
    add(
        tr!(lang, "register-private-birth-date"),
        open(&p.birth_date),
    );
    add(tr!(lang, "register-private-address"), open(&p.address));
    add(
        tr!(lang, "register-private-place-note"),
        open(&p.last_place_note),
    );
    add(tr!(lang, "register-private-narrative"), open(&p.narrative));
    for t in &d.testifiers {
        add(
            tr!(lang, "register-private-testifier"),
            Some(format!(
                "{} — {} — {}",
                t.name.expose(),
                t.relationship.label,
                t.consent.label
            )),
        );
    }
    add(
        tr!(lang, "register-private-testimonies"),
        Some(d.testimonies.len().to_string()),
    );
    for s in &d.sources {
        if s.retraction.is_some() || FROM_TESTIFIERS.contains(&s.source_type.code.as_str()) {
            add(
                tr!(lang, "register-private-source"),
                Some(format!("{} ({})", s.title, s.source_type.label)),
            );
        }
    }
    add(
        tr!(lang, "register-private-evidence"),
        (!d.evidence.is_empty()).then(|| d.evidence.len().to_string()),
    );
    out
}

fn no_consent() -> RecordError {
    let lang = crate::i18n::current();
    RecordError::Forbidden(tr!(lang, "register-no-consent"))
}

/// Approves a case's publication under its present consent (admins only), as an audit entry.
/// Returns the entry's public id.
pub async fn approve(cx: &Context, actor: &Actor, case_id: &str) -> Result<String> {
    refuse_unless_admin(actor)?;
    let id = parse_id(case_id)?.to_string();
    let mut tx = db::begin(&cx.pool).await.context("begin")?;
    let candidate = candidates(&mut tx)
        .await?
        .into_iter()
        .find(|c| c.case_id == id)
        .ok_or_else(no_consent)?;
    if let Some(entry_id) = candidate.entry_id {
        return Ok(entry_id);
    }
    let entry_id = new_entry_id();
    let now = cx.clock.stamp();
    db::register::approve(
        &mut tx,
        (&id, &entry_id, candidate.publicity.code()),
        actor.user_id(),
        &now,
    )
    .await
    .context("approval")?;
    audit::append(
        &mut tx,
        &entry(actor, action::REGISTER_APPROVE, kind::CASE, &id).change(
            None,
            Some(audit::digest(&[
                entry_id.as_bytes(),
                candidate.publicity.code().as_bytes(),
            ])),
        ),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(entry_id)
}

/// A source as the register shows it (numbered from 1 within its entry).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicSource {
    pub number: usize,
    pub kind: String,
    /// Named entries only: a public article's title or address can name the person.
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
    /// Named entries only, and only a web address.
    pub link: Option<String>,
    /// What Izde's own archived copy says of the page (named entries only).
    pub archive: Option<String>,
    pub grading: String,
}

/// A claim with its level and the public sources cited for and against it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicClaim {
    pub statement: String,
    pub level: String,
    pub supports: Vec<usize>,
    pub disputes: Vec<usize>,
    /// Cited sources that are not published (testimonies and interviews).
    pub unpublished: usize,
}

/// A timeline event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicEvent {
    pub date: String,
    pub kind: String,
    pub place: Option<String>,
    pub sources: Vec<usize>,
}

/// One entry of the register, in one language: only what may be public.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicEntry {
    pub id: String,
    pub publicity: Publicity,
    /// The name's spellings (named entries), the name first.
    pub names: Vec<String>,
    pub status: Coded,
    pub verification: String,
    /// Label and value of each profile fact.
    pub facts: Vec<(String, String)>,
    /// The prefecture of the last known place (gazetteer id and name), for the list pages.
    pub prefecture: Option<Coded>,
    pub charges: Vec<Coded>,
    /// The year of the first detention, for the lists.
    pub detained: Option<i32>,
    /// Each detention's facts, label and value.
    pub detentions: Vec<Vec<(String, String)>>,
    /// The sentence clock: one line per sentence.
    pub clock: Vec<String>,
    pub events: Vec<PublicEvent>,
    pub claims: Vec<PublicClaim>,
    pub sources: Vec<PublicSource>,
}

impl PublicEntry {
    /// What the entry is called: its name, or its public id.
    pub fn title(&self) -> String {
        match self.names.first() {
            Some(name) => name.clone(),
            None => self.id.clone(),
        }
    }
}

/// Source types that come from testifiers: never in the register.
const FROM_TESTIFIERS: &[&str] = &["interview", "video_testimony", "written_testimony"];

/// A date's year, when its whole range is in one year.
fn year_of(date: &PartialDate) -> Option<i32> {
    use chrono::Datelike;
    let (a, b) = (date.earliest()?, date.latest()?);
    (a.year() == b.year()).then_some(a.year())
}

/// A date as the entry writes it: as recorded, or its year (anonymized).
fn generalize_date(date: &Option<PartialDate>, publicity: Publicity) -> Option<PartialDate> {
    let d = date.as_ref()?;
    match publicity {
        Publicity::Named => Some(*d),
        Publicity::Anonymized => year_of(d).map(PartialDate::year),
    }
}

/// A place as the entry writes it: as recorded (named), its prefecture (anonymized).
fn generalize_place(
    cx: &Context,
    place: &Option<Coded>,
    publicity: Publicity,
    lang: Lang,
) -> Option<Coded> {
    let place = place.as_ref()?;
    let id = match publicity {
        Publicity::Named => place.code.clone(),
        Publicity::Anonymized => prefecture_of(cx, &place.code)?,
    };
    Some(Coded {
        label: cx.vocab.location_path_in(&id, lang),
        code: id,
    })
}

/// The prefecture a place is in (itself when it is one); none above the prefecture.
fn prefecture_of(cx: &Context, id: &str) -> Option<String> {
    let ladder = crate::domain::anonymize::place_ladder(&cx.vocab, Some(id));
    let prefecture = ladder.get(2)?;
    let place = cx.vocab.location(prefecture)?;
    (place.level == crate::domain::vocab::LocationLevel::Prefecture).then(|| place.id.clone())
}

/// The expected release in words: as computed (named), or its years (anonymized).
fn release_words(r: &ExpectedRelease, publicity: Publicity, lang: Lang) -> String {
    use chrono::Datelike;
    match (publicity, r) {
        (
            Publicity::Anonymized,
            ExpectedRelease::Between {
                earliest, latest, ..
            },
        ) => match (earliest.map(|d| d.year()), latest.map(|d| d.year())) {
            (Some(a), Some(b)) if a == b => dates::year(lang, a),
            (Some(a), Some(b)) => format!("{}–{}", dates::year(lang, a), dates::year(lang, b)),
            (Some(a), None) => {
                tr!(lang, "case-release-not-before", {"date" => dates::year(lang, a)})
            }
            (None, Some(b)) => tr!(lang, "case-release-by", {"date" => dates::year(lang, b)}),
            (None, None) => tr!(lang, "case-release-unknown"),
        },
        _ => r.describe_in(lang),
    }
}

/// Reads one entry in `lang`: the case read without its sealed fields (a redacted reading), its
/// names opened for a named entry, then generalized for an anonymized one.
async fn read_entry(
    cx: &Context,
    conn: &mut Conn,
    case_id: &str,
    publicity: Publicity,
    entry_id: &str,
    langs: &[Lang],
    today: chrono::NaiveDate,
) -> Result<Vec<PublicEntry>> {
    let id = parse_id(case_id)?;
    // The case's key is unwrapped, and a named entry's names opened, once for every language.
    let (row, dek) = records::case_key(conn, &cx.keys, id).await?;
    let names = match publicity {
        Publicity::Named => {
            let f = |field| FieldRef::of(id, field);
            let name = dek.open(&f("cases.name"), &row.name_sealed)?;
            let other = dek.open_opt(&f("cases.other_names"), row.other_names_sealed.as_deref())?;
            let mut names = vec![name.expose().trim().to_string()];
            for line in other.iter().flat_map(|o| {
                o.expose()
                    .lines()
                    .map(str::trim)
                    .map(String::from)
                    .collect::<Vec<_>>()
            }) {
                if !line.is_empty() && !names.contains(&line) {
                    names.push(line);
                }
            }
            names
        }
        Publicity::Anonymized => Vec::new(),
    };
    let mut entries = Vec::with_capacity(langs.len());
    for &lang in langs {
        let detail: CaseDetail = crate::i18n::scope(
            lang,
            records::detail_of(conn, &cx.keys, &cx.vocab, &row, &dek, Reading::Redacted),
        )
        .await?;
        let place = (publicity, entry_id, lang, today);
        entries.push(entry_in(cx, conn, &row.id, detail, names.clone(), place).await?);
    }
    Ok(entries)
}

/// One entry in one language, from the case read in that language (redacted) and the names.
async fn entry_in(
    cx: &Context,
    conn: &mut Conn,
    case_id: &str,
    mut detail: CaseDetail,
    names: Vec<String>,
    (publicity, entry_id, lang, today): (Publicity, &str, Lang, chrono::NaiveDate),
) -> Result<PublicEntry> {
    let anonymized = publicity == Publicity::Anonymized;

    // Generalize the facts the statements are made from, so that a claim says no more than the
    // entry does.
    {
        let p = &mut detail.profile;
        p.last_location = generalize_place(cx, &p.last_location, publicity, lang);
        p.last_contact = generalize_date(&p.last_contact, publicity);
        if anonymized {
            p.occupation = None;
        }
    }
    let birth = match (detail.profile.birth_year, anonymized) {
        (Some(y), true) => {
            let start = y - y.rem_euclid(5);
            detail.profile.birth_year = None;
            Some(format!("{start}–{}", start + 4))
        }
        (Some(y), false) => Some(y.to_string()),
        (None, _) => None,
    };
    for d in &mut detail.detentions {
        d.location = generalize_place(cx, &d.location, publicity, lang);
        d.conviction_date = generalize_date(&d.conviction_date, publicity);
        d.learned_date = generalize_date(&d.learned_date, publicity);
        if anonymized {
            d.facility_name = None;
            d.court = None;
            d.alleged_act = None;
        }
    }
    for e in &mut detail.events {
        e.location = generalize_place(cx, &e.location, publicity, lang);
        e.date = generalize_date(&e.date, publicity);
        e.reported = None;
    }

    // Sources: public kinds only, not retracted; numbered in the entry.
    let mut numbers: BTreeMap<uuid::Uuid, usize> = BTreeMap::new();
    let mut sources = Vec::new();
    for s in &detail.sources {
        if s.retraction.is_some() || FROM_TESTIFIERS.contains(&s.source_type.code.as_str()) {
            continue;
        }
        let number = sources.len() + 1;
        numbers.insert(s.id, number);
        let link = s
            .reference
            .as_deref()
            .map(str::trim)
            .filter(|r| r.starts_with("https://") || r.starts_with("http://"))
            .map(String::from);
        // A social media post's publisher is an account, often a relative's own: an anonymized
        // entry does not name it.
        let personal = s.source_type.code == "social_media";
        sources.push(PublicSource {
            number,
            kind: s.source_type.label.clone(),
            title: (!anonymized).then(|| s.title.clone()),
            publisher: s.publisher.clone().filter(|_| !(anonymized && personal)),
            date: generalize_date(&s.published, publicity).map(|d| dates::partial(lang, &d)),
            link: if anonymized { None } else { link },
            archive: None,
            grading: format!("{} / {}", s.reliability.label, s.credibility.label),
        });
    }
    if !anonymized {
        let mut archives = detail.sources.clone();
        crate::server::evidence::attach_archives(conn, case_id, &mut archives).await?;
        for s in archives {
            let (Some(n), Some(a)) = (numbers.get(&s.id), s.archive) else {
                continue;
            };
            let taken = crate::server::register::site::day_of(lang, &a.archived_at);
            sources[n - 1].archive = Some(match a.state.as_str() {
                "gone" => tr!(lang, "register-archive-gone", {"date" => taken}),
                "changed" => tr!(lang, "register-archive-changed", {"date" => taken}),
                _ => tr!(lang, "register-archive-kept", {"date" => taken}),
            });
        }
    }
    let cited = |ids: &mut dyn Iterator<Item = uuid::Uuid>| -> Vec<usize> {
        let mut v: Vec<usize> = ids.filter_map(|id| numbers.get(&id).copied()).collect();
        v.sort_unstable();
        v.dedup();
        v
    };

    let claims = detail
        .claims
        .iter()
        .filter(|c| !c.claim.kind.is_sensitive())
        .filter(|c| !(anonymized && c.claim.kind == ClaimKind::Occupation))
        .filter_map(|c| {
            let said = statement(
                lang,
                &c.claim,
                &detail.profile,
                &detail.detentions,
                &detail.events,
            )?;
            let live = |stance: Stance| {
                c.backing
                    .iter()
                    .filter(move |b| b.stance == stance && !b.retracted)
                    .map(|b| b.source_id)
            };
            Some(PublicClaim {
                statement: said,
                level: c.level().label_in(lang),
                supports: cited(&mut live(Stance::Supports)),
                disputes: cited(&mut live(Stance::Disputes)),
                unpublished: c
                    .backing
                    .iter()
                    .filter(|b| !b.retracted && !numbers.contains_key(&b.source_id))
                    .count(),
            })
        })
        .collect();

    let events = detail
        .events
        .iter()
        .map(|e| PublicEvent {
            date: match &e.date {
                Some(d) => dates::partial(lang, d),
                None => tr!(lang, "register-undated"),
            },
            kind: e.kind.label.clone(),
            place: e.location.as_ref().map(|l| l.label.clone()),
            sources: cited(
                &mut e
                    .citations
                    .iter()
                    .filter(|c| !c.retracted)
                    .map(|c| c.source_id),
            ),
        })
        .collect();

    let p = &detail.profile;
    let mut facts = Vec::new();
    let mut fact = |label: String, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            facts.push((label, v));
        }
    };
    fact(
        tr!(lang, "register-fact-sex"),
        p.gender.as_ref().map(|g| g.label.clone()),
    );
    fact(tr!(lang, "register-fact-born"), birth);
    fact(
        tr!(lang, "register-fact-ethnicity"),
        p.ethnicity.as_ref().map(|g| g.label.clone()),
    );
    fact(
        tr!(lang, "register-fact-residency"),
        p.residency.as_ref().map(|g| g.label.clone()),
    );
    fact(
        tr!(lang, "register-fact-occupation"),
        p.occupation.as_ref().map(|g| g.label.clone()),
    );
    fact(
        tr!(lang, "register-fact-last-contact"),
        p.last_contact.as_ref().map(|d| dates::partial(lang, d)),
    );
    fact(
        tr!(lang, "register-fact-last-place"),
        p.last_location.as_ref().map(|l| l.label.clone()),
    );

    let detentions = detail
        .detentions
        .iter()
        .map(|d| {
            let mut rows = Vec::new();
            let mut row = |label: String, value: Option<String>| {
                if let Some(v) = value.filter(|v| !v.is_empty()) {
                    rows.push((label, v));
                }
            };
            row(
                tr!(lang, "register-detention-facility"),
                d.facility_kind.as_ref().map(|k| k.label.clone()),
            );
            row(
                tr!(lang, "register-detention-name"),
                d.facility_name.clone(),
            );
            row(
                tr!(lang, "register-detention-place"),
                d.location.as_ref().map(|l| l.label.clone()),
            );
            row(
                tr!(lang, "register-detention-forces"),
                d.responsible_forces.as_ref().map(|k| k.label.clone()),
            );
            row(
                tr!(lang, "register-detention-warrant"),
                d.warrant_shown.as_ref().map(|k| k.label.clone()),
            );
            row(tr!(lang, "register-detention-act"), d.alleged_act.clone());
            row(
                tr!(lang, "register-detention-charge"),
                d.legal_charge.as_ref().map(|k| k.label.clone()),
            );
            row(tr!(lang, "register-detention-court"), d.court.clone());
            row(
                tr!(lang, "register-detention-convicted"),
                d.conviction_date.as_ref().map(|c| dates::partial(lang, c)),
            );
            row(tr!(lang, "register-detention-sentence"), d.sentence.clone());
            rows
        })
        .collect();

    let clock = detail
        .detentions
        .iter()
        .filter_map(|d| {
            let r = d.expected_release.as_ref()?;
            let when = release_words(r, publicity, lang);
            let passed = r.overdue(today);
            Some(match (d.release_alert, passed) {
                (true, _) => tr!(lang, "register-clock-alert", {"when" => when}),
                (false, true) => tr!(lang, "register-clock-passed", {"when" => when}),
                (false, false) => tr!(lang, "register-clock-expected", {"when" => when}),
            })
        })
        .collect();

    let detained = crate::domain::release::detained_on(
        detail
            .events
            .iter()
            .map(|e| (e.kind.code.as_str(), e.date.as_ref())),
    )
    .as_ref()
    .and_then(|d| d.earliest())
    .map(|d| chrono::Datelike::year(&d));
    let prefecture = detail
        .profile
        .last_location
        .as_ref()
        .and_then(|l| prefecture_of(cx, &l.code))
        .map(|id| Coded {
            label: cx.vocab.location_path_in(&id, lang),
            code: id,
        });
    let mut charges: Vec<Coded> = Vec::new();
    for c in detail
        .detentions
        .iter()
        .filter_map(|d| d.legal_charge.clone())
    {
        if !charges.iter().any(|k| k.code == c.code) {
            charges.push(c);
        }
    }
    Ok(PublicEntry {
        id: entry_id.to_string(),
        publicity,
        names,
        status: detail.profile.status.clone(),
        verification: detail.profile.verification.label.clone(),
        facts,
        prefecture,
        charges,
        detained,
        detentions,
        clock,
        events,
        claims,
        sources,
    })
}

/// The register's signed manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterManifest {
    pub format: String,
    pub installation: String,
    pub published_at: String,
    pub entries: usize,
    pub languages: Vec<String>,
    pub public_key: String,
    pub files: Vec<crate::domain::export::ManifestFile>,
}

pub const REGISTER_FORMAT: &str = "izde-register/1";

/// A publication made: its files (paths relative to the site's folder, with `/`), what changed,
/// and its manifest.
pub struct Publication {
    pub files: Vec<(String, Vec<u8>)>,
    pub changes: Changes,
    pub manifest: RegisterManifest,
}

/// Builds the register from every approved case whose consent still allows it, in every language,
/// records what it holds (for the next publication's changes) and the audit entry, and returns
/// its files. Nothing is written to disk here.
pub async fn publish(cx: &Context, actor: &Actor) -> Result<Publication> {
    refuse_unless_admin(actor)?;
    let today = cx.clock.now().date_naive();
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let approved: Vec<Candidate> = candidates(&mut conn)
        .await?
        .into_iter()
        .filter(|c| c.standing == Standing::Approved)
        .collect();
    let mut by_lang: Vec<(Lang, Vec<PublicEntry>)> = Lang::ALL
        .iter()
        .map(|&lang| (lang, Vec::with_capacity(approved.len())))
        .collect();
    for c in &approved {
        let Some(entry_id) = c.entry_id.as_deref() else {
            continue;
        };
        let read = read_entry(
            cx,
            &mut conn,
            &c.case_id,
            c.publicity,
            entry_id,
            &Lang::ALL,
            today,
        );
        for ((_, entries), entry) in by_lang.iter_mut().zip(read.await?) {
            entries.push(entry);
        }
    }
    for (_, entries) in &mut by_lang {
        entries.sort_by_key(|e| e.title().to_lowercase());
    }
    drop(conn);
    let site = Site::new(&cx.vocab, by_lang);
    let mut files = site.files();
    // Each entry's digest: its pages in every language.
    let mut digests: BTreeMap<String, Sha256> = BTreeMap::new();
    for (path, bytes) in &files {
        if let Some(id) = site::entry_of_path(path) {
            digests.entry(id.to_string()).or_default().update(bytes);
        }
    }
    let digests: BTreeMap<String, String> = digests
        .into_iter()
        .map(|(id, h)| (id, hex::encode(h.finalize())))
        .collect();

    let now = cx.clock.stamp();
    let installation = {
        let mut conn = cx.pool.acquire().await.context("acquire")?;
        db::installation::get(&mut conn)
            .await
            .context("installation")?
            .map(|i| i.id)
            .unwrap_or_default()
    };
    let mut listed = Vec::new();
    for (name, bytes) in &files {
        let (size, sha256) = hash(bytes);
        listed.push(crate::domain::export::ManifestFile {
            name: name.clone(),
            bytes: size,
            sha256,
        });
    }
    let public_key = crate::server::export::public_key(&cx.keys);
    let manifest = RegisterManifest {
        format: REGISTER_FORMAT.into(),
        installation,
        published_at: now.clone(),
        entries: digests.len(),
        languages: Lang::ALL.iter().map(|l| l.code().to_string()).collect(),
        public_key: public_key.clone(),
        files: listed,
    };
    let text = serde_json::to_vec_pretty(&manifest).context("manifest")?;
    let signature = crate::server::export::sign(&cx.keys, &text);
    files.push(("manifest.json".into(), text.clone()));
    files.push(("manifest.sig".into(), hex::encode(signature).into_bytes()));

    let mut tx = db::begin(&cx.pool).await.context("begin")?;
    let before = db::register::published(&mut tx)
        .await
        .context("last publication")?;
    let before: BTreeMap<String, String> = before.into_iter().collect();
    let mut changes = Changes::default();
    for (id, digest) in &digests {
        match before.get(id) {
            None => changes.added.push(id.clone()),
            Some(d) if d != digest => changes.changed.push(id.clone()),
            Some(_) => changes.unchanged += 1,
        }
    }
    changes.removed = before
        .keys()
        .filter(|id| !digests.contains_key(*id))
        .cloned()
        .collect();
    crate::server::db::signing_keys::remember(
        &mut tx,
        &public_key,
        cx.keys.current_kek_version(),
        &now,
    )
    .await?;
    let summary = serde_json::to_vec(&changes).context("changes")?;
    let entries: Vec<(String, String)> = digests
        .iter()
        .map(|(id, digest)| (id.clone(), digest.clone()))
        .collect();
    let publication_id = uuid::Uuid::now_v7().to_string();
    let manifest_sha256 = hex::encode(Sha256::digest(&text));
    db::register::record_publication(
        &mut tx,
        &db::register::NewPublication {
            id: &publication_id,
            at: &now,
            by: actor.user_id(),
            entries: &entries,
            changes: &String::from_utf8_lossy(&summary),
            manifest_sha256: &manifest_sha256,
        },
    )
    .await
    .context("publication")?;
    audit::append(
        &mut tx,
        &entry(actor, action::REGISTER_PUBLISH, kind::REGISTER, "register")
            .change(None, Some(audit::digest(&[&text, &summary]))),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(Publication {
        files,
        changes,
        manifest,
    })
}

fn hash(bytes: &[u8]) -> (u64, String) {
    (bytes.len() as u64, hex::encode(Sha256::digest(bytes)))
}

/// Writes a publication into `dir`: a new or empty folder, or the folder of an earlier
/// publication (its files are replaced, and files no longer part of the register removed, so that
/// a withdrawn entry leaves the folder too). Refuses a folder that holds anything else.
pub fn write_to(dir: &Path, publication: &Publication) -> anyhow::Result<()> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        if !dir.join("manifest.json").exists() {
            anyhow::bail!(
                "{} is not empty and holds no register: publish into a new folder or an earlier \
                 publication's folder",
                dir.display()
            );
        }
        for sub in ["assets"]
            .into_iter()
            .map(String::from)
            .chain(Lang::ALL.iter().map(|l| l.code().to_string()))
        {
            let path = dir.join(sub);
            if path.exists() {
                std::fs::remove_dir_all(&path)
                    .with_context(|| format!("cannot clear {}", path.display()))?;
            }
        }
        for top in ["index.html", "manifest.json", "manifest.sig"] {
            let path = dir.join(top);
            if path.exists() {
                std::fs::remove_file(&path)?;
            }
        }
    }
    for (name, bytes) in &publication.files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// Checks a register's folder: the manifest's signature, every file's size and SHA-256, and that
/// no file was added. Returns the manifest.
pub fn verify(dir: &Path) -> anyhow::Result<RegisterManifest> {
    let text = std::fs::read(dir.join("manifest.json"))
        .with_context(|| format!("no manifest.json in {}", dir.display()))?;
    let signature = std::fs::read(dir.join("manifest.sig"))
        .with_context(|| format!("no manifest.sig in {}", dir.display()))?;
    let manifest: RegisterManifest =
        serde_json::from_slice(&text).context("manifest.json is not an Izde register manifest")?;
    crate::server::export::check_signature(&manifest.public_key, &text, &signature)?;
    let mut present = Vec::new();
    walk(dir, dir, &mut present)?;
    for f in &manifest.files {
        let bytes =
            std::fs::read(dir.join(&f.name)).with_context(|| format!("{} is missing", f.name))?;
        let (size, sha) = hash(&bytes);
        if size != f.bytes || sha != f.sha256 {
            anyhow::bail!("{} does not match the manifest: it was changed", f.name);
        }
    }
    for name in present {
        let listed = manifest.files.iter().any(|f| f.name == name)
            || matches!(name.as_str(), "manifest.json" | "manifest.sig");
        if !listed {
            anyhow::bail!("{name} is not part of the register: it was added");
        }
    }
    Ok(manifest)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            walk(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/"),
            );
        }
    }
    Ok(())
}
