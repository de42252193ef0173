//! One testimony about several missing relatives (a father about his three sons): the intake
//! repeats the missing person's steps for each, and each becomes its own case sharing the testifier
//! and the testimony.
//!
//! The first relative's fields keep their names; the second's are posted as `r2-name`,
//! `r2-status` …, the third's as `r3-…`. Each relative is validated as if the form were about them
//! alone (the testifier, the testimony and the source are shared), so every rule of the intake
//! holds for every relative, and their errors come back under their own field names.

use super::{FieldErrors, IntakeForm, PersonForm};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The most missing relatives one intake records.
pub const MAX_RELATIVES: usize = 8;

/// The prefixes of the fields of the second, third … relative.
pub const RELATIVE_PREFIXES: [&str; MAX_RELATIVES - 1] =
    ["r2-", "r3-", "r4-", "r5-", "r6-", "r7-", "r8-"];

/// The name `field` of relative `i` (0: the first) is posted with.
pub fn relative_field(i: usize, field: &str) -> String {
    match i.checked_sub(1).and_then(|i| RELATIVE_PREFIXES.get(i)) {
        Some(prefix) => format!("{prefix}{field}"),
        None => field.to_string(),
    }
}

/// A missing relative's part of the intake (steps 2–4), and how the testifier is related to them.
/// The field names are the intake's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RelativeForm {
    pub relationship: String,
    #[serde(flatten)]
    pub person: PersonForm,
    pub last_contact_summary: String,
    pub disappearance_date: String,
    pub facility_kind: String,
    pub facility_name: String,
    pub detention_location: String,
    pub detention_place_note: String,
    pub detention_date: String,
    pub alleged_act: String,
    pub legal_charge: String,
    pub sentence: String,
    pub court: String,
    pub conviction_date: String,
    pub learned_date: String,
    pub learned_how: String,
    pub confirmed_by: String,
    /// "yes" when the volunteer confirmed that a look-alike existing case is someone else.
    pub not_duplicate: String,
}

impl RelativeForm {
    /// The names of a relative's fields, as the first relative's are posted.
    pub fn field_names() -> Vec<String> {
        match serde_json::to_value(Self::default()) {
            Ok(Value::Object(fields)) => fields.keys().cloned().collect(),
            _ => Vec::new(),
        }
    }
}

/// The fields of `value` (a form serialized to JSON) as an object.
fn fields_of<T: Serialize>(value: &T) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(fields)) => fields,
        _ => Map::new(),
    }
}

/// What the relatives' buttons did to a form that is to be shown again rather than saved.
#[derive(Debug, PartialEq)]
pub enum RelativesChange {
    Added,
    Removed,
    /// "Add" with [`MAX_RELATIVES`] already there.
    Full,
}

impl IntakeForm {
    /// How many missing relatives the form records.
    pub fn relative_count(&self) -> usize {
        1 + self.more.len()
    }

    /// The first relative's fields.
    pub fn first_relative(&self) -> RelativeForm {
        serde_json::from_value(Value::Object(fields_of(self))).unwrap_or_default()
    }

    /// The form with relative `i` (0: the first) in the first relative's place and the others
    /// after it; the testifier, the testimony and the source stay.
    pub fn for_relative(&self, i: usize) -> IntakeForm {
        if i == 0 || i > self.more.len() {
            return self.clone();
        }
        let mut others: Vec<RelativeForm> = std::iter::once(self.first_relative())
            .chain(self.more.iter().cloned())
            .collect();
        let chosen = others.remove(i);
        let mut fields = fields_of(self);
        fields.extend(fields_of(&chosen));
        fields.insert(
            "more".into(),
            serde_json::to_value(others).unwrap_or_default(),
        );
        serde_json::from_value(Value::Object(fields)).unwrap_or_else(|_| self.clone())
    }

    /// Reads the relatives after the first from the posted `(name, value)` pairs (`r2-name` …),
    /// in the order of their numbers.
    pub fn read_relatives(&mut self, pairs: &[(String, String)]) {
        let mut groups = vec![Map::new(); RELATIVE_PREFIXES.len()];
        for (name, value) in pairs {
            for (group, prefix) in groups.iter_mut().zip(RELATIVE_PREFIXES) {
                if let Some(field) = name.strip_prefix(prefix) {
                    group.insert(field.to_string(), Value::String(value.clone()));
                }
            }
        }
        self.more = groups
            .into_iter()
            .filter(|g| !g.is_empty())
            .map(|g| serde_json::from_value(Value::Object(g)).unwrap_or_default())
            .collect();
    }

    /// Applies the button that sent the form when it was "add another missing relative" or
    /// "remove relative N": the form is then shown again, not saved. None: the form is to be saved.
    pub fn apply_relatives_button(&mut self) -> Option<RelativesChange> {
        let button = std::mem::take(&mut self.relatives);
        if button.is_empty() {
            return None;
        }
        if button == "add" {
            if self.relative_count() >= MAX_RELATIVES {
                return Some(RelativesChange::Full);
            }
            self.more.push(RelativeForm::default());
            return Some(RelativesChange::Added);
        }
        let number = button
            .strip_prefix("remove-")
            .and_then(|n| n.parse::<usize>().ok());
        if let Some(n) = number.filter(|n| (2..=self.relative_count()).contains(n)) {
            self.more.remove(n - 2);
        }
        Some(RelativesChange::Removed)
    }
}

impl FieldErrors {
    /// Adds the errors found in [`IntakeForm::for_relative`]`(i)`: the relative's own fields under
    /// the names they were posted with, the shared ones as they are.
    pub fn add_relative(&mut self, i: usize, errors: &FieldErrors) {
        let own = RelativeForm::field_names();
        for (field, message) in errors.iter() {
            if own.iter().any(|f| f == field) {
                self.add(&relative_field(i, field), message);
            } else {
                self.add(field, message);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_sons() -> IntakeForm {
        let mut form = IntakeForm {
            testifier_name: "Father".into(),
            relationship: "father".into(),
            transcript: "Both were taken".into(),
            ..IntakeForm::default()
        };
        form.person.name = "First son".into();
        form.court = "First court".into();
        form.read_relatives(&[
            ("r2-name".into(), "Second son".into()),
            ("r2-relationship".into(), "father".into()),
            ("r2-court".into(), "Second court".into()),
            ("testifier_name".into(), "ignored here".into()),
        ]);
        form
    }

    #[test]
    fn every_field_of_a_relative_is_a_field_of_the_intake() {
        let intake = fields_of(&IntakeForm::default());
        for field in RelativeForm::field_names() {
            assert!(
                intake.contains_key(&field),
                "{field} is not an intake field"
            );
        }
    }

    #[test]
    fn the_second_relative_is_read_from_its_prefixed_fields() {
        let form = two_sons();
        assert_eq!(form.relative_count(), 2);
        assert_eq!(form.more[0].person.name, "Second son");
        assert_eq!(form.more[0].court, "Second court");
        assert_eq!(form.more[0].relationship, "father");
    }

    #[test]
    fn each_relative_is_validated_in_the_first_place_with_the_shared_fields() {
        let form = two_sons();
        let second = form.for_relative(1);
        assert_eq!(second.person.name, "Second son");
        assert_eq!(second.court, "Second court");
        assert_eq!(second.testifier_name, "Father");
        assert_eq!(second.transcript, "Both were taken");
        // The first relative is among the others, so its names are still checked.
        assert_eq!(second.more.len(), 1);
        assert_eq!(second.more[0].person.name, "First son");
        assert_eq!(form.for_relative(0), form);
    }

    #[test]
    fn a_relatives_own_errors_come_back_under_its_prefix() {
        let mut found = FieldErrors::default();
        found.add("name", "a name is needed");
        found.add("source_title", "no names here");
        let mut errors = FieldErrors::default();
        errors.add_relative(1, &found);
        assert_eq!(errors.get("r2-name"), Some("a name is needed"));
        assert_eq!(errors.get("source_title"), Some("no names here"));
        assert_eq!(errors.get("name"), None);
    }

    #[test]
    fn the_buttons_add_and_remove_relatives_up_to_the_limit() {
        let mut form = two_sons();
        assert_eq!(form.apply_relatives_button(), None);
        form.relatives = "add".into();
        assert_eq!(form.apply_relatives_button(), Some(RelativesChange::Added));
        assert_eq!(form.relative_count(), 3);
        assert!(form.relatives.is_empty());
        form.relatives = "remove-2".into();
        assert_eq!(
            form.apply_relatives_button(),
            Some(RelativesChange::Removed)
        );
        assert_eq!(form.relative_count(), 2);
        assert_eq!(form.more[0].person.name, "");
        form.relatives = "remove-1".into();
        form.apply_relatives_button();
        assert_eq!(form.relative_count(), 2, "the first relative stays");
        while form.relative_count() < MAX_RELATIVES {
            form.relatives = "add".into();
            form.apply_relatives_button();
        }
        form.relatives = "add".into();
        assert_eq!(form.apply_relatives_button(), Some(RelativesChange::Full));
        assert_eq!(form.relative_count(), MAX_RELATIVES);
    }
}
