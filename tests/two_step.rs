//! Two-step verification: enrolment, the log-in's second step, replay, and the admin setting.
#![cfg(feature = "ssr")]

mod common;

use axum::http::{header, StatusCode};
use common::{get, post, spawn_app, TestApp, Web, PASSWORD};
use izde::domain::account::Role;
use izde::server::auth::access::Actor;
use izde::server::auth::two_step;

async fn code(app: &TestApp, actor: &Actor) -> String {
    let Actor::User(me) = actor else { panic!() };
    two_step::current_code(&app.cx, &me.id, &me.username)
        .await
        .unwrap()
}

/// Lets the clock move on, as far as spent codes go: the next code is not a replay.
async fn next_step(app: &TestApp) {
    app.cx.clock.advance(std::time::Duration::from_secs(30));
}

async fn enrol(app: &TestApp, actor: &Actor) {
    two_step::begin(&app.cx, actor).await.unwrap();
    let c = code(app, actor).await;
    two_step::confirm(&app.cx, actor, &c).await.unwrap();
    next_step(app).await;
}

fn anonymous(web: &Web) -> Web {
    Web {
        router: web.router.clone(),
        cookie: None,
    }
}

fn challenge_of(body: &str) -> String {
    body.split("name=\"challenge\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a challenge in the second step's form")
        .to_string()
}

#[tokio::test]
async fn enrolment_needs_a_right_code_and_the_secret_is_sealed() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    two_step::begin(&app.cx, &vera).await.unwrap();
    let status = two_step::status(&app.cx, &vera).await.unwrap();
    assert!(!status.enabled);
    let pending = status.pending.unwrap();
    assert!(
        pending.url.starts_with("otpauth://totp/Izde:vera?"),
        "{}",
        pending.url
    );
    assert!(pending.qr_svg.contains("<svg"));
    assert!(pending.secret.len() >= 32, "160-bit secret in base 32");

    let wrong = two_step::confirm(&app.cx, &vera, "000000").await;
    assert!(wrong.is_err());
    assert!(!two_step::enabled(&app.pool, vera.user_id().unwrap())
        .await
        .unwrap());
    let c = code(&app, &vera).await;
    two_step::confirm(&app.cx, &vera, &c).await.unwrap();
    assert!(two_step::enabled(&app.pool, vera.user_id().unwrap())
        .await
        .unwrap());

    for file in app.raw_database_files().await {
        let needle = pending.secret.as_bytes();
        assert!(
            !file.windows(needle.len()).any(|w| w == needle),
            "the TOTP secret is in the database in plaintext"
        );
    }
}

#[tokio::test]
async fn a_log_in_with_two_step_verification_asks_for_the_code_and_accepts_each_code_once() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    enrol(&app, &vera).await;
    let web = anonymous(&app.web().await);

    let step1 = web
        .send(post(
            "/login",
            &[("username", "vera"), ("password", PASSWORD)],
        ))
        .await;
    assert_eq!(step1.status, StatusCode::OK);
    assert!(
        step1.headers.get(header::SET_COOKIE).is_none(),
        "no session yet"
    );
    assert!(step1.body.contains("Two-step verification"));
    assert!(
        !step1.body.contains(PASSWORD),
        "the password is not sent back"
    );
    let challenge = challenge_of(&step1.body);

    let wrong = web
        .send(post(
            "/login",
            &[("challenge", &challenge), ("code", "000000")],
        ))
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("This code is not right"));
    assert!(wrong.headers.get(header::SET_COOKIE).is_none());

    let c = code(&app, &vera).await;
    let right = web
        .send(post("/login", &[("challenge", &challenge), ("code", &c)]))
        .await;
    assert_eq!(right.status, StatusCode::SEE_OTHER, "{}", right.body);
    assert!(right.headers.get(header::SET_COOKIE).is_some());

    // The same code again, on a new log-in: refused (a replay).
    let step1 = web
        .send(post(
            "/login",
            &[("username", "vera"), ("password", PASSWORD)],
        ))
        .await;
    let replay = web
        .send(post(
            "/login",
            &[("challenge", &challenge_of(&step1.body)), ("code", &c)],
        ))
        .await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED);

    // A challenge does not outlive its five attempts.
    let step1 = web
        .send(post(
            "/login",
            &[("username", "vera"), ("password", PASSWORD)],
        ))
        .await;
    let challenge = challenge_of(&step1.body);
    for _ in 0..izde::server::auth::sessions::CHALLENGE_ATTEMPTS {
        web.send(post(
            "/login",
            &[("challenge", &challenge), ("code", "111111")],
        ))
        .await;
    }
    next_step(&app).await;
    let c = code(&app, &vera).await;
    let late = web
        .send(post("/login", &[("challenge", &challenge), ("code", &c)]))
        .await;
    assert_eq!(late.status, StatusCode::UNAUTHORIZED);
    assert!(late.body.contains("enter your username and password again"));
}

#[tokio::test]
async fn when_the_setting_requires_it_an_admin_can_only_set_it_up_first() {
    let app = spawn_app().await;
    let aida = app.user("aida", Role::Admin).await;
    let web = app.web_as(&aida).await;
    let r = web
        .send(post("/admin/settings", &[("admin_totp_required", "yes")]))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let r = web.send(get("/cases")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location().as_deref(), Some("/account?two_step=required"));
    let r = web.send(get("/account?two_step=required")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Set up two-step verification"));
    let r = web.send(post("/api/cases/list", &[])).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Set up through the page's forms.
    let r = web.send(post("/account/totp/begin", &[])).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = web.send(get("/account")).await;
    assert!(page.body.contains("<svg"), "the QR code is on the page");
    let c = code(&app, &aida).await;
    let r = web
        .send(post("/account/totp/confirm", &[("code", &c)]))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(web.send(get("/cases")).await.status, StatusCode::OK);

    // And it cannot be turned off while the setting holds.
    next_step(&app).await;
    let c = code(&app, &aida).await;
    let r = web
        .send(post("/account/totp/disable", &[("code", &c)]))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(two_step::enabled(&app.pool, aida.user_id().unwrap())
        .await
        .unwrap());

    // Volunteers are not bound by it.
    let vera = app.user("vera", Role::Volunteer).await;
    let web = app.web_as(&vera).await;
    assert_eq!(web.send(get("/cases")).await.status, StatusCode::OK);
}

/// With a phished password, codes may not be guessed faster than log-ins: every code is counted
/// against the account before it is checked, a right password forgets nothing until the code is
/// right too, an account has one second step at a time, and concurrent guesses cannot share the
/// last attempt.
#[tokio::test]
async fn codes_guessed_over_many_challenges_and_at_once_are_stopped_until_the_window_passes() {
    use izde::server::auth::login::{MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_SECONDS};
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    enrol(&app, &vera).await;
    let web = anonymous(&app.web().await);
    let password = || {
        web.send(post(
            "/login",
            &[("username", "vera"), ("password", PASSWORD)],
        ))
    };
    let guess = |challenge: String, code: &'static str| {
        let web = &web;
        async move {
            web.send(post("/login", &[("challenge", &challenge), ("code", code)]))
                .await
        }
    };
    let checked = |answer: &common::Answer| answer.body.contains("This code is not right");
    let wait_out_the_window = || {
        app.cx.clock.advance(std::time::Duration::from_secs(
            THROTTLE_WINDOW_SECONDS as u64 + 1,
        ))
    };

    // One guess per challenge, a new challenge each time: the right password resets nothing.
    let mut guessed = 0;
    loop {
        let step = password().await;
        if step.status == StatusCode::TOO_MANY_REQUESTS {
            break;
        }
        assert_eq!(step.status, StatusCode::OK, "{}", step.body);
        let answer = guess(challenge_of(&step.body), "000000").await;
        if checked(&answer) {
            guessed += 1;
        }
        assert!(guessed < 10, "guessing was never stopped");
    }
    assert!(
        guessed < MAX_FAILURES_PER_ACCOUNT,
        "{guessed} codes were checked"
    );
    assert!(password().await.body.contains("Too many failed log-ins"));

    // A new window: two challenges, and twenty guesses at once.
    wait_out_the_window();
    let first = challenge_of(&password().await.body);
    let second = challenge_of(&password().await.body);
    let stale = guess(first, "000000").await;
    assert!(
        stale
            .body
            .contains("enter your username and password again"),
        "a second step ends the first"
    );
    let answers = futures_util::future::join_all(
        std::iter::repeat_n(second, 20).map(|challenge| guess(challenge, "111111")),
    )
    .await;
    let codes_checked = answers.iter().filter(|a| checked(a)).count() as i64;
    assert!(
        codes_checked <= MAX_FAILURES_PER_ACCOUNT - 2,
        "{codes_checked} codes checked after two password steps"
    );
    let refused = password().await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);

    // Once the window has passed, the owner logs in with the right code.
    wait_out_the_window();
    next_step(&app).await;
    let step = password().await;
    assert_eq!(step.status, StatusCode::OK, "{}", step.body);
    let right = code(&app, &vera).await;
    let done = web
        .send(post(
            "/login",
            &[("challenge", &challenge_of(&step.body)), ("code", &right)],
        ))
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
}
