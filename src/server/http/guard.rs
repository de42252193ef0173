//! The request guard: every request passes here first. It refuses cross-site state changes,
//! finds the session, sends the anonymous to the log-in page, and sets the security headers
//! every response carries.

use crate::server::auth::sessions::{session_user, ABSOLUTE_SECONDS};
use crate::server::state::AppState;
use anyhow::Context;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// How Izde is reached from browsers: its origin, which state-changing requests must come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebConfig {
    /// `scheme://host[:port]` as browsers send it in `Origin`.
    pub origin: String,
    /// Other spellings of the same origin (`localhost` for `127.0.0.1` when no origin is
    /// configured).
    pub aliases: Vec<String>,
    /// Reverse proxies whose `X-Forwarded-For` names the client (`--trusted-proxy`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
}

impl WebConfig {
    /// The origin of `--origin`, or `http://` and the listening address.
    pub fn new(origin: Option<&str>, addr: std::net::SocketAddr) -> anyhow::Result<Self> {
        let unset = origin.is_none();
        let origin = match origin {
            Some(o) => {
                let url = url::Url::parse(o.trim())
                    .context("the origin must look like https://izde.example.org")?;
                if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
                    anyhow::bail!("the origin must look like https://izde.example.org");
                }
                url.origin().ascii_serialization()
            }
            None => format!("http://{addr}"),
        };
        let aliases = match origin_given(unset, addr) {
            true => vec![format!("http://localhost:{}", addr.port())],
            false => Vec::new(),
        };
        Ok(Self {
            origin,
            aliases,
            trusted_proxies: Vec::new(),
        })
    }

    /// The same, believing `X-Forwarded-For` from these proxies.
    pub fn with_trusted_proxies(mut self, proxies: Vec<ipnet::IpNet>) -> Self {
        self.trusted_proxies = proxies;
        self
    }

    fn trusts(&self, address: std::net::IpAddr) -> bool {
        self.trusted_proxies
            .iter()
            .any(|net| net.contains(&address))
    }

    /// Whether `origin` (an `Origin` header's value) is Izde's.
    pub fn is_own(&self, origin: &str) -> bool {
        origin == self.origin || self.aliases.iter().any(|a| a == origin)
    }

    /// Whether browsers reach Izde over https (cookies are then Secure and `__Host-` prefixed).
    pub fn https(&self) -> bool {
        self.origin.starts_with("https://")
    }

    /// The session cookie's name.
    pub fn cookie_name(&self) -> &'static str {
        if self.https() {
            "__Host-izde-session"
        } else {
            "izde-session"
        }
    }

    /// A `Set-Cookie` value carrying `token`, or ending the session when `token` is `None`.
    pub fn session_cookie(&self, token: Option<&str>) -> HeaderValue {
        let secure = if self.https() { "; Secure" } else { "" };
        let value = match token {
            Some(t) => format!(
                "{}={t}; Path=/; HttpOnly; SameSite=Strict; Max-Age={ABSOLUTE_SECONDS}{secure}",
                self.cookie_name()
            ),
            None => format!(
                "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
                self.cookie_name()
            ),
        };
        HeaderValue::from_str(&value).expect("cookie values are ASCII")
    }

    /// The session token the request carries, if any.
    pub fn token_of(&self, headers: &HeaderMap) -> Option<String> {
        cookie(headers, self.cookie_name())
            .filter(|v| !v.is_empty() && v.len() <= 64)
            .map(str::to_string)
    }
}

/// `localhost` is another name of a loopback address the server listens on when no origin is set.
fn origin_given(unset: bool, addr: std::net::SocketAddr) -> bool {
    unset && addr.ip().is_loopback()
}

/// Paths an admin who must turn on two-step verification may still use.
fn allowed_while_enrolling(path: &str) -> bool {
    matches!(
        path,
        "/account" | "/logout" | "/language" | "/api/account/totp"
    ) || path.starts_with("/account/totp/")
}

/// The value of the cookie `name` the request carries, if any.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Paths anyone may open: the log-in page and the static files it needs.
fn is_public(path: &str) -> bool {
    path == "/login" || path == "/language" || is_static(path)
}

/// Static files: no session is looked up for them and they may be cached.
fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/") || path == "/favicon.svg"
}

/// How long browsers keep a static file: a year for the bundle when its files are named by
/// content hash (a new build has new names), otherwise only as long as it has not changed.
fn static_cache(path: &str, state: &AppState) -> HeaderValue {
    if state.leptos_options.hash_files && path.starts_with("/pkg/") {
        HeaderValue::from_static("public, max-age=31536000, immutable")
    } else {
        HeaderValue::from_static("no-cache")
    }
}

/// Whether a state-changing request comes from Izde's own pages. Browsers say so in
/// `Sec-Fetch-Site` (which no page can set), and name the page's origin in `Origin` — except that
/// under `Referrer-Policy: no-referrer` a form post's `Origin` is `null`. So: a named origin must
/// be Izde's; `Sec-Fetch-Site`, when sent, must be `same-origin`; and a request that proves neither
/// is refused.
pub fn same_origin(headers: &HeaderMap, web: &WebConfig) -> bool {
    let origin = headers
        .get(header::ORIGIN)
        .map(|o| o.to_str().unwrap_or("invalid"));
    let site = headers.get("sec-fetch-site").map(HeaderValue::as_bytes);
    match (origin, site) {
        (Some(o), _) if o != "null" && !web.is_own(o) => false,
        (_, Some(site)) => site == b"same-origin",
        (Some(o), None) => o != "null",
        (None, None) => false,
    }
}

/// The address a request came from: the connection's peer or, when the peer is a trusted proxy,
/// the right-most address in `X-Forwarded-For` that is not a trusted proxy itself (entries to its
/// left are whatever the client sent, and may be forged). A malformed entry there means the proxy
/// is not saying; the peer is used then.
pub fn client_address(parts: &axum::http::request::Parts, web: &WebConfig) -> String {
    let Some(peer) = parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip())
    else {
        return "unknown".into();
    };
    if !web.trusts(peer) {
        return peer.to_string();
    }
    let forwarded = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .flat_map(|value| value.to_str().unwrap_or("?").split(','))
        .collect::<Vec<_>>();
    for entry in forwarded.into_iter().rev() {
        match entry.trim().parse::<std::net::IpAddr>() {
            Ok(address) if web.trusts(address) => continue,
            Ok(address) => return address.to_string(),
            Err(_) => break,
        }
    }
    peer.to_string()
}

/// Every request passes here first: it refuses cross-site state changes, finds the session,
/// sends the anonymous to the log-in page, and sets the headers every response carries.
pub async fn guard(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    // This runs before the language middleware: the cookie's language, else the browser's.
    let lang = crate::server::http::language::requested(request.headers());
    if crate::server::api_v1::is_api(&path) {
        // The read API authenticates each request by its bearer token (server::api_v1) and reads
        // no cookie session, so a page of another site gains nothing by sending a browser there,
        // and its clients get JSON answers, never a redirect to the log-in page.
        return harden(next.run(request).await, false);
    }
    let safe_method = matches!(*request.method(), Method::GET | Method::HEAD);
    if !safe_method && !same_origin(request.headers(), &state.web) {
        tracing::warn!(%path, "refused a state-changing request from another origin");
        return harden(
            (
                StatusCode::FORBIDDEN,
                crate::i18n::tr!(lang, "login-cross-origin"),
            )
                .into_response(),
            false,
        );
    }
    if is_static(&path) {
        let mut response = harden(next.run(request).await, true);
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, static_cache(&path, &state));
        return response;
    }
    let token = state.web.token_of(request.headers());
    let mut clear_cookie = false;
    let me = match &token {
        Some(t) => match session_user(&state.pool, &state.clock, t).await {
            Ok(me) => {
                clear_cookie = me.is_none();
                me
            }
            Err(e) => {
                tracing::error!(error = ?e, "session lookup failed");
                return harden(
                    (
                        StatusCode::SERVICE_UNAVAILABLE,
                        crate::i18n::tr!(lang, "login-database-unavailable"),
                    )
                        .into_response(),
                    false,
                );
            }
        },
        None => None,
    };
    let mut response = match me {
        Some(me) if me.must_enrol && !allowed_while_enrolling(&path) => {
            if safe_method && !path.starts_with("/api/") {
                axum::response::Redirect::to("/account?two_step=required").into_response()
            } else {
                (
                    StatusCode::FORBIDDEN,
                    crate::i18n::tr!(lang, "login-enrol-first"),
                )
                    .into_response()
            }
        }
        Some(me) => {
            request.extensions_mut().insert(me);
            next.run(request).await
        }
        None if is_public(&path) => next.run(request).await,
        None if safe_method && !path.starts_with("/api/") => {
            let target = if path == "/" || path == "/login" {
                "/login".to_string()
            } else {
                format!(
                    "/login?next={}",
                    url::form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()
                )
            };
            axum::response::Redirect::to(&target).into_response()
        }
        None => (
            StatusCode::UNAUTHORIZED,
            crate::i18n::tr!(lang, "login-session-needed"),
        )
            .into_response(),
    };
    if clear_cookie {
        response
            .headers_mut()
            .append(header::SET_COOKIE, state.web.session_cookie(None));
    }
    harden(response, false)
}

/// The headers of every response: no referrer, no sniffing, no framing, and nothing with case data
/// kept in any cache. Pages set their own nonce-based policy (see `app::shell`); anything else gets
/// one that allows nothing.
fn harden(mut response: Response, cacheable: bool) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !cacheable {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; \
                 base-uri 'none'; form-action 'self'",
            ),
        );
    }
    response
}

/// The policy of a page rendered with `nonce`: only scripts carrying it (and what they load) run,
/// WebAssembly may compile, and nothing comes from another site.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'strict-dynamic' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_is_read_from_x_forwarded_for_only_behind_a_trusted_proxy() {
        let web = WebConfig::new(None, "127.0.0.1:3000".parse().unwrap())
            .unwrap()
            .with_trusted_proxies(vec!["10.0.0.0/8".parse().unwrap()]);
        let address = |peer: &str, forwarded: &[&str]| {
            let mut request = axum::http::Request::get("/login");
            for value in forwarded {
                request = request.header("x-forwarded-for", *value);
            }
            let (mut parts, ()) = request.body(()).unwrap().into_parts();
            let peer: std::net::SocketAddr = format!("{peer}:40000").parse().unwrap();
            parts.extensions.insert(axum::extract::ConnectInfo(peer));
            client_address(&parts, &web)
        };
        for (peer, forwarded, client) in [
            // Not from the proxy: whatever the header says, the peer.
            ("203.0.113.5", &["198.51.100.1"][..], "203.0.113.5"),
            // From the proxy: the address it added.
            ("10.0.0.1", &["198.51.100.1"], "198.51.100.1"),
            // The client's own entries on the left are not believed.
            ("10.0.0.1", &["192.0.2.66, 198.51.100.1"], "198.51.100.1"),
            ("10.0.0.1", &["192.0.2.66", "198.51.100.1"], "198.51.100.1"),
            // Proxies in a chain are skipped.
            ("10.0.0.1", &["198.51.100.1, 10.0.0.7"], "198.51.100.1"),
            // Nothing, or nothing readable, from the proxy: the proxy.
            ("10.0.0.1", &[], "10.0.0.1"),
            ("10.0.0.1", &["192.0.2.66, unknown"], "10.0.0.1"),
            ("10.0.0.1", &["[2001:db8::1]"], "10.0.0.1"),
            ("10.0.0.1", &["2001:db8::1"], "2001:db8::1"),
        ] {
            assert_eq!(address(peer, forwarded), client, "{peer} {forwarded:?}");
        }
    }

    #[test]
    fn origins_are_checked_exactly() {
        let local = WebConfig::new(None, "127.0.0.1:3000".parse().unwrap()).unwrap();
        let public = WebConfig::new(
            Some("https://izde.example.org"),
            "0.0.0.0:3000".parse().unwrap(),
        )
        .unwrap();
        let mut h = HeaderMap::new();
        assert!(!same_origin(&h, &local), "no header: refused");
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:3000"),
        );
        assert!(same_origin(&h, &local));
        assert!(!same_origin(&h, &public));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://localhost:3000"),
        );
        assert!(same_origin(&h, &local));
        assert!(
            !same_origin(&h, &public),
            "no localhost alias for a configured origin"
        );
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:3000.evil.example"),
        );
        assert!(!same_origin(&h, &local));
        h.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!same_origin(&h, &local), "null alone proves nothing");
        // What Chromium sends for a form post under Referrer-Policy: no-referrer.
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&h, &local));
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!same_origin(&h, &local));
        // A named foreign origin is refused whatever else is claimed.
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(!same_origin(&h, &local));
        let mut h = HeaderMap::new();
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!same_origin(&h, &local));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-site"));
        assert!(!same_origin(&h, &local));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&h, &local));
    }

    #[test]
    fn cookies_are_host_prefixed_and_secure_over_https_only() {
        let addr = "127.0.0.1:3000".parse().unwrap();
        let plain = WebConfig::new(None, addr).unwrap();
        let tls = WebConfig::new(Some("https://Izde.Example.org/"), addr).unwrap();
        let expected = [
            (plain, "http://127.0.0.1:3000", "izde-session=abc;", false),
            (
                tls,
                "https://izde.example.org",
                "__Host-izde-session=abc;",
                true,
            ),
        ];
        for (config, origin, prefix, secure) in expected {
            assert_eq!(config.origin, origin);
            let c = config.session_cookie(Some("abc"));
            let c = c.to_str().unwrap();
            assert!(c.starts_with(prefix), "{c}");
            for part in ["HttpOnly", "SameSite=Strict", "Path=/"] {
                assert!(c.contains(part), "{c} lacks {part}");
            }
            assert_eq!(c.contains("; Secure"), secure, "{c}");
            assert!(!c.contains("Domain"), "__Host- cookies carry no Domain");
        }
        assert!(WebConfig::new(Some("ftp://x"), addr).is_err());
    }

    #[test]
    fn the_session_token_is_read_from_the_right_cookie() {
        let config = WebConfig::new(None, "127.0.0.1:3000".parse().unwrap()).unwrap();
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("other=1; izde-session=tok; x=y"),
        );
        assert_eq!(config.token_of(&h).as_deref(), Some("tok"));
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("izde-sessionx=tok"),
        );
        assert_eq!(config.token_of(&h), None);
    }
}
