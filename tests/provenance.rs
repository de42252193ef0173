//! Provenance per claim: citing sources for a case's claims, the verification level that follows,
//! disputes, a reviewer's override with its reason (sealed), and the forms on the case page.

mod common;

use common::{post, spawn_app, TestApp};
use izde::domain::account::Role;
use izde::domain::forms::{EventForm, SourceForm};
use izde::domain::provenance::{Claim, ClaimKind, ClaimView, Level, Stance};
use izde::server::auth::access::Actor;
use izde::server::records::provenance::{self, CiteForm, ReviewForm, UnciteForm};
use izde::server::records::{self, RecordError};

fn source(kind: &str, title: &str, publisher: &str) -> SourceForm {
    SourceForm {
        source_type: kind.into(),
        source_title: title.into(),
        source_publisher: publisher.into(),
        source_reliability: "B".into(),
        source_credibility: "2".into(),
        ..SourceForm::default()
    }
}

async fn add_source(app: &TestApp, case: &str, form: SourceForm) -> String {
    app.add_source(case, &form).await.unwrap().to_string()
}

async fn revision(app: &TestApp, case: &str) -> String {
    app.detail(case).await.revision.to_string()
}

async fn cite(
    app: &TestApp,
    actor: &Actor,
    case: &str,
    claim: &str,
    source: &str,
    stance: &str,
    timecode: &str,
) -> Result<String, RecordError> {
    let form = CiteForm {
        claim: claim.into(),
        source: source.into(),
        stance: stance.into(),
        timecode: timecode.into(),
        revision: revision(app, case).await,
    };
    provenance::cite(&app.cx, actor, case, &form).await
}

async fn claim(app: &TestApp, case: &str, claim: &Claim) -> ClaimView {
    app.detail(case)
        .await
        .claims
        .into_iter()
        .find(|c| &c.claim == claim)
        .unwrap()
}

fn field_error(result: Result<String, RecordError>, field: &str) -> String {
    match result {
        Err(RecordError::Invalid(errors)) => errors
            .get(field)
            .unwrap_or_else(|| panic!("no error on {field}: {errors:?}"))
            .to_string(),
        other => panic!("expected an error on {field}, got {other:?}"),
    }
}

#[tokio::test]
async fn every_claim_is_listed_and_its_level_follows_its_sources() {
    let app = spawn_app().await;
    let id = app.create(&common::intake("Claimed Person")).await;
    let case = app.detail(&id).await;
    let detention = case.detentions[0].id;
    let keys: Vec<String> = case.claims.iter().map(|c| c.claim.key()).collect();
    let recorded = [
        "status".to_string(),
        "last_location".to_string(),
        "birth_year".to_string(),
        "ethnicity".to_string(),
        "names".to_string(),
        format!("facility:{detention}"),
        format!("alleged_act:{detention}"),
        format!("charge:{detention}"),
        format!("sentence:{detention}"),
    ];
    for expected in &recorded {
        assert!(keys.contains(expected), "{expected} missing from {keys:?}");
    }
    assert_eq!(
        case.claims.len(),
        recorded.len() + case.events.len(),
        "every recorded fact and every event is a claim, and nothing not recorded: {keys:?}"
    );
    // The intake's video testimony supports the intake's events; the status has nothing yet.
    let status = Claim::case(ClaimKind::Status);
    assert_eq!(claim(&app, &id, &status).await.level(), Level::Unsourced);
    let video = case.sources[0].id.to_string();

    cite(
        &app,
        &Actor::System,
        &id,
        "status",
        &video,
        "supports",
        "12:05",
    )
    .await
    .unwrap();
    let c = claim(&app, &id, &status).await;
    assert_eq!(c.level(), Level::Reported);
    assert_eq!(c.backing[0].timecode, Some(725));
    assert_eq!(c.statement, "Status: Sentenced / in prison");

    // A second source from the same publisher is the same voice: still reported.
    let rfa_1 = add_source(&app, &id, source("media_report", "RFA report", "RFA")).await;
    let rfa_2 = add_source(&app, &id, source("media_report", "RFA follow-up", " rfa ")).await;
    cite(&app, &Actor::System, &id, "status", &rfa_1, "supports", "")
        .await
        .unwrap();
    assert_eq!(
        claim(&app, &id, &status).await.level(),
        Level::Corroborated,
        "the testimony and RFA are two voices"
    );
    let sentence = Claim::of(ClaimKind::Sentence, detention);
    cite(
        &app,
        &Actor::System,
        &id,
        &sentence.key(),
        &rfa_1,
        "supports",
        "",
    )
    .await
    .unwrap();
    cite(
        &app,
        &Actor::System,
        &id,
        &sentence.key(),
        &rfa_2,
        "supports",
        "",
    )
    .await
    .unwrap();
    assert_eq!(
        claim(&app, &id, &sentence).await.level(),
        Level::Reported,
        "two articles of one publisher are one voice"
    );

    // A court verdict confirms the sentence on its own.
    let verdict = add_source(&app, &id, source("court_document", "Verdict", "")).await;
    cite(
        &app,
        &Actor::System,
        &id,
        &sentence.key(),
        &verdict,
        "supports",
        "",
    )
    .await
    .unwrap();
    assert_eq!(claim(&app, &id, &sentence).await.level(), Level::Confirmed);

    // An official denial disputes the status: flagged, and the level is not raised by it.
    let denial = add_source(
        &app,
        &id,
        source("official_statement", "MFA briefing", "MFA"),
    )
    .await;
    cite(&app, &Actor::System, &id, "status", &denial, "disputes", "")
        .await
        .unwrap();
    let c = claim(&app, &id, &status).await;
    assert!(c.disputed());
    assert_eq!(c.level(), Level::Corroborated);
    assert_eq!(
        c.backing
            .iter()
            .find(|b| b.source_id.to_string() == denial)
            .unwrap()
            .stance,
        Stance::Disputes
    );

    // Citing again changes how; un-citing takes the source off the claim only.
    cite(&app, &Actor::System, &id, "status", &denial, "supports", "")
        .await
        .unwrap();
    let c = claim(&app, &id, &status).await;
    assert!(!c.disputed());
    assert_eq!(c.level(), Level::Confirmed);
    // Taking it off needs a reason, which is sealed and said in the history.
    let mut form = UnciteForm {
        claim: "status".into(),
        source: denial.clone(),
        uncite_reason: " ".into(),
        revision: revision(&app, &id).await,
    };
    let error = field_error(
        provenance::uncite(&app.cx, &Actor::System, &id, &form).await,
        "uncite_reason",
    );
    assert!(error.contains("say why"), "{error}");
    assert_eq!(claim(&app, &id, &status).await.level(), Level::Confirmed);
    form.uncite_reason = "The embassy letter is about his cousin, Бақыт".into();
    provenance::uncite(&app.cx, &Actor::System, &id, &form)
        .await
        .unwrap();
    assert_eq!(claim(&app, &id, &status).await.level(), Level::Corroborated);
    let history = records::case_history(&app.cx, &Actor::System, &id)
        .await
        .unwrap();
    assert!(
        history.iter().flat_map(|r| &r.changes).any(|s| s
            == "Reason for removing the source cited for a claim: “The embassy letter is about his cousin, Бақыт”"),
        "{history:?}"
    );
    for file in app.raw_database_files().await {
        let needle = "his cousin, Бақыт".as_bytes();
        assert!(!file.windows(needle.len()).any(|w| w == needle));
    }
    assert!(app
        .detail(&id)
        .await
        .sources
        .iter()
        .any(|s| s.id.to_string() == denial));

    // Each change is a revision with its own line in the history.
    let history = records::case_history(&app.cx, &Actor::System, &id)
        .await
        .unwrap();
    assert!(history[0].changes[0].starts_with("Sources cited for “Status"));
}

#[tokio::test]
async fn bad_citations_are_refused_next_to_the_field_and_nothing_is_saved() {
    let app = spawn_app().await;
    let id = app.create(&common::intake("Refused Citation")).await;
    let verdict = add_source(&app, &id, source("court_document", "Verdict", "")).await;
    let before = app.detail(&id).await;

    let e = field_error(
        cite(
            &app,
            &Actor::System,
            &id,
            "status",
            &verdict,
            "supports",
            "3:10",
        )
        .await,
        "timecode",
    );
    assert!(e.contains("only a video testimony or an interview"), "{e}");
    let e = field_error(
        cite(
            &app,
            &Actor::System,
            &id,
            "status",
            &verdict,
            "supports",
            "3:99",
        )
        .await,
        "timecode",
    );
    assert!(e.contains("59"), "{e}");
    field_error(
        cite(
            &app,
            &Actor::System,
            &id,
            "status",
            "not-a-source",
            "supports",
            "",
        )
        .await,
        "source",
    );
    field_error(
        cite(&app, &Actor::System, &id, "status", &verdict, "maybe", "").await,
        "stance",
    );
    field_error(
        cite(
            &app,
            &Actor::System,
            &id,
            &format!("charge:{}", uuid::Uuid::now_v7()),
            &verdict,
            "supports",
            "",
        )
        .await,
        "claim",
    );
    let after = app.detail(&id).await;
    assert_eq!(after.revision, before.revision, "nothing was saved");
    assert_eq!(after.claims, before.claims);

    // Someone saved the case meanwhile: the citation is refused as stale.
    let stale = CiteForm {
        claim: "status".into(),
        source: verdict.clone(),
        stance: "supports".into(),
        timecode: String::new(),
        revision: (before.revision - 1).to_string(),
    };
    let outcome = provenance::cite(&app.cx, &Actor::System, &id, &stale).await;
    assert!(
        matches!(outcome, Err(RecordError::Stale(..))),
        "{outcome:?}"
    );

    // Only those who may edit the case cite for it.
    let researcher = app.user("reader", Role::Researcher).await;
    let outcome = cite(&app, &researcher, &id, "status", &verdict, "supports", "").await;
    assert!(
        matches!(outcome, Err(RecordError::Forbidden(_))),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn a_reviewer_overrides_a_level_with_a_reason_that_is_sealed_but_shown_to_readers() {
    let app = spawn_app().await;
    let admin = app.user("reviewer", Role::Admin).await;
    let volunteer = app.user("entering", Role::Volunteer).await;
    let researcher = app.user("reader", Role::Researcher).await;
    let id = app
        .create_as(&volunteer, &common::intake("Reviewed Person"))
        .await;
    let reason = "Satellite imagery of the Ghulja facility matches the account";
    let review = |actor: Actor, level: &str, reason: &str, revision: String| {
        let form = ReviewForm {
            claim: "status".into(),
            level: level.into(),
            reason: reason.into(),
            revision,
        };
        let (app, id) = (&app, id.clone());
        async move { provenance::review(&app.cx, &actor, &id, &form).await }
    };

    // Volunteers enter and cite; reviewing is for admins.
    let outcome = review(
        volunteer.clone(),
        "confirmed",
        reason,
        revision(&app, &id).await,
    )
    .await;
    assert!(
        matches!(outcome, Err(RecordError::Forbidden(_))),
        "{outcome:?}"
    );
    let e = field_error(
        review(admin.clone(), "confirmed", "ok", revision(&app, &id).await).await,
        "reason",
    );
    assert!(e.contains("every reader"), "{e}");
    field_error(
        review(admin.clone(), "certain", reason, revision(&app, &id).await).await,
        "level",
    );
    field_error(
        review(admin.clone(), "", "", revision(&app, &id).await).await,
        "level",
    );

    review(
        admin.clone(),
        "corroborated",
        reason,
        revision(&app, &id).await,
    )
    .await
    .unwrap();
    let status = Claim::case(ClaimKind::Status);
    let c = claim(&app, &id, &status).await;
    assert_eq!(c.level(), Level::Corroborated);
    assert_eq!(c.computed, Level::Unsourced);
    let r = c.review.unwrap();
    assert_eq!(r.reason.expose(), reason);
    assert_eq!(r.reviewed_by.as_deref(), Some("reviewer"));

    // A researcher reads the case under its pseudonym, with the claims, levels and the reason.
    let seen = records::case_detail(&app.cx, &researcher, &id)
        .await
        .unwrap();
    assert!(!seen.sensitive);
    let c = seen.claims.iter().find(|c| c.claim == status).unwrap();
    assert_eq!(c.level(), Level::Corroborated);
    assert_eq!(c.review.as_ref().unwrap().reason.expose(), reason);

    // The reason is sealed on disk.
    for file in app.raw_database_files().await {
        assert!(
            !file
                .windows(b"Satellite imagery".len())
                .any(|w| w == b"Satellite imagery"),
            "the review's reason lies in plaintext in the database"
        );
    }

    // Taken back: the computed level stands again.
    review(admin.clone(), "", "", revision(&app, &id).await)
        .await
        .unwrap();
    let c = claim(&app, &id, &status).await;
    assert!(c.review.is_none());
    assert_eq!(c.level(), Level::Unsourced);
}

#[tokio::test]
async fn editing_an_event_keeps_how_its_remaining_sources_are_cited() {
    let app = spawn_app().await;
    let id = app.create(&common::intake("Event Citations")).await;
    let case = app.detail(&id).await;
    let event = case
        .events
        .iter()
        .find(|e| !e.citations.is_empty())
        .unwrap()
        .clone();
    let video = event.citations[0].source_id.to_string();
    let key = Claim::of(ClaimKind::Event, event.id).key();
    cite(
        &app,
        &Actor::System,
        &id,
        &key,
        &video,
        "disputes",
        "1:02:03",
    )
    .await
    .unwrap();
    let other = add_source(&app, &id, source("media_report", "AP story", "AP")).await;

    let form = EventForm {
        kind: event.kind.code.clone(),
        date: event.date.as_ref().unwrap().to_string(),
        sources: vec![video.clone(), other.clone()],
        revision: revision(&app, &id).await,
        ..Default::default()
    };
    app.save_event(&id, Some(&event.id.to_string()), &form)
        .await
        .unwrap();
    let c = claim(&app, &id, &Claim::of(ClaimKind::Event, event.id)).await;
    let kept = c
        .backing
        .iter()
        .find(|b| b.source_id.to_string() == video)
        .unwrap();
    assert_eq!((kept.stance, kept.timecode), (Stance::Disputes, Some(3723)));
    assert!(c
        .backing
        .iter()
        .any(|b| b.source_id.to_string() == other && b.stance == Stance::Supports));
    assert!(c.disputed());
}

#[tokio::test]
async fn the_case_page_forms_cite_and_show_errors_beside_the_field() {
    let app = spawn_app().await;
    let admin = app.user("page-admin", Role::Admin).await;
    let id = app.create_as(&admin, &common::intake("Page Claims")).await;
    let web = app.web_as(&admin).await;
    let case = app.detail(&id).await;
    let video = case.sources[0].id.to_string();
    let rev = case.revision.to_string();

    let answer = web
        .send(post(
            &format!("/cases/{id}/claims/cite"),
            &[
                ("claim", "status"),
                ("source", &video),
                ("stance", "supports"),
                ("timecode", "25:61"),
                ("revision", &rev),
            ],
        ))
        .await;
    assert_eq!(answer.status, 422);
    assert!(answer.body.contains("claim-status-cite-timecode-error"));
    assert!(
        answer.body.contains("value=\"25:61\""),
        "what was typed stays"
    );

    let answer = web
        .send(post(
            &format!("/cases/{id}/claims/cite"),
            &[
                ("claim", "status"),
                ("source", &video),
                ("stance", "supports"),
                ("timecode", "25:01"),
                ("revision", &rev),
            ],
        ))
        .await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    assert_eq!(
        answer.location().unwrap(),
        format!("/cases/{id}#claim-status")
    );
    let page = web.send(common::get(&format!("/cases/{id}"))).await.body;
    assert!(page.contains("Claims and their evidence"));
    assert!(page.contains("Reported (one source)"));
    assert!(page.contains("at 25:01"));
    assert!(page.contains("Review the level"), "admins review");

    // Taking the source off asks why, beside the field of that source's form, opened.
    let rev = revision(&app, &id).await;
    let uncite = |reason: &'static str| {
        vec![
            ("claim", "status".to_string()),
            ("source", video.clone()),
            ("uncite_reason", reason.to_string()),
            ("revision", rev.clone()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let web = &web;
        let url = format!("/cases/{id}/claims/uncite");
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            web.send(post(&url, &fields)).await
        }
    };
    let answer = send(uncite("")).await;
    assert_eq!(answer.status, 422, "{}", answer.body);
    let form = format!("claim-status-uncite-{video}");
    assert!(
        answer.body.contains(&format!("{form}-uncite_reason-error")),
        "{}",
        answer.body
    );
    assert!(
        answer.body.contains("<details open class=\"uncite\">"),
        "{}",
        answer.body
    );
    let answer = send(uncite("The video is of another family")).await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    let page = web.send(common::get(&format!("/cases/{id}"))).await.body;
    assert!(!page.contains("at 25:01"), "the citation is gone");
}

/// The names of the sealed fields opened while it is installed (trace events of target
/// `izde::opened`, which `DataKey::open` emits with the field's name only).
#[derive(Clone, Default)]
struct Opened(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Opened {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        struct Field(Option<String>);
        impl tracing::field::Visit for Field {
            fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
                if field.name() == "field" {
                    self.0 = Some(value.to_string());
                }
            }
            fn record_debug(&mut self, _: &tracing::field::Field, _: &dyn std::fmt::Debug) {}
        }
        if event.metadata().target() == "izde::opened" {
            let mut field = Field(None);
            event.record(&mut field);
            self.0.lock().unwrap().extend(field.0);
        }
    }
}

impl Opened {
    fn take(&self) -> std::collections::BTreeSet<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
            .into_iter()
            .collect()
    }
}

/// Issue 17, item 8: a reader who may not see names gets a page decrypted from an allow-list (not
/// a page decrypted whole and then trimmed), revisions from their redacted copies, testifiers
/// under numbers, and voices grouped without the sealed authors.
#[tokio::test]
async fn a_researcher_s_page_opens_only_its_allow_list_and_no_shared_author_shows() {
    use tracing_subscriber::layer::SubscriberExt;
    let app = spawn_app().await;
    let admin = app.user("reviewer", Role::Admin).await;
    let researcher = app.user("reader", Role::Researcher).await;
    let id = app.create(&common::intake("Opened Person")).await;
    // Two reports by one author (sealed) from different publishers: one voice to those who may
    // see the author, two otherwise.
    let mut first = source("media_report", "Report on the camp", "Outlet one");
    first.source_author = "Serik Zhurnalist".into();
    let mut second = source("media_report", "Report on the sentence", "Outlet two");
    second.source_author = "Serik Zhurnalist".into();
    let first = add_source(&app, &id, first).await;
    let second = add_source(&app, &id, second).await;
    for s in [&first, &second] {
        cite(&app, &Actor::System, &id, "status", s, "supports", "")
            .await
            .unwrap();
    }
    // A review whose reason names the person is refused (researchers read reasons).
    let named = ReviewForm {
        claim: "status".into(),
        level: "confirmed".into(),
        reason: "Opened's brother confirmed it on a call".into(),
        revision: revision(&app, &id).await,
    };
    field_error(
        provenance::review(&app.cx, &admin, &id, &named).await,
        "reason",
    );
    let review = ReviewForm {
        reason: "Two reports and the testimony agree on the dates".into(),
        ..named
    };
    provenance::review(&app.cx, &admin, &id, &review)
        .await
        .unwrap();

    let opened = Opened::default();
    let _installed =
        tracing::subscriber::set_default(tracing_subscriber::registry().with(opened.clone()));
    // Another test of this binary may have registered the opening's callsite while no subscriber
    // wanted it, racing this one's registration: ask every callsite again, with this subscriber.
    tracing::callsite::rebuild_interest_cache();
    let status = Claim::case(ClaimKind::Status);
    let voices = |detail: &izde::domain::case::CaseDetail| {
        let c = detail.claims.iter().find(|c| c.claim == status).unwrap();
        let voice = |s: &str| {
            c.backing
                .iter()
                .find(|b| b.source_id.to_string() == s)
                .unwrap()
                .voice
        };
        (voice(&first), voice(&second))
    };

    let whole = records::case_detail(&app.cx, &admin, &id).await.unwrap();
    let seen = opened.take();
    assert!(
        seen.contains("cases.name") && seen.contains("sources.author"),
        "{seen:?}"
    );
    let (a, b) = voices(&whole);
    assert_eq!(a, b, "one author is one voice to an admin");

    let page = records::case_detail(&app.cx, &researcher, &id)
        .await
        .unwrap();
    records::case_history(&app.cx, &researcher, &id)
        .await
        .unwrap();
    let seen = opened.take();
    let allowed: std::collections::BTreeSet<String> = records::REDACTED_OPENS
        .iter()
        .map(|f| f.to_string())
        .collect();
    assert!(
        seen.is_subset(&allowed),
        "a researcher's page opened {:?}",
        seen.difference(&allowed).collect::<Vec<_>>()
    );
    assert!(seen.contains("case_versions.public_snapshot"), "{seen:?}");
    let (a, b) = voices(&page);
    assert_ne!(
        a, b,
        "a researcher would learn that two sources share an author"
    );
    assert!(!page.sensitive);
    assert_eq!(page.profile.name.expose(), page.pseudonym);
    assert_ne!(
        page.testifiers[0].id, whole.testifiers[0].id,
        "testifier id shown"
    );
    assert_eq!(page.testifiers[0].name.expose(), "Testifier 1");
    assert_eq!(page.testimonies[0].testifier_name.expose(), "Testifier 1");
    assert!(page.sources.iter().all(|s| s.author.is_none()));
    let c = page.claims.iter().find(|c| c.claim == status).unwrap();
    assert_eq!(
        c.review.as_ref().unwrap().reason.expose(),
        "Two reports and the testimony agree on the dates"
    );

    // Versions kept before the redacted copies existed get theirs at the next unsealed start.
    sqlx::query("UPDATE case_versions SET public_snapshot_sealed = NULL")
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(records::case_history(&app.cx, &researcher, &id)
        .await
        .is_err());
    let sealed = records::seal_public_versions(&app.pool, &app.keys)
        .await
        .unwrap();
    assert!(sealed >= 3, "{sealed}");
    let history = records::case_history(&app.cx, &researcher, &id)
        .await
        .unwrap();
    assert!(history.len() > 3);
}

#[tokio::test]
async fn every_recorded_fact_cites_its_sources_and_names_are_claims_only_for_readers_of_names() {
    let app = spawn_app().await;
    let mut form = common::intake("Facts Person");
    form.court = "Ili Intermediate People's Court".into();
    form.person.id_numbers = "654021197501011234".into();
    form.person.occupation = "teacher".into();
    let id = app.create(&form).await;
    let case = app.detail(&id).await;
    let detention = case.detentions[0].id;
    let video = case.sources[0].id.to_string();
    let statement = |key: &str| {
        case.claims
            .iter()
            .find(|c| c.claim.key() == key)
            .map(|c| c.statement.clone())
            .unwrap_or_else(|| panic!("no claim {key}"))
    };
    assert_eq!(statement("birth_year"), "Born in 1975");
    assert_eq!(statement("occupation"), "Occupation: Teacher");
    assert_eq!(
        statement(&format!("facility:{detention}")),
        "Facility: Camp — Test camp"
    );
    assert_eq!(
        statement(&format!("court:{detention}")),
        "Court: Ili Intermediate People's Court"
    );
    assert_eq!(
        statement(&format!("alleged_act:{detention}")),
        "Alleged act: Travelled to Kazakhstan"
    );
    // The sealed facts are named, never quoted.
    assert_eq!(statement("names"), "The name and its other spellings");
    assert_eq!(statement("id_numbers"), "The ID numbers");

    // A court's verdict confirms the court and the ID number; the video reports the facility.
    let verdict = add_source(
        &app,
        &id,
        source(
            "court_document",
            "Verdict",
            "Ili Intermediate People's Court",
        ),
    )
    .await;
    let court = format!("court:{detention}");
    for (key, source) in [
        (court.as_str(), verdict.as_str()),
        ("id_numbers", verdict.as_str()),
        ("birth_year", video.as_str()),
    ] {
        cite(&app, &Actor::System, &id, key, source, "supports", "")
            .await
            .unwrap();
    }
    let facility = format!("facility:{detention}");
    cite(
        &app,
        &Actor::System,
        &id,
        &facility,
        &video,
        "supports",
        "3:10",
    )
    .await
    .unwrap();
    let levels: Vec<(String, Level)> = app
        .detail(&id)
        .await
        .claims
        .iter()
        .map(|c| (c.claim.key(), c.level()))
        .collect();
    for (key, level) in [
        (court.as_str(), Level::Confirmed),
        ("id_numbers", Level::Confirmed),
        ("birth_year", Level::Reported),
        (facility.as_str(), Level::Reported),
        ("ethnicity", Level::Unsourced),
    ] {
        assert!(
            levels.contains(&(key.to_string(), level)),
            "{key} should be {level:?}: {levels:?}"
        );
    }
    // A fact not recorded is no claim to cite.
    let error = field_error(
        cite(
            &app,
            &Actor::System,
            &id,
            "residency",
            &video,
            "supports",
            "",
        )
        .await,
        "claim",
    );
    assert!(error.contains("no longer in the case"), "{error}");

    // A researcher sees the other claims and their levels, but none about the names.
    let researcher = app.user("rita", Role::Researcher).await;
    let theirs = records::case_detail(&app.cx, &researcher, &id)
        .await
        .unwrap();
    let keys: Vec<String> = theirs.claims.iter().map(|c| c.claim.key()).collect();
    assert!(keys.contains(&court), "{keys:?}");
    assert!(
        !keys.iter().any(|k| k == "names" || k == "id_numbers"),
        "{keys:?}"
    );
    // Nor in the researchers' copy of the kept versions.
    let history = records::case_history(&app.cx, &researcher, &id)
        .await
        .unwrap();
    let said: Vec<&String> = history.iter().flat_map(|r| &r.changes).collect();
    assert!(said.iter().all(|s| !s.contains("ID numbers")), "{said:?}");
    let before = records::case_at(&app.cx, &researcher, &id, 2)
        .await
        .unwrap();
    assert!(before.claims.iter().all(|c| !c.claim.kind.is_sensitive()));
}
