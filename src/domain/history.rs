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

/// One sentence for each item of `new` that `old` lacks ("Event added: …") or holds otherwise
/// ("Event changed: …"), in `new`'s order, then for each item of `old` that `new` lacks ("Event
/// removed: …"); items are matched by `id`.
fn item_changes<T: PartialEq, K: PartialEq>(
    what: &str,
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> K,
    label: impl Fn(&T) -> String,
) -> Vec<String> {
    let mut out = Vec::new();
    for item in new {
        match old.iter().find(|o| id(o) == id(item)) {
            None => out.push(format!("{what} added: {}.", label(item))),
            Some(o) if o != item => out.push(format!("{what} changed: {}.", label(item))),
            Some(_) => {}
        }
    }
    for o in old.iter().filter(|o| !new.iter().any(|n| id(n) == id(o))) {
        out.push(format!("{what} removed: {}.", label(o)));
    }
    out
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
        (
            "The last known place not in the gazetteer",
            &a.last_place_note,
            &b.last_place_note,
        ),
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
    out.extend(item_changes(
        "Event",
        &old.events,
        &new.events,
        |e| e.id,
        event_label,
    ));
    // A retraction is said on its own line, with its reason (for readers who see names).
    let unretracted = |sources: &[super::case::SourceView]| -> Vec<super::case::SourceView> {
        sources
            .iter()
            .map(|s| super::case::SourceView {
                retraction: None,
                archive: None,
                ..s.clone()
            })
            .collect()
    };
    out.extend(item_changes(
        "Source",
        &unretracted(&old.sources),
        &unretracted(&new.sources),
        |s| s.id,
        source_label,
    ));
    for s in &new.sources {
        let was = old.sources.iter().find(|o| o.id == s.id);
        if let (Some(r), Some(None)) = (&s.retraction, was.map(|o| &o.retraction)) {
            out.push(match &r.reason {
                Some(reason) => format!(
                    "Source retracted: {}, no longer counted as evidence. Reason: “{}”",
                    source_label(s),
                    reason.expose()
                ),
                None => format!(
                    "Source retracted: {}, no longer counted as evidence (the reason is shown to those who may read names).",
                    source_label(s)
                ),
            });
        }
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
    // Records of the same person merged in (what they brought is listed item by item).
    for m in new
        .merged_in
        .iter()
        .filter(|m| !old.merged_in.iter().any(|o| o.id == m.id))
    {
        out.push(format!(
            "{} merged into this case: its testimonies, detentions, events and sources are now here.",
            m.pseudonym
        ));
    }
    // Removals carry the remover's reason (for readers who see names).
    for r in new
        .removals
        .iter()
        .filter(|r| !old.removals.iter().any(|o| o.id == r.id))
    {
        let what = match r.kind.as_str() {
            "citation" => "source cited for a claim",
            kind => kind,
        };
        out.push(match &r.reason {
            Some(reason) => format!("Reason for removing the {what}: “{}”", reason.expose()),
            None => {
                format!("The {what} was removed with a reason (shown to those who may read names).")
            }
        });
    }
    // Testifiers added (named by relationship: the testifier's name is sensitive).
    for t in new
        .testifiers
        .iter()
        .filter(|t| !old.testifiers.iter().any(|o| o.id == t.id))
    {
        out.push(format!(
            "Testifier added: the missing person's {}.",
            t.relationship.label.to_lowercase()
        ));
    }
    // Consent, per testifier (named by relationship: the testifier's name is sensitive).
    for t in &new.testifiers {
        if let Some(o) = old.testifiers.iter().find(|o| o.id == t.id) {
            if o.consent.code != t.consent.code {
                out.push(format!(
                    "Consent of the testifier ({}): {} → {}.",
                    t.relationship.label.to_lowercase(),
                    o.consent.label,
                    t.consent.label
                ));
            }
        }
    }
    // Testimonies and detentions: counted, or said to have changed (transcripts and recording
    // places are sensitive, so never quoted).
    for (what, old_n, new_n, same) in [
        (
            "Testimony",
            old.testimonies.len(),
            new.testimonies.len(),
            old.testimonies == new.testimonies,
        ),
        (
            "Detention",
            old.detentions.len(),
            new.detentions.len(),
            old.detentions == new.detentions,
        ),
    ] {
        match new_n.cmp(&old_n) {
            std::cmp::Ordering::Greater => out.push(format!("{what} added.")),
            std::cmp::Ordering::Less => out.push(format!("{what} removed.")),
            std::cmp::Ordering::Equal if !same => out.push(format!("{what} changed.")),
            std::cmp::Ordering::Equal => {}
        }
    }
    out
}
