//! A case's dossier for advocacy meetings (issue 22), on the packs' engine: the profile, the
//! sentence clock, detentions, the timeline, every claim with its sources and verification level,
//! and the sources — as the reader may see the case. A researcher's dossier carries the pseudonym
//! and none of the sealed fields (they are never opened for it); a family that agreed only to
//! anonymized publication gets the same for every reader; a family without consent, none.

use super::pack::{
    date_words, detentions_block, event_entry, field, label_of, name_blocks, opt_field,
    place_words, sources_block,
};
use super::*;
use crate::domain::document::{Block, Document, Section, Text};
use crate::domain::provenance::Stance;
use crate::i18n::{tr, Lang};

/// The dossier of a case, as `actor` may read it; refused when a testifier gave no consent to
/// publish. `audited`: the PDF was asked for (a `dossier` entry in the audit log); the page is a
/// reading like the case page.
pub async fn dossier(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    audited: bool,
) -> Result<Document> {
    let lang = crate::i18n::current();
    let mut detail = crate::i18n::scope(Lang::En, case_detail(cx, actor, case_id)).await?;
    if detail.testifiers.is_empty() || detail.testifiers.iter().any(|t| t.consent.code == "none") {
        return Err(RecordError::Forbidden(tr!(lang, "dossier-no-consent")));
    }
    let anonymized = detail.testifiers.iter().any(|t| t.consent.code != "named");
    if anonymized && detail.sensitive {
        redact(&mut detail);
    }
    let why = match (detail.sensitive, anonymized) {
        (true, _) => None,
        (false, true) => Some("The family agreed to anonymized publication only"),
        (false, false) => Some("The reader's role does not show names"),
    };
    let today = cx.clock.now().date_naive();
    let document = document_of(&detail, why, today);
    if audited {
        let digest = audit::digest(&[&serde_json::to_vec(&document).context("document")?]);
        let mut tx = crate::server::db::begin(&cx.pool).await.context("begin")?;
        let case = detail.id.to_string();
        audit::append(
            &mut tx,
            &entry(actor, action::DOSSIER, kind::CASE, &case).change(None, Some(digest)),
        )
        .await?;
        tx.commit().await.context("commit")?;
    }
    Ok(document)
}

fn document_of(detail: &CaseDetail, redacted: Option<&str>, today: chrono::NaiveDate) -> Document {
    let p = &detail.profile;
    let mut profile = match redacted {
        None => name_blocks(detail),
        Some(_) => vec![field("Case", vec![Text::plain(detail.pseudonym.clone())])],
    };
    profile.extend([
        opt_field("Status", Some(p.status.label.clone())),
        opt_field(
            "Verification of the case",
            Some(p.verification.label.clone()),
        ),
        opt_field("Sex", label_of(&p.gender)),
        opt_field("Born", p.birth_year.map(|y| y.to_string())),
        opt_field("Ethnicity", label_of(&p.ethnicity)),
        opt_field("Nationality and residency abroad", label_of(&p.residency)),
        opt_field("Occupation", label_of(&p.occupation)),
        opt_field("Last contact", p.last_contact.as_ref().map(date_words)),
        opt_field(
            "Last known place",
            place_words(&p.last_location, &p.last_place_note),
        ),
    ]);

    // The sentence clock: when each sentence should end, and whether it has.
    let clock: Vec<Text> = detail
        .detentions
        .iter()
        .filter_map(|d| {
            let r = d.expected_release.as_ref()?;
            let mut line = format!(
                "{}: expected release {}",
                d.sentence.clone().unwrap_or_else(|| "Sentence".into()),
                r.describe_in(Lang::En)
            );
            if d.release_alert {
                line.push_str(" — passed, with no news of the person since");
            } else if d.release_overdue {
                line.push_str(" — passed");
            }
            Some(Text::plain(line))
        })
        .collect();

    let claims: Vec<Vec<Text>> = detail
        .claims
        .iter()
        .map(|c| {
            let cited = |stance: Stance| {
                c.backing
                    .iter()
                    .filter(|b| b.stance == stance && !b.retracted)
                    .map(|b| b.title.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let level = match &c.review {
                Some(r) => format!(
                    "{} (reviewed; computed: {})",
                    r.level.code(),
                    c.computed.code()
                ),
                None => c.computed.code().to_string(),
            };
            vec![
                Text::guessed(c.statement.clone()),
                Text::plain(level),
                Text::guessed(cited(Stance::Supports)),
                Text::guessed(cited(Stance::Disputes)),
            ]
        })
        .collect();

    let timeline: Vec<_> = detail
        .events
        .iter()
        .map(|e| event_entry(detail, e))
        .collect();
    let sections = vec![
        Section {
            heading: "Profile".into(),
            blocks: profile,
        },
        Section {
            heading: "Sentence clock".into(),
            blocks: vec![field("Expected release", clock)],
        },
        Section {
            heading: "Detention, charges, court and sentence".into(),
            blocks: vec![detentions_block(detail)],
        },
        Section {
            heading: "Timeline".into(),
            blocks: vec![Block::List { entries: timeline }],
        },
        Section {
            heading: "Claims and their evidence".into(),
            blocks: vec![Block::Table {
                header: vec![
                    "Claim".into(),
                    "Level".into(),
                    "Supported by".into(),
                    "Disputed by".into(),
                ],
                rows: claims,
            }],
        },
        Section {
            heading: "Sources".into(),
            blocks: vec![sources_block(detail)],
        },
    ];
    Document {
        title: match redacted {
            None => format!("Case dossier: {}", p.name.expose()),
            Some(_) => format!("Case dossier: {}", detail.pseudonym),
        },
        subtitle: format!("{} — prepared on {today}", detail.pseudonym),
        notice: Some(match redacted {
            None => "Confidential: names and identifying details of a person at risk.".into(),
            Some(why) => format!("{why}: names and identifying details are left out."),
        }),
        sections,
        footer: format!("Izde · dossier · {}", detail.pseudonym),
    }
}
