//! What changed between two revisions of a case, in words a volunteer reads at a glance.
//!
//! Sensitive fields are named, never quoted ("Name changed."), so the history itself discloses
//! nothing the page would not; coded fields say from what to what.

use super::case::{CaseDetail, Coded, SourceView};
use super::{PartialDate, Sensitive};
use crate::i18n::{dates, tr, Lang};

fn label(lang: Lang, value: &Option<Coded>) -> String {
    value
        .as_ref()
        .map(|c| c.label.clone())
        .unwrap_or_else(|| tr!(lang, "change-unknown"))
}

fn date(lang: Lang, value: &Option<PartialDate>) -> String {
    value
        .as_ref()
        .map(|d| dates::partial(lang, d))
        .unwrap_or_else(|| tr!(lang, "change-undated"))
}

fn secret(value: &Option<Sensitive>) -> Option<&str> {
    value.as_ref().map(Sensitive::expose)
}

fn source_label(lang: Lang, s: &SourceView) -> String {
    tr!(lang, "change-source-label", {"title" => s.title.clone()})
}

/// The items of a case whose changes are said one by one.
#[derive(Clone, Copy)]
enum Item {
    Event,
    Source,
}

/// The parts of a case whose changes are said without quoting them.
#[derive(Clone, Copy)]
enum Part {
    Testimony,
    Detention,
}

/// How an item or part changed.
#[derive(Clone, Copy)]
enum Change {
    Added,
    Changed,
    Removed,
}

/// "Event added: Arrest (May 2021)."
fn item_sentence(lang: Lang, what: Item, change: Change, item: String) -> String {
    match (what, change) {
        (Item::Event, Change::Added) => tr!(lang, "change-event-added", {"event" => item}),
        (Item::Event, Change::Changed) => tr!(lang, "change-event-changed", {"event" => item}),
        (Item::Event, Change::Removed) => tr!(lang, "change-event-removed", {"event" => item}),
        (Item::Source, Change::Added) => tr!(lang, "change-source-added", {"source" => item}),
        (Item::Source, Change::Changed) => {
            tr!(lang, "change-source-changed", {"source" => item})
        }
        (Item::Source, Change::Removed) => {
            tr!(lang, "change-source-removed", {"source" => item})
        }
    }
}

/// "Testimony added."
fn part_sentence(lang: Lang, what: Part, change: Change) -> String {
    match (what, change) {
        (Part::Testimony, Change::Added) => tr!(lang, "change-testimony-added"),
        (Part::Testimony, Change::Changed) => tr!(lang, "change-testimony-changed"),
        (Part::Testimony, Change::Removed) => tr!(lang, "change-testimony-removed"),
        (Part::Detention, Change::Added) => tr!(lang, "change-detention-added"),
        (Part::Detention, Change::Changed) => tr!(lang, "change-detention-changed"),
        (Part::Detention, Change::Removed) => tr!(lang, "change-detention-removed"),
    }
}

/// One sentence for each item of `new` that `old` lacks ("Event added: …") or holds otherwise
/// ("Event changed: …"), in `new`'s order, then for each item of `old` that `new` lacks ("Event
/// removed: …"); items are matched by `id`.
fn item_changes<T: PartialEq, K: PartialEq>(
    lang: Lang,
    what: Item,
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> K,
    label: impl Fn(&T) -> String,
) -> Vec<String> {
    let mut out = Vec::new();
    for item in new {
        match old.iter().find(|o| id(o) == id(item)) {
            None => out.push(item_sentence(lang, what, Change::Added, label(item))),
            Some(o) if o != item => {
                out.push(item_sentence(lang, what, Change::Changed, label(item)))
            }
            Some(_) => {}
        }
    }
    for o in old.iter().filter(|o| !new.iter().any(|n| id(n) == id(o))) {
        out.push(item_sentence(lang, what, Change::Removed, label(o)));
    }
    out
}

/// The changes from `old` to `new`, one sentence each in `lang` (empty when nothing differs).
/// The labels and claim statements are used as the two versions give them: the caller reads
/// them in `lang` first (`server::records::history`).
pub fn changes(lang: Lang, old: &CaseDetail, new: &CaseDetail) -> Vec<String> {
    let mut out = Vec::new();
    let (a, b) = (&old.profile, &new.profile);
    if a.name.expose() != b.name.expose() {
        out.push(tr!(lang, "change-name"));
    }
    for (what, x, y) in [
        (
            tr!(lang, "change-other-names"),
            &a.other_names,
            &b.other_names,
        ),
        (tr!(lang, "change-aliases"), &a.aliases, &b.aliases),
        (tr!(lang, "change-id-numbers"), &a.id_numbers, &b.id_numbers),
        (tr!(lang, "change-birth-date"), &a.birth_date, &b.birth_date),
        (tr!(lang, "change-address"), &a.address, &b.address),
        (tr!(lang, "change-narrative"), &a.narrative, &b.narrative),
        (
            tr!(lang, "change-place-note"),
            &a.last_place_note,
            &b.last_place_note,
        ),
    ] {
        if secret(x) != secret(y) {
            out.push(what);
        }
    }
    for (what, x, y) in [
        (
            tr!(lang, "change-field-status"),
            Some(a.status.clone()),
            Some(b.status.clone()),
        ),
        (
            tr!(lang, "change-field-verification"),
            Some(a.verification.clone()),
            Some(b.verification.clone()),
        ),
        (
            tr!(lang, "change-field-gender"),
            a.gender.clone(),
            b.gender.clone(),
        ),
        (
            tr!(lang, "change-field-ethnicity"),
            a.ethnicity.clone(),
            b.ethnicity.clone(),
        ),
        (
            tr!(lang, "change-field-residency"),
            a.residency.clone(),
            b.residency.clone(),
        ),
        (
            tr!(lang, "change-field-occupation"),
            a.occupation.clone(),
            b.occupation.clone(),
        ),
        (
            tr!(lang, "change-field-last-place"),
            a.last_location.clone(),
            b.last_location.clone(),
        ),
    ] {
        if x.as_ref().map(|c| &c.code) != y.as_ref().map(|c| &c.code) {
            out.push(tr!(lang, "change-value", {
                "field" => what,
                "from" => label(lang, &x),
                "to" => label(lang, &y)
            }));
        }
    }
    if a.birth_year != b.birth_year {
        // The year as written, not as a number Fluent would group ("1,975").
        let year = |y: Option<i32>| {
            y.map(|y| y.to_string())
                .unwrap_or_else(|| tr!(lang, "change-unknown"))
        };
        out.push(tr!(lang, "change-value", {
            "field" => tr!(lang, "change-field-birth-year"),
            "from" => year(a.birth_year),
            "to" => year(b.birth_year)
        }));
    }
    if a.last_contact != b.last_contact {
        out.push(tr!(lang, "change-value", {
            "field" => tr!(lang, "change-field-last-contact"),
            "from" => date(lang, &a.last_contact),
            "to" => date(lang, &b.last_contact)
        }));
    }
    out.extend(item_changes(
        lang,
        Item::Event,
        &old.events,
        &new.events,
        |e| e.id,
        |e| super::provenance::event_label(lang, e),
    ));
    // A retraction is said on its own line, with its reason (for readers who see names).
    let unretracted = |sources: &[SourceView]| -> Vec<SourceView> {
        sources
            .iter()
            .map(|s| SourceView {
                retraction: None,
                archive: None,
                ..s.clone()
            })
            .collect()
    };
    out.extend(item_changes(
        lang,
        Item::Source,
        &unretracted(&old.sources),
        &unretracted(&new.sources),
        |s| s.id,
        |s| source_label(lang, s),
    ));
    for s in &new.sources {
        let was = old.sources.iter().find(|o| o.id == s.id);
        if let (Some(r), Some(None)) = (&s.retraction, was.map(|o| &o.retraction)) {
            let source = source_label(lang, s);
            out.push(match &r.reason {
                Some(reason) => tr!(lang, "change-source-retracted-reason", {
                    "source" => source,
                    "reason" => reason.expose()
                }),
                None => tr!(lang, "change-source-retracted", {"source" => source}),
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
            out.push(tr!(lang, "change-claim-sources", {"claim" => c.statement.clone()}));
        }
        let level = |v: Option<&super::provenance::ClaimView>| {
            v.and_then(|v| v.review.as_ref())
                .map(|r| (r.level, r.reason.expose().to_string()))
        };
        match (level(before), level(Some(c))) {
            (a, b) if a == b => {}
            (_, Some((l, _))) => out.push(tr!(lang, "change-claim-reviewed", {
                "claim" => c.statement.clone(),
                "level" => l.label_in(lang).to_lowercase()
            })),
            (Some(_), None) => out.push(tr!(lang, "change-claim-review-withdrawn", {
                "claim" => c.statement.clone()
            })),
            (None, None) => {}
        }
    }
    // Records of the same person merged in (what they brought is listed item by item).
    for m in new
        .merged_in
        .iter()
        .filter(|m| !old.merged_in.iter().any(|o| o.id == m.id))
    {
        out.push(tr!(lang, "change-merged-in", {"case" => m.pseudonym.clone()}));
    }
    // Removals carry the remover's reason (for readers who see names).
    for r in new
        .removals
        .iter()
        .filter(|r| !old.removals.iter().any(|o| o.id == r.id))
    {
        let kind = r.kind.clone();
        out.push(match (&r.reason, r.kind.as_str()) {
            (Some(reason), "event") => {
                tr!(lang, "change-removal-reason-event", {"reason" => reason.expose()})
            }
            (Some(reason), "testimony") => {
                tr!(lang, "change-removal-reason-testimony", {"reason" => reason.expose()})
            }
            (Some(reason), "detention") => {
                tr!(lang, "change-removal-reason-detention", {"reason" => reason.expose()})
            }
            (Some(reason), "citation") => {
                tr!(lang, "change-removal-reason-citation", {"reason" => reason.expose()})
            }
            (Some(reason), _) => tr!(lang, "change-removal-reason-other", {
                "what" => kind,
                "reason" => reason.expose()
            }),
            (None, "event") => tr!(lang, "change-removed-event"),
            (None, "testimony") => tr!(lang, "change-removed-testimony"),
            (None, "detention") => tr!(lang, "change-removed-detention"),
            (None, "citation") => tr!(lang, "change-removed-citation"),
            (None, _) => tr!(lang, "change-removed-other", {"what" => kind}),
        });
    }
    // Testifiers added (named by relationship: the testifier's name is sensitive).
    for t in new
        .testifiers
        .iter()
        .filter(|t| !old.testifiers.iter().any(|o| o.id == t.id))
    {
        out.push(tr!(lang, "change-testifier-added", {
            "relationship" => t.relationship.label.to_lowercase()
        }));
    }
    // Consent, per testifier (named by relationship: the testifier's name is sensitive).
    for t in &new.testifiers {
        if let Some(o) = old.testifiers.iter().find(|o| o.id == t.id) {
            if o.consent.code != t.consent.code {
                out.push(tr!(lang, "change-consent", {
                    "relationship" => t.relationship.label.to_lowercase(),
                    "from" => o.consent.label.clone(),
                    "to" => t.consent.label.clone()
                }));
            }
        }
    }
    // Testimonies and detentions: counted, or said to have changed (transcripts and recording
    // places are sensitive, so never quoted).
    for (what, old_n, new_n, same) in [
        (
            Part::Testimony,
            old.testimonies.len(),
            new.testimonies.len(),
            old.testimonies == new.testimonies,
        ),
        (
            Part::Detention,
            old.detentions.len(),
            new.detentions.len(),
            old.detentions == new.detentions,
        ),
    ] {
        match new_n.cmp(&old_n) {
            std::cmp::Ordering::Greater => out.push(part_sentence(lang, what, Change::Added)),
            std::cmp::Ordering::Less => out.push(part_sentence(lang, what, Change::Removed)),
            std::cmp::Ordering::Equal if !same => {
                out.push(part_sentence(lang, what, Change::Changed))
            }
            std::cmp::Ordering::Equal => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A case with only what a case must have, and an arrest when `arrest` is given (its kind's
    /// label, as the case would be read in the history's language).
    fn case(name: &str, status: (&str, &str), arrest: Option<&str>) -> CaseDetail {
        let events = match arrest {
            Some(label) => serde_json::json!([{
                "id": "0190e0c8-0000-7000-8000-0000000000e1",
                "kind": {"code": "arrest", "label": label},
                "date": "May 2021",
                "reported": null,
                "location": null,
                "summary": "Taken at night by two policemen",
                "citations": []
            }]),
            None => serde_json::json!([]),
        };
        serde_json::from_value(serde_json::json!({
            "id": "0190e0c8-0000-7000-8000-000000000001",
            "pseudonym": "Case K-ABCD-EFGH",
            "sensitive": true,
            "can_edit": true,
            "revision": 1,
            "profile": {
                "name": name,
                "narrative": format!("{name} was taken from home in 2018."),
                "status": {"code": status.0, "label": status.1},
                "verification": {"code": "reported", "label": "Reported"}
            },
            "detentions": [],
            "testifiers": [],
            "testimonies": [],
            "sources": [],
            "events": events,
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z"
        }))
        .expect("a minimal case reads")
    }

    /// The history between two versions whose labels are in `lang` (`missing`, `sentenced`,
    /// `arrest`: the vocabulary's labels in that language).
    fn said(lang: Lang, missing: &str, sentenced: &str, arrest: &str) -> Vec<String> {
        let old = case("Ерлан Сәрсенбайұлы", ("missing", missing), None);
        let new = case(
            "Yerlan Sarsenbaiuly",
            ("sentenced", sentenced),
            Some(arrest),
        );
        let said = changes(lang, &old, &new);
        for line in &said {
            for secret in ["Ерлан", "Yerlan", "taken from home", "policemen"] {
                assert!(!line.contains(secret), "{secret} quoted in {line}");
            }
        }
        said
    }

    #[test]
    fn the_history_is_said_in_the_readers_language_and_still_quotes_nothing_sensitive() {
        let en = said(Lang::En, "Missing", "Sentenced", "Arrest");
        for line in [
            "Name changed.",
            "Narrative changed.",
            "Status: Missing → Sentenced.",
            "Event added: Arrest (May 2021).",
        ] {
            assert!(en.iter().any(|s| s == line), "{line} not in {en:?}");
        }

        let ru = said(Lang::Ru, "Пропал без вести", "Осуждён", "Арест");
        for line in [
            "Имя изменено.",
            "История человека изменена.",
            "Статус: Пропал без вести → Осуждён.",
        ] {
            assert!(ru.iter().any(|s| s == line), "{line} not in {ru:?}");
        }
        assert!(
            ru.iter()
                .any(|s| s.starts_with("Добавлено событие: Арест (") && s.contains("2021")),
            "{ru:?}"
        );

        let zh = said(Lang::Zh, "失踪", "已判刑", "逮捕");
        for line in ["姓名已更改。", "经历已更改。", "状况：失踪 → 已判刑。"]
        {
            assert!(zh.iter().any(|s| s == line), "{line} not in {zh:?}");
        }
        assert!(
            zh.iter()
                .any(|s| s.starts_with("添加了事件：逮捕（") && s.contains("2021年")),
            "{zh:?}"
        );
        // No English left in either.
        for line in ru.iter().chain(&zh) {
            for english in ["changed", "added", "Status", "Event"] {
                assert!(!line.contains(english), "{line}");
            }
        }
    }
}
