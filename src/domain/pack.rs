//! A UN submission pack for one case, as the pack's page receives it: which working group it is
//! for, whether the family's consent allows it, and the checklist of what that working group
//! needs before it can take the case.

use super::sensitive::Sensitive;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The communications Izde prepares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Template {
    /// To the Working Group on Enforced or Involuntary Disappearances.
    Wgeid,
    /// To the Working Group on Arbitrary Detention.
    Wgad,
}

impl Template {
    pub const ALL: [Template; 2] = [Template::Wgeid, Template::Wgad];

    /// The code in the page's address and the audit log's action (`pack.wgeid`).
    pub fn code(self) -> &'static str {
        match self {
            Template::Wgeid => "wgeid",
            Template::Wgad => "wgad",
        }
    }

    pub fn parse(code: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The working group's name, in English (the communication is written in English).
    pub fn working_group(self) -> &'static str {
        match self {
            Template::Wgeid => "Working Group on Enforced or Involuntary Disappearances",
            Template::Wgad => "Working Group on Arbitrary Detention",
        }
    }
}

/// What the pack's form asks: who submits it, and whether the working group should keep that
/// confidential. Nothing of it is stored (the audit log keeps who made the pack, for which case and
/// with which template).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PackForm {
    /// The submitting organisation (or person).
    pub submitter_organisation: String,
    /// How the working group reaches the submitter: an address, an e-mail.
    pub submitter_contact: String,
    /// "yes": the working group is asked to keep the submitter's identity confidential.
    pub confidential: String,
}

/// One element a working group needs, and whether the case has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// A stable code (`responsible_forces`), used as the item's anchor.
    pub code: String,
    /// What the element is, in the reader's language.
    pub label: String,
    /// Whether the case (or the form) has it.
    pub done: bool,
    /// Why it does not count yet ("known only to the year"), in the reader's language.
    pub note: Option<String>,
    /// Where to fill it in: a form of the case, or a field of the pack's own form (`#…`).
    pub fix: Option<String>,
    /// Without it the pack is not made; the others are advised.
    pub required: bool,
}

/// The pack's page: the case, the template, the consent and the checklist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackView {
    pub case_id: Uuid,
    /// The missing person's name (the page is only for those who may read it).
    pub name: Sensitive,
    pub pseudonym: String,
    pub template: Template,
    /// Why the family's consent does not allow a pack, in the reader's language; none when it
    /// does.
    pub consent_refusal: Option<String>,
    pub checklist: Vec<ChecklistItem>,
}

impl PackView {
    /// The required elements still missing.
    pub fn missing(&self) -> impl Iterator<Item = &ChecklistItem> {
        self.checklist.iter().filter(|i| i.required && !i.done)
    }

    /// Whether the pack can be made: consent, and every required element.
    pub fn ready(&self) -> bool {
        self.consent_refusal.is_none() && self.missing().next().is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(code: &str, done: bool, required: bool) -> ChecklistItem {
        ChecklistItem {
            code: code.into(),
            label: code.into(),
            done,
            note: None,
            fix: None,
            required,
        }
    }

    #[test]
    fn a_template_reads_back_from_its_code_and_nothing_else_is_one() {
        for t in Template::ALL {
            assert_eq!(Template::parse(t.code()), Some(t));
        }
        assert_eq!(Template::parse("WGEID"), None);
        assert_eq!(Template::parse(""), None);
    }

    #[test]
    fn a_pack_is_ready_with_consent_and_every_required_element_whatever_is_only_advised() {
        let mut view = PackView {
            case_id: Uuid::nil(),
            name: Sensitive::new("x"),
            pseudonym: "Case K-0000-0000".into(),
            template: Template::Wgeid,
            consent_refusal: None,
            checklist: vec![item("name", true, true), item("latin", false, false)],
        };
        assert!(view.ready());
        view.checklist.push(item("responsible_forces", false, true));
        assert!(!view.ready());
        assert_eq!(
            view.missing().map(|i| i.code.as_str()).collect::<Vec<_>>(),
            ["responsible_forces"]
        );
        view.checklist.pop();
        view.consent_refusal = Some("no consent".into());
        assert!(!view.ready());
    }
}
