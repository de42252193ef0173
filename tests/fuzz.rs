//! Issue 17, "Also": every form of the web application, posted with arbitrary fields and values
//! (and bodies that are not forms at all), through the whole router: an answer, never a panic and
//! never a 500. The partial-date, sentence and backup-line parsers have their own property tests
//! beside them (`PartialDate::parse`, `SentenceLength::parse`, restore's `read_items`).
//!
//! Not run again on PostgreSQL: what is tested is the parsing of requests, before any query.
#![cfg(feature = "ssr")]

mod common;

use common::{post, spawn_app, TestApp, Web};
use proptest::prelude::*;

/// The field names the forms read, and a few they do not.
const FIELDS: &[&str] = &[
    "name",
    "other_names",
    "aliases",
    "id_numbers",
    "birth_date",
    "birth_year",
    "gender",
    "ethnicity",
    "residency",
    "occupation",
    "address",
    "status",
    "verification",
    "narrative",
    "last_contact_date",
    "last_contact_location",
    "revision",
    "testifier_name",
    "testifier_contact",
    "relationship",
    "consent",
    "pressure_notes",
    "last_contact_summary",
    "disappearance_date",
    "facility_kind",
    "facility_name",
    "detention_location",
    "detention_date",
    "alleged_act",
    "legal_charge",
    "sentence",
    "court",
    "conviction_date",
    "learned_date",
    "learned_how",
    "confirmed_by",
    "testimony_date",
    "testimony_medium",
    "testimony_language",
    "testimony_duration",
    "recording_location",
    "transcript",
    "source_type",
    "source_title",
    "source_publisher",
    "source_author",
    "source_reference",
    "source_date",
    "source_language",
    "source_reliability",
    "source_credibility",
    "source_sha256",
    "source_events",
    "not_duplicate",
    "kind",
    "date",
    "location",
    "summary",
    "events",
    "claim",
    "source",
    "stance",
    "timecode",
    "level",
    "reason",
    "profile",
    "format",
    "k",
    "l",
    "max_suppressed",
    "threshold",
    "stable_ids",
    "query",
    "username",
    "password",
    "current",
    "new",
    "confirm",
    "next",
    "code",
    "",
    "a[b]",
    "name[]",
];

/// A value a person, a program or an attacker might send.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => ".{0,40}",
        2 => "[0-9 \\-./~]{0,12}(years?|months?|жыл|ай|年)?",
        1 => Just("Нұрлан Сейітқали".to_string()),
        1 => Just("\u{202E}\u{200C}\u{AD}\u{0}\u{FEFF}".to_string()),
        1 => Just("cn-xj-ili".to_string()),
        1 => Just("camp".to_string()),
        1 => "x{300,400}",
        1 => Just("-1".to_string()),
        1 => Just("99999999999999999999".to_string()),
    ]
}

/// A form body: known and unknown fields, repeated or not.
fn form() -> impl Strategy<Value = Vec<(String, String)>> {
    proptest::collection::vec(
        (
            prop_oneof![4 => proptest::sample::select(FIELDS).prop_map(str::to_string), 1 => ".{0,8}"],
            value(),
        ),
        0..24,
    )
}

/// The places forms are posted to, for a case `id` and its first event `event`.
fn routes(id: &str, event: &str) -> Vec<String> {
    vec![
        "/cases/new".into(),
        "/cases/search".into(),
        format!("/cases/{id}/edit"),
        format!("/cases/{id}/events/new"),
        format!("/cases/{id}/events/{event}/edit"),
        format!("/cases/{id}/sources/new"),
        format!("/cases/{id}/reveal"),
        format!("/cases/{id}/assign"),
        format!("/cases/{id}/claims/cite"),
        format!("/cases/{id}/claims/review"),
        "/admin/accounts".into(),
        "/admin/settings".into(),
        "/account/password".into(),
        "/account/totp/start".into(),
        "/export".into(),
        "/login".into(),
    ]
}

struct Setup {
    runtime: tokio::runtime::Runtime,
    _app: TestApp,
    web: Web,
    routes: Vec<String>,
}

fn setup() -> &'static Setup {
    static SETUP: std::sync::OnceLock<Setup> = std::sync::OnceLock::new();
    SETUP.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let (app, web, routes) = runtime.block_on(async {
            let app = spawn_app().await;
            let id = app.create(&common::intake("Fuzzed Person")).await;
            let event = app.detail(&id).await.events[0].id.to_string();
            let web = app.web().await;
            (app, web, routes(&id, &event))
        });
        Setup {
            runtime,
            _app: app,
            web,
            routes,
        }
    })
}

/// Posts `body` (as is) to `route`; the status.
fn send(route: &str, body: Vec<u8>) -> u16 {
    let setup = setup();
    let mut request = post(route, &[]);
    *request.body_mut() = axum::body::Body::from(body);
    setup
        .runtime
        .block_on(setup.web.send(request))
        .status
        .as_u16()
}

/// The number of cases each property runs (the total is in the closing note of issue 17).
const CASES: u32 = 1_500;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// Arbitrary forms to every form route: a page (a redirect, the form again with its errors,
    /// a refusal), never a 500.
    #[test]
    fn any_form_to_any_route_gets_an_answer_not_a_500(
        route in 0usize..16,
        fields in form(),
    ) {
        let setup = setup();
        let route = &setup.routes[route % setup.routes.len()];
        let body = serde_html_form::to_string(&fields).unwrap();
        let status = send(route, body.into_bytes());
        prop_assert!(status < 500, "{route} answered {status}");
    }

    /// Bodies that are not forms at all: bad percent-encoding, bytes that are not UTF-8.
    #[test]
    fn any_bytes_to_any_route_get_an_answer_not_a_500(
        route in 0usize..16,
        body in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..400),
            "([a-z_]{1,8}=[%&=+a-zA-Z0-9]{0,12}&?){0,8}".prop_map(String::into_bytes),
        ],
    ) {
        let setup = setup();
        let route = &setup.routes[route % setup.routes.len()];
        let status = send(route, body);
        prop_assert!(status < 500, "{route} answered {status}");
    }
}
