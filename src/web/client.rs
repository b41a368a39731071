//! Who is asking and how: the client's address and whether the browser
//! reached the daemon over https. A configured reverse proxy is believed
//! about both (`X-Forwarded-For`, `X-Forwarded-Proto`); nobody else is.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;

use super::WebState;
use crate::config::HttpConfig;

/// What the daemon believes of forwarded headers.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProxyTrust {
    trusted_proxy: Option<IpAddr>,
    /// `http.public_url` is https.
    public_https: bool,
}

impl ProxyTrust {
    pub fn from_config(http: &HttpConfig) -> ProxyTrust {
        ProxyTrust {
            trusted_proxy: http.trusted_proxy,
            public_https: http.public_url_is_https(),
        }
    }

    fn through_proxy(&self, peer: Option<IpAddr>) -> bool {
        peer.is_some() && peer == self.trusted_proxy
    }

    /// The client's address: the last hop the trusted proxy added, when
    /// the request came through it; else the peer's own.
    pub fn client_address(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> Option<IpAddr> {
        if !self.through_proxy(peer) {
            return peer;
        }
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back()
            .and_then(|hop| hop.trim().parse().ok());
        forwarded.or(peer)
    }

    /// Whether the browser is on https: the public URL says so, or the
    /// trusted proxy does.
    pub fn is_https(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> bool {
        self.public_https
            || (self.through_proxy(peer)
                && headers
                    .get("x-forwarded-proto")
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|proto| proto.trim().eq_ignore_ascii_case("https")))
    }
}

/// The client of a request, as [`ProxyTrust`] sees it.
#[derive(Debug, Clone, Copy)]
pub struct Client {
    pub address: Option<IpAddr>,
    pub https: bool,
}

impl FromRequestParts<WebState> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(address)| address.ip());
        Ok(Client {
            address: state.proxy.client_address(peer, &parts.headers),
            https: state.proxy.is_https(peer, &parts.headers),
        })
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn forwarded(for_: &str, proto: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_str(for_).unwrap());
        headers.insert("x-forwarded-proto", HeaderValue::from_str(proto).unwrap());
        headers
    }

    #[test]
    fn forwarded_headers_are_believed_from_the_trusted_proxy_only() {
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let stranger: IpAddr = "203.0.113.9".parse().unwrap();
        let trust = ProxyTrust {
            trusted_proxy: Some(proxy),
            public_https: false,
        };
        let headers = forwarded("198.51.100.1, 192.0.2.7", "https");
        assert_eq!(
            trust.client_address(Some(proxy), &headers),
            Some("192.0.2.7".parse().unwrap()),
            "the hop the proxy added, not one the client wrote"
        );
        assert!(trust.is_https(Some(proxy), &headers));
        assert_eq!(
            trust.client_address(Some(stranger), &headers),
            Some(stranger)
        );
        assert!(!trust.is_https(Some(stranger), &headers));
        let untrusting = ProxyTrust::default();
        assert_eq!(
            untrusting.client_address(Some(proxy), &headers),
            Some(proxy)
        );
        assert!(!untrusting.is_https(Some(proxy), &headers));
        let garbage = forwarded("not an address", "http");
        assert_eq!(trust.client_address(Some(proxy), &garbage), Some(proxy));
        assert!(!trust.is_https(Some(proxy), &garbage));
    }

    #[test]
    fn an_https_public_url_means_https() {
        let at = |url: &str| HttpConfig {
            public_url: Some(url.into()),
            ..HttpConfig::default()
        };
        let https = ProxyTrust::from_config(&at("https://absence.example.org"));
        assert!(https.is_https(None, &HeaderMap::new()));
        let plain = ProxyTrust::from_config(&at("http://192.168.1.5:8080"));
        assert!(!plain.is_https(None, &HeaderMap::new()));
    }
}
