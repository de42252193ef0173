//! Provenance per claim on the server: the sources cited for each claim of a case (read with the
//! case), citing and un-citing them, and a reviewer's level with its reason (sealed with the case's
//! key). The rules that turn citations into a level live in [`crate::domain::provenance`].

use crate::domain::account::Role;
use crate::domain::case::{CaseDetail, CaseProfile, DetentionView, EventView, SourceView};
use crate::domain::forms::FieldErrors;
use crate::domain::provenance::{
    self as rules, Backing, Claim, ClaimKind, ClaimView, Identity, Level, Review, Stance,
};
use crate::i18n::tr;
use crate::server::audit::{self, action, kind};
use crate::server::auth::access::Actor;
use crate::server::auth::access::Doing;
use crate::server::clock::Clock;
use crate::server::context::Context;
use crate::server::crypto::{DataKey, FieldRef};
use crate::server::db::{self, claims, Conn};
use crate::server::records::{self, entry, parse_id, RecordError};
use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

type Result<T> = std::result::Result<T, RecordError>;

/// "Cite a source" under a claim of the case page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CiteForm {
    pub claim: String,
    pub source: String,
    pub stance: String,
    pub timecode: String,
    pub revision: String,
}

/// "Remove" beside a cited source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UnciteForm {
    pub claim: String,
    pub source: String,
    /// Why the source no longer backs (or disputes) the claim: required, sealed.
    pub uncite_reason: String,
    pub revision: String,
}

/// A reviewer's level for a claim ("" takes the review back).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReviewForm {
    pub claim: String,
    pub level: String,
    pub reason: String,
    pub revision: String,
}

/// Every claim of a case with its sources and review, in page order: status, last known location,
/// the person's other recorded facts (names and ID numbers only for a `whole` reading), each
/// detention's facility, alleged act, charge, sentence and court, then the events. A fact not
/// recorded makes no claim.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn claims_of(
    conn: &mut Conn,
    dek: &DataKey,
    case_id: Uuid,
    whole: bool,
    profile: &CaseProfile,
    detentions: &[DetentionView],
    sources: &[SourceView],
    events: &[EventView],
) -> Result<Vec<ClaimView>> {
    let case = case_id.to_string();
    let citations = claims::citations_of(conn, &case).await?;
    let reviews = claims::reviews_of(conn, &case).await?;

    // One voice per group of sources that share a publisher, reference, hash or author; a
    // retracted source joins no group.
    let identities: Vec<Identity<'_>> = sources
        .iter()
        .map(|s| match s.retraction {
            Some(_) => Identity::default(),
            None => Identity {
                publisher: s.publisher.as_deref(),
                reference: s.reference.as_deref(),
                content_sha256: s.content_sha256.as_deref(),
                author: s.author.as_ref().map(|a| a.expose()),
            },
        })
        .collect();
    let voices = rules::voices(&identities);

    // Every claim the case could make, in page order; those it records nothing for are left out.
    let lang = crate::i18n::current();
    let mut candidates: Vec<Claim> = [
        ClaimKind::Status,
        ClaimKind::LastLocation,
        ClaimKind::BirthYear,
        ClaimKind::Ethnicity,
        ClaimKind::Occupation,
        ClaimKind::Residency,
    ]
    .into_iter()
    .map(Claim::case)
    .collect();
    // The sealed facts only for a whole reading (their statements name them, never quote them).
    if whole {
        candidates.push(Claim::case(ClaimKind::Names));
        candidates.push(Claim::case(ClaimKind::IdNumbers));
    }
    for d in detentions {
        for kind in [
            ClaimKind::Facility,
            ClaimKind::AllegedAct,
            ClaimKind::Charge,
            ClaimKind::Sentence,
            ClaimKind::Court,
            ClaimKind::ResponsibleForces,
            ClaimKind::Warrant,
        ] {
            candidates.push(Claim::of(kind, d.id));
        }
    }
    candidates.extend(events.iter().map(|e| Claim::of(ClaimKind::Event, e.id)));
    let wanted: Vec<(Claim, String)> = candidates
        .into_iter()
        .filter_map(|claim| {
            rules::statement(lang, &claim, profile, detentions, events).map(|s| (claim, s))
        })
        .collect();

    let subject_of = |claim: &Claim| claim.subject.map(|s| s.to_string()).unwrap_or_default();
    let mut out = Vec::with_capacity(wanted.len());
    for (claim, statement) in wanted {
        let subject = subject_of(&claim);
        let backing: Vec<Backing> = citations
            .iter()
            .filter(|c| c.claim == claim.kind.code() && c.subject == subject)
            .filter_map(|c| {
                let i = sources
                    .iter()
                    .position(|s| s.id.to_string() == c.source_id)?;
                let s = &sources[i];
                Some(Backing {
                    source_id: s.id,
                    title: s.title.clone(),
                    source_type: s.source_type.code.clone(),
                    source_type_label: s.source_type.label.clone(),
                    stance: Stance::from_code(&c.stance).unwrap_or(Stance::Supports),
                    timecode: c.timecode_seconds.and_then(|t| u32::try_from(t).ok()),
                    voice: voices[i],
                    retracted: s.retraction.is_some(),
                })
            })
            .collect();
        let mut view = ClaimView::new(claim, statement, backing);
        if let Some(r) = reviews
            .iter()
            .find(|r| r.claim == claim.kind.code() && r.subject_id == subject)
        {
            let row = parse_id(&r.id)?;
            view.review = Some(Review {
                level: Level::from_code(&r.level).unwrap_or(Level::Reported),
                reason: dek.open(
                    &FieldRef::of_row(case_id, "claim_reviews.reason", row),
                    &r.reason_sealed,
                )?,
                reviewed_by: r.username.clone(),
                reviewed_at: r.reviewed_at.clone(),
            });
        }
        out.push(view);
    }
    Ok(out)
}

fn invalid(field: &str, message: impl Into<String>) -> RecordError {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    RecordError::Invalid(errors)
}

/// The claim a form names, as the case has it now; an error on the `claim` field otherwise.
fn find_claim<'a>(detail: &'a CaseDetail, key: &str) -> Result<&'a ClaimView> {
    Claim::parse(key)
        .and_then(|c| detail.claims.iter().find(|v| v.claim == c))
        .ok_or_else(|| {
            let lang = crate::i18n::current();
            invalid("claim", tr!(lang, "provenance-claim-gone"))
        })
}

/// Opens a case for a change to its claims: its row, key and current detail, after the access and
/// revision checks, with the current version kept for the history.
async fn open_for_change(
    conn: &mut Conn,
    cx: &Context,
    actor: &Actor,
    case_id: Uuid,
    revision: &str,
) -> Result<(db::rows::CaseRow, DataKey, CaseDetail)> {
    let (case, dek) = records::open_for_edit(conn, cx, actor, case_id).await?;
    records::check_revision(conn, &case, revision).await?;
    let detail = records::detail_of(
        conn,
        &cx.keys,
        &cx.vocab,
        &case,
        &dek,
        records::Reading::Whole,
    )
    .await?;
    records::keep_version_of(conn, &case, &dek, &detail).await?;
    Ok((case, dek, detail))
}

/// Moves the case to its next revision (or reports who saved it meanwhile).
async fn touch(
    conn: &mut Conn,
    clock: &Clock,
    actor: &Actor,
    case: &db::rows::CaseRow,
) -> Result<()> {
    let now = clock.stamp();
    if !db::records::touch_case(conn, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(records::stale(conn, &case.id).await);
    }
    Ok(())
}

/// Cites a source for a claim (or changes how it is cited: stance and timecode). Returns the page
/// anchor of the claim.
pub async fn cite(cx: &Context, actor: &Actor, case_id: &str, form: &CiteForm) -> Result<String> {
    let case_id = parse_id(case_id)?;
    let mut tx = crate::server::db::begin(&cx.pool).await.context("begin")?;
    let (case, _dek, detail) = open_for_change(&mut tx, cx, actor, case_id, &form.revision).await?;
    let claim = find_claim(&detail, &form.claim)?.claim;
    let lang = crate::i18n::current();
    let mut errors = FieldErrors::default();
    let source = detail
        .sources
        .iter()
        .find(|s| s.id.to_string() == form.source.trim());
    if source.is_none() {
        errors.add("source", tr!(lang, "provenance-choose-source"));
    }
    let stance = Stance::from_code(form.stance.trim());
    if stance.is_none() {
        errors.add("stance", tr!(lang, "provenance-choose-stance"));
    }
    let timecode = match form.timecode.trim() {
        "" => None,
        text => match rules::parse_timecode(text, lang) {
            Ok(t) => Some(t),
            Err(message) => {
                errors.add("timecode", message);
                None
            }
        },
    };
    if let (Some(s), Some(_)) = (source, timecode) {
        if !rules::RECORDED.contains(&s.source_type.code.as_str()) {
            errors.add(
                "timecode",
                tr!(lang, "provenance-timecode-not-recorded", {
                    "title" => s.title.clone(),
                    "kind" => s.source_type.label.to_lowercase()
                }),
            );
        }
    }
    if !errors.is_empty() {
        return Err(RecordError::Invalid(errors));
    }
    let (source, stance) = (
        source.expect("checked").id.to_string(),
        stance.expect("checked"),
    );
    let timecode = timecode.map(|t| i32::try_from(t).unwrap_or(i32::MAX));
    match (claim.kind, claim.subject) {
        (ClaimKind::Event, Some(event)) => {
            claims::cite_for_event(
                &mut tx,
                &event.to_string(),
                &source,
                stance.code(),
                timecode,
            )
            .await?;
        }
        (kind, subject) => {
            delete_claim_source(&mut tx, &case.id, &claim, &source).await?;
            let id = Uuid::now_v7().to_string();
            let detention = subject.map(|s| s.to_string());
            let now = cx.clock.stamp();
            let citation = claims::NewCitation {
                id: &id,
                case_id: &case.id,
                claim: kind.code(),
                detention_id: detention.as_deref(),
                source_id: &source,
                stance: stance.code(),
                timecode_seconds: timecode,
                created_at: &now,
            };
            claims::insert_citation(&mut tx, &citation).await?;
        }
    }
    touch(&mut tx, &cx.clock, actor, &case).await?;
    let what = audit::digest(&[
        claim.key().as_bytes(),
        source.as_bytes(),
        stance.code().as_bytes(),
    ]);
    audit::append(
        &mut tx,
        &entry(actor, action::CLAIM_CITE, kind::CASE, &case.id).change(None, Some(what)),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(claim.anchor())
}

async fn delete_claim_source(
    conn: &mut Conn,
    case_id: &str,
    claim: &Claim,
    source: &str,
) -> Result<bool> {
    Ok(match (claim.kind, claim.subject) {
        (ClaimKind::Event, Some(event)) => {
            claims::uncite_for_event(conn, &event.to_string(), source).await?
        }
        (kind, subject) => {
            let subject = subject.map(|s| s.to_string()).unwrap_or_default();
            claims::uncite(conn, case_id, kind.code(), &subject, source).await?
        }
    })
}

/// Takes a source off a claim with a written reason (sealed with the case's key and kept with the
/// case's removals, for those who may read names); the source itself stays in the case.
pub async fn uncite(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    form: &UnciteForm,
) -> Result<String> {
    let case_id = parse_id(case_id)?;
    let lang = crate::i18n::current();
    // An empty message stands for "too short", said here in the reader's language.
    let reason = crate::domain::reveal::written_reason(&form.uncite_reason, "").map_err(|m| {
        let message = match m {
            "" => tr!(lang, "provenance-uncite-reason"),
            other => other.to_string(),
        };
        invalid("uncite_reason", message)
    })?;
    let mut tx = crate::server::db::begin(&cx.pool).await.context("begin")?;
    let (case, dek, detail) = open_for_change(&mut tx, cx, actor, case_id, &form.revision).await?;
    let claim = find_claim(&detail, &form.claim)?.claim;
    let source = form.source.trim();
    if !delete_claim_source(&mut tx, &case.id, &claim, source).await? {
        return Err(invalid("source", tr!(lang, "provenance-not-cited")));
    }
    let id = Uuid::now_v7();
    let removal = db::rows::RemovalRow {
        id: id.to_string(),
        case_id: case.id.clone(),
        kind: "citation".to_string(),
        item_id: source.to_string(),
        reason_sealed: dek.seal(&FieldRef::of_row(case_id, "removals.reason", id), &reason),
        removed_at: cx.clock.stamp(),
        removed_by: actor.user_id().map(str::to_string),
        remover: None,
    };
    db::records::insert(&mut tx, std::slice::from_ref(&removal)).await?;
    touch(&mut tx, &cx.clock, actor, &case).await?;
    let what = audit::digest(&[claim.key().as_bytes(), source.as_bytes()]);
    audit::append(
        &mut tx,
        &entry(actor, action::CLAIM_UNCITE, kind::CASE, &case.id)
            .change(Some(what), Some(audit::digest(&[&removal.reason_sealed]))),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(claim.anchor())
}

/// Checks a reviewer's reason: a sentence, not a novel. The error is in the language of the
/// request ([`crate::i18n::current`]).
pub fn check_reason(reason: &str) -> std::result::Result<String, String> {
    let lang = crate::i18n::current();
    // An empty message stands for "too short", said here in the reader's language.
    crate::domain::reveal::written_reason(reason, "").map_err(|m| match m {
        "" => tr!(lang, "provenance-review-reason"),
        other => other.to_string(),
    })
}

/// A reviewer (an admin) sets a claim's level by hand with a written reason, or takes the review
/// back so the computed level stands again.
pub async fn review(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    form: &ReviewForm,
) -> Result<String> {
    actor.require(&[Role::Admin], Doing::ReviewClaims)?;
    let case_id = parse_id(case_id)?;
    let mut tx = crate::server::db::begin(&cx.pool).await.context("begin")?;
    let (case, dek, detail) = open_for_change(&mut tx, cx, actor, case_id, &form.revision).await?;
    let current = find_claim(&detail, &form.claim)?;
    let claim = current.claim;
    let lang = crate::i18n::current();
    let level = match form.level.trim() {
        "" => None,
        code => Some(
            Level::from_code(code)
                .filter(|l| Level::REVIEWABLE.contains(l))
                .ok_or_else(|| invalid("level", tr!(lang, "provenance-choose-level")))?,
        ),
    };
    let subject = claim.subject.map(|s| s.to_string()).unwrap_or_default();
    let removed = claims::delete_review(&mut tx, &case.id, claim.kind.code(), &subject).await?;
    let after = match level {
        None if removed == 0 => return Err(invalid("level", tr!(lang, "provenance-no-review"))),
        None => None,
        Some(level) => {
            let reason = check_reason(&form.reason).map_err(|m| invalid("reason", m))?;
            // Researchers read the reason: it may not name anyone of the case.
            if records::unencrypted::case_check(&detail).finds(&reason) {
                return Err(invalid("reason", tr!(lang, "provenance-reason-names")));
            }
            let id = Uuid::now_v7();
            let sealed = dek.seal(
                &FieldRef::of_row(case_id, "claim_reviews.reason", id),
                &reason,
            );
            let digest = audit::digest(&[claim.key().as_bytes(), level.code().as_bytes(), &sealed]);
            let (id, now) = (id.to_string(), cx.clock.stamp());
            let review = claims::NewReview {
                id: &id,
                case_id: &case.id,
                claim: claim.kind.code(),
                subject_id: &subject,
                level: level.code(),
                reason_sealed: &sealed,
                reviewed_by: actor.user_id(),
                reviewed_at: &now,
            };
            claims::insert_review(&mut tx, &review).await?;
            Some(digest)
        }
    };
    touch(&mut tx, &cx.clock, actor, &case).await?;
    let before = current
        .review
        .as_ref()
        .map(|r| audit::digest(&[claim.key().as_bytes(), r.level.code().as_bytes()]));
    audit::append(
        &mut tx,
        &entry(actor, action::CLAIM_REVIEW, kind::CASE, &case.id).change(before, after),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok(claim.anchor())
}
