//! UN submission packs (issue 22): a communication to the WGEID or the WGAD filled from a case,
//! only when the family's consent allows it and the case holds what the working group needs to
//! take it. The pack is assembled here as a [`Document`]; the HTTP layer draws it as a PDF in
//! memory (`server::pdf`) or as a printable page. Nothing of it is stored; making one is audited
//! (`pack.wgeid`, `pack.wgad`: who, which case, and a digest of what was made).

use super::*;
use crate::domain::document::{Block, Document, Entry, Section, Text};
use crate::domain::pack::{ChecklistItem, PackForm, PackView, Template};
use crate::domain::partial_date::Precision;
use crate::i18n::{tr, Lang};

/// The longest submitter name or contact the form takes.
const MAX_SUBMITTER: usize = 500;

/// The pack's page: the case's checklist for `template` and whether consent allows a pack (the
/// submitter, typed on the page, is counted as missing until the form is posted).
pub async fn pack_view(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    template: &str,
) -> Result<PackView> {
    let template = Template::parse(template).ok_or(RecordError::NotFound)?;
    let detail = open_case(cx, actor, case_id).await?;
    Ok(view_of(&detail, template, crate::i18n::current(), false))
}

/// Makes the pack: checks the form, the family's consent and the working group's minimum
/// elements (refusing with each missing one named), then assembles the communication in English
/// and records who made it in the audit log.
pub async fn produce_pack(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    template: &str,
    form: &PackForm,
) -> Result<(PackView, Document)> {
    let template = Template::parse(template).ok_or(RecordError::NotFound)?;
    let lang = crate::i18n::current();
    let mut errors = FieldErrors::default();
    let submitter = read_submitter(form, lang, &mut errors);
    // The communication is in English whatever the page's language: the case is read in English
    // (its coded values, places, sentences); the checklist and errors stay in the reader's.
    let detail = crate::i18n::scope(Lang::En, open_case(cx, actor, case_id)).await?;
    let view = view_of(&detail, template, lang, submitter.is_some());
    if let Some(refusal) = &view.consent_refusal {
        return Err(RecordError::Forbidden(refusal.clone()));
    }
    let missing: Vec<&str> = view.missing().map(|i| i.label.as_str()).collect();
    if !missing.is_empty() {
        errors.add(
            "checklist",
            tr!(lang, "pack-missing", {"elements" => missing.join(", ")}),
        );
    }
    let submitter = match submitter {
        Some(s) if errors.is_empty() => s,
        _ => return Err(RecordError::Invalid(errors)),
    };
    let today = cx.clock.now().date_naive();
    let document = document_of(&detail, template, &submitter, today);
    let digest = audit::digest(&[&serde_json::to_vec(&document).context("document")?]);
    let mut tx = crate::server::db::begin(&cx.pool).await.context("begin")?;
    let action = match template {
        Template::Wgeid => action::PACK_WGEID,
        Template::Wgad => action::PACK_WGAD,
    };
    let case = detail.id.to_string();
    audit::append(
        &mut tx,
        &entry(actor, action, kind::CASE, &case).change(None, Some(digest)),
    )
    .await?;
    tx.commit().await.context("commit")?;
    Ok((view, document))
}

/// The case opened whole for someone who may change it (an admin, or a volunteer on their own
/// case); anyone else is refused before any sealed field is opened. Opening it is a reading of
/// its names, logged as the case page's is.
async fn open_case(cx: &Context, actor: &Actor, case_id: &str) -> Result<CaseDetail> {
    let (mut conn, row, dek, access) = case_with_access(cx, actor, case_id).await?;
    if !access.edit {
        let lang = crate::i18n::current();
        return Err(RecordError::Forbidden(tr!(lang, "pack-forbidden")));
    }
    let detail = detail_of(&mut conn, &cx.keys, &cx.vocab, &row, &dek, Reading::Whole).await?;
    drop(conn);
    log_reads(cx, actor, std::slice::from_ref(&row.id)).await?;
    Ok(detail)
}

/// Who submits the pack, as the form gives it.
struct Submitter {
    organisation: String,
    contact: Sensitive,
    confidential: bool,
}

fn read_submitter(form: &PackForm, lang: Lang, errors: &mut FieldErrors) -> Option<Submitter> {
    let mut field = |name: &str, value: &str| {
        let value = value.trim();
        if value.is_empty() {
            errors.add(name, tr!(lang, "pack-submitter-required"));
            None
        } else if value.chars().count() > MAX_SUBMITTER {
            errors.add(name, tr!(lang, "error-too-long", {"max" => MAX_SUBMITTER}));
            None
        } else {
            Some(value.to_string())
        }
    };
    let organisation = field("submitter_organisation", &form.submitter_organisation);
    let contact = field("submitter_contact", &form.submitter_contact);
    Some(Submitter {
        organisation: organisation?,
        contact: Sensitive::new(contact?),
        confidential: form.confidential == "yes",
    })
}

/// Why the family's consent does not allow a pack, if it does not: a communication names the
/// person, so every testifier of the case must have agreed to publication with names.
fn consent_refusal(detail: &CaseDetail, lang: Lang) -> Option<String> {
    if detail.testifiers.is_empty() {
        return Some(tr!(lang, "pack-consent-no-testifier"));
    }
    detail
        .testifiers
        .iter()
        .find(|t| t.consent.code != "named")
        .map(|t| {
            tr!(lang, "pack-consent-refused", {
                "relationship" => t.relationship.label.clone(),
                "consent" => t.consent.label.clone(),
            })
        })
}

/// The kinds of event that mark a disappearance (WGEID) or an arrest (WGAD).
fn marking_kinds(template: Template) -> &'static [&'static str] {
    match template {
        Template::Wgeid => &["disappearance", "detention", "camp"],
        Template::Wgad => &["detention", "camp"],
    }
}

/// When and where a communication says the person disappeared or was arrested, and the form
/// that holds that date (to make it more precise).
struct Mark {
    date: Option<PartialDate>,
    place: Option<String>,
    /// Where the date is written: the event's form, the profile's last contact, or a new event.
    fix: String,
}

/// The date and place the communication gives for the disappearance or arrest: the earliest
/// dated event of the template's kinds — and, for the WGEID, the last contact (when the person
/// was last heard from) — with its place, or else a detention's place or the last known place.
fn when_and_where(detail: &CaseDetail, template: Template) -> Mark {
    let (p, case) = (&detail.profile, detail.id);
    let mut marks: Vec<(&PartialDate, Option<&Coded>, String)> = detail
        .events
        .iter()
        .filter(|e| marking_kinds(template).contains(&e.kind.code.as_str()))
        .filter_map(|e| {
            let fix = format!("/cases/{case}/events/{}/edit#date", e.id);
            e.date.as_ref().map(|d| (d, e.location.as_ref(), fix))
        })
        .collect();
    if template == Template::Wgeid {
        if let Some(d) = &p.last_contact {
            let fix = format!("/cases/{case}/edit#last_contact_date");
            marks.push((d, p.last_location.as_ref(), fix));
        }
    }
    let first = marks.into_iter().min_by(|a, b| a.0.cmp(b.0));
    let place = first
        .as_ref()
        .and_then(|(_, place, _)| place.map(|l| l.label.clone()))
        .or_else(|| {
            detail
                .detentions
                .iter()
                .find_map(|d| d.location.as_ref().map(|l| l.label.clone()))
        })
        .or_else(|| match template {
            Template::Wgeid => p.last_location.as_ref().map(|l| l.label.clone()),
            Template::Wgad => None,
        });
    match first {
        Some((date, _, fix)) => Mark {
            date: Some(*date),
            place,
            fix,
        },
        None => Mark {
            date: None,
            place,
            fix: format!("/cases/{case}/events/new#date"),
        },
    }
}

/// The checklist and consent of `detail` for `template`, in `lang`.
fn view_of(detail: &CaseDetail, template: Template, lang: Lang, submitter: bool) -> PackView {
    let case = detail.id;
    let detention_fix = |field: &str| match detail.detentions.first() {
        Some(d) => format!("/cases/{case}/detentions/{}/edit#{field}", d.id),
        None => format!("/cases/{case}/detentions/new#{field}"),
    };
    let item = |code: &str, label: String, done: bool, fix: String| ChecklistItem {
        code: code.to_string(),
        label,
        done,
        note: None,
        fix: Some(fix),
        required: true,
    };
    let Mark { date, place, fix } = when_and_where(detail, template);
    let mut checklist = vec![item(
        "name",
        tr!(lang, "pack-element-name"),
        !detail.profile.name.is_blank(),
        format!("/cases/{case}/edit#name"),
    )];
    // The WGEID takes a case with at least the month and year; the WGAD with any dated arrest.
    let mut dated = item(
        "date",
        match template {
            Template::Wgeid => tr!(lang, "pack-element-date-disappearance"),
            Template::Wgad => tr!(lang, "pack-element-date-arrest"),
        },
        date.is_some(),
        fix,
    );
    if let Some(d) = &date {
        if template == Template::Wgeid && d.precision() < Precision::Month {
            dated.done = false;
            dated.note = Some(tr!(lang, "pack-date-too-vague", {"date" => d.to_string()}));
        }
    }
    checklist.push(dated);
    checklist.push(item(
        "place",
        match template {
            Template::Wgeid => tr!(lang, "pack-element-place-disappearance"),
            Template::Wgad => tr!(lang, "pack-element-place-arrest"),
        },
        place.is_some(),
        format!("/cases/{case}/events/new#location"),
    ));
    checklist.push(item(
        "responsible_forces",
        tr!(lang, "pack-element-forces"),
        detail
            .detentions
            .iter()
            .any(|d| d.responsible_forces.is_some()),
        detention_fix("responsible_forces"),
    ));
    if template == Template::Wgad {
        checklist.push(item(
            "warrant",
            tr!(lang, "pack-element-warrant"),
            detail.detentions.iter().any(|d| d.warrant_shown.is_some()),
            detention_fix("warrant_shown"),
        ));
        checklist.push(item(
            "grounds",
            tr!(lang, "pack-element-grounds"),
            detail
                .detentions
                .iter()
                .any(|d| d.legal_charge.is_some() || d.alleged_act.is_some()),
            detention_fix("legal_charge"),
        ));
        checklist.push(item(
            "held_in",
            tr!(lang, "pack-element-held-in"),
            detail
                .detentions
                .iter()
                .any(|d| d.facility_kind.is_some() || d.facility_name.is_some()),
            detention_fix("facility_kind"),
        ));
    }
    checklist.push(item(
        "steps",
        tr!(lang, "pack-element-steps"),
        !family_steps(detail).is_empty(),
        format!("/cases/{case}/events/new#kind"),
    ));
    checklist.push(item(
        "submitter",
        tr!(lang, "pack-element-submitter"),
        submitter,
        "#submitter_organisation".to_string(),
    ));
    // Advised, not required: a Latin spelling, so that the working group can file the name.
    let latin = spellings(detail)
        .iter()
        .any(|(script, _)| *script == Script::Latin);
    checklist.push(ChecklistItem {
        required: false,
        ..item(
            "latin",
            tr!(lang, "pack-element-latin"),
            latin,
            format!("/cases/{case}/edit#other_names"),
        )
    });
    PackView {
        case_id: case,
        name: detail.profile.name.clone(),
        pseudonym: detail.pseudonym.clone(),
        template,
        consent_refusal: consent_refusal(detail, lang),
        checklist,
    }
}

/// The events that are steps the family took to find the person.
pub(super) fn family_steps(detail: &CaseDetail) -> Vec<&EventView> {
    detail
        .events
        .iter()
        .filter(|e| names::FAMILY_STEPS.contains(&e.kind.code.as_str()))
        .collect()
}

/// The writing systems names are grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Chinese,
    Other,
}

impl Script {
    /// The script of the first letter of `text` that tells one.
    fn of(text: &str) -> Script {
        text.chars()
            .find_map(|c| match c {
                'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => Some(Script::Latin),
                '\u{0400}'..='\u{04FF}' => Some(Script::Cyrillic),
                '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFF}' => {
                    Some(Script::Arabic)
                }
                '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' => Some(Script::Chinese),
                _ => None,
            })
            .unwrap_or(Script::Other)
    }

    pub(super) fn label(self) -> &'static str {
        match self {
            Script::Latin => "Name in Latin script (transliteration)",
            Script::Cyrillic => "Name in Cyrillic script",
            Script::Arabic => "Name in Arabic script",
            Script::Chinese => "Name in Chinese characters",
            Script::Other => "Name in another script",
        }
    }
}

/// Every spelling of the name (the name, other spellings, aliases) with its script.
pub(super) fn spellings(detail: &CaseDetail) -> Vec<(Script, String)> {
    let p = &detail.profile;
    Names {
        name: &p.name,
        other_names: p.other_names.as_ref(),
        aliases: p.aliases.as_ref(),
        id_numbers: None,
        birth_year: None,
    }
    .spellings()
    .into_iter()
    .map(|s| (Script::of(&s), s))
    .collect()
}

/// A field whose value is recorded, or says it is not.
pub(super) fn field(label: &str, values: Vec<Text>) -> Block {
    let values = if values.is_empty() {
        vec![Text::plain("Not recorded")]
    } else {
        values
    };
    Block::Field {
        label: label.to_string(),
        values,
    }
}

pub(super) fn opt_field(label: &str, value: Option<String>) -> Block {
    field(label, value.map(Text::guessed).into_iter().collect())
}

pub(super) fn label_of(c: &Option<Coded>) -> Option<String> {
    c.as_ref().map(|c| c.label.clone())
}

/// "May 2017 (month known)", so that a partial date is never read as more precise than it is.
pub(super) fn date_words(date: &PartialDate) -> String {
    let known = match (date.is_range(), date.precision()) {
        (true, _) => "a range",
        (false, Precision::Day) => "day known",
        (false, Precision::Month) => "month known, day not",
        (false, Precision::Year) => "year known, month not",
    };
    format!("{date} ({known})")
}

/// A place with its note (the village the gazetteer lacks).
pub(super) fn place_words(place: &Option<Coded>, note: &Option<Sensitive>) -> Option<String> {
    match (place, note) {
        (Some(p), Some(n)) => Some(format!("{} — {}", p.label, n.expose())),
        (Some(p), None) => Some(p.label.clone()),
        (None, Some(n)) => Some(n.expose().to_string()),
        (None, None) => None,
    }
}

/// The lines of a multi-line sealed field.
pub(super) fn lines(value: &Option<Sensitive>) -> Vec<Text> {
    value
        .iter()
        .flat_map(|v| v.expose().lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(Text::guessed)
        .collect()
}

/// An event as a list entry: its date, kind and place, then its summary and its sources.
pub(super) fn event_entry(detail: &CaseDetail, e: &EventView) -> Entry {
    let date = e
        .date
        .as_ref()
        .map(date_words)
        .unwrap_or_else(|| "Date not recorded".into());
    let mut title = format!("{date} — {}", e.kind.label);
    if let Some(place) = place_words(&e.location, &e.place_note) {
        title.push_str(&format!(" — {place}"));
    }
    let mut details: Vec<Text> = e
        .summary
        .iter()
        .map(|s| Text::guessed(s.expose()))
        .collect();
    if let Some(r) = &e.reported {
        details.push(Text::plain(format!("Reported {r}")));
    }
    let cited: Vec<String> = e
        .citations
        .iter()
        .filter(|c| !c.retracted)
        .map(|c| c.title.clone())
        .collect();
    if !cited.is_empty() {
        details.push(Text::plain(format!("Sources: {}", cited.join("; "))));
    }
    let level = detail
        .claims
        .iter()
        .find(|c| c.claim.subject == Some(e.id))
        .map(|c| c.level().code());
    if let Some(level) = level {
        details.push(Text::plain(format!("Verification: {level}")));
    }
    Entry {
        title: Text::guessed(title),
        details,
    }
}

/// The communication, in English, with the names in their own scripts.
fn document_of(
    detail: &CaseDetail,
    template: Template,
    submitter: &Submitter,
    today: chrono::NaiveDate,
) -> Document {
    let p = &detail.profile;
    let mut sections = Vec::new();

    // 1. The person.
    let mut identity = name_blocks(detail);
    identity.push(field("Aliases or nicknames", lines(&p.aliases)));
    identity.push(field("Identity document numbers", lines(&p.id_numbers)));
    identity.push(opt_field(
        "Date of birth",
        p.birth_date
            .as_ref()
            .map(|d| d.expose().to_string())
            .or_else(|| p.birth_year.map(|y| format!("{y} (year only)"))),
    ));
    identity.push(opt_field("Sex", label_of(&p.gender)));
    identity.push(opt_field("Ethnicity", label_of(&p.ethnicity)));
    identity.push(opt_field(
        "Nationality and residency abroad",
        label_of(&p.residency),
    ));
    identity.push(opt_field("Occupation", label_of(&p.occupation)));
    identity.push(opt_field(
        "Usual address",
        p.address.as_ref().map(|a| a.expose().to_string()),
    ));
    identity.push(opt_field("Current status", Some(p.status.label.clone())));
    sections.push(Section {
        heading: "The person concerned".into(),
        blocks: identity,
    });

    // 2. When and where.
    let Mark { date, place, .. } = when_and_where(detail, template);
    let (date_label, place_label, heading) = match template {
        Template::Wgeid => (
            "Date of the disappearance (or last sighting)",
            "Place of the disappearance (or last sighting)",
            "The disappearance",
        ),
        Template::Wgad => ("Date of the arrest", "Place of the arrest", "The arrest"),
    };
    let mut when = vec![
        opt_field(date_label, date.as_ref().map(date_words)),
        opt_field(place_label, place),
        opt_field(
            "Last contact with the family",
            p.last_contact.as_ref().map(date_words),
        ),
        opt_field(
            "Last known place",
            place_words(&p.last_location, &p.last_place_note),
        ),
    ];
    let forces: Vec<Text> = detail
        .detentions
        .iter()
        .filter_map(|d| d.responsible_forces.as_ref())
        .map(|f| Text::plain(f.label.clone()))
        .collect();
    when.push(field("Forces believed responsible", forces));
    sections.push(Section {
        heading: heading.into(),
        blocks: when,
    });

    // 3. Detention, charges, court and sentence.
    sections.push(Section {
        heading: "Detention, charges, court and sentence".into(),
        blocks: vec![detentions_block(detail)],
    });

    // 4. What the family did.
    let steps: Vec<Entry> = family_steps(detail)
        .into_iter()
        .map(|e| event_entry(detail, e))
        .collect();
    sections.push(Section {
        heading: "Steps taken by the family to find the person".into(),
        blocks: vec![Block::List { entries: steps }],
    });

    // 5. The timeline.
    let timeline: Vec<Entry> = detail
        .events
        .iter()
        .filter(|e| !names::FAMILY_STEPS.contains(&e.kind.code.as_str()))
        .map(|e| event_entry(detail, e))
        .collect();
    if !timeline.is_empty() {
        sections.push(Section {
            heading: "Other events".into(),
            blocks: vec![Block::List { entries: timeline }],
        });
    }

    // 6. Sources.
    sections.push(Section {
        heading: "Sources".into(),
        blocks: vec![sources_block(detail)],
    });

    // 7. Consent and submitter.
    let consents: Vec<Text> = detail
        .testifiers
        .iter()
        .map(|t| {
            Text::plain(format!(
                "The person's {}: {}{}",
                t.relationship.label.to_lowercase(),
                t.consent.label,
                t.consent_since
                    .as_deref()
                    .map(|s| format!(" (since {})", s.get(..10).unwrap_or(s)))
                    .unwrap_or_default()
            ))
        })
        .collect();
    sections.push(Section {
        heading: "Consent and submitter".into(),
        blocks: vec![
            field("Consent of the family", consents),
            field(
                "Submitted by",
                vec![Text::guessed(submitter.organisation.clone())],
            ),
            field("Contact", vec![Text::guessed(submitter.contact.expose())]),
            field(
                "Confidentiality",
                vec![Text::plain(match submitter.confidential {
                    true => "The submitter asks that its identity be kept confidential.",
                    false => "The submitter's identity may be disclosed.",
                })],
            ),
        ],
    });

    Document {
        title: format!("Communication to the {}", template.working_group()),
        subtitle: format!("{} — prepared on {today}", detail.pseudonym),
        notice: Some(
            "Confidential. Prepared from the family's testimony with their consent. Dates are \
             given as precisely as they are known, and no more."
                .into(),
        ),
        sections,
        footer: format!(
            "Izde · {} · {}",
            template.code().to_uppercase(),
            detail.pseudonym
        ),
    }
}

/// Every detention with its place, forces, warrant, act, charge, court, sentence and dates.
pub(super) fn detentions_block(detail: &CaseDetail) -> Block {
    let entries: Vec<Entry> = detail
        .detentions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let facility = [label_of(&d.facility_kind), d.facility_name.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" — ");
            let mut details = Vec::new();
            let mut line = |label: &str, value: Option<String>| {
                if let Some(v) = value {
                    details.push(Text::guessed(format!("{label}: {v}")));
                }
            };
            line("Place", place_words(&d.location, &d.place_note));
            line("Carried out by", label_of(&d.responsible_forces));
            line("Warrant", label_of(&d.warrant_shown));
            line("Alleged act", d.alleged_act.clone());
            line("Charge", label_of(&d.legal_charge));
            line("Court", d.court.clone());
            line("Sentence", d.sentence.clone());
            line("Convicted", d.conviction_date.as_ref().map(date_words));
            line(
                "The family learned of it",
                [
                    d.learned_date.as_ref().map(date_words),
                    label_of(&d.learned_how),
                ]
                .into_iter()
                .flatten()
                .reduce(|a, b| format!("{a} — {b}")),
            );
            line("Confirmed by", d.confirmed_by.clone());
            Entry {
                title: Text::guessed(match facility.is_empty() {
                    true => format!("Detention {}", i + 1),
                    false => format!("Detention {}: {facility}", i + 1),
                }),
                details,
            }
        })
        .collect();
    match entries.is_empty() {
        true => Block::Paragraph {
            text: Text::plain("No detention is recorded."),
        },
        false => Block::List { entries },
    }
}

/// The sources not retracted, with their kind, publisher, date and Admiralty grading.
pub(super) fn sources_block(detail: &CaseDetail) -> Block {
    let rows: Vec<Vec<Text>> = detail
        .sources
        .iter()
        .filter(|s| s.retraction.is_none())
        .map(|s| {
            vec![
                Text::guessed(s.title.clone()),
                Text::plain(s.source_type.label.clone()),
                Text::guessed(s.publisher.clone().unwrap_or_default()),
                Text::plain(s.published.as_ref().map(date_words).unwrap_or_default()),
                Text::plain(format!("{} / {}", s.reliability.label, s.credibility.label)),
            ]
        })
        .collect();
    match rows.is_empty() {
        true => Block::Paragraph {
            text: Text::plain("No source is recorded."),
        },
        false => Block::Table {
            header: vec![
                "Source".into(),
                "Kind".into(),
                "Publisher".into(),
                "Date".into(),
                "Grading".into(),
            ],
            rows,
        },
    }
}

/// The full name, then every recorded spelling grouped by script (a missing Latin spelling
/// said so).
pub(super) fn name_blocks(detail: &CaseDetail) -> Vec<Block> {
    let mut blocks = vec![field(
        "Full name",
        vec![Text::guessed(detail.profile.name.expose())],
    )];
    let mut by_script: Vec<(Script, Vec<Text>)> = Vec::new();
    for (script, spelling) in spellings(detail) {
        match by_script.iter_mut().find(|(s, _)| *s == script) {
            Some((_, list)) => list.push(Text::guessed(spelling)),
            None => by_script.push((script, vec![Text::guessed(spelling)])),
        }
    }
    by_script.sort_by_key(|(s, _)| *s);
    if !by_script.iter().any(|(s, _)| *s == Script::Latin) {
        blocks.push(field(Script::Latin.label(), Vec::new()));
    }
    for (script, list) in by_script {
        blocks.push(field(script.label(), list));
    }
    blocks
}
