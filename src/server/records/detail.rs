//! The case page: everything about a case opened for one reader, redacted to a pseudonym where they
//! may not see names.

use super::*;

/// Everything the case page shows, as `actor` may see it: opened, or under its pseudonym with the
/// sensitive fields left out.
pub async fn case_detail(cx: &Context, actor: &Actor, case_id: &str) -> Result<CaseDetail> {
    let (keys, vocab) = (&*cx.keys, &*cx.vocab);
    let (mut conn, row, dek, access) = case_with_access(cx, actor, case_id).await?;
    let reading = if access.sensitive {
        Reading::Whole
    } else {
        Reading::Redacted
    };
    let mut detail = detail_of(&mut conn, keys, vocab, &row, &dek, reading).await?;
    detail.evidence = crate::server::evidence::items_of(&mut conn, &dek, &row.id, reading).await?;
    crate::server::evidence::attach_archives(&mut conn, &row.id, &mut detail.sources).await?;
    drop(conn);
    detail.can_edit = access.edit;
    if access.sensitive {
        log_reads(cx, actor, std::slice::from_ref(&row.id)).await?;
    }
    Ok(detail)
}

/// A case's row and data key, and what `actor` may do with it (nothing opened yet), on a
/// connection of the pool.
pub(crate) async fn case_with_access(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
) -> Result<(
    sqlx::pool::PoolConnection<sqlx::Any>,
    CaseRow,
    DataKey,
    access::CaseAccess,
)> {
    let id = parse_id(case_id)?;
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let (row, dek) = case_key(&mut conn, &cx.keys, id).await?;
    let access = access::case_access(
        &mut conn,
        &cx.clock,
        actor,
        &row.id,
        row.created_by.as_deref(),
    )
    .await?;
    Ok((conn, row, dek, access))
}

/// What [`detail_of`] opens: an allow-list per reader, so that a field a reader may not see is
/// never decrypted (not opened and then dropped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Every sealed field: for those who may see names (and for edits and kept versions).
    Whole,
    /// Only what a reader without names may see: the unencrypted columns and the reviewers'
    /// reasons (checked for names when written). Names become the pseudonym, testifiers are
    /// numbered (their ids too), and no testifier's data key is unwrapped.
    Redacted,
}

/// The sealed fields [`Reading::Redacted`] opens (`table.column` as in the associated data).
pub const REDACTED_OPENS: &[&str] = &["claim_reviews.reason", "case_versions.public_snapshot"];

/// The id a redacted page gives the `n`th testifier (from 1): their real id would link them
/// across cases.
fn numbered(n: usize) -> Uuid {
    Uuid::from_u128(n as u128)
}

/// What a redacted page calls the `n`th testifier (from 1).
fn testifier_label(n: usize) -> Sensitive {
    Sensitive::new(format!("Testifier {n}"))
}

/// Leaves out everything that identifies a person, from a case opened whole: the name becomes the
/// case's pseudonym, testifiers are numbered, and names, contacts, addresses, narratives,
/// summaries and transcripts are dropped. What [`Reading::Redacted`] gives without opening them;
/// used to seal the researchers' copy of a kept version.
pub fn redact(detail: &mut CaseDetail) {
    detail.sensitive = false;
    let p = &mut detail.profile;
    p.name = Sensitive::new(detail.pseudonym.clone());
    for field in [
        &mut p.other_names,
        &mut p.aliases,
        &mut p.id_numbers,
        &mut p.birth_date,
        &mut p.address,
        &mut p.narrative,
        &mut p.last_place_note,
    ] {
        *field = None;
    }
    for d in &mut detail.detentions {
        d.place_note = None;
    }
    let mut numbers = std::collections::HashMap::new();
    for (i, t) in detail.testifiers.iter_mut().enumerate() {
        let label = testifier_label(i + 1);
        numbers.insert(t.name.expose().to_string(), label.clone());
        t.id = numbered(i + 1);
        t.name = label;
        t.contact = None;
        t.pressure_notes = None;
    }
    for t in &mut detail.testimonies {
        t.testifier_name = numbers
            .get(t.testifier_name.expose())
            .cloned()
            .unwrap_or_else(|| Sensitive::new("A testifier"));
        t.recording_location = None;
        t.transcript = None;
    }
    for s in &mut detail.sources {
        s.author = None;
        if let Some(r) = &mut s.retraction {
            r.reason = None;
            r.by = None;
        }
    }
    for e in &mut detail.events {
        e.summary = None;
        e.place_note = None;
    }
    for m in &mut detail.merged_in {
        m.notes = None;
    }
    for e in &mut detail.evidence {
        e.name = None;
        e.sha256 = None;
        e.added_by = None;
    }
    // Claims about sealed fields (the names, the ID numbers) are for readers of names only.
    detail.claims.retain(|c| !c.claim.kind.is_sensitive());
}

/// Everything about a case that `reading` allows, opened (inside the caller's transaction or
/// connection).
pub(crate) async fn detail_of(
    conn: &mut Conn,
    keys: &ServerKeys,
    vocab: &Vocabularies,
    row: &CaseRow,
    dek: &DataKey,
    reading: Reading,
) -> Result<CaseDetail> {
    let id = parse_id(&row.id)?;
    let whole = reading == Reading::Whole;
    let f = |field| FieldRef::of(id, field);
    // A sealed column of the case row, opened only for a whole reading.
    let opt = |field: &'static str, sealed: Option<&[u8]>| match whole {
        true => dek.open_opt(&f(field), sealed),
        false => Ok(None),
    };
    let profile = CaseProfile {
        name: match whole {
            true => dek.open(&f("cases.name"), &row.name_sealed)?,
            false => Sensitive::new(pseudonym(&id)),
        },
        other_names: opt("cases.other_names", row.other_names_sealed.as_deref())?,
        aliases: opt("cases.aliases", row.aliases_sealed.as_deref())?,
        id_numbers: opt("cases.id_numbers", row.id_numbers_sealed.as_deref())?,
        birth_date: opt("cases.birth_date", row.birth_date_sealed.as_deref())?,
        address: opt("cases.address", row.address_sealed.as_deref())?,
        narrative: opt("cases.narrative", row.narrative_sealed.as_deref())?,
        status: coded(vocab, names::CASE_STATUS, &row.status),
        verification: coded(vocab, names::VERIFICATION, &row.verification),
        gender: coded_opt(vocab, names::GENDER, row.gender.as_deref()),
        birth_year: row.birth_year,
        ethnicity: coded_opt(vocab, names::ETHNICITY, row.ethnicity.as_deref()),
        residency: coded_opt(vocab, names::RESIDENCY, row.residency.as_deref()),
        occupation: coded_opt(vocab, names::OCCUPATION, row.occupation.as_deref()),
        last_contact: stored_date(row.last_contact_text.as_deref()),
        last_location: place(vocab, row.last_location_id.as_deref()),
        last_place_note: opt(
            "cases.last_place_note",
            row.last_place_note_sealed.as_deref(),
        )?,
    };

    let mut lengths = Vec::new();
    let mut detentions = repo::detentions_of(&mut *conn, &row.id)
        .await?
        .into_iter()
        .map(|d| {
            lengths.push(if d.sentence_life != 0 {
                Some(SentenceLength::Life)
            } else {
                d.sentence_months
                    .and_then(|m| u32::try_from(m).ok())
                    .map(SentenceLength::Months)
            });
            Ok(DetentionView {
                id: parse_id(&d.id)?,
                facility_kind: coded_opt(vocab, names::FACILITY_KIND, d.facility_kind.as_deref()),
                facility_name: d.facility_name,
                location: place(vocab, d.location_id.as_deref()),
                place_note: match whole {
                    true => dek.open_opt(
                        &FieldRef::of_row(id, "detentions.place_note", parse_id(&d.id)?),
                        d.place_note_sealed.as_deref(),
                    )?,
                    false => None,
                },
                alleged_act: d.alleged_act,
                legal_charge: coded_opt(vocab, names::LEGAL_CHARGE, d.legal_charge.as_deref()),
                sentence: if d.sentence_life != 0 {
                    Some(SentenceLength::Life.words(crate::i18n::current()))
                } else {
                    d.sentence_months
                        .and_then(|m| u32::try_from(m).ok())
                        .map(|m| SentenceLength::Months(m).words(crate::i18n::current()))
                },
                court: d.court,
                conviction_date: stored_date(d.conviction_text.as_deref()),
                learned_date: stored_date(d.learned_text.as_deref()),
                learned_how: coded_opt(vocab, names::LEARNED_HOW, d.learned_how.as_deref()),
                confirmed_by: d.confirmed_by,
                responsible_forces: coded_opt(
                    vocab,
                    names::RESPONSIBLE_FORCES,
                    d.responsible_forces.as_deref(),
                ),
                warrant_shown: coded_opt(vocab, names::WARRANT_SHOWN, d.warrant_shown.as_deref()),
                expected_release: None,
                release_overdue: false,
                release_alert: false,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    // A sealed value of one of the case's rows, under the case's data key (whole readings only).
    let open_row = |field: &'static str, row: Uuid, sealed: Option<&[u8]>| match whole {
        true => dek.open_opt(&FieldRef::of_row(id, field, row), sealed),
        false => Ok(None),
    };
    let mut testifiers = Vec::new();
    // Each testifier's stored id, beside the view (whose id is a number when redacted).
    let mut stored_ids = Vec::new();
    for (n, (t, link)) in repo::testifiers_of(&mut *conn, &row.id)
        .await?
        .into_iter()
        .enumerate()
    {
        let tid = parse_id(&t.id)?;
        let (view_id, name, contact) = if whole {
            let tdek = keys.unwrap_data_key(tid, &t.dek_wrapped)?;
            (
                tid,
                tdek.open(&FieldRef::of(tid, "testifiers.name"), &t.name_sealed)?,
                tdek.open_opt(
                    &FieldRef::of(tid, "testifiers.contact"),
                    t.contact_sealed.as_deref(),
                )?,
            )
        } else {
            (numbered(n + 1), testifier_label(n + 1), None)
        };
        stored_ids.push(t.id.clone());
        testifiers.push(TestifierView {
            id: view_id,
            name,
            contact,
            relationship: coded(vocab, names::RELATIONSHIP, &link.relationship),
            consent: coded(vocab, names::CONSENT, &link.consent),
            pressure_notes: open_row(
                "case_testifiers.pressure_notes",
                tid,
                link.pressure_notes_sealed.as_deref(),
            )?,
            consent_since: link.consent_changed_at.clone(),
            consent_by: if whole { link.consent_by.clone() } else { None },
            consent_note: open_row(
                "case_testifiers.consent_note",
                tid,
                link.consent_note_sealed.as_deref(),
            )?,
        });
    }

    let mut testimonies = Vec::new();
    for t in repo::testimonies_of(&mut *conn, &row.id).await? {
        let tid = parse_id(&t.id)?;
        let speaker = stored_ids
            .iter()
            .position(|s| *s == t.testifier_id)
            .map(|i| &testifiers[i]);
        testimonies.push(TestimonyView {
            id: tid,
            testifier_name: speaker
                .map(|s| s.name.clone())
                .unwrap_or_else(|| Sensitive::new(if whole { "" } else { "A testifier" })),
            relationship: speaker.map(|s| s.relationship.clone()),
            recorded: stored_date(t.recorded_text.as_deref()),
            medium: coded(vocab, names::TESTIMONY_MEDIUM, &t.medium),
            language: coded_opt(vocab, names::LANGUAGE, t.language.as_deref()),
            duration_minutes: t.duration_minutes,
            recording_location: open_row(
                "testimonies.recording_location",
                tid,
                t.recording_location_sealed.as_deref(),
            )?,
            transcript: open_row(
                "testimonies.transcript",
                tid,
                t.transcript_sealed.as_deref(),
            )?,
            testifier_id: if whole {
                Uuid::parse_str(&t.testifier_id).ok()
            } else {
                None
            },
            source_id: t.source_id.as_deref().and_then(|s| Uuid::parse_str(s).ok()),
            also_about: match (&t.shared_id, whole) {
                (Some(shared), true) => repo::sharing_testimony(&mut *conn, shared, &row.id)
                    .await?
                    .iter()
                    .filter_map(|id| Uuid::parse_str(id).ok())
                    .collect(),
                _ => Vec::new(),
            },
        });
    }

    let mut sources = Vec::new();
    for s in repo::sources_of(&mut *conn, &row.id).await? {
        let sid = parse_id(&s.id)?;
        sources.push(SourceView {
            id: sid,
            source_type: coded(vocab, names::SOURCE_TYPE, &s.source_type),
            title: s.title,
            publisher: s.publisher,
            author: open_row("sources.author", sid, s.author_sealed.as_deref())?,
            reference: s.reference,
            published: stored_date(s.published_text.as_deref()),
            language: coded_opt(vocab, names::LANGUAGE, s.language.as_deref()),
            reliability: coded(vocab, names::RELIABILITY, &s.reliability),
            credibility: coded(vocab, names::CREDIBILITY, &s.credibility),
            content_sha256: s.content_sha256,
            retraction: match s.retracted_at {
                None => None,
                Some(at) => Some(Retraction {
                    at,
                    by: match (whole, s.retracted_by.as_deref()) {
                        (true, by @ Some(_)) => username_of(&mut *conn, by).await?,
                        _ => None,
                    },
                    reason: open_row("sources.retraction", sid, s.retraction_sealed.as_deref())?,
                }),
            },
            archive: None,
        });
    }

    let links = repo::event_sources_of(&mut *conn, &row.id).await?;
    let mut events = Vec::new();
    for e in repo::events_of(&mut *conn, &row.id).await? {
        let eid = parse_id(&e.id)?;
        let citations = sources
            .iter()
            .filter(|s| {
                links
                    .iter()
                    .any(|l| l.event_id == e.id && l.source_id == s.id.to_string())
            })
            .map(|s| Citation {
                source_id: s.id,
                title: s.title.clone(),
                reliability: s.reliability.code.clone(),
                credibility: s.credibility.code.clone(),
                retracted: s.retraction.is_some(),
            })
            .collect();
        events.push(EventView {
            id: eid,
            kind: coded(vocab, names::EVENT_KIND, &e.kind),
            date: stored_date(e.date_text.as_deref()),
            reported: stored_date(e.reported_text.as_deref()),
            location: place(vocab, e.location_id.as_deref()),
            place_note: open_row("events.place_note", eid, e.place_note_sealed.as_deref())?,
            summary: open_row("events.summary", eid, e.summary_sealed.as_deref())?,
            citations,
        });
    }

    // The sentence clock runs from the first dated detention or camp event; news of the person
    // (proof of life, contact, release, death) after the expected release ends its alert.
    let detained = crate::domain::release::detained_on(
        events
            .iter()
            .map(|e| (e.kind.code.as_str(), e.date.as_ref())),
    );
    let news: Vec<PartialDate> = events
        .iter()
        .filter(|e| crate::domain::release::NEWS_KINDS.contains(&e.kind.code.as_str()))
        .filter_map(|e| e.date)
        .collect();
    let today = chrono::Utc::now().date_naive();
    for (d, length) in detentions.iter_mut().zip(lengths) {
        d.expected_release = length.and_then(|l| {
            crate::domain::release::expected_release(
                l,
                detained.as_ref(),
                d.conviction_date.as_ref(),
            )
        });
        d.release_overdue = d
            .expected_release
            .as_ref()
            .is_some_and(|r| r.overdue(today));
        d.release_alert = d
            .expected_release
            .as_ref()
            .is_some_and(|r| crate::domain::release::release_alert(r, today, &news));
    }

    let claims = crate::server::records::provenance::claims_of(
        conn,
        dek,
        id,
        whole,
        &profile,
        &detentions,
        &sources,
        &events,
    )
    .await?;

    let mut removals = Vec::new();
    for r in repo::removals_of(&mut *conn, &row.id).await? {
        let rid = parse_id(&r.id)?;
        removals.push(RemovalView {
            id: rid,
            item_id: parse_id(&r.item_id)?,
            reason: open_row("removals.reason", rid, Some(&r.reason_sealed))?,
            removed_by: if whole { r.remover } else { None },
            kind: r.kind,
            removed_at: r.removed_at,
        });
    }

    let mut merged_in = Vec::new();
    for m in db::merges::merged_into(&mut *conn, &row.id).await? {
        let merged_id = parse_id(&m.merged_id)?;
        merged_in.push(MergedCase {
            id: merged_id,
            pseudonym: pseudonym(&merged_id),
            notes: open_row("case_merges.notes", merged_id, Some(&m.notes_sealed))?,
            merged_at: m.merged_at,
            merged_by: if whole { m.merger } else { None },
        });
    }

    Ok(CaseDetail {
        id,
        pseudonym: pseudonym(&id),
        sensitive: whole,
        can_edit: false,
        revision: row.revision,
        profile,
        detentions,
        testifiers,
        testimonies,
        sources,
        events,
        claims,
        removals,
        merged_in,
        evidence: Vec::new(),
        created_at: row.created_at.clone(),
        updated_at: row.updated_at.clone(),
        updated_by: username_of(conn, row.updated_by.as_deref()).await?,
    })
}

/// An account's username (None for the command line or an unknown id).
pub(super) async fn username_of(conn: &mut Conn, user_id: Option<&str>) -> Result<Option<String>> {
    let Some(user_id) = user_id else {
        return Ok(None);
    };
    Ok(db::accounts::username_of(conn, user_id).await?)
}
