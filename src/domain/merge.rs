//! Merging two records of one person (the duplicate review): which profile fields differ, what
//! the admin chose for each, and the profile those choices make. Spellings, aliases and ID numbers
//! are never chosen between: the kept case takes both sides' (a name not chosen becomes another
//! spelling), so a merge loses no way of finding the person.

use super::case::{CaseDetail, CaseProfile};
use super::forms::{FieldErrors, PersonForm};
use crate::i18n::{dates, tr, Lang};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One side of a review pair: the case whose saving found the other ("case"), or the case
/// recorded before ("other").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    Case,
    Other,
}

impl Side {
    pub fn parse(typed: &str) -> Option<Self> {
        match typed {
            "case" => Some(Self::Case),
            "other" => Some(Self::Other),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Case => "case",
            Self::Other => "other",
        }
    }

    pub fn opposite(self) -> Self {
        match self {
            Self::Case => Self::Other,
            Self::Other => Self::Case,
        }
    }
}

/// What the admin took for a field that differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pick {
    From(Side),
    /// Both texts, the kept case's first (the narrative only).
    Both,
}

impl Pick {
    fn parse(typed: &str) -> Option<Self> {
        match typed {
            "both" => Some(Self::Both),
            other => Side::parse(other).map(Self::From),
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Self::From(side) => side.as_str(),
            Self::Both => "both",
        }
    }
}

/// How a profile field is merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowKind {
    /// The same on both sides (or given on one only): taken as it is.
    Same,
    /// Different on the two sides: the admin chooses.
    Choose,
    /// Every entry of both sides is kept.
    Joined,
}

/// One profile field of the side-by-side view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MergeRow {
    /// The field's key in the form (`pick-{key}`).
    pub key: String,
    pub label: String,
    /// As each side shows it (None: not recorded).
    pub case_value: Option<String>,
    pub other_value: Option<String>,
    pub kind: RowKind,
    /// Whether "keep both" is offered (the narrative).
    pub both: bool,
}

/// The side-by-side view of a review pair, for the merge page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MergePreview {
    pub pair_id: uuid::Uuid,
    pub case: CaseDetail,
    pub other: CaseDetail,
    pub rows: Vec<MergeRow>,
}

/// The fields chosen between, in the order the page shows them.
const CHOSEN: &[&str] = &[
    "name",
    "birth",
    "gender",
    "ethnicity",
    "residency",
    "occupation",
    "status",
    "verification",
    "last_contact",
    "address",
    "narrative",
];

/// The fields whose entries are all kept.
const JOINED: &[&str] = &["other_names", "aliases", "id_numbers"];

/// A field's name on the merge page, in `lang`.
fn field_label(lang: Lang, key: &str) -> String {
    match key {
        "name" => tr!(lang, "merge-row-name"),
        "birth" => tr!(lang, "merge-row-birth"),
        "gender" => tr!(lang, "merge-row-gender"),
        "ethnicity" => tr!(lang, "merge-row-ethnicity"),
        "residency" => tr!(lang, "merge-row-residency"),
        "occupation" => tr!(lang, "merge-row-occupation"),
        "status" => tr!(lang, "merge-row-status"),
        "verification" => tr!(lang, "merge-row-verification"),
        "last_contact" => tr!(lang, "merge-row-last-contact"),
        "address" => tr!(lang, "merge-row-address"),
        "narrative" => tr!(lang, "merge-row-narrative"),
        "other_names" => tr!(lang, "merge-row-other-names"),
        "aliases" => tr!(lang, "merge-row-aliases"),
        "id_numbers" => tr!(lang, "merge-row-id-numbers"),
        other => other.to_string(),
    }
}

/// A field's value on one side: what is compared (codes, trimmed text) and what is shown (in
/// `lang`, with the labels `p` gives).
fn field_value(lang: Lang, p: &CaseProfile, f: &PersonForm, key: &str) -> (String, Option<String>) {
    let shown = |s: String| (!s.trim().is_empty()).then_some(s);
    let coded = |c: &Option<super::case::Coded>| c.as_ref().map(|c| c.label.clone());
    let (compared, display) = match key {
        "name" => (f.name.clone(), shown(f.name.clone())),
        "birth" => {
            let both = [f.birth_date.as_str(), f.birth_year.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>();
            // A date of birth says its year.
            let display = match (f.birth_date.is_empty(), f.birth_year.is_empty()) {
                (false, _) => Some(f.birth_date.clone()),
                (true, false) => {
                    Some(tr!(lang, "merge-row-born", {"year" => f.birth_year.clone()}))
                }
                (true, true) => None,
            };
            (both.join(" "), display)
        }
        "gender" => (f.gender.clone(), coded(&p.gender)),
        "ethnicity" => (f.ethnicity.clone(), coded(&p.ethnicity)),
        "residency" => (f.residency.clone(), coded(&p.residency)),
        "occupation" => (f.occupation.clone(), coded(&p.occupation)),
        "status" => (f.status.clone(), Some(p.status.label.clone())),
        "verification" => (f.verification.clone(), Some(p.verification.label.clone())),
        "last_contact" => {
            let parts = [
                p.last_contact.as_ref().map(|d| dates::partial(lang, d)),
                p.last_place_note.as_ref().map(|n| n.expose().to_string()),
                p.last_location.as_ref().map(|l| l.label.clone()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>();
            (
                format!(
                    "{}|{}|{}",
                    f.last_contact_date, f.last_contact_location, f.last_contact_place_note
                ),
                (!parts.is_empty()).then(|| parts.join(", ")),
            )
        }
        "address" => (f.address.clone(), shown(f.address.clone())),
        "narrative" => (f.narrative.clone(), shown(f.narrative.clone())),
        "other_names" => (f.other_names.clone(), shown(f.other_names.clone())),
        "aliases" => (f.aliases.clone(), shown(f.aliases.clone())),
        "id_numbers" => (f.id_numbers.clone(), shown(f.id_numbers.clone())),
        _ => (String::new(), None),
    };
    let compared = if compared.trim_matches(['|', ' ']).is_empty() {
        String::new()
    } else {
        compared.trim().to_string()
    };
    (compared, display)
}

/// The side-by-side rows of two profiles, in the language of the request
/// ([`crate::i18n::current`]).
pub fn rows(case: &CaseProfile, other: &CaseProfile) -> Vec<MergeRow> {
    let lang = crate::i18n::current();
    let (case_form, other_form) = (
        PersonForm::from_profile(case),
        PersonForm::from_profile(other),
    );
    let row = |&key: &&str, joined: bool| {
        let (a, case_value) = field_value(lang, case, &case_form, key);
        let (b, other_value) = field_value(lang, other, &other_form, key);
        let kind = if joined {
            RowKind::Joined
        } else if a.is_empty() || b.is_empty() || a == b {
            RowKind::Same
        } else {
            RowKind::Choose
        };
        MergeRow {
            key: key.to_string(),
            label: field_label(lang, key),
            case_value,
            other_value,
            kind,
            both: key == "narrative",
        }
    };
    CHOSEN
        .iter()
        .map(|f| row(f, false))
        .chain(JOINED.iter().map(|f| row(f, true)))
        .collect()
}

/// The admin's choices, as posted by the merge form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeChoice {
    /// The case that keeps its id: the other one's address leads to it from now on.
    pub keep: Side,
    /// For each field that differs, where its value comes from.
    pub picks: BTreeMap<String, Pick>,
    /// Why the two are one person (sealed).
    pub notes: String,
    /// Each case's revision when the page was opened.
    pub case_revision: String,
    pub other_revision: String,
}

/// The most characters of merge notes.
pub const MAX_NOTES: usize = 5_000;

impl MergeChoice {
    /// Reads the posted form against the rows the page showed. A field the page offered no choice
    /// for takes no pick; one it did and the form lacks takes the kept case's value. Errors are in
    /// the language of the request ([`crate::i18n::current`]).
    pub fn read(
        fields: &BTreeMap<String, String>,
        rows: &[MergeRow],
    ) -> Result<MergeChoice, FieldErrors> {
        let lang = crate::i18n::current();
        let value = |k: &str| fields.get(k).map(|v| v.trim()).unwrap_or_default();
        let mut errors = FieldErrors::default();
        let keep = Side::parse(value("keep"));
        if keep.is_none() {
            errors.add("keep", tr!(lang, "merge-error-keep"));
        }
        let keep = keep.unwrap_or(Side::Other);
        let notes = value("notes").to_string();
        if notes.is_empty() {
            errors.add("notes", tr!(lang, "merge-error-notes"));
        } else if notes.chars().count() > MAX_NOTES {
            // The number as written, not as Fluent would group it.
            errors.add(
                "notes",
                tr!(lang, "merge-error-notes-long", {"max" => MAX_NOTES.to_string()}),
            );
        }
        let mut picks = BTreeMap::new();
        for row in rows.iter().filter(|r| r.kind == RowKind::Choose) {
            let typed = value(&format!("pick-{}", row.key));
            let pick = match Pick::parse(typed) {
                Some(Pick::Both) if !row.both => None,
                Some(pick) => Some(pick),
                None if typed.is_empty() => Some(Pick::From(keep)),
                None => None,
            };
            match pick {
                Some(pick) => {
                    picks.insert(row.key.clone(), pick);
                }
                None => errors.add(&format!("pick-{}", row.key), tr!(lang, "merge-error-pick")),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(MergeChoice {
            keep,
            picks,
            notes,
            case_revision: value("case_revision").to_string(),
            other_revision: value("other_revision").to_string(),
        })
    }

    /// Which side each chosen field came from, for the record ("keep=other;name=case;…"): sides
    /// only, never a value.
    pub fn summary(&self) -> String {
        std::iter::once(format!("keep={}", self.keep.as_str()))
            .chain(
                self.picks
                    .iter()
                    .map(|(k, p)| format!("{k}={}", p.as_str())),
            )
            .collect::<Vec<_>>()
            .join(";")
    }

    /// The side a field's value was taken from (the kept case's when the field did not differ).
    pub fn side_of(&self, key: &str) -> Side {
        match self.picks.get(key) {
            Some(Pick::From(side)) => *side,
            _ => self.keep,
        }
    }

    /// The kept case's profile: each chosen field from its side, the others from whichever side
    /// has them, and every spelling, alias and ID number of both.
    pub fn merged(&self, case: &PersonForm, other: &PersonForm) -> PersonForm {
        let of = |side: Side| match side {
            Side::Case => case,
            Side::Other => other,
        };
        let (kept, merged) = (of(self.keep), of(self.keep.opposite()));
        // The value of a field (several form fields taken together), from the chosen side when
        // both sides have one, else from the side that has it.
        let pick = |key: &str, get: &dyn Fn(&PersonForm) -> Vec<String>| -> Vec<String> {
            let empty = |f: &PersonForm| get(f).iter().all(|v| v.trim().is_empty());
            let chosen = match self.picks.get(key) {
                Some(Pick::From(side)) => of(*side),
                _ => kept,
            };
            let fallback = if std::ptr::eq(chosen, kept) {
                merged
            } else {
                kept
            };
            if empty(chosen) {
                get(fallback)
            } else {
                get(chosen)
            }
        };
        let one = |key: &str, get: fn(&PersonForm) -> &String| -> String {
            pick(key, &|f| vec![get(f).clone()])
                .pop()
                .unwrap_or_default()
        };
        let birth = pick("birth", &|f| {
            vec![f.birth_date.clone(), f.birth_year.clone()]
        });
        let last = pick("last_contact", &|f| {
            vec![
                f.last_contact_date.clone(),
                f.last_contact_location.clone(),
                f.last_contact_place_note.clone(),
            ]
        });
        let name = one("name", |f| &f.name);
        let narrative = match self.picks.get("narrative") {
            Some(Pick::Both) => format!("{}\n\n{}", kept.narrative.trim(), merged.narrative.trim()),
            _ => one("narrative", |f| &f.narrative),
        };
        // The name not taken is another spelling of the person.
        let mut spellings = vec![kept.name.clone(), merged.name.clone()];
        spellings.retain(|n| n.trim() != name.trim());
        spellings.push(kept.other_names.clone());
        spellings.push(merged.other_names.clone());
        // ...but the chosen name is not another spelling of itself.
        let other_names = joined(&spellings, &['\n', ';'])
            .lines()
            .filter(|s| s.to_lowercase() != name.trim().to_lowercase())
            .collect::<Vec<_>>()
            .join("\n");
        PersonForm {
            name,
            other_names,
            aliases: joined(
                &[kept.aliases.clone(), merged.aliases.clone()],
                &['\n', ';'],
            ),
            id_numbers: joined(
                &[kept.id_numbers.clone(), merged.id_numbers.clone()],
                &['\n', ',', ';'],
            ),
            birth_date: birth.first().cloned().unwrap_or_default(),
            birth_year: birth.get(1).cloned().unwrap_or_default(),
            gender: one("gender", |f| &f.gender),
            ethnicity: one("ethnicity", |f| &f.ethnicity),
            residency: one("residency", |f| &f.residency),
            occupation: one("occupation", |f| &f.occupation),
            address: one("address", |f| &f.address),
            status: one("status", |f| &f.status),
            verification: one("verification", |f| &f.verification),
            narrative,
            last_contact_date: last.first().cloned().unwrap_or_default(),
            last_contact_location: last.get(1).cloned().unwrap_or_default(),
            last_contact_place_note: last.get(2).cloned().unwrap_or_default(),
            revision: kept.revision.clone(),
        }
    }
}

/// Every entry of `lists` (split at `separators`), each once, in order, one per line.
fn joined(lists: &[String], separators: &[char]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for entry in lists
        .iter()
        .flat_map(|l| l.split(separators))
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if !out.iter().any(|o| o.to_lowercase() == entry.to_lowercase()) {
            out.push(entry);
        }
    }
    out.join("\n")
}

/// The merged profile's errors, moved to the rows they came from (`pick-{row}`).
pub fn errors_by_row(errors: &FieldErrors) -> FieldErrors {
    let mut out = FieldErrors::default();
    for (field, message) in errors.iter() {
        let row = match field {
            "birth_date" | "birth_year" => "birth",
            "last_contact_date" | "last_contact_location" => "last_contact",
            other => other,
        };
        out.add(&format!("pick-{row}"), message);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name: &str) -> PersonForm {
        PersonForm {
            name: name.into(),
            status: "missing".into(),
            verification: "reported".into(),
            ..PersonForm::default()
        }
    }

    fn choice(keep: Side, picks: &[(&str, Pick)]) -> MergeChoice {
        MergeChoice {
            keep,
            picks: picks.iter().map(|(k, p)| (k.to_string(), *p)).collect(),
            notes: "same ID number".into(),
            case_revision: "1".into(),
            other_revision: "1".into(),
        }
    }

    #[test]
    fn the_name_not_chosen_becomes_another_spelling_and_lists_are_joined_once() {
        let mut a = form("Yerlan Sarsenbaiuly");
        a.other_names = "Ерлан Сәрсенбайұлы".into();
        a.id_numbers = "650102198001011234".into();
        let mut b = form("Ерлан Сәрсенбайұлы");
        b.other_names = "叶尔兰·萨尔森拜; yerlan sarsenbaiuly".into();
        b.id_numbers = "650102198001011234, 12345678".into();
        b.aliases = "Yeke".into();
        let merged = choice(Side::Other, &[("name", Pick::From(Side::Case))]).merged(&a, &b);
        assert_eq!(merged.name, "Yerlan Sarsenbaiuly");
        assert_eq!(
            merged.other_names, "Ерлан Сәрсенбайұлы\n叶尔兰·萨尔森拜",
            "the other name once, and the chosen name not as a spelling of itself, whatever its case"
        );
        assert_eq!(merged.id_numbers, "650102198001011234\n12345678");
        assert_eq!(merged.aliases, "Yeke");
    }

    #[test]
    fn a_field_given_on_one_side_only_is_kept_whatever_side_is_kept() {
        let mut a = form("A");
        a.birth_date = "1980-01-01".into();
        a.birth_year = "1980".into();
        a.occupation = "teacher".into();
        let mut b = form("A");
        b.last_contact_date = "2017".into();
        b.last_contact_location = "ghulja".into();
        b.status = "sentenced".into();
        let merged = choice(Side::Other, &[("status", Pick::From(Side::Other))]).merged(&a, &b);
        assert_eq!(
            (merged.birth_date.as_str(), merged.birth_year.as_str()),
            ("1980-01-01", "1980")
        );
        assert_eq!(merged.occupation, "teacher");
        assert_eq!(merged.last_contact_date, "2017");
        assert_eq!(merged.last_contact_location, "ghulja");
        assert_eq!(merged.status, "sentenced");
    }

    #[test]
    fn the_birth_date_and_year_come_from_one_side_together() {
        let mut a = form("A");
        a.birth_date = "1980-01-01".into();
        a.birth_year = "1980".into();
        let mut b = form("A");
        b.birth_year = "1981".into();
        let merged = choice(Side::Case, &[("birth", Pick::From(Side::Other))]).merged(&a, &b);
        assert_eq!(
            merged.birth_date, "",
            "not a date of one side with the year of the other"
        );
        assert_eq!(merged.birth_year, "1981");
    }

    #[test]
    fn both_narratives_are_kept_the_kept_case_first() {
        let mut a = form("A");
        a.narrative = "Taken from home in 2018.".into();
        let mut b = form("A");
        b.narrative = "His brother says he was sentenced.".into();
        let merged = choice(Side::Other, &[("narrative", Pick::Both)]).merged(&a, &b);
        assert_eq!(
            merged.narrative,
            "His brother says he was sentenced.\n\nTaken from home in 2018."
        );
    }

    #[test]
    fn the_fields_are_named_in_the_readers_language() {
        assert_eq!(field_label(Lang::En, "birth"), "Date and year of birth");
        assert_eq!(field_label(Lang::Ru, "birth"), "Дата и год рождения");
        assert_eq!(
            field_label(Lang::Zh, "last_contact"),
            "最后联系（日期和地点）"
        );
    }

    fn chosen_row(key: &str, both: bool) -> MergeRow {
        MergeRow {
            key: key.into(),
            label: key.into(),
            case_value: Some("x".into()),
            other_value: Some("y".into()),
            kind: RowKind::Choose,
            both,
        }
    }

    #[test]
    fn the_form_needs_notes_and_a_kept_case_and_refuses_a_made_up_pick() {
        let rows = [chosen_row("status", false), chosen_row("narrative", true)];
        let posted = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<BTreeMap<_, _>>()
        };
        let errors = MergeChoice::read(&posted(&[("pick-status", "both")]), &rows).unwrap_err();
        assert!(errors.get("notes").is_some());
        assert!(errors.get("keep").is_some());
        assert!(
            errors.get("pick-status").is_some(),
            "'both' only for the narrative"
        );
        let read = MergeChoice::read(
            &posted(&[
                ("keep", "case"),
                ("notes", "same person"),
                ("pick-narrative", "both"),
            ]),
            &rows,
        )
        .unwrap();
        assert_eq!(read.side_of("status"), Side::Case, "the kept case's value");
        assert_eq!(read.summary(), "keep=case;narrative=both;status=case");
    }
}
