//! The API's route table and the OpenAPI 3.1 document generated from it, so
//! that the document and the router cannot drift apart: a route is added
//! through [`Api::route`] together with its description.

use axum::routing::MethodRouter;
use serde_json::{json, Map, Value};

use crate::AppState;

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum In {
    /// A path segment.
    Path,
    /// A query-string field.
    Query,
}

/// One documented parameter.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// Its name.
    pub name: &'static str,
    /// Where it goes.
    pub place: In,
    /// What it means.
    pub doc: &'static str,
}

/// One documented route.
#[derive(Clone, Copy, Debug)]
pub struct RouteSpec {
    /// `get` or `post`.
    pub method: &'static str,
    /// axum path (`{*id}` for ids that may hold `/`).
    pub path: &'static str,
    /// One line on what it answers.
    pub summary: &'static str,
    /// Its parameters.
    pub params: &'static [Param],
    /// The media type of a successful answer.
    pub answers: &'static str,
}

/// The API router under construction, with the description of every route in it.
pub struct Api {
    router: axum::Router<AppState>,
    /// Every route added so far.
    pub specs: Vec<RouteSpec>,
}

impl Api {
    /// An empty API.
    pub fn new() -> Api {
        Api { router: axum::Router::new(), specs: Vec::new() }
    }

    /// Adds a route with its description.
    pub fn route(mut self, spec: RouteSpec, handler: MethodRouter<AppState>) -> Api {
        self.router = self.router.route(spec.path, handler);
        self.specs.push(spec);
        self
    }

    /// The router, with `/api/openapi.json` serving the document of these routes.
    pub fn into_router(self) -> axum::Router<AppState> {
        let doc = document(&self.specs);
        self.router.route("/api/openapi.json", axum::routing::get(move || async move { axum::Json(doc) }))
    }
}

/// The OpenAPI path for an axum path (`{*id}` becomes `{id}`).
pub fn openapi_path(path: &str) -> String {
    path.replace("{*", "{")
}

/// The OpenAPI 3.1 document of `specs`.
pub fn document(specs: &[RouteSpec]) -> Value {
    let mut paths = Map::new();
    for spec in specs {
        let params: Vec<Value> = spec
            .params
            .iter()
            .map(|p| {
                json!({
                    "name": p.name,
                    "in": if p.place == In::Path { "path" } else { "query" },
                    "required": p.place == In::Path,
                    "description": p.doc,
                    "schema": {"type": "string"},
                })
            })
            .collect();
        let mut op = json!({
            "summary": spec.summary,
            "parameters": params,
            "responses": {
                "200": {"description": "success", "content": {spec.answers: {}}},
                "default": {"description": "error", "content": {"application/json": {
                    "schema": {"type": "object", "properties": {"error": {"type": "string"}}}}}},
            },
        });
        if spec.method == "post" {
            op["requestBody"] = json!({"content": {
                "application/x-ndjson": {}, "text/html": {}, "text/plain": {}}});
        }
        let entry = paths.entry(openapi_path(spec.path)).or_insert_with(|| json!({}));
        entry[spec.method] = op;
    }
    paths.insert(
        "/api/openapi.json".into(),
        json!({"get": {"summary": "This document", "responses": {"200": {"description": "success"}}}}),
    );
    json!({
        "openapi": "3.1.0",
        "info": {"title": "concord", "version": env!("CARGO_PKG_VERSION"),
                 "description": "Cross-checked stories built from overlapping news coverage."},
        "paths": paths,
    })
}
