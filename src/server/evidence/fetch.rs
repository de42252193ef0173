//! The fetcher that archives a source's web page: a server-side HTTP client that cannot be turned
//! against the network Izde runs in.
//!
//! It speaks only http and https; sends no cookies and keeps none; follows at most five redirects;
//! gives up after a timeout; stops reading past a size cap; and refuses every address that is not
//! public — loopback, private (RFC 1918, unique-local), link-local (the cloud metadata address
//! among them), carrier-grade NAT, multicast, unspecified, documentation ranges — whether the URL
//! names it (`http://10.0.0.5/`), a host name resolves to it, or a redirect leads there. The check
//! is made on the addresses the connection will use (a resolver of its own), so a name that
//! resolves differently a second time cannot slip through. An admin may allow named hosts (an
//! internal archive server; the tests' local server) with the setting `fetch_allowed_hosts`.

use axum::body::Bytes;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

/// The setting listing hosts the fetcher may reach even at a non-public address (comma-separated
/// host names or addresses).
pub const ALLOWED_HOSTS_SETTING: &str = "fetch_allowed_hosts";
/// The largest page or file archived.
pub const MAX_FETCH_BYTES: u64 = 200 * 1024 * 1024;
/// How long one fetch may take, all redirects included.
const TIMEOUT: Duration = Duration::from_secs(60);
const MAX_REDIRECTS: usize = 5;

/// Why a fetch did not return a page. The messages name no address Izde resolved.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("only http and https addresses can be archived")]
    Scheme,
    #[error("this address is not a public one (a private, loopback or link-local network): Izde does not fetch it")]
    NotPublic,
    #[error("the page is larger than the {0} Izde archives")]
    TooLarge(String),
    #[error("the site could not be reached: {0}")]
    Unreachable(Unreachable),
}

/// Why a site could not be reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unreachable {
    #[error("no answer in time")]
    Timeout,
    #[error("too many redirects")]
    Redirects,
    #[error("the connection failed")]
    Connection,
}

impl Unreachable {
    /// The reason in `lang`.
    pub fn words(self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::tr;
        match self {
            Unreachable::Timeout => tr!(lang, "evidence-unreachable-timeout"),
            Unreachable::Redirects => tr!(lang, "evidence-unreachable-redirects"),
            Unreachable::Connection => tr!(lang, "evidence-unreachable-connection"),
        }
    }
}

/// What a fetch found.
#[derive(Debug)]
pub struct Fetched {
    pub status: u16,
    /// Where the last redirect led.
    pub final_url: String,
    /// The body, at most [`MAX_FETCH_BYTES`].
    pub body: Bytes,
}

/// Whether `ip` is an address of the public internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_unspecified()
                || v4.is_multicast()
                || a == 0
                // Carrier-grade NAT (100.64/10), IETF protocol assignments (192.0.0/24),
                // benchmarking (198.18/15), reserved (240/4).
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && c == 0)
                || (a == 198 && (18..20).contains(&b))
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                // Unique-local fc00::/7, link-local fe80::/10, documentation 2001:db8::/32,
                // NAT64 64:ff9b::/96 (it reaches IPv4 addresses we cannot check here).
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || (first == 0x2001 && v6.segments()[1] == 0x0db8)
                || (first == 0x0064 && v6.segments()[1] == 0xff9b))
        }
    }
}

/// The hosts an admin allowed (lower-case).
pub fn parse_allowed(setting: Option<&str>) -> Vec<String> {
    setting
        .unwrap_or_default()
        .split([',', ' ', '\n'])
        .map(|h| h.trim().trim_matches(['[', ']']).to_ascii_lowercase())
        .filter(|h| !h.is_empty())
        .collect()
}

/// Resolves names to their public addresses only (every address for an allowed host).
struct PublicResolver {
    allowed: Arc<Vec<String>>,
}

impl reqwest::dns::Resolve for PublicResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_ascii_lowercase();
        let allowed = self.allowed.contains(&host);
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| allowed || is_public(a.ip()))
                .collect();
            if addrs.is_empty() {
                return Err(
                    Box::new(FetchError::NotPublic) as Box<dyn std::error::Error + Send + Sync>
                );
            }
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// Whether a URL may be fetched before any connection: http(s), and a host that is a name (checked
/// at resolution) or a public (or allowed) address.
fn check_url(url: &url::Url, allowed: &[String]) -> Result<(), FetchError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(FetchError::Scheme);
    }
    let host = match url.host() {
        Some(h) => h,
        None => return Err(FetchError::Scheme),
    };
    let literal = match host {
        url::Host::Ipv4(ip) => Some(IpAddr::V4(ip)),
        url::Host::Ipv6(ip) => Some(IpAddr::V6(ip)),
        url::Host::Domain(_) => None,
    };
    let name = url
        .host_str()
        .unwrap_or_default()
        .trim_matches(['[', ']'])
        .to_ascii_lowercase();
    match literal {
        Some(ip) if !is_public(ip) && !allowed.contains(&name) => Err(FetchError::NotPublic),
        _ => Ok(()),
    }
}

/// Fetches `url` as the fetcher described above.
pub async fn fetch(url: &str, allowed: Vec<String>) -> Result<Fetched, FetchError> {
    let parsed = url::Url::parse(url).map_err(|_| FetchError::Scheme)?;
    check_url(&parsed, &allowed)?;
    super::store::install_crypto_provider();
    let allowed = Arc::new(allowed);
    let for_redirects = allowed.clone();
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(TIMEOUT)
        .connect_timeout(Duration::from_secs(15))
        .user_agent(concat!(
            "Izde/",
            env!("CARGO_PKG_VERSION"),
            " (archiving a cited source)"
        ))
        .dns_resolver(Arc::new(PublicResolver {
            allowed: allowed.clone(),
        }))
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= MAX_REDIRECTS {
                attempt.error("too many redirects")
            } else if let Err(e) = check_url(attempt.url(), &for_redirects) {
                attempt.error(e)
            } else {
                attempt.follow()
            }
        }))
        .build()
        .map_err(|e| {
            tracing::warn!(error = %e, "the fetcher could not be built");
            FetchError::Unreachable(Unreachable::Connection)
        })?;
    let mut response = client.get(parsed).send().await.map_err(explain)?;
    let status = response.status().as_u16();
    let final_url = response.url().to_string();
    if response
        .content_length()
        .is_some_and(|n| n > MAX_FETCH_BYTES)
    {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(piece) = response.chunk().await.map_err(explain)? {
        if (body.len() + piece.len()) as u64 > MAX_FETCH_BYTES {
            return Err(too_large());
        }
        body.extend_from_slice(&piece);
    }
    Ok(Fetched {
        status,
        final_url,
        body: Bytes::from(body),
    })
}

fn too_large() -> FetchError {
    FetchError::TooLarge(crate::domain::evidence::size_label(MAX_FETCH_BYTES))
}

/// The refusal of a non-public address, wherever in reqwest's chain of causes it is; otherwise
/// the error in words.
fn explain(e: reqwest::Error) -> FetchError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    while let Some(cause) = source {
        if let Some(FetchError::NotPublic) = cause.downcast_ref::<FetchError>() {
            return FetchError::NotPublic;
        }
        source = cause.source();
    }
    if e.is_timeout() {
        FetchError::Unreachable(Unreachable::Timeout)
    } else if e.is_redirect() {
        FetchError::Unreachable(Unreachable::Redirects)
    } else {
        FetchError::Unreachable(Unreachable::Connection)
    }
}

/// Words on a platform's page that say the video or post was taken down (the platform still
/// answers 200).
const REMOVED_MARKERS: &[&str] = &[
    "video unavailable",
    "this video isn't available anymore",
    "this video has been removed",
    "this video is no longer available",
    "this tweet is unavailable",
    "this post is unavailable",
    "this account doesn't exist",
    "this content isn't available",
    "page not found",
    "视频不存在",
    "该内容已被删除",
];

/// What a re-fetch says of an archived page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Liveness {
    /// It answers with the same bytes.
    Alive,
    /// It answers with other bytes.
    Changed,
    /// 404, 410, or a platform's "removed" page.
    Gone,
}

impl Liveness {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Alive => "alive",
            Self::Changed => "changed",
            Self::Gone => "gone",
        }
    }
}

/// Classifies a fetch against the archived copy's SHA-256.
pub fn classify(fetched: &Fetched, archived_sha256: &str) -> Liveness {
    if matches!(fetched.status, 404 | 410 | 451) {
        return Liveness::Gone;
    }
    let head =
        String::from_utf8_lossy(&fetched.body[..fetched.body.len().min(256 * 1024)]).to_lowercase();
    if REMOVED_MARKERS.iter().any(|m| head.contains(m)) {
        return Liveness::Gone;
    }
    use sha2::Digest;
    if hex::encode(sha2::Sha256::digest(&fetched.body)) == archived_sha256 {
        Liveness::Alive
    } else {
        Liveness::Changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_fetched() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "1.1.1.1"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn a_url_naming_a_private_address_or_another_scheme_is_refused_before_any_connection() {
        let none: Vec<String> = Vec::new();
        for url in [
            "http://127.0.0.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:8080/",
            "http://10.0.0.5/admin",
            "http://0x7f000001/",
        ] {
            let parsed = url::Url::parse(url).unwrap();
            assert!(
                matches!(check_url(&parsed, &none), Err(FetchError::NotPublic)),
                "{url}"
            );
        }
        for url in ["file:///etc/passwd", "ftp://example.org/", "gopher://x/"] {
            let parsed = url::Url::parse(url).unwrap();
            assert!(
                matches!(check_url(&parsed, &none), Err(FetchError::Scheme)),
                "{url}"
            );
        }
        let allowed = parse_allowed(Some("127.0.0.1, archive.internal"));
        assert!(check_url(
            &url::Url::parse("http://127.0.0.1:8080/x").unwrap(),
            &allowed
        )
        .is_ok());
        assert!(check_url(&url::Url::parse("https://example.org/").unwrap(), &none).is_ok());
    }

    #[test]
    fn a_fetch_is_alive_changed_or_gone() {
        use sha2::Digest;
        let page = |status, body: &str| Fetched {
            status,
            final_url: "https://example.org/v".into(),
            body: Bytes::from(body.to_string()),
        };
        let archived = hex::encode(sha2::Sha256::digest(b"<p>the testimony</p>"));
        assert_eq!(
            classify(&page(200, "<p>the testimony</p>"), &archived),
            Liveness::Alive
        );
        assert_eq!(
            classify(&page(200, "<p>edited</p>"), &archived),
            Liveness::Changed
        );
        assert_eq!(
            classify(&page(404, "<p>the testimony</p>"), &archived),
            Liveness::Gone
        );
        assert_eq!(classify(&page(410, ""), &archived), Liveness::Gone);
        assert_eq!(
            classify(
                &page(
                    200,
                    "<h1>Video unavailable</h1> This video has been removed"
                ),
                &archived
            ),
            Liveness::Gone
        );
    }
}
