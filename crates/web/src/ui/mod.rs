//! The server-rendered web UI: story list, story page, article page, search
//! and entity pages. Templates are maud, which escapes every interpolation.

mod article;
mod charts;
mod layout;
mod story;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use concord_model::plural;
use concord_store::{Store, StoryRow};
use maud::{html, Markup};
use serde::Deserialize;

use crate::api::ListQuery;
use crate::error::ApiError;
use crate::pool::{story_title, story_view};
use crate::{links, AppState};

pub use layout::error_page;

/// The UI routes.
pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/", get(index))
        .route("/stories/{id}", get(story_page))
        .route("/articles/{*id}", get(article_page))
        .route("/entities/{*id}", get(entity_page))
        .route("/search", get(search_page))
        .route("/static/{name}", get(layout::asset))
}

/// Any unknown path.
pub async fn not_found() -> Response {
    error_page(StatusCode::NOT_FOUND, "Nothing here.")
}

/// A page, or the error page for a failed request.
fn answer(result: Result<Markup, ApiError>) -> Response {
    match result {
        Ok(markup) => markup.into_response(),
        Err(e) => error_page(e.status, &e.message),
    }
}

fn story_list(store: &Store, rows: &[StoryRow]) -> Result<Markup, ApiError> {
    let titles = rows.iter().map(|r| story_title(store, r)).collect::<Result<Vec<_>, _>>()?;
    Ok(html! {
        ul.stories {
            @for (r, title) in rows.iter().zip(&titles) {
                li {
                    a.title href=(links::story(&r.story.id)) { (title) }
                    div.meta {
                        (r.story.article_ids.len()) " " (plural(r.story.article_ids.len(), "article")) " · "
                        (layout::story_days(r))
                        @if !r.outlets.is_empty() { " · " (r.outlets.join(", ")) }
                    }
                }
            }
        }
        @if rows.is_empty() { p.muted { "No stories match." } }
    })
}

async fn index(State(s): State<AppState>, q: Result<Query<ListQuery>, QueryRejection>) -> Response {
    let q = match q {
        Ok(Query(q)) => q,
        Err(e) => return error_page(StatusCode::BAD_REQUEST, &e.body_text()),
    };
    let filter = match q.filter(30) {
        Ok(f) => f,
        Err(e) => return error_page(e.status, &e.message),
    };
    let result = s
        .stores
        .with(move |store| {
            let (rows, total) = store.story_page(&filter).map_err(ApiError::internal)?;
            let v = |o: &Option<String>| o.clone().unwrap_or_default();
            let page_link = |offset: usize| {
                let mut url = format!("/?offset={offset}");
                for (k, val) in [("sort", &q.sort), ("entity", &q.entity), ("outlet", &q.outlet), ("from", &q.from),
                                 ("to", &q.to), ("min_articles", &q.min_articles)] {
                    if let Some(val) = val.as_deref().filter(|x| !x.is_empty()) {
                        url.push_str(&format!("&{k}={}", links::component(val)));
                    }
                }
                url
            };
            let biggest = q.sort.as_deref() == Some("biggest");
            Ok(layout::page("Stories", html! {
                h1 { "Stories" }
                form.filters action="/" method="get" {
                    label { "Order" select name="sort" {
                        option value="newest" selected[!biggest] { "Newest" }
                        option value="biggest" selected[biggest] { "Most coverage" }
                    } }
                    label { "Outlet" input name="outlet" value=(v(&q.outlet)); }
                    label { "Entity id" input name="entity" value=(v(&q.entity)); }
                    label { "From" input type="date" name="from" value=(v(&q.from)); }
                    label { "To" input type="date" name="to" value=(v(&q.to)); }
                    label { "Min. articles" input type="number" min="0" name="min_articles" value=(v(&q.min_articles)); }
                    button type="submit" { "Filter" }
                }
                p.muted { (total) " " (plural(total, "story")) }
                (story_list(store, &rows)?)
                div.pager {
                    span { @if filter.offset > 0 { a href=(page_link(filter.offset.saturating_sub(filter.limit))) { "← Newer" } } }
                    span { @if filter.offset + rows.len() < total { a href=(page_link(filter.offset + filter.limit)) { "More →" } } }
                }
            }))
        })
        .await;
    answer(result)
}

async fn story_page(State(s): State<AppState>, Path(id): Path<String>) -> Response {
    answer(s.stores.with(move |store| Ok(story::render(&story_view(store, &id)?))).await)
}

async fn article_page(State(s): State<AppState>, Path(id): Path<String>) -> Response {
    answer(s.stores.with(move |store| article::render(store, &id)).await)
}

async fn entity_page(State(s): State<AppState>, Path(id): Path<String>) -> Response {
    let result = s
        .stores
        .with(move |store| {
            let Some((name, kind)) = store.entity_name(&id).map_err(ApiError::internal)? else {
                return Err(ApiError::not_found("entity", &id));
            };
            let filter = concord_store::StoryFilter { entity: Some(id.clone()), limit: 200, ..Default::default() };
            let (rows, total) = store.story_page(&filter).map_err(ApiError::internal)?;
            Ok(layout::page(&name, html! {
                h1 { (name) }
                p.meta { (kind) " · " (total) " " (plural(total, "story")) }
                (story_list(store, &rows)?)
            }))
        })
        .await;
    answer(result)
}

#[derive(Deserialize)]
struct SearchQuery {
    q: Option<String>,
    /// `1`: by meaning (servers built with embeddings).
    meaning: Option<String>,
}

/// A search snippet with its `[`…`]` matches marked.
fn snippet(text: &str) -> Markup {
    html! {
        @for (i, part) in text.split(['[', ']']).enumerate() {
            @if i % 2 == 1 { mark { (part) } } @else { (part) }
        }
    }
}

async fn search_page(State(s): State<AppState>, q: Result<Query<SearchQuery>, QueryRejection>) -> Response {
    let (text, meaning) = q.ok().map_or((String::new(), false), |Query(q)| (q.q.unwrap_or_default(), q.meaning.as_deref() == Some("1")));
    let result = s
        .stores
        .with(move |store| {
            let hits = match (text.trim().is_empty(), meaning) {
                (true, _) => Vec::new(),
                (false, true) => crate::api::by_meaning(store, &text, 50)?,
                (false, false) => store.search(&text, 50).map_err(ApiError::internal)?,
            };
            Ok(layout::page("Search", html! {
                h1 { "Search" }
                form.filters action="/search" method="get" {
                    input type="search" name="q" value=(text) aria-label="Search";
                    @if cfg!(feature = "embeddings") {
                        label { input type="checkbox" name="meaning" value="1" checked[meaning]; " by meaning, in any language" }
                    }
                    button type="submit" { "Search" }
                }
                @if !text.trim().is_empty() { p.muted { (hits.len()) " " (plural(hits.len(), "article")) " " (if hits.len() == 1 { "matches" } else { "match" }) " " q { (text) } } }
                ul.hits {
                    @for h in &hits {
                        li {
                            a.title href=(links::article(&h.id)) { (h.title.as_deref().unwrap_or(&h.id)) }
                            div.meta {
                                (layout::outlet_name(h.outlet.as_deref())) " · " (layout::short_date(h.published.as_deref()))
                                @if let Some(sid) = &h.story_id { " · " a href=(links::story(sid)) { "story" } }
                            }
                            p.snippet { (snippet(&h.snippet)) }
                        }
                    }
                }
            }))
        })
        .await;
    answer(result)
}
