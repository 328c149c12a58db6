//! A read-only TAXII 2.1 server: discovery at `/taxii2/`, one API root at
//! `/taxii2/api/`, a collection per story filter (every story; stories carried
//! by two or more articles), and each collection's objects (the STIX bundles
//! of its stories, newest stories first, each object once) with `limit`/`next`
//! pagination and `match[type]` / `match[id]` filters.

use std::collections::BTreeSet;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use concord_store::{Store, StoryFilter};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::pool::{members, story_view};
use crate::AppState;

/// The TAXII media type.
pub const TAXII: &str = "application/taxii+json;version=2.1";
/// Stories one collection covers at most (newest first).
const MAX_STORIES: usize = 200;
/// Objects one page holds at most.
const MAX_PAGE: usize = 500;

/// The collections: (id, title, description, minimum articles per story).
const COLLECTIONS: &[(&str, &str, &str, usize)] = &[
    ("4b6f0c8e-2f4e-5d0a-9c61-0b9d7a3e5c11", "All stories", "STIX bundles of the newest stories", 1),
    ("9a3d2b71-6c58-5f0e-8d42-7e1c4b9a6f22", "Corroborated stories", "Stories carried by two or more articles", 2),
];

/// The TAXII routes, to be merged into the web server's router.
pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/taxii2/", get(discovery))
        .route("/taxii2/api/", get(api_root))
        .route("/taxii2/api/collections/", get(collections))
        .route("/taxii2/api/collections/{id}/", get(collection))
        .route("/taxii2/api/collections/{id}/objects/", get(objects))
        .route("/taxii2/api/collections/{id}/objects/{object_id}/", get(object))
}

/// A TAXII answer: the media type, or an error document in it.
fn taxii(status: StatusCode, body: Value) -> Response {
    let mut res = (status, body.to_string()).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(TAXII));
    res
}

fn error(e: ApiError) -> Response {
    taxii(e.status, json!({"title": e.message, "http_status": e.status.as_u16().to_string()}))
}

/// True when the client accepts TAXII 2.1 JSON (or anything).
fn accepts(headers: &HeaderMap) -> bool {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else { return true };
    accept.split(',').any(|a| {
        let a = a.trim().replace(' ', "");
        a.starts_with("*/*") || a.starts_with("application/*") || a.starts_with("application/json")
            || a == "application/taxii+json" || a.starts_with(TAXII)
    })
}

fn refuse_media(headers: &HeaderMap) -> Option<Response> {
    (!accepts(headers)).then(|| {
        error(ApiError { status: StatusCode::NOT_ACCEPTABLE, message: format!("only {TAXII} is served") })
    })
}

async fn discovery(headers: HeaderMap) -> Response {
    if let Some(r) = refuse_media(&headers) {
        return r;
    }
    taxii(StatusCode::OK, json!({
        "title": "concord",
        "description": "Cross-checked news stories as STIX 2.1, read-only.",
        "default": "/taxii2/api/",
        "api_roots": ["/taxii2/api/"],
    }))
}

async fn api_root(headers: HeaderMap) -> Response {
    if let Some(r) = refuse_media(&headers) {
        return r;
    }
    taxii(StatusCode::OK, json!({
        "title": "concord stories",
        "versions": [TAXII],
        "max_content_length": crate::safety::MAX_BODY,
    }))
}

fn collection_json(c: &(&str, &str, &str, usize)) -> Value {
    json!({"id": c.0, "title": c.1, "description": c.2, "can_read": true, "can_write": false,
           "media_types": ["application/stix+json;version=2.1"]})
}

fn find(id: &str) -> Result<&'static (&'static str, &'static str, &'static str, usize), ApiError> {
    COLLECTIONS.iter().find(|c| c.0 == id).ok_or_else(|| ApiError::not_found("collection", id))
}

async fn collections(headers: HeaderMap) -> Response {
    if let Some(r) = refuse_media(&headers) {
        return r;
    }
    taxii(StatusCode::OK, json!({"collections": COLLECTIONS.iter().map(collection_json).collect::<Vec<_>>()}))
}

async fn collection(headers: HeaderMap, Path(id): Path<String>) -> Response {
    if let Some(r) = refuse_media(&headers) {
        return r;
    }
    match find(&id) {
        Ok(c) => taxii(StatusCode::OK, collection_json(c)),
        Err(e) => error(e),
    }
}

/// Every object of a collection, newest stories first, each id once.
fn collection_objects(store: &Store, min_articles: usize) -> Result<Vec<Value>, ApiError> {
    let filter = StoryFilter { min_articles, limit: MAX_STORIES, ..Default::default() };
    let (rows, _) = store.story_page(&filter).map_err(ApiError::internal)?;
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for row in rows {
        let view = story_view(store, &row.story.id)?;
        let bundle = concord_export::stix(&view.dossier, &members(store, &row.story.id)?);
        for o in bundle["objects"].as_array().into_iter().flatten() {
            if let Some(id) = o["id"].as_str() {
                if seen.insert(id.to_string()) {
                    out.push(o.clone());
                }
            }
        }
    }
    Ok(out)
}

#[derive(Deserialize, Default)]
struct ObjectsQuery {
    limit: Option<String>,
    next: Option<String>,
    #[serde(rename = "match[type]")]
    match_type: Option<String>,
    #[serde(rename = "match[id]")]
    match_id: Option<String>,
}

fn wanted(o: &Value, list: &Option<String>, field: &str) -> bool {
    list.as_deref().is_none_or(|l| l.split(',').any(|x| o[field].as_str() == Some(x.trim())))
}

async fn objects(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    q: Result<Query<ObjectsQuery>, QueryRejection>,
) -> Response {
    if let Some(r) = refuse_media(&headers) {
        return r;
    }
    let result = async {
        let c = find(&id)?;
        let q = q.map(|Query(q)| q).map_err(|e| ApiError::bad_request(e.body_text()))?;
        let num = |v: &Option<String>, d: usize| -> Result<usize, ApiError> {
            v.as_deref().map_or(Ok(d), |x| x.parse().map_err(|_| ApiError::bad_request("limit and next must be numbers")))
        };
        let limit = num(&q.limit, 100)?.clamp(1, MAX_PAGE);
        let start = num(&q.next, 0)?;
        let min = c.3;
        let all = s.stores.with(move |store| collection_objects(store, min)).await?;
        let matching: Vec<Value> =
            all.into_iter().filter(|o| wanted(o, &q.match_type, "type") && wanted(o, &q.match_id, "id")).collect();
        let page: Vec<Value> = matching.iter().skip(start).take(limit).cloned().collect();
        let more = start + page.len() < matching.len();
        let mut envelope = json!({"more": more, "objects": page});
        if more {
            envelope["next"] = json!((start + limit).to_string());
        }
        Ok::<Value, ApiError>(envelope)
    }
    .await;
    match result {
        Ok(envelope) => taxii(StatusCode::OK, envelope),
        Err(e) => error(e),
    }
}

async fn object(State(s): State<AppState>, headers: HeaderMap, Path((id, object_id)): Path<(String, String)>) -> Response {
    if let Some(r) = refuse_media(&headers) {
        return r;
    }
    let result = async {
        let c = find(&id)?;
        let min = c.3;
        let all = s.stores.with(move |store| collection_objects(store, min)).await?;
        let found: Vec<Value> = all.into_iter().filter(|o| o["id"] == object_id.as_str()).collect();
        if found.is_empty() {
            return Err(ApiError::not_found("object", &object_id));
        }
        Ok(json!({"more": false, "objects": found}))
    }
    .await;
    match result {
        Ok(envelope) => taxii(StatusCode::OK, envelope),
        Err(e) => error(e),
    }
}
