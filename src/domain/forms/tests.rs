use super::*;
use crate::domain::vocab::{Labels, Location, LocationLevel, Term};

fn vocab() -> Vocabularies {
    let term = |v: &str, code: &str| {
        (
            v.to_string(),
            Term {
                code: code.into(),
                label: Labels {
                    en: code.into(),
                    ..Labels::default()
                },
            },
        )
    };
    let place = |id: &str, level| Location {
        id: id.into(),
        parent_id: None,
        level,
        prefecture_id: None,
        name: Labels::default(),
    };
    Vocabularies::new(
        vec![
            term(names::CASE_STATUS, "missing"),
            term(names::CASE_STATUS, "camp"),
            term(names::RELATIONSHIP, "wife"),
            term(names::CONSENT, "none"),
            term(names::TESTIMONY_MEDIUM, "video"),
            term(names::EVENT_KIND, "trial"),
            term(names::FACILITY_KIND, "camp"),
            term(names::LEGAL_CHARGE, "extremism"),
            term(names::VERIFICATION, "reported"),
            term(names::SOURCE_TYPE, "media_report"),
            term(names::RELIABILITY, "B"),
            term(names::CREDIBILITY, "2"),
        ],
        vec![place("cn-xj-ili", LocationLevel::Prefecture)],
    )
}

fn minimal() -> IntakeForm {
    let mut f = IntakeForm {
        testifier_name: "Айгүл".into(),
        relationship: "wife".into(),
        consent: "none".into(),
        testimony_medium: "video".into(),
        ..IntakeForm::default()
    };
    f.person.name = "Нұрлан".into();
    f.person.status = "missing".into();
    f
}

#[test]
fn the_smallest_complete_intake_is_accepted() {
    let t = minimal().validate(&vocab()).unwrap();
    assert_eq!(t.person.name.expose(), "Нұрлан");
    assert_eq!(t.person.verification, "reported");
    assert!(t.detention.is_none());
    assert!(t.source.is_none());
    assert!(t.events.is_empty());
}

#[test]
fn every_problem_is_reported_next_to_its_own_field() {
    let mut f = minimal();
    f.testifier_name = " ".into();
    f.relationship = "cousin-of-nobody".into();
    f.person.status = String::new();
    f.person.birth_year = "19x5".into();
    f.person.last_contact_date = "2019-13-45".into();
    f.person.last_contact_location = "nowhere".into();
    f.sentence = "lots".into();
    f.source.source_title = "A report".into();
    let errors = f.validate(&vocab()).unwrap_err();
    assert_eq!(
        errors.get("testifier_name"),
        Some("the testifier's name is required")
    );
    assert_eq!(
        errors.get("relationship"),
        Some("choose one of the listed options")
    );
    assert_eq!(
        errors.get("status"),
        Some("choose the person's current status")
    );
    assert_eq!(
        errors.get("birth_year"),
        Some("the birth year must be a whole number from 1900 to 2100")
    );
    assert_eq!(
        errors.get("last_contact_date"),
        Some("month must be between 1 and 12")
    );
    assert_eq!(
        errors.get("last_contact_location"),
        Some("choose a place from the list")
    );
    assert!(errors.get("sentence").unwrap().contains("10 years"));
    // A source with a title needs its kind and grading.
    assert_eq!(errors.get("source_type"), Some("choose the kind of source"));
    assert!(errors.get("source_reliability").is_some());
    assert!(errors.get("source_credibility").is_some());
}

#[test]
fn error_messages_never_repeat_what_was_typed() {
    let mut f = minimal();
    f.person.birth_year = "Nurlan".into();
    f.person.last_contact_date = "Nurlan 2017".into();
    f.sentence = "Nurlan".into();
    f.person.birth_date = "Nurlan".into();
    let errors = f.validate(&vocab()).unwrap_err();
    assert!(errors.len() >= 4);
    assert!(errors.iter().all(|(_, m)| !m.contains("Nurlan")));
}

#[test]
fn the_birth_date_must_be_a_full_date_and_agree_with_the_birth_year() {
    let mut f = minimal();
    f.person.birth_date = "1975-03-14".into();
    let t = f.validate(&vocab()).unwrap();
    assert_eq!(t.person.birth_year, Some(1975));
    assert_eq!(t.person.birth_date.unwrap().expose(), "1975-03-14");

    f.person.birth_year = "1976".into();
    let errors = f.validate(&vocab()).unwrap_err();
    assert_eq!(
        errors.get("birth_year"),
        Some("the birth year does not match the date of birth")
    );

    f.person.birth_year.clear();
    f.person.birth_date = "c. 1975".into();
    assert!(f
        .validate(&vocab())
        .unwrap_err()
        .get("birth_date")
        .is_some());
}

#[test]
fn the_dated_answers_become_the_first_timeline_events() {
    let mut f = minimal();
    f.person.last_contact_date = "May 2017".into();
    f.person.last_contact_location = "cn-xj-ili".into();
    f.disappearance_date = "June 2017".into();
    f.facility_kind = "camp".into();
    f.detention_date = "2018".into();
    f.legal_charge = "extremism".into();
    f.sentence = "7 years 6 months".into();
    f.conviction_date = "late 2019".into();
    f.learned_date = "2020".into();
    let t = f.validate(&vocab()).unwrap();
    let kinds: Vec<&str> = t.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["last_contact", "disappearance", "camp", "sentence"]);
    assert_eq!(t.events[3].reported.as_ref().unwrap().to_string(), "2020");
    let d = t.detention.unwrap();
    assert_eq!(d.sentence, Some(SentenceLength::Months(90)));
    assert_eq!(d.legal_charge.as_deref(), Some("extremism"));
}

#[test]
fn an_event_needs_a_kind_and_links_only_well_formed_source_ids() {
    let e = EventForm {
        kind: String::new(),
        sources: vec!["not-an-id".into()],
        ..EventForm::default()
    };
    let errors = e.validate(&vocab()).unwrap_err();
    assert_eq!(errors.get("kind"), Some("choose what happened"));
    assert_eq!(errors.get("sources"), Some("choose from the listed items"));

    let id = uuid::Uuid::new_v4().to_string();
    let e = EventForm {
        kind: "trial".into(),
        date: "2019–2020".into(),
        sources: vec![id.clone(), id.clone()],
        ..EventForm::default()
    };
    let ok = e.validate(&vocab()).unwrap();
    assert_eq!(ok.sources.len(), 1, "a source linked twice counts once");
}

#[test]
fn a_source_hash_must_be_sha256_hex() {
    let s = SourceForm {
        source_type: "media_report".into(),
        source_title: "Report".into(),
        source_reliability: "B".into(),
        source_credibility: "2".into(),
        source_sha256: "abc".into(),
        ..SourceForm::default()
    };
    assert!(s
        .validate(&vocab())
        .unwrap_err()
        .get("source_sha256")
        .is_some());
    let s = SourceForm {
        source_sha256: "AB".repeat(32),
        ..s
    };
    assert_eq!(
        s.validate(&vocab()).unwrap().content_sha256.unwrap(),
        "ab".repeat(32)
    );
}

#[test]
fn a_submission_decodes_back_into_the_form_that_was_typed() {
    let mut f = minimal();
    f.person.name = "بەختىيار".into();
    let s = Submission {
        values: serde_json::to_value(&f).unwrap(),
        errors: FieldErrors::default(),
        message: None,
        lookalikes: Vec::new(),
    };
    assert_eq!(s.decode::<IntakeForm>(), f);
}
