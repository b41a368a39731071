//! Headers every answer carries, so a browser does not frame the staff
//! screen, guess content types, leak addresses in `Referer`, keep
//! children's data in its cache, or run script the daemon did not write.

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

/// The pages use no script, inline style or framing; forms post only to
/// the daemon itself.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// A year, once the school has chosen https.
const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000";

/// Adds the headers to every response of `app` that does not set its own;
/// HSTS only when the daemon is reached over https.
pub fn add(app: Router, https: bool) -> Router {
    let fixed = [
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        // Pages and the API show children's data: no copy in any cache.
        // The style sheet sets its own.
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    let mut app = app;
    for (name, value) in fixed {
        app = app.layer(if_not_present(name, value));
    }
    if https {
        app = app.layer(if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(STRICT_TRANSPORT_SECURITY),
        ));
    }
    app
}

fn if_not_present(name: HeaderName, value: HeaderValue) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, value)
}
