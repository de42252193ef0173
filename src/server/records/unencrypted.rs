//! Keeping a case's names and ID numbers out of the fields stored unencrypted
//! ([`search::name_check`] says how they are found): checked at intake, when a source is added,
//! and again over every unencrypted field of the case when its names change.

use super::*;
use crate::domain::sensitive::names_a_person;
use crate::server::records::search::name_check::NameCheck;

/// What an edit of the names says when a new name is already in an unencrypted field (in the
/// language of the request).
pub fn name_already_stored() -> String {
    let lang = crate::i18n::current();
    crate::i18n::tr!(lang, "error-name-already-stored")
}

/// The unencrypted fields of an intake form, by form field.
fn intake_fields(form: &IntakeForm) -> [(&'static str, &str); 7] {
    [
        ("source_title", &form.source.source_title),
        ("source_publisher", &form.source.source_publisher),
        ("source_reference", &form.source.source_reference),
        ("facility_name", &form.facility_name),
        ("alleged_act", &form.alleged_act),
        ("court", &form.court),
        ("confirmed_by", &form.confirmed_by),
    ]
}

/// The names an intake form gives (the testifier's, and every missing relative's) and its ID
/// numbers.
fn intake_check(form: &IntakeForm) -> NameCheck {
    let people = std::iter::once(&form.person).chain(form.more.iter().map(|r| &r.person));
    let mut names = vec![form.testifier_name.as_str()];
    let mut ids = Vec::new();
    for p in people {
        names.extend([p.name.as_str(), p.other_names.as_str(), p.aliases.as_str()]);
        ids.push(p.id_numbers.as_str());
    }
    NameCheck::new(names.into_iter().flat_map(str::lines), ids)
}

/// An error next to every field that holds a name or ID number of `check`.
pub(super) fn check_fields(check: &NameCheck, fields: &[(&str, &str)], errors: &mut FieldErrors) {
    for (field, value) in fields {
        if check.finds(value) {
            errors.add(field, names_a_person());
        }
    }
}

/// The names and ID numbers of a case as it is now (the missing person's and the testifiers').
pub(super) fn case_check(detail: &CaseDetail) -> NameCheck {
    let p = &detail.profile;
    let mut names: Vec<&str> = vec![p.name.expose()];
    names.extend(
        [&p.other_names, &p.aliases]
            .into_iter()
            .flatten()
            .flat_map(|n| n.expose().lines()),
    );
    names.extend(detail.testifiers.iter().map(|t| t.name.expose()));
    NameCheck::new(names, p.id_numbers.iter().map(Sensitive::expose))
}

/// Every unencrypted text of a stored case (its detentions' and sources').
pub(super) async fn stored_texts(conn: &mut Conn, case_id: &str) -> Result<Vec<String>> {
    let mut texts = Vec::new();
    for d in repo::detentions_of(&mut *conn, case_id).await? {
        texts.extend(
            [d.facility_name, d.alleged_act, d.court, d.confirmed_by]
                .into_iter()
                .flatten(),
        );
    }
    for s in repo::sources_of(&mut *conn, case_id).await? {
        texts.push(s.title);
        texts.extend([s.publisher, s.reference].into_iter().flatten());
    }
    Ok(texts)
}

/// After an edit of the names: an error next to each name field whose names or ID numbers are
/// already in one of `texts`.
pub(super) fn recheck_names(person: &PersonFields, texts: &[String], errors: &mut FieldErrors) {
    let fields: [(&str, Option<&Sensitive>); 4] = [
        ("name", Some(&person.name)),
        ("other_names", person.other_names.as_ref()),
        ("aliases", person.aliases.as_ref()),
        ("id_numbers", person.id_numbers.as_ref()),
    ];
    for (field, value) in fields {
        let Some(value) = value else { continue };
        let check = if field == "id_numbers" {
            NameCheck::new([], [value.expose()])
        } else {
            NameCheck::new(value.expose().lines(), [])
        };
        if texts.iter().any(|t| check.finds(t)) {
            errors.add(field, name_already_stored());
        }
    }
}

/// Validates an intake form about each of its missing relatives in turn (see
/// [`IntakeForm::for_relative`]): every error of every relative at once, each under the name its
/// field was posted with.
pub fn validate_intakes(
    form: &IntakeForm,
    vocab: &Vocabularies,
) -> std::result::Result<Vec<NewTestimony>, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut valid = Vec::new();
    if form.relative_count() > crate::domain::forms::MAX_RELATIVES {
        errors.add("relatives", "too many missing relatives for one intake");
    }
    for i in 0..form.relative_count() {
        match validate_intake(&form.for_relative(i), vocab) {
            Ok(intake) => valid.push(intake),
            Err(found) => errors.add_relative(i, &found),
        }
    }
    if errors.is_empty() {
        Ok(valid)
    } else {
        Err(errors)
    }
}

/// Validates an intake form, and keeps its names and ID numbers out of its unencrypted fields:
/// every error of both kinds at once.
pub fn validate_intake(
    form: &IntakeForm,
    vocab: &Vocabularies,
) -> std::result::Result<NewTestimony, FieldErrors> {
    let mut names = FieldErrors::default();
    check_fields(&intake_check(form), &intake_fields(form), &mut names);
    match form.validate(vocab) {
        Ok(intake) if names.is_empty() => Ok(intake),
        Ok(_) => Err(names),
        Err(mut errors) => {
            for (field, message) in names.iter() {
                errors.add(field, message);
            }
            Err(errors)
        }
    }
}
