//! The JSON API: stories (filtered and paged), dossiers and their exports,
//! articles with their analyses, search, entities and (when allowed) ingest.

use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use concord_store::{StoryFilter, StoryOrder, StoryRow};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::openapi::{Api, In, Param, RouteSpec};
use crate::pool::{members, story_view};
use crate::{ingest, safety, AppState};

/// Most rows one listing returns.
pub const MAX_LIMIT: usize = 200;

const ID: Param = Param { name: "id", place: In::Path, doc: "the id (`#` written `%23`)" };

/// The API routes with their OpenAPI descriptions.
pub fn router() -> Api {
    Api::new()
        .route(
            RouteSpec {
                method: "get",
                path: "/api/stories",
                summary: "Stories, newest or biggest first, filtered and paged",
                params: LIST_PARAMS,
                answers: "application/json",
            },
            get(stories),
        )
        .route(
            RouteSpec {
                method: "get",
                path: "/api/stories/{id}",
                summary: "A story's dossier (a retired id resolves to the story it was merged into)",
                params: &[ID],
                answers: "application/json",
            },
            get(story),
        )
        .route(
            RouteSpec {
                method: "get",
                path: "/api/stories/{id}/export",
                summary: "A story exported as Markdown, dossier JSON or a STIX 2.1 bundle",
                params: &[ID, Param { name: "format", place: In::Query, doc: "md, json or stix" }],
                answers: "application/json",
            },
            get(export),
        )
        .route(
            RouteSpec {
                method: "get",
                path: "/api/articles/{*id}",
                summary: "An article with its analysis; ids may hold `/` and `%23`",
                params: &[ID],
                answers: "application/json",
            },
            get(article),
        )
        .route(
            RouteSpec {
                method: "get",
                path: "/api/search",
                summary: "Full-text search over titles and bodies, with snippets",
                params: &[
                    Param { name: "q", place: In::Query, doc: "words to find" },
                    Param { name: "limit", place: In::Query, doc: "most hits (default 20, max 200)" },
                    Param {
                        name: "meaning",
                        place: In::Query,
                        doc: "1: rank by closeness in meaning of headline and lead instead (servers built with embeddings)",
                    },
                ],
                answers: "application/json",
            },
            get(search),
        )
        .route(
            RouteSpec {
                method: "get",
                path: "/api/entities/{*id}",
                summary: "An entity and the stories that mention it",
                params: &[ID],
                answers: "application/json",
            },
            get(entity),
        )
        .route(
            RouteSpec {
                method: "post",
                path: "/api/ingest",
                summary: "Ingests a JSONL, HTML or text body (only with --allow-ingest, else 403)",
                params: &[Param { name: "format", place: In::Query, doc: "auto, jsonl, html or text" }],
                answers: "application/json",
            },
            post(ingest_body).layer(DefaultBodyLimit::max(safety::MAX_BODY)),
        )
}

const LIST_PARAMS: &[Param] = &[
    Param { name: "entity", place: In::Query, doc: "only stories mentioning this entity id" },
    Param { name: "outlet", place: In::Query, doc: "only stories carried by this outlet" },
    Param { name: "from", place: In::Query, doc: "only stories updated on or after this date" },
    Param { name: "to", place: In::Query, doc: "only stories first seen on or before this date" },
    Param { name: "min_articles", place: In::Query, doc: "only stories with at least this many articles" },
    Param { name: "sort", place: In::Query, doc: "newest (default) or biggest" },
    Param { name: "offset", place: In::Query, doc: "rows to skip" },
    Param { name: "limit", place: In::Query, doc: "rows to return (default 50, max 200)" },
];

/// Filters of a story listing as they arrive in a query string (UI and API).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ListQuery {
    /// Entity id.
    pub entity: Option<String>,
    /// Outlet name.
    pub outlet: Option<String>,
    /// Earliest update date.
    pub from: Option<String>,
    /// Latest first-seen date.
    pub to: Option<String>,
    /// Minimum size.
    pub min_articles: Option<String>,
    /// `newest` or `biggest`.
    pub sort: Option<String>,
    /// Rows to skip.
    pub offset: Option<String>,
    /// Rows to return.
    pub limit: Option<String>,
}

fn number(field: &str, value: Option<&str>, default: usize) -> Result<usize, ApiError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|_| ApiError::bad_request(format!("{field} must be a number"))),
    }
}

impl ListQuery {
    /// The store filter this query asks for.
    pub fn filter(&self, default_limit: usize) -> Result<StoryFilter, ApiError> {
        let text = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
        let order = match self.sort.as_deref().unwrap_or("newest") {
            "" | "newest" => StoryOrder::Newest,
            "biggest" => StoryOrder::Biggest,
            other => return Err(ApiError::bad_request(format!("unknown sort {other:?}"))),
        };
        Ok(StoryFilter {
            entity: text(&self.entity),
            outlet: text(&self.outlet),
            from: text(&self.from),
            to: text(&self.to),
            min_articles: number("min_articles", self.min_articles.as_deref(), 0)?,
            order,
            offset: number("offset", self.offset.as_deref(), 0)?,
            limit: number("limit", self.limit.as_deref(), default_limit)?.clamp(1, MAX_LIMIT),
        })
    }
}

fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(q)| q).map_err(|e| ApiError::bad_request(e.body_text()))
}

/// A story row as the API lists it.
pub fn story_json(row: &StoryRow) -> Value {
    json!({
        "id": row.story.id,
        "title": row.story.title,
        "article_ids": row.story.article_ids,
        "articles": row.story.article_ids.len(),
        "outlets": row.outlets,
        "first_seen": row.story.first_seen,
        "last_updated": row.story.last_updated,
    })
}

async fn stories(State(s): State<AppState>, q: Result<Query<ListQuery>, QueryRejection>) -> Result<Json<Value>, ApiError> {
    let filter = query(q)?.filter(50)?;
    s.stores
        .with(move |store| {
            let (rows, total) = store.story_page(&filter).map_err(ApiError::internal)?;
            Ok(Json(json!({
                "total": total,
                "offset": filter.offset,
                "limit": filter.limit,
                "stories": rows.iter().map(story_json).collect::<Vec<_>>(),
            })))
        })
        .await
}

async fn story(State(s): State<AppState>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    s.stores
        .with(move |store| {
            let view = story_view(store, &id)?;
            serde_json::to_value(&view.dossier).map(Json).map_err(ApiError::internal)
        })
        .await
}

#[derive(Deserialize)]
struct ExportQuery {
    format: Option<String>,
}

async fn export(
    State(s): State<AppState>,
    Path(id): Path<String>,
    q: Result<Query<ExportQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let format = query(q)?.format.unwrap_or_else(|| "json".into());
    if !matches!(format.as_str(), "md" | "json" | "stix") {
        return Err(ApiError::bad_request(format!("unknown format {format:?} (md, json or stix)")));
    }
    s.stores
        .with(move |store| {
            let view = story_view(store, &id)?;
            Ok(match format.as_str() {
                "md" => ([(header::CONTENT_TYPE, "text/markdown; charset=utf-8")], concord_export::markdown(&view.dossier))
                    .into_response(),
                "stix" => {
                    let members = members(store, &view.row.story.id)?;
                    let bundle = concord_export::stix(&view.dossier, &members);
                    ([(header::CONTENT_TYPE, "application/stix+json;version=2.1")], bundle.to_string()).into_response()
                }
                _ => ([(header::CONTENT_TYPE, "application/json")], concord_export::json(&view.dossier)).into_response(),
            })
        })
        .await
}

async fn article(State(s): State<AppState>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    s.stores
        .with(move |store| {
            let Some(a) = store.article(&id).map_err(ApiError::internal)? else {
                return Err(ApiError::not_found("article", &id));
            };
            let mut v = serde_json::to_value(&a.article).map_err(ApiError::internal)?;
            v["analysis"] = serde_json::to_value(&a.analysis).map_err(ApiError::internal)?;
            v["story_id"] = json!(a.story_id);
            v["duplicate_of"] = json!(a.duplicate_of);
            v["ingested_at"] = json!(a.ingested_at);
            Ok(Json(v))
        })
        .await
}

#[derive(Deserialize)]
struct SearchQuery {
    q: Option<String>,
    limit: Option<String>,
    meaning: Option<String>,
}

async fn search(State(s): State<AppState>, q: Result<Query<SearchQuery>, QueryRejection>) -> Result<Json<Value>, ApiError> {
    let q = query(q)?;
    let text = q.q.unwrap_or_default();
    if text.trim().is_empty() {
        return Err(ApiError::bad_request("q is required"));
    }
    let limit = number("limit", q.limit.as_deref(), 20)?.clamp(1, MAX_LIMIT);
    let meaning = match q.meaning.as_deref() {
        None | Some("0") => false,
        Some("1") => true,
        Some(other) => return Err(ApiError::bad_request(format!("meaning must be 0 or 1, not {other:?}"))),
    };
    s.stores
        .with(move |store| {
            let hits = if meaning { by_meaning(store, &text, limit)? } else { store.search(&text, limit).map_err(ApiError::internal)? };
            Ok(Json(json!({ "query": text, "hits": hits })))
        })
        .await
}

/// The articles closest in meaning to `text` (a store embedded by another
/// model than the server's is a bad request, with the reason).
#[cfg(feature = "embeddings")]
pub(crate) fn by_meaning(store: &concord_store::Store, text: &str, limit: usize) -> Result<Vec<concord_store::SearchHit>, ApiError> {
    concord_pipeline::search_by_meaning(store, text, limit).map_err(|e| ApiError::bad_request(e.to_string()))
}

/// A server built without embeddings has no vectors to compare.
#[cfg(not(feature = "embeddings"))]
pub(crate) fn by_meaning(_: &concord_store::Store, _: &str, _: usize) -> Result<Vec<concord_store::SearchHit>, ApiError> {
    Err(ApiError::bad_request("search by meaning needs a server built with the embeddings feature"))
}

async fn entity(State(s): State<AppState>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    s.stores
        .with(move |store| {
            let Some((name, kind)) = store.entity_name(&id).map_err(ApiError::internal)? else {
                return Err(ApiError::not_found("entity", &id));
            };
            let filter = StoryFilter { entity: Some(id.clone()), limit: MAX_LIMIT, ..Default::default() };
            let (rows, total) = store.story_page(&filter).map_err(ApiError::internal)?;
            Ok(Json(json!({
                "id": id, "name": name, "type": kind, "total": total,
                "stories": rows.iter().map(story_json).collect::<Vec<_>>(),
            })))
        })
        .await
}

#[derive(Deserialize)]
struct IngestQuery {
    format: Option<String>,
}

async fn ingest_body(
    State(s): State<AppState>,
    headers: HeaderMap,
    q: Result<Query<IngestQuery>, QueryRejection>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    if !s.allow_ingest {
        return Err(ApiError { status: StatusCode::FORBIDDEN, message: "ingest is disabled (serve --allow-ingest)".into() });
    }
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let format = ingest::format_of(query(q)?.format.as_deref(), &content_type)?;
    let docs = ingest::documents(&body, format)?;
    s.stores
        .with(move |store| {
            let summary = concord_pipeline::ingest_documents(store, docs.into_iter(), &mut |_| {})
                .map_err(ApiError::internal)?;
            Ok((
                StatusCode::CREATED,
                Json(json!({
                    "documents": summary.documents,
                    "articles": summary.articles,
                    "duplicates": summary.duplicates,
                    "failed": summary.failed,
                    "errors": summary.errors,
                    "article_ids": summary.article_ids,
                })),
            ))
        })
        .await
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{header, Request};
    use tower::ServiceExt;

    use crate::openapi::{document, openapi_path};

    #[tokio::test]
    async fn every_routed_path_is_documented_and_answers_json() {
        let specs = super::router().specs;
        let doc = document(&specs);
        let dir = std::env::temp_dir().join(format!("concord-web-openapi-{}", std::process::id()));
        let app = crate::app(&dir.join("t.db"), false);
        for spec in &specs {
            assert!(doc["paths"][openapi_path(spec.path)][spec.method].is_object(), "{} undocumented", spec.path);
            let uri = spec.path.replace("{*id}", "x").replace("{id}", "x");
            let req = Request::builder().method(spec.method.to_uppercase().as_str()).uri(&uri).body(Body::empty()).unwrap();
            let res = app.clone().oneshot(req).await.unwrap();
            let ct = res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
            assert!(ct.starts_with("application/json"), "{uri} is not routed to the API ({} {ct})", res.status());
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
