//! The JSON API over a hand-built store: listings with filters and paging,
//! dossiers and exports, ids with `#` and `/`, search, entities, errors,
//! and ingest only when allowed; and the story page those dossiers render.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

async fn call(app: &axum::Router, method: &str, uri: &str, body: &str) -> (StatusCode, String, String) {
    let req = Request::builder().method(method).uri(uri).header("content-type", "application/x-ndjson");
    let res = app.clone().oneshot(req.body(Body::from(body.to_string())).unwrap()).await.unwrap();
    let status = res.status();
    let ct = res.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, ct, String::from_utf8_lossy(&bytes).into_owned())
}

async fn get_json(app: &axum::Router, uri: &str) -> (StatusCode, Value) {
    let (status, _, body) = call(app, "GET", uri, "").await;
    (status, serde_json::from_str(&body).unwrap_or_else(|e| panic!("{uri}: {e}: {body}")))
}

#[tokio::test]
async fn listings_filter_and_page() {
    let dir = tempfile::tempdir().unwrap();
    let app = concord_web::app(&common::fixture(dir.path()), false);
    let (status, all) = get_json(&app, "/api/stories").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(all["total"], 2);
    assert_eq!(all["stories"][0]["id"], "story-flood", "newest first");
    let (_, big) = get_json(&app, "/api/stories?sort=biggest&limit=1").await;
    assert_eq!((big["stories"].as_array().unwrap().len(), big["stories"][0]["articles"].as_u64()), (1, Some(3)));
    let (_, page2) = get_json(&app, "/api/stories?offset=1&limit=1").await;
    assert_eq!(page2["stories"][0]["id"], "story-evil");
    let (_, min) = get_json(&app, "/api/stories?min_articles=2").await;
    assert_eq!(min["total"], 1);
    let (_, outlet) = get_json(&app, "/api/stories?outlet=Valley%20Courier").await;
    assert_eq!(outlet["stories"][0]["id"], "story-flood");
    let (_, ent) = get_json(&app, "/api/stories?entity=person%3Aada%20quill").await;
    assert_eq!(ent["total"], 1);
    let (_, dated) = get_json(&app, "/api/stories?to=2025-02-15").await;
    assert_eq!(dated["stories"][0]["id"], "story-evil");
    let (status, err) = get_json(&app, "/api/stories?limit=many").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(err["error"].as_str().unwrap().contains("limit"));
    // the page counts in words that agree with the number
    let (_, _, page) = call(&app, "GET", "/", "").await;
    assert!(page.contains(">2 stories<") && page.contains("3 articles · ") && page.contains("1 article · "), "{page}");
    let (_, _, page) = call(&app, "GET", "/?min_articles=2", "").await;
    assert!(page.contains(">1 story<"), "{page}");
}

#[tokio::test]
async fn the_story_page_shows_a_quote_once_and_its_other_wordings_beneath_it_each_as_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let app = concord_web::app(&common::fixture(dir.path()), false);
    let (status, _, page) = call(&app, "GET", "/stories/story-flood", "").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches("crews worked through the night").count(), 1, "{page}");
    let others = &page[page.find("class=\"variants\"").expect("other wordings are listed")..];
    assert!(others.contains("the crews worked all night"), "{page}");
    assert!(page.contains("“crews worked through the night”"), "a wording run in quotation marks keeps them: {page}");
    assert!(!others.contains("“the crews worked all night”"), "reported speech is not dressed as a quotation: {page}");
    assert!(others.contains("denied: </em>the crews left early"), "what the speaker denied says so: {page}");
    assert!(!others.contains("denied: </em>the crews worked all night"), "{page}");
}

#[tokio::test]
async fn dossiers_articles_search_and_entities() {
    let dir = tempfile::tempdir().unwrap();
    let app = concord_web::app(&common::fixture(dir.path()), false);
    let (status, d) = get_json(&app, "/api/stories/story-flood").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(d["facts"][0]["support"], 2);
    let (status, e) = get_json(&app, "/api/stories/nope").await;
    assert_eq!((status, e["error"].as_str()), (StatusCode::NOT_FOUND, Some("no story nope")));

    let (_, ct, md) = call(&app, "GET", "/api/stories/story-flood/export?format=md", "").await;
    assert!(ct.starts_with("text/markdown") && md.contains("Flood barrier"), "{ct} {md}");
    let (_, ct, stix) = call(&app, "GET", "/api/stories/story-flood/export?format=stix", "").await;
    assert!(ct.starts_with("application/stix+json"));
    assert_eq!(serde_json::from_str::<Value>(&stix).unwrap()["type"], "bundle");
    let (status, _) = get_json(&app, "/api/stories/story-flood/export?format=pdf").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, a) = get_json(&app, "/api/articles/wire%232").await;
    assert_eq!((status, a["id"].as_str()), (StatusCode::OK, Some("wire#2")));
    assert_eq!(a["analysis"]["sentences"][1]["text"], "Damage is estimated at 6 million.");
    let (_, a) = get_json(&app, "/api/articles/courier/7").await;
    assert_eq!(a["story_id"], "story-flood");
    let (status, _) = get_json(&app, "/api/articles/..%2F..%2Fetc%2Fpasswd").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (_, hits) = get_json(&app, "/api/search?q=barrier").await;
    assert_eq!(hits["hits"].as_array().unwrap().len(), 2);
    assert!(hits["hits"][0]["snippet"].as_str().unwrap().contains("[barrier]"));
    let (status, _) = get_json(&app, "/api/search").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (_, ent) = get_json(&app, "/api/entities/person:ada%20quill").await;
    assert_eq!((ent["name"].as_str(), ent["stories"][0]["id"].as_str()), (Some("Ada Quill"), Some("story-flood")));
    let (status, _) = get_json(&app, "/api/entities/person:nobody").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn ingest_is_forbidden_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture(dir.path());
    let record = r#"{"id":"posted","title":"Posted","outlet":"Post","text":"Riverton posted a note."}"#;
    let (status, _, body) = call(&concord_web::app(&db, false), "POST", "/api/ingest", record).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body.contains("\"error\""));
    let open = concord_web::app(&db, true);
    let (status, _, body) = call(&open, "POST", "/api/ingest", record).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let summary: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(summary["article_ids"][0], "posted");
    let (status, a) = get_json(&open, "/api/articles/posted").await;
    assert_eq!(status, StatusCode::OK);
    assert!(a["body"].as_str().unwrap().contains("Riverton posted a note."));
    let (status, _, _) = call(&open, "POST", "/api/ingest?format=warc", record).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn openapi_lists_the_api_routes() {
    let dir = tempfile::tempdir().unwrap();
    let app = concord_web::app(&common::fixture(dir.path()), false);
    let (status, doc) = get_json(&app, "/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    for (method, path) in [("get", "/api/stories"), ("get", "/api/stories/{id}"), ("get", "/api/stories/{id}/export"),
                           ("get", "/api/articles/{id}"), ("get", "/api/search"), ("get", "/api/entities/{id}"),
                           ("post", "/api/ingest")] {
        assert!(doc["paths"][path][method].is_object(), "{method} {path} missing");
    }
}

#[tokio::test]
async fn search_by_meaning_is_asked_for_with_meaning_1() {
    let dir = tempfile::tempdir().unwrap();
    let app = concord_web::app(&common::fixture(dir.path()), true);
    let (status, body) = get_json(&app, "/api/search?q=flood&meaning=yes").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    #[cfg(not(feature = "embeddings"))]
    {
        let (status, body) = get_json(&app, "/api/search?q=flood&meaning=1").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body["error"].as_str().unwrap().contains("embeddings"), "{body}");
    }
    #[cfg(feature = "embeddings")]
    {
        let kind = concord_embed::ModelKind::from_env().unwrap();
        if !kind.present_in(&concord_embed::model_dir(kind)) {
            eprintln!("skipping: embedding model {} absent (run scripts/fetch-model)", kind.name());
            return;
        }
        let records = [
            r#"{"id":"ferry","title":"Ferry sails again","outlet":"Post","text":"The ferry between Ostholm and Vennik sails again after the harbour wall was repaired."}"#,
            r#"{"id":"choir","title":"Choir wins prize","outlet":"Post","text":"The town choir won the regional singing contest with a programme of folk songs."}"#,
        ];
        let (status, _, body) = call(&app, "POST", "/api/ingest", &records.join("\n")).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let (status, found) = get_json(&app, "/api/search?q=boat%20crossing%20resumes%20at%20the%20port&meaning=1&limit=2").await;
        assert_eq!(status, StatusCode::OK, "{found}");
        assert_eq!(found["hits"][0]["id"], "ferry", "{found}");
        // The search page offers it too.
        let (status, _, page) = call(&app, "GET", "/search?q=boat%20crossing%20resumes&meaning=1", "").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("by meaning") && page.contains("Ferry sails again"), "{page}");
    }
}
