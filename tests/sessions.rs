//! Log-in, sessions and the web hardening, through the real router.
#![cfg(feature = "ssr")]

mod common;

use axum::http::{header, StatusCode};
use common::{get, post, spawn_app, Web, PASSWORD};
use izde::domain::account::Role;
use std::time::Duration;

/// Logs in through the form; returns the answer and the session cookie it set.
async fn log_in(web: &Web, username: &str, password: &str) -> (common::Answer, Option<String>) {
    let answer = web
        .send(post(
            "/login",
            &[("username", username), ("password", password)],
        ))
        .await;
    let cookie = answer
        .headers
        .get(header::SET_COOKIE)
        .map(|c| c.to_str().unwrap().split(';').next().unwrap().to_string())
        .filter(|c| c != "izde-session=");
    (answer, cookie)
}

fn with_cookie(web: &Web, cookie: Option<String>) -> Web {
    Web {
        router: web.router.clone(),
        cookie,
    }
}

#[tokio::test]
async fn logging_in_sets_a_strict_http_only_cookie_and_a_new_session_each_time() {
    let app = spawn_app().await;
    app.user("vera", Role::Volunteer).await;
    let anonymous = app.web_as(&izde::server::auth::access::Actor::System).await;

    let (answer, first) = log_in(&anonymous, "Vera", PASSWORD).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.location().as_deref(), Some("/cases"));
    let set = answer.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict") && set.contains("Path=/"));
    let first = first.unwrap();

    // Logging in again from the same browser replaces the session id; the old one is dead.
    let browser = with_cookie(&anonymous, Some(first.clone()));
    let (_, second) = log_in(&browser, "vera", PASSWORD).await;
    let second = second.unwrap();
    assert_ne!(first, second);
    let old = with_cookie(&anonymous, Some(first));
    assert_eq!(old.send(get("/cases")).await.status, StatusCode::SEE_OTHER);
    let new = with_cookie(&anonymous, Some(second));
    assert_eq!(new.send(get("/cases")).await.status, StatusCode::OK);

    // Only a hash of the token is stored.
    let (stored,): (String,) = sqlx::query_as("SELECT token_hash FROM sessions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert!(!new.cookie.as_ref().unwrap().contains(&stored));
}

#[tokio::test]
async fn a_wrong_password_keeps_the_username_and_says_what_is_wrong_without_saying_which() {
    let app = spawn_app().await;
    app.user("vera", Role::Volunteer).await;
    let anonymous = app.web_as(&izde::server::auth::access::Actor::System).await;
    let (wrong_password, cookie) = log_in(&anonymous, "vera", "not the password").await;
    assert_eq!(wrong_password.status, StatusCode::UNAUTHORIZED);
    assert!(cookie.is_none());
    assert!(wrong_password
        .body
        .contains("The username or password is not right."));
    assert!(wrong_password.body.contains("value=\"vera\""));
    assert!(!wrong_password.body.contains("not the password"));
    let (no_such_user, _) = log_in(&anonymous, "nobody", "not the password").await;
    assert_eq!(no_such_user.status, StatusCode::UNAUTHORIZED);
    assert!(no_such_user
        .body
        .contains("The username or password is not right."));
}

#[tokio::test]
async fn guessing_is_stopped_per_account_and_per_address_before_the_password_is_checked() {
    let app = spawn_app().await;
    app.user("vera", Role::Volunteer).await;
    let anonymous = app.web_as(&izde::server::auth::access::Actor::System).await;
    for _ in 0..izde::server::auth::login::MAX_FAILURES_PER_ACCOUNT {
        let (a, _) = log_in(&anonymous, "vera", "guess").await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    }
    // Now even the right password is refused, with when to try again.
    let (a, cookie) = log_in(&anonymous, "vera", PASSWORD).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(cookie.is_none());
    assert!(a.body.contains("Too many failed log-ins"), "{}", a.body);
    assert!(a.body.contains("Try again in 15 minutes"), "{}", a.body);

    // Per address: many names from one address.
    let app = spawn_app().await;
    app.user("vera", Role::Volunteer).await;
    let anonymous = app.web_as(&izde::server::auth::access::Actor::System).await;
    for i in 0..izde::server::auth::login::MAX_FAILURES_PER_ADDRESS {
        let (a, _) = log_in(&anonymous, &format!("user{i}"), "guess").await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    }
    let (a, _) = log_in(&anonymous, "vera", PASSWORD).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);

    // A window that has passed counts again from zero.
    app.cx.clock.advance(Duration::from_secs(15 * 60 + 1));
    let (a, cookie) = log_in(&anonymous, "vera", PASSWORD).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER);
    assert!(cookie.is_some());
}

#[tokio::test]
async fn sessions_end_after_thirty_idle_minutes_or_twelve_hours() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let web = app.web_as(&vera).await;
    assert_eq!(web.send(get("/cases")).await.status, StatusCode::OK);

    app.cx.clock.advance(Duration::from_secs(29 * 60));
    assert_eq!(
        web.send(get("/cases")).await.status,
        StatusCode::OK,
        "29 min idle"
    );
    app.cx.clock.advance(Duration::from_secs(31 * 60));
    let r = web.send(get("/cases")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "31 min idle");
    assert!(r.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));

    // Busy all along (a request every 29 minutes), but logged in 12 hours ago.
    let web = app.web_as(&vera).await;
    for _ in 0..24 {
        app.cx.clock.advance(Duration::from_secs(29 * 60));
        assert_eq!(web.send(get("/cases")).await.status, StatusCode::OK);
    }
    app.cx.clock.advance(Duration::from_secs(29 * 60));
    assert_eq!(web.send(get("/cases")).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_password_change_ends_every_other_session_and_keeps_this_one() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let laptop = app.web_as(&vera).await;
    let phone = app.web_as(&vera).await;
    let r = laptop
        .send(post(
            "/account/password",
            &[
                ("current", PASSWORD),
                ("new", "a brand new passphrase"),
                ("confirm", "a brand new passphrase"),
            ],
        ))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let cookie = r.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let laptop = with_cookie(&laptop, Some(cookie));
    assert_eq!(laptop.send(get("/cases")).await.status, StatusCode::OK);
    assert_eq!(
        phone.send(get("/cases")).await.status,
        StatusCode::SEE_OTHER
    );
    let anonymous = with_cookie(&laptop, None);
    let (old, _) = log_in(&anonymous, "vera", PASSWORD).await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let (new, _) = log_in(&anonymous, "vera", "a brand new passphrase").await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);

    // Wrong current password, mismatched new ones: each said next to its field, nothing changed.
    let r = laptop
        .send(post(
            "/account/password",
            &[("current", "nope"), ("new", "short"), ("confirm", "other")],
        ))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("id=\"current-error\""), "{}", r.body);
    assert!(r.body.contains("id=\"new-error\""));
    assert!(
        !r.body.contains("value=\"nope\""),
        "passwords are never sent back"
    );
}

/// Issue 17, item 13: a stolen session cannot guess the account's password through the password
/// change form: tries are counted before the check, and once over the limit even the right
/// password is refused until the window passes.
#[tokio::test]
async fn guessing_the_current_password_through_a_stolen_session_is_throttled() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let stolen = app.web_as(&vera).await;
    let change = |current: &'static str| {
        post(
            "/account/password",
            &[
                ("current", current),
                ("new", "the thief's new passphrase"),
                ("confirm", "the thief's new passphrase"),
            ],
        )
    };
    for guess in 0..izde::server::auth::login::MAX_FAILURES_PER_ACCOUNT {
        let r = stolen.send(change("a wrong guess")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "guess {guess}");
        assert!(r.body.contains("not your current password"), "{}", r.body);
    }
    let r = stolen.send(change(PASSWORD)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("too many tries"), "{}", r.body);
    let anonymous = with_cookie(&stolen, None);
    let (still, _) = log_in(&anonymous, "vera", PASSWORD).await;
    assert_eq!(
        still.status,
        StatusCode::SEE_OTHER,
        "the password was changed"
    );

    // After the window, the right password works again.
    app.cx.clock.advance(Duration::from_secs(
        izde::server::auth::login::THROTTLE_WINDOW_SECONDS as u64 + 1,
    ));
    let stolen = app.web_as(&vera).await;
    let r = stolen.send(change(PASSWORD)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

#[tokio::test]
async fn a_disabled_account_is_logged_out_at_once() {
    let app = spawn_app().await;
    let vera = app.user("vera", Role::Volunteer).await;
    let admin = app.web().await;
    let web = app.web_as(&vera).await;
    let r = admin
        .send(post(
            &format!("/admin/accounts/{}", vera.user_id().unwrap()),
            &[("role", "volunteer"), ("disabled", "yes")],
        ))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(web.send(get("/cases")).await.status, StatusCode::SEE_OTHER);
    let (again, _) = log_in(&with_cookie(&web, None), "vera", PASSWORD).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn requests_from_another_origin_change_nothing() {
    let app = spawn_app().await;
    let web = app.web().await;
    let before = app.row_counts().await;
    let form = [
        ("testifier_name", "Saltanat K."),
        ("relationship", "sister"),
        ("consent", "anonymized"),
        ("name", "Cross Site"),
        ("status", "camp"),
        ("testimony_medium", "video"),
    ];
    for origin in [Some("https://evil.example"), Some("null"), None] {
        let r = web.send_from(post("/cases/new", &form), origin).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{origin:?}");
        assert!(r.body.contains("did not come from Izde's own pages"));
    }
    // Server functions too.
    let r = web
        .send_from(post("/api/cases/list", &[]), Some("https://evil.example"))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A browser that sends only Sec-Fetch-Site.
    let mut request = post("/cases/new", &form);
    request
        .headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(
        web.send_from(request, None).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.row_counts().await, before, "nothing was saved");

    let mut request = post("/cases/new", &form);
    request
        .headers_mut()
        .insert("sec-fetch-site", "same-origin".parse().unwrap());
    assert_eq!(
        web.send_from(request, None).await.status,
        StatusCode::SEE_OTHER
    );

    // Log-out is a POST: a GET to it (an image tag on another site) does nothing.
    let r = web.send(get("/logout")).await;
    assert_ne!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(web.send(get("/cases")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn pages_carry_a_nonce_policy_no_referrer_and_no_store() {
    let app = spawn_app().await;
    let id = app.create(&common::intake("Header Check")).await;
    let web = app.web().await;
    for path in [
        "/cases".to_string(),
        format!("/cases/{id}"),
        "/login".into(),
    ] {
        let r = web.send(get(&path)).await;
        let csp = r.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .and_then(|n| n.split('\'').next())
            .expect("a nonce in the policy");
        assert!(nonce.len() >= 16, "{csp}");
        for directive in [
            "script-src 'strict-dynamic'",
            "'wasm-unsafe-eval'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ] {
            assert!(csp.contains(directive), "{path}: {csp}");
        }
        assert!(
            r.body.contains(&format!("nonce=\"{nonce}\"")),
            "{path}: the hydration script carries the nonce"
        );
        assert_eq!(r.headers[header::REFERRER_POLICY], "no-referrer");
        assert_eq!(r.headers[header::CACHE_CONTROL], "no-store");
    }
    let a = web.send(get("/cases")).await;
    let b = web.send(get("/cases")).await;
    assert_ne!(
        a.headers[header::CONTENT_SECURITY_POLICY],
        b.headers[header::CONTENT_SECURITY_POLICY],
        "a new nonce for every page"
    );
}

/// After log-in the browser goes where `next` says only if that is one of Izde's pages: a tab or
/// newline (which browsers drop) or a backslash (which they read as `/`) would otherwise turn
/// `/\t/evil.example` into `//evil.example`, another site.
#[tokio::test]
async fn log_in_follows_next_only_to_izde_pages() {
    let app = spawn_app().await;
    app.user("vera", Role::Volunteer).await;
    let anonymous = app.web_as(&izde::server::auth::access::Actor::System).await;
    for (next, expected) in [
        ("/\t/evil.example", "/cases"),
        ("/\n/evil.example", "/cases"),
        ("/\\evil.example", "/cases"),
        ("//evil.example", "/cases"),
        ("https:evil.example", "/cases"),
        ("/%09/evil.example", "/cases"),
        ("/statistics", "/statistics"),
    ] {
        let answer = anonymous
            .send(post(
                "/login",
                &[("username", "vera"), ("password", PASSWORD), ("next", next)],
            ))
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(answer.location().as_deref(), Some(expected), "{next:?}");
    }
}
