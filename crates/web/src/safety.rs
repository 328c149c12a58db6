//! Safety layers every response passes through: a strict Content-Security-Policy
//! and companion headers, and a bound on query-string size.

use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// Scripts, styles and images only from this origin; no plugins, frames or foreign forms.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Longest query string accepted.
pub const MAX_QUERY: usize = 2048;

/// Largest request body accepted (ingest).
pub const MAX_BODY: usize = 8 << 20;

/// Refuses oversized queries and sets the security headers on every response.
pub async fn guard(req: Request, next: Next) -> Response {
    let too_long = req.uri().query().is_some_and(|q| q.len() > MAX_QUERY);
    let mut res = if too_long {
        let mut e = ApiError::bad_request(format!("query string over {MAX_QUERY} bytes"));
        e.status = axum::http::StatusCode::URI_TOO_LONG;
        e.into_response()
    } else {
        next.run(req).await
    };
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

/// The URL when it is an absolute http(s) URL safe to put in an `href`; `None` otherwise
/// (`javascript:`, `data:`, relative or malformed values are shown as text).
pub fn safe_href(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("http://") || lower.starts_with("https://");
    let clean = !url.chars().any(|c| c.is_control() || c.is_whitespace() || c == '"' || c == '<' || c == '>');
    (scheme_ok && clean && url.len() <= 4096).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::safe_href;

    #[test]
    fn only_http_urls_become_links() {
        assert_eq!(safe_href(" https://example.org/a?b=1 "), Some("https://example.org/a?b=1"));
        assert_eq!(safe_href("HTTP://EXAMPLE.ORG"), Some("HTTP://EXAMPLE.ORG"));
        for bad in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.org", "/local",
                    "https://a.org/\"onmouseover=x", "java\tscript:alert(1)", "ht"] {
            assert_eq!(safe_href(bad), None, "{bad}");
        }
    }
}
