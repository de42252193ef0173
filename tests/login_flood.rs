//! A flood of log-ins, in a process of its own: password hashes wait for one of a few turns
//! (process-wide), and other tests running beside it would wait for theirs.
#![cfg(feature = "ssr")]

mod common;

use axum::http::StatusCode;
use common::{post, spawn_app, PASSWORD};
use izde::domain::account::Role;

/// Behind a reverse proxy: a flood of bad log-ins from many forwarded addresses runs at most a
/// few password hashes at once (each takes 19 MiB) and never answers with an error page, and
/// someone at another address still logs in, since failures are counted per client and not
/// for the proxy that everyone shares.
#[tokio::test]
async fn a_flood_of_log_ins_behind_a_proxy_hashes_a_few_at_a_time_and_others_still_log_in() {
    use izde::server::auth::accounts::{max_concurrent_hashes, peak_concurrent_hashes};
    let app = spawn_app().await;
    app.user("vera", Role::Volunteer).await;
    let web = app
        .web_with(&izde::server::auth::access::Actor::System, |state| {
            let web = izde::server::http::guard::WebConfig::clone(&state.web)
                .with_trusted_proxies(vec!["10.0.0.1/32".parse().unwrap()]);
            state.web = std::sync::Arc::new(web);
        })
        .await;
    let through_proxy = |client: String, username: String, password: &'static str| {
        let mut request = post("/login", &[("username", &username), ("password", password)]);
        request.headers_mut().insert(
            "x-forwarded-for",
            format!("192.0.2.250, {client}").parse().unwrap(),
        );
        request.extensions_mut().insert(axum::extract::ConnectInfo(
            "10.0.0.1:40000".parse::<std::net::SocketAddr>().unwrap(),
        ));
        web.send(request)
    };

    let flood = (0..500).map(|i| {
        through_proxy(
            format!("198.51.{}.{}", i / 250, i % 250),
            format!("guess{i}"),
            "not the password",
        )
    });
    let answers = futures_util::future::join_all(flood).await;
    for answer in &answers {
        assert!(
            matches!(answer.status.as_u16(), 401 | 503),
            "{}: {}",
            answer.status,
            answer.body
        );
        assert!(
            answer.body.contains("name=\"username\""),
            "the form, to try again"
        );
    }
    let busy = answers.iter().filter(|a| a.status == 503).count();
    if busy > 0 {
        assert!(answers.iter().any(|a| a.body.contains("Izde is busy")));
    }
    assert!(
        peak_concurrent_hashes() <= max_concurrent_hashes(),
        "{} hashes ran at once",
        peak_concurrent_hashes()
    );
    let peak_memory_kib: u64 = std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    assert!(
        peak_memory_kib < 1024 * 1024,
        "peak RSS {peak_memory_kib} KiB"
    );

    let answer = through_proxy("203.0.113.7".into(), "vera".into(), PASSWORD).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
}
