//! Hostile input rendered inert: script in titles, HTML in outlets,
//! `javascript:` URLs (planted in the store and sent through ingest), plus
//! the CSP header on every response, bounded queries and bodies, and no path
//! traversal through the static route.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

async fn call(app: &axum::Router, method: &str, uri: &str, body: Vec<u8>) -> (StatusCode, Option<String>, String) {
    let req = Request::builder().method(method).uri(uri).header("content-type", "application/x-ndjson");
    let res = app.clone().oneshot(req.body(Body::from(body)).unwrap()).await.unwrap();
    let status = res.status();
    let csp = res.headers().get("content-security-policy").map(|v| v.to_str().unwrap().to_string());
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, csp, String::from_utf8_lossy(&bytes).into_owned())
}

fn assert_inert(page: &str, what: &str) {
    for live in ["<script>alert", "<img src=x onerror", "href=\"javascript:", "<b>Cookie</b>"] {
        assert!(!page.contains(live), "{what}: {live} rendered live");
    }
}

#[tokio::test]
async fn hostile_metadata_renders_inert() {
    let dir = tempfile::tempdir().unwrap();
    let app = concord_web::app(&common::fixture(dir.path()), false);
    let (_, _, index) = call(&app, "GET", "/", vec![]).await;
    assert_inert(&index, "story list");
    assert!(index.contains("&lt;script&gt;alert(1)&lt;/script&gt; Hack claim"), "title shown as text");
    let (_, _, article) = call(&app, "GET", "/articles/evil", vec![]).await;
    assert_inert(&article, "article page");
    assert!(article.contains("<code>javascript:alert(3)</code>"), "bad URL shown as text");
    assert!(article.contains("&lt;img src=x onerror=alert(2)&gt;"), "outlet shown as text");
    assert!(article.contains("&lt;b&gt;Cookie&lt;/b&gt; notice"), "dropped boilerplate escaped");
    let (_, _, story) = call(&app, "GET", "/stories/story-evil", vec![]).await;
    assert_inert(&story, "story page");
    let (_, _, search) = call(&app, "GET", "/search?q=%3Cscript%3Ealert(5)%3C%2Fscript%3E+council", vec![]).await;
    assert_inert(&search, "search page");
    assert!(!search.contains("<script>alert(5)"));
}

#[tokio::test]
async fn hostile_ingest_renders_inert() {
    let dir = tempfile::tempdir().unwrap();
    let app = concord_web::app(&common::fixture(dir.path()), true);
    let record = serde_json::json!({
        "id": "evil-post", "title": "<script>alert(1)</script> Posted", "outlet": "<img src=x onerror=alert(2)>",
        "url": "javascript:alert(3)",
        "text": "Riverton was flooded, officials said. <script>alert(4)</script> The agencies said more."
    });
    let (status, _, body) = call(&app, "POST", "/api/ingest", format!("{record}\n").into_bytes()).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    for page in ["/", "/articles/evil-post", "/search?q=agencies"] {
        let (status, _, html) = call(&app, "GET", page, vec![]).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert_inert(&html, page);
    }
    let (_, _, article) = call(&app, "GET", "/articles/evil-post", vec![]).await;
    assert!(article.contains("&lt;script&gt;alert(4)&lt;/script&gt;") || !article.contains("alert(4)"));
}

#[tokio::test]
async fn every_response_carries_a_csp_and_limits_hold() {
    let dir = tempfile::tempdir().unwrap();
    let app = concord_web::app(&common::fixture(dir.path()), true);
    for uri in ["/", "/stories/story-flood", "/articles/wire%232", "/search?q=flood", "/entities/place:riverton",
                "/static/style.css", "/api/stories", "/api/openapi.json", "/no/such/page", "/api/stories/none",
                "/taxii2/"] {
        let (_, csp, _) = call(&app, "GET", uri, vec![]).await;
        let csp = csp.unwrap_or_else(|| panic!("{uri}: no CSP"));
        assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{uri}: {csp}");
    }
    for uri in ["/static/..%2F..%2FCargo.toml", "/static/%2E%2E/Cargo.toml", "/static/../../Cargo.toml", "/static/style.css%00"] {
        let (status, _, body) = call(&app, "GET", uri, vec![]).await;
        assert_ne!(status, StatusCode::OK, "{uri}");
        assert!(!body.contains("[workspace]"), "{uri} escaped the static route");
    }
    let long = format!("/api/search?q={}", "a".repeat(5000));
    assert_eq!(call(&app, "GET", &long, vec![]).await.0, StatusCode::URI_TOO_LONG);
    let huge = vec![b'x'; 9 << 20];
    assert_eq!(call(&app, "POST", "/api/ingest?format=text", huge).await.0, StatusCode::PAYLOAD_TOO_LARGE);
}
