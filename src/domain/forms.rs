//! The forms volunteers fill in, as typed (every field a string, so nothing they typed is lost when a
//! form comes back with errors), and their validation into the commands the server executes.
//!
//! Parse, don't validate: a `*Form` becomes a `New*`/`*Fields` value or a set of [`FieldErrors`]
//! naming each field that needs attention. Error messages never repeat what was typed.

use super::partial_date::{PartialDate, Precision, Qualifier};
use super::sensitive::Sensitive;
use super::sentence::SentenceLength;
use super::vocab::{names, Vocabularies};
use crate::i18n::{tr, Lang};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Field name → a message to show next to that field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    /// Records an error for a field (the first one for a field wins).
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0
            .entry(field.to_string())
            .or_insert_with(|| message.into());
    }

    /// The error for a field, if any.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    /// Whether no field has an error.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every field with an error, with its message.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Number of fields with errors.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

/// Longest accepted name-like value, in characters.
pub const MAX_SHORT: usize = 300;
/// Longest accepted free text (narratives, notes, summaries), in characters.
pub const MAX_LONG: usize = 20_000;
/// Longest accepted transcript, in characters.
pub const MAX_TRANSCRIPT: usize = 500_000;

/// Reads fields of a form, collecting every error rather than stopping at the first.
struct Reader<'a> {
    vocab: &'a Vocabularies,
    errors: FieldErrors,
    /// The language of the request: the errors are written in it.
    lang: Lang,
}

impl<'a> Reader<'a> {
    fn new(vocab: &'a Vocabularies) -> Self {
        Self {
            vocab,
            errors: FieldErrors::default(),
            lang: crate::i18n::current(),
        }
    }

    fn text(&mut self, field: &str, value: &str, max: usize) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        if value.chars().count() > max {
            let lang = self.lang;
            self.errors
                .add(field, tr!(lang, "error-too-long", {"max" => max}));
            return None;
        }
        Some(value.to_string())
    }

    /// A text that must be given; `missing` is the error when it is not.
    fn required_text(&mut self, field: &str, value: &str, max: usize, missing: String) -> String {
        let text = self.text(field, value, max);
        if text.is_none() && value.trim().is_empty() {
            self.errors.add(field, missing);
        }
        text.unwrap_or_default()
    }

    fn sensitive(&mut self, field: &str, value: &str, max: usize) -> Option<Sensitive> {
        self.text(field, value, max).map(Sensitive::from)
    }

    fn code(&mut self, field: &str, vocabulary: &str, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        if self.vocab.contains(vocabulary, value) {
            Some(value.to_string())
        } else {
            let lang = self.lang;
            self.errors.add(field, tr!(lang, "error-choose-listed"));
            None
        }
    }

    /// A code that must be chosen; `missing` is the error when it is not.
    fn required_code(
        &mut self,
        field: &str,
        vocabulary: &str,
        value: &str,
        missing: String,
    ) -> String {
        if value.trim().is_empty() {
            self.errors.add(field, missing);
            return String::new();
        }
        self.code(field, vocabulary, value).unwrap_or_default()
    }

    fn location(&mut self, field: &str, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        if self.vocab.location(value).is_some() {
            Some(value.to_string())
        } else {
            let lang = self.lang;
            self.errors.add(field, tr!(lang, "error-choose-place"));
            None
        }
    }

    /// A note naming a place the gazetteer lacks ("another place in county X"), sealed: it needs
    /// the county (or township) it lies in chosen in the place field (`place`, read already).
    fn place_note(&mut self, field: &str, value: &str, place: Option<&str>) -> Option<Sensitive> {
        use super::vocab::LocationLevel;
        let note = self.sensitive(field, value, MAX_SHORT)?;
        let level = place.and_then(|p| self.vocab.location(p)).map(|l| l.level);
        if matches!(
            level,
            Some(LocationLevel::County | LocationLevel::Township | LocationLevel::Village)
        ) {
            Some(note)
        } else {
            let lang = self.lang;
            self.errors.add(field, tr!(lang, "error-place-note-county"));
            None
        }
    }

    fn date(&mut self, field: &str, value: &str) -> Option<PartialDate> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match PartialDate::parse(value) {
            Ok(date) => Some(date),
            Err(e) => {
                self.errors.add(field, e.message(self.lang));
                None
            }
        }
    }

    /// A whole number from `min` to `max`; `out_of_range` writes the error from `min` and `max`.
    fn integer(
        &mut self,
        field: &str,
        value: &str,
        min: i64,
        max: i64,
        out_of_range: fn(Lang, i64, i64) -> String,
    ) -> Option<i64> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match value.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                let message = out_of_range(self.lang, min, max);
                self.errors.add(field, message);
                None
            }
        }
    }

    fn ids(&mut self, field: &str, values: &[String]) -> Vec<uuid::Uuid> {
        let mut ids = Vec::new();
        for value in values.iter().filter(|v| !v.trim().is_empty()) {
            match uuid::Uuid::parse_str(value.trim()) {
                Ok(id) if !ids.contains(&id) => ids.push(id),
                Ok(_) => {}
                Err(_) => {
                    let lang = self.lang;
                    self.errors
                        .add(field, tr!(lang, "error-choose-listed-items"))
                }
            }
        }
        ids
    }
}

// ---------------------------------------------------------------------------------------------
// The missing person (shared by the intake and the case edit form).

/// The missing person's fields as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonForm {
    pub name: String,
    pub other_names: String,
    pub aliases: String,
    pub id_numbers: String,
    pub birth_date: String,
    pub birth_year: String,
    pub gender: String,
    pub ethnicity: String,
    pub residency: String,
    pub occupation: String,
    pub address: String,
    pub status: String,
    pub verification: String,
    pub narrative: String,
    pub last_contact_date: String,
    pub last_contact_location: String,
    /// A place the gazetteer lacks, inside the county chosen as `last_contact_location` (sealed).
    pub last_contact_place_note: String,
    /// The case's revision when the edit form was opened (empty in the intake); a save against a
    /// newer revision is refused rather than overwriting someone else's work.
    pub revision: String,
}

/// The missing person, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonFields {
    pub name: Sensitive,
    pub other_names: Option<Sensitive>,
    pub aliases: Option<Sensitive>,
    pub id_numbers: Option<Sensitive>,
    /// ISO date (YYYY-MM-DD).
    pub birth_date: Option<Sensitive>,
    pub birth_year: Option<i32>,
    pub gender: Option<String>,
    pub ethnicity: Option<String>,
    pub residency: Option<String>,
    pub occupation: Option<String>,
    pub address: Option<Sensitive>,
    pub status: String,
    pub verification: String,
    pub narrative: Option<Sensitive>,
    pub last_contact: Option<PartialDate>,
    pub last_location: Option<String>,
    /// The place itself, when the gazetteer lacks it (`last_location` is then its county).
    pub last_place_note: Option<Sensitive>,
}

fn read_person(r: &mut Reader<'_>, f: &PersonForm) -> PersonFields {
    let lang = r.lang;
    let name = Sensitive::new(r.required_text(
        "name",
        &f.name,
        MAX_SHORT,
        tr!(lang, "error-name-required"),
    ));
    let birth_date = r.date("birth_date", &f.birth_date).and_then(|d| {
        match (d.qualifier(), d.precision(), d.is_range(), d.earliest()) {
            (Qualifier::Exact, Precision::Day, false, Some(day)) => Some(day),
            _ => {
                r.errors
                    .add("birth_date", tr!(lang, "error-birth-date-full"));
                None
            }
        }
    });
    let mut birth_year = r
        .integer(
            "birth_year",
            &f.birth_year,
            1900,
            2100,
            |lang, min, max| tr!(lang, "error-birth-year-range", {"min" => min, "max" => max}),
        )
        .map(|y| y as i32);
    if let Some(day) = birth_date {
        use chrono::Datelike;
        match birth_year {
            Some(y) if y != day.year() => r
                .errors
                .add("birth_year", tr!(lang, "error-birth-year-mismatch")),
            None => birth_year = Some(day.year()),
            _ => {}
        }
    }
    let verification = r
        .code("verification", names::VERIFICATION, &f.verification)
        .unwrap_or_else(|| "reported".to_string());
    let last_location;
    PersonFields {
        name,
        other_names: r.sensitive("other_names", &f.other_names, MAX_LONG),
        aliases: r.sensitive("aliases", &f.aliases, MAX_LONG),
        id_numbers: r.sensitive("id_numbers", &f.id_numbers, MAX_SHORT),
        birth_date: birth_date.map(|d| Sensitive::new(d.format("%Y-%m-%d").to_string())),
        birth_year,
        gender: r.code("gender", names::GENDER, &f.gender),
        ethnicity: r.code("ethnicity", names::ETHNICITY, &f.ethnicity),
        residency: r.code("residency", names::RESIDENCY, &f.residency),
        occupation: r.code("occupation", names::OCCUPATION, &f.occupation),
        address: r.sensitive("address", &f.address, MAX_LONG),
        status: r.required_code(
            "status",
            names::CASE_STATUS,
            &f.status,
            tr!(lang, "error-status-required"),
        ),
        verification,
        narrative: r.sensitive("narrative", &f.narrative, MAX_LONG),
        last_contact: r.date("last_contact_date", &f.last_contact_date),
        last_place_note: {
            let place = r.location("last_contact_location", &f.last_contact_location);
            let note = r.place_note(
                "last_contact_place_note",
                &f.last_contact_place_note,
                place.as_deref(),
            );
            last_location = place;
            note
        },
        last_location,
    }
}

impl PersonForm {
    /// Validates the case edit form.
    pub fn validate(&self, vocab: &Vocabularies) -> Result<PersonFields, FieldErrors> {
        let mut r = Reader::new(vocab);
        let person = read_person(&mut r, self);
        r.errors.into_result(|| person)
    }

    /// The form pre-filled from a case, for editing.
    pub fn from_profile(p: &super::case::CaseProfile) -> Self {
        let s = |v: &Option<Sensitive>| {
            v.as_ref()
                .map(|v| v.expose().to_string())
                .unwrap_or_default()
        };
        let c =
            |v: &Option<super::case::Coded>| v.as_ref().map(|v| v.code.clone()).unwrap_or_default();
        Self {
            name: p.name.expose().to_string(),
            other_names: s(&p.other_names),
            aliases: s(&p.aliases),
            id_numbers: s(&p.id_numbers),
            birth_date: s(&p.birth_date),
            birth_year: p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            gender: c(&p.gender),
            ethnicity: c(&p.ethnicity),
            residency: c(&p.residency),
            occupation: c(&p.occupation),
            address: s(&p.address),
            status: p.status.code.clone(),
            verification: p.verification.code.clone(),
            narrative: s(&p.narrative),
            last_contact_date: p
                .last_contact
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            last_contact_location: c(&p.last_location),
            last_contact_place_note: s(&p.last_place_note),
            revision: String::new(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The guided intake.

/// The guided intake, in the order an Atajurt testimony runs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntakeForm {
    // 1. Who is testifying.
    pub testifier_name: String,
    pub testifier_contact: String,
    pub relationship: String,
    pub consent: String,
    pub pressure_notes: String,
    // 2. Who is missing; 3. last contact.
    #[serde(flatten)]
    pub person: PersonForm,
    pub last_contact_summary: String,
    pub disappearance_date: String,
    // 4. What is known.
    pub facility_kind: String,
    pub facility_name: String,
    pub detention_location: String,
    /// A place the gazetteer lacks, inside the county chosen as `detention_location` (sealed).
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
    // 5. The testimony and its sources.
    pub testimony_date: String,
    pub testimony_medium: String,
    pub testimony_language: String,
    pub testimony_duration: String,
    pub recording_location: String,
    pub transcript: String,
    #[serde(flatten)]
    pub source: SourceForm,
    /// "yes" when the volunteer confirmed that a look-alike existing case is someone else.
    pub not_duplicate: String,
    /// The missing relatives after the first, from the same testimony (their fields are posted
    /// with the prefixes of [`RELATIVE_PREFIXES`]).
    pub more: Vec<RelativeForm>,
    /// Which button sent the form: "add" (another missing relative), "remove-N" (relative N), or
    /// empty (save).
    pub relatives: String,
}

/// The testifier, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct NewTestifier {
    pub name: Sensitive,
    pub contact: Option<Sensitive>,
    pub relationship: String,
    pub consent: String,
    pub pressure_notes: Option<Sensitive>,
}

impl NewTestifier {
    /// What their link to the case carries.
    pub fn link(&self) -> TestifierLink {
        TestifierLink {
            relationship: self.relationship.clone(),
            consent: self.consent.clone(),
            pressure_notes: self.pressure_notes.clone(),
        }
    }
}

/// What a testifier's link to one case carries, validated: how they are related to the missing
/// person, their consent, and the pressure they received.
#[derive(Clone, Debug, PartialEq)]
pub struct TestifierLink {
    pub relationship: String,
    pub consent: String,
    pub pressure_notes: Option<Sensitive>,
}

/// A testifier added on the case page (the intake's first step, for one more person who speaks
/// for the missing person).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TestifierForm {
    pub testifier_name: String,
    pub testifier_contact: String,
    pub relationship: String,
    pub consent: String,
    pub pressure_notes: String,
    /// The case's revision when the form was opened (see `PersonForm`).
    pub revision: String,
    /// The id of a testifier already recorded on another case, chosen from a search, to link
    /// instead of a new person (their name and contact are then the recorded ones).
    pub existing: String,
}

impl TestifierForm {
    /// Validates the form, reporting every field that needs attention.
    pub fn validate(&self, vocab: &Vocabularies) -> Result<NewTestifier, FieldErrors> {
        let mut r = Reader::new(vocab);
        let testifier = read_testifier(&mut r, self);
        r.errors.into_result(|| testifier)
    }

    /// Validates the link's fields only (for a testifier already recorded).
    pub fn validate_link(&self, vocab: &Vocabularies) -> Result<TestifierLink, FieldErrors> {
        let mut r = Reader::new(vocab);
        let link = read_link(&mut r, self);
        r.errors.into_result(|| link)
    }
}

/// How the testifier is related to this missing person, their consent, the pressure received.
fn read_link(r: &mut Reader<'_>, f: &TestifierForm) -> TestifierLink {
    let lang = r.lang;
    TestifierLink {
        relationship: r.required_code(
            "relationship",
            names::RELATIONSHIP,
            &f.relationship,
            tr!(lang, "error-relationship-required"),
        ),
        consent: r.required_code(
            "consent",
            names::CONSENT,
            &f.consent,
            tr!(lang, "error-consent-required"),
        ),
        pressure_notes: r.sensitive("pressure_notes", &f.pressure_notes, MAX_LONG),
    }
}

/// The testifier's fields (the intake's step 1).
fn read_testifier(r: &mut Reader<'_>, f: &TestifierForm) -> NewTestifier {
    let lang = r.lang;
    let name = Sensitive::new(r.required_text(
        "testifier_name",
        &f.testifier_name,
        MAX_SHORT,
        tr!(lang, "error-testifier-name-required"),
    ));
    let contact = r.sensitive("testifier_contact", &f.testifier_contact, MAX_SHORT);
    let TestifierLink {
        relationship,
        consent,
        pressure_notes,
    } = read_link(r, f);
    NewTestifier {
        name,
        contact,
        relationship,
        consent,
        pressure_notes,
    }
}

/// Detention, trial and sentence, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct DetentionFields {
    pub facility_kind: Option<String>,
    pub facility_name: Option<String>,
    pub location: Option<String>,
    /// The place itself, when the gazetteer lacks it (`location` is then its county).
    pub place_note: Option<Sensitive>,
    pub alleged_act: Option<String>,
    pub legal_charge: Option<String>,
    pub sentence: Option<SentenceLength>,
    pub court: Option<String>,
    pub conviction_date: Option<PartialDate>,
    pub learned_date: Option<PartialDate>,
    pub learned_how: Option<String>,
    pub confirmed_by: Option<String>,
    /// Who is believed to have carried out the arrest (a `responsible_forces` code).
    pub responsible_forces: Option<String>,
    /// Whether a warrant was shown (a `warrant_shown` code).
    pub warrant_shown: Option<String>,
}

/// A recorded statement, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct TestimonyFields {
    pub recorded: Option<PartialDate>,
    pub medium: String,
    pub language: Option<String>,
    pub duration_minutes: Option<i32>,
    pub recording_location: Option<Sensitive>,
    pub transcript: Option<Sensitive>,
}

/// A validated intake: everything one transaction writes.
#[derive(Clone, Debug, PartialEq)]
pub struct NewTestimony {
    pub testifier: NewTestifier,
    pub person: PersonFields,
    pub detention: Option<DetentionFields>,
    pub testimony: TestimonyFields,
    /// Timeline events derived from the dated answers, in the order asked.
    pub events: Vec<EventFields>,
    pub source: Option<SourceFields>,
}

impl IntakeForm {
    /// Validates the whole intake, reporting every field that needs attention.
    pub fn validate(&self, vocab: &Vocabularies) -> Result<NewTestimony, FieldErrors> {
        let mut r = Reader::new(vocab);
        let testifier = read_testifier(&mut r, &self.testifier_form());
        let person = read_person(&mut r, &self.person);
        let last_contact_summary =
            r.sensitive("last_contact_summary", &self.last_contact_summary, MAX_LONG);
        let disappearance = r.date("disappearance_date", &self.disappearance_date);

        let detention_date = r.date("detention_date", &self.detention_date);
        let detention = self.detention_form().read(&mut r);
        let detention_known = detention != DetentionFields::empty() || detention_date.is_some();

        let testimony = self.testimony_form().read(&mut r);
        let source = if self.source.is_blank() {
            None
        } else {
            Some(read_source(&mut r, &self.source))
        };

        // Names in the fields stored unencrypted: checked on the server
        // (`records::validate_intake`), which compares spellings across scripts.

        // The dated answers become the first timeline events.
        let mut events = Vec::new();
        if person.last_contact.is_some()
            || person.last_location.is_some()
            || last_contact_summary.is_some()
        {
            events.push(
                EventFields::new(
                    "last_contact",
                    person.last_contact,
                    person.last_location.clone(),
                    last_contact_summary,
                )
                .noted(person.last_place_note.clone()),
            );
        }
        if disappearance.is_some() {
            events.push(
                EventFields::new(
                    "disappearance",
                    disappearance,
                    person.last_location.clone(),
                    None,
                )
                .noted(person.last_place_note.clone()),
            );
        }
        if detention_date.is_some() {
            let kind = if detention.facility_kind.as_deref() == Some("camp") {
                "camp"
            } else {
                "detention"
            };
            events.push(
                EventFields::new(kind, detention_date, detention.location.clone(), None)
                    .noted(detention.place_note.clone()),
            );
        }
        if detention.conviction_date.is_some() || detention.sentence.is_some() {
            let mut sentence = EventFields::new(
                "sentence",
                detention.conviction_date,
                detention.location.clone(),
                None,
            )
            .noted(detention.place_note.clone());
            sentence.reported = detention.learned_date;
            events.push(sentence);
        }

        r.errors.into_result(|| NewTestimony {
            testifier,
            person,
            detention: detention_known.then_some(detention),
            testimony,
            events,
            source,
        })
    }
}

impl DetentionFields {
    fn empty() -> Self {
        Self {
            facility_kind: None,
            facility_name: None,
            location: None,
            place_note: None,
            alleged_act: None,
            legal_charge: None,
            sentence: None,
            court: None,
            conviction_date: None,
            learned_date: None,
            learned_how: None,
            confirmed_by: None,
            responsible_forces: None,
            warrant_shown: None,
        }
    }
}

/// A detention, trial and sentence as typed on its own form (the case page's "Add a detention",
/// or a detention's "Edit"); the field names are the intake's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DetentionForm {
    pub facility_kind: String,
    pub facility_name: String,
    pub detention_location: String,
    /// A place the gazetteer lacks, inside the county chosen as `detention_location` (sealed).
    pub detention_place_note: String,
    pub alleged_act: String,
    pub legal_charge: String,
    pub sentence: String,
    pub court: String,
    pub conviction_date: String,
    pub learned_date: String,
    pub learned_how: String,
    pub confirmed_by: String,
    /// Who is believed to have carried out the arrest (a `responsible_forces` code).
    pub responsible_forces: String,
    /// Whether a warrant was shown (a `warrant_shown` code).
    pub warrant_shown: String,
    /// The case's revision when the form was opened (see `PersonForm`).
    pub revision: String,
}

impl DetentionForm {
    /// Validates a detention: at least one of its fields must say something.
    pub fn validate(&self, vocab: &Vocabularies) -> Result<DetentionFields, FieldErrors> {
        let mut r = Reader::new(vocab);
        let detention = self.read(&mut r);
        if r.errors.is_empty() && detention == DetentionFields::empty() {
            let lang = r.lang;
            r.errors
                .add("facility_kind", tr!(lang, "error-detention-empty"));
        }
        r.errors.into_result(|| detention)
    }

    /// Reads every field, adding errors to `r`.
    fn read(&self, r: &mut Reader) -> DetentionFields {
        let sentence = match self.sentence.trim() {
            "" => None,
            s => match SentenceLength::parse(s) {
                Ok(s) => Some(s),
                Err(e) => {
                    let lang = r.lang;
                    let message = match e {
                        super::sentence::SentenceError::TooLong => {
                            tr!(lang, "error-sentence-too-long")
                        }
                        _ => tr!(lang, "error-sentence-unreadable"),
                    };
                    r.errors.add("sentence", message);
                    None
                }
            },
        };
        let location = r.location("detention_location", &self.detention_location);
        DetentionFields {
            facility_kind: r.code("facility_kind", names::FACILITY_KIND, &self.facility_kind),
            facility_name: r.text("facility_name", &self.facility_name, MAX_SHORT),
            place_note: r.place_note(
                "detention_place_note",
                &self.detention_place_note,
                location.as_deref(),
            ),
            location,
            alleged_act: r.text("alleged_act", &self.alleged_act, MAX_LONG),
            legal_charge: r.code("legal_charge", names::LEGAL_CHARGE, &self.legal_charge),
            sentence,
            court: r.text("court", &self.court, MAX_SHORT),
            conviction_date: r.date("conviction_date", &self.conviction_date),
            learned_date: r.date("learned_date", &self.learned_date),
            learned_how: r.code("learned_how", names::LEARNED_HOW, &self.learned_how),
            confirmed_by: r.text("confirmed_by", &self.confirmed_by, MAX_SHORT),
            responsible_forces: r.code(
                "responsible_forces",
                names::RESPONSIBLE_FORCES,
                &self.responsible_forces,
            ),
            warrant_shown: r.code("warrant_shown", names::WARRANT_SHOWN, &self.warrant_shown),
        }
    }

    /// The form pre-filled from a detention, for editing.
    pub fn from_view(d: &super::case::DetentionView) -> Self {
        let code =
            |c: &Option<super::case::Coded>| c.as_ref().map(|c| c.code.clone()).unwrap_or_default();
        let date =
            |d: &Option<PartialDate>| d.as_ref().map(ToString::to_string).unwrap_or_default();
        Self {
            facility_kind: code(&d.facility_kind),
            facility_name: d.facility_name.clone().unwrap_or_default(),
            detention_location: code(&d.location),
            detention_place_note: d
                .place_note
                .as_ref()
                .map(|n| n.expose().to_string())
                .unwrap_or_default(),
            alleged_act: d.alleged_act.clone().unwrap_or_default(),
            legal_charge: code(&d.legal_charge),
            sentence: d.sentence.clone().unwrap_or_default(),
            court: d.court.clone().unwrap_or_default(),
            conviction_date: date(&d.conviction_date),
            learned_date: date(&d.learned_date),
            learned_how: code(&d.learned_how),
            confirmed_by: d.confirmed_by.clone().unwrap_or_default(),
            responsible_forces: code(&d.responsible_forces),
            warrant_shown: code(&d.warrant_shown),
            revision: String::new(),
        }
    }
}

impl IntakeForm {
    /// The intake's detention answers, as the detention form has them.
    fn detention_form(&self) -> DetentionForm {
        DetentionForm {
            facility_kind: self.facility_kind.clone(),
            facility_name: self.facility_name.clone(),
            detention_location: self.detention_location.clone(),
            detention_place_note: self.detention_place_note.clone(),
            alleged_act: self.alleged_act.clone(),
            legal_charge: self.legal_charge.clone(),
            sentence: self.sentence.clone(),
            court: self.court.clone(),
            conviction_date: self.conviction_date.clone(),
            learned_date: self.learned_date.clone(),
            learned_how: self.learned_how.clone(),
            confirmed_by: self.confirmed_by.clone(),
            revision: String::new(),
            ..DetentionForm::default()
        }
    }
}

/// A testimony as typed on its own form (the case page's "Add a testimony", or a testimony's
/// "Edit"): who gave it, and the intake's testimony fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TestimonyForm {
    /// One of the case's testifiers.
    pub testifier: String,
    pub testimony_date: String,
    pub testimony_medium: String,
    pub testimony_language: String,
    pub testimony_duration: String,
    pub recording_location: String,
    pub transcript: String,
    /// One of the case's sources that holds the testimony (the published video), or empty.
    pub testimony_source: String,
    /// The case's revision when the form was opened (see `PersonForm`).
    pub revision: String,
}

/// A testimony of a case, validated: who gave it, what it is, and the source that holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseTestimony {
    pub testifier: uuid::Uuid,
    pub testimony: TestimonyFields,
    pub source: Option<uuid::Uuid>,
}

impl TestimonyForm {
    /// Validates a testimony; the testifier and source must be among the case's (checked on
    /// the server).
    pub fn validate(&self, vocab: &Vocabularies) -> Result<CaseTestimony, FieldErrors> {
        let mut r = Reader::new(vocab);
        let testimony = self.read(&mut r);
        let testifier = match uuid::Uuid::parse_str(self.testifier.trim()) {
            Ok(id) => Some(id),
            Err(_) => {
                let lang = r.lang;
                r.errors
                    .add("testifier", tr!(lang, "error-testifier-choose"));
                None
            }
        };
        let source = r.ids(
            "testimony_source",
            std::slice::from_ref(&self.testimony_source),
        );
        r.errors.into_result(|| CaseTestimony {
            testifier: testifier.unwrap_or_default(),
            testimony,
            source: source.first().copied(),
        })
    }

    /// Reads the testimony's own fields, adding errors to `r`.
    fn read(&self, r: &mut Reader) -> TestimonyFields {
        let lang = r.lang;
        TestimonyFields {
            recorded: r.date("testimony_date", &self.testimony_date),
            medium: r.required_code(
                "testimony_medium",
                names::TESTIMONY_MEDIUM,
                &self.testimony_medium,
                tr!(lang, "error-medium-required"),
            ),
            language: r.code(
                "testimony_language",
                names::LANGUAGE,
                &self.testimony_language,
            ),
            duration_minutes: r
                .integer(
                    "testimony_duration",
                    &self.testimony_duration,
                    0,
                    10_000,
                    |lang, min, max| {
                        tr!(lang, "error-duration-range", {"min" => min, "max" => max})
                    },
                )
                .map(|m| m as i32),
            recording_location: r.sensitive(
                "recording_location",
                &self.recording_location,
                MAX_SHORT,
            ),
            transcript: r.sensitive("transcript", &self.transcript, MAX_TRANSCRIPT),
        }
    }

    /// The form pre-filled from a testimony, for editing.
    pub fn from_view(t: &super::case::TestimonyView) -> Self {
        let secret = |s: &Option<Sensitive>| {
            s.as_ref()
                .map(|s| s.expose().to_string())
                .unwrap_or_default()
        };
        Self {
            testifier: t.testifier_id.map(|id| id.to_string()).unwrap_or_default(),
            testimony_date: t
                .recorded
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            testimony_medium: t.medium.code.clone(),
            testimony_language: t
                .language
                .as_ref()
                .map(|l| l.code.clone())
                .unwrap_or_default(),
            testimony_duration: t
                .duration_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
            recording_location: secret(&t.recording_location),
            transcript: secret(&t.transcript),
            testimony_source: t.source_id.map(|id| id.to_string()).unwrap_or_default(),
            revision: String::new(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Removing an event, a testimony or a detention.

/// Why something is taken off a case, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RemovalForm {
    pub reason: String,
    /// The case's revision when the form was opened (see `PersonForm`).
    pub revision: String,
}

/// A written reason (of a removal or an erasure), trimmed: required, at most [`MAX_LONG`]
/// characters; its error, if any, is added under "reason".
fn written_reason(typed: &str, errors: &mut FieldErrors) -> String {
    let lang = crate::i18n::current();
    let reason = typed.trim();
    if reason.is_empty() {
        errors.add("reason", tr!(lang, "error-reason-required"));
    } else if reason.chars().count() > MAX_LONG {
        errors.add(
            "reason",
            tr!(lang, "error-reason-too-long", {"max" => MAX_LONG}),
        );
    }
    reason.to_string()
}

impl RemovalForm {
    /// The reason (see [`written_reason`]).
    pub fn validate(&self) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::default();
        let reason = written_reason(&self.reason, &mut errors);
        errors.into_result(|| reason)
    }
}

/// An admin's erasure of a case, as typed: the reason, and the confirmation that it cannot be
/// undone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ErasureForm {
    pub reason: String,
    /// "yes" when the box "I understand…" is ticked.
    pub confirm: String,
    pub revision: String,
}

impl ErasureForm {
    /// The reason, once the erasure is confirmed.
    pub fn validate(&self) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::default();
        let reason = written_reason(&self.reason, &mut errors);
        if self.confirm != "yes" {
            let lang = crate::i18n::current();
            errors.add("confirm", tr!(lang, "error-erasure-confirm"));
        }
        errors.into_result(|| reason)
    }
}

// ---------------------------------------------------------------------------------------------
// Consent.

/// A testifier's consent to publish, as changed on the case page (a family withdraws it, or
/// agrees to names later).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsentForm {
    pub consent: String,
    /// How the family gave or withdrew it (optional; sealed).
    pub note: String,
    /// The case's revision when the form was opened (see `PersonForm`).
    pub revision: String,
}

impl ConsentForm {
    /// The consent's code, and the note if one was written.
    pub fn validate(&self, vocab: &Vocabularies) -> Result<(String, Option<String>), FieldErrors> {
        let mut r = Reader::new(vocab);
        let lang = r.lang;
        let consent = r.required_code(
            "consent",
            names::CONSENT,
            &self.consent,
            tr!(lang, "error-consent-required"),
        );
        let note = r.text("note", &self.note, MAX_LONG);
        r.errors.into_result(|| (consent, note))
    }
}

impl IntakeForm {
    /// The intake's testimony answers, as the testimony form has them.
    fn testifier_form(&self) -> TestifierForm {
        TestifierForm {
            testifier_name: self.testifier_name.clone(),
            testifier_contact: self.testifier_contact.clone(),
            relationship: self.relationship.clone(),
            consent: self.consent.clone(),
            pressure_notes: self.pressure_notes.clone(),
            revision: String::new(),
            existing: String::new(),
        }
    }

    fn testimony_form(&self) -> TestimonyForm {
        TestimonyForm {
            testimony_date: self.testimony_date.clone(),
            testimony_medium: self.testimony_medium.clone(),
            testimony_language: self.testimony_language.clone(),
            testimony_duration: self.testimony_duration.clone(),
            recording_location: self.recording_location.clone(),
            transcript: self.transcript.clone(),
            ..TestimonyForm::default()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Timeline events.

/// A timeline event as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventForm {
    pub kind: String,
    pub date: String,
    pub reported: String,
    pub location: String,
    /// A place the gazetteer lacks, inside the county chosen as `location` (sealed).
    pub place_note: String,
    pub summary: String,
    /// Ids of the case's sources that support the event.
    pub sources: Vec<String>,
    /// The case's revision when an existing event's edit form was opened (see `PersonForm`).
    pub revision: String,
}

/// A timeline event, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct EventFields {
    pub kind: String,
    pub date: Option<PartialDate>,
    pub reported: Option<PartialDate>,
    pub location: Option<String>,
    /// The place itself, when the gazetteer lacks it (`location` is then its county).
    pub place_note: Option<Sensitive>,
    pub summary: Option<Sensitive>,
    pub sources: Vec<uuid::Uuid>,
}

impl EventFields {
    fn new(
        kind: &str,
        date: Option<PartialDate>,
        location: Option<String>,
        summary: Option<Sensitive>,
    ) -> Self {
        Self {
            kind: kind.to_string(),
            date,
            reported: None,
            location,
            place_note: None,
            summary,
            sources: Vec::new(),
        }
    }

    /// The same event at a place the gazetteer lacks, named in `note`.
    fn noted(mut self, note: Option<Sensitive>) -> Self {
        self.place_note = note;
        self
    }
}

impl EventForm {
    /// Validates an event.
    pub fn validate(&self, vocab: &Vocabularies) -> Result<EventFields, FieldErrors> {
        let mut r = Reader::new(vocab);
        let lang = r.lang;
        let location = r.location("location", &self.location);
        let event = EventFields {
            kind: r.required_code(
                "kind",
                names::EVENT_KIND,
                &self.kind,
                tr!(lang, "error-event-kind-required"),
            ),
            date: r.date("date", &self.date),
            reported: r.date("reported", &self.reported),
            place_note: r.place_note("place_note", &self.place_note, location.as_deref()),
            location,
            summary: r.sensitive("summary", &self.summary, MAX_LONG),
            sources: r.ids("sources", &self.sources),
        };
        r.errors.into_result(|| event)
    }

    /// The form pre-filled from an event, for editing.
    pub fn from_view(e: &super::case::EventView) -> Self {
        Self {
            kind: e.kind.code.clone(),
            date: e.date.as_ref().map(ToString::to_string).unwrap_or_default(),
            reported: e
                .reported
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            location: e
                .location
                .as_ref()
                .map(|l| l.code.clone())
                .unwrap_or_default(),
            place_note: e
                .place_note
                .as_ref()
                .map(|n| n.expose().to_string())
                .unwrap_or_default(),
            summary: e
                .summary
                .as_ref()
                .map(|s| s.expose().to_string())
                .unwrap_or_default(),
            sources: e
                .citations
                .iter()
                .map(|c| c.source_id.to_string())
                .collect(),
            revision: String::new(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Sources.

/// The evidence upload's fields besides the file itself: what the file documents ("case",
/// "testimony:<id>" or "source:<id>").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvidenceForm {
    pub attach: String,
}

/// Archiving a source's web page: the form has only its button.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArchiveForm {}

/// A source as typed. Field names carry a `source_` prefix so the intake can embed it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceForm {
    pub source_type: String,
    pub source_title: String,
    pub source_publisher: String,
    pub source_author: String,
    pub source_reference: String,
    pub source_date: String,
    pub source_language: String,
    pub source_reliability: String,
    pub source_credibility: String,
    pub source_sha256: String,
    /// Ids of the case's events the source supports.
    pub source_events: Vec<String>,
    /// The case's revision when a correction was opened (see `PersonForm`); a new source has none.
    pub revision: String,
}

/// A source, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceFields {
    pub source_type: String,
    pub title: String,
    pub publisher: Option<String>,
    pub author: Option<Sensitive>,
    pub reference: Option<String>,
    pub published: Option<PartialDate>,
    pub language: Option<String>,
    pub reliability: String,
    pub credibility: String,
    pub content_sha256: Option<String>,
    pub events: Vec<uuid::Uuid>,
}

impl SourceForm {
    /// A source as stored, to be corrected: its fields and the events it is cited by.
    pub fn from_view(s: &super::case::SourceView, events: &[super::case::EventView]) -> Self {
        let code = |c: &Option<super::case::Coded>| c.as_ref().map(|c| c.code.clone());
        Self {
            source_type: s.source_type.code.clone(),
            source_title: s.title.clone(),
            source_publisher: s.publisher.clone().unwrap_or_default(),
            source_author: s
                .author
                .as_ref()
                .map(|a| a.expose().to_string())
                .unwrap_or_default(),
            source_reference: s.reference.clone().unwrap_or_default(),
            source_date: s.published.map(|d| d.to_string()).unwrap_or_default(),
            source_language: code(&s.language).unwrap_or_default(),
            source_reliability: s.reliability.code.clone(),
            source_credibility: s.credibility.code.clone(),
            source_sha256: s.content_sha256.clone().unwrap_or_default(),
            source_events: events
                .iter()
                .filter(|e| e.citations.iter().any(|c| c.source_id == s.id))
                .map(|e| e.id.to_string())
                .collect(),
            revision: String::new(),
        }
    }

    /// Whether the volunteer left every source field empty (the intake's source is optional).
    pub fn is_blank(&self) -> bool {
        [
            &self.source_type,
            &self.source_title,
            &self.source_publisher,
            &self.source_author,
            &self.source_reference,
            &self.source_date,
            &self.source_sha256,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }

    /// Validates a source.
    pub fn validate(&self, vocab: &Vocabularies) -> Result<SourceFields, FieldErrors> {
        let mut r = Reader::new(vocab);
        let source = read_source(&mut r, self);
        r.errors.into_result(|| source)
    }
}

fn read_source(r: &mut Reader<'_>, f: &SourceForm) -> SourceFields {
    let lang = r.lang;
    let sha = f.source_sha256.trim().to_ascii_lowercase();
    let content_sha256 = if sha.is_empty() {
        None
    } else if sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit()) {
        Some(sha)
    } else {
        r.errors.add("source_sha256", tr!(lang, "error-sha256"));
        None
    };
    SourceFields {
        source_type: r.required_code(
            "source_type",
            names::SOURCE_TYPE,
            &f.source_type,
            tr!(lang, "error-source-type-required"),
        ),
        title: r.required_text(
            "source_title",
            &f.source_title,
            MAX_SHORT,
            tr!(lang, "error-source-title-required"),
        ),
        publisher: r.text("source_publisher", &f.source_publisher, MAX_SHORT),
        author: r.sensitive("source_author", &f.source_author, MAX_SHORT),
        reference: r.text("source_reference", &f.source_reference, 2_000),
        published: r.date("source_date", &f.source_date),
        language: r.code("source_language", names::LANGUAGE, &f.source_language),
        reliability: r.required_code(
            "source_reliability",
            names::RELIABILITY,
            &f.source_reliability,
            tr!(lang, "error-reliability-required"),
        ),
        credibility: r.required_code(
            "source_credibility",
            names::CREDIBILITY,
            &f.source_credibility,
            tr!(lang, "error-credibility-required"),
        ),
        content_sha256,
        events: r.ids("source_events", &f.source_events),
    }
}

/// A form the server sent back (validation failed or saving failed): what was typed, and why.
///
/// It lives only in the response to the volunteer's own POST, so nothing typed is lost, and nothing
/// typed is put in a URL or stored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    pub values: serde_json::Value,
    pub errors: FieldErrors,
    /// A message about the whole form (e.g. the server failed and nothing was saved).
    pub message: Option<String>,
    /// For each missing relative of an intake (in order), the existing cases they may be: the
    /// intake's duplicate warning.
    #[serde(default)]
    pub lookalikes: Vec<Lookalikes>,
}

/// Existing cases a submitted missing person may be.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lookalikes {
    /// Those the volunteer may read.
    pub shown: Vec<crate::domain::case::CaseSummary>,
    /// How many more, among cases the volunteer may not read: only that they exist is said (an
    /// admin reviews them in the duplicate queue).
    pub hidden: usize,
}

impl Lookalikes {
    /// Whether there is no look-alike at all.
    pub fn is_empty(&self) -> bool {
        self.shown.is_empty() && self.hidden == 0
    }
}

impl Submission {
    /// The typed values as the page's form type.
    pub fn decode<T: serde::de::DeserializeOwned + Default>(&self) -> T {
        serde_json::from_value(self.values.clone()).unwrap_or_default()
    }
}

mod relatives;
pub use relatives::{
    relative_field, RelativeForm, RelativesChange, MAX_RELATIVES, RELATIVE_PREFIXES,
};

#[cfg(test)]
mod tests;

// ---------------------------------------------------------------------------------------------
// Places the gazetteer lacks.

/// A township or village an admin adds to the gazetteer, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlaceForm {
    /// The county (or, for a village, the township) it lies in.
    pub parent: String,
    /// "township" or "village".
    pub level: String,
    pub name_en: String,
    pub name_zh: String,
    pub name_kk: String,
    pub name_ug: String,
    pub name_ru: String,
}

/// A place to add, validated: its parent, level and names (English, Chinese, Kazakh, Uyghur,
/// Russian; all but the English may be empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPlaceFields {
    pub parent: String,
    pub level: String,
    pub names: [String; 5],
}

impl PlaceForm {
    pub fn validate(&self, vocab: &Vocabularies) -> Result<NewPlaceFields, FieldErrors> {
        use super::vocab::LocationLevel;
        let lang = crate::i18n::current();
        let mut errors = FieldErrors::default();
        let level = self.level.trim();
        let allowed: &[LocationLevel] = match level {
            "township" => &[LocationLevel::County],
            "village" => &[LocationLevel::County, LocationLevel::Township],
            _ => {
                errors.add("level", tr!(lang, "error-place-level"));
                &[]
            }
        };
        let parent = self.parent.trim();
        match vocab.location(parent) {
            _ if parent.is_empty() => {
                errors.add("parent", tr!(lang, "error-place-parent-required"))
            }
            None => errors.add("parent", tr!(lang, "error-choose-place")),
            Some(p) if !allowed.is_empty() && !allowed.contains(&p.level) => errors.add(
                "parent",
                if level == "village" {
                    tr!(lang, "error-village-parent")
                } else {
                    tr!(lang, "error-township-parent")
                },
            ),
            Some(_) => {}
        }
        let mut names: [String; 5] = Default::default();
        for (i, (field, value)) in [
            ("name_en", &self.name_en),
            ("name_zh", &self.name_zh),
            ("name_kk", &self.name_kk),
            ("name_ug", &self.name_ug),
            ("name_ru", &self.name_ru),
        ]
        .into_iter()
        .enumerate()
        {
            let value = value.trim();
            if value.chars().count() > MAX_SHORT {
                errors.add(
                    field,
                    tr!(lang, "error-place-name-too-long", {"max" => MAX_SHORT}),
                );
            }
            names[i] = value.to_string();
        }
        if names[0].is_empty() {
            errors.add("name_en", tr!(lang, "error-place-name-latin"));
        }
        // The same name under the same parent is the same place.
        if errors.is_empty() {
            let taken = vocab.locations().iter().find(|l| {
                l.parent_id.as_deref() == Some(parent)
                    && [&l.name.en, &l.name.zh, &l.name.kk, &l.name.ug, &l.name.ru]
                        .into_iter()
                        .zip(&names)
                        .any(|(theirs, ours)| {
                            !ours.is_empty() && theirs.to_lowercase() == ours.to_lowercase()
                        })
            });
            if let Some(l) = taken {
                errors.add(
                    "name_en",
                    tr!(lang, "error-place-taken", {"place" => vocab.location_path(&l.id)}),
                );
            }
        }
        errors.into_result(|| NewPlaceFields {
            parent: parent.to_string(),
            level: level.to_string(),
            names,
        })
    }
}
