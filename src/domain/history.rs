//! What changed between two revisions of a case, in words a volunteer reads at a glance.
//!
//! Sensitive fields are named, never quoted ("Name changed."), so the history itself discloses
//! nothing the page would not; coded fields say from what to what.

use super::case::{CaseDetail, Coded, EventView, SourceView};
use super::{PartialDate, Sensitive};

fn label(value: &Option<Coded>) -> String {
    value
        .as_ref()
        .map(|c| c.label.clone())
        .unwrap_or_else(|| "unknown".into())
}

fn date(value: &Option<PartialDate>) -> String {
    value
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_else(|| "undated".into())
}

fn secret(value: &Option<Sensitive>) -> Option<&str> {
    value.as_ref().map(Sensitive::expose)
}

fn event_label(e: &EventView) -> String {
    format!("{} ({})", e.kind.label, date(&e.date))
}

fn source_label(s: &SourceView) -> String {
    format!("“{}”", s.title)
}

/// The changes from `old` to `new`, one sentence each (empty when nothing differs).
pub fn changes(old: &CaseDetail, new: &CaseDetail) -> Vec<String> {
    let mut out = Vec::new();
    let (a, b) = (&old.profile, &new.profile);
    if a.name.expose() != b.name.expose() {
        out.push("Name changed.".to_string());
    }
    for (what, x, y) in [
        ("Other names", &a.other_names, &b.other_names),
        ("Aliases", &a.aliases, &b.aliases),
        ("ID numbers", &a.id_numbers, &b.id_numbers),
        ("Date of birth", &a.birth_date, &b.birth_date),
        ("Address", &a.address, &b.address),
        ("Narrative", &a.narrative, &b.narrative),
    ] {
        if secret(x) != secret(y) {
            out.push(format!("{what} changed."));
        }
    }
    for (what, x, y) in [
        ("Status", Some(a.status.clone()), Some(b.status.clone())),
        (
            "Verification",
            Some(a.verification.clone()),
            Some(b.verification.clone()),
        ),
        ("Gender", a.gender.clone(), b.gender.clone()),
        ("Ethnicity", a.ethnicity.clone(), b.ethnicity.clone()),
        ("Residency abroad", a.residency.clone(), b.residency.clone()),
        ("Occupation", a.occupation.clone(), b.occupation.clone()),
        (
            "Last known place",
            a.last_location.clone(),
            b.last_location.clone(),
        ),
    ] {
        if x.as_ref().map(|c| &c.code) != y.as_ref().map(|c| &c.code) {
            out.push(format!("{what}: {} → {}.", label(&x), label(&y)));
        }
    }
    if a.birth_year != b.birth_year {
        let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_else(|| "unknown".into());
        out.push(format!(
            "Birth year: {} → {}.",
            year(a.birth_year),
            year(b.birth_year)
        ));
    }
    if a.last_contact != b.last_contact {
        out.push(format!(
            "Last contact: {} → {}.",
            date(&a.last_contact),
            date(&b.last_contact)
        ));
    }
    for e in &new.events {
        match old.events.iter().find(|o| o.id == e.id) {
            None => out.push(format!("Event added: {}.", event_label(e))),
            Some(o) if o != e => out.push(format!("Event changed: {}.", event_label(e))),
            Some(_) => {}
        }
    }
    for o in old
        .events
        .iter()
        .filter(|o| !new.events.iter().any(|e| e.id == o.id))
    {
        out.push(format!("Event removed: {}.", event_label(o)));
    }
    for s in &new.sources {
        match old.sources.iter().find(|o| o.id == s.id) {
            None => out.push(format!("Source added: {}.", source_label(s))),
            Some(o) if o != s => out.push(format!("Source changed: {}.", source_label(s))),
            Some(_) => {}
        }
    }
    for o in old
        .sources
        .iter()
        .filter(|o| !new.sources.iter().any(|s| s.id == o.id))
    {
        out.push(format!("Source removed: {}.", source_label(o)));
    }
    for c in &new.claims {
        let before = old.claims.iter().find(|o| o.claim == c.claim);
        let cited = |v: &super::provenance::ClaimView| {
            v.backing
                .iter()
                .map(|b| (b.source_id, b.stance, b.timecode))
                .collect::<Vec<_>>()
        };
        if before.map(cited).unwrap_or_default() != cited(c) {
            out.push(format!("Sources cited for “{}” changed.", c.statement));
        }
        let level = |v: Option<&super::provenance::ClaimView>| {
            v.and_then(|v| v.review.as_ref())
                .map(|r| (r.level, r.reason.expose().to_string()))
        };
        match (level(before), level(Some(c))) {
            (a, b) if a == b => {}
            (_, Some((l, _))) => out.push(format!(
                "Reviewer set “{}” to {}.",
                c.statement,
                l.label().to_lowercase()
            )),
            (Some(_), None) => out.push(format!(
                "Review of “{}” taken back: the computed level stands.",
                c.statement
            )),
            (None, None) => {}
        }
    }
    if old.testimonies.len() != new.testimonies.len() {
        out.push("Testimonies added.".to_string());
    }
    if old.detentions != new.detentions {
        out.push("Detention and sentence changed.".to_string());
    }
    out
}
